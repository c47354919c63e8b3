// Load generator process: plays Envoy's side of ext_proc / ext_authz over loopback gRPC with
// pre-encoded messages. Forked by bench/run.ts (pinned to its own core) and driven over the IPC
// channel: each message is a Task, answered with { ok, result } or { ok: false, error }.
// Open-loop: exchanges, Checks and stream chunks are scheduled by the clock at a fixed rate and
// latency is measured from the SCHEDULED time, so a slow server cannot slow the offered load down
// and hide its own queueing (coordinated omission). Lifetime: until the parent disconnects.
import { Samples, type Summary } from './lib/stats.ts';
import {
  CHECK_PATH, PROCESS_PATH, bodyMsg, checkAllowed, checkMsg, replyBody, replyKind, requestHeadersMsg, responseHeadersMsg,
  type ReplyKind,
} from './lib/wire.ts';
import { H2Call, H2Client, frame, unary } from './lib/h2grpc.ts';
import {
  chatRequest4k, chatResponse2k, chatStream, chunks, requestHeaders, responseHeaders, streamRequest,
} from './lib/payloads.ts';

/** One unit of work the driver asks of the generator (see bench/run.ts). */
export type Task =
  | { kind: 'exchanges'; target: string; rate: number; warmupMs: number; durationMs: number; channels: number; maxInflight: number }
  | { kind: 'streams'; target: string; mode: 'STREAMED' | 'FULL_DUPLEX_STREAMED'; streams: number; chunksPerSecond: number; tokens: number; chunkBytes: number; warmupMs: number; durationMs: number; channels: number; stagger: boolean }
  | { kind: 'authz'; target: string; rate: number; warmupMs: number; durationMs: number; channels: number; maxInflight: number }
  | { kind: 'hold'; target: string; streams: number; active: boolean; channels: number };

/** Result of one offered-rate step of scenario 1. */
export interface ExchangeStepResult {
  readonly offeredPerSec: number;
  readonly achievedPerSec: number;
  readonly scheduled: number;
  readonly completed: number;
  readonly denied: number;
  readonly errors: number;
  readonly dropped: number;
  readonly unfinished: number;
  /** Whole exchange, from its scheduled start to the last reply (ms). */
  readonly total: Summary;
  /** Per message: send -> reply round trip (ms). */
  readonly phases: Record<string, Summary>;
  /** The response body reply masked the e-mail address (real pipeline) or left it (floor). */
  readonly responseRedacted: boolean | null;
  /** Exchanges started including warm-up (for server CPU per exchange). */
  readonly launched: number;
  /** Error messages by kind (diagnostics). */
  readonly errorKinds: Record<string, number>;
}

const now = (): number => performance.now();

/** Error messages seen by a step, counted (numbers stripped so they group), for diagnosing saturation. */
const errorKinds: Record<string, number> = {};
function noteError(err: Error): void {
  const k = err.message.replace(/\d+/g, 'N').slice(0, 80);
  errorKinds[k] = (errorKinds[k] ?? 0) + 1;
}
function takeErrorKinds(): Record<string, number> {
  const out = { ...errorKinds };
  for (const k of Object.keys(errorKinds)) delete errorKinds[k];
  return out;
}
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type RawStream = H2Call;

function clients(target: string, n: number): H2Client[] {
  return Array.from({ length: Math.max(1, n) }, () => new H2Client(target));
}

function openProcess(c: H2Client): H2Call {
  return new H2Call(c, PROCESS_PATH);
}

function closeAll(cs: H2Client[]): void {
  for (const c of cs) c.close();
}

