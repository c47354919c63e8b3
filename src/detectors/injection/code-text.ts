// Benign source files written for this project (no third-party code, comments or text): the kind of file an
// agent reads with a file tool. Ordinary code is full of words that attacks also use (ignore, override,
// root, admin, password, instructions, execute, "[y/n]", "you are now logged in"), and the classifier saw
// almost no code in training, so these files are its hard negatives. Each document is assembled from
// building blocks (per-language templates with randomly chosen identifiers, domains, messages and comment
// wording) driven by a seeded PRNG: one seed per kind, derived from the kind's name, so every import yields
// the same documents. One kind per language or format family; the caller splits train/held-out by `kind`.

import { chance, clipAtLine, int, pick, reseed, sample, shuffle } from './seeded.ts';

export interface CodeDoc { readonly kind: string; readonly lang: string; readonly text: string }

// ------------------------------------------------------------------ deterministic helpers

// ------------------------------------------------------------------ identifiers
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const wordsOf = (s: string): string[] => s.split(/[\s_-]+/).filter(Boolean).map((w) => w.toLowerCase());
const snake = (s: string): string => wordsOf(s).join('_');
const camel = (s: string): string => { const w = wordsOf(s); return w[0] + w.slice(1).map(cap).join(''); };
const pascal = (s: string): string => wordsOf(s).map(cap).join('');
const kebab = (s: string): string => wordsOf(s).join('-');
const upperSnake = (s: string): string => wordsOf(s).join('_').toUpperCase();

type Val = string | number | boolean | null | undefined | readonly string[];
const show = (v: Val): string => (v === null || v === undefined || v === false ? '' : Array.isArray(v) ? v.join('\n') : String(v));

/**
 * Template tag for code: strips the indentation common to the literal lines, re-indents multi-line values
 * to the column of their line, and drops a line that holds only an empty value (optional parts).
 */
function code(strs: TemplateStringsArray, ...vals: Val[]): string {
  let src = strs[0];
  for (let i = 0; i < vals.length; i++) src += `\u0000${i}\u0001${strs[i + 1]}`;
  const ls = src.split('\n');
  if (ls.length > 0 && ls[0].trim() === '') ls.shift();
  if (ls.length > 0 && ls[ls.length - 1].trim() === '') ls.pop();
  const lead = (l: string): number => l.length - l.trimStart().length;
  const ind = Math.min(...ls.filter((l) => l.trim() !== '').map(lead));
  const out: string[] = [];
  const spread = (s: string, pre: string): string => s.split('\n').map((x, i) => (i > 0 && x !== '' ? pre + x : x)).join('\n');
  for (const raw of ls) {
    const l = raw.slice(Math.min(ind, lead(raw)));
    const pre = l.slice(0, lead(l));
    const only = /^\s*\u0000(\d+)\u0001\s*$/.exec(l);
    if (only) {
      const s = show(vals[Number(only[1])]);
      if (s !== '') out.push(s.split('\n').map((x) => (x === '' ? '' : pre + x)).join('\n'));
      continue;
    }
    out.push(l.replace(/\u0000(\d+)\u0001/g, (_m, k: string) => spread(show(vals[Number(k)]), pre)).trimEnd());
  }
  return out.join('\n');
}

/** Imports a document needs, registered by the blocks that use them and written into the header last. */
const NEED = new Set<string>();
const need = (...xs: string[]): void => { for (const x of xs) NEED.add(x); };
const needed = (): string[] => [...NEED].sort();

// ------------------------------------------------------------------ shared vocabulary
type FT = 'str' | 'int' | 'bool' | 'float' | 'time' | 'bytes';
interface Dom {
  readonly noun: string; readonly plural: string; readonly fields: readonly (readonly [string, FT])[];
  readonly verbs: readonly string[]; readonly msgs: readonly string[]; readonly errs: readonly string[];
}
const DOMS: readonly Dom[] = [
  { noun: 'file', plural: 'files', fields: [['path', 'str'], ['size', 'int'], ['modified_at', 'time'], ['checksum', 'str']],
    verbs: ['read', 'copy', 'scan', 'archive', 'hash', 'stat'],
    msgs: ['copied {x}', 'skipping empty file {x}', 'archive written to {x}', 'scanned {x} files'],
    errs: ['file not found: {x}', 'permission denied on {x}', 'refusing to overwrite {x}'] },
  { noun: 'connection', plural: 'connections', fields: [['host', 'str'], ['port', 'int'], ['timeout', 'float'], ['retries', 'int']],
    verbs: ['open', 'dial', 'probe', 'reconnect', 'close'],
    msgs: ['connected to {x}', 'retrying {x} after backoff', 'closed idle connection {x}'],
    errs: ['connection refused by {x}', 'timed out waiting for {x}', 'too many open connections'] },
  { noun: 'cache entry', plural: 'cache entries', fields: [['key', 'str'], ['value', 'bytes'], ['expires_at', 'time'], ['hits', 'int']],
    verbs: ['get', 'put', 'evict', 'expire', 'warm'],
    msgs: ['cache warmed with {x} entries', 'evicted {x}', 'cache miss for {x}'],
    errs: ['cache is full', 'stale entry for {x}', 'value for {x} is too large'] },
  { noun: 'token', plural: 'tokens', fields: [['kind', 'str'], ['text', 'str'], ['line', 'int'], ['column', 'int']],
    verbs: ['lex', 'parse', 'peek', 'consume', 'expect'],
    msgs: ['parsed {x} tokens', 'reached end of input'],
    errs: ['unexpected token {x}', 'unterminated string literal', 'expected closing bracket near {x}'] },
  { noun: 'record', plural: 'records', fields: [['id', 'int'], ['status', 'str'], ['created_at', 'time'], ['updated_at', 'time']],
    verbs: ['insert', 'update', 'fetch', 'archive', 'purge'],
    msgs: ['migrated {x} rows', 'purged old records', 'updated record {x}'],
    errs: ['record {x} does not exist', 'duplicate key {x}', 'database is read-only'] },
  { noun: 'session', plural: 'sessions', fields: [['user_id', 'int'], ['token_hash', 'str'], ['expires_at', 'time'], ['remote_addr', 'str']],
    verbs: ['create', 'revoke', 'refresh', 'verify', 'expire'],
    msgs: ['session created for {x}', 'You are now logged in as {x}', 'logged out {x}'],
    errs: ['invalid password for {x}', 'session expired, please log in again', 'token signature does not match'] },
  { noun: 'user', plural: 'users', fields: [['name', 'str'], ['role', 'str'], ['is_active', 'bool'], ['last_login', 'time']],
    verbs: ['create', 'disable', 'promote', 'rename', 'list'],
    msgs: ['user {x} promoted to admin', 'root account is locked', 'created user {x}'],
    errs: ['only admin users can delete accounts', 'user {x} already exists', 'cannot remove the last admin'] },
  { noun: 'instruction', plural: 'instructions', fields: [['opcode', 'int'], ['operand', 'int'], ['offset', 'int'], ['line', 'int']],
    verbs: ['decode', 'execute', 'emit', 'patch', 'disassemble'],
    msgs: ['executed {x} instructions', 'patched jump at {x}'],
    errs: ['unknown opcode {x}', 'jump target out of range', 'stack underflow at offset {x}'] },
  { noun: 'payload', plural: 'payloads', fields: [['data', 'bytes'], ['encoding', 'str'], ['length', 'int'], ['checksum', 'str']],
    verbs: ['encode', 'decode', 'pack', 'unpack', 'convert'],
    msgs: ['payload encoded as {x}', 'decoded {x} bytes'],
    errs: ['invalid base64 input', 'odd-length hex string: {x}', 'payload larger than {x} bytes'] },
  { noun: 'packet', plural: 'packets', fields: [['seq', 'int'], ['flags', 'int'], ['payload', 'bytes'], ['ttl', 'int']],
    verbs: ['read', 'send', 'ack', 'reassemble', 'drop'],
    msgs: ['dropped {x} packets', 'retransmitting segment {x}'],
    errs: ['checksum mismatch in packet {x}', 'truncated header', 'ttl expired for {x}'] },
  { noun: 'feature flag', plural: 'feature flags', fields: [['name', 'str'], ['enabled', 'bool'], ['rollout', 'float'], ['override', 'bool']],
    verbs: ['enable', 'disable', 'evaluate', 'override', 'load'],
    msgs: ['debug mode enabled', 'flag {x} overridden by environment', 'flags reloaded'],
    errs: ['unknown flag {x}', 'rollout must be between 0 and 1'] },
  { noun: 'rule', plural: 'rules', fields: [['pattern', 'str'], ['action', 'str'], ['priority', 'int'], ['enabled', 'bool']],
    verbs: ['match', 'compile', 'apply', 'reorder', 'filter'],
    msgs: ['no rules matched', 'no filters are active', 'rule {x} matched'],
    errs: ['invalid pattern in rule {x}', 'duplicate rule name {x}'] },
  { noun: 'job', plural: 'jobs', fields: [['id', 'str'], ['attempts', 'int'], ['run_at', 'time'], ['state', 'str']],
    verbs: ['enqueue', 'schedule', 'retry', 'cancel', 'claim'],
    msgs: ['job {x} finished', 'queue drained', 'rescheduled {x}'],
    errs: ['job {x} exceeded max attempts', 'queue is closed'] },
  { noun: 'sample', plural: 'samples', fields: [['name', 'str'], ['value', 'float'], ['timestamp', 'time'], ['unit', 'str']],
    verbs: ['record', 'flush', 'aggregate', 'export'],
    msgs: ['flushed {x} samples', 'exporter started'],
    errs: ['metric name {x} is not valid', 'sample buffer overflow'] },
  { noun: 'setting', plural: 'settings', fields: [['name', 'str'], ['value', 'str'], ['source', 'str'], ['readonly', 'bool']],
    verbs: ['load', 'merge', 'override', 'validate', 'reset'],
    msgs: ['system reset complete', 'loaded settings from {x}', 'using default for {x}'],
    errs: ['unknown setting {x}', 'config file {x} is not readable'] },
  { noun: 'message', plural: 'messages', fields: [['recipient', 'str'], ['subject', 'str'], ['body', 'str'], ['sent_at', 'time']],
    verbs: ['queue', 'send', 'render', 'retry'],
    msgs: ['sent {x} messages', 'outbox is empty'],
    errs: ['recipient {x} is not valid', 'message body is empty'] },
  { noun: 'image', plural: 'images', fields: [['width', 'int'], ['height', 'int'], ['format', 'str'], ['path', 'str']],
    verbs: ['resize', 'crop', 'convert', 'thumbnail'],
    msgs: ['wrote thumbnail to {x}', 'converted {x} images'],
    errs: ['unsupported format {x}', 'image is too large'] },
  { noun: 'package', plural: 'packages', fields: [['name', 'str'], ['version', 'str'], ['installed', 'bool'], ['size', 'int']],
    verbs: ['install', 'remove', 'upgrade', 'verify', 'download'],
    msgs: ['installed {x}', 'Press any key to continue', 'all packages are up to date'],
    errs: ['package {x} is not installed', 'checksum verification failed for {x}'] },
];
const fieldsOf = (d: Dom, t: FT): string[] => d.fields.filter(([, ft]) => ft === t).map(([n]) => n);
const firstStr = (d: Dom): string => fieldsOf(d, 'str')[0] ?? 'name';
const firstInt = (d: Dom): string => fieldsOf(d, 'int')[0] ?? 'count';
const anyField = (d: Dom): string => pick(d.fields)[0];

const APPS = ['ledger', 'harbor', 'quill', 'tessera', 'marlin', 'lumen', 'fathom', 'pylon', 'cinder', 'juniper', 'basalt', 'orchard',
  'kestrel', 'tundra', 'sable', 'meridian', 'bramble', 'corvid', 'halyard', 'nimbus', 'sorrel', 'wicket', 'gantry', 'thimble'];
/** The project a document belongs to; chosen once per document. */
let docApp = APPS[0];
const appName = (): string => docApp;
const EXTRA_VERBS = ['load', 'sync', 'prune', 'collect', 'refresh', 'restore', 'rotate', 'normalize', 'render', 'merge', 'split', 'scan'];
const verbOf = (d: Dom): string => (chance(0.7) ? pick(d.verbs) : pick(EXTRA_VERBS));
const N = (): number => pick([8, 16, 32, 64, 100, 128, 256, 500, 512, 1000, 1024, 4096]);

/** A message with at most one `{x}` slot; `fill` says how the language interpolates a variable. */
const msgOf = (d: Dom): string => pick(d.msgs);
const errOf = (d: Dom): string => pick(d.errs);
// ------------------------------------------------------------------ comments (English)
interface CC { readonly noun: string; readonly plural: string; readonly field: string; readonly n: number; readonly m: number }
const PLAIN_COMMENTS: readonly ((c: CC) => string)[] = [
  (c) => `Keep the ${c.plural} sorted so lookups can bisect.`,
  () => 'The caller holds the lock; do not take it again here.',
  (c) => `${c.n} is plenty for the ${c.noun} sizes seen in practice.`,
  (c) => `Fall back to the default when ${c.field} is missing.`,
  () => 'Cheap check first, the expensive one only if it passes.',
  (c) => `Older ${c.plural} did not store ${c.field}, so zero means unknown.`,
  () => 'Retry once; a second failure goes back to the caller.',
  () => 'This runs on every request, so keep it allocation-free.',
  () => 'Normalise before comparing, input may be mixed case.',
  (c) => `Write to a temp file and rename so readers never see half a ${c.noun}.`,
  (c) => `Bounded so a bad input cannot grow the ${c.noun} table forever.`,
  () => 'Trailing whitespace is not significant here.',
  (c) => `Guard against ${c.field} going negative after a clock change.`,
  () => 'Nothing to do for an empty list.',
  () => 'Preserve insertion order; the tests depend on it.',
  () => 'Timeouts are in seconds throughout this module.',
  (c) => `Split out so the ${c.noun} check can be tested on its own.`,
  (c) => `At most ${c.m} ${c.plural} per batch keeps memory flat.`,
  () => 'Copy the slice; the caller may reuse its buffer.',
  (c) => `The ${c.field} column was added later, hence the null check.`,
  () => 'Matches the behaviour of the old shell version.',
  (c) => `TODO: batch these ${c.plural} once the backend supports it.`,
  (c) => `FIXME: ${c.field} can arrive as a string from older clients.`,
  () => 'NOTE: the order of these checks matters.',
  (c) => `Assume UTC; ${c.plural} from the importer have no zone.`,
  () => 'Early return keeps the happy path unindented.',
  (c) => `Hash the ${c.field} rather than the whole ${c.noun}, it is cheaper.`,
  () => 'Exit codes follow sysexits where one fits.',
  (c) => `A zero ${c.field} is valid, so check for a missing value explicitly.`,
  () => 'Best effort: failures here are logged, not raised.',
];
const HARD_COMMENTS: readonly ((c: CC) => string)[] = [
  (c) => `Let's say the buffer holds ${c.n} bytes; only the first ${c.m} are header.`,
  (c) => `Suppose we have two ${c.plural} with the same key: the newer one wins.`,
  (c) => `Instead, call flush() first so the ${c.noun} is on disk.`,
  (c) => `Ignore the previous value if the ${c.noun} was reset.`,
  () => 'Print the password prompt only on a TTY.',
  () => 'Override the defaults only when override_defaults is set.',
  () => 'ignore_errors is for batch runs; interactive use should fail loudly.',
  () => 'Root can always read; everyone else goes through the ACL.',
  () => 'Admin users skip the quota check but are still logged.',
  () => 'The system clock may jump backwards; use the monotonic one.',
  () => 'Dump the raw bytes in hex when debug mode is on.',
  () => 'No rules matched: fall through to the default action.',
  () => 'Filters run in order and the first one that rejects wins.',
  () => 'Reveal the full path only in verbose output.',
  () => 'Never log the token itself, only a prefix of its hash.',
  () => 'Execute the hook in a subprocess so it cannot touch our state.',
  () => 'Convert to hex for display; the wire format stays binary.',
  (c) => `Encode the ${c.noun} in base64 so it survives the JSON layer.`,
  () => 'Decoded instructions are cached by offset.',
  () => 'Restrictions apply to non-admin roles only.',
  () => 'Switch to maintenance mode before touching the schema.',
  () => 'The secret key comes from the environment, never from this file.',
  () => 'sudo is only needed for the install step.',
  () => 'No eval here: the expression parser is hand-written.',
  () => 'System users have uid below 1000 on most distributions.',
  (c) => `Let's say ${c.m} ${c.plural} arrive at once; the queue still caps at ${c.n}.`,
  (c) => `Suppose we retry after the ${c.noun} was dropped: the seq number stays.`,
  () => 'Instead of sleeping, wait on the condition with a timeout.',
  () => 'Ignore the previous checksum; the header was rewritten.',
  () => 'Rules with equal priority keep their file order.',
  () => 'Print usage and exit when no mode is given.',
  () => 'Password and token fields are masked before logging.',
];
/**
 * Whether the document being generated may use the loaded vocabulary (root, admin, password, ignore, override...).
 * About half of the documents do; the rest are ordinary code without it, like most real files.
 */
let docHard = true;
/** Blocks built around that vocabulary; plain documents skip them. */
const HARD_BLOCKS = new Set<(d: Dom) => string>();
const LOADED = /\b(ignor\w*|overrid\w*|root|admin\w*|passw\w*|sudo|system|instructions?|secret\w*|reveal|restrictions?)\b/i;
/** In a plain document, drop the entries whose text uses the loaded vocabulary. */
const soft = <T>(xs: readonly T[], text: (x: T) => string = String): T[] => (docHard ? xs.slice() : xs.filter((x) => !LOADED.test(text(x))));

function commentText(d: Dom, hard = 0.35): string {
  if (!docHard) hard = 0;
  const c: CC = { noun: d.noun, plural: d.plural, field: anyField(d), n: N(), m: pick([2, 3, 4, 8, 10, 12, 20, 40]) };
  return pick(chance(hard) ? HARD_COMMENTS : PLAIN_COMMENTS)(c);
}

