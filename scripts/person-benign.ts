// PERSON findings on benign text that holds few or no personal names: the project's own README.md,
// BENCHMARKS.md and models/MODEL_CARD.md, the first 2 MB of *.md files under node_modules (sorted
// paths), and the benign (label 0) texts of the injection datasets plus the handwritten benign,
// documentation and machine-text modules. Every finding here is a candidate false positive (some
// benign prompts do name real people); the script is for comparing two trees, not a score.
//   node scripts/person-benign.ts [REPO_DIR, default this checkout] [--out FILE.json] [--diff BEFORE.json]
// --out writes every finding (source, span, text, the line around it); --diff lists the findings of
// this run that BEFORE.json does not hold (matched on source, text and span). Not part of `npm test`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(positional[0] ?? here);

const { buildDetector } = await import(`${repo}/src/detectors/registry.ts`);
const det = buildDetector('pii', 'pii', {}, { baseDir: repo });
const ctx = { role: 'assistant', kind: 'message_text', untrusted: false, direction: 'response' } as const;

// Texts: always read from this checkout (the same inputs for both trees).
const texts: { source: string; text: string }[] = [];
for (const f of ['README.md', 'BENCHMARKS.md', 'models/MODEL_CARD.md']) {
  const p = join(here, f);
  if (existsSync(p)) texts.push({ source: f, text: readFileSync(p, 'utf8') });
}
const mdFiles: string[] = [];
const walk = (dir: string, depth: number): void => {
  if (depth > 8) return;
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const n of names) {
    const p = join(dir, n);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, depth + 1);
    else if (n.toLowerCase().endsWith('.md')) mdFiles.push(p);
  }
};
walk(join(here, 'node_modules'), 0);
let mdBytes = 0;
for (const p of mdFiles) {
  if (mdBytes >= 2 * 1024 * 1024) break;
  const t = readFileSync(p, 'utf8');
  mdBytes += t.length;
  texts.push({ source: p.slice(here.length + 1), text: t });
}
const seen = new Set<string>();
const add = (source: string, text: string): void => {
  if (seen.has(text)) return;
  seen.add(text);
  texts.push({ source, text });
};
const inj = `${here}/src/detectors/injection`;
const { loadExamples } = await import(`${inj}/dataset.ts`);
for (const e of loadExamples().examples) if (e.label === 0) add(e.id, e.text);
const mods: [string, string][] = [
  ['benign.ts', 'HANDWRITTEN_BENIGN'], ['benign-multilingual.ts', 'HANDWRITTEN_BENIGN_ML'], ['benign-developer.ts', 'HANDWRITTEN_BENIGN_DEVELOPER'],
  ['benign-hindi.ts', 'HANDWRITTEN_BENIGN_HINDI'], ['benign-lookalike.ts', 'HANDWRITTEN_LOOKALIKE'], ['benign-answer-format-en.ts', 'ANSWER_FORMAT_EN'],
  ['benign-answer-format-ml.ts', 'ANSWER_FORMAT_ML'], ['benign-creative.ts', 'HANDWRITTEN_CREATIVE'], ['benign-html.ts', 'HANDWRITTEN_HTML'],
  ['benign-reply-docs.ts', 'HANDWRITTEN_REPLY_DOCS'], ['benign-steer-docs.ts', 'HANDWRITTEN_STEER_DOCS'], ['docs-markdown.ts', 'HANDWRITTEN_MARKDOWN_DOCS'],
  ['docs-text.ts', 'HANDWRITTEN_DOCS'], ['machine-text.ts', 'HANDWRITTEN_MACHINE'],
];
for (const [file, name] of mods) {
  const m = await import(`${inj}/${file}`);
  (m[name] as readonly (string | { text: string })[]).forEach((x, i) => add(`${file}:${i}`, typeof x === 'string' ? x : x.text));
}

interface Hit { source: string; start: number; end: number; value: string; why: string; line: string }
const hits: Hit[] = [];
let chars = 0;
for (const { source, text } of texts) {
  chars += text.length;
  for (const f of det.scan(text, ctx)) {
    if (f.type !== 'PERSON') continue;
    const a = Math.max(0, text.lastIndexOf('\n', f.start - 1) + 1, f.start - 60);
    let b = text.indexOf('\n', f.end);
    if (b < 0 || b > f.end + 60) b = Math.min(text.length, f.end + 60);
    hits.push({ source, start: f.start, end: f.end, value: text.slice(f.start, f.end), why: f.explanation, line: text.slice(a, b) });
  }
}
process.stdout.write(`${texts.length} texts, ${(chars / 1e6).toFixed(2)} M characters (${mdFiles.length} node_modules .md files seen, ${(mdBytes / 1e6).toFixed(2)} M read): ${hits.length} PERSON findings in ${new Set(hits.map((h) => h.source)).size} texts\n`);
const out = opt('--out');
if (out !== undefined) writeFileSync(out, JSON.stringify(hits, null, 1));
const diff = opt('--diff');
if (diff !== undefined) {
  // New: a finding that overlaps no finding of the other run in the same text; moved: one that overlaps
  // one but with another span.
  const old = JSON.parse(readFileSync(diff, 'utf8')) as Hit[];
  const bySource = (hs: Hit[]): Map<string, Hit[]> => {
    const m = new Map<string, Hit[]>();
    for (const h of hs) m.set(h.source, [...(m.get(h.source) ?? []), h]);
    return m;
  };
  const oldBy = bySource(old);
  const nowBy = bySource(hits);
  const overlapping = (h: Hit, m: Map<string, Hit[]>): Hit[] => (m.get(h.source) ?? []).filter((o) => o.start < h.end && h.start < o.end);
  const added = hits.filter((h) => overlapping(h, oldBy).length === 0);
  const gone = old.filter((h) => overlapping(h, nowBy).length === 0);
  const moved = hits.filter((h) => { const o = overlapping(h, oldBy); return o.length > 0 && !o.some((x) => x.start === h.start && x.end === h.end); });
  process.stdout.write(`new: ${added.length}, gone: ${gone.length}, span changed: ${moved.length}\n`);
  for (const h of added) process.stdout.write(`+ [${h.source}] ${JSON.stringify(h.value)} (${h.why})  in ${JSON.stringify(h.line)}\n`);
  for (const h of gone) process.stdout.write(`- [${h.source}] ${JSON.stringify(h.value)} (${h.why})  in ${JSON.stringify(h.line)}\n`);
  for (const h of moved) process.stdout.write(`~ [${h.source}] ${JSON.stringify(h.value)} (${h.why}) was ${overlapping(h, oldBy).map((o) => JSON.stringify(o.value)).join(', ')}\n`);
}
