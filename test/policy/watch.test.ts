import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicyStore } from '../../src/policy/watch.ts';
import { policyInfo, policyReloadErrors } from '../../src/observability/metrics.ts';
import type { CompiledPolicy } from '../../src/policy/types.ts';
import { KEY } from './helpers.ts';

const policyText = (status: number) => `version: 1\ndefault: { deny_status: ${status} }\n`;

async function reloadErrors(): Promise<number> {
  return (await policyReloadErrors.get()).values[0]?.value ?? 0;
}

async function infoVersions(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const v of (await policyInfo.get()).values) out[String(v.labels.role)] = String(v.labels.version);
  return out;
}

/** Resolve with the next policy the store swaps in (or reject after a generous bound, so a broken watcher fails the test rather than hanging it). */
function nextChange(store: PolicyStore): Promise<CompiledPolicy> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error('no reload observed'));
    }, 10_000);
    const off = store.onChange((next) => {
      clearTimeout(timer);
      off();
      resolve(next);
    });
  });
}

test('reload: a changed file goes live; an invalid one is rejected and the old policy stays', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-policy-'));
  const file = join(dir, 'policy.yaml');
  writeFileSync(file, policyText(403));
  const store = new PolicyStore({ file, pollIntervalMs: 50, debounceMs: 10, compileOptions: { hmacKey: KEY } });
  try {
    const first = store.current();
    assert.equal(first.defaultRule!.denyStatus, 403);
    assert.deepEqual(await infoVersions(), { live: first.version });

    const changed = nextChange(store);
    writeFileSync(file, policyText(451));
    const second = await changed;
    assert.equal(second.defaultRule!.denyStatus, 451);
    assert.equal(store.current(), second);
    assert.notEqual(second.version, first.version);
    assert.deepEqual(await infoVersions(), { live: second.version });
    // The old object is untouched: a stream that took it keeps its rules.
    assert.equal(first.defaultRule!.denyStatus, 403);

    const before = await reloadErrors();
    writeFileSync(file, 'version: 1\ndefault: { deny_status: 99 }\n');
    assert.equal(store.reload(), false);
    assert.equal(store.current(), second);
    assert.equal(await reloadErrors(), before + 1);

    // Unchanged content: nothing to swap.
    writeFileSync(file, policyText(451) + '# comment only\n');
    assert.equal(store.reload(), false);
    assert.equal(store.current().version, second.version);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reload: a Kubernetes ConfigMap ..data symlink swap is seen', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-cm-'));
  const v1 = join(dir, '..2026_11_21_10_00_00.1');
  mkdirSync(v1);
  writeFileSync(join(v1, 'policy.yaml'), policyText(403));
  symlinkSync('..2026_11_21_10_00_00.1', join(dir, '..data'));
  symlinkSync('..data/policy.yaml', join(dir, 'policy.yaml'));
  const store = new PolicyStore({ file: join(dir, 'policy.yaml'), pollIntervalMs: 50, debounceMs: 10, compileOptions: { hmacKey: KEY } });
  try {
    assert.equal(store.current().defaultRule!.denyStatus, 403);
    const changed = nextChange(store);
    // What the kubelet does: write a new timestamped dir, point a temp link at it, rename over ..data.
    const v2 = join(dir, '..2026_11_21_10_05_00.2');
    mkdirSync(v2);
    writeFileSync(join(v2, 'policy.yaml'), policyText(429));
    symlinkSync('..2026_11_21_10_05_00.2', join(dir, '..data_tmp'));
    renameSync(join(dir, '..data_tmp'), join(dir, '..data'));
    rmSync(v1, { recursive: true });
    const next = await changed;
    assert.equal(next.defaultRule!.denyStatus, 429);
    assert.equal(store.current(), next);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a store cannot start on an invalid policy; the shadow version is published', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-bad-'));
  try {
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\n');
    assert.throws(() => new PolicyStore({ file: join(dir, 'bad.yaml'), pollIntervalMs: 0 }), { name: 'PolicyError', code: 'policy_error' });
    writeFileSync(join(dir, 'cand.yaml'), policyText(418));
    writeFileSync(join(dir, 'live.yaml'), `${policyText(403)}shadow: { file: cand.yaml }\n`);
    const store = new PolicyStore({ file: join(dir, 'live.yaml'), pollIntervalMs: 0, compileOptions: { hmacKey: KEY } });
    try {
      const p = store.current();
      assert.deepEqual(await infoVersions(), { live: p.version, shadow: p.shadow!.version });
      // Editing only the shadow file reloads the live policy (its version covers the shadow).
      writeFileSync(join(dir, 'cand.yaml'), policyText(419));
      assert.equal(store.reload(), true);
      assert.equal(store.current().shadow!.defaultRule!.denyStatus, 419);
      assert.notEqual(store.current().version, p.version);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
