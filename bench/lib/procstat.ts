// CPU and memory accounting from /proc for the benchmark harness and tests (Linux; NaN / null elsewhere).
import { readFileSync } from 'node:fs';

/** User + system CPU seconds of a process (utime + stime, USER_HZ = 100). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Resident set size of a process in bytes (VmRSS of /proc/<pid>/status); NaN when the line is missing. */
export function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.split(/\s+/)[1]) * 1024 : NaN;
}

/**
 * [busy, steal] ticks of one CPU from /proc/stat: busy = user + nice + system + irq + softirq of every
 * process on that core; steal = time the hypervisor ran something else there. null when unreadable.
 */
export function coreTicks(core: number): [number, number] | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${core} `));
    if (line === undefined) return null;
    const f = line.split(' ').filter((x) => x !== '').slice(1).map(Number);
    return [f[0] + f[1] + f[2] + f[5] + f[6], f[7]];
  } catch {
    return null;
  }
}

/**
 * A reader of the calling process's main-thread count of involuntary context switches (the kernel took the
 * core from it: another thread of the process, such as V8's compiler and GC helpers, or another process, was
 * run there), from /proc/self/task/<pid>/status; null where that file cannot be read.
 */
export function involuntarySwitches(): (() => number) | null {
  const path = `/proc/self/task/${process.pid}/status`;
  const read = (): number => {
    const s = readFileSync(path, 'utf8');
    const at = s.indexOf('nonvoluntary_ctxt_switches:');
    return at < 0 ? NaN : Number.parseInt(s.slice(at + 27), 10);
  };
  try {
    return Number.isFinite(read()) ? read : null;
  } catch {
    return null;
  }
}
