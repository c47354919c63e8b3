// Scenario 7: multi-turn conversations, in-process (no gRPC). Chat clients re-send the whole history
// with every turn; this measures the server CPU of each request of a conversation (request headers and
// body, then the response body) with the segment verdict cache off and on, for an identified caller
// (x-forwarded-client-cert, trusted by the embedded policy). Every conversation uses its own text, so
// nothing is reused across conversations or runs: only a conversation's own history can hit. The policy
// is the embedded default in monitor mode: the same detectors run, but a turn the model happens to flag
// is still answered, so every exchange does the full request and response work (how many would have
// been denied is reported).
// Run by bench/run.ts as a pinned child (`node bench/conversation.ts [--quick]`); prints one JSON object.
import { randomBytes } from 'node:crypto';
import { assemblePipeline } from '../src/pipeline/index.ts';
import { ScanCache } from '../src/pipeline/scan-cache.ts';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compilePolicy, EMBEDDED_POLICY_PATH } from '../src/policy/compile.ts';
import { MemoryAuditSink } from '../src/pipeline/evaluate.ts';
import { createApprovalStore } from '../src/tools/index.ts';
import { prose, requestHeaders, responseHeaders } from './lib/payloads.ts';

export interface ConversationBenchResult {
  readonly description: string;
  readonly turns: number;
  readonly conversations: number;
  readonly systemChars: number;
  readonly turnChars: { readonly user: number; readonly assistant: number };
  /** Per turn: request body size and median server CPU (ms) per exchange without / with the cache. */
  readonly perTurn: ReadonlyArray<{ turn: number; requestBytes: number; cpuMsOff: number; cpuMsOn: number }>;
  /** Exchanges the enforcing default policy would have denied (monitor mode answers them), of all measured. */
  readonly wouldDeny: { readonly count: number; readonly of: number };
  /** CPU of a whole conversation (sum over turns, median over conversations), ms. */
  readonly conversationCpuMs: { readonly off: number; readonly on: number; readonly ratio: number };
}

const XFCC: [string, string] = ['x-forwarded-client-cert', 'By=spiffe://cluster.local/ns/mesh/sa/gateway;URI=spiffe://cluster.local/ns/chat/sa/frontend'];
const SYSTEM_CHARS = 1200;
const USER_CHARS = 500;
const ASSISTANT_CHARS = 900;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
}

export async function runConversationBench(opts: { quick: boolean }): Promise<ConversationBenchResult> {
  const turns = opts.quick ? 4 : 20;
  const conversations = opts.quick ? 2 : 9;
  const text = readFileSync(EMBEDDED_POLICY_PATH, 'utf8').replace(/^  mode: enforce$/m, '  mode: monitor');
  if (!text.includes('  mode: monitor')) throw new Error('embedded policy: default mode line not found');
  const policy = compilePolicy(text, { source: 'embedded (monitor)', baseDir: dirname(EMBEDDED_POLICY_PATH), hmacKey: randomBytes(32), installKey: false });
  const audit = { off: new MemoryAuditSink(), on: new MemoryAuditSink() };
  const pipelines = {
    off: assemblePipeline({ policies: { current: () => policy, close() {} }, audit: audit.off, approvals: createApprovalStore('memory') }),
    on: assemblePipeline({ policies: { current: () => policy, close() {} }, audit: audit.on, approvals: createApprovalStore('memory'), scanCache: new ScanCache() }),
  };
  const cpu: Record<'off' | 'on', number[][]> = { off: [], on: [] };
  const sizes: number[] = [];
  let wouldDeny = 0;
  let measured = 0;
  // Conversation c uses seeds derived from c only; the two pipelines see identical traffic. Warm-up:
  // conversation -1 on both (JIT), not recorded.
  for (let c = -1; c < conversations; c++) {
    const seed = 10_000 + c * 1000;
    const system = prose(SYSTEM_CHARS, seed);
    for (const mode of (c % 2 === 0 ? ['off', 'on'] : ['on', 'off']) as ('off' | 'on')[]) {
      const p = pipelines[mode];
      const history: { role: string; content: string }[] = [{ role: 'system', content: system }];
      const row: number[] = [];
      for (let t = 1; t <= turns; t++) {
        history.push({ role: 'user', content: `${prose(USER_CHARS, seed + t * 2)} Reply to ops${c}.${t}@example.com.` });
        const req = Buffer.from(JSON.stringify({ model: 'gpt-4o', messages: history }));
        const answer = `${prose(ASSISTANT_CHARS, seed + t * 2 + 1)} Ticket ${c}-${t} is open.`;
        const res = Buffer.from(JSON.stringify({ id: `c${c}-${t}`, object: 'chat.completion', model: 'gpt-4o', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer } }] }));
        const c0 = process.cpuUsage();
        const ex = p.factory.create({ metadata: {}, observability: false, requestBodyMode: 'BUFFERED', responseBodyMode: 'BUFFERED' });
        await ex.requestHeaders([...requestHeaders(req.length), XFCC], false);
        await ex.requestBody(req, true, 'BUFFERED');
        await ex.responseHeaders(responseHeaders('application/json', res.length), false);
        await ex.responseBody(res, true, 'BUFFERED');
        ex.close('complete');
        const d = process.cpuUsage(c0);
        // Keep the in-memory audit from growing across the run (its append is measured, like a sink's).
        if (c >= 0 && mode === 'off') {
          measured++;
          if (audit.off.records.some((rec) => rec.phases.some((ph) => ph.action === 'deny'))) wouldDeny++;
        }
        audit[mode].records.length = 0;
        row.push((d.user + d.system) / 1000);
        if (c === 0 && mode === 'off') sizes.push(req.length);
        history.push({ role: 'assistant', content: answer });
      }
      if (c >= 0) cpu[mode].push(row);
    }
  }
  const perTurn = sizes.map((requestBytes, k) => ({
    turn: k + 1,
    requestBytes,
    cpuMsOff: Math.round(median(cpu.off.map((r) => r[k])) * 100) / 100,
    cpuMsOn: Math.round(median(cpu.on.map((r) => r[k])) * 100) / 100,
  }));
  const total = (m: 'off' | 'on') => Math.round(median(cpu[m].map((r) => r.reduce((a, b) => a + b, 0))) * 10) / 10;
  const off = total('off');
  const on = total('on');
  return {
    description: `${conversations} conversations of ${turns} turns (system prompt ${SYSTEM_CHARS} chars, user turns ~${USER_CHARS}, answers ~${ASSISTANT_CHARS}); each request re-sends the history; server CPU (user+system) per exchange (request headers + BUFFERED body + BUFFERED response), median over conversations; embedded default policy in monitor mode (every turn answered); identified caller (XFCC)`,
    turns,
    conversations,
    systemChars: SYSTEM_CHARS,
    turnChars: { user: USER_CHARS, assistant: ASSISTANT_CHARS },
    perTurn,
    wouldDeny: { count: wouldDeny, of: measured },
    conversationCpuMs: { off, on, ratio: on > 0 ? Math.round((off / on) * 10) / 10 : 0 },
  };
}

if (import.meta.main) {
  const r = await runConversationBench({ quick: process.argv.includes('--quick') });
  process.stdout.write(JSON.stringify(r) + '\n');
}