const third = (v: string): string => (/(s|sh|ch|x)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`);

/** One-line summaries for doc comments. */
function summary(verb: string, d: Dom): string {
  const v = cap(verb);
  return pick<() => string>([
    () => `${v} a ${d.noun} and return it.`,
    () => `${v} every ${d.noun} in the batch and report how many changed.`,
    () => `Return the ${d.noun} for the given key, or nothing when it is absent.`,
    () => `${v} the ${d.plural} in place; the caller keeps ownership.`,
    () => `Small helper to ${verb} one ${d.noun}.`,
    () => `${v} the ${d.noun}, failing if ${anyField(d)} is missing.`,
    () => `${v} ${d.plural} from the given source, skipping blank lines.`,
    () => `${v} the ${d.noun} and record the time it took.`,
    () => `Thin wrapper that ${third(verb)} a ${d.noun} with sane defaults.`,
    () => `${v} all ${d.plural} older than the cutoff.`,
  ])();
}
const moduleSummary = (d: Dom, app: string): string => pick([
  `Helpers for working with ${d.plural} in ${app}.`,
  `${cap(d.noun)} handling for the ${app} service.`,
  `Load, validate and store ${d.plural}.`,
  `Small ${d.noun} utilities shared by the ${app} tools.`,
  `${cap(app)}: ${d.noun} storage and lookup.`,
  `Command-line front end for managing ${d.plural}.`,
  `Utilities used by the ${app} ${pick(['worker', 'daemon', 'CLI', 'importer', 'admin panel'])}.`,
]);

/** Build a document from blocks until it reaches a target length. */
function fill(blocks: readonly ((d: Dom) => string)[], doms: readonly Dom[], lo: number, hi: number, sep = '\n\n'): string[] {
  const target = int(lo, hi);
  const out: string[] = [];
  let len = 0;
  for (const b of shuffle(docHard ? blocks : blocks.filter((x) => !HARD_BLOCKS.has(x)))) {
    if (len >= target) break;
    const s = b(pick(doms));
    out.push(s);
    len += s.length + sep.length;
  }
  return out;
}
const twoDoms = (): Dom[] => sample(DOMS, 2);

// ------------------------------------------------------------------ Python
const PYT: Record<FT, string> = { str: 'str', int: 'int', bool: 'bool', float: 'float', time: 'float', bytes: 'bytes' };
const PYD: Record<FT, string> = { str: '""', int: '0', bool: 'False', float: '0.0', time: '0.0', bytes: 'b""' };
const pyF = (msg: string, v: string): string => (msg.includes('{x}') ? `f"${msg.replace('{x}', `{${v}}`)}"` : `"${msg}"`);
const pyLog = (msg: string, v: string): string => (msg.includes('{x}') ? `"${msg.replace('{x}', '%s')}", ${v}` : `"${msg}"`);
const pyC = (d: Dom, hard = 0.35): string => `# ${commentText(d, hard)}`;

function pyDataclass(d: Dom): string {
  need('from dataclasses import dataclass');
  const cls = pascal(d.noun);
  const fs = d.fields.map(([n, t]) => `${n}: ${PYT[t]} = ${PYD[t]}`);
  const times = fieldsOf(d, 'time');
  const expiry = times.length > 0 && chance(0.6) ? code`

    def is_past(self, now: float | None = None) -> bool:
        """True once ${times[0]} lies behind us."""
        ${pyC(d, 0.4)}
        return self.${times[0]} > 0 and self.${times[0]} <= (now if now is not None else time.time())` : '';
  if (expiry) need('import time');
  const fromDict = chance(0.7) ? code`

    @classmethod
    def from_dict(cls, raw: dict) -> "${cls}":
        missing = [k for k in (${d.fields.map(([n]) => `"${n}"`).join(', ')}) if k not in raw]
        if missing:
            raise ValueError(f"${d.noun} is missing {', '.join(missing)}")
        return cls(**{k: raw[k] for k in cls.__dataclass_fields__ if k in raw})` : '';
  return code`
    @dataclass${chance(0.3) ? '(frozen=True)' : ''}
    class ${cls}:
        """${pick([`One ${d.noun} as stored on disk.`, `A single ${d.noun}.`, `In-memory form of a ${d.noun}.`, `${cap(d.noun)} row, mirrors the table columns.`])}"""

        ${fs}
        ${fromDict}
        ${expiry}`;
}

function pyLoader(d: Dom): string {
  need('import json', 'import logging');
  const log = 'log';
  const ign = chance(0.5);
  const fn = `${pick(['load', 'read', 'iter'])}_${snake(d.plural)}`;
  return code`
    def ${fn}(path: str${ign ? ', ignore_errors: bool = False' : ''}) -> list[dict]:
        """${summary(pick(['load', 'read']), d)}"""
        items = []
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                try:
                    items.append(json.loads(line))
                except ValueError as exc:
                    ${ign ? pyC(d, 0.5) : ''}
                    ${ign ? 'if not ignore_errors:' : 'raise ValueError(f"{path}:{lineno}: {exc}") from exc'}
                    ${ign ? '    raise' : ''}
                    ${ign ? `${log}.warning("%s:%d: skipped (%s)", path, lineno, exc)` : ''}
        ${log}.${pick(['info', 'debug'])}("${pick(['loaded', 'read'])} %d ${d.plural} from %s", len(items), path)
        return items`;
}

function pyStore(d: Dom): string {
  need('import threading', 'import logging');
  const cls = `${pascal(d.noun)}${pick(['Store', 'Registry', 'Index', 'Table'])}`;
  const [get, put] = pick([['get', 'put'], ['lookup', 'store'], ['find', 'add'], ['fetch', 'save']]);
  const key = pick(['key', 'name', 'ident']);
  return code`
    class ${cls}:
        """${pick([`Thread-safe map of ${d.plural} with a size limit.`, `Keeps recent ${d.plural} in memory.`, `Bounded in-memory ${d.noun} store.`])}"""

        def __init__(self, capacity: int = ${N()}) -> None:
            self._items: dict[str, dict] = {}
            self._lock = threading.Lock()
            self.capacity = capacity

        def ${get}(self, ${key}: str) -> dict | None:
            with self._lock:
                return self._items.get(${key})

        def ${put}(self, ${key}: str, value: dict) -> None:
            ${pyC(d)}
            with self._lock:
                if len(self._items) >= self.capacity and ${key} not in self._items:
                    oldest = next(iter(self._items))
                    del self._items[oldest]
                    log.debug("evicted %s", oldest)
                self._items[${key}] = value
        ${chance(0.5) ? code`

        def remove(self, ${key}: str) -> bool:
            with self._lock:
                return self._items.pop(${key}, None) is not None` : ''}

        def __len__(self) -> int:
            return len(self._items)`;
}

function pyValidate(d: Dom): string {
  const v = pick(['raw', 'data', 'item', snake(d.noun)]);
  const checks = d.fields.map(([n, t]) => {
    switch (t) {
      case 'int': return code`
        if not isinstance(${v}.get("${n}"), int) or ${v}["${n}"] < 0:
            problems.append("${n} must be a non-negative integer")`;
      case 'str': return code`
        if not str(${v}.get("${n}", "")).strip():
            problems.append("${n} ${pick(['is required', 'must not be empty', 'is missing'])}")`;
      case 'bool': return code`
        if "${n}" in ${v} and not isinstance(${v}["${n}"], bool):
            problems.append("${n} must be true or false")`;
      case 'float': return code`
        if not isinstance(${v}.get("${n}", 0), (int, float)):
            problems.append("${n} must be a number")`;
      case 'time': return code`
        if ${v}.get("${n}") is not None and ${v}["${n}"] < 0:
            problems.append("${n} cannot be before 1970")`;
      default: return code`
        if not isinstance(${v}.get("${n}", b""), (bytes, bytearray)):
            problems.append("${n} must be bytes")`;
    }
  });
  return code`
    def validate_${snake(d.noun)}(${v}: dict) -> list[str]:
        """${pick([`Return a list of problems; empty means the ${d.noun} is fine.`, `Check a ${d.noun} and collect every problem found.`, `Validate one ${d.noun}. Does not raise.`])}"""
        problems: list[str] = []
        ${checks}
        return problems`;
}

function pyAuth(d: Dom): string {
  need('import hashlib', 'import hmac', 'import os');
  const app = upperSnake(appName());
  const iters = pick([120_000, 200_000, 310_000, 390_000, 600_000]);
  const sign = chance(0.6) ? code`


    def sign_${pick(['token', 'cookie', 'session_id'])}(value: str) -> str:
        """${pick(['Append an HMAC so the value cannot be altered client-side.', 'Sign a value with the secret key.', 'Return value plus a truncated HMAC-SHA256 tag.'])}"""
        if not SECRET_KEY:
            raise RuntimeError("${app}_SECRET_KEY is not set")
        tag = hmac.new(SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()[:${pick([16, 24, 32])}]
        return f"{value}.{tag}"` : '';
  return code`
    SECRET_KEY = os.environ.get("${app}_SECRET_KEY", "")
    PBKDF2_ROUNDS = ${iters}


    def hash_password(password: str, salt: bytes | None = None) -> str:
        """${pick(['Hash a password with PBKDF2 and return salt and digest in hex.', 'Derive a storable hash from a plain password.', 'Return "salt$digest" for the given password.'])}"""
        salt = salt or os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)
        return salt.hex() + "$" + digest.hex()


    def verify_password(password: str, stored: str) -> bool:
        ${pick(['# compare in constant time; == would leak timing', '# hmac.compare_digest avoids an early exit on the first differing byte', pyC(d, 0.6)])}
        salt_hex, sep, _ = stored.partition("$")
        if not sep:
            return False
        return hmac.compare_digest(hash_password(password, bytes.fromhex(salt_hex)), stored)
    ${sign}`;
}

function pyEncoding(d: Dom): string {
  need('import base64');
  const parts = sample([
    code`
      def to_base64(payload: bytes) -> bytes:
          """Encode the payload in base64 and return bytes."""
          return base64.b64encode(payload)`,
    code`
      def from_base64(text: str | bytes) -> bytes:
          """Decode base64, tolerating missing padding."""
          if isinstance(text, str):
              text = text.encode("ascii")
          text += b"=" * (-len(text) % 4)
          try:
              return base64.b64decode(text, validate=True)
          except ValueError as exc:
              raise ValueError("invalid base64 input") from exc`,
    code`
      def from_hex(text: str) -> bytes:
          """Convert a hex string (spaces allowed) back to bytes."""
          cleaned = text.replace(" ", "").strip()
          if len(cleaned) % 2:
              raise ValueError(f"odd-length hex string: {cleaned[:16]}")
          return bytes.fromhex(cleaned)`,
    code`
      def hexdump(data: bytes, width: int = ${pick([8, 16])}) -> str:
          """Dump bytes as offset, hex and printable columns."""
          rows = []
          for off in range(0, len(data), width):
              chunk = data[off:off + width]
              hexpart = " ".join(f"{b:02x}" for b in chunk)
              text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
              rows.append(f"{off:08x}  {hexpart:<{width * 3}} {text}")
          return "\\n".join(rows)`,
    code`
      def urlsafe_${snake(d.noun)}_id(raw: bytes) -> str:
          """${pick(['Short URL-safe identifier, padding stripped.', 'Encode raw bytes for use in a path segment.'])}"""
          ${pyC(d, 0.5)}
          return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")`,
  ], int(2, 4));
  return parts.join('\n\n\n');
}

function pyConfirm(d: Dom): string {
  need('import sys');
  const q = pick(['Set root password?', 'Overwrite existing config?', 'Remove all cached files?', 'Reset the admin account?',
    `Delete ${d.plural} older than 30 days?`, 'Enable debug mode for this run?', 'Restart the service now?']);
  const fn = pick(['confirm', 'ask_yes_no', 'prompt_yes_no']);
  return code`
    def ${fn}(question: str, default: bool = False) -> bool:
        """${pick(['Ask a yes/no question on the terminal.', 'Prompt until the user answers y or n.', 'Return True if the user agrees.'])}"""
        suffix = " [Y/n] " if default else " [y/N] "
        if not sys.stdin.isatty():
            ${pick(['# non-interactive: take the default', '# piped input, nobody to ask', pyC(d, 0.3)])}
            return default
        while True:
            answer = input(question + suffix).strip().lower()
            if not answer:
                return default
            if answer in ("y", "yes"):
                return True
            if answer in ("n", "no"):
                return False
            print("Please answer y or n.")


    def ${pick(['interactive_setup', 'first_run', 'setup_wizard'])}() -> None:
        if ${fn}("${q}"):
            ${pick(['print("Okay, continuing.")', `log.info("user agreed: %s", ${JSON.stringify(q)})`])}
        else:
            print("Nothing changed.")
        ${chance(0.5) ? 'input("Press any key to continue")' : ''}`;
}

function pyVm(d: Dom): string {
  const ops = sample(['PUSH', 'POP', 'ADD', 'SUB', 'DUP', 'SWAP'], 3);
  const all = [...ops, 'JUMP', 'JUMP_IF_ZERO', 'HALT'];
  const impl: Record<string, string> = {
    PUSH: 'stack.append(arg)', POP: 'stack.pop()', ADD: 'b, a = stack.pop(), stack.pop()\nstack.append(a + b)',
    SUB: 'b, a = stack.pop(), stack.pop()\nstack.append(a - b)', DUP: 'stack.append(stack[-1])', SWAP: 'stack[-1], stack[-2] = stack[-2], stack[-1]',
  };
  const arms = ops.map((o) => code`
    elif op == OP_${o}:
        ${impl[o]}`);
  return code`
    ${all.map((o) => `OP_${o}`).join(', ')} = range(${all.length})


    def run(program: list[tuple[int, int]], max_steps: int = ${pick([1000, 10_000, 100_000])}) -> list[int]:
        """${pick(['Execute the instructions and return the final stack.', 'Interpret a list of (opcode, operand) pairs.', 'Tiny stack machine used by the rule compiler.'])}"""
        stack: list[int] = []
        pc = steps = 0
        while pc < len(program):
            op, arg = program[pc]
            steps += 1
            if steps > max_steps:
                raise RuntimeError("step limit reached, the program probably loops")
            if op == OP_HALT:
                break
            elif op == OP_JUMP:
                # a negative operand jumps backwards
                pc += arg
                continue
            elif op == OP_JUMP_IF_ZERO:
                if stack.pop() == 0:
                    pc += arg
                    continue
            ${arms}
            else:
                raise ValueError(f"unknown opcode {op} at {pc}")
            pc += 1
        return stack`;
}

function pyRules(d: Dom): string {
  need('import re', 'import logging', 'from dataclasses import dataclass');
  const R = pick(['Rule', 'FilterRule', 'Route', 'Matcher']);
  return code`
    @dataclass
    class ${R}:
        name: str
        pattern: re.Pattern[str]
        action: str = "${pick(['allow', 'deny', 'tag', 'skip'])}"
        priority: int = 0


    def first_match(rules: list[${R}], text: str) -> ${R} | None:
        """${pick(['Return the first rule whose pattern matches the text.', 'Highest-priority matching rule, or None.'])}"""
        if not rules:
            log.debug("no filters are active")
            return None
        for rule in sorted(rules, key=lambda r: -r.priority):
            if rule.pattern.search(text):
                log.debug("rule %s matched", rule.name)
                return rule
        ${pick(['log.debug("no rules matched %r", text[:40])', 'log.info("no rules matched")'])}
        return None


    def compile_rules(spec: dict[str, str]) -> list[${R}]:
        ${pyC(d, 0.5)}
        rules = []
        for name, expr in spec.items():
            try:
                rules.append(${R}(name, re.compile(expr)))
            except re.error as exc:
                raise ValueError(f"invalid pattern in rule {name}: {exc}") from exc
        return rules`;
}

function pyRetry(d: Dom): string {
  need('import functools', 'import time', 'import logging');
  return code`
    def retry(times: int = ${int(2, 5)}, delay: float = ${pick(['0.5', '1.0', '0.25', '2.0'])}, exceptions=(${pick(['OSError', 'ConnectionError', 'TimeoutError', 'OSError, TimeoutError'])},)):
        """${pick(['Retry the wrapped call with exponential backoff.', 'Decorator: call again on transient errors.'])}"""
        def wrap(fn):
            @functools.wraps(fn)
            def inner(*args, **kwargs):
                wait = delay
                for attempt in range(1, times + 1):
                    try:
                        return fn(*args, **kwargs)
                    except exceptions as exc:
                        if attempt == times:
                            raise
                        log.warning("%s failed (%s), attempt %d of %d", fn.__name__, exc, attempt, times)
                        time.sleep(wait)
                        wait *= 2
            return inner
        return wrap


    @retry()
    def ${verbOf(d)}_${snake(d.noun)}(${snake(firstStr(d))}: str) -> dict:
        ${pyC(d)}
        ${pick(['raise NotImplementedError', `return {"${firstStr(d)}": ${snake(firstStr(d))}, "ok": True}`])}`;
}

function pySystem(d: Dom): string {
  need('import os', 'import subprocess', 'import logging');
  return code`
    ## System helpers

    def is_root() -> bool:
        """True when running with uid 0."""
        return hasattr(os, "geteuid") and os.geteuid() == 0


    def run(cmd: list[str], check: bool = True${chance(0.5) ? ', timeout: float = 60.0' : ''}) -> str:
        """${pick(['Execute a command and return its stdout.', 'Run a program, raising on a non-zero exit.'])}"""
        log.debug("exec: %s", " ".join(cmd))
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if check and proc.returncode != 0:
            raise RuntimeError(f"{cmd[0]} exited with {proc.returncode}: {proc.stderr.strip()}")
        return proc.stdout
    ${chance(0.6) ? code`


    def require_root(action: str) -> None:
        if not is_root():
            raise PermissionError(f"{action} needs root; try again with sudo")` : ''}`;
}

function pyConfig(d: Dom): string {
  need('import os');
  const app = upperSnake(appName());
  const keys = sample(soft(['timeout', 'max_workers', 'log_level', 'cache_dir', 'ignore_errors', 'override_defaults', 'strict_mode', 'retries', 'batch_size']), int(3, 5));
  const vals: Record<string, string> = { timeout: '30', max_workers: String(int(2, 16)), log_level: '"INFO"', cache_dir: '"~/.cache/' + appName() + '"',
    ignore_errors: 'False', override_defaults: 'False', strict_mode: 'True', retries: String(int(1, 5)), batch_size: String(N()) };
  return code`
    DEFAULTS = {
        ${keys.map((k) => `"${k}": ${vals[k]},`)}
    }


    def settings_from_env(prefix: str = "${app}_") -> dict:
        """${pick(['Start from DEFAULTS and apply environment overrides.', 'Merge environment variables over the defaults.'])}"""
        merged = dict(DEFAULTS)
        for key, default in DEFAULTS.items():
            raw = os.environ.get(prefix + key.upper())
            if raw is None:
                continue
            ${pyC(d, 0.4)}
            if isinstance(default, bool):
                merged[key] = raw.lower() in ("1", "true", "yes", "on")
            elif isinstance(default, int):
                merged[key] = int(raw)
            else:
                merged[key] = raw
        return merged`;
}

function pyMain(d: Dom): string {
  need('import argparse', 'import sys', 'import logging');
  const prog = kebab(`${appName()} ${pick(['ctl', 'sync', 'admin', 'tool', 'import'])}`);
  const pos = snake(pick(['path', 'source', 'target', 'config', 'host']));
  const opts = sample(soft([
    '--dry-run", action="store_true", help="show what would change',
    '--debug", action="store_true", help="verbose logging',
    '--ignore-errors", action="store_true", help="keep going after a bad entry',
    '--override-defaults", action="store_true", help="let the config file replace built-in defaults',
    `--limit", type=int, default=${N()}, help="stop after this many ${d.plural}`,
    '--output", "-o", default="-", help="where to write the report',
    '--force", action="store_true", help="do not ask before overwriting',
  ]), int(2, 4));
  if (!opts.some((o) => o.startsWith('--debug'))) opts.unshift('--debug", action="store_true", help="verbose logging');
  const fn = `${verbOf(d)}_${snake(d.plural)}`;
  return code`
    def main(argv: list[str] | None = None) -> int:
        parser = argparse.ArgumentParser(prog="${prog}", description="${cap(verbOf(d))} ${d.plural}.")
        parser.add_argument("${pos}")
        ${opts.map((o) => `parser.add_argument("${o}")`)}
        args = parser.parse_args(argv)
        logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO)
        if args.debug:
            log.debug("debug mode enabled")
        try:
            count = ${fn}(args.${pos})
        except OSError as exc:
            print(f"${prog}: {exc}", file=sys.stderr)
            return 1
        print(f"${pick(['done', 'finished', 'ok'])}: {count} ${d.plural}")
        return 0


    if __name__ == "__main__":
        sys.exit(main())`;
}

function pythonHeader(d: Dom, imports: string[], logger: boolean): string {
  const froms = imports.filter((x) => x.startsWith('from '));
  const plain = imports.filter((x) => x.startsWith('import '));
  const head = pick([
    () => `"""${moduleSummary(d, appName())}"""`,
    () => `"""${moduleSummary(d, appName())}\n\n${cap(commentText(d, 0.3))}\n"""`,
    () => `#!/usr/bin/env python3\n"""${moduleSummary(d, appName())}"""`,
    () => `# ${snake(appName())}/${snake(d.plural)}.py\n"""${moduleSummary(d, appName())}"""`,
  ])();
  const fut = chance(0.4) ? 'from __future__ import annotations\n\n' : '';
  const lg = logger ? `\n\nlog = logging.getLogger(__name__)` : '';
  return `${head}\n\n${fut}${[...plain, ...froms].join('\n')}${lg}`;
}

function pythonModule(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const blocks = fill([pyDataclass, pyLoader, pyStore, pyValidate, pyAuth, pyEncoding, pyConfirm, pyVm, pyRules, pyRetry, pySystem, pyConfig],
    [d, d, d2], 500, 2300, '\n\n\n');
  if (chance(0.45)) blocks.push(pyMain(d));
  const body = blocks.join('\n\n\n');
  if (/\blog\./.test(body)) need('import logging');
  return `${pythonHeader(d, needed(), /\blog\./.test(body))}\n\n\n${body}\n`;
}


// ------------------------------------------------------------------ Python tests
const sut = (...names: string[]): void => need(...names.map((n) => `@${n}`));

function ptStore(d: Dom): string {
  need('import unittest');
  const cls = `${pascal(d.noun)}Store`;
  sut(cls);
  const cap0 = int(2, 5), val = pick(['alpha', 'first', 'one', 'x']);
  return code`
    class ${cls}Test(unittest.TestCase):
        def setUp(self) -> None:
            self.store = ${cls}(capacity=${cap0})

        def test_get_missing_returns_none(self) -> None:
            self.assertIsNone(self.store.get("${pick(['nope', 'missing', 'unknown-key'])}"))

        def test_put_then_get(self) -> None:
            self.store.put("a", {"${firstStr(d)}": "${val}"})
            self.assertEqual(self.store.get("a"), {"${firstStr(d)}": "${val}"})

        def test_oldest_is_evicted_when_full(self) -> None:
            ${pyC(d, 0.5)}
            for i in range(${cap0 + 1}):
                self.store.put(f"k{i}", {"n": i})
            self.assertEqual(len(self.store), ${cap0})
            self.assertIsNone(self.store.get("k0"))
            self.assertEqual(self.store.get("k${cap0}"), {"n": ${cap0}})`;
}

function ptValidate(d: Dom): string {
  need('import pytest');
  const fn = `validate_${snake(d.noun)}`;
  sut(fn);
  const s = firstStr(d), i = firstInt(d);
  const ok = `{"${s}": "${pick(['abc', 'main', 'x1', 'default'])}", "${i}": ${int(1, 99)}}`;
  return code`
    @pytest.mark.parametrize(
        "raw, expected",
        [
            (${ok}, []),
            ({"${s}": "", "${i}": 1}, ["${s} is required"]),
            ({"${s}": "ok", "${i}": -1}, ["${i} must be a non-negative integer"]),
            ({}, ["${s} is required", "${i} must be a non-negative integer"]),
        ],
    )
    def test_${fn}(raw, expected):
        ${pyC(d, 0.3)}
        assert ${fn}(raw) == expected


    def test_${fn}_does_not_mutate_input():
        raw = ${ok}
        before = dict(raw)
        ${fn}(raw)
        assert raw == before`;
}

function ptConfirm(d: Dom): string {
  need('from unittest import mock');
  sut('confirm');
  return code`
    class ConfirmPromptTest(unittest.TestCase):
        ${pick(['# stdin must look like a TTY or confirm() returns the default', '# the prompt is only shown on a terminal'])}

        @mock.patch("sys.stdin.isatty", return_value=True)
        @mock.patch("builtins.input", side_effect=["maybe", "y"])
        def test_repeats_until_valid_answer(self, fake_input, _tty):
            self.assertTrue(confirm("${pick(['Set root password?', 'Overwrite existing config?', 'Reset the admin account?', 'Delete the cache?'])}"))
            self.assertEqual(fake_input.call_count, 2)

        @mock.patch("sys.stdin.isatty", return_value=True)
        @mock.patch("builtins.input", return_value="")
        def test_empty_answer_uses_default(self, _input, _tty):
            self.assertFalse(confirm("Continue?"))
            self.assertTrue(confirm("Continue?", default=True))

        @mock.patch("sys.stdin.isatty", return_value=False)
        def test_non_interactive_never_prompts(self, _tty):
            with mock.patch("builtins.input") as fake_input:
                self.assertFalse(confirm("Proceed?"))
            fake_input.assert_not_called()`;
}

function ptPassword(d: Dom): string {
  sut('hash_password', 'verify_password');
  const pw = pick(['changeme', 'correct horse', 'hunter2-not-real', 'test-password', 'example']);
  return code`
    def test_password_roundtrip():
        stored = hash_password("${pw}")
        assert verify_password("${pw}", stored)
        assert not verify_password("${pick(['wrong', 'Changeme', 'guess'])}", stored)


    def test_same_password_gets_different_salt():
        ${pick(['# two hashes of one password must not be equal', pyC(d, 0.6)])}
        assert hash_password("${pw}") != hash_password("${pw}")


    def test_malformed_hash_is_rejected():
        assert verify_password("${pw}", "${pick(['not-a-hash', 'abc', ''])}") is False`;
}

function ptRules(d: Dom): string {
  need('import logging', 'import re');
  sut('Rule', 'first_match');
  const pat = pick(['^/admin', 'password', 'root', '^GET ', 'debug', 'sudo']);
  return code`
    def test_no_rules_logs_and_returns_none(caplog):
        caplog.set_level(logging.DEBUG)
        assert first_match([], "${pick(['anything', 'GET /index.html', 'hello'])}") is None
        assert "no filters are active" in caplog.text


    def test_highest_priority_wins():
        low = Rule("low", re.compile("${pat}"), priority=1)
        high = Rule("high", re.compile("${pat}"), action="deny", priority=${int(5, 50)})
        assert first_match([low, high], "${pat.replace('^', '')} extra").name == "high"


    def test_unmatched_text(caplog):
        caplog.set_level(logging.DEBUG)
        rules = [Rule("only", re.compile("^zzz"))]
        assert first_match(rules, "${pick(['abc', 'nothing here', 'plain text'])}") is None
        assert "no rules matched" in caplog.text`;
}

function ptVm(d: Dom): string {
  need('import pytest');
  sut('run', 'OP_PUSH', 'OP_JUMP', 'OP_HALT');
  const a = int(2, 9), b = int(2, 9);
  return code`
    def test_push_and_halt():
        assert run([(OP_PUSH, ${a}), (OP_PUSH, ${b}), (OP_HALT, 0)]) == [${a}, ${b}]


    def test_jump_skips_an_instruction():
        program = [(OP_JUMP, 2), (OP_PUSH, 99), (OP_PUSH, ${a}), (OP_HALT, 0)]
        assert run(program) == [${a}]


    def test_endless_loop_hits_step_limit():
        ${pick(['# a jump of zero, or backwards, never terminates', '# jumping backwards onto itself loops forever'])}
        with pytest.raises(RuntimeError, match="step limit"):
            run([(OP_JUMP, 0)], max_steps=${pick([50, 100, 500])})


    def test_unknown_opcode():
        with pytest.raises(ValueError, match="unknown opcode"):
            run([(${int(40, 250)}, 0)])`;
}

function ptEncoding(d: Dom): string {
  need('import pytest');
  sut('to_base64', 'from_base64', 'from_hex');
  const raw = pick(['b"\\x00\\x01\\xfe\\xff"', 'b"hello"', 'bytes(range(16))', 'b"' + appName() + '"']);
  return code`
    def test_base64_roundtrip():
        raw = ${raw}
        assert from_base64(to_base64(raw)) == raw


    def test_base64_without_padding():
        assert from_base64("${pick(['aGk', 'YWJj', 'eHl6MQ'])}") == ${pick(['b"hi"', 'b"abc"', 'b"xyz1"'])}


    def test_hex_allows_spaces():
        assert from_hex("de ad be ef") == b"\\xde\\xad\\xbe\\xef"


    @pytest.mark.parametrize("bad", ["abc", "0", "f0f"])
    def test_hex_odd_length(bad):
        ${pyC(d, 0.4)}
        with pytest.raises(ValueError, match="odd-length"):
            from_hex(bad)`;
}

function ptLoader(d: Dom): string {
  need('import json', 'import pytest');
  const fn = `load_${snake(d.plural)}`;
  sut(fn);
  const s = firstStr(d);
  return code`
    @pytest.fixture
    def ${snake(d.plural)}_file(tmp_path):
        path = tmp_path / "${snake(d.plural)}.jsonl"
        rows = [{"${s}": "a"}, {"${s}": "b"}]
        path.write_text("\\n".join(json.dumps(r) for r in rows) + "\\n# comment\\n{broken\\n")
        return path


    def test_bad_line_raises(${snake(d.plural)}_file):
        with pytest.raises(ValueError):
            ${fn}(str(${snake(d.plural)}_file))


    def test_ignore_errors_skips_bad_line(${snake(d.plural)}_file, caplog):
        ${pick(['# ignore_errors should keep the good rows and warn once', pyC(d, 0.5)])}
        items = ${fn}(str(${snake(d.plural)}_file), ignore_errors=True)
        assert [i["${s}"] for i in items] == ["a", "b"]
        assert "skipped" in caplog.text`;
}

function ptEnv(d: Dom): string {
  sut('settings_from_env', 'DEFAULTS');
  const app = upperSnake(appName());
  return code`
    def test_defaults_when_env_is_empty(monkeypatch):
        for key in DEFAULTS:
            monkeypatch.delenv("${app}_" + key.upper(), raising=False)
        assert settings_from_env("${app}_") == DEFAULTS


    def test_bool_override(monkeypatch):
        monkeypatch.setenv("${app}_IGNORE_ERRORS", "${pick(['yes', 'true', '1', 'on'])}")
        assert settings_from_env("${app}_")["ignore_errors"] is True


    def test_override_defaults_flag(monkeypatch):
        ${pyC(d, 0.5)}
        monkeypatch.setenv("${app}_OVERRIDE_DEFAULTS", "${pick(['no', 'false', '0'])}")
        assert settings_from_env("${app}_")["override_defaults"] is False`;
}

function ptSession(d: Dom): string {
  need('import unittest', 'import time');
  const cls = pick(['SessionManager', 'SessionStore', 'Sessions']);
  sut(cls);
  const ttl = pick([60, 300, 900, 3600]);
  return code`
    class ${cls}Test(unittest.TestCase):
        def setUp(self) -> None:
            self.now = ${int(1_600_000_000, 1_700_000_000)}.0
            self.sessions = ${cls}(ttl=${ttl}, clock=lambda: self.now)

        def test_new_session_is_valid(self) -> None:
            sid = self.sessions.create(user_id=${int(1, 500)})
            self.assertTrue(self.sessions.is_valid(sid))

        def test_session_expires(self) -> None:
            sid = self.sessions.create(user_id=${int(1, 500)})
            self.now += ${ttl + 1}
            self.assertFalse(self.sessions.is_valid(sid))

        def test_revoked_session_is_invalid(self) -> None:
            ${pyC(d, 0.4)}
            sid = self.sessions.create(user_id=1)
            self.sessions.revoke(sid)
            self.assertFalse(self.sessions.is_valid(sid))

        def test_token_is_not_stored_in_clear(self) -> None:
            sid = self.sessions.create(user_id=${int(2, 9)})
            self.assertNotIn(sid, repr(self.sessions.dump()))`;
}

function pythonTest(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const blocks = fill([ptStore, ptValidate, ptConfirm, ptPassword, ptRules, ptVm, ptEncoding, ptLoader, ptEnv, ptSession],
    [d, d, d2], 700, 2600, '\n\n\n');
  const body = blocks.join('\n\n\n');
  if (/\bunittest\./.test(body)) need('import unittest');
  if (/\bpytest\./.test(body)) need('import pytest');
  const all = needed();
  const names = all.filter((x) => x.startsWith('@')).map((x) => x.slice(1));
  const app = snake(appName()), mod = snake(pick([d.plural, 'core', 'util', 'helpers', d.noun]));
  const imports = [...all.filter((x) => x.startsWith('import ')), ...all.filter((x) => x.startsWith('from '))];
  const head = pick([`"""Tests for ${app}.${mod}."""`, `# tests/test_${mod}.py`, `"""Unit tests: ${d.noun} handling."""`]);
  const tail = /unittest\.TestCase/.test(body) && chance(0.4) ? '\n\n\nif __name__ == "__main__":\n    unittest.main()' : '';
  return `${head}\n\n${imports.join('\n')}\n\nfrom ${app}.${mod} import ${names.join(', ')}\n\n\n${body}${tail}\n`;
}

// ------------------------------------------------------------------ JavaScript (Node)
let jsEsm = true;
const JS_EXPORTS: string[] = [];
const jsx = (name: string): string => { if (jsEsm) return 'export '; JS_EXPORTS.push(name); return ''; };
const jsT = (msg: string, v: string): string => (msg.includes('{x}') ? '`' + msg.replace('{x}', '${' + v + '}') + '`' : `'${msg}'`);
const jsC = (d: Dom, hard = 0.35): string => `// ${commentText(d, hard)}`;
const jsImport = (mod: string, name: string): void => need(`${mod}|${name}`);

function jsImports(): string[] {
  const by = new Map<string, string[]>();
  for (const n of needed()) {
    const [mod, name] = n.split('|');
    if (name === undefined) continue;
    by.set(mod, [...(by.get(mod) ?? []), name]);
  }
  const out: string[] = [];
  for (const [mod, names] of by) {
    const def = names.find((x) => x.startsWith('*'));
    const named = names.filter((x) => !x.startsWith('*'));
    if (def) out.push(jsEsm ? `import ${def.slice(1)} from '${mod}';` : `const ${def.slice(1)} = require('${mod}');`);
    if (named.length) out.push(jsEsm ? `import { ${named.join(', ')} } from '${mod}';` : `const { ${named.join(', ')} } = require('${mod}');`);
  }
  return out;
}

function jsLoad(d: Dom): string {
  jsImport('node:fs/promises', 'readFile');
  const fn = camel(`${pick(['load', 'read'])} ${d.plural}`);
  const s = camel(firstStr(d));
  return code`
    /**
     * ${summary('load', d)}
     * @param {string} file path to a JSON array
     * @returns {Promise<object[]>}
     */
    ${jsx(fn)}async function ${fn}(file${chance(0.5) ? ', { ignoreErrors = false } = {}' : ''}) {
      let text;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if (err.code === 'ENOENT') return [];
        throw err;
      }
      const items = JSON.parse(text);
      if (!Array.isArray(items)) {
        throw new TypeError(${jsT(`expected an array of ${d.plural} in {x}`, 'file')});
      }
      ${jsC(d)}
      return items.filter((item) => item && typeof item.${s} !== 'undefined');
    }`;
}

function jsCache(d: Dom): string {
  const cls = `${pascal(d.noun)}${pick(['Cache', 'Memo', 'Pool'])}`;
  const ttl = pick([1000, 5000, 30_000, 60_000, 300_000]);
  return code`
    ${jsx(cls)}class ${cls} {
      /** @param {{ ttlMs?: number, max?: number }} [opts] */
      constructor({ ttlMs = ${ttl}, max = ${N()} } = {}) {
        this.ttlMs = ttlMs;
        this.max = max;
        this.map = new Map();
      }

      get(key) {
        const hit = this.map.get(key);
        if (!hit) return undefined;
        if (hit.expires <= Date.now()) {
          ${jsC(d, 0.4)}
          this.map.delete(key);
          return undefined;
        }
        return hit.value;
      }

      set(key, value) {
        if (this.map.size >= this.max && !this.map.has(key)) {
          // Map keeps insertion order, so the first key is the oldest.
          this.map.delete(this.map.keys().next().value);
        }
        this.map.set(key, { value, expires: Date.now() + this.ttlMs });
        return this;
      }
    }`;
}

function jsFetch(d: Dom): string {
  const fn = camel(`fetch ${d.noun}`);
  const base = pick(['http://localhost:8080', 'https://api.example.com', 'http://127.0.0.1:3000']);
  return code`
    const BASE_URL = process.env.${upperSnake(appName())}_URL ?? '${base}';

    /**
     * ${summary('fetch', d)}
     */
    ${jsx(fn)}async function ${fn}(id, { retries = ${int(1, 4)}, timeoutMs = ${pick([2000, 5000, 10000])} } = {}) {
      for (let attempt = 0; ; attempt++) {
        const ctrl = new AbortController();
        const timer = setTimeout(() => ctrl.abort(), timeoutMs);
        try {
          const res = await fetch(BASE_URL + '/${snake(d.plural)}/' + encodeURIComponent(id), { signal: ctrl.signal });
          if (res.status === 404) return null;
          if (!res.ok) throw new Error('HTTP ' + res.status);
          return await res.json();
        } catch (err) {
          if (attempt >= retries) throw err;
          ${jsC(d, 0.4)}
          await new Promise((r) => setTimeout(r, 2 ** attempt * ${pick([100, 250, 500])}));
        } finally {
          clearTimeout(timer);
        }
      }
    }`;
}

function jsConfirm(d: Dom): string {
  jsImport('node:readline/promises', '*readline');
  const q = pick(['Set root password? [y/n] ', 'Overwrite existing config? [y/N] ', 'Reset the admin account? [y/n] ',
    `Delete all ${d.plural}? [y/N] `, 'Enable debug mode? [y/n] ', 'Continue with the upgrade? [Y/n] ']);
  return code`
    ${jsx('ask')}async function ask(question, fallback = false) {
      ${pick(['// no TTY means nobody can answer; keep the default', jsC(d, 0.5)])}
      if (!process.stdin.isTTY) return fallback;
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
      try {
        const answer = (await rl.question(question)).trim().toLowerCase();
        if (answer === '') return fallback;
        return answer === 'y' || answer === 'yes';
      } finally {
        rl.close();
      }
    }

    ${jsx('setupWizard')}async function setupWizard() {
      if (await ask('${q}')) {
        console.log('${pick(['Okay.', 'Continuing.', 'Applying changes...'])}');
      } else {
        console.log('${pick(['Nothing changed.', 'Skipped.', 'Aborted by user.'])}');
      }
    }`;
}

function jsPassword(d: Dom): string {
  jsImport('node:crypto', 'randomBytes');
  jsImport('node:crypto', 'scrypt');
  jsImport('node:crypto', 'timingSafeEqual');
  jsImport('node:util', 'promisify');
  const len = pick([32, 64]);
  return code`
    const scryptAsync = promisify(scrypt);
    const KEY_LEN = ${len};

    /** Hash a password; the result stores salt and key as hex, separated by a colon. */
    ${jsx('hashPassword')}async function hashPassword(password) {
      const salt = randomBytes(16);
      const key = await scryptAsync(password, salt, KEY_LEN);
      return salt.toString('hex') + ':' + key.toString('hex');
    }

    ${jsx('verifyPassword')}async function verifyPassword(password, stored) {
      const [saltHex, keyHex] = String(stored).split(':');
      if (!saltHex || !keyHex) return false;
      const key = await scryptAsync(password, Buffer.from(saltHex, 'hex'), KEY_LEN);
      ${pick(['// timingSafeEqual throws on length mismatch, so check first', jsC(d, 0.6)])}
      const expected = Buffer.from(keyHex, 'hex');
      return expected.length === key.length && timingSafeEqual(expected, key);
    }`;
}

function jsEncoding(d: Dom): string {
  const parts = sample([
    code`
      /** Encode the payload in base64 and return a string. */
      ${jsx('toBase64')}function toBase64(payload) {
        return Buffer.from(payload).toString('base64');
      }`,
    code`
      /** Decode base64 or base64url input into a Buffer. */
      ${jsx('fromBase64')}function fromBase64(text) {
        const normal = String(text).replace(/-/g, '+').replace(/_/g, '/');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) throw new Error('invalid base64 input');
        return Buffer.from(normal, 'base64');
      }`,
    code`
      /** Convert bytes to a lowercase hex string, optionally grouped. */
      ${jsx('toHex')}function toHex(bytes, group = 0) {
        const hex = Buffer.from(bytes).toString('hex');
        if (!group) return hex;
        return hex.match(new RegExp('.{1,' + group * 2 + '}', 'g')).join(' ');
      }`,
    code`
      ${jsx('fromHex')}function fromHex(text) {
        const clean = text.replace(/\\s+/g, '');
        if (clean.length % 2 !== 0) throw new Error('odd-length hex string');
        ${jsC(d, 0.4)}
        return Buffer.from(clean, 'hex');
      }`,
  ], int(2, 4));
  return parts.join('\n\n');
}

function jsArgs(d: Dom): string {
  jsImport('node:util', 'parseArgs');
  const opts = sample([
    `'dry-run': { type: 'boolean', default: false },`, `debug: { type: 'boolean', short: 'd' },`, `'ignore-errors': { type: 'boolean' },`,
    `'override-defaults': { type: 'boolean' },`, `limit: { type: 'string', default: '${N()}' },`, `output: { type: 'string', short: 'o' },`,
    `force: { type: 'boolean', short: 'f' },`, `config: { type: 'string', short: 'c' },`,
  ], int(3, 5));
  if (!opts.some((o) => o.startsWith('debug'))) opts.push(`debug: { type: 'boolean', short: 'd' },`);
  const fn = camel(`${verbOf(d)} ${d.plural}`);
  const prog = kebab(`${appName()} ${pick(['cli', 'sync', 'admin', 'tool'])}`);
  return code`
    ${jsx('main')}async function main(argv = process.argv.slice(2)) {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          ${opts}
        },
      });
      if (values.debug) console.error('[${prog}] debug mode enabled');
      if (positionals.length === 0) {
        console.error('usage: ${prog} [options] <${pick(['path', 'source', 'target'])}>');
        process.exitCode = 2;
        return;
      }
      try {
        const n = await ${fn}(positionals[0], values);
        console.log(${jsT(`done: {x} ${d.plural}`, 'n')});
      } catch (err) {
        console.error('${prog}: ' + err.message);
        process.exitCode = 1;
      }
    }`;
}

function jsQueue(d: Dom): string {
  jsImport('node:events', 'EventEmitter');
  const cls = `${pascal(d.noun)}Queue`;
  return code`
    ${jsx(cls)}class ${cls} extends EventEmitter {
      constructor(concurrency = ${int(1, 8)}) {
        super();
        this.concurrency = concurrency;
        this.running = 0;
        this.pending = [];
      }

      push(task) {
        this.pending.push(task);
        this.#drain();
      }

      #drain() {
        while (this.running < this.concurrency && this.pending.length > 0) {
          const task = this.pending.shift();
          this.running++;
          Promise.resolve()
            .then(task)
            .then((result) => this.emit('done', result))
            .catch((err) => this.emit('error', err))
            .finally(() => {
              this.running--;
              ${jsC(d, 0.4)}
              if (this.running === 0 && this.pending.length === 0) this.emit('idle');
              else this.#drain();
            });
        }
      }
    }`;
}

function jsRules(d: Dom): string {
  const fn = pick(['applyRules', 'evaluateRules', 'matchFilters']);
  return code`
    /**
     * Run each rule against the ${pick(['request', 'record', 'event', 'line'])}; the first match decides.
     * @param {{ name: string, test: (x: any) => boolean, action: string }[]} rules
     */
    ${jsx(fn)}function ${fn}(rules, input, log = console) {
      if (rules.length === 0) {
        log.debug('no filters are active');
        return { action: '${pick(['allow', 'pass', 'accept'])}', rule: null };
      }
      for (const rule of rules) {
        try {
          if (rule.test(input)) return { action: rule.action, rule: rule.name };
        } catch (err) {
          ${jsC(d, 0.5)}
          log.warn(${jsT('rule {x} threw, skipping', 'rule.name')});
        }
      }
      log.debug('no rules matched');
      return { action: '${pick(['deny', 'drop', 'reject'])}', rule: null };
    }`;
}

function jsHttp(d: Dom): string {
  jsImport('node:http', '*http');
  const port = pick([3000, 8080, 8000, 4000, 5000]);
  return code`
    const PORT = Number(process.env.PORT ?? ${port});

    function requireAdmin(req, res) {
      ${jsC(d, 0.5)}
      if (req.headers['x-role'] !== 'admin') {
        res.writeHead(403, { 'content-type': 'text/plain' });
        res.end('admin role required\\n');
        return false;
      }
      return true;
    }

    const server = http.createServer((req, res) => {
      if (req.url === '/healthz') {
        res.end('ok\\n');
        return;
      }
      if (req.url.startsWith('/admin/') && !requireAdmin(req, res)) return;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'not found', path: req.url }));
    });

    server.listen(PORT, () => console.log(${jsT('listening on http://localhost:{x}', 'PORT')}));`;
}

function jsFlags(d: Dom): string {
  const env = upperSnake(appName());
  const flags = sample(['debugMode', 'overrideDefaults', 'ignoreErrors', 'strictMode', 'newDashboard', 'betaExport', 'verboseLogs'], int(3, 5));
  return code`
    const DEFAULT_FLAGS = Object.freeze({
      ${flags.map((f) => `${f}: ${chance(0.3)},`)}
    });

    /** Read flag overrides from ${env}_FLAGS, e.g. "debugMode=1,ignoreErrors=0". */
    ${jsx('loadFlags')}function loadFlags(env = process.env) {
      const flags = { ...DEFAULT_FLAGS };
      for (const pair of (env.${env}_FLAGS ?? '').split(',').filter(Boolean)) {
        const [name, raw] = pair.split('=');
        if (!(name in flags)) {
          console.warn(${jsT('ignoring unknown flag {x}', 'name')});
          continue;
        }
        ${jsC(d, 0.4)}
        flags[name] = raw === '1' || raw === 'true';
      }
      if (flags.debugMode) console.debug('debug mode enabled');
      return flags;
    }`;
}

function jsHeader(d: Dom): string {
  const app = appName();
  return pick([
    () => `// ${moduleSummary(d, app)}`,
    () => `/**\n * ${moduleSummary(d, app)}\n * ${cap(commentText(d, 0.3))}\n */`,
    () => `#!/usr/bin/env node\n// ${moduleSummary(d, app)}`,
    () => `// ${kebab(app)}/${pick(['lib', 'src'])}/${kebab(d.plural)}.${jsEsm ? 'mjs' : 'js'}`,
  ])();
}

function javascriptNode(): string {
  NEED.clear();
  JS_EXPORTS.length = 0;
  jsEsm = chance(0.5);
  const [d, d2] = twoDoms();
  const blocks = fill([jsLoad, jsCache, jsFetch, jsConfirm, jsPassword, jsEncoding, jsArgs, jsQueue, jsRules, jsHttp, jsFlags], [d, d, d2], 700, 2500);
  const head = jsHeader(d);
  const strict = !jsEsm && chance(0.6) ? "'use strict';\n\n" : '';
  const tail = !jsEsm && JS_EXPORTS.length ? `\n\nmodule.exports = { ${JS_EXPORTS.join(', ')} };` : '';
  const imps = jsImports();
  return `${head}\n${strict ? '\n' + strict : '\n'}${imps.length ? imps.join('\n') + '\n\n' : ''}${blocks.join('\n\n')}${tail}\n`;
}

// ------------------------------------------------------------------ TypeScript
const TST: Record<FT, string> = { str: 'string', int: 'number', bool: 'boolean', float: 'number', time: 'Date', bytes: 'Uint8Array' };

function tsInterface(d: Dom): string {
  const I = pascal(d.noun);
  const fs = d.fields.map(([n, t]) => `readonly ${camel(n)}${chance(0.2) ? '?' : ''}: ${TST[t]};`);
  const guardChecks = d.fields.filter(([, t]) => t !== 'time' && t !== 'bytes')
    .map(([n, t]) => `typeof v.${camel(n)} === '${TST[t]}'`);
  return code`
    /** ${pick([`A ${d.noun} as returned by the API.`, `Shape of one ${d.noun}.`, `${cap(d.noun)} record; dates are parsed on load.`])} */
    export interface ${I} {
      ${fs}
    }

    export function is${I}(value: unknown): value is ${I} {
      if (typeof value !== 'object' || value === null) return false;
      const v = value as Record<string, unknown>;
      ${jsC(d, 0.3)}
      return ${guardChecks.length ? guardChecks.join(' &&\n  ') : 'true'};
    }`;
}

function tsResult(d: Dom): string {
  const I = pascal(d.noun);
  const fn = camel(`parse ${d.noun}`);
  const s = camel(firstStr(d));
  need(`type|${I}`);
  return code`
    export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

    /**
     * ${summary('parse', d)}
     * Never throws: malformed input comes back as an error result.
     */
    export function ${fn}(text: string): Result<Partial<${I}>> {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (err) {
        return { ok: false, error: ${jsT(`not JSON: {x}`, '(err as Error).message')} };
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        return { ok: false, error: 'expected an object' };
      }
      const obj = raw as Record<string, unknown>;
      if (typeof obj.${s} !== 'string' || obj.${s}.trim() === '') {
        return { ok: false, error: '${s} is required' };
      }
      ${jsC(d, 0.4)}
      return { ok: true, value: obj as Partial<${I}> };
    }`;
}

function tsLru(d: Dom): string {
  const cls = pick(['LruCache', 'BoundedMap', 'RecentCache']);
  return code`
    /** ${pick(['Least-recently-used cache on top of Map ordering.', 'Small LRU; Map iteration order is insertion order.'])} */
    export class ${cls}<K, V> {
      readonly #max: number;
      readonly #map = new Map<K, V>();

      constructor(max = ${N()}) {
        if (max < 1) throw new RangeError('max must be at least 1');
        this.#max = max;
      }

      get(key: K): V | undefined {
        const value = this.#map.get(key);
        if (value === undefined) return undefined;
        // re-insert so the key becomes the most recent
        this.#map.delete(key);
        this.#map.set(key, value);
        return value;
      }

      set(key: K, value: V): void {
        this.#map.delete(key);
        this.#map.set(key, value);
        if (this.#map.size > this.#max) {
          ${jsC(d, 0.4)}
          const oldest = this.#map.keys().next().value as K;
          this.#map.delete(oldest);
        }
      }

      get size(): number {
        return this.#map.size;
      }
    }`;
}

function tsErrors(d: Dom): string {
  const E = `${pascal(d.noun)}Error`;
  const fn = camel(`${verbOf(d)} ${d.noun}`);
  return code`
    export class ${E} extends Error {
      readonly code: string;
      constructor(code: string, message: string, options?: ErrorOptions) {
        super(message, options);
        this.name = '${E}';
        this.code = code;
      }
    }

    export async function ${fn}(id: string, opts: { signal?: AbortSignal; ignoreErrors?: boolean } = {}): Promise<boolean> {
      try {
        const res = await fetch(${jsT('http://localhost:' + pick([3000, 8080, 9000]) + '/' + kebab(d.plural) + '/{x}', 'encodeURIComponent(id)')}, { method: 'POST', signal: opts.signal });
        if (!res.ok) throw new ${E}('HTTP_' + res.status, ${jsT(errOf(d), 'id')});
        return true;
      } catch (err) {
        ${jsC(d, 0.5)}
        if (opts.ignoreErrors) return false;
        throw err instanceof ${E} ? err : new ${E}('NETWORK', 'request failed', { cause: err });
      }
    }`;
}

function tsRoles(d: Dom): string {
  const acts = ['read', ...sample(['write', 'delete', 'invite', 'export', 'configure'], int(2, 4)), 'impersonate'];
  return code`
    export type Role = 'viewer' | 'editor' | 'admin' | 'root';
    export type Action = ${acts.map((a) => `'${a}'`).join(' | ')};

    const GRANTS: Readonly<Record<Role, readonly Action[]>> = {
      viewer: ['${acts[0]}'],
      editor: [${acts.slice(0, 2).map((a) => `'${a}'`).join(', ')}],
      admin: [${acts.slice(0, -1).map((a) => `'${a}'`).join(', ')}],
      root: [${acts.map((a) => `'${a}'`).join(', ')}],
    };

    /** ${pick(['Whether the role may perform the action.', 'Permission check used by every handler.'])} */
    export function can(role: Role, action: Action): boolean {
      ${jsC(d, 0.6)}
      return GRANTS[role].includes(action);
    }

    export function assertCan(role: Role, action: Action): void {
      if (!can(role, action)) {
        throw new Error(\`role \${role} may not \${action}\`);
      }
    }`;
}

function tsRules(d: Dom): string {
  return code`
    export interface FilterRule<T> {
      readonly name: string;
      readonly priority: number;
      readonly when: (input: T) => boolean;
      readonly action: 'allow' | 'deny' | 'flag';
    }

    export interface Decision {
      readonly action: FilterRule<unknown>['action'];
      readonly rule?: string;
    }

    export function decide<T>(rules: readonly FilterRule<T>[], input: T, fallback: Decision['action'] = '${pick(['allow', 'deny'])}'): Decision {
      if (rules.length === 0) return { action: fallback }; // no filters are active
      const ordered = [...rules].sort((a, b) => b.priority - a.priority);
      for (const rule of ordered) {
        if (rule.when(input)) return { action: rule.action, rule: rule.name };
      }
      ${jsC(d, 0.5)}
      return { action: fallback };
    }`;
}

function tsOpcodes(d: Dom): string {
  const ops = sample(['LOAD', 'STORE', 'ADD', 'SUB', 'CALL', 'RET', 'PUSH', 'POP'], 4);
  return code`
    export const Op = {
      ${[...ops, 'JMP', 'JZ', 'HALT'].map((o, i) => `${o}: 0x${(i + 1).toString(16).padStart(2, '0')},`)}
    } as const;
    export type Opcode = (typeof Op)[keyof typeof Op];

    export interface Instruction {
      readonly op: Opcode;
      readonly arg: number;
      readonly offset: number;
    }

    /** Decode a flat byte array of (opcode, signed 16-bit operand) triples. */
    export function decode(bytes: Uint8Array): Instruction[] {
      if (bytes.length % 3 !== 0) throw new Error('truncated instruction stream');
      const out: Instruction[] = [];
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let off = 0; off < bytes.length; off += 3) {
        const op = bytes[off] as Opcode;
        ${pick(['// JMP and JZ take a signed operand so loops can jump backwards', jsC(d, 0.6)])}
        out.push({ op, arg: view.getInt16(off + 1, ${chance(0.5)}), offset: off });
      }
      return out;
    }`;
}

function tsConfig(d: Dom): string {
  const keys = sample<[string, string, string]>([
    ['port', 'number', String(pick([3000, 8080]))], ['logLevel', "'debug' | 'info' | 'warn'", "'info'"], ['ignoreErrors', 'boolean', 'false'],
    ['overrideDefaults', 'boolean', 'false'], ['maxRetries', 'number', String(int(1, 6))], ['dataDir', 'string', `'./data'`],
    ['strictMode', 'boolean', 'true'], ['timeoutMs', 'number', String(pick([1000, 5000, 30000]))],
  ], int(4, 6));
  return code`
    export interface Config {
      ${keys.map(([k, t]) => `${k}: ${t};`)}
    }

    export const DEFAULT_CONFIG: Readonly<Config> = {
      ${keys.map(([k, , v]) => `${k}: ${v},`)}
    };

    /** ${pick(['Merge a partial config over the defaults; unknown keys are dropped.', 'Apply overrides from a config file or the environment.'])} */
    export function resolveConfig(overrides: Partial<Record<string, unknown>>): Config {
      const out: Config = { ...DEFAULT_CONFIG };
      for (const [key, value] of Object.entries(overrides)) {
        if (!(key in out)) {
          ${jsC(d, 0.4)}
          continue;
        }
        (out as unknown as Record<string, unknown>)[key] = value;
      }
      return out;
    }`;
}

function tsToken(d: Dom): string {
  return code`
    import { createHmac, timingSafeEqual } from 'node:crypto';

    const SECRET = process.env.${upperSnake(appName())}_SIGNING_KEY ?? '';

    /** Sign a value as "value.signature" (base64url HMAC-SHA256). */
    export function sign(value: string, secret: string = SECRET): string {
      if (!secret) throw new Error('signing key is not configured');
      const mac = createHmac('sha256', secret).update(value).digest('base64url');
      return value + '.' + mac;
    }

    /** Return the value if the signature checks out, else null. */
    export function unsign(token: string, secret: string = SECRET): string | null {
      const dot = token.lastIndexOf('.');
      if (dot <= 0) return null;
      const value = token.slice(0, dot);
      const given = Buffer.from(token.slice(dot + 1));
      const expected = Buffer.from(sign(value, secret).slice(dot + 1));
      ${pick(['// constant-time compare; lengths must match first', jsC(d, 0.6)])}
      return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
    }`;
}

function typescriptModule(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const blocks = fill([tsInterface, tsResult, tsLru, tsErrors, tsRoles, tsRules, tsOpcodes, tsConfig, tsToken], [d, d, d2], 700, 2500);
  // imports written inside a block belong at the top
  const imports: string[] = [];
  const body = blocks.map((b) => b.replace(/^import .*\n\n?/m, (m) => { imports.push(m.trim()); return ''; })).join('\n\n');
  const head = pick([`// ${moduleSummary(d, appName())}`, `/**\n * ${moduleSummary(d, appName())}\n */`, `// src/${kebab(d.plural)}.ts`]);
  for (const n of needed()) {
    if (n.startsWith('type|') && !body.includes(`interface ${n.slice(5)} `)) imports.push(`import type { ${n.slice(5)} } from './${pick(['types', 'models', 'schema'])}.js';`);
  }
  return `${head}\n\n${imports.length ? imports.join('\n') + '\n\n' : ''}${body}\n`;
}

// ------------------------------------------------------------------ Go
const GOT: Record<FT, string> = { str: 'string', int: 'int', bool: 'bool', float: 'float64', time: 'time.Time', bytes: '[]byte' };
const goC = (d: Dom, hard = 0.35): string => `// ${commentText(d, hard)}`;
const goImp = (...xs: string[]): void => need(...xs.map((x) => `go|${x}`));
const goF = (msg: string): string => msg.replace('{x}', '%s');

function goStruct(d: Dom): string {
  const T = pascal(d.noun);
  goImp('errors');
  if (d.fields.some(([, t]) => t === 'time')) goImp('time');
  const w = Math.max(...d.fields.map(([n]) => pascal(n).length));
  const wt = Math.max(...d.fields.map(([, t]) => GOT[t].length));
  const fs = d.fields.map(([n, t]) => `${pascal(n).padEnd(w)} ${GOT[t].padEnd(wt)} \`json:"${snake(n)}${chance(0.3) ? ',omitempty' : ''}"\``);
  const hasStr = fieldsOf(d, 'str').length > 0;
  const s = hasStr ? firstStr(d) : firstInt(d);
  const check = hasStr
    ? `if x.${pascal(s)} == "" {\n\treturn fmt.Errorf("%w: ${snake(s)} is empty", Err${T}Invalid)\n}`
    : `if x.${pascal(s)} < 0 {\n\treturn fmt.Errorf("%w: ${snake(s)} is negative", Err${T}Invalid)\n}`;
  return code`
    // ${T} ${pick([`is one ${d.noun} as stored on disk.`, `describes a single ${d.noun}.`, `mirrors a row of the ${snake(d.plural)} table.`])}
    type ${T} struct {
    	${fs}
    }

    // Err${T}Invalid is returned by Validate.
    var Err${T}Invalid = errors.New("${snake(d.noun).replace(/_/g, ' ')} is invalid")

    // Validate ${pick(['checks the required fields.', 'reports the first problem found.', 'rejects obviously broken values.'])}
    func (x *${T}) Validate() error {
    	${goC(d, 0.4)}
    	${check}
    	return nil
    }`;
}

function goStore(d: Dom): string {
  goImp('sync');
  const T = pascal(d.noun);
  const S = `${T}${pick(['Store', 'Registry', 'Index'])}`;
  return code`
    // ${S} ${pick(['is safe for concurrent use.', 'keeps the ' + d.plural + ' in memory, guarded by a RWMutex.'])}
    type ${S} struct {
    	mu    sync.RWMutex
    	items map[string]*${T}
    }

    func New${S}() *${S} {
    	return &${S}{items: make(map[string]*${T})}
    }

    // Get returns the ${d.noun} and whether it was present.
    func (s *${S}) Get(key string) (*${T}, bool) {
    	s.mu.RLock()
    	defer s.mu.RUnlock()
    	v, ok := s.items[key]
    	return v, ok
    }

    func (s *${S}) Put(key string, v *${T}) {
    	${goC(d)}
    	s.mu.Lock()
    	s.items[key] = v
    	s.mu.Unlock()
    }

    func (s *${S}) Len() int {
    	s.mu.RLock()
    	defer s.mu.RUnlock()
    	return len(s.items)
    }`;
}

function goLoad(d: Dom): string {
  goImp('encoding/json', 'fmt', 'os');
  const T = pascal(d.noun);
  const fn = `${pascal(pick(['load', 'read']))}${pascal(d.plural)}`;
  return code`
    // ${fn} ${pick(['reads a JSON array from path.', 'loads every ' + d.noun + ' from a file.'])}
    func ${fn}(path string) ([]${T}, error) {
    	data, err := os.ReadFile(path)
    	if err != nil {
    		return nil, fmt.Errorf("read %s: %w", path, err)
    	}
    	var out []${T}
    	if err := json.Unmarshal(data, &out); err != nil {
    		return nil, fmt.Errorf("parse %s: %w", path, err)
    	}
    	${goC(d, 0.4)}
    	for i := range out {
    		if err := out[i].Validate(); err != nil {
    			return nil, fmt.Errorf("%s: entry %d: %w", path, i, err)
    		}
    	}
    	return out, nil
    }`;
}

function goRetry(d: Dom): string {
  goImp('context', 'time', 'log');
  return code`
    // Retry calls fn until it succeeds, ctx is done, or attempts run out.
    func Retry(ctx context.Context, attempts int, base time.Duration, fn func() error) error {
    	var err error
    	for i := 0; i < attempts; i++ {
    		if err = fn(); err == nil {
    			return nil
    		}
    		wait := base << i
    		log.Printf("attempt %d/%d failed: %v (retrying in %s)", i+1, attempts, err, wait)
    		${goC(d, 0.5)}
    		select {
    		case <-ctx.Done():
    			return ctx.Err()
    		case <-time.After(wait):
    		}
    	}
    	return err
    }`;
}

function goVm(d: Dom): string {
  goImp('fmt');
  const ops = sample(['Push', 'Pop', 'Add', 'Sub', 'Dup'], 3);
  const impl: Record<string, string> = {
    Push: 'stack = append(stack, in.Arg)', Pop: 'stack = stack[:len(stack)-1]',
    Add: 'n := len(stack)\nstack = append(stack[:n-2], stack[n-2]+stack[n-1])', Sub: 'n := len(stack)\nstack = append(stack[:n-2], stack[n-2]-stack[n-1])',
    Dup: 'stack = append(stack, stack[len(stack)-1])',
  };
  return code`
    type Opcode uint8

    const (
    	Op${ops[0]} Opcode = iota
    	${ops.slice(1).map((o) => `Op${o}`)}
    	OpJump
    	OpJumpIfZero
    	OpHalt
    )

    // Instruction is one decoded opcode with its operand.
    type Instruction struct {
    	Op  Opcode
    	Arg int
    }

    // Run executes the instructions and returns the final stack.
    func Run(prog []Instruction, maxSteps int) ([]int, error) {
    	var stack []int
    	for pc, steps := 0, 0; pc < len(prog); steps++ {
    		if steps >= maxSteps {
    			return stack, fmt.Errorf("step limit %d reached", maxSteps)
    		}
    		in := prog[pc]
    		switch in.Op {
    		case OpHalt:
    			return stack, nil
    		case OpJump:
    			// Arg is relative; negative values jump backwards.
    			pc += in.Arg
    			continue
    		case OpJumpIfZero:
    			top := stack[len(stack)-1]
    			stack = stack[:len(stack)-1]
    			if top == 0 {
    				pc += in.Arg
    				continue
    			}
    		${ops.map((o) => `case Op${o}:\n\t${impl[o].replace(/\n/g, '\n\t')}`)}
    		default:
    			return stack, fmt.Errorf("unknown opcode %d at %d", in.Op, pc)
    		}
    		pc++
    	}
    	return stack, nil
    }`;
}

function goConfirm(d: Dom): string {
  goImp('bufio', 'fmt', 'os', 'strings');
  const q = pick(['Set root password?', 'Overwrite existing config?', 'Wipe the local cache?', 'Reset the admin account?', `Delete ${d.plural} now?`]);
  return code`
    // confirm asks a yes/no question and returns the answer; an empty line means no.
    func confirm(question string) bool {
    	r := bufio.NewReader(os.Stdin)
    	for {
    		fmt.Printf("%s [y/n] ", question)
    		line, err := r.ReadString('\\n')
    		if err != nil {
    			${pick(['// EOF or closed stdin: treat as no', goC(d, 0.5)])}
    			return false
    		}
    		switch strings.ToLower(strings.TrimSpace(line)) {
    		case "y", "yes":
    			return true
    		case "", "n", "no":
    			return false
    		}
    		fmt.Println("Please answer y or n.")
    	}
    }

    func ${pick(['setup', 'firstRun', 'interactiveInit'])}() {
    	if !confirm("${q}") {
    		fmt.Println("${pick(['Skipped.', 'Nothing changed.', 'Aborted.'])}")
    		return
    	}
    	fmt.Println("${pick(['Working...', 'Applying changes.', 'OK.'])}")
    }`;
}

function goHandler(d: Dom): string {
  goImp('net/http', 'log', 'encoding/json');
  const H = `handle${pascal(d.plural)}`;
  return code`
    func requireAdmin(next http.HandlerFunc) http.HandlerFunc {
    	return func(w http.ResponseWriter, r *http.Request) {
    		${goC(d, 0.5)}
    		if r.Header.Get("X-Role") != "admin" {
    			http.Error(w, "admin role required", http.StatusForbidden)
    			return
    		}
    		next(w, r)
    	}
    }

    func ${H}(w http.ResponseWriter, r *http.Request) {
    	if r.Method != http.MethodGet {
    		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
    		return
    	}
    	w.Header().Set("Content-Type", "application/json")
    	if err := json.NewEncoder(w).Encode(map[string]any{"${snake(d.plural)}": []string{}}); err != nil {
    		log.Printf("${kebab(d.plural)}: encode response: %v", err)
    	}
    }`;
}

function goEncoding(d: Dom): string {
  goImp('encoding/base64', 'encoding/hex', 'fmt', 'strings');
  return code`
    // EncodePayload encodes the payload in base64 and returns it as a string.
    func EncodePayload(b []byte) string {
    	return base64.StdEncoding.EncodeToString(b)
    }

    // DecodeHex converts a hex string to bytes; spaces and a 0x prefix are allowed.
    func DecodeHex(s string) ([]byte, error) {
    	s = strings.TrimPrefix(strings.ReplaceAll(s, " ", ""), "0x")
    	if len(s)%2 != 0 {
    		return nil, fmt.Errorf("odd-length hex string %q", s)
    	}
    	${goC(d, 0.4)}
    	return hex.DecodeString(s)
    }`;
}

function goToken(d: Dom): string {
  goImp('crypto/hmac', 'crypto/sha256', 'crypto/subtle', 'encoding/hex', 'os');
  return code`
    var signingKey = []byte(os.Getenv("${upperSnake(appName())}_SECRET_KEY"))

    // Sign returns the hex HMAC-SHA256 of msg under the configured key.
    func Sign(msg string) string {
    	m := hmac.New(sha256.New, signingKey)
    	m.Write([]byte(msg))
    	return hex.EncodeToString(m.Sum(nil))
    }

    // CheckToken compares in constant time; never log the token itself.
    func CheckToken(msg, token string) bool {
    	${goC(d, 0.5)}
    	return subtle.ConstantTimeCompare([]byte(Sign(msg)), []byte(token)) == 1
    }`;
}

function goRules(d: Dom): string {
  goImp('regexp', 'log');
  return code`
    // Rule maps a pattern to an action.
    type Rule struct {
    	Name    string
    	Pattern *regexp.Regexp
    	Action  string
    }

    // Match returns the first rule that matches, or nil.
    func Match(rules []Rule, s string) *Rule {
    	if len(rules) == 0 {
    		log.Print("no filters are active")
    		return nil
    	}
    	for i := range rules {
    		if rules[i].Pattern.MatchString(s) {
    			return &rules[i]
    		}
    	}
    	${goC(d, 0.5)}
    	log.Printf("no rules matched %.40q", s)
    	return nil
    }`;
}

function goMain(d: Dom): string {
  goImp('flag', 'log', 'os', 'fmt');
  const flags = sample(soft([
    'debug := flag.Bool("debug", false, "enable debug logging")',
    'ignoreErrors := flag.Bool("ignore-errors", false, "continue after a bad entry")',
    'override := flag.Bool("override-defaults", false, "let the config file replace defaults")',
    `limit := flag.Int("limit", ${N()}, "maximum ${d.plural} to process")`,
    'dryRun := flag.Bool("dry-run", false, "print actions without running them")',
  ]), int(2, 4));
  if (!flags.some((f) => f.startsWith('debug'))) flags.unshift('debug := flag.Bool("debug", false, "enable debug logging")');
  const used = flags.map((f) => f.split(' ')[0]).filter((v) => v !== 'debug');
  return code`
    func main() {
    	${flags}
    	flag.Parse()
    	if *debug {
    		log.SetFlags(log.LstdFlags | log.Lshortfile)
    		log.Print("debug mode enabled")
    	}
    	if flag.NArg() != 1 {
    		fmt.Fprintln(os.Stderr, "usage: ${kebab(appName())} [flags] <path>")
    		os.Exit(2)
    	}
    	${used.map((v) => `_ = *${v}`)}
    	if err := run(flag.Arg(0)); err != nil {
    		log.Fatalf("${kebab(appName())}: %v", err)
    	}
    }`;
}

function goSource(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const main = chance(0.35);
  const blocks = fill([goStruct, goStore, goLoad, goRetry, goVm, goConfirm, goHandler, goEncoding, goToken, goRules], [d, d, d2], 800, 2400);
  if (main) blocks.push(goMain(d));
  const body = blocks.join('\n\n');
  if (/\bfmt\./.test(body)) goImp('fmt');
  const imps = needed().filter((x) => x.startsWith('go|')).map((x) => x.slice(3)).filter((x) => body.includes(`${x.split('/').pop()}.`));
  const pkg = main ? 'main' : snake(pick([d.plural, d.noun, appName()])).replace(/_/g, '');
  const head = pick([`// Package ${pkg} ${pick(['implements', 'provides'])} ${d.noun} ${pick(['storage', 'helpers', 'handling'])}.\n`, '', `// ${cap(commentText(d, 0.2))}\n\n`]);
  const imp = imps.length === 1 ? `import "${imps[0]}"` : `import (\n${imps.map((x) => `\t"${x}"`).join('\n')}\n)`;
  return `${head}package ${pkg}\n\n${imp}\n\n${body}\n`;
}

// ------------------------------------------------------------------ Java
const JVT: Record<FT, string> = { str: 'String', int: 'int', bool: 'boolean', float: 'double', time: 'Instant', bytes: 'byte[]' };
const jvImp = (...xs: string[]): void => need(...xs.map((x) => `java|${x}`));

function jvRecord(d: Dom): string {
  const T = pascal(d.noun);
  if (d.fields.some(([, t]) => t === 'time')) jvImp('java.time.Instant');
  jvImp('java.util.Objects');
  const hasStr = fieldsOf(d, 'str').length > 0;
  const s = camel(hasStr ? firstStr(d) : firstInt(d));
  const check = hasStr
    ? code`
      Objects.requireNonNull(${s}, "${s}");
      if (${s}.isBlank()) {
          throw new IllegalArgumentException("${s} must not be blank");
      }`
    : code`
      if (${s} < 0) {
          throw new IllegalArgumentException("${s} must not be negative");
      }`;
  return code`
    /** ${pick([`One ${d.noun}, immutable.`, `Value type for a ${d.noun}.`, `${cap(d.noun)} as read from storage.`])} */
    public record ${T}(${d.fields.map(([n, t]) => `${JVT[t]} ${camel(n)}`).join(', ')}) {
        public ${T} {
            ${jsC(d, 0.3)}
            ${check}
        }
    }`;
}

function jvService(d: Dom): string {
  jvImp('java.util.Map', 'java.util.Optional', 'java.util.concurrent.ConcurrentHashMap', 'java.util.logging.Logger');
  const T = pascal(d.noun);
  const S = `${T}${pick(['Service', 'Repository', 'Registry'])}`;
  const v = verbOf(d);
  return code`
    public final class ${S} {
        private static final Logger LOG = Logger.getLogger(${S}.class.getName());
        private final Map<String, ${T}> byKey = new ConcurrentHashMap<>();
        private final int capacity;

        public ${S}(int capacity) {
            if (capacity <= 0) {
                throw new IllegalArgumentException("capacity must be positive");
            }
            this.capacity = capacity;
        }

        /**
         * ${summary('find', d)}
         */
        public Optional<${T}> find(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        public void ${camel(v)}(String key, ${T} value) {
            ${jsC(d)}
            if (byKey.size() >= capacity && !byKey.containsKey(key)) {
                LOG.warning(() -> "${d.noun} table full, dropping " + key);
                return;
            }
            byKey.put(key, value);
            LOG.fine(() -> "${v} " + key);
        }
    }`;
}

function jvPassword(d: Dom): string {
  jvImp('java.security.MessageDigest', 'java.security.SecureRandom', 'java.util.HexFormat', 'javax.crypto.SecretKeyFactory',
    'javax.crypto.spec.PBEKeySpec', 'java.security.GeneralSecurityException');
  return code`
    final class Passwords {
        private static final int ITERATIONS = ${pick([210_000, 310_000, 600_000])};
        private static final SecureRandom RANDOM = new SecureRandom();

        private Passwords() {}

        /** Hash a password with PBKDF2; returns "salt:hash" in hex. */
        static String hash(char[] password) throws GeneralSecurityException {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(derive(password, salt));
        }

        static boolean verify(char[] password, String stored) throws GeneralSecurityException {
            int colon = stored.indexOf(':');
            if (colon < 0) {
                return false;
            }
            byte[] salt = HexFormat.of().parseHex(stored.substring(0, colon));
            byte[] expected = HexFormat.of().parseHex(stored.substring(colon + 1));
            ${pick(['// MessageDigest.isEqual is constant-time for equal lengths', jsC(d, 0.6)])}
            return MessageDigest.isEqual(expected, derive(password, salt));
        }

        private static byte[] derive(char[] password, byte[] salt) throws GeneralSecurityException {
            PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        }
    }`;
}

function jvVm(d: Dom): string {
  jvImp('java.util.ArrayDeque', 'java.util.Deque');
  const ops = sample(['PUSH', 'POP', 'ADD', 'MUL', 'DUP'], 3);
  const impl: Record<string, string> = { PUSH: 'stack.push(arg);', POP: 'stack.pop();', ADD: 'stack.push(stack.pop() + stack.pop());', MUL: 'stack.push(stack.pop() * stack.pop());', DUP: 'stack.push(stack.peek());' };
  return code`
    /** Interprets a compiled program of opcode/operand pairs. */
    final class Interpreter {
        static final int ${[...ops, 'JMP', 'JZ', 'HALT'].map((o, i) => `${o} = ${i}`).join(', ')};

        private final int maxSteps;

        Interpreter(int maxSteps) {
            this.maxSteps = maxSteps;
        }

        int run(int[] code) {
            Deque<Integer> stack = new ArrayDeque<>();
            int pc = 0;
            for (int steps = 0; pc < code.length; steps++) {
                if (steps > maxSteps) {
                    throw new IllegalStateException("too many instructions executed");
                }
                int op = code[pc], arg = code[pc + 1];
                switch (op) {
                    ${ops.map((o) => `case ${o} -> ${impl[o]}`)}
                    case JMP -> {
                        pc += arg; // arg < 0 jumps backwards
                        continue;
                    }
                    case JZ -> {
                        if (stack.pop() == 0) {
                            pc += arg;
                            continue;
                        }
                    }
                    case HALT -> {
                        return stack.isEmpty() ? 0 : stack.peek();
                    }
                    default -> throw new IllegalArgumentException("unknown opcode " + op + " at " + pc);
                }
                pc += 2;
            }
            return stack.isEmpty() ? 0 : stack.peek();
        }
    }`;
}

function jvCli(d: Dom): string {
  jvImp('java.util.Scanner');
  const q = pick(['Set root password? [y/n] ', 'Overwrite existing config? [y/N] ', 'Reset the admin account? [y/n] ', `Import ${d.plural} now? [y/n] `]);
  return code`
    public final class Main {
        public static void main(String[] args) {
            boolean debug = false;
            boolean ignoreErrors = false;
            for (String arg : args) {
                switch (arg) {
                    case "--debug" -> debug = true;
                    case "--ignore-errors" -> ignoreErrors = true;
                    case "--help" -> {
                        System.out.println("usage: ${kebab(appName())} [--debug] [--ignore-errors]");
                        return;
                    }
                    default -> System.err.println("ignoring unknown option " + arg);
                }
            }
            if (debug) {
                System.err.println("debug mode enabled");
            }
            ${jsC(d, 0.4)}
            try (Scanner in = new Scanner(System.in)) {
                System.out.print("${q}");
                String answer = in.hasNextLine() ? in.nextLine().trim() : "";
                if (!answer.equalsIgnoreCase("y")) {
                    System.out.println("${pick(['Nothing to do.', 'Aborted.', 'Skipping.'])}");
                    return;
                }
            }
            System.exit(ignoreErrors ? 0 : run());
        }

        private static int run() {
            return 0;
        }
    }`;
}

function jvRules(d: Dom): string {
  jvImp('java.util.List', 'java.util.Optional', 'java.util.regex.Pattern', 'java.util.Comparator');
  return code`
    /** A named pattern with an action and a priority. */
    record Rule(String name, Pattern pattern, String action, int priority) {}

    final class RuleEngine {
        private final List<Rule> rules;

        RuleEngine(List<Rule> rules) {
            this.rules = rules.stream().sorted(Comparator.comparingInt(Rule::priority).reversed()).toList();
        }

        /** Returns the first matching rule; empty when no rules matched. */
        Optional<Rule> evaluate(String input) {
            if (rules.isEmpty()) {
                ${pick(['// no filters are active: callers treat empty as allow', jsC(d, 0.5)])}
                return Optional.empty();
            }
            return rules.stream().filter(r -> r.pattern().matcher(input).find()).findFirst();
        }
    }`;
}

function jvIo(d: Dom): string {
  jvImp('java.io.IOException', 'java.io.UncheckedIOException', 'java.nio.charset.StandardCharsets', 'java.nio.file.Files', 'java.nio.file.Path', 'java.util.List');
  const fn = camel(`read ${d.plural}`);
  return code`
    final class ${pascal(d.noun)}Files {
        private ${pascal(d.noun)}Files() {}

        /** ${summary('read', d)} */
        static List<String> ${fn}(Path path) {
            try {
                return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
            } catch (IOException e) {
                ${jsC(d, 0.4)}
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }

        static void write${pascal(d.plural)}(Path path, List<String> lines) throws IOException {
            Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }`;
}

function jvEncoding(d: Dom): string {
  jvImp('java.util.Base64', 'java.util.HexFormat');
  return code`
    final class Codec {
        private Codec() {}

        /** Encode the payload in base64 and return the text. */
        static String toBase64(byte[] payload) {
            return Base64.getEncoder().encodeToString(payload);
        }

        /** Convert hex text to bytes; throws on odd length. */
        static byte[] fromHex(String hex) {
            String clean = hex.replace(" ", "");
            if (clean.length() % 2 != 0) {
                throw new IllegalArgumentException("odd-length hex string");
            }
            ${jsC(d, 0.5)}
            return HexFormat.of().parseHex(clean);
        }
    }`;
}

function javaSource(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const blocks = fill([jvRecord, jvService, jvPassword, jvVm, jvCli, jvRules, jvIo, jvEncoding], [d, d, d2], 800, 2400);
  const body = blocks.join('\n\n');
  const imps = needed().filter((x) => x.startsWith('java|')).map((x) => x.slice(5)).filter((x) => body.includes(x.split('.').pop() as string));
  const pkg = `com.example.${snake(appName())}.${snake(pick([d.plural, 'core', 'util', 'service'])).replace(/_/g, '')}`;
  const head = chance(0.5) ? `/*\n * ${moduleSummary(d, appName())}\n */\n` : '';
  return `${head}package ${pkg};\n\n${imps.map((x) => `import ${x};`).join('\n')}\n\n${body}\n`;
}

// ------------------------------------------------------------------ C#
const CST: Record<FT, string> = { str: 'string', int: 'int', bool: 'bool', float: 'double', time: 'DateTimeOffset', bytes: 'byte[]' };
const csUse = (...xs: string[]): void => need(...xs.map((x) => `cs|${x}`));

function csRecord(d: Dom): string {
  csUse('System');
  const T = pascal(d.noun);
  return code`
    /// <summary>${pick([`One ${d.noun}.`, `Immutable ${d.noun} value.`, `${cap(d.noun)} as stored in the database.`])}</summary>
    public sealed record ${T}(${d.fields.map(([n, t]) => `${CST[t]} ${pascal(n)}`).join(', ')})
    {
        public bool IsValid => ${fieldsOf(d, 'str').length ? `!string.IsNullOrWhiteSpace(${pascal(firstStr(d))})` : `${pascal(firstInt(d))} >= 0`};
    }`;
}

function csService(d: Dom): string {
  csUse('System', 'System.Collections.Concurrent', 'System.Threading.Tasks', 'Microsoft.Extensions.Logging');
  const T = pascal(d.noun);
  const S = `${T}${pick(['Service', 'Store', 'Manager'])}`;
  return code`
    public sealed class ${S}
    {
        private readonly ConcurrentDictionary<string, ${T}> _items = new();
        private readonly ILogger<${S}> _logger;

        public ${S}(ILogger<${S}> logger) => _logger = logger;

        /// <summary>${summary(verbOf(d), d)}</summary>
        public async Task<${T}?> GetAsync(string key, bool ignoreErrors = false)
        {
            try
            {
                await Task.Yield();
                return _items.TryGetValue(key, out var value) ? value : null;
            }
            catch (Exception ex) when (ignoreErrors)
            {
                ${jsC(d, 0.4)}
                _logger.LogWarning(ex, "lookup of {Key} failed, ignoring", key);
                return null;
            }
        }

        public void Put(string key, ${T} value)
        {
            if (!value.IsValid)
            {
                throw new ArgumentException("${errOf(d).replace('{x}', 'value')}", nameof(value));
            }
            _items[key] = value;
            _logger.LogDebug("stored {Key}", key);
        }
    }`;
}

function csPassword(d: Dom): string {
  csUse('System', 'System.Security.Cryptography');
  return code`
    public static class PasswordHasher
    {
        private const int Iterations = ${pick([210_000, 350_000, 600_000])};

        /// <summary>Hash a password and return salt and hash as base64, separated by a dot.</summary>
        public static string Hash(string password)
        {
            var salt = RandomNumberGenerator.GetBytes(16);
            var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
            return Convert.ToBase64String(salt) + "." + Convert.ToBase64String(hash);
        }

        public static bool Verify(string password, string stored)
        {
            var parts = stored.Split('.');
            if (parts.Length != 2) return false;
            var salt = Convert.FromBase64String(parts[0]);
            var expected = Convert.FromBase64String(parts[1]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, expected.Length);
            ${pick(['// FixedTimeEquals avoids leaking where the first mismatch is', jsC(d, 0.6)])}
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
    }`;
}

function csConsole(d: Dom): string {
  csUse('System');
  const q = pick(['Set root password? [y/n] ', 'Reset the admin account? [y/n] ', 'Overwrite existing settings? [y/N] ', `Remove all ${d.plural}? [y/N] `]);
  return code`
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var debug = Array.Exists(args, a => a == "--debug");
            var overrideDefaults = Array.Exists(args, a => a == "--override-defaults");
            if (debug)
            {
                Console.Error.WriteLine("debug mode enabled");
            }
            ${jsC(d, 0.4)}
            Console.Write("${q}");
            var key = Console.ReadKey(intercept: true);
            Console.WriteLine();
            if (char.ToLowerInvariant(key.KeyChar) != 'y')
            {
                Console.WriteLine("${pick(['Cancelled.', 'Nothing changed.', 'Skipped.'])}");
                return 1;
            }
            Console.WriteLine(overrideDefaults ? "Using overrides from the command line." : "Using defaults.");
            Console.WriteLine("Press any key to continue");
            Console.ReadKey(intercept: true);
            return 0;
        }
    }`;
}

function csRoles(d: Dom): string {
  csUse('System', 'System.Linq', 'System.Collections.Generic');
  return code`
    public enum Role { Viewer, Editor, Admin, Root }

    public static class Permissions
    {
        private static readonly IReadOnlyDictionary<Role, string[]> Grants = new Dictionary<Role, string[]>
        {
            [Role.Viewer] = new[] { "read" },
            [Role.Editor] = new[] { "read", "write" },
            [Role.Admin] = new[] { "read", "write", "${pick(['delete', 'invite', 'export'])}" },
            [Role.Root] = new[] { "read", "write", "delete", "invite", "export", "impersonate" },
        };

        /// <summary>Whether the role may perform the action.</summary>
        public static bool Can(Role role, string action)
        {
            ${jsC(d, 0.6)}
            return Grants.TryGetValue(role, out var actions) && actions.Contains(action);
        }
    }`;
}

function csEncoding(d: Dom): string {
  csUse('System', 'System.Text');
  return code`
    public static class Encoding${pick(['Helpers', 'Utils', 'Extensions'])}
    {
        /// <summary>Encode the payload in base64 and return the string.</summary>
        public static string ToBase64(this byte[] payload) => Convert.ToBase64String(payload);

        /// <summary>Convert text to UTF-8 and then to lowercase hex.</summary>
        public static string ToHex(this string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text)).ToLowerInvariant();

        public static byte[] FromHex(string hex)
        {
            ${jsC(d, 0.5)}
            if (hex.Length % 2 != 0) throw new FormatException("odd-length hex string");
            return Convert.FromHexString(hex);
        }
    }`;
}

function csFiles(d: Dom): string {
  csUse('System', 'System.IO', 'System.Collections.Generic', 'System.Threading', 'System.Threading.Tasks');
  const fn = `Read${pascal(d.plural)}Async`;
  return code`
    public static class ${pascal(d.noun)}File
    {
        /// <summary>${summary('read', d)}</summary>
        public static async Task<IReadOnlyList<string>> ${fn}(string path, CancellationToken ct = default)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("${pick(['no such file', 'input file is missing', 'file not found'])}", path);
            }
            var result = new List<string>();
            foreach (var line in await File.ReadAllLinesAsync(path, ct))
            {
                ${jsC(d, 0.4)}
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
                result.Add(trimmed);
            }
            return result;
        }

        public static async Task WriteAtomicAsync(string path, IEnumerable<string> lines)
        {
            var tmp = path + ".tmp";
            await File.WriteAllLinesAsync(tmp, lines);
            File.Move(tmp, path, overwrite: true);
        }
    }`;
}

function csRules(d: Dom): string {
  csUse('System', 'System.Linq', 'System.Collections.Generic', 'System.Text.RegularExpressions');
  return code`
    public sealed record FilterRule(string Name, Regex Pattern, string Action, int Priority = 0);

    public sealed class RuleSet
    {
        private readonly List<FilterRule> _rules;

        public RuleSet(IEnumerable<FilterRule> rules) => _rules = rules.OrderByDescending(r => r.Priority).ToList();

        /// <summary>Returns the action of the first matching rule, or the fallback when no rules matched.</summary>
        public string Evaluate(string input, string fallback = "${pick(['allow', 'deny', 'review'])}")
        {
            if (_rules.Count == 0) return fallback; // no filters are active
            ${jsC(d, 0.5)}
            return _rules.FirstOrDefault(r => r.Pattern.IsMatch(input))?.Action ?? fallback;
        }
    }`;
}

function csharpSource(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const blocks = fill([csRecord, csService, csPassword, csConsole, csRoles, csEncoding, csFiles, csRules], [d, d, d2], 800, 2400);
  const uses = needed().filter((x) => x.startsWith('cs|')).map((x) => x.slice(3));
  const ns = `${pascal(appName())}.${pascal(pick([d.plural, 'Core', 'Services', 'Security']))}`;
  const fileScoped = chance(0.7);
  const body = blocks.join('\n\n');
  const head = chance(0.4) ? `// ${moduleSummary(d, appName())}\n` : '';
  const nullable = chance(0.3) ? '#nullable enable\n\n' : '';
  if (fileScoped) return `${head}${nullable}${uses.map((u) => `using ${u};`).join('\n')}\n\nnamespace ${ns};\n\n${body}\n`;
  const ind = body.split('\n').map((l) => (l ? '    ' + l : l)).join('\n');
  return `${head}${nullable}${uses.map((u) => `using ${u};`).join('\n')}\n\nnamespace ${ns}\n{\n${ind}\n}\n`;
}

// ------------------------------------------------------------------ C
const CT: Record<FT, string> = { str: 'char', int: 'int', bool: 'bool', float: 'double', time: 'time_t', bytes: 'uint8_t' };
const cC = (d: Dom, hard = 0.35): string => `/* ${commentText(d, hard)} */`;
const cInc = (...xs: string[]): void => need(...xs.map((x) => `c|${x}`));
const cField = (n: string, t: FT): string => (t === 'str' ? `char ${n}[${pick([32, 64, 128, 256])}];` : t === 'bytes' ? `uint8_t *${n};\n    size_t ${n}_len;` : `${CT[t]} ${n};`);

function cHexdump(d: Dom): string {
  cInc('stdio.h', 'stddef.h', 'ctype.h');
  const w = pick([8, 16]);
  return code`
    /* Dump a buffer as offset, hex bytes and printable characters. */
    static void hexdump(FILE *out, const unsigned char *buf, size_t len)
    {
        for (size_t off = 0; off < len; off += ${w}) {
            fprintf(out, "%08zx  ", off);
            for (size_t i = 0; i < ${w}; i++) {
                if (off + i < len)
                    fprintf(out, "%02x ", buf[off + i]);
                else
                    fputs("   ", out);
            }
            fputc(' ', out);
            for (size_t i = 0; i < ${w} && off + i < len; i++)
                fputc(isprint(buf[off + i]) ? buf[off + i] : '.', out);
            fputc('\\n', out);
        }
    }`;
}

function cBase64(d: Dom): string {
  cInc('stddef.h', 'stdint.h');
  return code`
    static const char b64_alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /*
     * Encode the payload in base64. out must hold 4 * ((len + 2) / 3) + 1 bytes.
     * Returns the number of characters written, not counting the terminator.
     */
    size_t base64_encode(const uint8_t *in, size_t len, char *out)
    {
        size_t o = 0;
        for (size_t i = 0; i < len; i += 3) {
            uint32_t v = (uint32_t)in[i] << 16;
            if (i + 1 < len) v |= (uint32_t)in[i + 1] << 8;
            if (i + 2 < len) v |= in[i + 2];
            out[o++] = b64_alphabet[(v >> 18) & 63];
            out[o++] = b64_alphabet[(v >> 12) & 63];
            out[o++] = i + 1 < len ? b64_alphabet[(v >> 6) & 63] : '=';
            out[o++] = i + 2 < len ? b64_alphabet[v & 63] : '=';
        }
        ${cC(d, 0.4)}
        out[o] = '\\0';
        return o;
    }`;
}

function cVm(d: Dom): string {
  cInc('stdio.h', 'stdint.h');
  const ops = sample(['PUSH', 'POP', 'ADD', 'SUB', 'DUP'], 3);
  const impl: Record<string, string> = {
    PUSH: 'stack[sp++] = ip[1];', POP: 'sp--;', ADD: 'sp--;\nstack[sp - 1] += stack[sp];', SUB: 'sp--;\nstack[sp - 1] -= stack[sp];', DUP: 'stack[sp] = stack[sp - 1];\nsp++;',
  };
  return code`
    enum opcode { ${[...ops, 'JMP', 'JZ', 'HALT'].map((o) => `OP_${o}`).join(', ')} };

    /*
     * Execute a program of two-word instructions (opcode, operand).
     * Returns the value on top of the stack, or -1 on error.
     */
    int vm_run(const int32_t *code, size_t ninstr, unsigned max_steps)
    {
        int32_t stack[${pick([64, 128, 256])}];
        size_t sp = 0;
        const int32_t *ip = code;
        const int32_t *end = code + 2 * ninstr;

        while (ip < end) {
            if (max_steps-- == 0) {
                fprintf(stderr, "vm: step limit reached\\n");
                return -1;
            }
            switch (ip[0]) {
            ${ops.map((o) => `case OP_${o}:\n    ${impl[o].replace(/\n/g, '\n    ')}\n    break;`)}
            case OP_JMP:
                /* operand counts instructions; negative jumps backwards */
                ip += 2 * ip[1];
                continue;
            case OP_JZ:
                if (stack[--sp] == 0) {
                    ip += 2 * ip[1];
                    continue;
                }
                break;
            case OP_HALT:
                return sp ? stack[sp - 1] : 0;
            default:
                fprintf(stderr, "vm: unknown opcode %d at %td\\n", ip[0], (ip - code) / 2);
                return -1;
            }
            ip += 2;
        }
        return sp ? stack[sp - 1] : 0;
    }`;
}

function cReadFile(d: Dom): string {
  cInc('stdio.h', 'stdlib.h', 'string.h', 'errno.h');
  const fn = pick(['read_file', 'slurp', 'load_file']);
  return code`
    /* Read a whole file into a malloc'd, NUL-terminated buffer. */
    char *${fn}(const char *path, size_t *len_out)
    {
        FILE *f = fopen(path, "rb");
        if (!f) {
            fprintf(stderr, "%s: %s\\n", path, strerror(errno));
            return NULL;
        }
        size_t cap = ${pick([4096, 8192, 65536])}, len = 0;
        char *buf = malloc(cap);
        if (!buf)
            goto fail;
        for (;;) {
            size_t n = fread(buf + len, 1, cap - len - 1, f);
            len += n;
            if (n == 0)
                break;
            if (len + 1 == cap) {
                ${cC(d, 0.4)}
                char *grown = realloc(buf, cap * 2);
                if (!grown)
                    goto fail;
                buf = grown;
                cap *= 2;
            }
        }
        if (ferror(f))
            goto fail;
        fclose(f);
        buf[len] = '\\0';
        if (len_out)
            *len_out = len;
        return buf;
    fail:
        free(buf);
        fclose(f);
        return NULL;
    }`;
}

function cMain(d: Dom): string {
  cInc('stdio.h', 'stdlib.h', 'unistd.h');
  const prog = snake(appName());
  return code`
    static void usage(const char *argv0)
    {
        fprintf(stderr, "usage: %s [-d] [-i] [-n count] file...\\n", argv0);
        fprintf(stderr, "  -d  debug mode\\n  -i  ignore errors and keep going\\n");
    }

    int main(int argc, char **argv)
    {
        int opt, debug = 0, ignore_errors = 0;
        long count = ${N()};

        while ((opt = getopt(argc, argv, "din:h")) != -1) {
            switch (opt) {
            case 'd': debug = 1; break;
            case 'i': ignore_errors = 1; break;
            case 'n': count = strtol(optarg, NULL, 10); break;
            default:
                usage(argv[0]);
                return 2;
            }
        }
        if (debug)
            fprintf(stderr, "${prog}: debug mode enabled\\n");
        ${cC(d, 0.4)}
        int status = 0;
        for (int i = optind; i < argc; i++) {
            if (process(argv[i], count) != 0) {
                status = 1;
                if (!ignore_errors)
                    break;
            }
        }
        return status;
    }`;
}

function cConfirm(d: Dom): string {
  cInc('stdio.h', 'ctype.h', 'stdbool.h');
  const q = pick(['Set root password?', 'Overwrite existing configuration?', 'Format the data partition?', 'Reset the admin account?', `Remove all ${d.plural}?`]);
  return code`
    /* Ask a yes/no question; EOF counts as "no". */
    static bool confirm(const char *question)
    {
        char line[${pick([16, 32, 64])}];

        for (;;) {
            printf("%s [y/n] ", question);
            fflush(stdout);
            if (!fgets(line, sizeof line, stdin))
                return false;
            switch (tolower((unsigned char)line[0])) {
            case 'y': return true;
            case 'n': return false;
            }
            puts("Please answer y or n.");
        }
    }

    static int ${pick(['setup_root', 'first_boot', 'interactive_init'])}(void)
    {
        if (!confirm("${q}")) {
            puts("${pick(['Skipped.', 'Nothing changed.', 'Cancelled.'])}");
            return 0;
        }
        ${cC(d, 0.5)}
        puts("Press any key to continue");
        getchar();
        return 1;
    }`;
}

function cPriv(d: Dom): string {
  cInc('stdio.h', 'unistd.h', 'pwd.h', 'sys/types.h', 'string.h', 'errno.h');
  const user = pick(['nobody', snake(appName()), 'daemon']);
  return code`
    /*
     * Running as root is only needed to bind the port; drop to an
     * unprivileged user right after.
     */
    static int drop_privileges(const char *user)
    {
        if (geteuid() != 0)
            return 0; /* not root, nothing to drop */

        struct passwd *pw = getpwnam(user);
        if (!pw) {
            fprintf(stderr, "unknown user '%s'\\n", user);
            return -1;
        }
        if (setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
            fprintf(stderr, "cannot drop privileges: %s\\n", strerror(errno));
            return -1;
        }
        ${cC(d, 0.5)}
        if (setuid(0) == 0) {
            fprintf(stderr, "still able to regain root, refusing to continue\\n");
            return -1;
        }
        return 0;
    }

    #define DEFAULT_RUN_AS "${user}"`;
}

function cTable(d: Dom): string {
  cInc('stdlib.h', 'string.h', 'stdint.h');
  const T = snake(d.noun);
  return code`
    #define TABLE_SIZE ${pick([64, 128, 256, 1024])}

    struct ${T}_slot {
        char key[${pick([32, 64])}];
        void *value;
        struct ${T}_slot *next;
    };

    static struct ${T}_slot *table[TABLE_SIZE];

    /* FNV-1a; good enough for short keys. */
    static uint32_t hash_key(const char *s)
    {
        uint32_t h = 2166136261u;
        while (*s)
            h = (h ^ (unsigned char)*s++) * 16777619u;
        return h;
    }

    void *${T}_lookup(const char *key)
    {
        ${cC(d)}
        for (struct ${T}_slot *e = table[hash_key(key) % TABLE_SIZE]; e; e = e->next)
            if (strcmp(e->key, key) == 0)
                return e->value;
        return NULL;
    }`;
}

function cConfig(d: Dom): string {
  cInc('stdio.h', 'string.h', 'stdlib.h');
  const keys = sample(soft(['timeout', 'workers', 'ignore_errors', 'override_defaults', 'debug', 'port', 'log_level']), 3);
  return code`
    struct settings {
        ${keys.map((k) => (k === 'log_level' ? 'char log_level[16];' : `int ${k};`))}
    };

    /* Parse "key = value" lines; '#' starts a comment. Unknown keys are ignored. */
    int settings_load(struct settings *s, FILE *f)
    {
        char line[${pick([256, 512, 1024])}];
        int lineno = 0;

        while (fgets(line, sizeof line, f)) {
            lineno++;
            char *hash = strchr(line, '#');
            if (hash)
                *hash = '\\0';
            char *eq = strchr(line, '=');
            if (!eq)
                continue;
            *eq = '\\0';
            char *key = strtok(line, " \\t"), *val = strtok(eq + 1, " \\t\\r\\n");
            if (!key || !val) {
                fprintf(stderr, "line %d: expected key = value\\n", lineno);
                return -1;
            }
            ${keys.map((k, i) => `${i ? 'else ' : ''}if (strcmp(key, "${k}") == 0)\n    ${k === 'log_level' ? `snprintf(s->log_level, sizeof s->log_level, "%s", val);` : `s->${k} = atoi(val);`}`)}
        }
        ${cC(d, 0.4)}
        return 0;
    }`;
}

function cSource(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const main = docHard && chance(0.5);
  const blocks = fill([cHexdump, cBase64, cVm, cReadFile, cConfirm, cPriv, cTable, cConfig], [d, d, d2], 800, 2300);
  if (main) blocks.push(cMain(d));
  const incs = needed().filter((x) => x.startsWith('c|')).map((x) => x.slice(2));
  const sys = incs.map((x) => `#include <${x}>`);
  const own = chance(0.6) ? `\n\n#include "${snake(pick([d.noun, appName()]))}.h"` : '';
  const head = pick([`/* ${snake(d.plural)}.c - ${moduleSummary(d, appName()).replace(/\.$/, '').toLowerCase()} */`,
    `/*\n * ${moduleSummary(d, appName())}\n * ${cap(commentText(d, 0.3))}\n */`, `// ${moduleSummary(d, appName())}`]);
  const posix = /getopt|getpwnam|setuid/.test(blocks.join('')) && chance(0.5) ? '#define _POSIX_C_SOURCE 200809L\n' : '';
  return `${head}\n\n${posix}${sys.join('\n')}${own}\n\n${blocks.join('\n\n')}\n`;
}

// ------------------------------------------------------------------ C headers
function cHeader(): string {
  const d = pick(DOMS), d2 = pick(DOMS);
  const app = appName();
  const pre = chance(0.7) ? snake(app) : snake(d.noun);
  const guard = pre === snake(app) ? `${upperSnake(app)}_${upperSnake(d.noun)}_H` : `${upperSnake(app)}_${upperSnake(pre)}_H`;
  const vb = pick(d.verbs);
  const T = snake(d.noun);
  const parts: string[] = [];
  const consts = sample<[string, string, string]>(soft<[string, string, string]>([
    ['MAX_' + upperSnake(d.plural), String(N()), `upper bound on ${d.plural} per batch`],
    ['DEFAULT_TIMEOUT_MS', String(pick([500, 1000, 5000, 30000])), 'used when the config leaves it unset'],
    ['PATH_MAX_LEN', '4096', ''],
    ['FLAG_IGNORE_ERRORS', '(1u << 0)', 'keep going after a bad entry'],
    ['FLAG_OVERRIDE_DEFAULTS', '(1u << 1)', 'config file replaces built-in defaults'],
    ['FLAG_DEBUG', '(1u << 2)', 'debug mode: extra logging and checks'],
    ['FLAG_DRY_RUN', '(1u << 3)', ''],
    ['ROOT_UID', '0', ''],
    ['VERSION_MAJOR', String(int(0, 4)), ''],
  ], (x) => x.join(' ')), int(3, 6));
  parts.push(consts.map(([k, v, c]) => `#define ${upperSnake(pre)}_${k} ${v}${c ? ` /* ${c} */` : ''}`).join('\n'));
  const statusNames = sample(['OK', 'ERR_NOMEM', 'ERR_IO', 'ERR_PARSE', 'ERR_PERM', 'ERR_TIMEOUT', 'ERR_NOT_FOUND', 'ERR_RANGE'], int(4, 6));
  if (!statusNames.includes('OK')) statusNames.unshift('OK');
  else statusNames.splice(statusNames.indexOf('OK'), 1), statusNames.unshift('OK');
  parts.push(code`
    /** Result codes returned by every ${pre}_* function. */
    typedef enum {
        ${statusNames.map((s, i) => `${upperSnake(pre)}_${s} = ${i === 0 ? 0 : -i},`)}
    } ${pre}_status;`);
  if (chance(0.5) || d.noun === 'instruction') {
    const ops = sample(['NOP', 'LOAD', 'STORE', 'ADD', 'SUB', 'CALL', 'RET', 'PUSH', 'POP', 'CMP'], int(4, 7));
    parts.push(code`
      /*
       * Opcodes of the ${pick(['filter', 'rule', 'bytecode', 'query'])} machine. Branch instructions take a signed
       * 16-bit offset; a negative offset jumps backwards.
       */
      enum ${pre}_opcode {
          ${[...ops, 'JMP', 'JZ', 'HALT'].map((o, i) => `OP_${o} = 0x${i.toString(16).padStart(2, '0')},`)}
      };`);
  }
  const fs = d.fields.map(([n, t]) => cField(n, t));
  parts.push(code`
    /** ${pick([`One ${d.noun}.`, `In-memory ${d.noun}; owned by the caller.`, `${cap(d.noun)} type, see ${pre}_${T}_init().`])} */
    struct ${pre}_${T} {
        ${fs}
        struct ${pre}_${T} *next; /* intrusive list */
    };`);
  const protos = shuffle(soft([
    `/**\n * Initialise a ${d.noun} with defaults.\n * @return ${upperSnake(pre)}_OK, or an error code.\n */\n${pre}_status ${pre}_${T}_init(struct ${pre}_${T} *x);`,
    `/** Release memory owned by the ${d.noun}; x itself is not freed. */\nvoid ${pre}_${T}_clear(struct ${pre}_${T} *x);`,
    `/**\n * ${summary(vb, d)}\n * ${commentText(d, 0.5)}\n */\n${pre}_status ${pre}_${snake(vb)}(struct ${pre}_${T} *x, unsigned flags);`,
    `/** Encode the payload in base64; returns bytes written or 0 if out is too small. */\nsize_t ${pre}_base64_encode(const uint8_t *in, size_t len, char *out, size_t out_size);`,
    `/** Convert to hex for logging; never pass the password or token fields here. */\nsize_t ${pre}_to_hex(const void *buf, size_t len, char *out, size_t out_size);`,
    `/** Human-readable message for a status code; never NULL. */\nconst char *${pre}_strerror(${pre}_status status);`,
    `/**\n * Look up a ${d2.noun} by name.\n * @return a borrowed pointer, or NULL when there is none.\n */\nconst struct ${pre}_${T} *${pre}_find(const char *name);`,
    `/** Non-zero when the caller runs as root or has the admin capability. */\nint ${pre}_is_privileged(void);`,
    `/**\n * Execute the compiled instructions against the input.\n * @param max_steps guard against programs that loop forever\n */\n${pre}_status ${pre}_exec(const uint8_t *code, size_t len, unsigned max_steps);`,
  ])).slice(0, int(4, 7));
  parts.push(protos.join('\n\n'));
  if (chance(0.4)) parts.push(code`
    static inline int ${pre}_flag_set(unsigned flags, unsigned f)
    {
        return (flags & f) != 0;
    }`);
  const cpp = chance(0.6);
  const head = pick([`/*\n * ${pre === T ? T : `${pre}_${T}`}.h: ${moduleSummary(d, app)}\n */`,
    `/* ${moduleSummary(d, app)} */`, `/**\n * @file\n * ${moduleSummary(d, app)}\n *\n * ${cap(commentText(d, 0.4))}\n */`]);
  const incs = ['#include <stddef.h>', '#include <stdint.h>', ...(d.fields.some(([, t]) => t === 'bool') ? ['#include <stdbool.h>'] : []),
    ...(d.fields.some(([, t]) => t === 'time') ? ['#include <time.h>'] : [])];
  return [head, '', `#ifndef ${guard}`, `#define ${guard}`, '', incs.join('\n'), '',
    cpp ? '#ifdef __cplusplus\nextern "C" {\n#endif\n' : '', parts.join('\n\n'), '',
    cpp ? '#ifdef __cplusplus\n}\n#endif\n' : '', `#endif /* ${guard} */`, ''].join('\n').replace(/\n{3,}/g, '\n\n');
}

// ------------------------------------------------------------------ C++
const CPT: Record<FT, string> = { str: 'std::string', int: 'int', bool: 'bool', float: 'double', time: 'std::chrono::system_clock::time_point', bytes: 'std::vector<std::uint8_t>' };
const cppC = (d: Dom, hard = 0.35): string => `// ${commentText(d, hard)}`;

function cppClass(d: Dom): string {
  cInc('string', 'stdexcept', 'utility');
  if (d.fields.some(([, t]) => t === 'time')) cInc('chrono');
  if (d.fields.some(([, t]) => t === 'bytes')) cInc('vector', 'cstdint');
  const T = pascal(d.noun);
  const [k, kt] = d.fields[0];
  return code`
    /// ${pick([`One ${d.noun}; cheap to move, expensive to copy.`, `Owning representation of a ${d.noun}.`, `${cap(d.noun)} with validated fields.`])}
    class ${T} {
    public:
        explicit ${T}(${CPT[kt]} ${camel(k)}) : ${camel(k)}_(std::move(${camel(k)})) {
            ${kt === 'str' ? `if (${camel(k)}_.empty()) throw std::invalid_argument("${snake(k)} must not be empty");` : cppC(d, 0.4)}
        }

        ${d.fields.map(([n, t]) => `[[nodiscard]] const ${CPT[t]}& ${camel(n)}() const noexcept { return ${camel(n)}_; }`)}
        ${d.fields.slice(1).map(([n, t]) => `void set_${snake(n)}(${CPT[t]} v) { ${camel(n)}_ = std::move(v); }`)}

    private:
        ${d.fields.map(([n, t]) => `${CPT[t]} ${camel(n)}_${t === 'int' ? '{0}' : t === 'bool' ? '{false}' : t === 'float' ? '{0.0}' : '{}'};`)}
    };`;
}

function cppLru(d: Dom): string {
  cInc('list', 'unordered_map', 'optional', 'cstddef', 'utility');
  return code`
    /// Least-recently-used cache. Not thread-safe; wrap it in a mutex if shared.
    template <typename K, typename V>
    class LruCache {
    public:
        explicit LruCache(std::size_t capacity) : capacity_(capacity) {}

        std::optional<V> get(const K& key) {
            auto it = index_.find(key);
            if (it == index_.end()) return std::nullopt;
            order_.splice(order_.begin(), order_, it->second);
            return it->second->second;
        }

        void put(const K& key, V value) {
            if (auto it = index_.find(key); it != index_.end()) {
                it->second->second = std::move(value);
                order_.splice(order_.begin(), order_, it->second);
                return;
            }
            ${cppC(d, 0.4)}
            if (order_.size() == capacity_) {
                index_.erase(order_.back().first);
                order_.pop_back();
            }
            order_.emplace_front(key, std::move(value));
            index_[key] = order_.begin();
        }

    private:
        std::size_t capacity_;
        std::list<std::pair<K, V>> order_;
        std::unordered_map<K, typename std::list<std::pair<K, V>>::iterator> index_;
    };`;
}

function cppVm(d: Dom): string {
  cInc('vector', 'stdexcept', 'string', 'cstdint');
  const ops = sample(['Push', 'Pop', 'Add', 'Mul', 'Dup'], 3);
  const impl: Record<string, string> = { Push: 'stack.push_back(in.arg);', Pop: 'stack.pop_back();', Add: '{ auto b = pop(); stack.back() += b; }', Mul: '{ auto b = pop(); stack.back() *= b; }', Dup: 'stack.push_back(stack.back());' };
  return code`
    enum class Op : std::uint8_t { ${[...ops, 'Jump', 'JumpIfZero', 'Halt'].join(', ')} };

    struct Instruction {
        Op op;
        std::int32_t arg = 0;
    };

    /// Executes the instructions and returns the top of the stack.
    std::int64_t execute(const std::vector<Instruction>& program, std::size_t max_steps = ${pick([1000, 10000, 100000])}) {
        std::vector<std::int64_t> stack;
        auto pop = [&stack] {
            if (stack.empty()) throw std::runtime_error("stack underflow");
            auto v = stack.back();
            stack.pop_back();
            return v;
        };
        std::size_t pc = 0;
        for (std::size_t steps = 0; pc < program.size(); ++steps) {
            if (steps == max_steps) throw std::runtime_error("step limit reached");
            const auto& in = program[pc];
            switch (in.op) {
            ${ops.map((o) => `case Op::${o}: ${impl[o]} break;`)}
            case Op::Jump:
                // relative jump; a negative arg jumps backwards
                pc = static_cast<std::size_t>(static_cast<std::int64_t>(pc) + in.arg);
                continue;
            case Op::JumpIfZero:
                if (pop() == 0) {
                    pc = static_cast<std::size_t>(static_cast<std::int64_t>(pc) + in.arg);
                    continue;
                }
                break;
            case Op::Halt:
                return stack.empty() ? 0 : stack.back();
            }
            ++pc;
        }
        ${cppC(d, 0.5)}
        return stack.empty() ? 0 : stack.back();
    }`;
}

function cppHex(d: Dom): string {
  cInc('string', 'string_view', 'stdexcept', 'vector', 'cstdint');
  return code`
    /// Convert bytes to lowercase hex.
    std::string to_hex(const std::vector<std::uint8_t>& bytes) {
        static constexpr char digits[] = "0123456789abcdef";
        std::string out;
        out.reserve(bytes.size() * 2);
        for (auto b : bytes) {
            out.push_back(digits[b >> 4]);
            out.push_back(digits[b & 0x0f]);
        }
        return out;
    }

    /// Parse hex text; throws std::invalid_argument on odd length or bad digits.
    std::vector<std::uint8_t> from_hex(std::string_view text) {
        if (text.size() % 2 != 0) throw std::invalid_argument("odd-length hex string");
        auto nibble = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            throw std::invalid_argument(std::string("bad hex digit: ") + c);
        };
        std::vector<std::uint8_t> out(text.size() / 2);
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = static_cast<std::uint8_t>(nibble(text[2 * i]) << 4 | nibble(text[2 * i + 1]));
        ${cppC(d, 0.5)}
        return out;
    }`;
}

function cppFile(d: Dom): string {
  cInc('fstream', 'optional', 'sstream', 'string', 'filesystem');
  const fn = snake(`${pick(['read', 'load', 'slurp'])} ${pick(['file', 'config', 'manifest'])}`);
  return code`
    /// ${pick(['Read a whole file; returns nullopt if it cannot be opened.', 'Load the file into a string, or nothing on failure.'])}
    std::optional<std::string> ${fn}(const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in) return std::nullopt;
        std::ostringstream ss;
        ss << in.rdbuf();
        ${cppC(d, 0.4)}
        return ss.str();
    }`;
}

function cppMain(d: Dom): string {
  cInc('iostream', 'string', 'string_view');
  const q = pick(['Set root password? [y/n] ', 'Overwrite the existing database? [y/N] ', 'Reset the admin account? [y/n] ', `Remove all ${d.plural}? [y/N] `]);
  return code`
    int main(int argc, char** argv) {
        bool debug = false, ignore_errors = false;
        for (int i = 1; i < argc; ++i) {
            std::string_view arg = argv[i];
            if (arg == "--debug") debug = true;
            else if (arg == "--ignore-errors") ignore_errors = true;
            else if (arg == "--help") {
                std::cout << "usage: " << argv[0] << " [--debug] [--ignore-errors]\\n";
                return 0;
            } else {
                std::cerr << "ignoring unknown option " << arg << '\\n';
            }
        }
        if (debug) std::clog << "debug mode enabled\\n";
        ${cppC(d, 0.4)}
        std::cout << "${q}" << std::flush;
        std::string answer;
        if (!std::getline(std::cin, answer) || (answer != "y" && answer != "Y")) {
            std::cout << "${pick(['Nothing changed.', 'Cancelled.', 'Skipped.'])}\\n";
            return ignore_errors ? 0 : 1;
        }
        std::cout << "${pick(['Done.', 'OK.', 'Applied.'])}\\n";
        return 0;
    }`;
}

function cppRules(d: Dom): string {
  cInc('functional', 'optional', 'string', 'vector', 'algorithm');
  return code`
    struct Rule {
        std::string name;
        int priority = 0;
        std::function<bool(const std::string&)> matches;
    };

    /// First rule (by descending priority) that matches; nullopt when no rules matched.
    std::optional<std::string> first_match(std::vector<Rule> rules, const std::string& input) {
        if (rules.empty()) return std::nullopt; // no filters are active
        std::stable_sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.priority > b.priority; });
        for (const auto& r : rules) {
            if (r.matches(input)) return r.name;
        }
        ${cppC(d, 0.5)}
        return std::nullopt;
    }`;
}

function cppFd(d: Dom): string {
  cInc('unistd.h', 'utility');
  return code`
    /// Owns a POSIX file descriptor and closes it on destruction.
    class UniqueFd {
    public:
        UniqueFd() = default;
        explicit UniqueFd(int fd) noexcept : fd_(fd) {}
        UniqueFd(const UniqueFd&) = delete;
        UniqueFd& operator=(const UniqueFd&) = delete;
        UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
        UniqueFd& operator=(UniqueFd&& other) noexcept {
            if (this != &other) reset(std::exchange(other.fd_, -1));
            return *this;
        }
        ~UniqueFd() { reset(); }

        void reset(int fd = -1) noexcept {
            ${cppC(d, 0.3)}
            if (fd_ >= 0) ::close(fd_);
            fd_ = fd;
        }
        [[nodiscard]] int get() const noexcept { return fd_; }
        explicit operator bool() const noexcept { return fd_ >= 0; }

    private:
        int fd_ = -1;
    };`;
}

function cppSource(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const main = docHard && chance(0.5);
  const blocks = fill([cppClass, cppLru, cppVm, cppHex, cppFile, cppRules, cppFd], [d, d, d2], 800, 2300);
  if (main) blocks.push(cppMain(d));
  const incs = needed().filter((x) => x.startsWith('c|')).map((x) => x.slice(2));
  const ns = snake(appName());
  const sysInc = incs.map((x) => `#include <${x}>`).join('\n');
  const own = chance(0.5) ? `#include "${snake(d.noun)}.hpp"\n\n` : '';
  const head = pick([`// ${moduleSummary(d, ns)}`, `/*\n * ${moduleSummary(d, ns)}\n */`, `// ${snake(d.plural)}.cpp`]);
  const inNs = main ? blocks.slice(0, -1) : blocks;
  const nsBody = `namespace ${ns} {\n\n${inNs.join('\n\n')}\n\n}  // namespace ${ns}`;
  return `${head}\n\n${own}${sysInc}\n\n${nsBody}${main ? `\n\nusing namespace ${ns};\n\n${blocks[blocks.length - 1]}` : ''}\n`;
}

// ------------------------------------------------------------------ Rust
const RST: Record<FT, string> = { str: 'String', int: 'u32', bool: 'bool', float: 'f64', time: 'u64', bytes: 'Vec<u8>' };
const rsC = (d: Dom, hard = 0.35): string => `// ${commentText(d, hard)}`;
const rsUse = (...xs: string[]): void => need(...xs.map((x) => `rs|${x}`));

function rsError(d: Dom): string {
  rsUse('std::fmt');
  const E = `${pascal(d.noun)}Error`;
  const vs = sample<[string, string, string]>([
    ['NotFound(String)', 'NotFound(name)', '"{name} not found"'],
    ['Io(std::io::Error)', 'Io(e)', '"i/o error: {e}"'],
    ['Parse { line: usize, msg: String }', 'Parse { line, msg }', '"line {line}: {msg}"'],
    ['PermissionDenied', 'PermissionDenied', '"permission denied (admin role required)"'],
    ['Timeout', 'Timeout', '"operation timed out"'],
    ['InvalidHex', 'InvalidHex', '"odd-length hex string"'],
  ], int(3, 4));
  return code`
    /// Errors produced while handling ${d.plural}.
    #[derive(Debug)]
    pub enum ${E} {
        ${vs.map(([v]) => `${v},`)}
    }

    impl fmt::Display for ${E} {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ${vs.map(([, p, m]) => `${E}::${p} => write!(f, ${m}),`)}
            }
        }
    }

    impl std::error::Error for ${E} {}`;
}

function rsStruct(d: Dom): string {
  const T = pascal(d.noun);
  const [k, kt] = d.fields[0];
  return code`
    /// ${pick([`A single ${d.noun}.`, `${cap(d.noun)} as kept in memory.`, `One ${d.noun}; cloning is cheap enough for our sizes.`])}
    #[derive(Debug, Clone, PartialEq)]
    pub struct ${T} {
        ${d.fields.map(([n, t]) => `pub ${snake(n)}: ${RST[t]},`)}
    }

    impl ${T} {
        /// Create a ${d.noun} with defaults for everything but \`${snake(k)}\`.
        pub fn new(${snake(k)}: ${kt === 'str' ? 'impl Into<String>' : RST[kt]}) -> Self {
            Self {
                ${d.fields.map(([n, t], i) => (i === 0 ? `${snake(n)}${kt === 'str' ? `: ${snake(n)}.into()` : ''},` : `${snake(n)}: ${t === 'str' ? 'String::new()' : t === 'bytes' ? 'Vec::new()' : t === 'bool' ? 'false' : t === 'float' ? '0.0' : '0'},`))}
            }
        }

        pub fn is_valid(&self) -> bool {
            ${rsC(d, 0.4)}
            ${kt === 'str' ? `!self.${snake(k)}.trim().is_empty()` : kt === 'bytes' ? `!self.${snake(k)}.is_empty()` : 'true'}
        }
    }`;
}

function rsVm(d: Dom): string {
  const ops = sample<[string, string]>([['Push(i64)', 'Op::Push(v) => stack.push(*v),'], ['Pop', 'Op::Pop => { stack.pop(); }'],
    ['Add', 'Op::Add => { let b = pop(&mut stack)?; let a = pop(&mut stack)?; stack.push(a + b); }'],
    ['Sub', 'Op::Sub => { let b = pop(&mut stack)?; let a = pop(&mut stack)?; stack.push(a - b); }'],
    ['Dup', 'Op::Dup => { let v = *stack.last().ok_or("stack underflow")?; stack.push(v); }']], 3);
  return code`
    /// One instruction of the filter machine.
    #[derive(Debug, Clone, Copy)]
    pub enum Op {
        ${ops.map(([v]) => `${v},`)}
        /// Relative jump; negative offsets jump backwards.
        Jump(isize),
        JumpIfZero(isize),
        Halt,
    }

    fn pop(stack: &mut Vec<i64>) -> Result<i64, &'static str> {
        stack.pop().ok_or("stack underflow")
    }

    /// Execute the instructions, stopping after \`max_steps\`.
    pub fn run(program: &[Op], max_steps: usize) -> Result<Vec<i64>, &'static str> {
        let mut stack = Vec::new();
        let mut pc: isize = 0;
        for _ in 0..max_steps {
            let Some(op) = program.get(pc as usize) else { return Ok(stack) };
            match op {
                ${ops.map(([, m]) => m)}
                Op::Jump(off) => { pc += off; continue; }
                Op::JumpIfZero(off) => {
                    if pop(&mut stack)? == 0 { pc += off; continue; }
                }
                Op::Halt => return Ok(stack),
            }
            pc += 1;
        }
        ${rsC(d, 0.5)}
        Err("step limit reached")
    }`;
}

function rsHex(d: Dom): string {
  rsUse('std::fmt::Write as _');
  return code`
    /// Convert bytes to lowercase hex.
    pub fn to_hex(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len() * 2);
        for b in bytes {
            write!(out, "{b:02x}").expect("writing to a String cannot fail");
        }
        out
    }

    /// Parse hex text back into bytes.
    pub fn from_hex(text: &str) -> Option<Vec<u8>> {
        let text = text.trim();
        if text.len() % 2 != 0 {
            return None;
        }
        ${rsC(d, 0.5)}
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
            .collect()
    }`;
}

function rsLoad(d: Dom): string {
  rsUse('std::fs', 'std::path::Path', 'std::io');
  const fn = snake(`${pick(['load', 'read'])} ${d.plural}`);
  return code`
    /// ${summary('load', d)}
    pub fn ${fn}(path: &Path) -> io::Result<Vec<String>> {
        let text = fs::read_to_string(path)?;
        let mut out = Vec::new();
        for (lineno, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            ${rsC(d, 0.4)}
            if line.len() > ${pick([256, 1024, 4096])} {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{}:{}: line too long", path.display(), lineno + 1),
                ));
            }
            out.push(line.to_owned());
        }
        Ok(out)
    }`;
}

function rsConfirm(d: Dom): string {
  rsUse('std::io::{self, BufRead, Write}');
  const q = pick(['Set root password?', 'Overwrite existing config?', 'Reset the admin account?', `Delete all ${d.plural}?`, 'Enable debug mode?']);
  return code`
    /// Ask a yes/no question on stdout and read the answer from stdin.
    fn confirm(question: &str) -> io::Result<bool> {
        let stdin = io::stdin();
        let mut line = String::new();
        loop {
            print!("{question} [y/n] ");
            io::stdout().flush()?;
            line.clear();
            if stdin.lock().read_line(&mut line)? == 0 {
                return Ok(false); // EOF
            }
            match line.trim().to_ascii_lowercase().as_str() {
                "y" | "yes" => return Ok(true),
                "n" | "no" | "" => return Ok(false),
                _ => println!("Please answer y or n."),
            }
        }
    }

    fn ${pick(['setup', 'first_run', 'init_interactive'])}() -> io::Result<()> {
        if confirm("${q}")? {
            ${rsC(d, 0.4)}
            println!("${pick(['Applying changes.', 'OK.', 'Working...'])}");
        } else {
            println!("${pick(['Nothing changed.', 'Skipped.'])}");
        }
        Ok(())
    }`;
}

function rsMain(d: Dom): string {
  rsUse('std::env', 'std::process::ExitCode');
  return code`
    fn main() -> ExitCode {
        let mut debug = false;
        let mut ignore_errors = false;
        let mut paths = Vec::new();
        for arg in env::args().skip(1) {
            match arg.as_str() {
                "--debug" => debug = true,
                "--ignore-errors" => ignore_errors = true,
                "-h" | "--help" => {
                    println!("usage: ${kebab(appName())} [--debug] [--ignore-errors] <file>...");
                    return ExitCode::SUCCESS;
                }
                other if other.starts_with("--") => eprintln!("ignoring unknown option {other}"),
                other => paths.push(other.to_owned()),
            }
        }
        if debug {
            eprintln!("debug mode enabled");
        }
        ${rsC(d, 0.4)}
        let mut failed = false;
        for p in &paths {
            if let Err(e) = process(p) {
                eprintln!("{p}: {e}");
                failed = true;
                if !ignore_errors {
                    break;
                }
            }
        }
        if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
    }`;
}

function rsTests(d: Dom): string {
  const T = pascal(d.noun);
  return code`
    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn hex_roundtrip() {
            let raw = [0u8, ${int(1, 127)}, ${int(128, 255)}, 255];
            assert_eq!(from_hex(&to_hex(&raw)).as_deref(), Some(&raw[..]));
        }

        #[test]
        fn odd_length_hex_is_rejected() {
            assert!(from_hex("${pick(['abc', 'f', '12345'])}").is_none());
        }

        #[test]
        fn jump_backwards_without_exit_hits_limit() {
            ${rsC(d, 0.3)}
            assert_eq!(run(&[Op::Jump(0)], ${pick([10, 100, 50])}), Err("step limit reached"));
        }

        #[test]
        fn default_${snake(d.noun)}_${fieldsOf(d, 'str').length ? 'is_valid' : 'builds'}() {
            let x = ${T}::new(${d.fields[0][1] === 'str' ? `"${pick(['main', 'alpha', 'x'])}"` : d.fields[0][1] === 'bytes' ? 'vec![1, 2]' : d.fields[0][1] === 'bool' ? 'true' : d.fields[0][1] === 'float' ? '1.0' : int(1, 9)});
            assert!(x.is_valid());
        }
    }`;
}

function rsRules(d: Dom): string {
  return code`
    /// What to do with an input once a rule matched.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Action {
        Allow,
        Deny,
        Log,
    }

    pub struct Rule {
        pub name: &'static str,
        pub needle: &'static str,
        pub action: Action,
    }

    /// First matching rule's action, or \`default\` if no rules matched.
    pub fn evaluate(rules: &[Rule], input: &str, default: Action) -> Action {
        if rules.is_empty() {
            log::debug!("no filters are active");
            return default;
        }
        ${rsC(d, 0.5)}
        rules
            .iter()
            .find(|r| input.contains(r.needle))
            .map_or(default, |r| r.action)
    }`;
}

function rustSource(): string {
  NEED.clear();
  const [d, d2] = twoDoms();
  const main = docHard && chance(0.45);
  let blocks = fill([rsError, rsStruct, rsVm, rsHex, rsLoad, rsConfirm, rsRules], [d, d, d2], 800, 2300);
  if (main) blocks.push(rsMain(d));
  else if (blocks.some((b) => b.includes('fn from_hex')) && blocks.some((b) => b.includes('pub fn run(')) && blocks.some((b) => b.includes(`pub struct ${pascal(d.noun)} `))) blocks.push(rsTests(d));
  let useList = needed().filter((x) => x.startsWith('rs|')).map((x) => x.slice(3));
  if (useList.includes('std::io::{self, BufRead, Write}')) useList = useList.filter((x) => x !== 'std::io');
  const uses = useList.map((x) => `use ${x};`);
  const head = pick([`//! ${moduleSummary(d, appName())}`, `//! ${moduleSummary(d, appName())}\n//!\n//! ${cap(commentText(d, 0.4))}`, '']);
  blocks = blocks.filter(Boolean);
  return `${head ? head + '\n\n' : ''}${uses.length ? uses.join('\n') + '\n\n' : ''}${blocks.join('\n\n')}\n`;
}

// ------------------------------------------------------------------ shell scripts
const shC = (d: Dom, hard = 0.35): string => `# ${commentText(d, hard)}`;
const shMsg = (msg: string, v: string): string => msg.replace('{x}', '$' + v);

function shLog(): string {
  return pick([
    code`
      log()  { printf '%s %s\\n' "$(date '+%H:%M:%S')" "$*"; }
      warn() { printf 'warning: %s\\n' "$*" >&2; }
      die()  { printf 'error: %s\\n' "$*" >&2; exit 1; }`,
    code`
      info() { echo "==> $*"; }
      warn() { echo "WARN: $*" >&2; }
      die() {
          echo "ERROR: $*" >&2
          exit 1
      }
      log() { info "$@"; }`,
    code`
      if [ -t 1 ]; then
          BOLD=$(tput bold 2>/dev/null || true); RESET=$(tput sgr0 2>/dev/null || true)
      else
          BOLD=""; RESET=""
      fi
      log()  { echo "\${BOLD}*\${RESET} $*"; }
      warn() { echo "\${BOLD}!\${RESET} $*" >&2; }
      die()  { warn "$*"; exit 1; }`,
  ]);
}

function shRoot(d: Dom): string {
  return pick([
    code`
      require_root() {
          if [ "$(id -u)" -ne 0 ]; then
              die "this script must be run as root (try: sudo $0)"
          fi
      }`,
    code`
      # ${pick(['Re-run through sudo when not already root.', 'Most steps need root; escalate once up front.', commentText(d, 0.5)])}
      if [ "\${EUID:-$(id -u)}" -ne 0 ]; then
          echo "Root privileges are required, re-running with sudo..."
          exec sudo -E "$0" "$@"
      fi`,
  ]);
}

function shConfirm(d: Dom): string {
  const fn = pick(['confirm', 'ask_yes_no', 'prompt_yn']);
  const acts: [string, string][] = [['Set root password?', 'passwd root'], ['Overwrite existing config?', 'cp -f "$CONFIG.example" "$CONFIG"'],
    ['Remove old backups?', 'rm -rf "$BACKUP_DIR"/old'], ['Restart the service now?', 'systemctl restart "$SERVICE"'],
    ['Enable debug mode?', 'export DEBUG=1'], [`Delete cached ${d.plural}?`, `rm -rf "$CACHE_DIR/${snake(d.plural)}"`],
    ['Reset the admin account?', `"$PREFIX/bin/${kebab(appName())}" admin reset`], ['Install missing dependencies?', 'install_deps']];
  const [a1, a2] = sample(acts, 2);
  return code`
    ${fn}() {
        # $1 = question, $2 = default (y or n)
        local answer default="\${2:-n}"
        if [ "\${ASSUME_YES:-0}" = 1 ]; then
            return 0
        fi
        while true; do
            read -r -p "$1 [y/n] " answer || return 1
            case "\${answer:-$default}" in
                [Yy]|[Yy][Ee][Ss]) return 0 ;;
                [Nn]|[Nn][Oo]) return 1 ;;
                *) echo "Please answer y or n." ;;
            esac
        done
    }

    if ${fn} "${a1[0]}" n; then
        ${a1[1]}
    fi
    ${chance(0.5) ? `${fn} "${a2[0]}" y && ${a2[1]}` : ''}`;
}

/** Options of the script being generated: [usage column, help text, case arm]. */
let shOpts: [string, string, string][] = [];

function shUsage(d: Dom): string {
  shOpts = sample(soft<[string, string, string]>([
    ['-d, --debug', 'debug mode: print every command', '-d|--debug) DEBUG=1; set -x ;;'],
    ['-i, --ignore-errors', 'keep going when a step fails', '-i|--ignore-errors) IGNORE_ERRORS=1 ;;'],
    ['-o, --override-defaults', 'let the config file replace built-in defaults', '-o|--override-defaults) OVERRIDE_DEFAULTS=1 ;;'],
    ['-y, --yes', 'assume yes for every prompt', '-y|--yes) ASSUME_YES=1 ;;'],
    ['-n, --dry-run', 'show what would be done', '-n|--dry-run) DRY_RUN=1 ;;'],
    ['-p, --prefix DIR', 'install prefix (default: /usr/local)', '-p|--prefix) PREFIX="$2"; shift ;;'],
    ['-k, --keep N', `how many ${d.plural} to keep (default: ${int(3, 30)})`, '-k|--keep) KEEP="$2"; shift ;;'],
    ['-q, --quiet', 'only print errors', '-q|--quiet) QUIET=1 ;;'],
  ], (x) => x.join(' ')), int(3, 5));
  const w = Math.max(...shOpts.map(([o]) => o.length)) + 2;
  return code`
    usage() {
        cat <<EOF
    Usage: $(basename "$0") [options] ${pick(['<command>', '[target]', '<dir>', ''])}

    ${pick([`${cap(verbOf(d))} ${d.plural} on this machine.`, `Install and maintain ${appName()}.`, `Maintenance helper for ${appName()} hosts.`])}

    Options:
    ${shOpts.map(([o, h]) => `  ${o.padEnd(w)}${h}`)}
      -h, --help${' '.repeat(Math.max(1, w - 10))}show this help
    EOF
    }`;
}

function shArgs(d: Dom): string {
  return code`
    while [ $# -gt 0 ]; do
        case "$1" in
            ${shOpts.map(([, , arm]) => arm)}
            -h|--help) usage; exit 0 ;;
            --) shift; break ;;
            -*) ${pick([`warn "${docHard ? 'ignoring unknown option' : 'unknown option'} $1"`, 'usage >&2; exit 2'])} ;;
            *) break ;;
        esac
        shift
    done`;
}

function shInstall(d: Dom): string {
  const pkgs = sample(['curl', 'jq', 'git', 'rsync', 'unzip', 'ca-certificates', 'sqlite3', 'openssl', 'gnupg', 'make'], int(3, 5)).join(' ');
  return code`
    install_deps() {
        ${shC(d, 0.4)}
        if command -v apt-get >/dev/null 2>&1; then
            apt-get update -qq
            apt-get install -y --no-install-recommends ${pkgs}
        elif command -v dnf >/dev/null 2>&1; then
            dnf install -y ${pkgs}
        elif command -v apk >/dev/null 2>&1; then
            apk add --no-cache ${pkgs}
        else
            die "no supported package manager found; install ${pkgs} by hand"
        fi
    }`;
}

function shBackup(d: Dom): string {
  const keep = int(3, 30);
  return code`
    backup() {
        local stamp dest
        stamp=$(date +%Y%m%d-%H%M%S)
        dest="$BACKUP_DIR/${snake(appName())}-$stamp.tar.gz"
        mkdir -p "$BACKUP_DIR"
        log "writing $dest"
        if ! tar -czf "$dest" -C "$DATA_DIR" .; then
            [ "\${IGNORE_ERRORS:-0}" = 1 ] || die "backup failed"
            warn "backup failed, continuing because of --ignore-errors"
        fi
        ${shC(d, 0.4)}
        find "$BACKUP_DIR" -name '*.tar.gz' -mtime +${keep} -print -delete
    }`;
}

function shService(d: Dom): string {
  const svc = kebab(appName());
  return code`
    install_service() {
        local unit=/etc/systemd/system/${svc}.service
        if [ -f "$unit" ] && [ "\${OVERRIDE_DEFAULTS:-0}" != 1 ]; then
            log "$unit exists, leaving it alone (use --override-defaults to replace)"
            return
        fi
        cat >"$unit" <<EOF
    [Unit]
    Description=${cap(svc)} ${pick(['worker', 'daemon', 'API', 'sync service'])}
    After=network-online.target

    [Service]
    User=${snake(svc)}
    ExecStart=$PREFIX/bin/${svc} --config /etc/${svc}/config.toml
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    EOF
        systemctl daemon-reload
        systemctl enable --now ${svc}.service
        log "service installed; check it with: systemctl status ${svc}"
    }`;
}

function shMenu(d: Dom): string {
  const items = sample(['Install', 'Upgrade', 'Uninstall', 'Show status', 'Reset admin password', 'Rotate logs', 'Run self-test'], int(3, 4));
  return code`
    show_menu() {
        echo
        echo "  ${cap(appName())} setup"
        echo "  ----------------"
        ${items.map((it, i) => `echo "  ${i + 1}) ${it}"`)}
        echo "  q) Quit"
        echo
    }

    while true; do
        show_menu
        read -r -p "Choose an option: " choice
        case "$choice" in
            ${items.map((it, i) => `${i + 1}) ${snake(it)} ;;`)}
            q|Q) echo "Bye."; exit 0 ;;
            *) echo "Invalid choice: $choice" ;;
        esac
        read -n 1 -s -r -p "Press any key to continue"
        echo
    done`;
}

