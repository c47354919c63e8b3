#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript run by Node's type stripping (Node >= 24).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`llm-boundary needs Node.js 24 or newer (found ${process.versions.node})\n`);
  process.exit(2);
}
await import('../src/cli.ts');