/** Fires `launch(scheduledAt, measured)` at `rate` per second for warmup+duration; resolves when scheduling ends. */
function schedule(rate: number, warmupMs: number, durationMs: number, launch: (sched: number, measured: boolean) => void): Promise<void> {
  const interval = 1000 / rate;
  const start = now() + 5;
  const measureFrom = start + warmupMs;
  const end = measureFrom + durationMs;
  let i = 0;
  return new Promise((resolve) => {
    const tick = (): void => {
      const t = now();
      for (;;) {
        const sched = start + i * interval;
        if (sched >= end) return resolve();
        if (sched > t) break;
        launch(sched, sched >= measureFrom);
        i++;
      }
      setTimeout(tick, 0);
    };
    tick();
  });
}

async function waitFor(cond: () => boolean, timeoutMs: number): Promise<void> {
  const until = now() + timeoutMs;
  while (!cond() && now() < until) await sleep(5);
}

function endCall(call: RawStream): void {
  // Envoy's normal close: half-close, then cancel.
  try {
    call.end();
    call.cancel();
  } catch {
    // already closed
  }
}

// ---- scenario 1 (and 6): buffered exchanges ----------------------------------------------------

const PHASES = ['request_headers', 'request_body', 'response_headers', 'response_body'] as const;

async function exchanges(task: Extract<Task, { kind: 'exchanges' }>): Promise<ExchangeStepResult> {
  const reqBody = chatRequest4k();
  const resBody = chatResponse2k();
  const msgs = [
    requestHeadersMsg(requestHeaders(reqBody.length), false, 'BUFFERED', 'BUFFERED'),
    bodyMsg('request', reqBody, true),
    responseHeadersMsg(responseHeaders('application/json', resBody.length), false),
    bodyMsg('response', resBody, true),
  ].map(frame);
  const cs = clients(task.target, task.channels);
  const total = new Samples();
  const phase = PHASES.map(() => new Samples());
  let inflight = 0, scheduled = 0, completed = 0, denied = 0, errors = 0, dropped = 0, next = 0, launched = 0;
  let redacted: boolean | null = null;
  const open = new Map<RawStream, { sched: number; measured: boolean }>();

  const launch = (sched: number, measured: boolean): void => {
    if (measured) scheduled++;
    if (inflight >= task.maxInflight) {
      if (measured) dropped++;
      return;
    }
    inflight++;
    launched++;
    const call = openProcess(cs[next++ % cs.length]);
    open.set(call, { sched, measured });
    let step = 0;
    let sentAt = now();
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      inflight--;
      open.delete(call);
      endCall(call);
    };
    call.on('data', (buf: Buffer) => {
      if (finished) return;
      const t = now();
      const k: ReplyKind = replyKind(buf);
      if (k === 'immediate_response') {
        if (measured) denied++;
        return finish();
      }
      if (k !== PHASES[step]) {
        if (measured) errors++;
        return finish();
      }
      if (measured) phase[step].add(t - sentAt);
      if (step === 3 && redacted === null) {
        const out = replyBody(buf).body ?? resBody;
        redacted = !out.includes('help.desk@example.org');
      }
      step++;
      if (step === msgs.length) {
        if (measured) {
          completed++;
          total.add(t - sched);
        }
        return finish();
      }
      sentAt = t;
      call.write(msgs[step]);
    });
    call.on('error', (err) => {
      if (!finished && measured) {
        errors++;
        noteError(err);
      }
      finish();
    });
    call.write(msgs[0]);
  };

  await schedule(task.rate, task.warmupMs, task.durationMs, launch);
  await waitFor(() => inflight === 0, 10_000);
  // Whatever is still open counts with the latency it has reached (a lower bound), never dropped silently.
  let unfinished = 0;
  const t = now();
  for (const [call, s] of open) {
    if (s.measured) {
      unfinished++;
      total.add(t - s.sched);
    }
    call.on('error', () => {}); // counted as unfinished, not again as an error
    endCall(call);
  }
  closeAll(cs);
  const phases: Record<string, Summary> = {};
  PHASES.forEach((p, i) => (phases[p] = phase[i].summary()));
  return {
    offeredPerSec: task.rate,
    achievedPerSec: Math.round(completed / (task.durationMs / 1000)),
    scheduled,
    completed,
    denied,
    errors,
    dropped,
    unfinished,
    total: total.summary(),
    phases,
    responseRedacted: redacted,
    launched,
    errorKinds: takeErrorKinds(),
  };
}