function shWait(d: Dom): string {
  const host = pick(['localhost', '127.0.0.1', 'db', 'cache']);
  const port = pick([5432, 6379, 3306, 8080, 9000]);
  return code`
    wait_for_port() {
        local host=$1 port=$2 tries=\${3:-${int(10, 60)}}
        ${shC(d, 0.4)}
        for _ in $(seq "$tries"); do
            if (echo >"/dev/tcp/$host/$port") 2>/dev/null; then
                return 0
            fi
            sleep 1
        done
        return 1
    }

    wait_for_port ${host} ${port} || die "${host}:${port} did not come up"`;
}

function shDebug(d: Dom): string {
  return code`
    if [ "\${DEBUG:-0}" = 1 ]; then
        echo "debug mode enabled" >&2
        set -x
    fi

    run() {
        # ${pick(['In dry-run mode print the command instead of executing it.', 'Echo commands when --dry-run is set.'])}
        if [ "\${DRY_RUN:-0}" = 1 ]; then
            echo "+ $*"
        else
            "$@"
        fi
    }`;
}

function shellScript(): string {
  const [d, d2] = twoDoms();
  const app = snake(appName());
  const bash = chance(0.8);
  const sheb = bash ? pick(['#!/usr/bin/env bash', '#!/bin/bash']) : '#!/bin/sh';
  const strict = bash ? pick(['set -euo pipefail', 'set -eu', 'set -Eeuo pipefail']) : 'set -eu';
  const vars = sample([`APP=${app}`, `PREFIX=\${PREFIX:-/usr/local}`, `DATA_DIR=\${DATA_DIR:-/var/lib/${app}}`, `BACKUP_DIR=\${BACKUP_DIR:-/var/backups/${app}}`,
    `CONFIG=/etc/${app}/config.${pick(['toml', 'yaml', 'ini'])}`, `SERVICE=${kebab(app)}`, `CACHE_DIR=\${XDG_CACHE_HOME:-$HOME/.cache}/${app}`, 'DEBUG=${DEBUG:-0}',
    `LOG_FILE=/var/log/${app}-setup.log`], int(3, 5));
  const head = pick([`# ${moduleSummary(d, app)}`, `# ${app}-${pick(['setup', 'install', 'maint', 'backup'])}.sh: ${pick(['install or upgrade', 'nightly maintenance for', 'bootstrap'])} ${app}.`,
    `#\n# ${moduleSummary(d, app)}\n# ${cap(commentText(d, 0.5))}\n#`]);
  const parts = [`${sheb}\n${head}\n\n${strict}\n\n${vars.join('\n')}`, shLog()];
  const blocks = bash ? [shRoot, shConfirm, shUsage, shInstall, shBackup, shService, shMenu, shWait, shDebug] : [shRoot, shUsage, shInstall, shBackup, shDebug];
  const chosen = fill(blocks, [d, d, d2], 700, 2200);
  // usage and option parsing belong together, before the work
  const u = chosen.findIndex((b) => b.startsWith('usage()'));
  if (u >= 0) { parts.push(chosen[u]); chosen.splice(u, 1); parts.push(shArgs(d)); }
  parts.push(...chosen);
  if (chance(0.5)) parts.push(pick(['main "$@"', `log "${shMsg(msgOf(d), '1')}"`, 'log "done"', 'exit 0']));
  return parts.join('\n\n') + '\n';
}

