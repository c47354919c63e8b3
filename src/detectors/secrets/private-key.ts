// PRIVATE_KEY: PEM private-key blocks (PKCS#1/#8, EC, OpenSSH, DSA, encrypted, PGP), with literal
// newlines or JSON "\n" escapes (service-account files). The block is found from its BEGIN line to
// its END line (at most MAX_BLOCK units apart). Because a streamed block can be longer than any
// sensible hold-back, three pieces are also recognised on their own, so every window of a long block
// is caught: BEGIN..(end of body seen so far), (run of body lines)..END, and a run of three or more
// full 64-character base64 body lines (score 0.5: certificates look the same), unless the run is seen to
// belong to a certificate or public-key block (its BEGIN or END line is in the text) or to a wrapped
// OpenSSH public key (`ssh-rsa AAAA…`): public material is not a PRIVATE_KEY finding.
import { compile, matchAll } from '../../core/regex.ts';
import { B64, randomString, type SecretRule } from './rule.ts';

const MAX_BLOCK = 8192;
const KIND = '(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?';
const BEGIN = compile('private-key/begin', `-----BEGIN ${KIND}-----`);
const END_RE = compile('private-key/end', `-----END ${KIND}-----`);
const BODY_LINES = compile('private-key/body', '(?:[A-Za-z0-9+/]{64}(?:\\r?\\n|\\\\n)){3,}');

function isBodyChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61 ||
    c === 32 || c === 9 || c === 10 || c === 13) return 1;
  // PEM headers of encrypted keys (Proc-Type: 4,ENCRYPTED / DEK-Info: AES-128-CBC,…)
  if (c === 58 || c === 44 || (c === 45 && !text.startsWith('-----', i))) return 1;
  if (c === 92 && (text[i + 1] === 'n' || text[i + 1] === 'r')) return 2; // JSON-escaped newline
  return 0;
}

export function findPrivateKeys(text: string): { start: number; end: number; score: number; note: string }[] {
  const out: { start: number; end: number; score: number; note: string }[] = [];
  const ends = matchAll(END_RE, text);
  const usedEnds = new Set<number>();
  let lastEnd = 0;
  for (const b of matchAll(BEGIN, text)) {
    if (b.start < lastEnd) continue;
    let i = b.end;
    const limit = Math.min(text.length, b.end + MAX_BLOCK);
    while (i < limit) {
      const w = isBodyChar(text, i);
      if (w === 0) break;
      i += w;
    }
    // A BEGIN line that something other than key material follows at once (`_SK_START = b"-----BEGIN OPENSSH
    // PRIVATE KEY-----"`: a parser's marker in code) holds no key. At the text's end the body may be yet to come.
    if (i === b.end && i < text.length && !text.startsWith('-----END', i)) continue;
    const e = ends.find((x) => x.start === i);
    if (e !== undefined) {
      usedEnds.add(e.start);
      out.push({ start: b.start, end: e.end, score: 0.95, note: 'pem block' });
      lastEnd = e.end;
    } else {
      out.push({ start: b.start, end: i, score: 0.9, note: 'pem block, no end seen' });
      lastEnd = i;
    }
  }
  // An END line no block reached starts a tail of its own, unless it lies inside a block found above
  // (blocks are ascending and disjoint). Not "before the last block's end": a block cut short by a
  // character that is not base64 (an ellipsis where a model elided key material) would otherwise
  // lose its tail to any later key in the same text.
  const blocks = out.length;
  let k = 0;
  for (const e of ends) {
    while (k < blocks && out[k].end <= e.start) k++;
    if (usedEnds.has(e.start) || (k < blocks && out[k].start <= e.start)) continue;
    let j = e.start;
    const limit = Math.max(0, e.start - MAX_BLOCK);
    while (j > limit && isBodyChar(text, j - 1) !== 0) j--;
    if (j === e.start && j > 0) continue; // an END line alone after other text: a marker in code, as above
    if (j > limit && text[j - 1] === 'n' && text[j - 2] === '\\') j -= 2;
    out.push({ start: j, end: e.end, score: 0.85, note: 'pem tail' });
  }
  let markers: { start: number; end: number; begin: boolean; private: boolean }[] | null = null;
  for (const m of matchAll(BODY_LINES, text)) {
    if (out.some((o) => m.start < o.end && o.start < m.end)) continue;
    markers ??= matchAll(MARKER, text).map((x) => ({ start: x.start, end: x.end, begin: x.groups[0] === 'BEGIN', private: (x.groups[1] ?? '').includes('PRIVATE KEY') }));
    if (inPublicBlock(text, markers, m.start, m.end) || inSshPublicKey(text, m.start) || certificateDer(text, m.start) || signatureElement(text, m.start)) continue;
    out.push({ start: m.start, end: m.end, score: 0.5, note: PEM_BODY_NOTE });
  }
  return out;
}

