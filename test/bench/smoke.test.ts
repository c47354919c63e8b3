// Smoke test of the benchmark harness: `node bench/run.ts --quick` runs every scenario briefly
// against real server processes and the no-op floor, and its JSON must contain every scenario with
// well-formed, internally consistent fields. No timing assertions: speed is reported, never tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

interface Summary { n: number; p50: number | null; p99: number | null; p999: number | null; max: number | null }

function assertSummary(s: Summary, where: string, mustHaveSamples: boolean): void {
  assert.equal(typeof s.n, 'number', `${where}.n`);
  if (mustHaveSamples) assert.ok(s.n > 0, `${where} has samples`);
  if (s.n > 0) {
    for (const k of ['p50', 'p99', 'p999', 'max'] as const) assert.ok(typeof s[k] === 'number' && s[k]! >= 0, `${where}.${k} is a non-negative number`);
    assert.ok(s.p50! <= s.p99! && s.p99! <= s.p999! && s.p999! <= s.max!, `${where} percentiles are ordered`);
  }
}

test('bench --quick writes every scenario with sane fields', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'llmb-bench-smoke-'));
  try {
    const out = join(dir, 'quick.json');
    const stdout = await new Promise<string>((res, rej) => {
      execFile(process.execPath, [join(ROOT, 'bench/run.ts'), '--quick', '--out', out], { cwd: ROOT, timeout: 230_000, maxBuffer: 8 << 20 }, (err, so, se) =>
        err ? rej(new Error(`bench failed: ${err.message}\n${se}`)) : res(so));
    });
    assert.match(stdout, /Targets/);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(r.quick, true);
    assert.equal(r.machine.nproc > 0, true);
    assert.equal(typeof r.machine.cpu, 'string');
    assert.match(r.machine.node, /^v\d+/);
    for (const k of ['nonStreaming', 'streaming', 'extAuthz', 'detectors', 'memory', 'conversation', 'isolation', 'floor']) assert.ok(r.scenarios[k], `scenario ${k} present`);

    // 1 + 6: every offered rate ran against both the server and the floor; all four phases answered.
    const ex = r.scenarios.nonStreaming;
    // Higher rates are skipped once a server is saturated; the lowest always runs.
    assert.ok(ex.server.length >= 1 && ex.server.length <= r.config.exchangeRates.length);
    assert.ok(ex.floor.length >= 1 && ex.floor.length <= r.config.exchangeRates.length);
    assert.equal(ex.server[0].offeredPerSec, r.config.exchangeRates[0]);
    for (const [kind, steps] of [['server', ex.server], ['floor', ex.floor]] as const) {
      for (const s of steps) {
        assert.ok(s.completed > 0, `${kind} completed exchanges at ${s.offeredPerSec}/s`);
        assert.ok(s.serverCpuUsPerExchange === null || s.serverCpuUsPerExchange > 0, `${kind} server CPU per exchange`);
        assert.ok(s.completed + s.denied + s.errors + s.dropped + s.unfinished <= s.scheduled, `${kind} accounting`);
        assertSummary(s.total, `${kind}.total`, true);
        for (const p of ['request_headers', 'request_body', 'response_headers', 'response_body']) assertSummary(s.phases[p], `${kind}.${p}`, true);
      }
    }
    // The real pipeline masks the e-mail address in the response; the floor leaves the body alone.
    assert.equal(ex.server[0].responseRedacted, true);
    assert.equal(ex.floor[0].responseRedacted, false);
    assert.ok(ex.addedMs.length >= 1);
    assert.equal(ex.addedMs[0].rate, r.config.exchangeRates[0]);

    // 2: both body modes, server and floor; STREAMED chunk replies are 1:1 so chunk latency exists.
    for (const mode of ['STREAMED', 'FULL_DUPLEX_STREAMED']) {
      for (const kind of ['real', 'floor']) {
        const rows = r.scenarios.streaming.modes[mode][kind];
        assert.ok(rows.length >= 1 && rows.length <= r.config.streamRates.length, `${mode} ${kind} rows`);
        for (const row of rows) {
          assert.equal(row.errors, 0, `${mode} ${kind} errors`);
          assert.ok(row.sentTotal > 0, `${mode} ${kind} sent chunks`);
          assertSummary(row.chunkLatency, `${mode}.${kind}.chunkLatency`, mode === 'STREAMED');
          assertSummary(row.eventLatency, `${mode}.${kind}.eventLatency`, false);
        }
      }
    }
    // Redaction is on for the real server: no e-mail address leaves unmasked.
    for (const row of r.scenarios.streaming.modes.STREAMED.real) assert.equal(row.emailsLeaked, 0);
    // Alternating real/floor pairs at the highest sustained STREAMED rate, each side a full step; the
    // p99 target is judged on them.
    const pairs = r.scenarios.streaming.pairs;
    assert.equal(pairs.pairs.length, r.config.streamPairs);
    assert.equal(pairs.rate, r.scenarios.streaming.modes.STREAMED.real.at(-1).offeredChunksPerSec);
    for (const p of pairs.pairs) {
      for (const kind of ['real', 'floor'] as const) {
        assert.equal(p[kind].errors, 0, `pair ${kind} errors`);
        assert.ok(p[kind].sentTotal > 0, `pair ${kind} sent chunks`);
        assertSummary(p[kind].chunkLatency, `pair.${kind}.chunkLatency`, true);
      }
      // The real side masks the stream's e-mail addresses, the floor passes them through: each window ran against its own server.
      assert.equal(p.real.emailsLeaked, 0);
      assert.ok(p.real.emailsMasked > 0);
      assert.equal(p.floor.emailsMasked, 0);
      assert.equal(p.chunkP99Ratio, Math.round((p.real.chunkLatency.p99 / p.floor.chunkLatency.p99) * 100) / 100);
    }
    const p99Target = r.targets.find((t: { name: string }) => t.name === 'per-chunk p99 vs floor (STREAMED)');
    assert.match(p99Target.measured, /alternating real\/floor pairs/);

    // 3
    for (const kind of ['server', 'floor']) {
      for (const s of r.scenarios.extAuthz[kind]) {
        assert.ok(s.completed > 0);
        assert.equal(s.allowed, s.completed, `${kind}: the benign 4 KB request is allowed`);
        assertSummary(s.total, `authz.${kind}`, true);
      }
    }

    // 4: every detector of the policy measured; throughput positive; 1 KB prompt timed.
    const det = r.scenarios.detectors;
    assert.ok(det.corpusBytes > 0);
    for (const id of [...det.sets.request.detectors, ...det.sets.response.detectors]) {
      assert.ok(det.perDetector[id].mbPerSec > 0, `detector ${id} throughput`);
    }
    assertSummary(det.prompt1k, 'prompt1k', true);
    // Linux: the prompts the kernel did not switch out are summarised apart, and with the others make up the whole.
    const un = det.prompt1kUninterrupted!;
    assert.ok(un !== undefined, 'prompt1kUninterrupted present (/proc is readable here)');
    assertSummary(un.summary, 'prompt1kUninterrupted', false);
    assert.equal(un.summary.n + un.interrupted, det.prompt1k.n);
    // PII-dense answers: every response detector measured, and the PII detector finds entities there.
    for (const id of det.sets.response.detectors) assert.ok(det.dense.perDetector[id].mbPerSec > 0, `dense: detector ${id} throughput`);
    assert.ok(det.dense.perDetector.pii.findingsPerPass > det.dense.texts, 'dense records hold several PII findings per text');
    assert.ok(det.dense.responseSetMbPerSec > 0);
    // system_prompt_secrets with a declared value (it scans then): every form, none, and the response set.
    for (const k of ['everyForm', 'noForm', 'responseSet']) assert.ok(det.declaredSecret[k] > 0, `declaredSecret.${k}`);
    // system_prompt_probe with a declared value (it reads the user's text then), alone and in the request set.
    for (const k of ['probe', 'requestSet']) assert.ok(det.declaredRequest[k] > 0, `declaredRequest.${k}`);
    // ... and with a system prompt that rules topics out (it looks for them in the user's text then).
    for (const k of ['probe', 'requestSet']) assert.ok(det.topicRequest[k] > 0, `topicRequest.${k}`);
    // The corpus with one non-ASCII character per text (an ellipsis, an em dash): every detector and both sets measured.
    for (const one of [det.ellipsis, det.dash]) {
      for (const id of Object.keys(det.perDetector)) assert.ok(one.perDetector[id].mbPerSec > 0, `one character: detector ${id} throughput`);
      assert.ok(one.sets.request > 0 && one.sets.response > 0);
      assert.ok(one.bytes > det.corpusBytes, 'each character is 3 bytes of UTF-8 in place of one full stop');
    }

    // 5: idle and active rows for the server, all streams held, RSS positive.
    const mem = r.scenarios.memory.rows;
    assert.ok(mem.some((x: { server: string; state: string }) => x.server === 'real' && x.state === 'idle'));
    assert.ok(mem.some((x: { server: string; state: string }) => x.server === 'real' && x.state === 'active'));
    for (const row of mem) {
      assert.equal(row.failed, 0);
      assert.equal(row.held, row.streams);
      assert.ok(row.heldRssMb > 0 && row.baselineRssMb > 0);
    }

    // 7: one row per turn, requests grow with the history, both cache modes measured.
    const conv = r.scenarios.conversation;
    assert.equal(conv.perTurn.length, conv.turns);
    for (let k = 1; k < conv.perTurn.length; k++) assert.ok(conv.perTurn[k].requestBytes > conv.perTurn[k - 1].requestBytes);
    for (const t of conv.perTurn) assert.ok(t.cpuMsOff > 0 && t.cpuMsOn > 0);
    assert.equal(conv.wouldDeny.of, conv.turns * conv.conversations);

    // 8: both modes measured, the ticker ran, every document was scanned (the bench throws otherwise).
    const iso = r.scenarios.isolation;
    assert.deepEqual(iso.modes.map((m: { workers: number }) => m.workers), [0, 1]);
    for (const m of iso.modes) assert.ok(m.tickLateMs.n > 0 && m.documentMs > 0);

    assert.ok(Array.isArray(r.targets) && r.targets.length >= 4);
    const png = readFileSync(join(dir, 'latency-quick.png'));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  } finally {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
});

