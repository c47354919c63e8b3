// Checks every seeded corpus of project-written documents must pass (code-text.ts, reference-text.ts, dialog-text.ts
// and the localisation family): the same documents on every import, none twice, and no long line shared by more
// than a quarter of them (a corpus that repeats itself teaches a model its template, not its genre).
import assert from 'node:assert/strict';

export interface SeededDoc { readonly kind: string; readonly lang: string; readonly text: string }

/** A second import of the module at `url` (a query string makes it a new instance) yields `docs` again, as the export `name`. */
export async function assertSameOnReimport(url: URL, name: string, docs: readonly SeededDoc[]): Promise<void> {
  const again = ((await import(`${url.href}?again`)) as Record<string, readonly SeededDoc[]>)[name];
  assert.notEqual(again, docs);
  assert.deepEqual(again.map((d) => [d.kind, d.lang, d.text]), docs.map((d) => [d.kind, d.lang, d.text]));
}

/** No two documents are equal, and no line longer than 40 characters stands in more than a quarter of them. */
export function assertNoRepeats(docs: readonly SeededDoc[]): void {
  assert.equal(new Set(docs.map((d) => d.text)).size, docs.length);
  const seen = new Map<string, number>();
  for (const d of docs) {
    for (const line of new Set(d.text.split('\n').filter((l) => l.length > 40))) seen.set(line, (seen.get(line) ?? 0) + 1);
  }
  for (const [line, n] of seen) assert.ok(n <= docs.length / 4, `${n} documents share: ${line}`);
}

/**
 * How many of `docs` fire an injection rule, and per "<kind> <rule id>" in how many documents of that kind it fires
 * (project-written corpora keep the rules' phrases rare: a model trained on them would learn those phrases as benign).
 */
export async function ruleHits(docs: readonly SeededDoc[]): Promise<{ any: number; perKindRule: Map<string, number> }> {
  const { normalizeForInjection } = await import('../../src/detectors/injection/normalize.ts');
  const { RULES, INJECTION_RULES } = await import('../../src/detectors/injection/rules.ts');
  const perKindRule = new Map<string, number>();
  let any = 0;
  for (const d of docs) {
    const ids = new Set(RULES.scan(normalizeForInjection(d.text).text).map((h) => INJECTION_RULES[h.rule].id));
    if (ids.size > 0) any++;
    for (const id of ids) perKindRule.set(`${d.kind} ${id}`, (perKindRule.get(`${d.kind} ${id}`) ?? 0) + 1);
  }
  return { any, perKindRule };
}

/**
 * No secret-looking value in `text` (a long run of token characters whose unseparated stretch mixes upper case, lower
 * case and digits reads as a key or token; catalogue keys, resource paths and ARNs are made of short pieces), e-mail
 * addresses only at example.org/.com/.net and IPv4 addresses only from the documentation ranges or 10/8.
 */
export function assertDocumentationValues(text: string, where: string): void {
  for (const m of text.matchAll(/[A-Za-z0-9+/=_-]{24,}/g)) {
    for (const piece of m[0].split(/[_\-/+=.]/)) {
      const mixed = piece.length >= 16 && /[a-z]/.test(piece) && /[A-Z]/.test(piece) && /\d/.test(piece);
      assert.ok(!mixed, `${where}: ${m[0]}`);
    }
  }
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+\.)+[a-z]{2,}/gi)) assert.match(m[0], /\.?example\.(org|com|net)$/i, `${where}: ${m[0]}`);
  for (const m of text.matchAll(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])/g)) {
    assert.ok(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.|^10\./.test(m[0]), `${where}: ${m[0]}`);
  }
}

/**
 * `docs` read as untrusted tool results: how many the shipped injection model flags (and of those, how many without
 * any rule), and how many the embedded default policy denies; no document may be redacted (the families hold no
 * personal data or secrets).
 */
export async function readAsToolResults(docs: readonly SeededDoc[]): Promise<{ flagged: number; modelOnly: number; denied: number }> {
  const { loadModel } = await import('../../src/detectors/injection/model.ts');
  const { scoreText } = await import('../../src/detectors/injection/index.ts');
  const { loadEmbeddedPolicy } = await import('../../src/policy/compile.ts');
  const { decide } = await import('../../src/policy/decide.ts');
  const model = loadModel();
  const rule = loadEmbeddedPolicy({ hmacKey: Buffer.alloc(32, 7) }).select({ host: 'api.openai.com', path: '/v1/chat/completions', method: 'POST', headers: new Map(), identity: { source: 'none', roles: [] } });
  const ctx = { role: 'tool', kind: 'tool_result', untrusted: true, direction: 'request' } as const;
  let flagged = 0;
  let modelOnly = 0;
  let denied = 0;
  for (const d of docs) {
    const s = scoreText(model, d.text);
    if (s.score >= model.threshold) {
      flagged++;
      if (s.allRules.length === 0) modelOnly++;
    }
    const findings = rule.request.detectors.flatMap((x) => x.scan(d.text, ctx));
    const verdict = decide(rule, 'request', [findings], [{ text: d.text, role: ctx.role, kind: ctx.kind, pointer: '/0', untrusted: true }]);
    assert.notEqual(verdict.action, 'redact', `${d.kind} (${d.lang}): ${verdict.reasons.join(',')}`);
    if (verdict.action === 'deny') denied++;
  }
  return { flagged, modelOnly, denied };
}
