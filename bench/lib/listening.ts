// The gRPC address a child `llm-boundary serve` reports in its JSON "listening" log line (the benchmark
// servers bind port 0). Shared by bench/run.ts and bench/stream-tail.ts.
import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with the `grpc` address of the first "listening" line on the child's stdout; rejects when
 * the child exits first or after 30 s. `stderrTail` gives the child's recent stderr for the error.
 */
export function grpcTarget(proc: ChildProcess, label: string, stderrTail: () => string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not start in 30 s: ${stderrTail()}`)), 30_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      for (const line of out.split('\n')) {
        if (!line.includes('"listening"')) continue;
        try {
          const j = JSON.parse(line) as { grpc?: string };
          if (j.grpc) {
            clearTimeout(timer);
            resolve(j.grpc);
          }
        } catch {
          // partial line
        }
      }
      if (out.length > 100_000) out = out.slice(-10_000);
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code}: ${stderrTail()}`));
    });
  });
}
