// llm-boundary command-line entry: `llm-boundary <command> [args]`. Run directly by Node's type
// stripping (bin/llm-boundary.js imports this module), so it executes main() on import; nothing else
// imports it. Subcommand modules are loaded lazily so that `serve` does not load policy/audit tooling
// and a missing module gives a clear error instead of a crash.
import { readFileSync } from 'node:fs';

const COMMANDS: Readonly<Record<string, { module: string; summary: string }>> = Object.freeze({
  serve: { module: './commands/serve.ts', summary: 'run the ext_proc / ext_authz server and the admin HTTP endpoint' },
  policy: { module: './commands/policy.ts', summary: 'validate, explain, test and diff policies (policy --help)' },
  audit: { module: './commands/audit.ts', summary: 'query and verify the audit trail (audit --help)' },
});

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function help(): string {
  const lines = [
    'llm-boundary: Envoy ext_proc / ext_authz security boundary for LLM traffic',
    '',
    'Usage: llm-boundary <command> [flags]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`),
    '',
    'Global flags:',
    '  --help, -h    show this help (or `llm-boundary <command> --help`)',
    '  --version     print the version',
  ];
  return lines.join('\n') + '\n';
}

/** Runs the CLI and resolves with the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(help());
    return cmd === undefined ? 2 : 0;
  }
  if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
    process.stdout.write(`llm-boundary ${version()}\n`);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!entry) {
    process.stderr.write(`llm-boundary: unknown command '${cmd}'\n\n${help()}`);
    return 2;
  }
  let mod: { run?: (argv: string[]) => Promise<number> };
  try {
    mod = (await import(new URL(entry.module, import.meta.url).href)) as typeof mod;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes(entry.module.slice(2))) {
      process.stderr.write(`llm-boundary: the '${cmd}' command is not available in this build (${entry.module.slice(2)} is missing)\n`);
      return 1;
    }
    throw err;
  }
  if (typeof mod.run !== 'function') {
    process.stderr.write(`llm-boundary: ${entry.module.slice(2)} does not export run(argv)\n`);
    return 1;
  }
  return await mod.run([...rest]);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Servers close their handles before resolving; exit explicitly in case a client library
    // (pg, ioredis) keeps a socket referenced after close.
    setTimeout(() => process.exit(code), 200).unref();
  },
  (err: unknown) => {
    process.stderr.write(`llm-boundary: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
