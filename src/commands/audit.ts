// `llm-boundary audit <verify|query|export|prune|pubkey>`: offline tools over the audit trail.
// Exit codes: 0 ok, 1 verification failure or runtime error, 2 usage error.
import { existsSync, readFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { isGuardError } from '../core/errors.ts';
import { keyFileTooOpen, keyIdOf, loadOrCreateSigningKey, loadSigningKey, parsePublicKey } from '../audit/chain.ts';
import { parseQuery } from '../audit/columns.ts';
import { exportAudit, readExport } from '../audit/export.ts';
import type { AuditStore, ChainEntry, Checkpoint } from '../audit/model.ts';
import { canonicalJson } from '../audit/canonical.ts';
import { pruneChain } from '../audit/retention.ts';
import { formatIssue, verifySource } from '../audit/verify.ts';
import type { VerifyReport } from '../audit/verify.ts';
import { openAuditStore } from '../audit/writer.ts';
import { isTruncationMarker } from '../audit/chain.ts';

/** Where command output goes; tests pass their own streams. */
export interface CliIo {
  readonly out: Writable;
  readonly err: Writable;
}

const USAGE = `usage: llm-boundary audit <command> [options]

commands:
  verify   [--store SPEC | --file EXPORT.jsonl] [--pubkey FILE]... [--anchor CHECKPOINTS.jsonl]... [--format text|json]
  checkpoint [--store SPEC] [--chain ID]   (latest signed checkpoint per chain, JSONL: keep a copy off the store)
  query    [--store SPEC] [--since T] [--until T] [--identity ID] [--decision allow|redact|deny]
           [--detector NAME] [--tool NAME] [--chain ID] [--limit N] [--format table|json]
  export   [--store SPEC] [--since T] [--until T] [--chain ID] [--out FILE]   (JSONL on stdout by default)
  prune    --before T [--store SPEC] [--key FILE] [--chain ID]
  pubkey   [--key FILE]

SPEC: sqlite:PATH | postgres://user@host/db[?schema=NAME]  (default $LLM_BOUNDARY_AUDIT_STORE or sqlite:data/audit.sqlite)
FILE for --key: Ed25519 PEM (default $LLM_BOUNDARY_AUDIT_KEY or data/audit-key.pem)
`;

class UsageError extends Error {}

interface Parsed {
  readonly values: Map<string, string[]>;
  readonly positional: string[];
}

function parseArgs(argv: readonly string[], allowed: readonly string[]): Parsed {
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
    let value: string;
    if (eq >= 0) value = a.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
      value = argv[++i];
    }
    const list = values.get(name) ?? [];
    list.push(value);
    values.set(name, list);
  }
  return { values, positional };
}

function one(p: Parsed, name: string): string | undefined {
  const v = p.values.get(name);
  if (v && v.length > 1) throw new UsageError(`--${name} given more than once`);
  return v?.[0];
}

function storeSpec(p: Parsed): string {
  return one(p, 'store') ?? process.env.LLM_BOUNDARY_AUDIT_STORE ?? 'sqlite:data/audit.sqlite';
}

function keyPath(p: Parsed): string {
  return one(p, 'key') ?? process.env.LLM_BOUNDARY_AUDIT_KEY ?? 'data/audit-key.pem';
}

async function openExisting(spec: string): Promise<AuditStore> {
  if (spec === 'none') throw new UsageError('audit store is none: there is nothing to read');
  if (spec.startsWith('sqlite:') && !existsSync(spec.slice('sqlite:'.length))) throw new UsageError(`no audit store at ${spec}`);
  let store: AuditStore;
  try {
    store = await openAuditStore(spec);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  await store.init();
  return store;
}

function write(stream: Writable, text: string): Promise<void> | void {
  if (!stream.write(text)) return once(stream, 'drain').then(() => undefined);
}

/** Remove terminal control characters from values shown in a table. */
function clean(s: unknown, max = 40): string {
  let out = '';
  for (const ch of String(s ?? '')) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0) ? '?' : ch;
  }
  return out.length > max ? out.slice(0, max - 1) + '…' : out;
}

