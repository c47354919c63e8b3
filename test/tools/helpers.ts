// Shared builders for tools tests.
import type { Identity, ToolCall } from '../../src/core/types.ts';
import type { ToolContext } from '../../src/tools/types.ts';

export function call(name: string, args: unknown, api: ToolCall['api'] = 'openai.chat'): ToolCall {
  const raw = JSON.stringify(args);
  return { name, arguments: args, rawArguments: raw, pointer: '', api };
}

export function rawCall(name: string, raw: string, api: ToolCall['api'] = 'openai.chat'): ToolCall {
  return { name, arguments: undefined, rawArguments: raw, pointer: '', api };
}

export function identity(principal?: string, roles: string[] = [], tenant?: string): Identity {
  return { source: principal ? 'header' : 'none', roles, ...(principal ? { principal } : {}), ...(tenant ? { tenant } : {}) };
}

export function ctx(over: Partial<ToolContext> = {}): ToolContext {
  return {
    identity: identity('spiffe://cluster.local/ns/app/sa/agent'),
    ruleId: 'r1',
    route: { host: 'llm.local', path: '/v1/chat/completions' },
    tainted: false,
    callsSoFar: 0,
    ...over,
  };
}