/**
 * Body lines that start an X.509 certificate's DER (an XML signature's `<X509Certificate>`, a certificate pasted
 * without its lines): a SEQUENCE holding a SEQUENCE (the signed part) that opens with the explicit version tag
 * [0] holding a small INTEGER. A private key's DER holds an INTEGER or an algorithm SEQUENCE there instead.
 */
function certificateDer(text: string, start: number): boolean {
  const b = Buffer.from(text.slice(start, start + 24), 'base64');
  if (b.length < 13 || b[0] !== 0x30 || (b[1] !== 0x82 && b[1] !== 0x83)) return false;
  const inner = b[1] === 0x82 ? 4 : 5;
  if (b[inner] !== 0x30 || (b[inner + 1] !== 0x82 && b[inner + 1] !== 0x83)) return false;
  const v = inner + (b[inner + 1] === 0x82 ? 4 : 5);
  return b[v] === 0xa0 && b[v + 1] === 0x03 && b[v + 2] === 0x02 && b[v + 3] === 0x01;
}

/** XML signature elements whose content is base64 that is no key (a signature, a digest, a certificate, an RSA public key's parts). */
const SIGNATURE_ELEMENTS: ReadonlySet<string> = new Set(['SignatureValue', 'DigestValue', 'X509Certificate', 'X509CRL', 'Modulus', 'Exponent']);

/**
 * Body lines right after (white space between) the opening tag of one of SIGNATURE_ELEMENTS, with a namespace
 * prefix and attributes or without (`<ds:SignatureValue>`, `<X509Certificate xmlns="…">`).
 */
function signatureElement(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x0a || text.charCodeAt(i - 1) === 0x0d || text.charCodeAt(i - 1) === 0x09)) i--;
  if (i === 0 || text.charCodeAt(i - 1) !== 0x3e) return false;
  const open = text.lastIndexOf('<', i - 1);
  if (open < 0 || i - open > 200) return false;
  let e = open + 1;
  while (e < i && text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0x3e && text.charCodeAt(e) !== 0x2f) e++;
  const name = text.slice(open + 1, e);
  return SIGNATURE_ELEMENTS.has(name.slice(name.indexOf(':') + 1));
}

/** Any PEM BEGIN or END line: group 1 BEGIN/END, group 2 the label (CERTIFICATE, PUBLIC KEY, RSA PRIVATE KEY …). */
const MARKER = compile('private-key/marker', '-----(BEGIN|END) ([A-Z0-9 ]{1,60})-----');

/** Whether text[from, to) is PEM body (base64, line breaks, JSON-escaped ones, headers) throughout. */
function bodyBetween(text: string, from: number, to: number): boolean {
  if (to - from > MAX_BLOCK) return false;
  let i = from;
  while (i < to) {
    const w = isBodyChar(text, i);
    if (w === 0) return false;
    i += w;
  }
  return true;
}

/**
 * Body lines of a PEM block that is not a private key (a certificate, a public key, a CSR, DH
 * parameters): the nearest marker before them is that block's BEGIN line, or the nearest after them
 * its END line, with nothing but body between. (A window that sees neither line cannot tell.)
 */
function inPublicBlock(text: string, markers: readonly { start: number; end: number; begin: boolean; private: boolean }[], start: number, end: number): boolean {
  let k = 0;
  while (k < markers.length && markers[k].end <= start) k++;
  const before = k > 0 ? markers[k - 1] : undefined;
  if (before !== undefined && before.begin && !before.private && bodyBetween(text, before.end, start)) return true;
  const after = k < markers.length && markers[k].start >= end ? markers[k] : undefined;
  return after !== undefined && !after.begin && !after.private && bodyBetween(text, end, after.start);
}