/** Runs bench/instructions.ts with `args`; resolves with its parsed stdout, rejects with its stderr. */
function instructions(args: readonly string[]): Promise<{ set: string; detectors: string[]; passes: number; texts: number; bytes: number; findings: number }> {
  return new Promise((res, rej) => {
    execFile(process.execPath, [join(ROOT, 'bench/instructions.ts'), ...args], { cwd: ROOT, timeout: 60_000 }, (err, so, se) =>
      err ? rej(new Error(se)) : res(JSON.parse(so)));
  });
}

test('bench/instructions.ts (the callgrind harness) scans the corpus passes times, untimed, and refuses bad options', { timeout: 120_000 }, async () => {
  const [none, one, two] = await Promise.all([0, 1, 2].map((p) => instructions(['--set', 'request', '--passes', String(p), '--bytes', '32768'])));
  assert.deepEqual(one.detectors, ['injection', 'secrets', 'pii', 'probe']);
  assert.ok(one.bytes >= 32768 && one.texts > 1);
  // The passes-0 run (what callgrind's start-up count is) builds the same corpus and scans nothing.
  assert.equal(none.findings, 0);
  assert.equal(none.bytes, one.bytes);
  assert.ok(one.findings > 0);
  assert.equal(two.findings, 2 * one.findings);
  const pii = await instructions(['--set', 'response', '--detector', 'pii', '--bytes', '32768']);
  assert.deepEqual(pii.detectors, ['pii']);
  await assert.rejects(instructions(['--set', 'both']), /--set must be request or response/);
  await assert.rejects(instructions(['--detector', 'nope']), /no detector nope in the request set/);
  await assert.rejects(instructions(['--passes', '-1']), /non-negative integers/);
});
