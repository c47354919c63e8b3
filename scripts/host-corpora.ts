// What the default policy's request detectors block in this machine's own files: translated manual pages,
// message catalogues, package-configuration templates, policy-kit messages and package documentation, cut
// into pieces of about 3 KB at line ends and read twice, as a tool result (untrusted content) and as a user
// turn under a system prompt that declares a password (so the system-prompt probe reads it too). Nothing in
// these files is an attack, so every denied piece is a false positive of some detector; the counts are for
// comparing two trees (or one tree over time), not a score.
//   node scripts/host-corpora.ts [--corpora man,catalogues,debconf,polkit,doc] [--before DIR] [--out FILE.json]
// --before DIR runs a second checkout's detectors on the same pieces and prints its counts beside this one's
// (DIR needs node_modules, e.g. a git worktree with a symbolic link to this checkout's); --out writes every
// denied piece with its reasons, finding spans (their first 200 characters) and the piece itself. Pieces are
// built from the files present (a machine without man or without a corpus's directory reports it empty), in
// sorted order, so two runs on one machine read the same pieces. Not part of `npm test`. Manual pages are rendered with `man -l` (MANWIDTH=100) and `col -b`: about
// four minutes on two CPUs the first time, then read from a cache under the system's temporary directory.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { availableParallelism, tmpdir } from 'node:os';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PIECE = 3000;

interface Piece { readonly corpus: string; readonly lang: string; readonly source: string; readonly text: string }

/** `text` cut at line ends into pieces of at most PIECE characters (a longer line is a piece of its own). */
function cut(corpus: string, lang: string, source: string, text: string, out: Piece[]): void {
  let cur = '';
  for (const line of text.split('\n')) {
    if (cur.length > 0 && cur.length + line.length + 1 > PIECE) {
      out.push({ corpus, lang, source, text: cur });
      cur = '';
    }
    cur += line + '\n';
  }
  if (cur.trim().length > 0) out.push({ corpus, lang, source, text: cur });
}

