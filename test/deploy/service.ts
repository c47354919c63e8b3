// Starts the real llm-boundary CLI (`node src/cli.ts serve`, embedded default policy, no audit
// store) on ephemeral 127.0.0.1 ports for the deploy tests, reading the bound addresses from its
// "listening" start-up line. Stop it with stop() (SIGTERM, then SIGKILL after 5 s).
import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningService {
  readonly child: ChildProcess;
  readonly grpc: string;
  readonly admin: string;
  stop(): Promise<void>;
}

export async function startService(extraArgs: readonly string[] = []): Promise<RunningService> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test' };
  const child = spawn(process.execPath, ['src/cli.ts', 'serve', '--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0', '--audit-store', 'none', '--log-level', 'warn', ...extraArgs],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += String(d); });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(force);
  };
  const deadline = setTimeout(() => child.kill('SIGKILL'), 30000);
  try {
    for await (const line of readline.createInterface({ input: child.stdout! })) {
      if (!line.startsWith('{')) continue;
      const j = JSON.parse(line) as { msg?: string; grpc?: string; admin?: string };
      if (j.msg === 'listening' && j.grpc && j.admin) {
        // Keep draining stdout so the child never blocks on a full pipe.
        child.stdout!.resume();
        return { child, grpc: j.grpc, admin: j.admin, stop };
      }
    }
  } finally {
    clearTimeout(deadline);
  }
  throw new Error(`llm-boundary did not start: ${stderr.slice(0, 2000)}`);
}
