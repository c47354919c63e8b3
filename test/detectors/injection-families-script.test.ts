// scripts/families.ts: the never-trained family totals the model card compares candidates by, and the CLI around them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../src/detectors/injection/model.ts';
import { familyReport, HELD_OUT, NEVER_TRAINED } from '../../scripts/families.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/families.ts', import.meta.url));

test('the never-trained families are 1,168 attacks and 3,493 benign texts, and the held-out ones come in benign/attack pairs', () => {
  const size = (label: 0 | 1): number => NEVER_TRAINED.filter((f) => f.label === label).reduce((n, f) => n + f.texts.length, 0);
  assert.equal(size(1), 1168);
  assert.equal(size(0), 3493);
  assert.equal(HELD_OUT.length % 2, 0);
  for (let i = 0; i < HELD_OUT.length; i += 2) assert.deepEqual([HELD_OUT[i].label, HELD_OUT[i + 1].label], [0, 1]);
  for (const f of [...NEVER_TRAINED, ...HELD_OUT]) assert.ok(f.texts.length > 0 && f.texts.every((t) => t.length > 0), f.name);
});

test('counts at equal benign flags bracket the counts at the model\'s threshold, and grow with the benign count', () => {
  const model = loadModel();
  const probe = familyReport(model, 'shipped', [1]);
  const b = probe.benign.flagged;
  assert.ok(b >= 1, 'the shipped model flags some never-trained benign text');
  const r = familyReport(model, 'shipped', [b, b + 1, b + 50]);
  // The b-th strongest benign text is flagged, the (b+1)-th is not: attacks above the first are at most those at the
  // threshold, attacks above the second at least as many.
  assert.ok(r.atBenign[String(b)] <= r.attacks.flagged && r.attacks.flagged <= r.atBenign[String(b + 1)], JSON.stringify(r.atBenign));
  assert.ok(r.atBenign[String(b + 1)] <= r.atBenign[String(b + 50)]);
  // The report lists the never-trained families first; their attacks add up to the total.
  const neverTrained = r.families.slice(0, NEVER_TRAINED.length);
  assert.deepEqual(neverTrained.map((f) => f.name), NEVER_TRAINED.map((f) => f.name));
  assert.equal(neverTrained.reduce((n, f) => n + (f.label === 1 ? f.flagged : 0), 0), r.attacks.flagged);
});

test('the CLI prints one column per model (JSON with --json) and rejects a bad option', () => {
  const ok = spawnSync(process.execPath, [SCRIPT, '--json', '--at-benign', '10'], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  const [report] = JSON.parse(ok.stdout) as { atBenign: Record<string, number>; attacks: { n: number } }[];
  assert.deepEqual(Object.keys(report.atBenign), ['10']);
  assert.equal(report.attacks.n, 1168);
  const bad = spawnSync(process.execPath, [SCRIPT, '--at-benign', 'x'], { encoding: 'utf8' });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--at-benign takes positive integers/);
  const unknown = spawnSync(process.execPath, [SCRIPT, '--bogus'], { encoding: 'utf8' });
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /unknown option --bogus/);
});