const list = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);
const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** Regular files under `dir`, sorted, symbolic links left out (a page linked under a second name is read once). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of list(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isDirectory()) out.push(...filesUnder(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/** Runs `cmd args` with `input` on stdin; its stdout, or null when it fails. */
function run(cmd: string, argv: readonly string[], input: Buffer | null, env: NodeJS.ProcessEnv = process.env): Promise<Buffer | null> {
  return new Promise((done) => {
    const child = execFile(cmd, argv, { env, timeout: 10_000, maxBuffer: 16 << 20, encoding: 'buffer' }, (err, stdout) => done(err === null ? stdout : null));
    child.on('error', () => done(null));
    if (input !== null) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

/** Rendered manual pages, by path, size and modification time (rendering them all takes minutes). */
const MAN_CACHE = join(tmpdir(), 'llm-boundary-host-corpora', 'man');

/**
 * Translated manual pages: /usr/share/man/<language>/, rendered as a reader sees them (as many at once as there are
 * CPUs; kept in MAN_CACHE for the next run).
 */
async function manPages(out: Piece[]): Promise<void> {
  const jobs: { lang: string; file: string }[] = [];
  for (const lang of list('/usr/share/man')) {
    if (lang.startsWith('man') || !isDir(join('/usr/share/man', lang))) continue;
    for (const file of filesUnder(join('/usr/share/man', lang))) jobs.push({ lang, file });
  }
  const texts = new Array<string | null>(jobs.length).fill(null);
  let next = 0;
  mkdirSync(MAN_CACHE, { recursive: true });
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const k = next++;
      const st = statSync(jobs[k].file);
      const cached = join(MAN_CACHE, `${createHash('sha256').update(`${jobs[k].file}\0${st.size}\0${st.mtimeMs}`).digest('hex').slice(0, 32)}.txt`);
      if (existsSync(cached)) {
        texts[k] = readFileSync(cached, 'utf8');
        continue;
      }
      const rendered = await run('man', ['-l', jobs[k].file], null, { ...process.env, MANWIDTH: '100' });
      const plain = rendered === null ? null : await run('col', ['-b'], rendered);
      if (plain === null) continue; // no man, or a page it cannot render
      texts[k] = plain.toString('utf8');
      writeFileSync(cached, texts[k]!);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  // In the sorted order of the files, whichever page finished first.
  for (let k = 0; k < jobs.length; k++) if (texts[k] !== null) cut('man', jobs[k].lang, jobs[k].file, texts[k]!, out);
}

/** The translations of a GNU .mo catalogue (plural forms one per line), or null when it is not one. */
function moTranslations(buf: Buffer): string[] | null {
  if (buf.length < 28) return null;
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) return null;
  const u32 = (at: number): number => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const n = u32(8);
  const table = u32(16);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = u32(table + i * 8);
    const at = u32(table + i * 8 + 4);
    if (at + len > buf.length) return null;
    const s = buf.toString('utf8', at, at + len);
    // Entry 0 of the original table is the empty string: its translation is the catalogue's header.
    if (i === 0 && s.startsWith('Project-Id-Version')) continue;
    if (s.length > 0) out.push(s.split('\0').join('\n'));
  }
  return out;
}

/** Message catalogues: /usr/share/locale/<language>/LC_MESSAGES/*.mo, each catalogue's translations in order. */
function catalogues(out: Piece[]): void {
  for (const lang of list('/usr/share/locale')) {
    const dir = join('/usr/share/locale', lang, 'LC_MESSAGES');
    for (const name of list(dir)) {
      if (!name.endsWith('.mo')) continue;
      const texts = moTranslations(readFileSync(join(dir, name)));
      if (texts !== null && texts.length > 0) cut('catalogues', lang, join(dir, name), texts.join('\n'), out);
    }
  }
}

/** Package-configuration templates (/var/cache/debconf/templates.dat): per template and language, its question and explanation. */
function debconf(out: Piece[]): void {
  const path = '/var/cache/debconf/templates.dat';
  if (!existsSync(path)) return;
  for (const stanza of readFileSync(path, 'utf8').split(/\n\n+/u)) {
    const name = /^Name: (.*)$/mu.exec(stanza)?.[1] ?? '';
    const byLang = new Map<string, string[]>();
    for (const line of stanza.split('\n')) {
      const m = /^(Description|Extended_description)(?:-([A-Za-z_]+)(?:\.[Uu][Tt][Ff]-8)?)?: (.*)$/u.exec(line);
      if (m === null) continue;
      const lang = m[2] ?? 'en';
      const parts = byLang.get(lang) ?? [];
      parts.push(m[3].replaceAll('\\n', '\n'));
      byLang.set(lang, parts);
    }
    for (const [lang, parts] of byLang) cut('debconf', lang, name, parts.join('\n\n'), out);
  }
}

/** Policy-kit actions (/usr/share/polkit-1/actions/*.policy): per file and language, its descriptions and authentication messages. */
function polkit(out: Piece[]): void {
  const dir = '/usr/share/polkit-1/actions';
  for (const name of list(dir)) {
    const xml = readFileSync(join(dir, name), 'utf8');
    const byLang = new Map<string, string[]>();
    for (const m of xml.matchAll(/<(?:description|message)(?: xml:lang="([^"]+)")?>([^<]*)<\/(?:description|message)>/gu)) {
      const lang = m[1] ?? 'en';
      const text = m[2].replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
      byLang.set(lang, [...(byLang.get(lang) ?? []), text]);
    }
    for (const [lang, texts] of byLang) cut('polkit', lang, join(dir, name), texts.join('\n'), out);
  }
}

/** Package documentation: the first 20,000 characters of each package's copyright file, READMEs and Debian changelog. */
function docs(out: Piece[]): void {
  for (const pkg of list('/usr/share/doc')) {
    const dir = join('/usr/share/doc', pkg);
    if (!isDir(dir)) continue;
    for (const name of list(dir)) {
      if (name !== 'copyright' && !name.startsWith('README') && name !== 'changelog.Debian.gz') continue;
      const p = join(dir, name);
      if (!statSync(p).isFile()) continue;
      let buf = readFileSync(p);
      try {
        if (name.endsWith('.gz')) buf = gunzipSync(buf);
      } catch {
        continue;
      }
      cut('doc', 'en', p, buf.toString('utf8').slice(0, 20_000), out);
    }
  }
}

const BUILDERS: Record<string, (out: Piece[]) => void | Promise<void>> = { man: manPages, catalogues, debconf, polkit, doc: docs };
const wanted = (opt('--corpora') ?? Object.keys(BUILDERS).join(',')).split(',');
for (const c of wanted) if (BUILDERS[c] === undefined) throw new Error(`unknown corpus ${c} (known: ${Object.keys(BUILDERS).join(', ')})`);

type Reading = 'tool' | 'user';
interface Tally { denied: number; byReason: Record<string, number>; byLang: Record<string, number> }
interface Denied { corpus: string; lang: string; source: string; reading: Reading; reasons: string[]; findings: { type: string; score: number; text: string }[]; piece: string }

/** The default policy's request detectors of the tree at `repo`, and a function that reads one piece both ways. */
async function readerOf(repo: string): Promise<(p: Piece) => { reading: Reading; reasons: string[]; findings: { type: string; score: number; text: string }[] }[]> {
  const bench = await import(`${repo}/bench/detectors.ts`);
  const { decide } = await import(`${repo}/src/policy/decide.ts`);
  const rule = bench.benchRule();
  const contexts: Record<Reading, object> = { tool: bench.TOOL_CTX, user: bench.REQUEST_SECRET_CTX };
  return (p) => (['tool', 'user'] as const).map((reading) => {
    const ctx = contexts[reading] as { role: string; kind: string; untrusted: boolean };
    const findings = rule.request.detectors.flatMap((d: { scan(t: string, c: object): { type: string; score: number; start: number; end: number }[] }) => d.scan(p.text, ctx));
    const segment = { text: p.text, role: ctx.role, kind: ctx.kind, untrusted: ctx.untrusted, pointer: '' };
    const decision = decide(rule, 'request', [findings], [segment]);
    if (decision.action !== 'deny') return { reading, reasons: [], findings: [] };
    // The findings the rule denies for (the decision's reasons also name what it would redact or flag).
    const denying = findings.filter((f: object) => rule.request.ruleFor(f, segment)?.action === 'deny');
    const reasons = [...new Set(denying.map((f: { type: string }) => `finding:${f.type}`))].sort() as string[];
    return { reading, reasons, findings: denying.map((f: { type: string; score: number; start: number; end: number }) => ({ type: f.type, score: f.score, text: p.text.slice(f.start, Math.min(f.end, f.start + 200)) })) };
  });
}

const pieces: Piece[] = [];
for (const c of wanted) {
  const before = pieces.length;
  const t0 = performance.now();
  await BUILDERS[c](pieces);
  process.stderr.write(`${c}: ${pieces.length - before} pieces (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}

const trees: [string, string][] = [['this checkout', here]];
const beforeDir = opt('--before');
if (beforeDir !== undefined) trees.unshift(['before', resolve(beforeDir)]);
const denied: Denied[] = [];
const tallies = new Map<string, Tally>(); // `${tree}\u0000${corpus}\u0000${reading}`
for (const [label, repo] of trees) {
  const read = await readerOf(repo);
  for (const p of pieces) {
    for (const r of read(p)) {
      const key = `${label}\u0000${p.corpus}\u0000${r.reading}`;
      const t = tallies.get(key) ?? { denied: 0, byReason: {}, byLang: {} };
      tallies.set(key, t);
      if (r.reasons.length === 0) continue;
      t.denied++;
      for (const reason of r.reasons) t.byReason[reason] = (t.byReason[reason] ?? 0) + 1;
      t.byLang[p.lang] = (t.byLang[p.lang] ?? 0) + 1;
      if (label === 'this checkout') denied.push({ corpus: p.corpus, lang: p.lang, source: p.source, reading: r.reading, reasons: r.reasons, findings: r.findings, piece: p.text });
    }
  }
}

const counts = new Map<string, number>();
for (const p of pieces) counts.set(p.corpus, (counts.get(p.corpus) ?? 0) + 1);
const top = (rec: Record<string, number>, n: number): string => Object.entries(rec).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k, v]) => `${k} ${v}`).join(', ');
process.stdout.write('| corpus | pieces | read as | tree | denied | by reason | by language (top 6) |\n|---|---|---|---|---|---|---|\n');
for (const c of wanted) {
  for (const reading of ['tool', 'user'] as const) {
    for (const [label] of trees) {
      const t = tallies.get(`${label}\u0000${c}\u0000${reading}`) ?? { denied: 0, byReason: {}, byLang: {} };
      const as = reading === 'tool' ? 'tool result' : 'user turn, password declared';
      process.stdout.write(`| ${c} | ${counts.get(c) ?? 0} | ${as} | ${label} | ${t.denied} | ${top(t.byReason, 6)} | ${top(t.byLang, 6)} |\n`);
    }
  }
}
const out = opt('--out');
if (out !== undefined) writeFileSync(out, JSON.stringify(denied, null, 1) + '\n');