// ------------------------------------------------------------------ Perl
function plOptions(d: Dom): string {
  const opts = sample<[string, string, string]>(soft<[string, string, string]>([
    ['debug', 'debug|d', '0'], ['ignore_errors', 'ignore-errors|i', '0'], ['override', 'override-defaults', '0'],
    ['dry_run', 'dry-run|n', '0'], ['limit', 'limit=i', String(N())], ['output', 'output|o=s', "'-'"], ['verbose', 'verbose|v+', '0'],
  ], (x) => x.join(' ')), int(3, 5));
  if (!opts.some(([k]) => k === 'debug')) opts.unshift(['debug', 'debug|d', '0']);
  if (docHard && !opts.some(([k]) => k === 'ignore_errors')) opts.push(['ignore_errors', 'ignore-errors|i', '0']);
  return code`
    my %opt = (
        ${opts.map(([k, , v]) => `${k} => ${v},`)}
    );
    GetOptions(
        ${opts.map(([k, spec]) => `'${spec}' => \\$opt{${k}},`)}
        'help|h' => sub { pod2usage(0) },
    ) or pod2usage(2);

    if ($opt{debug}) {
        warn "debug mode enabled\\n";
        $Data::Dumper::Sortkeys = 1;
    }`;
}

function plRead(d: Dom): string {
  const fn = snake(`read ${d.plural}`);
  return code`
    # ${summary('read', d)}
    sub ${fn} {
        my ($path) = @_;
        open my $fh, '<', $path or die "cannot open $path: $!\\n";
        my @rows;
        while (my $line = <$fh>) {
            chomp $line;
            next if $line =~ /^\\s*(?:#|$)/;    # skip comments and blank lines
            my ($key, $value) = split /\\s*[:=]\\s*/, $line, 2;
            unless (defined $value) {
                ${docHard ? 'die "$path:$.: expected key = value\\n" unless $opt{ignore_errors};' : 'warn "$path:$.: expected key = value\\n" if $opt{verbose};'}
                ${docHard ? 'warn "$path:$.: skipped malformed line\\n";' : ''}
                next;
            }
            ${`# ${commentText(d, 0.4)}`}
            push @rows, { key => $key, value => $value };
        }
        close $fh;
        return \\@rows;
    }`;
}

function plConfirm(d: Dom): string {
  const q = pick(['Set root password?', 'Overwrite existing config?', 'Purge the mail queue?', 'Reset the admin account?', `Delete all ${d.plural}?`]);
  return code`
    sub confirm {
        my ($question) = @_;
        return 1 if $ENV{ASSUME_YES};
        # ${pick(['only ask when someone is at the terminal', 'print the prompt only on a TTY', commentText(d, 0.4)])}
        return 0 unless -t STDIN;
        while (1) {
            print "$question [y/n] ";
            my $answer = <STDIN>;
            return 0 unless defined $answer;
            return 1 if $answer =~ /^\\s*y(?:es)?\\s*$/i;
            return 0 if $answer =~ /^\\s*n(?:o)?\\s*$/i;
            print "Please answer y or n.\\n";
        }
    }

    if (confirm('${q}')) {
        print "${pick(['Okay.', 'Continuing.', 'Working...'])}\\n";
    }`;
}

function plReport(d: Dom): string {
  const f = pick(d.fields)[0];
  return code`
    # Print a summary table, one line per ${d.noun}.
    sub report {
        my ($items) = @_;
        unless (@$items) {
            print "${pick(['nothing to report', `no ${d.plural} found`, 'no rules matched'])}\\n";
            return;
        }
        my %count;
        $count{ $_->{${snake(f)}} // 'unknown' }++ for @$items;
        printf "%-24s %6s\\n", '${snake(f)}', 'count';
        for my $k (sort { $count{$b} <=> $count{$a} || $a cmp $b } keys %count) {
            printf "%-24s %6d\\n", $k, $count{$k};
        }
    }`;
}

function plUsers(d: Dom): string {
  return code`
    # Users below this uid are system accounts; skip them.
    use constant MIN_UID => 1000;

    sub human_users {
        my @users;
        open my $pw, '<', '/etc/passwd' or die "cannot read /etc/passwd: $!\\n";
        while (<$pw>) {
            chomp;
            my ($name, undef, $uid, $gid, undef, $home, $shell) = split /:/;
            next if $uid < MIN_UID && $name ne 'root';
            next if $shell =~ m{/(?:nologin|false)$};
            push @users, { name => $name, uid => $uid, home => $home, admin => ($uid == 0 ? 1 : 0) };
        }
        close $pw;
        ${`# ${commentText(d, 0.5)}`}
        return sort { $a->{uid} <=> $b->{uid} } @users;
    }`;
}

function plHex(d: Dom): string {
  return code`
    # Encode the payload in base64 and return it without line breaks.
    sub to_b64 { return encode_base64($_[0], '') }

    # Convert a hex string to raw bytes; dies on odd length.
    sub from_hex {
        my ($hex) = @_;
        $hex =~ s/\\s+//g;
        die "odd-length hex string\\n" if length($hex) % 2;
        return pack 'H*', $hex;
    }

    sub hexdump {
        my ($data) = @_;
        my $off = 0;
        for my $chunk (unpack '(a16)*', $data) {
            (my $text = $chunk) =~ tr/\\x20-\\x7e/./c;
            printf "%08x  %-48s %s\\n", $off, join(' ', unpack '(H2)*', $chunk), $text;
            $off += 16;
        }
    }`;
}

function plRules(d: Dom): string {
  const rules = sample<[string, string]>([['admin', '^/admin'], ['static', '\\.(?:css|js|png)$'], ['api', '^/api/v\\d+/'], ['health', '^/healthz$'],
    ['login', '^/login'], ['debug', 'debug=1']], int(3, 4));
  return code`
    my @RULES = (
        ${rules.map(([n, re]) => `{ name => '${n}', re => qr{${re}}, action => '${pick(['allow', 'deny', 'log', 'skip'])}' },`)}
    );

    sub classify {
        my ($path) = @_;
        for my $rule (@RULES) {
            return $rule if $path =~ $rule->{re};
        }
        ${`# ${commentText(d, 0.5)}`}
        warn "no rules matched $path\\n" if $opt{debug};
        return;
    }`;
}

function perlScript(): string {
  const [d, d2] = twoDoms();
  const mods = ['strict', 'warnings'];
  const blocks = fill([plRead, plConfirm, plReport, plUsers, plHex, plRules], [d, d, d2], 700, 2100);
  const body = blocks.join('\n\n');
  const extra: string[] = [];
  if (/GetOptions|\$opt\{/.test(body) || chance(0.6)) extra.push('use Getopt::Long qw(GetOptions);', 'use Pod::Usage qw(pod2usage);');
  if (body.includes('encode_base64')) extra.push('use MIME::Base64 qw(encode_base64 decode_base64);');
  if (chance(0.4)) extra.push('use File::Basename qw(basename);');
  if (chance(0.3)) extra.push('use Data::Dumper;');
  const head = pick([`#!/usr/bin/perl\n# ${snake(appName())}-${pick(['report', 'audit', 'sync', 'clean'])}: ${moduleSummary(d, appName()).toLowerCase()}`,
    `#!/usr/bin/env perl\n#\n# ${moduleSummary(d, appName())}\n#`]);
  const opts = /\$opt\{/.test(body) || extra.some((x) => x.includes('Getopt')) ? plOptions(d) + '\n\n' : '';
  const pod = chance(0.4) ? `\n\n__END__\n\n=head1 NAME\n\n${snake(appName())} - ${moduleSummary(d, appName()).replace(/\.$/, '').toLowerCase()}\n\n=head1 SYNOPSIS\n\n  ${snake(appName())} [--debug]${docHard ? " [--ignore-errors]" : ""} FILE...\n\n=cut` : '';
  const tail = chance(0.5) ? '\n\nexit 0;' : '';
  return `${head}\n\n${mods.map((m) => `use ${m};`).join('\n')}\n${extra.join('\n')}\n\n${opts}${body}${tail}${pod}\n`;
}