// ---- scenario 3: ext_authz Check --------------------------------------------------------------

async function authz(task: Extract<Task, { kind: 'authz' }>) {
  const body = chatRequest4k();
  const msg = frame(checkMsg(requestHeaders(body.length), body));
  const cs = clients(task.target, task.channels);
  const lat = new Samples();
  let inflight = 0, scheduled = 0, completed = 0, allowed = 0, errors = 0, dropped = 0, next = 0, launched = 0;
  await schedule(task.rate, task.warmupMs, task.durationMs, (sched, measured) => {
    if (measured) scheduled++;
    if (inflight >= task.maxInflight) {
      if (measured) dropped++;
      return;
    }
    inflight++;
    launched++;
    unary(cs[next++ % cs.length], CHECK_PATH, msg, (err, res) => {
      inflight--;
      if (!measured) return;
      if (err || !res) {
        errors++;
        if (err) noteError(err);
        return;
      }
      completed++;
      if (checkAllowed(res)) allowed++;
      lat.add(now() - sched);
    });
  });
  await waitFor(() => inflight === 0, 10_000);
  closeAll(cs);
  return {
    offeredPerSec: task.rate,
    achievedPerSec: Math.round(completed / (task.durationMs / 1000)),
    scheduled, completed, allowed, errors, dropped, launched,
    total: lat.summary(),
    errorKinds: takeErrorKinds(),
  };
}

// ---- scenario 2: concurrent SSE streams ------------------------------------------------------

