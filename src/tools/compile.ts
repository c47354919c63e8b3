// Compiles the `tools` section of a policy rule. (Skeleton from the core; the action-control work
// replaces this with allow/deny globs, argument constraints, risk levels and approvals.)
import type { CompiledToolPolicy } from './types.ts';

/** JSON Schema of a rule's `tools` section. */
export const TOOLS_SCHEMA: Readonly<Record<string, unknown>> = { type: 'object' };

export function compileToolPolicy(section: unknown): CompiledToolPolicy {
  return Object.freeze({ enabled: section !== undefined && section !== null });
}