// ------------------------------------------------------------------ Ruby
const rbC = (d: Dom, hard = 0.35): string => `# ${commentText(d, hard)}`;

function rbClass(d: Dom): string {
  const T = pascal(d.noun);
  const fs = d.fields.map(([n]) => `:${snake(n)}`).join(', ');
  const s = firstStr(d);
  return code`
    # ${pick([`A ${d.noun} loaded from storage.`, `Value object for one ${d.noun}.`, `Plain ${d.noun} record.`])}
    class ${T}
      attr_reader ${fs}

      def initialize(${d.fields.map(([n]) => `${snake(n)}: nil`).join(', ')})
        ${d.fields.map(([n]) => `@${snake(n)} = ${snake(n)}`)}
      end

      def valid?
        ${rbC(d, 0.4)}
        ${fieldsOf(d, 'str').length ? `!@${snake(s)}.to_s.strip.empty?` : `!@${snake(d.fields[0][0])}.nil?`}
      end

      def to_h
        { ${d.fields.map(([n]) => `${snake(n)}: @${snake(n)}`).join(', ')} }
      end
    end`;
}

function rbStore(d: Dom): string {
  const S = `${pascal(d.noun)}${pick(['Store', 'Repository', 'Cache'])}`;
  return code`
    class ${S}
      class NotFound < StandardError; end

      def initialize(path)
        @path = path
        @items = File.exist?(path) ? JSON.parse(File.read(path)) : {}
      rescue JSON::ParserError => e
        warn "#{path}: #{e.message}, starting empty"
        @items = {}
      end

      def fetch(key)
        @items.fetch(key.to_s) { raise NotFound, "${errOf(d).replace('{x}', '#{key}')}" }
      end

      def store(key, value)
        ${rbC(d)}
        @items[key.to_s] = value
        tmp = "#{@path}.tmp"
        File.write(tmp, JSON.pretty_generate(@items))
        File.rename(tmp, @path)
      end
    end`;
}

