// Starts the real llm-boundary CLI (`node src/cli.ts serve`) on ephemeral 127.0.0.1 ports for the
// deploy tests, reading the bound addresses from its "listening" start-up line. Uses the real pipeline
// when src/pipeline/index.ts exists, else the authz-only fixture (see fixtures/authz-only-pipeline.ts).
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningService {
  readonly child: ChildProcess;
  readonly grpc: string;
  readonly admin: string;
  readonly pipeline: 'real' | 'authz-only fixture';
  stop(): Promise<void>;
}

export function realPipelineAvailable(): boolean {
  return fs.existsSync(path.join(ROOT, 'src/pipeline/index.ts'));
}

export async function startService(): Promise<RunningService> {
  const real = realPipelineAvailable();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test' };
  if (!real) env.LLM_BOUNDARY_PIPELINE_MODULE = path.join(ROOT, 'test/deploy/fixtures/authz-only-pipeline.ts');
  const child = spawn(process.execPath, ['src/cli.ts', 'serve', '--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0', '--audit-store', 'none', '--log-level', 'warn'],
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
        return { child, grpc: j.grpc, admin: j.admin, pipeline: real ? 'real' : 'authz-only fixture', stop };
      }
    }
  } finally {
    clearTimeout(deadline);
  }
  throw new Error(`llm-boundary did not start: ${stderr.slice(0, 2000)}`);
}