export function formatTable(entries: readonly ChainEntry[]): string {
  const header = ['TIME', 'CHAIN:SEQ', 'DECISION', 'IDENTITY', 'RULE', 'DETECTORS', 'TOOLS'];
  const rows = entries.map((e) => {
    const r = e.record;
    if (isTruncationMarker(r)) return [clean(r.time), clean(`${e.chain}:${e.seq}`), 'prune', '-', '-', `deleted seq ${r.fromSeq}..${r.throughSeq}`, '-'];
    return [
      clean(r.time),
      clean(`${e.chain}:${e.seq}`),
      clean(r.decision),
      clean(r.identity ?? '-', 72),
      clean(r.ruleId),
      clean([...new Set((r.findings ?? []).map((f) => f.detector))].join(',') || '-'),
      clean((r.tools ?? []).map((t) => `${t.tool}:${t.action}`).join(',') || '-'),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cols: string[]): string => cols.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd() + '\n';
  return line(header) + rows.map(line).join('');
}

export function formatReport(rep: VerifyReport): string {
  let out = '';
  for (const c of rep.chains) {
    out += `chain ${c.chain}: ${c.ok ? 'OK' : 'FAILED'} — ${c.entries} entries (seq ${c.firstSeq ?? '-'}..${c.headSeq})`;
    if (c.prunedThrough > 0) out += `, pruned through seq ${c.prunedThrough}`;
    out += `, ${c.checkpoints} checkpoints (last seq ${c.lastCheckpointSeq || '-'})`;
    if (c.unprovenTail > 0) out += `, ${c.unprovenTail} entries after the last checkpoint (hash-linked, not yet signed)`;
    out += '\n';
  }
  for (const w of rep.warnings) out += `warning: ${w}\n`;
  if (rep.issues.length > 0) {
    out += `FIRST PROBLEM: ${formatIssue(rep.issues[0])}\n`;
    for (const i of rep.issues.slice(1)) out += `  ${formatIssue(i)}\n`;
  }
  out += rep.ok ? 'verification passed\n' : 'verification FAILED\n';
  return out;
}

async function cmdVerify(p: Parsed, io: CliIo): Promise<number> {
  const format = one(p, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const file = one(p, 'file');
  if (file !== undefined && p.values.has('store')) throw new UsageError('use --store or --file, not both');
  const publicKeys: string[] = [];
  for (const f of p.values.get('pubkey') ?? []) {
    try {
      const pem = readFileSync(f, 'utf8');
      parsePublicKey(pem);
      publicKeys.push(pem);
    } catch (err) {
      throw new UsageError(`--pubkey ${f}: ${(err as Error).message}`);
    }
  }
  const anchors: Checkpoint[] = [];
  for (const f of p.values.get('anchor') ?? []) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (err) {
      throw new UsageError(`--anchor ${f}: ${(err as Error).message}`);
    }
    for (const [i, line] of text.split('\n').entries()) {
      if (line.trim() === '') continue;
      try {
        const { type: _type, ...cp } = JSON.parse(line) as Checkpoint & { type?: string };
        anchors.push(cp);
      } catch {
        throw new UsageError(`--anchor ${f} line ${i + 1}: not JSON`);
      }
    }
  }
  let report: VerifyReport;
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`--file ${file}: ${(err as Error).message}`);
    }
    let source;
    try {
      source = readExport(text);
    } catch (err) {
      await write(io.out, `verification FAILED: ${(err as Error).message}\n`);
      return 1;
    }
    report = await verifySource(source, { publicKeys, anchors });
  } else {
    const store = await openExisting(storeSpec(p));
    try {
      report = await verifySource(store, { publicKeys, anchors });
    } finally {
      await store.close();
    }
  }
  await write(io.out, format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return report.ok ? 0 : 1;
}

function filters(p: Parsed): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const k of ['since', 'until', 'identity', 'decision', 'detector', 'tool', 'chain', 'limit']) {
    const v = one(p, k);
    if (v !== undefined) raw[k] = v;
  }
  return raw;
}

async function cmdQuery(p: Parsed, io: CliIo): Promise<number> {
  const format = one(p, 'format') ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError('--format must be table or json');
  const q = parseQuery(filters(p));
  const store = await openExisting(storeSpec(p));
  try {
    const entries = await store.query(q);
    await write(io.out, format === 'json' ? JSON.stringify(entries, null, 2) + '\n' : formatTable(entries));
  } finally {
    await store.close();
  }
  return 0;
}

async function cmdExport(p: Parsed, io: CliIo): Promise<number> {
  const q = parseQuery(filters(p));
  if (q.identity || q.decision || q.detector || q.tool || q.limit) throw new UsageError('export takes only --since, --until and --chain (a verifiable export is a contiguous range)');
  const outPath = one(p, 'out');
  const store = await openExisting(storeSpec(p));
  const out: Writable = outPath ? createWriteStream(outPath, { mode: 0o600 }) : io.out;
  try {
    const n = await exportAudit(store, { since: q.since, until: q.until, chain: q.chain }, (line) => write(out, line + '\n'));
    await write(io.err, `exported ${n} entries\n`);
  } finally {
    await store.close();
    if (outPath) {
      out.end();
      await once(out, 'finish');
    }
  }
  return 0;
}