async function streams(task: Extract<Task, { kind: 'streams' }>) {
  const sse = chatStream(task.tokens);
  const parts = chunks(sse, task.chunkBytes);
  // For each input chunk, how many complete events ("\n\n" terminators) the input holds up to its end.
  const eventsThrough = new Int32Array(parts.length);
  const eventEndChunk: number[] = [];
  {
    let prevNl = false, count = 0;
    parts.forEach((p, k) => {
      for (const b of p) {
        if (b === 0x0a && prevNl) {
          count++;
          eventEndChunk.push(k);
          prevNl = false;
        } else prevNl = b === 0x0a;
      }
      eventsThrough[k] = count;
    });
  }
  const reqBody = streamRequest();
  const head = [
    requestHeadersMsg(requestHeaders(reqBody.length), false, 'BUFFERED', task.mode),
    bodyMsg('request', reqBody, true),
    responseHeadersMsg(responseHeaders('text/event-stream'), false),
  ].map(frame);
  const chunkMsgs = parts.map((p, k) => frame(bodyMsg('response', p, k === parts.length - 1)));
  const cs = clients(task.target, task.channels);
  const chunkLat = new Samples();
  const eventLat = new Samples();
  const eosLat = new Samples();
  let sentTotal = 0;
  const perStreamRate = task.chunksPerSecond / task.streams;
  const interval = 1000 / perStreamRate;
  const startAll = now() + 5;
  const measureFrom = startAll + task.warmupMs;
  const endAt = measureFrom + task.durationMs;
  let chunksDone = 0, errors = 0, streamsCompleted = 0, emailsLeaked = 0, emailsMasked = 0, resets = 0, sentInWindow = 0;
  let stopping = false;
  const fds = task.mode === 'FULL_DUPLEX_STREAMED';

  interface Slot {
    call?: RawStream;
    phase: 'head' | 'chunks' | 'idle';
    headStep: number;
    t0: number;
    sent: number;
    sched: Float64Array;
    acked: number;
    outEvents: number;
    prevNl: boolean;
    finished: boolean;
  }
  const slots: Slot[] = [];

  const finishSlot = (s: Slot): void => {
    if (s.finished) return;
    s.finished = true;
    s.phase = 'idle';
    if (s.call) endCall(s.call);
    if (!stopping) setImmediate(() => startSlot(s, now()));
  };

  const countOutput = (s: Slot, out: Buffer, t: number): void => {
    if (out.includes('ops.team@example.net')) emailsLeaked++;
    if (out.includes('[EMAIL]')) emailsMasked++;
    for (const b of out) {
      if (b === 0x0a && s.prevNl) {
        const e = s.outEvents++;
        s.prevNl = false;
        const k = eventEndChunk[e];
        if (k !== undefined && k < s.sent) {
          const sched = s.sched[k];
          if (sched >= measureFrom && sched < endAt) eventLat.add(t - sched);
          // Every input chunk up to the one completing this event is now accounted for (FDS acks).
          if (fds) {
            while (s.acked <= k) {
              if (s.sched[s.acked] >= measureFrom && s.sched[s.acked] < endAt) chunksDone++;
              s.acked++;
            }
          }
        }
      } else s.prevNl = b === 0x0a;
    }
  };

  const startSlot = (s: Slot, at: number): void => {
    const call = openProcess(cs[slots.indexOf(s) % cs.length]);
    Object.assign(s, { call, phase: 'head', headStep: 0, t0: at, sent: 0, acked: 0, outEvents: 0, prevNl: false, finished: false });
    call.on('data', (buf: Buffer) => {
      if (s.finished || s.call !== call) return;
      const t = now();
      const k = replyKind(buf);
      if (k === 'immediate_response') {
        resets++;
        return finishSlot(s);
      }
      if (s.phase === 'head') {
        s.headStep++;
        if (s.headStep < head.length) call.write(head[s.headStep]);
        else {
          s.phase = 'chunks';
          s.t0 = Math.max(t, s.t0);
        }
        return;
      }
      if (k !== 'response_body') {
        errors++;
        return finishSlot(s);
      }
      const { body, eos } = replyBody(buf);
      if (!fds) {
        const idx = s.acked++;
        const sched = s.sched[idx];
        if (sched >= measureFrom && sched < endAt) {
          chunkLat.add(t - sched);
          chunksDone++;
        }
        countOutput(s, body ?? parts[idx], t);
        if (idx === parts.length - 1) {
          if (sched >= measureFrom) eosLat.add(t - sched);
          streamsCompleted++;
          return finishSlot(s);
        }
      } else {
        countOutput(s, body ?? Buffer.alloc(0), t);
        if (eos) {
          const sched = s.sched[parts.length - 1];
          if (sched >= measureFrom && sched < endAt) eosLat.add(t - sched);
          streamsCompleted++;
          return finishSlot(s);
        }
      }
    });
    call.on('error', (err) => {
      if (!s.finished && s.call === call && !stopping) {
        errors++;
        noteError(err);
        finishSlot(s);
      }
    });
    call.write(head[0]);
  };

  for (let i = 0; i < task.streams; i++) {
    const s: Slot = { phase: 'idle', headStep: 0, t0: 0, sent: 0, sched: new Float64Array(parts.length), acked: 0, outEvents: 0, prevNl: false, finished: true };
    slots.push(s);
    // Stagger: spread stream starts over one whole stream's duration, so that in the measured window
    // the streams are at every stage of their life (start, past the hold-back, end-of-stream flush).
    const spread = task.stagger ? (parts.length * interval) / task.streams : interval / task.streams;
    startSlot(s, startAll + i * spread);
  }

  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const t = now();
      if (t >= endAt) return resolve();
      for (const s of slots) {
        if (s.phase !== 'chunks' || !s.call) continue;
        for (;;) {
          if (s.sent >= parts.length) break;
          const sched = s.t0 + s.sent * interval;
          if (sched > t) break;
          s.sched[s.sent] = sched;
          if (sched >= measureFrom && sched < endAt) sentInWindow++;
          s.call.write(chunkMsgs[s.sent]);
          s.sent++;
          sentTotal++;
        }
      }
      setTimeout(tick, 0);
    };
    tick();
  });
  stopping = true;
  // Let replies for chunks sent inside the window arrive (bounded), then close everything.
  await waitFor(() => slots.every((s) => s.phase !== 'chunks' || s.acked >= s.sent || fds), 3000);
  if (fds) await sleep(200);
  for (const s of slots) if (s.call) endCall(s.call);
  closeAll(cs);
  return {
    mode: task.mode,
    streams: task.streams,
    chunkBytes: task.chunkBytes,
    chunksPerStream: parts.length,
    eventsPerStream: eventEndChunk.length,
    offeredChunksPerSec: task.chunksPerSecond,
    sentChunksPerSec: Math.round(sentInWindow / (task.durationMs / 1000)),
    achievedChunksPerSec: Math.round(chunksDone / (task.durationMs / 1000)),
    chunkLatency: chunkLat.summary(),
    eventLatency: eventLat.summary(),
    endOfStreamLatency: eosLat.summary(),
    sentTotal,
    streamsCompleted,
    errors,
    resets,
    emailsLeaked,
    emailsMasked,
    errorKinds: takeErrorKinds(),
  };
}