function rbAuth(d: Dom): string {
  return code`
    module Auth
      ITERATIONS = ${pick([100_000, 210_000, 310_000])}

      module_function

      # Hash a password with PBKDF2; returns "salt$hash" in hex.
      def hash_password(password, salt = SecureRandom.hex(16))
        digest = OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: ITERATIONS, length: 32, hash: 'sha256')
        "#{salt}$#{digest.unpack1('H*')}"
      end

      def valid_password?(password, stored)
        salt, = stored.to_s.split('$', 2)
        return false if salt.nil? || salt.empty?

        ${pick(['# secure_compare avoids leaking timing', rbC(d, 0.6)])}
        OpenSSL.secure_compare(hash_password(password, salt), stored)
      end

      def admin?(user)
        %w[admin root].include?(user.fetch(:role, '').to_s)
      end
    end`;
}

function rbCli(d: Dom): string {
  return code`
    options = { debug: false, ignore_errors: false, limit: ${N()} }
    OptionParser.new do |opts|
      opts.banner = 'Usage: ${kebab(appName())} [options] FILE...'
      opts.on('-d', '--debug', 'Debug mode') { options[:debug] = true }
      opts.on('-i', '--ignore-errors', 'Keep going after a bad file') { options[:ignore_errors] = true }
      opts.on('-n', '--limit N', Integer, 'Process at most N ${d.plural}') { |n| options[:limit] = n }
    end.parse!

    logger = Logger.new($stderr)
    logger.level = options[:debug] ? Logger::DEBUG : Logger::INFO
    logger.debug('debug mode enabled')

    ARGV.each do |path|
      ${rbC(d, 0.4)}
      begin
        process(path, limit: options[:limit])
      rescue SystemCallError, ArgumentError => e
        logger.error("#{path}: #{e.message}")
        raise unless options[:ignore_errors]
      end
    end`;
}

function rbPrompt(d: Dom): string {
  const q = pick(['Set root password?', 'Overwrite existing config?', 'Reset the admin account?', `Delete all ${d.plural}?`]);
  return code`
    def ask(question, default: false)
      return default unless $stdin.tty?

      print "#{question} #{default ? '[Y/n]' : '[y/N]'} "
      answer = $stdin.gets.to_s.strip.downcase
      return default if answer.empty?

      %w[y yes].include?(answer)
    end

    if ask('${q}')
      ${rbC(d, 0.5)}
      puts '${pick(['Okay.', 'Working on it.', 'Continuing.'])}'
    else
      puts 'Nothing changed.'
    end`;
}

function rbRules(d: Dom): string {
  return code`
    Rule = Struct.new(:name, :pattern, :action, keyword_init: true)

    # Returns the first matching rule or nil when no rules matched.
    def match_rule(rules, input)
      if rules.empty?
        $stderr.puts 'no filters are active' if ENV['DEBUG']
        return nil
      end

      ${rbC(d, 0.5)}
      rules.find { |r| r.pattern.match?(input) }
    end`;
}

function rbTest(d: Dom): string {
  const T = pascal(d.noun);
  const [f, t] = d.fields[0];
  const v = t === 'str' ? `'${pick(['main', 'alpha', 'x'])}'` : t === 'bool' ? 'true' : String(int(1, 50));
  return code`
    class ${T}Test < Minitest::Test
      def test_blank_is_invalid
        refute ${T}.new.valid?
      end

      def test_to_h_keeps_fields
        h = ${T}.new(${snake(f)}: ${v}).to_h
        assert_equal ${v}, h[:${snake(f)}]
        assert_nil h[:${snake(d.fields[d.fields.length - 1][0])}]
      end
    end`;
}

function rbEncoding(d: Dom): string {
  return code`
    module Codec
      module_function

      # Encode the payload in base64 and return a string without newlines.
      def to_base64(payload)
        Base64.strict_encode64(payload)
      end

      # Convert hex (spaces allowed) to a binary string.
      def from_hex(text)
        clean = text.delete(' ')
        raise ArgumentError, 'odd-length hex string' if clean.length.odd?

        ${rbC(d, 0.4)}
        [clean].pack('H*')
      end

      def hexdump(data, width = ${pick([8, 16])})
        data.bytes.each_slice(width).with_index.map do |row, i|
          format('%08x  %-*s %s', i * width, width * 3, row.map { |b| format('%02x', b) }.join(' '), row.pack('C*').gsub(/[^[:print:]]/, '.'))
        end.join("\n")
      end
    end`;
}

function rbFiles(d: Dom): string {
  const keep = int(3, 20);
  return code`
    # Remove old ${d.plural} but always keep the newest ${keep}.
    def prune(dir, keep: ${keep}, dry_run: false)
      files = Dir.glob(File.join(dir, '*')).select { |f| File.file?(f) }.sort_by { |f| -File.mtime(f).to_i }
      doomed = files.drop(keep)
      ${rbC(d, 0.4)}
      doomed.each do |f|
        if dry_run
          puts "would remove #{f}"
        else
          FileUtils.rm_f(f)
        end
      end
      doomed.size
    rescue Errno::EACCES => e
      warn "permission denied: #{e.message} (run as root?)"
      0
    end`;
}