async function cmdPrune(p: Parsed, io: CliIo): Promise<number> {
  const beforeRaw = one(p, 'before');
  if (beforeRaw === undefined) throw new UsageError('prune needs --before TIME');
  const t = Date.parse(beforeRaw);
  if (Number.isNaN(t)) throw new UsageError('--before: not an ISO-8601 time');
  const before = new Date(t).toISOString();
  let key;
  try {
    key = loadSigningKey(keyPath(p));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const only = one(p, 'chain');
  const store = await openExisting(storeSpec(p));
  try {
    // A marker must be signed by the chain's own key, so only chains registered with this key are pruned.
    const mine = new Set((await store.keys()).filter((k) => k.keyId === key.keyId).map((k) => k.chain));
    if (only !== undefined && !mine.has(only)) throw new UsageError(`chain ${only} is not signed by key ${key.keyId}`);
    const targets = only !== undefined ? [only] : [...mine].sort();
    if (targets.length === 0) {
      await write(io.err, `no chain in the store is signed by key ${key.keyId}\n`);
      return 1;
    }
    for (const chain of targets) {
      const r = await pruneChain(store, key, chain, before);
      await write(io.out, r.markerSeq === null ? `chain ${chain}: nothing recorded before ${before}\n` : `chain ${chain}: deleted ${r.deleted} entries through seq ${r.throughSeq}; truncation marker at seq ${r.markerSeq}\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}

async function cmdCheckpoint(p: Parsed, io: CliIo): Promise<number> {
  const only = one(p, 'chain');
  const store = await openExisting(storeSpec(p));
  try {
    for (const cp of await store.latestCheckpoints()) {
      if (only === undefined || cp.chain === only) await write(io.out, canonicalJson({ type: 'checkpoint', ...cp }) + '\n');
    }
  } finally {
    await store.close();
  }
  return 0;
}

async function cmdPubkey(p: Parsed, io: CliIo): Promise<number> {
  const path = keyPath(p);
  const existed = existsSync(path);
  const key = loadOrCreateSigningKey(path);
  if (!existed) await write(io.err, `created audit key ${path} (mode 0600)\n`);
  else if (keyFileTooOpen(path)) await write(io.err, `warning: ${path} is readable by group or others; chmod 600 it\n`);
  await write(io.err, `key id ${keyIdOf(key.publicKey)}\n`);
  await write(io.out, key.publicPem);
  return 0;
}

const COMMANDS: Record<string, { allowed: readonly string[]; fn: (p: Parsed, io: CliIo) => Promise<number> }> = {
  verify: { allowed: ['store', 'file', 'pubkey', 'anchor', 'format'], fn: cmdVerify },
  checkpoint: { allowed: ['store', 'chain'], fn: cmdCheckpoint },
  query: { allowed: ['store', 'since', 'until', 'identity', 'decision', 'detector', 'tool', 'chain', 'limit', 'format'], fn: cmdQuery },
  export: { allowed: ['store', 'since', 'until', 'chain', 'out'], fn: cmdExport },
  prune: { allowed: ['store', 'before', 'key', 'chain'], fn: cmdPrune },
  pubkey: { allowed: ['key'], fn: cmdPubkey },
};

/** Entry point used by src/cli.ts: `audit` subcommands. Resolves to the exit code. */
export async function run(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    await write(cmd === undefined ? io.err : io.out, USAGE);
    return cmd === undefined ? 2 : 0;
  }
  const c = COMMANDS[cmd];
  if (!c || !Object.hasOwn(COMMANDS, cmd)) {
    await write(io.err, `unknown audit command: ${clean(cmd)}\n${USAGE}`);
    return 2;
  }
  try {
    const p = parseArgs(rest, c.allowed);
    if (p.positional.length > 0) throw new UsageError(`unexpected argument: ${clean(p.positional[0])}`);
    return await c.fn(p, io);
  } catch (err) {
    if (err instanceof UsageError || (isGuardError(err) && err.code === 'malformed_body')) {
      await write(io.err, `audit ${cmd}: ${(err as Error).message}\n`);
      return 2;
    }
    await write(io.err, `audit ${cmd}: ${(err as Error).message}\n`);
    return 1;
  }
}
