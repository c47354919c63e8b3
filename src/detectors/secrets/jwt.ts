// JWT: three base64url parts; the header must decode to a JSON object with an "alg" member. The
// signature part may be empty only for alg "none" (still a bearer credential for broken verifiers).
import { B64URL, randomString, type SecretRule } from './rule.ts';

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
  regex: '\\b(eyJ[A-Za-z0-9_\\-]{8,400}\\.[A-Za-z0-9_\\-]{2,1000}\\.[A-Za-z0-9_\\-]{0,700})',
  group: 1,
  keywords: ['eyj'],
  anchor: { literals: ['eyj'], within: 0 },
  score: 0.9,
  maxLength: 2102,
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