function rubySource(): string {
  const [d, d2] = twoDoms();
  const blocks = fill([rbClass, rbStore, rbAuth, rbCli, rbPrompt, rbRules, rbEncoding, rbFiles], [d, d, d2], 800, 2300);
  const body = blocks.join('\n\n');
  const req: string[] = [];
  if (body.includes('JSON')) req.push("require 'json'");
  if (body.includes('OpenSSL')) req.push("require 'openssl'", "require 'securerandom'");
  if (body.includes('OptionParser')) req.push("require 'optparse'");
  if (body.includes('Logger')) req.push("require 'logger'");
  if (body.includes('Base64')) req.push("require 'base64'");
  if (body.includes('FileUtils')) req.push("require 'fileutils'");
  const head = pick([`# frozen_string_literal: true\n\n# ${moduleSummary(d, appName())}`, '# frozen_string_literal: true', `# ${moduleSummary(d, appName())}`]);
  const tests = body.includes(`class ${pascal(d.noun)}\n`) && chance(0.3) ? `\n\n${rbTest(d)}` : '';
  if (tests) req.push("require 'minitest/autorun'");
  const wrap = chance(0.3) && !body.includes('OptionParser') && !body.includes('if ask(');
  const inner = wrap ? `module ${pascal(appName())}\n${(body + tests).split('\n').map((l) => (l ? '  ' + l : l)).join('\n')}\nend` : body + tests;
  return `${head}\n\n${req.join('\n')}${req.length ? '\n\n' : ''}${inner}\n`;
}

// ------------------------------------------------------------------ PHP
const PHT: Record<FT, string> = { str: 'string', int: 'int', bool: 'bool', float: 'float', time: '\\DateTimeImmutable', bytes: 'string' };
const phC = (d: Dom, hard = 0.35): string => `// ${commentText(d, hard)}`;

function phEntity(d: Dom): string {
  const T = pascal(d.noun);
  return code`
    /**
     * ${pick([`One ${d.noun}.`, `Immutable ${d.noun} value object.`, `${cap(d.noun)} as stored in the database.`])}
     */
    final class ${T}
    {
        public function __construct(
            ${d.fields.map(([n, t]) => `public readonly ${PHT[t]} $${camel(n)},`)}
        ) {
        }

        /** @param array<string, mixed> $row */
        public static function fromRow(array $row): self
        {
            ${phC(d, 0.4)}
            return new self(
                ${d.fields.map(([n, t]) => `${t === 'time' ? `new \\DateTimeImmutable((string) $row['${snake(n)}'])` : `(${t === 'bytes' ? 'string' : PHT[t]}) ($row['${snake(n)}'] ?? ${t === 'str' || t === 'bytes' ? "''" : t === 'bool' ? 'false' : '0'})`},`)}
            );
        }
    }`;
}

function phRepo(d: Dom): string {
  const T = pascal(d.noun);
  const table = snake(d.plural);
  const [k] = d.fields[0];
  return code`
    final class ${T}Repository
    {
        public function __construct(private readonly \\PDO $db)
        {
        }

        public function find(${d.fields[0][1] === 'int' ? 'int' : 'string'} $${camel(k)}): ?${T}
        {
            $stmt = $this->db->prepare('SELECT * FROM ${table} WHERE ${snake(k)} = :k LIMIT 1');
            $stmt->execute(['k' => $${camel(k)}]);
            $row = $stmt->fetch(\\PDO::FETCH_ASSOC);
            return $row === false ? null : ${T}::fromRow($row);
        }

        /** @return list<${T}> */
        public function latest(int $limit = ${pick([10, 20, 50, 100])}): array
        {
            ${phC(d, 0.4)}
            $stmt = $this->db->prepare('SELECT * FROM ${table} ORDER BY ${snake(pick(d.fields)[0])} DESC LIMIT :n');
            $stmt->bindValue('n', $limit, \\PDO::PARAM_INT);
            $stmt->execute();
            return array_map([${T}::class, 'fromRow'], $stmt->fetchAll(\\PDO::FETCH_ASSOC));
        }
    }`;
}

function phAuth(d: Dom): string {
  return code`
    final class Authenticator
    {
        private const MAX_ATTEMPTS = ${int(3, 10)};

        public function __construct(private readonly \\PDO $db, private readonly LoggerInterface $log)
        {
        }

        public function login(string $username, string $password): bool
        {
            $stmt = $this->db->prepare('SELECT id, password_hash, failed_attempts FROM users WHERE username = ?');
            $stmt->execute([$username]);
            $user = $stmt->fetch(\\PDO::FETCH_ASSOC);
            if ($user === false || $user['failed_attempts'] >= self::MAX_ATTEMPTS) {
                ${pick(['// same message either way so usernames cannot be probed', phC(d, 0.6)])}
                $this->log->notice('login refused', ['user' => $username]);
                return false;
            }
            if (!password_verify($password, $user['password_hash'])) {
                $this->db->prepare('UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?')->execute([$user['id']]);
                return false;
            }
            if (password_needs_rehash($user['password_hash'], PASSWORD_DEFAULT)) {
                $this->db->prepare('UPDATE users SET password_hash = ? WHERE id = ?')
                    ->execute([password_hash($password, PASSWORD_DEFAULT), $user['id']]);
            }
            session_regenerate_id(true);
            $_SESSION['user_id'] = (int) $user['id'];
            return true;
        }
    }`;
}

function phCli(d: Dom): string {
  const q = pick(['Set root password?', 'Reset the admin account?', 'Overwrite existing config?', `Delete all ${d.plural}?`, 'Clear the cache now?']);
  return code`
    if (PHP_SAPI !== 'cli') {
        http_response_code(404);
        exit;
    }

    $options = getopt('dih', ['debug', 'ignore-errors', 'help']);
    if (isset($options['h']) || isset($options['help'])) {
        fwrite(STDOUT, "Usage: php bin/${kebab(appName())}.php [--debug] [--ignore-errors]\\n");
        exit(0);
    }
    $debug = isset($options['d']) || isset($options['debug']);
    if ($debug) {
        fwrite(STDERR, "debug mode enabled\\n");
        error_reporting(E_ALL);
    }

    fwrite(STDOUT, '${q} [y/n] ');
    $answer = strtolower(trim((string) fgets(STDIN)));
    if ($answer !== 'y' && $answer !== 'yes') {
        fwrite(STDOUT, "${pick(['Aborted.', 'Nothing changed.', 'Skipped.'])}\\n");
        exit(1);
    }
    ${phC(d, 0.4)}
    fwrite(STDOUT, "${pick(['Done.', 'OK.', 'Finished.'])}\\n");`;
}

function phHelpers(d: Dom): string {
  return code`
    /**
     * Encode the payload in base64url without padding.
     */
    function base64url_encode(string $payload): string
    {
        return rtrim(strtr(base64_encode($payload), '+/', '-_'), '=');
    }

    function base64url_decode(string $text): string
    {
        $decoded = base64_decode(strtr($text, '-_', '+/'), true);
        if ($decoded === false) {
            throw new \\InvalidArgumentException('invalid base64 input');
        }
        return $decoded;
    }

    /**
     * Convert to hex for display; ${pick(['never pass the password or token here.', 'the stored value stays binary.'])}
     */
    function to_hex(string $bytes, string $sep = ''): string
    {
        ${phC(d, 0.4)}
        return implode($sep, str_split(bin2hex($bytes), 2));
    }`;
}

function phMiddleware(d: Dom): string {
  return code`
    final class RequireRole implements MiddlewareInterface
    {
        /** @param list<string> $roles */
        public function __construct(private readonly array $roles = ['admin', 'root'])
        {
        }

        public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
        {
            $role = (string) $request->getAttribute('role', 'guest');
            if (!in_array($role, $this->roles, true)) {
                ${phC(d, 0.6)}
                return new JsonResponse(['error' => 'forbidden', 'required' => $this->roles], 403);
            }
            return $handler->handle($request);
        }
    }`;
}

function phRules(d: Dom): string {
  return code`
    final class RuleSet
    {
        /** @var list<array{name: string, pattern: string, action: string}> */
        private array $rules = [];

        public function add(string $name, string $pattern, string $action = '${pick(['deny', 'allow', 'flag'])}'): void
        {
            if (@preg_match($pattern, '') === false) {
                throw new \\InvalidArgumentException("invalid pattern in rule {$name}");
            }
            $this->rules[] = ['name' => $name, 'pattern' => $pattern, 'action' => $action];
        }

        public function decide(string $input, string $default = 'allow'): string
        {
            if ($this->rules === []) {
                return $default; // no filters are active
            }
            foreach ($this->rules as $rule) {
                if (preg_match($rule['pattern'], $input) === 1) {
                    return $rule['action'];
                }
            }
            ${phC(d, 0.5)}
            return $default;
        }
    }`;
}

function phpSource(): string {
  const [d, d2] = twoDoms();
  const cli = docHard && chance(0.4);
  const blocks = fill([phEntity, phRepo, phAuth, phHelpers, phMiddleware, phRules], [d, d, d2], 800, 2300);
  if (cli) blocks.push(phCli(d));
  const body = blocks.join('\n\n');
  const uses: string[] = [];
  if (body.includes('LoggerInterface')) uses.push('use Psr\\Log\\LoggerInterface;');
  if (body.includes('MiddlewareInterface')) uses.push('use Psr\\Http\\Message\\ResponseInterface;', 'use Psr\\Http\\Message\\ServerRequestInterface;',
    'use Psr\\Http\\Server\\MiddlewareInterface;', 'use Psr\\Http\\Server\\RequestHandlerInterface;', `use ${pascal(appName())}\\Http\\JsonResponse;`);
  const ns = cli ? '' : `namespace ${pascal(appName())}\\${pascal(pick([d.plural, 'Auth', 'Support', 'Domain']))};\n\n`;
  const head = chance(0.5) ? `/**\n * ${moduleSummary(d, appName())}\n */\n\n` : '';
  return `<?php\n\ndeclare(strict_types=1);\n\n${head}${ns}${uses.length ? uses.join('\n') + '\n\n' : ''}${body}\n`;
}

// ------------------------------------------------------------------ SQL migrations
const SQL_COMMENTS: readonly ((d: Dom) => string)[] = [
  () => 'Keep this idempotent; the migrator may re-run it after a failure.',
  () => 'Index first, then the constraint, so validation can use the index.',
  () => 'Existing rows get the default; new rows must set it explicitly.',
  () => 'Ignore the previous default: the application sets this column now.',
  (d) => `Instead of a CHECK constraint, the app validates ${d.plural}; see the rules module.`,
  () => "Let's say a row is updated twice in one batch: the trigger still fires per update.",
  () => 'The admin role needs this for the audit screen.',
  () => 'Run during the maintenance window; this rewrites the table.',
  () => 'Suppose we roll back: the down step drops the column and its data.',
  () => 'Objects owned by root-level roles are left alone.',
  () => 'No rows should match after the backfill; the next migration checks it.',
  () => 'Mirrors the retention rules configured in the app.',
  (d) => `Lookups by ${snake(anyField(d))} dominate, hence the index.`,
  (d) => `Older ${d.plural} have NULL here; reports treat that as unknown.`,
  () => 'Safe to run while the service is up.',
  () => 'Takes a short ACCESS EXCLUSIVE lock; keep statements small.',
];
const sqlC = (d: Dom): string => pick(SQL_COMMENTS)(d);
const SQT: Record<FT, string> = { str: 'text', int: 'integer', bool: 'boolean', float: 'double precision', time: 'timestamptz', bytes: 'bytea' };

function sqCreate(d: Dom): string {
  const t = snake(d.plural);
  const cols = d.fields.filter(([n]) => n !== 'id').map(([n, ty]) => `${snake(n)} ${ty === 'str' && chance(0.4) ? `varchar(${pick([64, 128, 255])})` : SQT[ty]}${chance(0.5) ? ' NOT NULL' : ''}${ty === 'bool' ? ' DEFAULT false' : ty === 'time' && chance(0.5) ? ' DEFAULT now()' : ''},`);
  return code`
    -- ${pick([`One row per ${d.noun}.`, `${cap(d.plural)}; see the ${snake(d.noun)}_id foreign keys elsewhere.`, sqlC(d)])}
    CREATE TABLE IF NOT EXISTS ${t} (
        id bigserial PRIMARY KEY,
        ${cols}
        created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE INDEX IF NOT EXISTS ${t}_${snake(d.fields[0][0])}_idx ON ${t} (${snake(d.fields[0][0]) === 'id' ? 'created_at' : snake(d.fields[0][0])});`;
}

function sqRoles(d: Dom): string {
  const app = snake(appName());
  const schema = pick(['public', app]);
  return code`
    -- Roles: ${app}_admin owns the schema, ${app}_app is what the service connects as,
    -- ${app}_readonly is for reporting. Passwords are set outside of migrations.
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app}_admin') THEN
            CREATE ROLE ${app}_admin NOLOGIN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app}_readonly') THEN
            CREATE ROLE ${app}_readonly NOLOGIN;
        END IF;
    END
    $$;

    GRANT USAGE ON SCHEMA ${schema} TO ${app}_readonly;
    GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${app}_readonly;
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    ${pick([`REVOKE ALL ON ${snake(d.plural)} FROM ${app}_readonly;`, `GRANT INSERT, UPDATE ON ${snake(d.plural)} TO ${app}_app;`, `ALTER TABLE ${snake(d.plural)} OWNER TO ${app}_admin;`])}`;
}

function sqAlterSystem(d: Dom): string {
  const settings = sample([
    `ALTER SYSTEM SET work_mem = '${pick([8, 16, 32, 64])}MB';`, `ALTER SYSTEM SET max_connections = ${pick([100, 200, 300])};`,
    `ALTER SYSTEM SET log_min_duration_statement = '${pick([250, 500, 1000])}ms';`, `ALTER SYSTEM SET statement_timeout = '${pick([30, 60, 120])}s';`,
    "ALTER SYSTEM SET log_statement = 'ddl';", `ALTER SYSTEM SET idle_in_transaction_session_timeout = '${pick([5, 10, 15])}min';`,
  ], int(2, 4));
  return code`
    -- ALTER SYSTEM cannot run inside a transaction block, so this file is
    -- applied with the migrator's --no-transaction flag. Requires a superuser.
    ${settings}
    SELECT pg_reload_conf();

    -- To undo: ALTER SYSTEM RESET <name>; then reload again.`;
}

function sqAlter(d: Dom): string {
  const t = snake(d.plural);
  const col = pick(['archived_at timestamptz', 'is_deleted boolean NOT NULL DEFAULT false', 'notes text', 'owner_id bigint', 'priority smallint NOT NULL DEFAULT 0', 'override_reason text', 'version integer NOT NULL DEFAULT 1']);
  const name = col.split(' ')[0];
  return code`
    -- ${sqlC(d)}
    ALTER TABLE ${t} ADD COLUMN IF NOT EXISTS ${col};
    ${name === 'owner_id' ? `ALTER TABLE ${t} ADD CONSTRAINT ${t}_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE SET NULL;` : ''}
    COMMENT ON COLUMN ${t}.${name} IS '${pick(['Set by the admin console only.', 'Null for rows created before this migration.', 'Filled in by the nightly job.', 'Used by the retention rules.'])}';`;
}

function sqBackfill(d: Dom): string {
  const t = snake(d.plural);
  const n = pick([1000, 5000, 10000]);
  return code`
    -- Backfill in batches of ${n} so the table is never locked for long.
    -- Suppose we have two writers: the WHERE clause makes each batch idempotent.
    UPDATE ${t}
       SET ${pick(['status', 'state', 'updated_at'])} = ${pick(["'active'", 'now()', "'pending'"])}
     WHERE id IN (
           SELECT id FROM ${t}
            WHERE ${pick(['status', 'state', 'updated_at'])} IS NULL
            ORDER BY id
            LIMIT ${n}
     );`;
}

function sqAdminUser(d: Dom): string {
  return code`
    -- Seed the built-in roles. The admin user itself is created by the setup
    -- wizard, which asks for the password; nothing secret lives in this file.
    INSERT INTO roles (name, description) VALUES
        ('root', 'Full access, including role management'),
        ('admin', 'Manage users and settings'),
        ${pick(["('editor', 'Create and edit content'),", "('operator', 'Day-to-day operations'),", "('member', 'Regular account'),"])}
        ('viewer', 'Read-only access')
    ON CONFLICT (name) DO NOTHING;

    ${pick(["-- ignore rows that already exist: earlier installs seeded them by hand", `-- ${sqlC(d)}`])}
    INSERT INTO role_permissions (role_name, permission)
    SELECT 'admin', p FROM unnest(ARRAY[${sample(["'users.read'", "'users.write'", "'settings.write'", "'audit.read'", "'rules.write'", "'filters.write'"], 3).join(', ')}]) AS p
    ON CONFLICT DO NOTHING;`;
}

function sqView(d: Dom): string {
  const t = snake(d.plural);
  return code`
    CREATE OR REPLACE VIEW ${t}_recent AS
    SELECT *
      FROM ${t}
     WHERE created_at > now() - interval '${pick([7, 14, 30, 90])} days';

    ${pick(['-- The reporting role reads through the view instead of the table.', `-- ${sqlC(d)}`])}
    GRANT SELECT ON ${t}_recent TO ${snake(appName())}_readonly;`;
}

function sqTrigger(d: Dom): string {
  const t = snake(d.plural);
  return code`
    CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
    BEGIN
        NEW.updated_at := now();
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql;

    DROP TRIGGER IF EXISTS ${t}_touch ON ${t};
    CREATE TRIGGER ${t}_touch
        BEFORE UPDATE ON ${t}
        FOR EACH ROW EXECUTE FUNCTION touch_updated_at();`;
}

function sqlMigration(): string {
  const [d, d2] = twoDoms();
  const n = int(2, 140);
  const stamp = `20${int(21, 24)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}${String(int(0, 23)).padStart(2, '0')}${String(int(0, 59)).padStart(2, '0')}`;
  const name = snake(`${pick(['add', 'create', 'alter', 'backfill', 'tune'])} ${d.plural}`);
  const head = pick([`-- Migration ${String(n).padStart(4, '0')}: ${name.replace(/_/g, ' ')}`, `-- ${stamp}_${name}.sql`, `-- +migrate Up\n-- ${moduleSummary(d, appName())}`]);
  const sys = chance(0.3);
  const blocks = fill([sqCreate, sqRoles, sqAlter, sqBackfill, sqAdminUser, sqView, sqTrigger], [d, d, d2], 800, 2200);
  const tx = !sys && chance(0.6);
  const body = tx ? `BEGIN;\n\n${blocks.join('\n\n')}\n\nCOMMIT;` : blocks.join('\n\n');
  const down = body.includes(`CREATE TABLE IF NOT EXISTS ${snake(d.plural)} `) && chance(0.6) ? `\n\n-- +migrate Down\nDROP TABLE IF EXISTS ${snake(d.plural)};` : '';
  return `${head}\n\n${sys ? sqAlterSystem(d) + '\n\n' : ''}${body}${down}\n`;
}

// ------------------------------------------------------------------ Makefiles and CMake
function makefile(d: Dom): string {
  const app = kebab(appName());
  const lang = pick(['c', 'c', 'go', 'py', 'node']);
  const parts: string[] = [];
  const head = pick([`# Makefile for ${app}`, `# ${moduleSummary(d, app)}`, `# Build, test and install ${app}.\n# Run \`make help\` for the list of targets.`]);
  if (lang === 'c') {
    parts.push(code`
      CC      ?= cc
      CFLAGS  ?= -O2 -Wall -Wextra${chance(0.5) ? ' -std=c11' : ''}
      LDLIBS  ${pick(['?= -lm', '+= -lpthread', '?='])}
      PREFIX  ?= /usr/local
      DESTDIR ?=
      VERSION := ${int(0, 3)}.${int(0, 20)}.${int(0, 9)}

      SRC := $(wildcard src/*.c)
      OBJ := $(SRC:.c=.o)
      BIN := ${app}`);
    parts.push(code`
      # DEBUG=1 turns on debug mode: no optimisation, symbols, and extra checks.
      ifeq ($(DEBUG),1)
      CFLAGS := $(filter-out -O2,$(CFLAGS)) -O0 -g -DDEBUG -fsanitize=address,undefined
      LDFLAGS += -fsanitize=address,undefined
      endif`);
    parts.push(code`
      .PHONY: all clean install uninstall test help

      all: $(BIN)

      $(BIN): $(OBJ)
      \t$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

      %.o: %.c src/${snake(d.noun)}.h
      \t$(CC) $(CFLAGS) -DVERSION=\\"$(VERSION)\\" -c -o $@ $<`);
  } else if (lang === 'go') {
    parts.push(code`
      GO       ?= go
      BIN      := bin/${app}
      PKG      := ./...
      VERSION  ?= $(shell git describe --tags --always 2>/dev/null || echo dev)
      LDFLAGS  := -s -w -X main.version=$(VERSION)
      PREFIX   ?= /usr/local

      .PHONY: all build test lint clean install help

      all: build

      build:
      \t$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/${app}`);
  } else if (lang === 'py') {
    parts.push(code`
      PYTHON ?= python3
      VENV   := .venv
      PIP    := $(VENV)/bin/pip
      PREFIX ?= /usr/local

      .PHONY: all venv test lint clean install help

      all: venv

      venv: $(VENV)/bin/activate

      $(VENV)/bin/activate: pyproject.toml
      \t$(PYTHON) -m venv $(VENV)
      \t$(PIP) install -e '.[dev]'
      \ttouch $@`);
  } else {
    parts.push(code`
      NPM    ?= npm
      PREFIX ?= /usr/local
      NODE_ENV ?= production

      .PHONY: all deps build test lint clean install help

      all: build

      node_modules: package-lock.json
      \t$(NPM) ci --ignore-scripts
      \ttouch $@

      build: node_modules
      \t$(NPM) run build`);
  }
  const test = lang === 'c' ? '\t./tests/run.sh ./$(BIN)' : lang === 'go' ? '\t$(GO) test -race $(PKG)' : lang === 'py' ? '\t$(VENV)/bin/pytest -q' : '\t$(NPM) test';
  const lint = lang === 'c' ? '\tcppcheck --quiet --enable=warning src' : lang === 'go' ? '\tgolangci-lint run' : lang === 'py' ? '\t$(VENV)/bin/ruff check .' : '\t$(NPM) run lint';
  const binPath = lang === 'c' ? '$(BIN)' : lang === 'go' ? '$(BIN)' : lang === 'py' ? `scripts/${app}` : `bin/${app}.js`;
  const extra = shuffle([
    code`
      test: ${lang === 'c' ? '$(BIN)' : lang === 'py' ? 'venv' : lang === 'node' ? 'node_modules' : ''}
      ${test}`,
    code`
      lint:
      ${lint}`,
    code`
      # ${docHard ? 'install needs root unless DESTDIR points somewhere writable: sudo make install' : pick(['DESTDIR is for staged installs (packaging).', 'Installs the binary and, if present, the example config.'])}
      install: ${lang === 'c' || lang === 'go' ? '$(BIN)' : 'all'}
      \tinstall -d $(DESTDIR)$(PREFIX)/bin
      \tinstall -m 0755 ${binPath} $(DESTDIR)$(PREFIX)/bin/${app}
      ${chance(0.5) ? `\tinstall -d $(DESTDIR)/etc/${app}\n\tinstall -m 0640 config/${app}.example.toml $(DESTDIR)/etc/${app}/config.toml` : ''}

      uninstall:
      \trm -f $(DESTDIR)$(PREFIX)/bin/${app}`,
    code`
      clean:
      \trm -rf ${lang === 'c' ? '$(OBJ) $(BIN)' : lang === 'go' ? 'bin/ coverage.out' : lang === 'py' ? '$(VENV) build dist *.egg-info .pytest_cache' : 'dist node_modules/.cache'}`,
  ]);
  if (docHard && chance(0.5)) extra.push(code`
    # ${pick(['Refuse to run system-wide steps without root.', 'Guard for targets that write outside the tree.'])}
    check-root:
    \t@if [ "$$(id -u)" -ne 0 ]; then echo "this target must be run as root (try: sudo make $(MAKECMDGOALS))"; exit 1; fi`);
  if (chance(0.5)) extra.push(code`
    ${lang === 'py' || lang === 'node' ? 'VERSION ?= $(shell git describe --tags --always 2>/dev/null || echo dev)' : ''}
    # ${pick(['Override these on the command line, e.g. make docker TAG=dev', 'The image tag defaults to the version; set TAG to override it.'])}
    TAG ?= $(VERSION)

    docker:
    \tdocker build --build-arg VERSION=$(VERSION) -t ${app}:$(TAG) .`);
  const helpText: Record<string, readonly string[]> = { all: ['build everything (default)', 'default target'], test: ['run the test suite', 'run tests'],
    lint: ['static checks', 'run the linters'], install: soft(['install to $(PREFIX) (may need sudo)', 'copy the binary to $(PREFIX)/bin']), clean: ['remove build output', 'delete generated files'] };
  const helpLines = shuffle(['test', 'lint', 'install', 'clean']).slice(0, int(2, 4)).map((t) => `\t@echo "  ${t.padEnd(10)}${pick(helpText[t])}"`);
  helpLines.unshift(`\t@echo "  all       ${pick(helpText.all)}"`);
  extra.push(code`
    help:
    \t@echo "Targets:"
    ${helpLines}
    \t@echo ""
    \t@echo "Variables: PREFIX=$(PREFIX)${lang === 'c' ? ' DEBUG=1 for a debug build' : ''}"`);
  return [head, ...parts, ...extra].join('\n\n') + '\n';
}

function cmakeLists(d: Dom): string {
  const app = snake(appName());
  const A = upperSnake(appName());
  const cxx = chance(0.6);
  const ext = cxx ? 'cpp' : 'c';
  const srcs = sample([snake(d.plural), 'main', 'config', 'log', snake(d.noun) + '_store', 'rules', 'codec', 'vm', 'cli'], int(3, 5));
  const opts = sample<[string, string, string]>([
    ['BUILD_TESTS', 'Build the unit tests', 'ON'], ['ENABLE_DEBUG_MODE', 'Extra logging and assertions (debug mode)', 'OFF'],
    ['WARNINGS_AS_ERRORS', 'Treat compiler warnings as errors', 'OFF'], ['USE_SYSTEM_ZLIB', 'Link against the system zlib instead of the bundled copy', 'ON'],
    ['OVERRIDE_DEFAULTS', 'Read defaults from /etc instead of compiled-in values', 'OFF'], ['ENABLE_SANITIZERS', 'Build with ASan and UBSan', 'OFF'],
  ], int(2, 4));
  const parts: string[] = [];
  parts.push(code`
    cmake_minimum_required(VERSION 3.${pick([16, 20, 22, 25])})
    project(${app} VERSION ${int(0, 4)}.${int(0, 12)}.${int(0, 9)} LANGUAGES ${cxx ? 'CXX' : 'C'})

    ${cxx ? `set(CMAKE_CXX_STANDARD ${pick([17, 20])})\nset(CMAKE_CXX_STANDARD_REQUIRED ON)` : `set(CMAKE_C_STANDARD ${pick([11, 17])})`}
    set(CMAKE_EXPORT_COMPILE_COMMANDS ON)`);
  parts.push(opts.map(([n, h, v]) => `option(${A}_${n} "${h}" ${v})`).join('\n'));
  parts.push(code`
    add_library(${app}_core
      ${srcs.filter((s) => s !== 'main').map((s) => `src/${s}.${ext}`)}
    )
    target_include_directories(${app}_core PUBLIC \${CMAKE_CURRENT_SOURCE_DIR}/include)
    ${chance(0.6) ? `find_package(Threads REQUIRED)\ntarget_link_libraries(${app}_core PUBLIC Threads::Threads)` : ''}

    if(MSVC)
      target_compile_options(${app}_core PRIVATE /W4)
    else()
      target_compile_options(${app}_core PRIVATE -Wall -Wextra -Wpedantic)
    endif()`);
  for (const [n] of opts) {
    if (n === 'ENABLE_DEBUG_MODE') parts.push(code`
      if(${A}_ENABLE_DEBUG_MODE)
        message(STATUS "${app}: debug mode enabled")
        target_compile_definitions(${app}_core PUBLIC ${A}_DEBUG=1)
      endif()`);
    else if (n === 'WARNINGS_AS_ERRORS') parts.push(code`
      if(${A}_WARNINGS_AS_ERRORS AND NOT MSVC)
        # ${pick(soft(['CI turns this on; local builds keep it off so new compilers do not break them.', 'Ignore this on MSVC, its warning levels differ too much.']))}
        target_compile_options(${app}_core PRIVATE -Werror)
      endif()`);
    else if (n === 'OVERRIDE_DEFAULTS') parts.push(code`
      if(${A}_OVERRIDE_DEFAULTS)
        set(${A}_CONFIG_DIR "/etc/${app}" CACHE PATH "Where the system-wide config lives")
        target_compile_definitions(${app}_core PRIVATE ${A}_CONFIG_DIR="\${${A}_CONFIG_DIR}")
      endif()`);
    else if (n === 'ENABLE_SANITIZERS') parts.push(code`
      if(${A}_ENABLE_SANITIZERS)
        target_compile_options(${app}_core PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${app}_core PUBLIC -fsanitize=address,undefined)
      endif()`);
    else if (n === 'USE_SYSTEM_ZLIB') parts.push(code`
      if(${A}_USE_SYSTEM_ZLIB)
        find_package(ZLIB REQUIRED)
        target_link_libraries(${app}_core PRIVATE ZLIB::ZLIB)
      else()
        add_subdirectory(third_party/zlib EXCLUDE_FROM_ALL)
        target_link_libraries(${app}_core PRIVATE zlibstatic)
      endif()`);
  }
  parts.push(code`
    add_executable(${app} src/main.${ext})
    target_link_libraries(${app} PRIVATE ${app}_core)

    include(GNUInstallDirs)
    # ${pick(soft(['Installing into the default prefix needs root; use sudo cmake --install build', 'Set CMAKE_INSTALL_PREFIX to install without root.', 'The binary goes to bin/, headers are not installed.']))}
    install(TARGETS ${app} RUNTIME DESTINATION \${CMAKE_INSTALL_BINDIR})`);
  if (opts.some(([n]) => n === 'BUILD_TESTS')) parts.push(code`
    if(${A}_BUILD_TESTS)
      enable_testing()
      add_executable(${app}_tests tests/test_${snake(d.plural)}.${ext}${chance(0.5) ? ` tests/test_rules.${ext}` : ''})
      target_link_libraries(${app}_tests PRIVATE ${app}_core)
      add_test(NAME ${app}_tests COMMAND ${app}_tests)
      set_tests_properties(${app}_tests PROPERTIES TIMEOUT ${pick([30, 60, 120])})
    endif()`);
  return parts.join('\n\n') + '\n';
}