// ---- scenario 5: held streams ------------------------------------------------------------------

let release: (() => void) | undefined;

async function hold(task: Extract<Task, { kind: 'hold' }>) {
  const reqBody = streamRequest();
  const sse = chatStream(20);
  const first = chunks(sse, 100).slice(0, 5);
  const msgs: Buffer[] = [frame(requestHeadersMsg(requestHeaders(reqBody.length), false, 'BUFFERED', 'STREAMED'))];
  if (task.active) {
    msgs.push(frame(bodyMsg('request', reqBody, true)), frame(responseHeadersMsg(responseHeaders('text/event-stream'), false)));
    for (const c of first) msgs.push(frame(bodyMsg('response', c, false)));
  }
  const cs = clients(task.target, task.channels);
  const calls: RawStream[] = [];
  let held = 0, failed = 0;
  const openOne = (i: number): Promise<void> =>
    new Promise((resolve) => {
      const call = openProcess(cs[i % cs.length]);
      calls.push(call);
      let replies = 0;
      let done = false;
      const settle = (ok: boolean): void => {
        if (done) return;
        done = true;
        if (ok) held++;
        else failed++;
        resolve();
      };
      call.on('data', (buf: Buffer) => {
        if (replyKind(buf) === 'immediate_response') return settle(false);
        replies++;
        // Head messages go one at a time (Envoy waits for header replies); chunks are pipelined.
        if (replies < 3 && replies < msgs.length) call.write(msgs[replies]);
        else if (replies === 3) for (let k = 3; k < msgs.length; k++) call.write(msgs[k]);
        if (replies === msgs.length) settle(true);
      });
      call.on('error', (err) => {
        if (!done) noteError(err);
        settle(false);
      });
      call.write(msgs[0]);
    });
  const batch = 200;
  for (let i = 0; i < task.streams; i += batch) {
    const n = Math.min(batch, task.streams - i);
    await Promise.all(Array.from({ length: n }, (_, k) => openOne(i + k)));
  }
  process.send!({ held, failed, errorKinds: takeErrorKinds() });
  await new Promise<void>((resolve) => (release = resolve));
  for (const c of calls) endCall(c);
  await sleep(200);
  closeAll(cs);
  return { held, failed };
}

// ---- IPC -------------------------------------------------------------------------------------

async function run(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'exchanges': return exchanges(task);
    case 'authz': return authz(task);
    case 'streams': return streams(task);
    case 'hold': return hold(task);
  }
}

process.on('message', (m: Task | { kind: 'release' }) => {
  if (m.kind === 'release') {
    release?.();
    return;
  }
  run(m).then(
    (result) => process.send!({ ok: true, result }),
    (err: unknown) => process.send!({ ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) }),
  );
});
process.on('disconnect', () => process.exit(0));