/** Key types of OpenSSH public keys (`ssh-rsa AAAA… comment`), as authorized_keys and known_hosts write them. */
const SSH_PUBLIC = ['ssh-rsa ', 'ssh-dss ', 'ssh-ed25519 ', 'ecdsa-sha2-nistp256 ', 'ecdsa-sha2-nistp384 ', 'ecdsa-sha2-nistp521 ', 'sk-ssh-ed25519@openssh.com ', 'sk-ecdsa-sha2-nistp256@openssh.com '];

/** Body lines that continue an OpenSSH public key wrapped onto several lines (base64 and line breaks back to `ssh-rsa AAAA`). */
function inSshPublicKey(text: string, start: number): boolean {
  let i = start;
  const limit = Math.max(0, start - MAX_BLOCK);
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (c === 110 && text.charCodeAt(i - 2) === 92) i -= 2; // JSON-escaped newline (base64 has no backslash)
    else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61 || c === 10 || c === 13) i--;
    else break;
  }
  if (!text.startsWith('AAAA', i)) return false;
  return SSH_PUBLIC.some((t) => i >= t.length && text.startsWith(t, i - t.length));
}

/** The note of a run of body lines without a BEGIN or END line (a stream's window inside a block). */
export const PEM_BODY_NOTE = 'pem body lines';

export const privateKeyRule: SecretRule = {
  id: 'private-key',
  type: 'PRIVATE_KEY',
  regex: `-----(?:BEGIN|END) ${KIND}-----|(?:[A-Za-z0-9+/]{64}(?:\\r?\\n|\\\\n)){3}`,
  score: 0.95,
  maxLength: 1024,
  find: findPrivateKeys,
  sample(r) {
    const lines: string[] = [];
    for (let i = 0; i < 6; i++) lines.push(randomString(r, B64, 64));
    lines.push(randomString(r, B64, 20) + '==');
    return `here is the key:\n-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----\nthanks`;
  },
};

/** "-----BEGIN" in base64: how every base64-encoded PEM block starts. */
const B64_BEGIN = 'LS0tLS1CRUdJTi';

/**
 * A PEM private key that is itself base64-encoded, as Kubernetes Secrets carry keys (`tls.key:`,
 * `ssh-privatekey:`) and as CI variables often do. The shared normaliser decodes base64 spans of up to
 * 512 characters, and a 2,048-bit RSA key encodes to ~2,250, so until the twenty-fourth round such a
 * key under a key name the generic rule does not know (`tls.key`, `data`) was found by nothing. The
 * run may be wrapped in lines of 40 or more characters (`openssl base64` writes 64); the decoded text
 * must hold "PRIVATE KEY" (a base64 certificate is not a secret). Streams redact it whole up to 4,096
 * characters; a longer one is redacted window by window from its start (every prefix still decodes to
 * the BEGIN line).
 */
export const privateKeyBase64Rule: SecretRule = {
  id: 'private-key-base64',
  type: 'PRIVATE_KEY',
  regex: `\\b(${B64_BEGIN}[A-Za-z0-9+/]{40,}={0,2}(?:(?:\\r?\\n|\\\\n)[A-Za-z0-9+/]{40,}={0,2})*)`,
  group: 1,
  keywords: [B64_BEGIN.toLowerCase()],
  anchor: { literals: [B64_BEGIN], within: 0, caseSensitive: true },
  score: 0.9,
  maxLength: 4096,
  validate(s) {
    const flat = s.replaceAll('\\n', '').replaceAll('\n', '').replaceAll('\r', '');
    // The header line is in the first 80 decoded bytes: decode only what tells.
    const head = Buffer.from(flat.slice(0, 108 - (Math.min(108, flat.length) % 4)), 'base64').toString('latin1');
    return head.includes('PRIVATE KEY') ? { note: 'base64 of a PEM private key' } : null;
  },
  sample(r) {
    const lines: string[] = [];
    for (let i = 0; i < 8; i++) lines.push(randomString(r, B64, 64));
    const pem = `-----BEGIN EC PRIVATE KEY-----\n${lines.join('\n')}\n-----END EC PRIVATE KEY-----\n`;
    return `data:\n  tls.key: ${Buffer.from(pem).toString('base64')}\n`;
  },
};