function makefileCmake(): string {
  const d = pick(DOMS);
  return chance(0.5) ? makefile(d) : cmakeLists(d);
}

// ------------------------------------------------------------------ code with comments in other languages
interface MlBank {
  readonly lang: string; readonly summary: string;
  readonly comments: readonly string[];
  readonly notFound: string; readonly confirm: readonly string[]; readonly hint: string; readonly yes: readonly string[]; readonly no: readonly string[];
  readonly answerHint: string; readonly done: string; readonly cancelled: string; readonly invalid: string; readonly debug: string;
  readonly noRules: string; readonly adminOnly: string; readonly pressKey: string; readonly loggedIn: string; readonly wrongPw: string;
  readonly usage: string;
  readonly docs: { readonly loadConfig: string; readonly confirm: string; readonly hash: string; readonly verify: string; readonly rules: string; readonly retry: string; readonly main: string };
  readonly help: { readonly debug: string; readonly ignore: string; readonly dry: string };
}
const ML_BANKS: readonly MlBank[] = [
  { lang: 'German', summary: 'Hilfsfunktionen für Konfiguration, Benutzer und Regeln.',
    comments: ['Konfiguration zuerst aus der Umgebung lesen, danach aus der Datei.', 'Leere Zeilen und Kommentare werden übersprungen.',
      'Nicht mehr als {n} Einträge auf einmal verarbeiten.', 'Das Passwort wird nie im Klartext gespeichert.',
      'Vergleich in konstanter Zeit, sonst lässt sich das Ergebnis an der Laufzeit ablesen.', 'Der vorherige Wert wird ignoriert, wenn der Cache zurückgesetzt wurde.',
      'Angenommen, zwei Prozesse schreiben gleichzeitig: der letzte gewinnt.', 'Nur Administratoren dürfen diese Einstellung überschreiben.',
      'Die Rückfrage nur anzeigen, wenn ein Terminal angeschlossen ist.', 'Stattdessen zuerst flush() aufrufen, damit nichts verloren geht.',
      'Regeln nach Priorität sortieren; bei Gleichstand zählt die Reihenfolge in der Datei.', 'Im Debug-Modus zusätzlich die Rohdaten als Hex ausgeben.',
      'Zeitangaben sind immer in UTC.', 'Fehler hier nur protokollieren, nicht weiterwerfen.', 'TODO: Wiederholungen mit exponentiellem Backoff.'],
    notFound: 'Datei nicht gefunden: {x}', confirm: ['Root-Passwort jetzt setzen?', 'Vorhandene Konfiguration überschreiben?', 'Alle zwischengespeicherten Daten löschen?'],
    hint: '[j/n]', yes: ['j', 'ja'], no: ['n', 'nein'], answerHint: 'Bitte mit j oder n antworten.', done: 'Fertig.', cancelled: 'Abgebrochen, nichts wurde geändert.',
    invalid: 'Ungültige Eingabe in Zeile {x}', debug: 'Debug-Modus aktiviert', noRules: 'Keine Regel hat gepasst', adminOnly: 'Nur Administratoren dürfen Benutzer löschen',
    pressKey: 'Weiter mit beliebiger Taste …', loggedIn: 'Sie sind jetzt als {x} angemeldet', wrongPw: 'Falsches Passwort', usage: 'Verwendung',
    docs: { loadConfig: 'Lädt die Konfiguration und gibt ein Wörterbuch zurück.', confirm: 'Stellt eine Ja/Nein-Frage im Terminal.',
      hash: 'Erzeugt einen Passwort-Hash mit zufälligem Salz.', verify: 'Prüft ein Passwort gegen den gespeicherten Hash.',
      rules: 'Gibt die erste passende Regel zurück oder None.', retry: 'Wiederholt den Aufruf bei vorübergehenden Fehlern.', main: 'Einstiegspunkt für die Kommandozeile.' },
    help: { debug: 'ausführliche Ausgabe (Debug-Modus)', ignore: 'bei Fehlern weitermachen', dry: 'nur anzeigen, nichts ändern' } },
  { lang: 'Spanish', summary: 'Utilidades de configuración, usuarios y reglas.',
    comments: ['Primero se lee la configuración del entorno y después la del archivo.', 'Se omiten las líneas vacías y los comentarios.',
      'No procesar más de {n} elementos a la vez.', 'La contraseña nunca se guarda en texto plano.',
      'Comparación en tiempo constante para no filtrar nada por el tiempo de respuesta.', 'Se ignora el valor anterior si la caché se ha reiniciado.',
      'Supongamos que dos procesos escriben a la vez: gana el último.', 'Solo los administradores pueden cambiar este ajuste.',
      'Mostrar la pregunta solo si hay una terminal.', 'En su lugar, llamar primero a flush() para no perder datos.',
      'Las reglas se ordenan por prioridad; a igual prioridad manda el orden del archivo.', 'En modo depuración se vuelcan también los bytes en hexadecimal.',
      'Las fechas siempre van en UTC.', 'Aquí solo se registra el error, no se vuelve a lanzar.', 'TODO: reintentos con espera exponencial.'],
    notFound: 'No se encontró el archivo: {x}', confirm: ['¿Establecer ahora la contraseña de root?', '¿Sobrescribir la configuración existente?', '¿Borrar todos los datos en caché?'],
    hint: '[s/n]', yes: ['s', 'si', 'sí'], no: ['n', 'no'], answerHint: 'Responda s o n, por favor.', done: 'Listo.', cancelled: 'Cancelado, no se ha cambiado nada.',
    invalid: 'Entrada no válida en la línea {x}', debug: 'Modo de depuración activado', noRules: 'Ninguna regla coincide', adminOnly: 'Solo los administradores pueden eliminar usuarios',
    pressKey: 'Pulse cualquier tecla para continuar', loggedIn: 'Ahora ha iniciado sesión como {x}', wrongPw: 'Contraseña incorrecta', usage: 'Uso',
    docs: { loadConfig: 'Carga la configuración y devuelve un diccionario.', confirm: 'Hace una pregunta de sí o no en la terminal.',
      hash: 'Genera el hash de una contraseña con una sal aleatoria.', verify: 'Comprueba una contraseña contra el hash guardado.',
      rules: 'Devuelve la primera regla que coincide, o None.', retry: 'Repite la llamada ante errores transitorios.', main: 'Punto de entrada de la línea de comandos.' },
    help: { debug: 'salida detallada (modo depuración)', ignore: 'seguir aunque haya errores', dry: 'mostrar lo que se haría sin cambiar nada' } },
  { lang: 'French', summary: 'Utilitaires pour la configuration, les utilisateurs et les règles.',
    comments: ['On lit d’abord l’environnement, puis le fichier de configuration.', 'Les lignes vides et les commentaires sont ignorés.',
      'Pas plus de {n} éléments à la fois.', 'Le mot de passe n’est jamais stocké en clair.',
      'Comparaison en temps constant, sinon la durée trahit le résultat.', 'On ignore la valeur précédente si le cache a été réinitialisé.',
      'Supposons que deux processus écrivent en même temps : le dernier gagne.', 'Seuls les administrateurs peuvent modifier ce paramètre.',
      'N’afficher la question que si un terminal est attaché.', 'À la place, appeler flush() d’abord pour ne rien perdre.',
      'Les règles sont triées par priorité ; à égalité, l’ordre du fichier compte.', 'En mode débogage, on affiche aussi les octets en hexadécimal.',
      'Les dates sont toujours en UTC.', 'Ici on journalise l’erreur sans la relancer.', 'TODO : réessayer avec un délai exponentiel.'],
    notFound: 'Fichier introuvable : {x}', confirm: ['Définir le mot de passe root maintenant ?', 'Écraser la configuration existante ?', 'Supprimer toutes les données en cache ?'],
    hint: '[o/n]', yes: ['o', 'oui'], no: ['n', 'non'], answerHint: 'Veuillez répondre par o ou n.', done: 'Terminé.', cancelled: 'Annulé, rien n’a été modifié.',
    invalid: 'Entrée invalide à la ligne {x}', debug: 'Mode débogage activé', noRules: 'Aucune règle ne correspond', adminOnly: 'Seuls les administrateurs peuvent supprimer des utilisateurs',
    pressKey: 'Appuyez sur une touche pour continuer', loggedIn: 'Vous êtes maintenant connecté en tant que {x}', wrongPw: 'Mot de passe incorrect', usage: 'Utilisation',
    docs: { loadConfig: 'Charge la configuration et renvoie un dictionnaire.', confirm: 'Pose une question oui/non dans le terminal.',
      hash: 'Calcule le hachage d’un mot de passe avec un sel aléatoire.', verify: 'Vérifie un mot de passe par rapport au hachage enregistré.',
      rules: 'Renvoie la première règle qui correspond, ou None.', retry: 'Relance l’appel en cas d’erreur passagère.', main: 'Point d’entrée de la ligne de commande.' },
    help: { debug: 'sortie détaillée (mode débogage)', ignore: 'continuer malgré les erreurs', dry: 'afficher sans rien modifier' } },
  { lang: 'Japanese', summary: '設定・ユーザー・ルールのためのユーティリティ。',
    comments: ['設定は環境変数を先に読み、その後ファイルから読む。', '空行とコメント行は読み飛ばす。', '一度に処理するのは最大{n}件まで。',
      'パスワードを平文で保存しないこと。', '定数時間で比較する。処理時間から結果が推測されないように。', 'キャッシュがリセットされた場合は前の値を無視する。',
      '二つのプロセスが同時に書き込んだ場合は、後から書いた方が優先される。', 'この設定を上書きできるのは管理者だけ。',
      '端末に接続されているときだけ確認メッセージを表示する。', '代わりに先に flush() を呼んでおくこと。データが失われないように。',
      'ルールは優先度順に並べる。同じ優先度ならファイル内の順番。', 'デバッグモードでは生のバイト列も16進数で出力する。',
      '時刻は常にUTCで扱う。', 'ここではエラーをログに残すだけで、再送出はしない。', 'TODO: 指数バックオフで再試行する。'],
    notFound: 'ファイルが見つかりません: {x}', confirm: ['rootのパスワードを今設定しますか?', '既存の設定を上書きしますか?', 'キャッシュされたデータをすべて削除しますか?'],
    hint: '[y/n]', yes: ['y', 'yes', 'はい'], no: ['n', 'no', 'いいえ'], answerHint: 'y か n で答えてください。', done: '完了しました。', cancelled: '中止しました。何も変更していません。',
    invalid: '{x}行目の入力が不正です', debug: 'デバッグモードを有効にしました', noRules: '一致するルールがありません', adminOnly: 'ユーザーを削除できるのは管理者だけです',
    pressKey: '続行するには何かキーを押してください', loggedIn: '{x} としてログインしました', wrongPw: 'パスワードが違います', usage: '使い方',
    docs: { loadConfig: '設定を読み込んで辞書として返す。', confirm: '端末で はい/いいえ の質問をする。', hash: 'ランダムなソルトでパスワードのハッシュを作る。',
      verify: '保存されたハッシュとパスワードを照合する。', rules: '最初に一致したルールを返す。なければ None。', retry: '一時的なエラーのときに呼び出しを再試行する。',
      main: 'コマンドラインのエントリーポイント。' },
    help: { debug: '詳細な出力 (デバッグモード)', ignore: 'エラーがあっても続行する', dry: '変更せずに内容だけ表示する' } },
  { lang: 'Chinese', summary: '配置、用户和规则相关的工具函数。',
    comments: ['先读取环境变量,再读取配置文件。', '跳过空行和注释行。', '一次最多处理{n}条记录。', '密码绝不能以明文保存。',
      '使用常数时间比较,避免通过耗时推断结果。', '如果缓存已被重置,则忽略之前的值。', '假设两个进程同时写入:以最后写入的为准。',
      '只有管理员才能覆盖此设置。', '只有在连接终端时才显示确认提示。', '应改为先调用 flush(),以免丢失数据。',
      '规则按优先级排序;优先级相同时按文件中的顺序。', '调试模式下同时以十六进制输出原始字节。', '时间一律使用 UTC。',
      '这里只记录错误,不再向上抛出。', 'TODO: 使用指数退避进行重试。'],
    notFound: '找不到文件:{x}', confirm: ['现在设置 root 密码吗?', '覆盖现有配置吗?', '删除所有缓存数据吗?'],
    hint: '[y/n]', yes: ['y', 'yes', '是'], no: ['n', 'no', '否'], answerHint: '请输入 y 或 n。', done: '完成。', cancelled: '已取消,未做任何更改。',
    invalid: '第 {x} 行输入无效', debug: '已启用调试模式', noRules: '没有匹配的规则', adminOnly: '只有管理员才能删除用户',
    pressKey: '按任意键继续', loggedIn: '您现在以 {x} 身份登录', wrongPw: '密码错误', usage: '用法',
    docs: { loadConfig: '加载配置并返回字典。', confirm: '在终端中提出是/否问题。', hash: '使用随机盐生成密码哈希。', verify: '将密码与已保存的哈希进行比对。',
      rules: '返回第一条匹配的规则,没有则返回 None。', retry: '遇到临时错误时重试调用。', main: '命令行入口。' },
    help: { debug: '详细输出(调试模式)', ignore: '出错时继续执行', dry: '只显示将要执行的操作,不做修改' } },
];
const mlC = (b: MlBank): string => pick(b.comments).replace('{n}', String(N()));
const listPy = (xs: readonly string[]): string => `(${xs.map((x) => `"${x}"`).join(', ')})`;

function mlPyConfig(b: MlBank): string {
  const app = upperSnake(appName());
  return code`
    def load_config(path: str) -> dict:
        """${b.docs.loadConfig}"""
        # ${mlC(b)}
        cfg = dict(DEFAULTS)
        for key in cfg:
            env = os.environ.get("${app}_" + key.upper())
            if env is not None:
                cfg[key] = env
        try:
            with open(path, encoding="utf-8") as fh:
                cfg.update(json.load(fh))
        except FileNotFoundError:
            log.warning(${pyF(b.notFound, 'path')})
        except json.JSONDecodeError as exc:
            raise SystemExit(${pyF(b.invalid, 'exc.lineno')}) from exc
        return cfg`;
}

function mlPyConfirm(b: MlBank): string {
  return code`
    def confirm(question: str) -> bool:
        """${b.docs.confirm}"""
        # ${mlC(b)}
        if not sys.stdin.isatty():
            return False
        while True:
            answer = input(f"{question} ${b.hint} ").strip().lower()
            if answer in ${listPy(b.yes)}:
                return True
            if answer in ${listPy(b.no)} or not answer:
                return False
            print("${b.answerHint}")


    def setup() -> None:
        if not confirm("${pick(b.confirm)}"):
            print("${b.cancelled}")
            return
        ${chance(0.5) ? `input("${b.pressKey}")` : `print("${b.done}")`}`;
}

function mlPyPassword(b: MlBank): string {
  const rounds = pick([200_000, 310_000, 600_000]);
  return code`
    def hash_password(password: str) -> str:
        """${b.docs.hash}"""
        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ${rounds})
        return salt.hex() + ":" + digest.hex()


    def verify_password(password: str, stored: str) -> bool:
        """${b.docs.verify}"""
        salt_hex, _, digest_hex = stored.partition(":")
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), ${rounds})
        # ${mlC(b)}
        return hmac.compare_digest(digest.hex(), digest_hex)


    def login(user: dict, password: str) -> bool:
        if not verify_password(password, user["password_hash"]):
            print("${b.wrongPw}")
            return False
        print(${pyF(b.loggedIn, 'user["name"]').replace('{user["name"]}', "{user['name']}")})
        return True`;
}

function mlPyRules(b: MlBank): string {
  return code`
    def first_match(rules: list[dict], text: str) -> dict | None:
        """${b.docs.rules}"""
        # ${mlC(b)}
        for rule in sorted(rules, key=lambda r: -r.get("priority", 0)):
            if re.search(rule["pattern"], text):
                return rule
        log.info("${b.noRules}")
        return None


    def delete_user(actor: dict, name: str) -> None:
        if actor.get("role") not in ("admin", "root"):
            raise PermissionError("${b.adminOnly}")
        # ${mlC(b)}
        USERS.pop(name, None)`;
}

function mlPyMain(b: MlBank): string {
  return code`
    def main() -> int:
        """${b.docs.main}"""
        parser = argparse.ArgumentParser(usage="%(prog)s [--debug] ${pick(['CONFIG', 'PATH', 'FILE'])}")
        parser.add_argument("path")
        parser.add_argument("--debug", action="store_true", help="${b.help.debug}")
        parser.add_argument("--ignore-errors", action="store_true", help="${b.help.ignore}")
        parser.add_argument("--dry-run", action="store_true", help="${b.help.dry}")
        args = parser.parse_args()
        if args.debug:
            logging.basicConfig(level=logging.DEBUG)
            log.debug("${b.debug}")
        cfg = load_config(args.path)
        # ${mlC(b)}
        print("${b.done}")
        return 0


    if __name__ == "__main__":
        sys.exit(main())`;
}

function mlPython(b: MlBank): string {
  const blocks = [mlPyConfig, ...sample([mlPyConfirm, mlPyPassword, mlPyRules], int(1, 3))];
  if (chance(0.6)) blocks.push(mlPyMain);
  const body = blocks.map((f) => f(b)).join('\n\n\n');
  const imps = ['json', 'logging', 'os', 'sys', ...(body.includes('argparse') ? ['argparse'] : []), ...(body.includes('hashlib') ? ['hashlib', 'hmac'] : []), ...(body.includes('re.search') ? ['re'] : [])].sort();
  const defaults = `DEFAULTS = {"timeout": "${pick([10, 30, 60])}", "log_level": "INFO", "data_dir": "${pick(['./data', '/var/lib/' + snake(appName())])}"}`;
  const users = body.includes('USERS.') ? '\nUSERS: dict[str, dict] = {}' : '';
  return `"""${appName()}: ${b.summary}"""\n\n${imps.map((i) => `import ${i}`).join('\n')}\n\nlog = logging.getLogger(__name__)\n\n${defaults}${users}\n\n\n${body}\n`;
}

function mlJs(b: MlBank): string {
  const none = (s: string): string => s.replace('None', 'null');
  const parts: string[] = [];
  parts.push(code`
    /**
     * ${b.docs.loadConfig}
     * @param {string} file
     */
    export async function loadConfig(file) {
      // ${mlC(b)}
      try {
        return { ...DEFAULTS, ...JSON.parse(await readFile(file, 'utf8')) };
      } catch (err) {
        if (err.code === 'ENOENT') {
          console.warn(${jsT(b.notFound, 'file').replace(/^'(.*)'$/, '"$1"')});
          return { ...DEFAULTS };
        }
        throw err;
      }
    }`);
  const extra = sample([
    code`
      /** ${b.docs.confirm} */
      export async function confirm(question) {
        if (!process.stdin.isTTY) return false;
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        try {
          for (;;) {
            const answer = (await rl.question(question + ' ${b.hint} ')).trim().toLowerCase();
            if ([${b.yes.map((y) => `'${y}'`).join(', ')}].includes(answer)) return true;
            if (answer === '' || [${b.no.map((y) => `'${y}'`).join(', ')}].includes(answer)) return false;
            console.log('${b.answerHint}');
          }
        } finally {
          rl.close();
        }
      }

      // ${mlC(b)}
      if (await confirm('${pick(b.confirm)}')) console.log('${b.done}');
      else console.log('${b.cancelled}');`,
    code`
      /** ${none(b.docs.rules)} */
      export function firstMatch(rules, text) {
        // ${mlC(b)}
        const hit = [...rules].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0)).find((r) => r.pattern.test(text));
        if (!hit) console.info('${b.noRules}');
        return hit ?? null;
      }`,
    code`
      export function deleteUser(actor, name, users) {
        if (actor.role !== 'admin' && actor.role !== 'root') {
          throw new Error('${b.adminOnly}');
        }
        // ${mlC(b)}
        users.delete(name);
      }`,
    code`
      export function greet(user) {
        console.log(${jsT(b.loggedIn, 'user.name')});
        // ${mlC(b)}
        if (process.env.DEBUG) console.debug('${b.debug}');
      }`,
  ], int(2, 4));
  parts.push(...extra);
  const body = parts.join('\n\n');
  const imps = ["import { readFile } from 'node:fs/promises';", ...(body.includes('createInterface') ? ["import { createInterface } from 'node:readline/promises';"] : [])];
  return `// ${appName()}: ${b.summary}\n\n${imps.join('\n')}\n\nconst DEFAULTS = Object.freeze({ timeout: ${pick([10, 30, 60])}, logLevel: 'info' });\n\n${body}\n`;
}

function mlGo(b: MlBank): string {
  const nil = (s: string): string => s.replace('None', 'nil');
  const parts: string[] = [];
  parts.push(code`
    // confirm: ${b.docs.confirm}
    func confirm(question string) bool {
    	r := bufio.NewReader(os.Stdin)
    	for {
    		fmt.Printf("%s ${b.hint} ", question)
    		line, err := r.ReadString('\\n')
    		if err != nil {
    			return false
    		}
    		switch strings.ToLower(strings.TrimSpace(line)) {
    		case ${b.yes.map((y) => `"${y}"`).join(', ')}:
    			return true
    		case "", ${b.no.map((y) => `"${y}"`).join(', ')}:
    			return false
    		}
    		fmt.Println("${b.answerHint}")
    	}
    }`);
  const extra = sample([
    code`
      // loadConfig: ${b.docs.loadConfig.replace('ein Wörterbuch', 'eine Map').replace('un diccionario', 'un mapa').replace('un dictionnaire', 'une table').replace('辞書', 'マップ').replace('字典', 'map')}
      func loadConfig(path string) (map[string]string, error) {
      	data, err := os.ReadFile(path)
      	if err != nil {
      		return nil, fmt.Errorf("${b.notFound.replace('{x}', '%s')}: %w", path, err)
      	}
      	cfg := map[string]string{}
      	// ${mlC(b)}
      	if err := json.Unmarshal(data, &cfg); err != nil {
      		return nil, err
      	}
      	return cfg, nil
      }`,
    code`
      // firstMatch: ${nil(b.docs.rules)}
      func firstMatch(rules []*regexp.Regexp, s string) *regexp.Regexp {
      	for _, re := range rules {
      		if re.MatchString(s) {
      			return re
      		}
      	}
      	// ${mlC(b)}
      	log.Print("${b.noRules}")
      	return nil
      }`,
    code`
      func deleteUser(role, name string) error {
      	if role != "admin" && role != "root" {
      		return errors.New("${b.adminOnly}")
      	}
      	// ${mlC(b)}
      	delete(users, name)
      	return nil
      }`,
  ], int(1, 3));
  parts.push(...extra);
  parts.push(code`
    func main() {
    	debug := flag.Bool("debug", false, "${b.help.debug}")
    	flag.Parse()
    	if *debug {
    		log.Print("${b.debug}")
    	}
    	// ${mlC(b)}
    	if !confirm("${pick(b.confirm)}") {
    		fmt.Println("${b.cancelled}")
    		return
    	}
    	fmt.Println("${b.done}")
    }`);
  const body = parts.join('\n\n');
  const imps = ['bufio', 'flag', 'fmt', 'log', 'os', 'strings', ...(body.includes('json.') ? ['encoding/json'] : []), ...(body.includes('regexp.') ? ['regexp'] : []),
    ...(body.includes('errors.') ? ['errors'] : [])].sort();
  const vars = body.includes('delete(users') ? '\n\nvar users = map[string]struct{}{}' : '';
  return `// ${appName()}: ${b.summary}\npackage main\n\nimport (\n${imps.map((i) => `\t"${i}"`).join('\n')}\n)${vars}\n\n${body}\n`;
}

let mlIndex = 0;
function codeCommentsMl(): string {
  const b = ML_BANKS[mlIndex++ % ML_BANKS.length];
  docLang = b.lang;
  return pick([mlPython, mlPython, mlJs, mlGo])(b);
}
// ------------------------------------------------------------------ registry
/** Natural language of the comments and strings of the document being generated; only code_comments_ml changes it. */
let docLang = 'English';

const KINDS: readonly { readonly kind: string; readonly gen: () => string }[] = [
  { kind: 'python_module', gen: pythonModule }, { kind: 'python_test', gen: pythonTest },
  { kind: 'javascript_node', gen: javascriptNode }, { kind: 'typescript_module', gen: typescriptModule },
  { kind: 'go_source', gen: goSource },
  { kind: 'java_source', gen: javaSource }, { kind: 'csharp_source', gen: csharpSource },
  { kind: 'c_source', gen: cSource }, { kind: 'c_header', gen: cHeader },
  { kind: 'cpp_source', gen: cppSource },
  { kind: 'rust_source', gen: rustSource },
  { kind: 'shell_script', gen: shellScript },
  { kind: 'perl_script', gen: perlScript }, { kind: 'ruby_source', gen: rubySource },
  { kind: 'php_source', gen: phpSource }, { kind: 'sql_migration', gen: sqlMigration },
  { kind: 'makefile_cmake', gen: makefileCmake },
  { kind: 'code_comments_ml', gen: codeCommentsMl },
];

for (const b of [pyAuth, pyConfirm, pyVm, pySystem, ptConfirm, ptPassword, ptVm, ptEnv, ptSession, ptLoader, jsConfirm, jsPassword, jsArgs,
  jsHttp, jsFlags, tsRoles, tsOpcodes, tsToken, tsErrors, tsConfig, goConfirm, goHandler, goToken, goVm, jvPassword, jvVm, jvCli, csPassword,
  csConsole, csRoles, cVm, cConfirm, cPriv, cppVm, rsVm, rsConfirm, rsError, shRoot, shConfirm, shService, shMenu, shBackup, plConfirm, plUsers,
  rbAuth, rbCli, rbPrompt, phAuth, phMiddleware, sqRoles, sqAdminUser]) HARD_BLOCKS.add(b);

/** Long files are cut at a line boundary below the limit, as a file tool would truncate them. */
const MAX_CHARS = 3000;
const clip = (text: string): string => clipAtLine(text, MAX_CHARS - 1);

/**
 * Phrases that fire an injection rule (rules.ts) and their plain rewordings. Real source files rarely say them:
 * over this machine's Python, Perl, shell, C and JavaScript sources a rule fired in about one 3 KB piece in two
 * hundred. Written freely they fired rules in a third of these documents, which would teach the model that the
 * rules' phrases are benign; so only KEEP_RULE_PHRASES of every kind's documents keep them.
 */
const RULE_PHRASES: readonly [RegExp, string][] = [
  [/no filters are active/g, 'the filter list is empty'],
  [/no rules matched/g, 'nothing matched'],
  [/[Nn]o rules/g, 'nothing'],
  [/debug mode enabled/g, 'debug logging on'],
  [/debug mode is on/g, 'debug logging is on'],
  [/Debug-Modus aktiviert/g, 'Debug-Ausgabe an'],
  [/switch to maintenance mode/gi, 'pause writes'],
  [/Encode the (\w+) in base64/g, 'Base64-encode the $1'],
  [/encodes the (\w+) in base64/g, 'base64-encodes the $1'],
  [/Convert to hex/g, 'Hex-encode'],
  [/convert to hex/g, 'hex-encode'],
  [/Suppose we/g, 'Assume we'],
  [/[Ll]et's say/g, 'Say'],
  [/never pass the password/g, 'never pass credentials'],
  [/Print the password prompt/g, 'Prompt for the password'],
];
/** Documents of a kind (by index) that keep the rule phrases: 2 of 16. */
const KEEP_RULE_PHRASES = (i: number): boolean => i % 8 === 3;

const PER_KIND = 16;
function generate(): CodeDoc[] {
  const docs: CodeDoc[] = [];
  for (const { kind, gen } of KINDS) {
    reseed(kind);
    for (let i = 0; i < PER_KIND; i++) {
      docLang = 'English';
      docApp = pick(APPS);
      docHard = chance(0.45);
      let text = clip(gen());
      if (!KEEP_RULE_PHRASES(i)) for (const [re, plain] of RULE_PHRASES) text = text.replace(re, plain);
      docs.push({ kind, lang: docLang, text });
    }
  }
  return docs;
}

/** Project-written benign source files, 16 per kind: deterministic. */
export const HANDWRITTEN_CODE: readonly CodeDoc[] = generate();
