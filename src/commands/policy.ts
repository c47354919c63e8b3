// `llm-boundary policy ...`: validate a policy, run policy test cases, print the policy JSON Schema.
// Exit codes: 0 success, 1 invalid policy / failing tests, 2 usage error.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { compilePolicyReport, loadPolicyFile } from '../policy/compile.ts';
import { describeRule, diffPolicies } from '../policy/describe.ts';
import { formatIssue, PolicyError } from '../policy/load.ts';
import { buildPolicySchema } from '../policy/schema.ts';
import { runPolicyTests, type ExchangeEvaluator } from '../policy/testing.ts';
import type { CompiledPolicy } from '../policy/types.ts';

const USAGE = `usage: llm-boundary policy <command>

commands:
  validate FILE   check a policy (YAML or JSON): prints OK and its version, or every error as file:line:col
  test PATH       run policy test cases (a test file, or every *.yaml/*.yml/*.json under a directory)
  explain FILE [--host H] [--path P] [--method M] [--header name=value]... [--peer-principal P] [--metadata JSON]
                  show the identity a request resolves to, the rule it selects and that rule's effective settings
  diff OLD NEW    show how two policies differ after inheritance (exit 0 same, 1 different)
  schema          print the policy JSON Schema (draft 2020-12) composed from the detector and tool registries
`;

export interface CommandIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

const defaultIo: CommandIo = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

/** Load the pipeline's evaluateExchange if this build has it (src/pipeline/evaluate.ts). */
async function loadEvaluator(): Promise<ExchangeEvaluator | null> {
  const spec = new URL('../pipeline/evaluate.ts', import.meta.url).href;
  try {
    const mod = (await import(spec)) as { evaluateExchange?: ExchangeEvaluator };
    return typeof mod.evaluateExchange === 'function' ? mod.evaluateExchange : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw err;
  }
}

function validate(file: string, io: CommandIo): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    io.err(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 1;
  }
  try {
    const r = compilePolicyReport(text, { source: file, baseDir: dirname(resolve(file)), installKey: false });
    for (const w of r.warnings) io.err(formatIssue(w) + '\n');
    const p = r.policy;
    const rules = p.rules?.length ?? 0;
    io.out(`OK ${file} version ${p.version} (${rules} rule${rules === 1 ? '' : 's'} + default${p.shadow ? `, shadow ${p.shadow.version}` : ''})\n`);
    return 0;
  } catch (err) {
    if (err instanceof PolicyError) {
      for (const i of err.issues) io.err(formatIssue(i) + '\n');
      io.err(`INVALID ${file}: ${err.issues.filter((i) => i.severity === 'error').length} error(s)\n`);
      return 1;
    }
    io.err(`${file}: ${(err as Error).message}\n`);
    return 1;
  }
}

function loadOrReport(file: string, io: CommandIo): CompiledPolicy | null {
  try {
    return loadPolicyFile(file, { installKey: false });
  } catch (err) {
    if (err instanceof PolicyError) for (const i of err.issues) io.err(formatIssue(i) + '\n');
    else io.err(`${file}: ${(err as Error).message}\n`);
    return null;
  }
}

function explain(args: string[], io: CommandIo): number {
  const usage = 'usage: llm-boundary policy explain FILE [--host H] [--path P] [--method M] [--header name=value]... [--peer-principal P] [--metadata JSON]\n';
  let file: string | undefined;
  let host = 'api.openai.com';
  let path = '/v1/chat/completions';
  let method = 'POST';
  let peer: string | undefined;
  let metadata: Record<string, unknown> | undefined;
  const headers = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const val = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--host') host = val();
      else if (a === '--path') path = val();
      else if (a === '--method') method = val().toUpperCase();
      else if (a === '--peer-principal') peer = val();
      else if (a === '--metadata') {
        const m = JSON.parse(val()) as unknown;
        if (!m || typeof m !== 'object' || Array.isArray(m)) throw new Error('--metadata must be a JSON object');
        metadata = m as Record<string, unknown>;
      } else if (a === '--header') {
        const h = val();
        const eq = h.indexOf('=');
        if (eq <= 0) throw new Error('--header needs name=value');
        headers.set(h.slice(0, eq).trim().toLowerCase(), h.slice(eq + 1));
      } else if (a.startsWith('-') || file !== undefined) throw new Error(`unexpected argument ${a}`);
      else file = a;
    } catch (err) {
      io.err(`${(err as Error).message}\n${usage}`);
      return 2;
    }
  }
  if (file === undefined) {
    io.err(usage);
    return 2;
  }
  const p = loadOrReport(file, io);
  if (!p) return 1;
  const identity = p.resolveIdentity({ headers, ...(metadata ? { metadata } : {}), ...(peer !== undefined ? { peerPrincipal: peer } : {}) });
  const rule = p.select({ host, path, method, headers, identity });
  const doc = {
    policy: { source: p.source, version: p.version, ...(p.shadow ? { shadow: p.shadow.version } : {}) },
    request: { method, host, path },
    identity: { source: identity.source, principal: identity.principal ?? null, tenant: identity.tenant ?? null, roles: [...identity.roles] },
    rule: describeRule(rule),
  };
  io.out(stringify(doc));
  return 0;
}

/**
 * Entry point for `llm-boundary policy ...` (argv excludes "policy"). Returns the exit code.
 * `evaluate` overrides the pipeline evaluator (tests).
 */
export async function run(argv: string[], io: CommandIo = defaultIo, evaluate?: ExchangeEvaluator | null): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    (cmd === undefined ? io.err : io.out)(USAGE);
    return cmd === undefined ? 2 : 0;
  }
  switch (cmd) {
    case 'validate': {
      if (rest.length !== 1 || rest[0].startsWith('-')) {
        io.err(`usage: llm-boundary policy validate FILE\n`);
        return 2;
      }
      return validate(rest[0], io);
    }
    case 'test': {
      if (rest.length !== 1 || rest[0].startsWith('-')) {
        io.err(`usage: llm-boundary policy test PATH\n`);
        return 2;
      }
      let ev: ExchangeEvaluator | null;
      try {
        ev = evaluate !== undefined ? evaluate : await loadEvaluator();
      } catch (err) {
        io.err(`the pipeline evaluator failed to load: ${(err as Error).message}\n`);
        return 2;
      }
      let summary;
      try {
        summary = await runPolicyTests(rest[0], { evaluate: ev, write: (l) => io.out(l + '\n') });
      } catch (err) {
        io.err(`${rest[0]}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
        return 2;
      }
      return summary.failed === 0 && summary.errors === 0 && summary.passed > 0 ? 0 : 1;
    }
    case 'explain':
      return explain(rest, io);
    case 'diff': {
      if (rest.length !== 2 || rest.some((a) => a.startsWith('-'))) {
        io.err(`usage: llm-boundary policy diff OLD NEW\n`);
        return 2;
      }
      const a = loadOrReport(rest[0], io);
      const b = loadOrReport(rest[1], io);
      if (!a || !b) return 2;
      const lines = diffPolicies(a, b);
      io.out(`version ${a.version} -> ${b.version}\n`);
      for (const l of lines) io.out(l + '\n');
      if (lines.length === 0) io.out('no differences\n');
      return lines.length === 0 ? 0 : 1;
    }
    case 'schema': {
      if (rest.length !== 0) {
        io.err(`usage: llm-boundary policy schema\n`);
        return 2;
      }
      io.out(JSON.stringify(buildPolicySchema(), null, 2) + '\n');
      return 0;
    }
    default:
      io.err(`unknown policy command ${JSON.stringify(cmd)}\n\n${USAGE}`);
      return 2;
  }
}
