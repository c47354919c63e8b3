// Worker-thread entry that owns the SQLite connection for ThreadedSqliteStore: inserts and the
// per-commit fsync run here, off the event loop that answers Envoy. One worker per store instance.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteAuditStore } from './sqlite.ts';
import type { StoredEntry } from './model.ts';

interface Call {
  readonly id: number;
  readonly method: string;
  readonly args: unknown[];
}

const store = new SqliteAuditStore((workerData as { path: string }).path);
const port = parentPort;
if (port === null) throw new Error('sqlite-worker must run in a worker thread');

port.on('message', (msg: Call) => {
  void handle(msg).then(
    (result) => port.postMessage({ id: msg.id, ok: true, result }),
    (err: unknown) => port.postMessage({ id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});

async function handle(msg: Call): Promise<unknown> {
  if (msg.method === 'entriesPage') {
    const [chain, from, to, limit] = msg.args as [string, number, number, number];
    const out: StoredEntry[] = [];
    for await (const e of store.entries(chain, from, to)) {
      out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }
  const fn = (store as unknown as Record<string, (...a: unknown[]) => unknown>)[msg.method];
  if (typeof fn !== 'function' || msg.method === 'constructor') throw new Error(`unknown store method ${msg.method}`);
  return await fn.apply(store, msg.args);
}
