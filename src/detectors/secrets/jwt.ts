// JWT: three base64url parts; the header must decode to a JSON object with an "alg" member. The
// signature part may be empty only for alg "none" (still a bearer credential for broken verifiers).
import { B64URL, randomString, type SecretRule } from './rule.ts';

/** Longest JWT a stream is guaranteed to redact whole (a cookie holds at most 4 KiB). */
const JWT_MAX = 4096;

function b64urlJson(part: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export const jwtRule: SecretRule = {
  id: 'jwt',
  type: 'JWT',
  // Parts unbounded (RE2 is linear either way, and a loop is a smaller automaton than a count): access
  // tokens with group or role claims, or headers carrying an x5c chain, run past the 1,000-character
  // payload and 400-character header that bounded this pattern until the twenty-fourth round, and a
  // bearer token of 2,215 characters shaped like an Azure AD one was not found at all.
  regex: '\\b(eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{2,}\\.[A-Za-z0-9_\\-]*)',
  group: 1,
  keywords: ['eyj'],
  anchor: { literals: ['eyj'], within: 0 },
  score: 0.9,
  // What streams redact whole (the detector's hold-back floor; src/detectors/hold.ts holds a token
  // while it touches the end of the text). Buffered bodies find longer tokens whole too.
  maxLength: JWT_MAX,
  validate(s) {
    const [h, p, sig] = s.split('.');
    const header = b64urlJson(h);
    if (header === null || typeof header.alg !== 'string') return null;
    if (sig.length === 0 && header.alg !== 'none') return null;
    const payload = b64urlJson(p);
    return { note: payload === null ? 'header alg, opaque payload' : 'header alg, json payload' };
  },
  sample(r) {
    const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const tok = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: randomString(r, '0123456789', 8), iat: 1700000000 })}.${randomString(r, B64URL, 43)}`;
    return `Authorization: Bearer ${tok}`;
  },
};
