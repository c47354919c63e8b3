// Markdown documentation of invented software libraries, as an assistant reads it when it retrieves a
// repository's README or docs: READMEs with badge rows and images, API references, changelogs, contributing
// guides, security policies, configuration references, FAQs and migration guides (60 libraries x 3
// documents; 12 libraries' in Chinese, Japanese or Spanish). Written for this project by three helper sessions
// without sight of the datasets, the evaluation, the tests or any real project's documentation (no
// third-party text). Benign training text with untrusted provenance for the injection model
// (`handwritten_markdown`, split 70/30 by library; injection-v4.9).
export interface MarkdownDoc { readonly lib: string; readonly kind: string; readonly lang: string; readonly text: string }

export const HANDWRITTEN_MARKDOWN_DOCS: readonly MarkdownDoc[] = [
  { lib: 'aquiferdb', kind: 'readme', lang: 'English', text: `# aquiferdb

[![Go Reference](https://img.shields.io/badge/go-reference-blue.svg)](https://pkg.go.example.org/aquiferdb)
[![Build](https://github.com/aquifer-labs/aquiferdb/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/aquifer-labs/aquiferdb/actions)
[![Coverage](https://codecov.io/gh/aquifer-labs/aquiferdb/branch/main/graph/badge.svg)](https://codecov.io/gh/aquifer-labs/aquiferdb)

A pure-Go driver for the **Aquifer** time-series database. It implements \`database/sql/driver\`, so you can use it with the standard library, \`sqlx\`-style helpers, or your own query builder.

## Installation

\`\`\`sh
go get github.com/aquifer-labs/aquiferdb@latest
\`\`\`

Go 1.21 or newer is required.

## Quick start

\`\`\`go
package main

import (
    "database/sql"
    "log"

    _ "github.com/aquifer-labs/aquiferdb"
)

func main() {
    db, err := sql.Open("aquifer", "aq://reader:secret@localhost:7420/telemetry?tls=prefer")
    if err != nil {
        log.Fatal(err)
    }
    defer db.Close()

    rows, err := db.Query(\`SELECT ts, value FROM cpu WHERE host = $1 LAST 10m\`, "web-01")
    if err != nil {
        log.Fatal(err)
    }
    defer rows.Close()
    // iterate rows as usual
}
\`\`\`

## Features

- Binary wire protocol v3 with pipelining
- Native \`time.Time\` and \`time.Duration\` scanning
- Bulk ingest via \`aquiferdb.CopyIn\` (up to 40x faster than \`INSERT\`)
- Automatic reconnect with jittered backoff
- Context cancellation on every call

## Documentation

Full docs live at https://docs.aquifer.example/go. The [configuration guide](docs/configuration.md) lists every DSN parameter.

## License

Apache-2.0. See [LICENSE](LICENSE).
` },
  { lib: 'aquiferdb', kind: 'configuration', lang: 'English', text: `# Configuration

aquiferdb is configured entirely through the DSN passed to \`sql.Open\`. Parameters go in the query string; unknown parameters cause \`sql.Open\` to return \`ErrUnknownParam\` so typos are caught early.

\`\`\`
aq://USER:PASSWORD@HOST:PORT/DATABASE?param=value&param2=value2
\`\`\`

## DSN parameters

| Parameter | Default | Description |
|-----------|---------|-------------|
| \`tls\` | \`prefer\` | \`disable\`, \`prefer\`, \`require\`, or \`verify-full\` |
| \`connect_timeout\` | \`10s\` | Dial timeout, as a Go duration string |
| \`read_timeout\` | \`0\` | Per-read deadline; \`0\` means no deadline |
| \`pipeline_depth\` | \`16\` | Maximum in-flight queries per connection |
| \`compression\` | \`none\` | \`none\`, \`lz4\`, or \`zstd\` |
| \`app_name\` | *(empty)* | Reported in the server's session list |
| \`tz\` | \`UTC\` | Time zone used when scanning timestamps |

## Environment variables

When a value is missing from the DSN, the driver falls back to these variables:

| Variable | Maps to |
|----------|---------|
| \`AQUIFER_HOST\` | host |
| \`AQUIFER_PORT\` | port (default \`7420\`) |
| \`AQUIFER_USER\` | user |
| \`AQUIFER_PASSWORD\` | password |
| \`AQUIFER_SSLROOTCERT\` | path to a PEM bundle for \`verify-full\` |

## Connection pool

Pool sizing is handled by \`database/sql\`. A reasonable starting point for an ingest service:

\`\`\`go
db.SetMaxOpenConns(32)
db.SetMaxIdleConns(8)
db.SetConnMaxLifetime(30 * time.Minute)
\`\`\`

## Example: production DSN

\`\`\`
aq://ingest@db.internal.example:7420/metrics?tls=verify-full&compression=zstd&pipeline_depth=64&app_name=collector
\`\`\`

With \`verify-full\`, set \`AQUIFER_SSLROOTCERT\` to your CA bundle or the handshake will fail with \`x509: certificate signed by unknown authority\`.
` },
  { lib: 'aquiferdb', kind: 'faq_troubleshooting', lang: 'English', text: `# Troubleshooting

### \`dial tcp 127.0.0.1:7420: connect: connection refused\`

The server is not listening on that address. Check that \`aquiferd\` is running (\`aquiferd status\`) and that \`listen_addr\` in \`aquiferd.toml\` is not bound only to a different interface.

### \`aquiferdb: protocol version mismatch (server=2, client=3)\`

Driver v1.x speaks protocol v3, which requires Aquifer server 4.0 or later. Either upgrade the server or pin the driver to the v0.9 line:

\`\`\`sh
go get github.com/aquifer-labs/aquiferdb@v0.9.7
\`\`\`

### Queries hang forever under load

The default \`read_timeout\` is \`0\` (no deadline). Pass a context with a deadline, or set a read timeout in the DSN:

\`\`\`go
ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
defer cancel()
rows, err := db.QueryContext(ctx, q)
\`\`\`

If hangs persist, lower \`pipeline_depth\`; a single slow query blocks the ones queued behind it on the same connection.

### \`sql: Scan error on column index 0: unsupported Scan, storing driver.Value type []uint8 into type *time.Time\`

The column is stored as a string rather than a timestamp. Cast it in SQL (\`ts::timestamp\`) or scan into a \`string\` and parse it yourself.

### CopyIn returns \`ErrCopyAborted\` after a few thousand rows

Usually a row failed schema validation. Call \`copy.Err()\` to see the first rejected row and the reason:

\`\`\`go
if err := copy.Close(); errors.Is(err, aquiferdb.ErrCopyAborted) {
    log.Printf("rejected: %v", copy.Err())
}
\`\`\`

### Does the driver work with TinyGo or WASM?

Not currently. The driver relies on \`net.Conn\` and \`crypto/tls\`, which are incomplete on those targets.

Still stuck? Open a discussion at https://github.com/aquifer-labs/aquiferdb/discussions with the driver version, server version, and a minimal reproducer.
` },
  { lib: 'arbolparse', kind: 'readme', lang: 'English', text: `# arbolparse 🌳

[![crates.io](https://img.shields.io/crates/v/arbolparse.svg)](https://crates.example.org/crates/arbolparse)
[![docs](https://img.shields.io/badge/docs-latest-green.svg)](https://docs.arbolparse.example)
[![CI](https://circleci.com/gh/arbol-rs/arbolparse.svg?style=shield&branch=main)](https://circleci.com/gh/arbol-rs/arbolparse)
![MSRV](https://img.shields.io/badge/MSRV-1.70-orange.svg)

Zero-copy parser combinators for Rust with great error messages.

arbolparse builds parsers from small composable functions. Parsers borrow from the input, so there is no allocation on the happy path, and failures carry spans you can render with \`arbolparse::report\`.

## Install

\`\`\`toml
[dependencies]
arbolparse = "0.14"
\`\`\`

## Example

\`\`\`rust
use arbolparse::prelude::*;

fn key_value(input: &str) -> PResult<(&str, i64)> {
    let key = ident();
    let value = ws(tag("=")).then(ws(int::<i64>()));
    key.and(value).parse(input)
}

fn main() {
    let (k, v) = key_value("retries = 3").unwrap();
    assert_eq!(k, "retries");
    assert_eq!(v, 3);
}
\`\`\`

When parsing fails you get a report like:

\`\`\`text
error: expected integer
 --> line 1, col 11
  |
1 | retries = three
  |           ^^^^^ found identifier
\`\`\`

## Features

- \`no_std\` support (disable default features)
- Streaming input through the \`Partial\` wrapper
- Built-in combinators for numbers, strings, whitespace, and delimited lists
- Optional \`unicode\` feature for XID identifiers

## Benchmarks

On a 12 MB JSON file arbolparse parses in 41 ms (single thread, M2). See \`benches/\` to reproduce.

## License

Dual-licensed under MIT or Apache-2.0, at your option.
` },
  { lib: 'arbolparse', kind: 'api_reference', lang: 'English', text: `# API reference: core combinators

All combinators live in \`arbolparse::combinator\` and are re-exported from \`arbolparse::prelude\`.

## \`tag(literal: &'static str) -> Tag\`

Matches \`literal\` exactly at the current position.

- **Returns:** the matched slice.
- **Errors:** \`ErrorKind::Expected(literal)\` if the input does not start with \`literal\`.

\`\`\`rust
assert_eq!(tag("let").parse("let x"), Ok((" x", "let")));
\`\`\`

## \`int::<T>() -> Int<T>\`

Parses an optionally signed decimal integer into any \`T: FromStr + Integer\`.

- **Errors:** \`ErrorKind::Overflow\` when the digits do not fit in \`T\`; \`ErrorKind::Expected("integer")\` when no digit is present.

## \`ws<P>(inner: P) -> Ws<P>\`

Runs \`inner\`, skipping ASCII whitespace before and after it.

## \`Parser::and<Q>(self, other: Q) -> And<Self, Q>\`

Runs \`self\`, then \`other\`; yields a tuple of both outputs. Fails if either fails, and reports the error of whichever ran last.

## \`Parser::or<Q>(self, other: Q) -> Or<Self, Q>\`

Tries \`self\`; if it fails **without consuming input**, tries \`other\`. If \`self\` consumed input before failing, the error is returned immediately. Wrap \`self\` in \`attempt()\` to allow backtracking.

\`\`\`rust
let kw = attempt(tag("for")).or(tag("foreach"));
\`\`\`

## \`Parser::map<F, U>(self, f: F) -> Map<Self, F>\`

Transforms the output with \`f: Fn(O) -> U\`.

## \`separated<P, S>(item: P, sep: S) -> Separated<P, S>\`

Parses zero or more \`item\`s separated by \`sep\`, returning \`Vec<O>\`. Trailing separators are rejected unless you call \`.allow_trailing()\`.

\`\`\`rust
let list = separated(int::<u8>(), ws(tag(",")));
assert_eq!(list.parse("1, 2, 3").unwrap().1, vec![1, 2, 3]);
\`\`\`

## \`PResult<'a, O>\`

Alias for \`Result<(&'a str, O), ParseError>\`. The first tuple element is the unconsumed remainder.

## \`ParseError\`

| Method | Returns |
|--------|---------|
| \`span()\` | \`Range<usize>\` of the offending input |
| \`kind()\` | \`&ErrorKind\` |
| \`context()\` | labels added with \`.context("...")\` |
` },
  { lib: 'arbolparse', kind: 'changelog', lang: 'English', text: `# Changelog

All notable changes to this project are documented here. The format follows Keep a Changelog, and the project adheres to Semantic Versioning (pre-1.0 minor versions may break).

## [0.14.0] - 2024-05-02

### Breaking
- \`Parser::or\` no longer backtracks automatically after consuming input. Use \`attempt(p).or(q)\` for the old behaviour.
- \`ErrorKind::Custom\` now holds a \`Cow<'static, str>\` instead of \`String\`.

### Added
- \`separated(...).allow_trailing()\`.
- \`report::render_html\` for embedding errors in web UIs.

### Fixed
- \`int::<i8>()\` accepted \`-129\` without reporting overflow (#311).

## [0.13.2] - 2024-02-18

### Fixed
- Span offsets were off by one after a CRLF line ending.
- \`no_std\` build failed when the \`unicode\` feature was enabled.

## [0.13.1] - 2024-01-07

### Changed
- Raised MSRV to 1.70 to use \`OnceLock\`.

### Fixed
- Docs: corrected the \`Partial\` streaming example.

## [0.13.0] - 2023-11-20

### Added
- \`Partial<I>\` input wrapper for streaming parsers.
- \`context()\` labels on any parser.

### Changed
- Error reports now show up to three lines of surrounding source.

## [0.12.0] - 2023-08-09

### Breaking
- Renamed \`many0\`/\`many1\` to \`repeat(..)\` with range arguments, e.g. \`repeat(1.., p)\`.

### Added
- Benchmarks against a 12 MB JSON corpus.
` },
  { lib: 'ashgrove-ui', kind: 'readme', lang: 'English', text: `<p align="center">
  <img src="https://ashgrove-ui.example.com/logo.svg" width="120" alt="Ashgrove UI logo">
</p>

<h1 align="center">Ashgrove UI</h1>

<p align="center">
  <a href="https://www.npmjs.com/package/@ashgrove/ui"><img src="https://img.shields.io/npm/v/@ashgrove/ui.svg?style=flat" alt="npm"></a>
  <a href="https://github.com/ashgrove-design/ui/actions"><img src="https://github.com/ashgrove-design/ui/actions/workflows/test.yml/badge.svg?branch=main" alt="tests"></a>
  <img src="https://img.shields.io/bundlephobia/minzip/@ashgrove/ui?style=flat" alt="size">
</p>

Accessible, unstyled-by-default React components written in TypeScript. Bring your own CSS, or use the optional \`@ashgrove/theme\` package.

## Install

\`\`\`bash
npm install @ashgrove/ui
# or
pnpm add @ashgrove/ui
\`\`\`

React 18 or 19 is a peer dependency.

## Usage

\`\`\`tsx
import { Dialog, Button } from "@ashgrove/ui";

export function DeleteConfirm({ onConfirm }: { onConfirm: () => void }) {
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <Button variant="danger">Delete</Button>
      </Dialog.Trigger>
      <Dialog.Content aria-describedby="delete-desc">
        <Dialog.Title>Delete project?</Dialog.Title>
        <p id="delete-desc">This cannot be undone.</p>
        <Button onClick={onConfirm}>Yes, delete</Button>
      </Dialog.Content>
    </Dialog.Root>
  );
}
\`\`\`

## Components

Button · Checkbox · Combobox · Dialog · Menu · Popover · RadioGroup · Slider · Tabs · Toast · Tooltip

Every component follows the WAI-ARIA Authoring Practices, is keyboard navigable, and is tested with axe and with real screen readers before release.

## Links

- Storybook: https://storybook.ashgrove-ui.example.com
- Migration from v1: [MIGRATING.md](MIGRATING.md)
- Contributing: [CONTRIBUTING.md](CONTRIBUTING.md)

## License

MIT © Ashgrove Design contributors
` },
  { lib: 'ashgrove-ui', kind: 'migration_guide', lang: 'English', text: `# Migrating from Ashgrove UI v1 to v2

v2 moves every component to a compound "parts" API, drops the built-in CSS, and requires React 18+. Most apps can migrate in an afternoon. A codemod handles the mechanical parts:

\`\`\`bash
npx @ashgrove/codemod v2 ./src
\`\`\`

## 1. Styles are no longer bundled

**Before (v1)**

\`\`\`tsx
import "@ashgrove/ui/dist/ashgrove.css";
\`\`\`

**After (v2)**

\`\`\`tsx
import "@ashgrove/theme/default.css"; // optional
\`\`\`

If you relied on the v1 look, install \`@ashgrove/theme\` and import the \`classic.css\` file, which reproduces v1 spacing and colours.

## 2. Dialog uses parts

**Before**

\`\`\`tsx
<Dialog open={open} title="Rename" onClose={close}>
  <RenameForm />
</Dialog>
\`\`\`

**After**

\`\`\`tsx
<Dialog.Root open={open} onOpenChange={setOpen}>
  <Dialog.Content>
    <Dialog.Title>Rename</Dialog.Title>
    <RenameForm />
  </Dialog.Content>
</Dialog.Root>
\`\`\`

\`onClose\` is replaced by \`onOpenChange(open: boolean)\`.

## 3. Renamed props

| v1 | v2 |
|----|----|
| \`isDisabled\` | \`disabled\` |
| \`kind="primary"\` | \`variant="primary"\` |
| \`onChangeValue\` | \`onValueChange\` |
| \`Tooltip label\` | \`Tooltip content\` |

## 4. Removed components

- \`Grid\` and \`Stack\` were removed; use CSS grid/flex directly.
- \`DatePicker\` moved to the separate package \`@ashgrove/date\`.

## 5. TypeScript

Component prop types are now exported as \`ButtonProps\`, \`DialogContentProps\`, etc. The old \`AshgroveButtonProps\` names remain as deprecated aliases until v3.

If something is not covered here, please open an issue labelled \`migration\` at https://github.com/ashgrove-design/ui/issues.
` },
  { lib: 'ashgrove-ui', kind: 'contributing', lang: 'English', text: `# Contributing to Ashgrove UI

Thanks for your interest! This guide covers how to report bugs, propose changes, and get a pull request merged.

## Code of conduct

Everyone participating is expected to follow our [Code of Conduct](https://github.com/ashgrove-design/ui/blob/main/CODE_OF_CONDUCT.md). Report unacceptable behaviour to conduct@ashgrove-ui.example.

## Reporting bugs

Search existing issues first. When opening a new one, include:

1. The package version (\`npm ls @ashgrove/ui\`)
2. Browser and assistive technology, if relevant
3. A minimal reproduction on CodeSandbox or a small repo

Accessibility bugs get the \`a11y\` label and are prioritised.

## Development setup

\`\`\`bash
git clone https://github.com/ashgrove-design/ui.git
cd ui
pnpm install
pnpm dev        # starts Storybook on http://localhost:6006
\`\`\`

## Tests

\`\`\`bash
pnpm test           # unit tests (Vitest + Testing Library)
pnpm test:a11y      # axe checks against every story
pnpm test:visual    # Playwright screenshot diff
\`\`\`

New components need stories for every variant and at least one keyboard interaction test.

## Code style

- TypeScript strict mode; no \`any\` without a comment explaining why.
- Formatting is enforced by Prettier; run \`pnpm format\` before committing.
- Lint with \`pnpm lint\`. CI fails on warnings.

## Commits and sign-off

We use Conventional Commits (\`feat:\`, \`fix:\`, \`docs:\`…) so the changelog can be generated. Every commit must carry a Developer Certificate of Origin sign-off:

\`\`\`bash
git commit -s -m "fix(menu): close on Escape inside nested submenu"
\`\`\`

## Pull requests

- Keep PRs focused; one component or fix per PR.
- Add a changeset with \`pnpm changeset\`.
- A maintainer will review within a week. Two approvals are needed for API changes.
` },
  { lib: 'ambertrail', kind: 'readme', lang: 'English', text: `# ambertrail

[![PyPI](https://img.shields.io/pypi/v/ambertrail.svg)](https://pypi.example.org/project/ambertrail/)
[![Python versions](https://img.shields.io/pypi/pyversions/ambertrail.svg)](https://pypi.example.org/project/ambertrail/)
[![Build Status](https://travis-ci.com/ambertrail/ambertrail.svg?branch=main)](https://travis-ci.com/ambertrail/ambertrail)
[![License: BSD-3](https://img.shields.io/badge/license-BSD--3-blue.svg)](LICENSE)

**Structured logging and lightweight tracing for Python services.**

ambertrail wraps the standard \`logging\` module so every record carries a trace ID, span name, and arbitrary key/value context, and emits JSON that log shippers understand without extra parsing rules.

## Installation

\`\`\`console
$ pip install ambertrail
\`\`\`

Optional extras:

\`\`\`console
$ pip install "ambertrail[otlp]"     # export spans via OTLP
$ pip install "ambertrail[asgi]"     # middleware for Starlette/FastAPI
\`\`\`

## Quick start

\`\`\`python
import ambertrail

log = ambertrail.get_logger(__name__)
ambertrail.configure(service="billing", level="INFO")

with ambertrail.span("charge_card", customer_id=42):
    log.info("charging", amount_cents=1999)
\`\`\`

Output:

\`\`\`json
{"ts":"2024-06-01T12:00:00Z","level":"info","service":"billing","span":"charge_card","trace_id":"5f2c...","customer_id":42,"amount_cents":1999,"msg":"charging"}
\`\`\`

## Why ambertrail?

- Drop-in: existing \`logging.getLogger\` calls keep working.
- Context propagates across \`asyncio\` tasks and threads.
- Redaction of sensitive keys (\`password\`, \`token\`, \`card_number\`) is on by default.
- Under 1 µs overhead per log call when the level is filtered out.

## Documentation

https://ambertrail.readthedocs.example.org

## License

BSD-3-Clause
` },
  { lib: 'ambertrail', kind: 'configuration', lang: 'English', text: `# Configuring ambertrail

Configuration can come from three places, in increasing order of precedence:

1. A \`[tool.ambertrail]\` table in \`pyproject.toml\`
2. Environment variables prefixed with \`AMBERTRAIL_\`
3. Keyword arguments to \`ambertrail.configure()\`

## Options

| Option | Env var | Default | Description |
|--------|---------|---------|-------------|
| \`service\` | \`AMBERTRAIL_SERVICE\` | script name | Added to every record as \`service\` |
| \`level\` | \`AMBERTRAIL_LEVEL\` | \`WARNING\` | Minimum level for the root logger |
| \`format\` | \`AMBERTRAIL_FORMAT\` | \`json\` | \`json\`, \`logfmt\`, or \`pretty\` (colourised, for dev) |
| \`redact_keys\` | \`AMBERTRAIL_REDACT_KEYS\` | see below | Comma-separated keys whose values become \`"[redacted]"\` |
| \`sample_rate\` | \`AMBERTRAIL_SAMPLE_RATE\` | \`1.0\` | Fraction of traces whose spans are exported |
| \`otlp_endpoint\` | \`AMBERTRAIL_OTLP_ENDPOINT\` | unset | e.g. \`http://collector.example:4318\` |
| \`utc\` | \`AMBERTRAIL_UTC\` | \`true\` | Use UTC timestamps |

Default redacted keys: \`password\`, \`passwd\`, \`secret\`, \`token\`, \`authorization\`, \`card_number\`, \`cvv\`.

## pyproject.toml example

\`\`\`toml
[tool.ambertrail]
service = "billing-api"
level = "INFO"
format = "json"
redact_keys = ["password", "token", "iban"]
sample_rate = 0.25
otlp_endpoint = "http://otel-collector.internal.example:4318"
\`\`\`

## Development settings

For local work a readable format is nicer:

\`\`\`bash
export AMBERTRAIL_FORMAT=pretty
export AMBERTRAIL_LEVEL=DEBUG
\`\`\`

## Programmatic override

\`\`\`python
ambertrail.configure(level="DEBUG", format="logfmt")
\`\`\`

Calling \`configure()\` more than once replaces handlers rather than adding duplicates. To inspect the effective configuration at runtime, call \`ambertrail.current_config()\`, which returns a frozen dataclass (redacted key *names* are included; values never are).
` },
  { lib: 'ambertrail', kind: 'security_policy', lang: 'English', text: `# Security Policy

## Supported versions

| Version | Supported |
|---------|-----------|
| 3.2.x | ✅ |
| 3.1.x | ✅ (security fixes only) |
| 3.0.x | ❌ |
| < 3.0 | ❌ |

We support the latest minor release and the one before it. Fixes are not backported to unsupported lines.

## Reporting a vulnerability

**Please do not open a public GitHub issue for security problems.**

Send a report to **security@ambertrail.example** with:

- a description of the issue and its impact,
- the affected version(s),
- steps or a script to reproduce,
- whether you would like to be credited.

If you prefer encrypted mail, our PGP key is published at https://ambertrail.example/.well-known/pgp-key.txt (fingerprint \`8C1A 44F0 2B9E 7D31 A0C6  5E12 9F3B 0D77 61AA 2E48\`).

## What to expect

| Step | Target time |
|------|-------------|
| Acknowledgement of your report | 2 business days |
| Initial assessment and severity | 7 days |
| Fix released for supported versions | 30 days for high/critical |
| Public advisory (GitHub Security Advisory + CVE) | on release |

We follow coordinated disclosure: please give us 90 days, or until a fix is released, before publishing details. We will keep you updated throughout.

## Scope

In scope: the \`ambertrail\` package and its official extras. Examples of relevant issues include redaction bypasses that cause secrets to be written to logs, or log injection through unescaped newlines in \`pretty\` format.

Out of scope: vulnerabilities in your log shipper or in OpenTelemetry collectors.

Thank you for helping keep ambertrail users safe.
` },
  { lib: 'anvilctl', kind: 'readme', lang: 'English', text: `# anvilctl

> Declarative server provisioning from a single YAML file.

![release](https://img.shields.io/github/v/release/forgeworks/anvilctl?style=flat)
![downloads](https://img.shields.io/github/downloads/forgeworks/anvilctl/total.svg)
[![ci](https://github.com/forgeworks/anvilctl/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/forgeworks/anvilctl/actions)

\`anvilctl\` reads an \`anvil.yaml\` describing packages, users, files, and services, computes what needs to change on each host over SSH, and applies it. No agent to install, no central server.

## Install

**macOS / Linux (Homebrew)**

\`\`\`sh
brew install forgeworks/tap/anvilctl
\`\`\`

**Prebuilt binary**

\`\`\`sh
curl -fsSLO https://downloads.anvilctl.example/v2.3.0/anvilctl_linux_amd64.tar.gz
tar -xzf anvilctl_linux_amd64.tar.gz
sudo mv anvilctl /usr/local/bin/
\`\`\`

Checksums and signatures are published next to each archive.

## Example

\`\`\`yaml
# anvil.yaml
hosts:
  web:
    - web-01.internal.example
    - web-02.internal.example

roles:
  web:
    packages: [nginx, certbot]
    files:
      - path: /etc/nginx/conf.d/app.conf
        template: templates/app.conf.tmpl
        notify: nginx
    services:
      nginx: { enabled: true, state: running }
\`\`\`

\`\`\`sh
anvilctl plan      # show the diff per host
anvilctl apply     # apply it, 5 hosts in parallel by default
\`\`\`

## Highlights

- Dry-run by default: \`apply\` asks for confirmation unless \`--yes\` is passed.
- Idempotent; re-running on a converged host makes no changes.
- Works with Debian, Ubuntu, Fedora, Alpine, and Arch package managers.
- Templating with Go \`text/template\` plus a small helper library.

## License

MPL-2.0
` },
  { lib: 'anvilctl', kind: 'faq_troubleshooting', lang: 'English', text: `# anvilctl FAQ & troubleshooting

**Q: \`apply\` fails with \`ssh: handshake failed: ssh: unable to authenticate\`.**

anvilctl uses your SSH agent by default. Make sure the key is loaded (\`ssh-add -l\`) or point to a key file explicitly:

\`\`\`sh
anvilctl apply --identity ~/.ssh/deploy_ed25519
\`\`\`

If the hosts use a non-standard port, set \`ssh_port\` under the host group in \`anvil.yaml\`.

**Q: \`plan\` shows a change to a file every time, even right after \`apply\`.**

The template probably renders something non-deterministic, such as a timestamp or a map iterated in random order. Use the \`sortedKeys\` helper:

\`\`\`
{{ range $k := sortedKeys .Values.upstreams }}server {{ $k }};{{ end }}
\`\`\`

**Q: \`error: package manager not detected on web-03\`.**

anvilctl looks for \`apt\`, \`dnf\`, \`apk\`, and \`pacman\`. Minimal images sometimes lack them in \`PATH\` for non-login shells. Set it explicitly:

\`\`\`yaml
hosts:
  legacy:
    - host: web-03.internal.example
      package_manager: apt
\`\`\`

**Q: How do I limit a run to one host?**

\`\`\`sh
anvilctl apply --limit web-01.internal.example
\`\`\`

\`--limit\` accepts globs, e.g. \`--limit 'web-*'\`.

**Q: Can I use secrets in templates?**

Yes. Reference them as \`{{ secret "db_password" }}\`; values are read from the file given by \`--secrets\` (encrypted with \`age\`) and are never printed in \`plan\` output, which shows \`(sensitive)\` instead.

**Q: The run is slow with 200 hosts.**

Raise parallelism with \`--forks 25\`. Enabling SSH connection multiplexing in \`~/.ssh/config\` (\`ControlMaster auto\`, \`ControlPersist 60s\`) also helps a lot.

**Q: Where are logs written?**

To stderr, plus a per-run JSON log under \`~/.local/state/anvilctl/runs/\`. Attach the relevant file when opening an issue.
` },
  { lib: 'anvilctl', kind: 'changelog', lang: 'English', text: `# Changelog

## v2.3.0 — 2024-07-15

### Added
- \`--limit\` now accepts glob patterns.
- Alpine \`apk\` support for the \`packages\` module.
- \`sortedKeys\` and \`toYaml\` template helpers.

### Changed
- Default \`--forks\` raised from 3 to 5.
- \`plan\` output groups changes by role instead of by module.

### Fixed
- \`services\` module reported "changed" for already-enabled systemd units on Fedora 40.
- Crash when \`anvil.yaml\` contained an empty \`roles:\` key.

## v2.2.1 — 2024-05-03

### Fixed
- Windows builds: path separators in \`templates/\` were not normalised.
- \`apply --yes\` still prompted when stdin was not a TTY.

## v2.2.0 — 2024-04-10

### Added
- Encrypted secrets via \`age\` (\`--secrets secrets.age\`).
- JSON run logs under \`~/.local/state/anvilctl/runs/\`.

### Deprecated
- The \`vars_file:\` key. Use \`values:\` instead; \`vars_file:\` will be removed in v3.

## v2.0.0 — 2023-12-01

### Breaking
- Config file renamed from \`anvilfile.yml\` to \`anvil.yaml\`. Run \`anvilctl migrate-config\` to convert.
- \`run\` command removed; use \`apply\`.
- Minimum supported target OS is now Debian 11 / Ubuntu 20.04.

### Added
- Parallel execution across hosts.
- \`plan\` command with coloured diff output.

## v1.9.4 — 2023-09-18

### Fixed
- Final release of the 1.x line: fixed user module ignoring \`shell:\`.
` },
  { lib: 'auklet-http', kind: 'api_reference', lang: 'English', text: `# auklet-http API Reference

\`io.auklet:auklet-http\` — a small, coroutine-first HTTP client for Kotlin and Java.

## \`AukletClient\`

Create one client per application and reuse it; it owns a connection pool.

\`\`\`kotlin
val client = AukletClient {
    baseUrl = "https://api.weather.example"
    timeout = 10.seconds
    defaultHeaders { set("Accept", "application/json") }
}
\`\`\`

### \`suspend fun get(path: String, block: RequestBuilder.() -> Unit = {}): Response\`

Sends a \`GET\` request.

| Parameter | Type | Description |
|-----------|------|-------------|
| \`path\` | \`String\` | Path relative to \`baseUrl\`, or an absolute URL |
| \`block\` | \`RequestBuilder.() -> Unit\` | Adds headers, query params, or a per-call timeout |

**Returns** a \`Response\`. Non-2xx statuses do **not** throw unless \`throwOnError = true\` was set on the client.

**Throws**
- \`AukletTimeoutException\` — connect or read timeout exceeded
- \`AukletIOException\` — network failure, DNS error, TLS handshake failure

\`\`\`kotlin
val res = client.get("/v1/forecast") {
    query("city", "Reykjavik")
    query("days", 3)
}
val forecast: Forecast = res.body()
\`\`\`

### \`suspend fun post(path: String, body: Any?, block: RequestBuilder.() -> Unit = {}): Response\`

Serialises \`body\` with the configured codec (kotlinx.serialization by default). Pass a \`ByteArray\` or \`String\` to send raw content.

### \`fun close()\`

Releases the pool. After \`close()\`, any call throws \`IllegalStateException\`.

## \`Response\`

| Member | Description |
|--------|-------------|
| \`status: Int\` | HTTP status code |
| \`headers: Headers\` | Case-insensitive multimap |
| \`suspend fun <T> body(): T\` | Decodes the body; throws \`AukletDecodeException\` on malformed content |
| \`suspend fun text(): String\` | Body as UTF-8 text |
| \`isSuccess: Boolean\` | \`status in 200..299\` |

## Java interop

Every suspending method has a \`CompletableFuture\` twin with an \`Async\` suffix:

\`\`\`java
AukletClient client = AukletClient.create(cfg -> cfg.baseUrl("https://api.weather.example"));
client.getAsync("/v1/forecast", r -> r.query("city", "Oslo"))
      .thenApply(Response::textBlocking)
      .thenAccept(System.out::println);
\`\`\`
` },
  { lib: 'auklet-http', kind: 'migration_guide', lang: 'English', text: `# Upgrading to auklet-http 2.0

Version 2 replaces the callback API with coroutines and moves from OkHttp-style interceptors to a simpler plugin model. This guide walks through the changes in the order you are likely to hit them.

## Dependency coordinates

\`\`\`kotlin
// build.gradle.kts — before
implementation("io.auklet:auklet:1.8.3")

// after
implementation("io.auklet:auklet-http:2.0.0")
\`\`\`

The artifact was renamed; both can coexist on the classpath during migration because packages differ (\`io.auklet.v1\` vs \`io.auklet.http\`).

## Creating a client

**1.x**

\`\`\`kotlin
val client = Auklet.Builder()
    .baseUrl("https://api.example.com")
    .connectTimeout(5, TimeUnit.SECONDS)
    .build()
\`\`\`

**2.x**

\`\`\`kotlin
val client = AukletClient {
    baseUrl = "https://api.example.com"
    connectTimeout = 5.seconds
}
\`\`\`

## Making requests

**1.x (callbacks)**

\`\`\`kotlin
client.get("/users/1", object : Callback {
    override fun onSuccess(r: Response) { show(r.bodyAs(User::class.java)) }
    override fun onFailure(e: IOException) { showError(e) }
})
\`\`\`

**2.x (suspend)**

\`\`\`kotlin
try {
    val user: User = client.get("/users/1").body()
    show(user)
} catch (e: AukletIOException) {
    showError(e)
}
\`\`\`

## Interceptors → plugins

\`\`\`kotlin
// 2.x
val client = AukletClient {
    install(Retry) { maxAttempts = 3; retryOn(503) }
    install(BearerAuth) { tokenProvider = { tokenStore.current() } }
}
\`\`\`

\`BearerAuth\` sets the \`Authorization: Bearer …\` header on each request and refreshes the token on 401 if you supply \`refresh = { … }\`.

## Error handling change

In 1.x, 4xx/5xx responses invoked \`onFailure\`. In 2.x they return normally; check \`response.isSuccess\`, or set \`throwOnError = true\` to get an \`AukletStatusException\`.

## Removed

- \`Auklet.synchronous()\` — use \`runBlocking\` or the \`*Async\` Java methods.
- XML codec — add \`auklet-codec-xml\` if you still need it.
` },
  { lib: 'auklet-http', kind: 'security_policy', lang: 'English', text: `# Security

## Supported Versions

Security fixes are released for:

- **2.x** — all minor versions released in the last 12 months
- **1.8.x** — critical fixes only, until 2025-06-30

Older versions receive no updates. Please upgrade.

## Reporting

If you believe you have found a security vulnerability in auklet-http, report it privately using one of:

- GitHub's **"Report a vulnerability"** button on the Security tab of https://github.com/auklet-io/auklet-http
- e-mail to **security@auklet.example**

Include the library version, JVM version, a description of the issue, and a proof of concept if you have one. Do not include real credentials or customer data in reports.

## Our process

1. We confirm receipt within **3 working days**.
2. A maintainer reproduces and rates severity using CVSS 3.1.
3. We prepare a fix in a private fork and request a CVE where appropriate.
4. We agree a disclosure date with you — normally within **60 days** of the report.
5. Releases go out to Maven Central; an advisory is published the same day.

## Areas of particular interest

- TLS: hostname verification, certificate pinning bypass
- Header injection via unvalidated CRLF in header values or paths
- Redirect handling that forwards \`Authorization\` headers to a different host
- Decompression bombs in gzip/brotli response handling

## Recognition

We credit reporters in the advisory and the release notes unless you ask us not to. We do not currently run a paid bug bounty.

## Secure usage notes

- Keep \`followRedirects = SAME_HOST\` (the default) when sending credentials.
- Never disable certificate verification in production; the \`insecureTrustAll()\` helper logs a warning on every request for this reason.
` },
  { lib: 'azulframe', kind: 'readme', lang: 'English', text: `# azulframe

[![PyPI version](https://img.shields.io/pypi/v/azulframe.svg?style=flat)](https://pypi.example.org/project/azulframe/)
[![conda](https://img.shields.io/badge/conda--forge-azulframe-green.svg)](https://anaconda.example.org/conda-forge/azulframe)
[![codecov](https://codecov.io/gh/azul-data/azulframe/branch/main/graph/badge.svg)](https://codecov.io/gh/azul-data/azulframe)

Columnar dataframes for Python with lazy evaluation and a small, predictable API.

azulframe stores each column as a typed Arrow-compatible buffer. Operations build a query plan that is optimised and executed only when you ask for results, so filters are pushed down into file readers and unused columns are never loaded.

## Installation

\`\`\`bash
pip install azulframe
# with Parquet and cloud storage support
pip install "azulframe[parquet,s3]"
\`\`\`

Python 3.9–3.13 on Linux, macOS, and Windows.

## A taste

\`\`\`python
import azulframe as az

trips = az.scan_parquet("trips/*.parquet")

summary = (
    trips
    .filter(az.col("distance_km") > 1)
    .group_by("pickup_zone")
    .agg(
        az.col("fare").mean().alias("avg_fare"),
        az.count().alias("n"),
    )
    .sort("n", descending=True)
    .head(10)
    .collect()
)
print(summary)
\`\`\`

## Features

- **Lazy or eager** — call \`.collect()\` on lazy frames, or use \`az.read_csv\` for eager ones
- **Multi-threaded** kernels for joins, group-bys, and sorts
- **Zero-copy** interchange with NumPy and Arrow
- **Expressions** that compose: \`az.when(...).then(...).otherwise(...)\`
- Reads CSV, Parquet, JSON Lines, and Feather

## Compared to pandas

azulframe has no index and no implicit type coercion. If you are coming from pandas, the [cheat sheet](https://azulframe.example.org/pandas-cheatsheet) maps common idioms.

## Citing

If azulframe helps your research, please cite the JOSS paper listed in \`CITATION.cff\`.

## License

BSD-3-Clause
` },
  { lib: 'azulframe', kind: 'api_reference', lang: 'English', text: `# \`azulframe.Frame\` — selected methods

## \`Frame.filter(*predicates) -> Frame\`

Keeps rows where all predicates evaluate to \`True\`. Nulls count as \`False\`.

| Parameter | Type | Notes |
|-----------|------|-------|
| \`*predicates\` | \`Expr\` | Boolean expressions; combined with logical AND |

\`\`\`python
df.filter(az.col("age") >= 18, az.col("country") == "NZ")
\`\`\`

**Raises** \`SchemaError\` if an expression references an unknown column or is not boolean.

## \`Frame.with_columns(*exprs, **named) -> Frame\`

Adds or replaces columns. Keyword arguments name the result.

\`\`\`python
df.with_columns(
    (az.col("price") * az.col("qty")).alias("total"),
    discounted=az.col("price") * 0.9,
)
\`\`\`

## \`Frame.group_by(*keys, maintain_order=False) -> GroupBy\`

Returns a \`GroupBy\` whose \`.agg(*exprs)\` produces one row per key combination. Set \`maintain_order=True\` to keep first-seen key order (slower).

## \`Frame.join(other, on=None, *, left_on=None, right_on=None, how="inner", suffix="_right") -> Frame\`

| \`how\` | Behaviour |
|-------|-----------|
| \`"inner"\` | rows with matches in both |
| \`"left"\` | all rows from \`self\` |
| \`"outer"\` | all rows from both |
| \`"semi"\` | rows of \`self\` with a match; no columns from \`other\` |
| \`"anti"\` | rows of \`self\` without a match |

**Raises** \`ValueError\` when neither \`on\` nor both \`left_on\`/\`right_on\` are given.

## \`Frame.collect(*, streaming=False) -> Frame\`

Executes a lazy plan. With \`streaming=True\`, data is processed in chunks so results larger than memory can be written with \`sink_parquet\`. Eager frames return themselves.

## \`Frame.to_numpy(columns=None) -> numpy.ndarray\`

Returns a 2-D array. Zero-copy when all selected columns share a numeric dtype and contain no nulls; otherwise copies.

## \`Frame.schema -> dict[str, DataType]\`

Mapping of column names to types, available without executing the plan.

\`\`\`python
>>> az.scan_csv("sales.csv").schema
{'date': Date, 'store': Utf8, 'revenue': Float64}
\`\`\`
` },
  { lib: 'azulframe', kind: 'faq_troubleshooting', lang: 'English', text: `# Frequently asked questions

### Why does \`print(df)\` show \`<LazyFrame plan=...>\` instead of data?

Frames created with \`scan_*\` are lazy. Call \`.collect()\` to execute, or \`.fetch(5)\` to preview the first five rows cheaply.

### \`SchemaError: column 'Price' not found; did you mean 'price'?\`

Column names are case-sensitive. Use the suggested name or normalise headers at read time:

\`\`\`python
df = az.read_csv("data.csv", rename=str.lower)
\`\`\`

### \`ComputeError: could not parse '12,5' as Float64\`

The file uses a comma as decimal separator. Pass \`decimal=","\` (and usually \`separator=";"\`) to \`read_csv\`.

### My group-by is slower than expected

- Check that the key columns are not \`Object\` dtype — convert with \`.cast(az.Utf8)\` or \`az.Categorical\`.
- Avoid Python UDFs via \`.map_elements()\`; they run single-threaded. Most logic can be expressed with built-in expressions.
- Set \`AZULFRAME_MAX_THREADS\` if your container limits CPUs but the library sees the host core count.

### MemoryError when reading a large CSV

Use the lazy reader and streaming execution:

\`\`\`python
(az.scan_csv("big.csv")
   .filter(az.col("status") == "ok")
   .sink_parquet("ok.parquet"))
\`\`\`

### How do I convert to pandas?

\`df.to_pandas()\` — requires pandas ≥ 2.0. Add \`use_pyarrow_extension_array=True\` to avoid copies for string columns.

### Installing on Apple Silicon fails building from source

You are probably using an x86 Python under Rosetta. Run \`python -c "import platform; print(platform.machine())"\`; it should print \`arm64\`. Native wheels are published for arm64.

### Where can I ask questions?

Use the forum at https://discuss.azulframe.example.org or the \`azulframe\` tag on your favourite Q&A site. Bugs go to the GitHub issue tracker.
` },
  { lib: 'alderwood', kind: 'readme', lang: 'English', text: `# Alderwood

[![Gem Version](https://img.shields.io/gem/v/alderwood.svg?style=flat)](https://rubygems.example.org/gems/alderwood)
[![CI](https://github.com/alderwood-rb/alderwood/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/alderwood-rb/alderwood/actions)
[![Maintainability](https://img.shields.io/badge/maintainability-A-brightgreen.svg)](https://quality.alderwood.example)

Alderwood is a tiny Rack-based web framework for Ruby. One file per endpoint, plain Ruby objects, no magic autoloading.

## Installation

Add it to your \`Gemfile\`:

\`\`\`ruby
gem "alderwood", "~> 1.4"
\`\`\`

Then run \`bundle install\`. Ruby 3.1+ is supported.

## Hello, world

\`\`\`ruby
# app.rb
require "alderwood"

class App < Alderwood::App
  get "/" do
    "Hello from Alderwood"
  end

  get "/books/:id" do |id|
    book = Book.find(id) or halt 404
    json book.to_h
  end

  post "/books" do
    book = Book.create!(params.slice(:title, :author))
    status 201
    json book.to_h
  end
end
\`\`\`

\`\`\`ruby
# config.ru
require_relative "app"
run App.new
\`\`\`

\`\`\`sh
bundle exec rackup -p 9292
\`\`\`

## What's included

| Piece | Purpose |
|-------|---------|
| Router | Trie-based, supports named params and constraints |
| \`json\` / \`html\` helpers | Content-type aware responses |
| \`Alderwood::Validations\` | Lightweight param validation |
| Middleware stack | Any Rack middleware via \`use\` |
| Test helpers | \`Alderwood::Test\` for Minitest and RSpec |

What is **not** included: an ORM, asset pipeline, or generators. Use whatever you like.

## Performance

Around 48k req/s for a hello-world route on Puma with 4 workers (see \`bench/\` for the setup).

## Contributing & license

Bug reports and pull requests are welcome; see [CONTRIBUTING.md](CONTRIBUTING.md). Released under the MIT License.
` },
  { lib: 'alderwood', kind: 'contributing', lang: 'English', text: `# Contributing to Alderwood

First off — thank you! Alderwood is maintained by volunteers and every contribution helps.

## Ground rules

- Be kind. This project follows the [Contributor Covenant](https://alderwood.example/conduct). Concerns can be sent privately to maintainers@alderwood.example.
- Discuss larger features in an issue before writing code, so we can agree on the design.
- Keep the framework small. New features should be possible as a plugin first.

## Filing an issue

Use the templates on GitHub. For bugs, please include:

\`\`\`
Ruby version:      (ruby -v)
Alderwood version: (bundle exec ruby -e 'require "alderwood"; puts Alderwood::VERSION')
Server:            (Puma/Falcon/WEBrick + version)
What happened / what you expected
Minimal app that reproduces it
\`\`\`

## Running the test suite

\`\`\`sh
git clone https://github.com/alderwood-rb/alderwood.git
cd alderwood
bin/setup
bundle exec rake test
\`\`\`

To run a single file: \`bundle exec ruby -Itest test/router_test.rb\`.

We test against Ruby 3.1, 3.2, 3.3, and head. If you have several Rubies installed, \`bin/matrix\` runs them all.

## Style

- Code is formatted with \`standardrb\`; run \`bundle exec standardrb --fix\`.
- Public methods need YARD comments.
- Prefer plain Ruby over metaprogramming unless it removes significant duplication.

## Commits

- Write commit messages in the imperative mood: "Add route constraints", not "Added…".
- Reference issues with \`Fixes #123\` in the body.
- Add a line to the \`Unreleased\` section of \`CHANGELOG.md\` for user-visible changes.
- Sign off your commits (\`git commit -s\`) to certify the Developer Certificate of Origin.

## Releasing (maintainers)

1. Bump \`lib/alderwood/version.rb\`.
2. Move \`Unreleased\` entries under the new version in \`CHANGELOG.md\`.
3. \`bundle exec rake release\`.
` },
  { lib: 'alderwood', kind: 'changelog', lang: 'English', text: `# Alderwood changelog

## Unreleased

- Nothing yet.

## 1.4.0 (2024-04-22)

**Added**
- Route constraints: \`get "/posts/:id", id: /\\d+/ do ... end\`.
- \`html\` helper now accepts a layout: \`html :show, layout: :main\`.
- \`Alderwood::Test#json_body\` convenience method.

**Changed**
- \`halt\` with a Hash body now serialises it as JSON automatically.

**Fixed**
- HEAD requests returned a body on routes declared with \`get\`.
- Params with bracket syntax (\`tags[]=a&tags[]=b\`) were parsed as a string.

## 1.3.2 (2024-01-30)

**Fixed**
- Thread-safety issue in the router cache under Falcon (#88).
- Memory growth when using \`stream\` with long-lived connections.

## 1.3.1 (2023-12-05)

**Fixed**
- Ruby 3.3 warnings about \`it\` as a block parameter name.

## 1.3.0 (2023-10-11)

**Added**
- \`before\` and \`after\` filters scoped by path prefix.
- \`Alderwood::Validations\` module.

**Deprecated**
- \`request.json\` — use \`params\` instead; JSON bodies are merged into params automatically.

## 1.0.0 (2023-03-01)

**Breaking**
- Dropped Ruby 2.7 and 3.0.
- \`App.run!\` removed; use a \`config.ru\` file and any Rack server.
- Error handlers are now registered with \`error 404 do ... end\` instead of \`not_found do ... end\`.

First stable release. Thanks to everyone who tried the 0.x series!
` },
  { lib: 'apricot-php', kind: 'readme', lang: 'English', text: `# Apricot

[![Latest Stable Version](https://img.shields.io/packagist/v/apricot/templates.svg?style=flat)](https://packagist.example.org/packages/apricot/templates)
[![Tests](https://github.com/apricot-php/templates/actions/workflows/tests.yml/badge.svg?branch=main)](https://github.com/apricot-php/templates/actions)
[![PHP](https://img.shields.io/badge/php-%3E%3D8.1-8892BF.svg)](https://php.example.net)

**Apricot** is a fast, sandboxed template engine for PHP 8.1+. Templates compile to plain PHP classes and are cached, so rendering costs about the same as a hand-written \`include\`.

## Installation

\`\`\`bash
composer require apricot/templates
\`\`\`

## Usage

\`\`\`php
<?php
use Apricot\\Engine;
use Apricot\\Loader\\FilesystemLoader;

$engine = new Engine(new FilesystemLoader(__DIR__ . '/views'), [
    'cache' => __DIR__ . '/var/cache/apricot',
]);

echo $engine->render('invoice.apr', [
    'customer' => $customer,
    'lines'    => $lines,
]);
\`\`\`

\`\`\`
{# views/invoice.apr #}
{% extends "layout.apr" %}

{% block body %}
  <h1>Invoice for {{ customer.name }}</h1>
  <table>
  {% for line in lines %}
    <tr><td>{{ line.label }}</td><td>{{ line.amount | money("EUR") }}</td></tr>
  {% else %}
    <tr><td colspan="2">No items.</td></tr>
  {% endfor %}
  </table>
{% endblock %}
\`\`\`

## Features

- Auto-escaping on by default (HTML, with \`js\`, \`css\`, and \`url\` strategies available)
- Template inheritance, blocks, macros, and includes
- Sandbox mode for user-supplied templates with an allow-list of tags, filters, and methods
- Helpful compile errors with template line numbers
- PSR-16 cache adapter support

## Framework integrations

Bridges exist for several frameworks: see https://apricot-php.example.org/integrations.

## License

MIT. Copyright (c) the Apricot contributors.
` },
  { lib: 'apricot-php', kind: 'configuration', lang: 'English', text: `# Engine options

Options are passed as the second argument to \`Apricot\\Engine\`. All are optional.

\`\`\`php
$engine = new Engine($loader, [
    'cache'            => '/var/cache/apricot',
    'debug'            => false,
    'auto_reload'      => null,
    'strict_variables' => true,
    'autoescape'       => 'html',
    'charset'          => 'UTF-8',
    'optimizations'    => -1,
]);
\`\`\`

| Option | Type | Default | Description |
|--------|------|---------|-------------|
| \`cache\` | \`string\\|false\\|CacheInterface\` | \`false\` | Directory or PSR-16 cache for compiled templates. \`false\` disables caching (development only). |
| \`debug\` | \`bool\` | \`false\` | Enables the \`dump()\` function and source maps in error messages. |
| \`auto_reload\` | \`?bool\` | same as \`debug\` | Recompile when the template file changes. |
| \`strict_variables\` | \`bool\` | \`false\` | Throw \`RuntimeError\` on undefined variables instead of rendering an empty string. |
| \`autoescape\` | \`string\\|false\\|callable\` | \`'html'\` | Default escaping strategy, or a callable receiving the template name and returning a strategy. |
| \`charset\` | \`string\` | \`'UTF-8'\` | Used by escapers and string filters. |
| \`optimizations\` | \`int\` | \`-1\` | Bitmask of compiler optimisations; \`0\` disables all (useful when debugging the compiler). |

## Choosing escaping by file extension

\`\`\`php
'autoescape' => fn (string $name) => match (pathinfo($name, PATHINFO_EXTENSION)) {
    'js'  => 'js',
    'txt' => false,
    default => 'html',
},
\`\`\`

## Environment variables

Apricot itself reads no environment variables, but the CLI tool \`vendor/bin/apricot\` honours:

| Variable | Purpose |
|----------|---------|
| \`APRICOT_CACHE_DIR\` | Overrides \`cache\` for \`apricot cache:warm\` and \`apricot cache:clear\` |
| \`APRICOT_TEMPLATE_PATHS\` | Colon-separated template directories for \`apricot lint\` |

## Recommended settings

| Environment | \`debug\` | \`cache\` | \`strict_variables\` |
|-------------|---------|---------|--------------------|
| Local dev | \`true\` | \`false\` | \`true\` |
| CI | \`false\` | tmp dir | \`true\` |
| Production | \`false\` | persistent dir | \`true\` |

Warm the cache during deployment with \`vendor/bin/apricot cache:warm views/\` so the first request does not pay the compile cost.
` },
  { lib: 'apricot-php', kind: 'migration_guide', lang: 'English', text: `# Upgrading from Apricot 2.x to 3.0

Apricot 3 requires PHP 8.1, uses native types everywhere, and cleans up a few long-deprecated APIs. Run the deprecation checker on 2.9 first: it reports everything that will break.

\`\`\`bash
vendor/bin/apricot lint --deprecations views/
\`\`\`

## Engine construction

\`\`\`php
// 2.x
$engine = new Apricot_Engine($loader);
$engine->setCache('/tmp/cache');
$engine->enableStrictVariables();

// 3.0
$engine = new \\Apricot\\Engine($loader, [
    'cache' => '/tmp/cache',
    'strict_variables' => true,
]);
\`\`\`

The underscore-style class names (\`Apricot_Engine\`, \`Apricot_Loader_Filesystem\`) are gone. Use the namespaced classes.

## Custom filters

\`\`\`php
// 2.x
$engine->addFilter('shout', new Apricot_Filter_Function('strtoupper'));

// 3.0
use Apricot\\Extension\\Filter;
$engine->addFilter(new Filter('shout', strtoupper(...)));
\`\`\`

Filters that need the engine or context now declare it with options rather than magic argument names:

\`\`\`php
new Filter('tr', [$translator, 'trans'], ['needs_context' => true]);
\`\`\`

## Template syntax changes

| 2.x | 3.0 |
|-----|-----|
| \`{% raw %}...{% endraw %}\` | \`{% verbatim %}...{% endverbatim %}\` |
| \`{{ x \\| e }}\` outside auto-escape | unchanged, but \`e\` is now an alias of \`escape\` only |
| \`{% for k, v in map if v %}\` | \`{% for k, v in map | filter(v => v) %}\` |
| \`{% spaceless %}\` | \`{% apply spaceless %}...{% endapply %}\` |

## Loader interface

\`LoaderInterface::getSource()\` was removed. Implement \`getSourceContext(string $name): Source\` instead. \`exists()\` must now return \`bool\`.

## Removed without replacement

- The \`Apricot_Autoloader\` class — use Composer.
- PHP 7 compatibility shims.

## After upgrading

Clear old compiled templates: \`vendor/bin/apricot cache:clear\`. Compiled classes from 2.x are not compatible and will throw a \`LogicException\` if loaded.
` },
  { lib: 'arcwire', kind: 'readme', lang: 'English', text: `# arcwire

[![build](https://github.com/arcwire-c/arcwire/actions/workflows/build.yml/badge.svg?branch=main)](https://github.com/arcwire-c/arcwire/actions)
[![fuzzing](https://img.shields.io/badge/fuzzing-continuous-brightgreen.svg?style=flat)](https://fuzz.arcwire.example)
[![license](https://img.shields.io/badge/license-ISC-blue.svg)](LICENSE)

A compact binary serialisation format and a single-header C99 library to read and write it.

arcwire messages are schema-less, self-describing, and typically 30–50% smaller than JSON. The library does no heap allocation of its own; you hand it buffers.

## Getting it

Copy \`arcwire.h\` into your project. In **one** translation unit:

\`\`\`c
#define ARCWIRE_IMPLEMENTATION
#include "arcwire.h"
\`\`\`

Or build the shared library with CMake:

\`\`\`sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build
sudo cmake --install build
\`\`\`

A \`pkg-config\` file (\`arcwire.pc\`) is installed too.

## Example

\`\`\`c
#include <stdio.h>
#include "arcwire.h"

int main(void) {
    uint8_t buf[256];
    aw_writer w;
    aw_writer_init(&w, buf, sizeof buf);

    aw_write_map(&w, 2);
    aw_write_str(&w, "name", 4);   aw_write_str(&w, "sensor-7", 8);
    aw_write_str(&w, "temp", 4);   aw_write_f32(&w, 21.5f);

    if (aw_writer_error(&w)) {
        fprintf(stderr, "encode failed: %s\\n", aw_strerror(aw_writer_error(&w)));
        return 1;
    }
    printf("encoded %zu bytes\\n", aw_writer_len(&w));
    return 0;
}
\`\`\`

## Highlights

- C99, no dependencies, builds with GCC, Clang, MSVC, and TCC
- Bounds-checked readers; every reader API returns an error code
- Fuzzed continuously with libFuzzer and AFL++
- Bindings maintained separately for Python, Zig, and Lua

## Specification

The wire format is documented in [SPEC.md](SPEC.md) and is frozen at version 1.

## License

ISC
` },
  { lib: 'arcwire', kind: 'api_reference', lang: 'English', text: `# arcwire C API

All functions are declared in \`arcwire.h\`. Types prefixed \`aw_\` are plain structs you may allocate on the stack.

## Error codes

| Constant | Value | Meaning |
|----------|-------|---------|
| \`AW_OK\` | 0 | Success |
| \`AW_E_NOSPACE\` | 1 | Output buffer too small |
| \`AW_E_TRUNCATED\` | 2 | Input ended in the middle of a value |
| \`AW_E_TYPE\` | 3 | Value has a different type than requested |
| \`AW_E_DEPTH\` | 4 | Nesting exceeded \`AW_MAX_DEPTH\` (default 64) |
| \`AW_E_INVALID\` | 5 | Malformed encoding |

\`const char *aw_strerror(int code)\` returns a static description.

## Writer

### \`void aw_writer_init(aw_writer *w, uint8_t *buf, size_t cap)\`

Prepares \`w\` to write into \`buf\`. No memory is allocated.

### \`int aw_write_int(aw_writer *w, int64_t v)\`
### \`int aw_write_f32(aw_writer *w, float v)\` / \`aw_write_f64\`
### \`int aw_write_str(aw_writer *w, const char *s, size_t len)\`

Append a value. Return \`AW_OK\` or \`AW_E_NOSPACE\`. After the first error the writer is "sticky": later calls are no-ops returning the same error, so you may check once at the end with \`aw_writer_error()\`.

### \`int aw_write_map(aw_writer *w, uint32_t pairs)\` / \`aw_write_array(aw_writer *w, uint32_t n)\`

Write a container header. The caller must then write exactly \`2 * pairs\` or \`n\` values.

### \`size_t aw_writer_len(const aw_writer *w)\`

Bytes written so far.

## Reader

### \`void aw_reader_init(aw_reader *r, const uint8_t *buf, size_t len)\`

### \`aw_type aw_peek(aw_reader *r)\`

Returns the type of the next value without consuming it: \`AW_NIL\`, \`AW_BOOL\`, \`AW_INT\`, \`AW_FLOAT\`, \`AW_STR\`, \`AW_BIN\`, \`AW_ARRAY\`, \`AW_MAP\`, or \`AW_END\`.

### \`int aw_read_int(aw_reader *r, int64_t *out)\`

Reads an integer of any width. Returns \`AW_E_TYPE\` if the next value is not an integer; the reader position is unchanged in that case.

### \`int aw_read_str(aw_reader *r, const char **ptr, size_t *len)\`

Sets \`*ptr\` to point **into the input buffer** (zero-copy). The string is not NUL-terminated.

### \`int aw_skip(aw_reader *r)\`

Skips one value, including nested containers.

## Example: reading a map

\`\`\`c
uint32_t n;
if (aw_read_map(&r, &n) != AW_OK) return -1;
for (uint32_t i = 0; i < n; i++) {
    const char *k; size_t klen;
    aw_read_str(&r, &k, &klen);
    if (klen == 4 && memcmp(k, "temp", 4) == 0) aw_read_f32(&r, &temp);
    else aw_skip(&r);
}
\`\`\`
` },
  { lib: 'arcwire', kind: 'security_policy', lang: 'English', text: `# Security policy

arcwire parses untrusted input in many deployments (network daemons, embedded devices), so we treat memory-safety bugs in the reader as high severity.

## Supported versions

| Version | Status |
|---------|--------|
| 1.6.x | Supported |
| 1.5.x | Supported until 2025-03-01 |
| ≤ 1.4 | Unsupported |

Because arcwire is often vendored, advisories always list the exact commit range affected so you can check your copy of \`arcwire.h\`.

## How to report

E-mail **security@arcwire.example**. Encrypt with our OpenPGP key if possible (https://arcwire.example/security.asc). Please include:

- the arcwire version or commit hash,
- compiler, flags, and target architecture,
- an input file that triggers the issue (attach it; do not paste binary data inline),
- sanitizer output (ASan/UBSan/MSan) if available.

Please do **not** file public issues or pull requests for suspected vulnerabilities. Crashes found by your own fuzzing that only hit \`assert()\` in debug builds can be reported publicly.

## Timeline

- **Within 48 hours:** acknowledgement.
- **Within 7 days:** confirmation and severity rating.
- **Within 30 days:** patched release, or a status update explaining the delay.
- **Disclosure:** coordinated with the reporter; default embargo is 45 days from the report or 7 days after the fix, whichever comes first.

Downstream packagers on our pre-notification list receive patches up to 5 days before public release. Distributions wishing to join can write to the same address.

## Hardening recommendations

- Compile with \`-DARCWIRE_MAX_DEPTH=16\` if your messages are shallow.
- Always check return codes; the reader never reads past \`len\`, but ignoring \`AW_E_TRUNCATED\` can leave your output variables uninitialised.
- Run the bundled fuzz target (\`fuzz/reader_fuzz.c\`) against any custom extensions.
` },
  { lib: 'axleshell', kind: 'readme', lang: 'English', text: `# axleshell

*Manage dotfiles with plain shell, symlinks, and a little bookkeeping.*

[![ShellCheck](https://github.com/tinkerbox/axleshell/actions/workflows/shellcheck.yml/badge.svg?branch=main)](https://github.com/tinkerbox/axleshell/actions)
![POSIX sh](https://img.shields.io/badge/shell-POSIX%20sh-lightgrey.svg)
![License](https://img.shields.io/badge/license-0BSD-blue.svg)

axleshell is a single POSIX \`sh\` script (~600 lines) that links files from a dotfiles repository into your home directory, backs up anything it would overwrite, and can undo itself.

## Install

\`\`\`sh
git clone https://github.com/tinkerbox/axleshell.git ~/.axleshell
ln -s ~/.axleshell/axle ~/.local/bin/axle
\`\`\`

Or with a package manager that carries it:

\`\`\`sh
brew install axleshell      # macOS
pkg install axleshell       # FreeBSD
\`\`\`

## Usage

Lay out your dotfiles repo by "package":

\`\`\`
dotfiles/
├── git/
│   └── .gitconfig
├── vim/
│   ├── .vimrc
│   └── .vim/colors/dusk.vim
└── zsh/
    ├── .zshrc
    └── .config/zsh/aliases.zsh
\`\`\`

Then:

\`\`\`sh
cd ~/dotfiles
axle link git vim zsh     # create symlinks in $HOME
axle status               # show linked, missing, and conflicting files
axle unlink vim           # remove vim's links and restore backups
\`\`\`

Existing files are moved to \`~/.local/share/axleshell/backup/<timestamp>/\` before being replaced.

## Commands

| Command | Description |
|---------|-------------|
| \`link PKG...\` | Symlink package contents into the target dir |
| \`unlink PKG...\` | Remove links, restore backups |
| \`status [PKG...]\` | Report state of each file |
| \`adopt PKG FILE\` | Move an existing file into a package and link it |
| \`doctor\` | Check for broken links and stale backups |

Use \`-t DIR\` to target a directory other than \`$HOME\`, and \`-n\` for a dry run.

## Requirements

Any POSIX shell (dash, ash, bash, zsh, ksh), plus \`ln\`, \`mv\`, \`mkdir\`, and \`readlink\`. Tested on Linux, macOS, FreeBSD, and OpenBSD.

## License

0BSD — do whatever you want.
` },
  { lib: 'axleshell', kind: 'faq_troubleshooting', lang: 'English', text: `# axleshell: common problems

## "conflict: ~/.bashrc exists and is not a link"

You ran \`axle link\` with \`--no-backup\`, which refuses to touch existing files. Either drop the flag so the file is backed up automatically, or bring the file under management:

\`\`\`sh
axle adopt bash ~/.bashrc
\`\`\`

## Links point to the wrong place after moving my dotfiles repo

Links are absolute by default. Re-run \`axle link\` from the new location, or create relative links from the start:

\`\`\`sh
axle link --relative git vim zsh
\`\`\`

\`axle doctor\` lists every broken link it can find under the target directory.

## \`readlink: illegal option -- f\` on macOS

Older macOS releases ship a \`readlink\` without \`-f\`. axleshell falls back to a portable implementation, but only if \`AXLE_PORTABLE=1\` is set or if it detects BSD userland. If detection fails in your setup:

\`\`\`sh
export AXLE_PORTABLE=1
\`\`\`

## A package directory contains a \`README.md\` that I don't want linked

Add an \`.axleignore\` file to the package. It takes shell glob patterns, one per line:

\`\`\`
README.md
*.orig
.DS_Store
\`\`\`

## How do I link only on certain machines?

Create a host file named after the output of \`hostname -s\`:

\`\`\`
# ~/dotfiles/.axle-hosts/workstation
git vim zsh i3
\`\`\`

Then run \`axle link --host\`, which reads the list for the current machine.

## Does axleshell work on Windows?

Under WSL and MSYS2, yes. Native Windows symlinks need Developer Mode or admin rights; inside MSYS2 set \`MSYS=winsymlinks:nativestrict\`.

## Undoing everything

\`\`\`sh
axle unlink --all
\`\`\`

This removes every link axleshell created (they are recorded in \`~/.local/state/axleshell/links\`) and restores the most recent backups.
` },
  { lib: 'axleshell', kind: 'contributing', lang: 'English', text: `# Contributing

axleshell aims to stay small and portable. Patches that keep it that way are very welcome.

## Before you start

- Open an issue for anything larger than a bug fix so we can talk about scope.
- The script must run under plain POSIX \`sh\`. No bashisms: no \`[[ ]]\`, arrays, \`local\` in non-function scope, \`$'...'\` strings, or \`echo -e\`.
- No new external dependencies beyond what POSIX guarantees plus \`readlink\`.

## Testing

Tests use [bats-like shunit-style helpers](tests/lib.sh) written in sh itself, so nothing needs installing.

\`\`\`sh
make test                 # runs tests with /bin/sh
make test SHELLS="dash bash zsh busybox"   # multiple shells
\`\`\`

Each test creates a throwaway \`$HOME\` under \`$TMPDIR\`; tests never touch your real home directory.

Please add a test in \`tests/\` for every bug fix, reproducing the bug first.

## Linting

\`\`\`sh
make lint    # shellcheck -s sh axle tests/*.sh
\`\`\`

CI runs ShellCheck and the test suite on Ubuntu, Alpine (busybox ash), macOS, and FreeBSD. A PR needs all four green.

## Style

- Indent with tabs.
- Quote every variable expansion unless you explicitly want splitting, and comment when you do.
- Functions are named \`axle_verb_noun\`.
- Keep user-facing messages lowercase and prefixed with \`axle:\`.

## Commit messages

\`\`\`
link: handle package names containing spaces

Previously the package loop split on IFS...

Signed-off-by: Your Name <you@mail.example>
\`\`\`

The \`Signed-off-by\` line certifies the [DCO](https://developercertificate.example.org). Use \`git commit -s\`.

## Conduct

Be respectful and assume good faith. The full code of conduct is in [CODE_OF_CONDUCT.md](CODE_OF_CONDUCT.md); contact the maintainer at hello@axleshell.example with any concerns.
` },
  { lib: 'acornqueue', kind: 'api_reference', lang: 'English', text: `# acornqueue API

\`acornqueue\` is a Redis-backed job queue for Node.js written in TypeScript.

\`\`\`ts
import { Queue, Worker } from "acornqueue";
\`\`\`

## \`new Queue<T>(name, options?)\`

| Param | Type | Description |
|-------|------|-------------|
| \`name\` | \`string\` | Queue name; used as a Redis key prefix |
| \`options.connection\` | \`string \\| RedisOptions\` | Redis URL or options. Defaults to \`ACORNQUEUE_REDIS_URL\` |
| \`options.defaultJobOptions\` | \`JobOptions\` | Merged into every \`add()\` call |

### \`queue.add(name: string, data: T, opts?: JobOptions): Promise<Job<T>>\`

Enqueues a job and resolves once it is persisted.

\`JobOptions\`:

| Field | Default | Meaning |
|-------|---------|---------|
| \`attempts\` | \`1\` | Total tries including the first |
| \`backoff\` | \`{ type: "exponential", delay: 1000 }\` | Delay between retries |
| \`delay\` | \`0\` | Milliseconds before the job becomes available |
| \`priority\` | \`0\` | Lower numbers run first |
| \`jobId\` | random | Supply your own to make \`add()\` idempotent |
| \`removeOnComplete\` | \`true\` | \`true\`, \`false\`, or number of jobs to keep |

**Rejects** with \`QueueClosedError\` if \`queue.close()\` was called.

\`\`\`ts
const emails = new Queue<{ to: string; template: string }>("emails");
await emails.add("welcome", { to: "new.user@shop.example", template: "welcome" }, { attempts: 5 });
\`\`\`

### \`queue.getJobCounts(): Promise<Record<JobState, number>>\`

Returns counts for \`waiting\`, \`active\`, \`delayed\`, \`completed\`, and \`failed\`.

### \`queue.pause()\` / \`queue.resume()\`

Stops or resumes delivery to all workers. Jobs already active finish normally.

## \`new Worker<T, R>(name, processor, options?)\`

\`processor: (job: Job<T>) => Promise<R>\` — throwing or rejecting marks the attempt as failed.

| Option | Default | Description |
|--------|---------|-------------|
| \`concurrency\` | \`1\` | Jobs processed in parallel by this worker |
| \`lockDuration\` | \`30000\` | ms before an unrenewed job is considered stalled |
| \`limiter\` | none | \`{ max, duration }\` rate limit across all workers |

### Events

| Event | Payload |
|-------|---------|
| \`completed\` | \`(job, result)\` |
| \`failed\` | \`(job, error)\` — emitted on every failed attempt |
| \`stalled\` | \`(jobId)\` |
| \`error\` | \`(error)\` — connection-level errors |

\`\`\`ts
const worker = new Worker("emails", async (job) => {
  await mailer.send(job.data.to, job.data.template);
}, { concurrency: 10 });

worker.on("failed", (job, err) => console.warn(job.id, err.message));
\`\`\`

### \`worker.close(force = false): Promise<void>\`

Waits for active jobs to finish unless \`force\` is \`true\`.
` },
  { lib: 'acornqueue', kind: 'configuration', lang: 'English', text: `# Configuring acornqueue

Most settings can be provided in code, but deployments usually prefer environment variables. Values passed in code always win.

## Environment variables

| Variable | Default | Description |
|----------|---------|-------------|
| \`ACORNQUEUE_REDIS_URL\` | \`redis://127.0.0.1:6379\` | Connection URL; \`rediss://\` enables TLS |
| \`ACORNQUEUE_PREFIX\` | \`acorn\` | Key prefix, lets several apps share one Redis |
| \`ACORNQUEUE_CONCURRENCY\` | \`1\` | Default worker concurrency |
| \`ACORNQUEUE_LOCK_MS\` | \`30000\` | Default lock duration |
| \`ACORNQUEUE_METRICS_PORT\` | unset | If set, exposes Prometheus metrics on this port |
| \`ACORNQUEUE_LOG_LEVEL\` | \`info\` | \`silent\`, \`error\`, \`warn\`, \`info\`, \`debug\` |

## Config file

The \`acornqueue\` CLI (used for the dashboard and admin commands) looks for \`acornqueue.config.json\` or \`acornqueue.config.ts\` in the working directory:

\`\`\`ts
// acornqueue.config.ts
import { defineConfig } from "acornqueue/config";

export default defineConfig({
  connection: process.env.REDIS_URL ?? "redis://localhost:6379",
  prefix: "shop",
  queues: {
    emails:   { concurrency: 20, limiter: { max: 100, duration: 60_000 } },
    invoices: { concurrency: 2, defaultJobOptions: { attempts: 8 } },
  },
  dashboard: {
    port: 3050,
    basePath: "/admin/queues",
  },
});
\`\`\`

## Redis requirements

- Redis 6.2+ or a compatible server.
- \`maxmemory-policy\` must be \`noeviction\`; with any other policy Redis may silently drop job data. acornqueue logs a warning at startup if it detects otherwise.
- Cluster mode: wrap queue names in braces, e.g. \`{emails}\`, so all keys for a queue map to one hash slot.

## TLS and authentication

\`\`\`bash
export ACORNQUEUE_REDIS_URL="rediss://worker:\${REDIS_PASSWORD}@redis.internal.example:6380/0"
\`\`\`

To supply a custom CA, pass \`connection: { url, tls: { ca: fs.readFileSync("ca.pem") } }\` in code.

## Graceful shutdown

Workers listen for \`SIGTERM\` and \`SIGINT\` when \`handleSignals: true\` (the default in the CLI, off in the library). Set your orchestrator's termination grace period higher than your longest job.
` },
  { lib: 'acornqueue', kind: 'changelog', lang: 'English', text: `# Changelog

## 3.1.0 (2024-08-20)

### Added
- \`ACORNQUEUE_METRICS_PORT\` exposes Prometheus metrics (\`acorn_jobs_total\`, \`acorn_job_duration_seconds\`).
- \`queue.retryAll("failed")\` to re-enqueue every failed job.
- Dashboard: search jobs by ID prefix.

### Fixed
- \`removeOnComplete: 100\` kept 101 jobs.
- Worker did not reconnect after Redis failover when using Sentinel.

## 3.0.2 (2024-06-11)

### Fixed
- Type of \`Job.returnvalue\` was \`any\`; it is now the worker's \`R\` type parameter.
- Stalled-job checker ran twice per interval with multiple workers in one process.

## 3.0.0 (2024-05-01)

### Breaking
- Node.js 18 is the minimum version.
- Package is ESM-first; CommonJS consumers must use \`require("acornqueue/cjs")\`.
- \`Queue.process()\` removed. Create a \`Worker\` instead.
- The \`failed\` event now fires for every failed attempt, not only the last. Check \`job.attemptsMade === job.opts.attempts\` for final failures.
- Default \`removeOnComplete\` changed from \`false\` to \`true\`.

### Added
- \`defineConfig()\` helper and TypeScript config files for the CLI.
- Rate limiter shared across workers via \`limiter\`.

### Changed
- Job IDs are now ULIDs, so they sort by creation time.

## 2.6.4 (2024-02-02)

### Fixed
- Security: dashboard did not escape job names in the HTML view. Upgrade if you expose the dashboard.

## 2.6.0 (2023-11-14)

### Added
- Delayed jobs with millisecond precision.
- \`queue.getJobCounts()\`.

### Deprecated
- \`Queue.process()\` (removed in 3.0).
` },
  { lib: 'aspenlint', kind: 'readme', lang: 'English', text: `# aspenlint

[![npm](https://img.shields.io/npm/v/aspenlint.svg?style=flat)](https://www.npmjs.com/package/aspenlint)
[![CI](https://github.com/aspen-tools/aspenlint/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/aspen-tools/aspenlint/actions)
[![Downloads](https://img.shields.io/npm/dm/aspenlint.svg)](https://www.npmjs.com/package/aspenlint)

A fast, type-aware linter for TypeScript projects. aspenlint reuses your \`tsconfig.json\`, runs rules in parallel across worker threads, and ships with a curated rule set so you can start with zero configuration.

## Install

\`\`\`sh
npm install --save-dev aspenlint
\`\`\`

## Run

\`\`\`sh
npx aspenlint                 # lint the project described by ./tsconfig.json
npx aspenlint src/ --fix      # apply safe autofixes
npx aspenlint --format sarif > results.sarif
\`\`\`

Exit codes: \`0\` no errors, \`1\` lint errors found, \`2\` configuration or crash.

## What it catches

\`\`\`ts
async function save(user: User) {
  db.insert(user);            // aspen/no-floating-promise: promise is not awaited
  if (user.age = 18) {}       // aspen/no-assign-in-condition
  const ids = users.map(u => { u.id });  // aspen/arrow-body-returns-nothing
}
\`\`\`

The recommended preset includes about 80 rules focused on real bugs rather than style. Formatting is deliberately out of scope; pair aspenlint with your formatter of choice.

## Speed

On a 400k-line monorepo aspenlint finishes in 9 s cold and 1.8 s with its on-disk cache (8-core laptop). Type information is computed once and shared between rules.

## Editor support

- VS Code: install the "aspenlint" extension from the marketplace.
- Neovim and others: use the LSP server, \`aspenlint --lsp\`.

## Documentation

Rules, options, and recipes: https://aspenlint.example.dev

## License

MIT
` },
  { lib: 'aspenlint', kind: 'configuration', lang: 'English', text: `# Configuration

aspenlint looks for configuration in this order and uses the first one found:

1. \`--config <path>\` on the command line
2. \`aspenlint.config.ts\` / \`.js\` / \`.json\` in the current directory or any parent
3. An \`"aspenlint"\` key in \`package.json\`

With no configuration, the \`recommended\` preset applies to files included by \`tsconfig.json\`.

## Example

\`\`\`ts
// aspenlint.config.ts
import { defineConfig } from "aspenlint";

export default defineConfig({
  extends: ["recommended", "strict-async"],
  tsconfig: "./tsconfig.build.json",
  ignore: ["dist/**", "**/*.generated.ts"],
  rules: {
    "aspen/no-floating-promise": ["error", { allowVoid: true }],
    "aspen/max-params": ["warn", { max: 5 }],
    "aspen/no-console": "off",
  },
  overrides: [
    {
      files: ["**/*.test.ts"],
      rules: { "aspen/no-non-null-assertion": "off" },
    },
  ],
});
\`\`\`

## Top-level options

| Option | Type | Default | Description |
|--------|------|---------|-------------|
| \`extends\` | \`string[]\` | \`["recommended"]\` | Presets or shared configs (\`aspenlint-config-*\` packages) |
| \`tsconfig\` | \`string\` | \`./tsconfig.json\` | Project file used for type information |
| \`ignore\` | \`string[]\` | \`[]\` | Glob patterns, added to entries from \`.gitignore\` |
| \`rules\` | \`Record<string, Severity \\| [Severity, options]>\` | — | \`"off"\`, \`"warn"\`, or \`"error"\` |
| \`overrides\` | \`Override[]\` | \`[]\` | Per-glob rule changes |
| \`cache\` | \`boolean \\| string\` | \`true\` | \`false\`, or a custom cache directory |
| \`threads\` | \`number\` | CPU count − 1 | Worker threads |
| \`maxWarnings\` | \`number\` | \`-1\` | Fail if warnings exceed this; \`-1\` disables |

## Environment variables

| Variable | Effect |
|----------|--------|
| \`ASPENLINT_THREADS\` | Overrides \`threads\` (handy in CI containers) |
| \`ASPENLINT_CACHE_DIR\` | Overrides cache location; default \`node_modules/.cache/aspenlint\` |
| \`NO_COLOR\` | Disables coloured output |

## Inline directives

\`\`\`ts
// aspenlint-disable-next-line aspen/no-console -- debugging a CI-only failure
console.log(payload);
\`\`\`

A reason after \`--\` is required when the \`require-disable-reason\` rule is on (it is in \`strict\`).
` },
  { lib: 'aspenlint', kind: 'contributing', lang: 'English', text: `# Contributing to aspenlint

We welcome new rules, bug fixes, docs improvements, and performance work.

## Quick setup

\`\`\`sh
git clone https://github.com/aspen-tools/aspenlint.git
cd aspenlint
npm ci
npm run build
npm test
\`\`\`

Node 20 or newer is required for development.

## Proposing a new rule

Open an issue using the **Rule proposal** template. A good proposal shows:

- code that the rule should flag, and why it is a bug (not just a style preference),
- code that must **not** be flagged,
- whether an autofix is safe.

Rules that only enforce style will usually be declined; that keeps the recommended preset focused.

## Writing a rule

\`\`\`sh
npm run new-rule -- no-unsafe-enum-compare
\`\`\`

This creates \`src/rules/no-unsafe-enum-compare.ts\`, a test file, and a docs page. Tests use fixture strings:

\`\`\`ts
ruleTester.run("no-unsafe-enum-compare", rule, {
  valid: ["if (color === Color.Red) {}"],
  invalid: [{ code: "if (color === 0) {}", errors: [{ messageId: "compareToLiteral" }] }],
});
\`\`\`

## Before opening a PR

\`\`\`sh
npm run lint       # aspenlint lints itself
npm run typecheck
npm test
npm run bench      # only if you touched the core or the type checker bridge
\`\`\`

Add a changeset (\`npx changeset\`) describing the user-facing change.

## Code review

- At least one maintainer approval is required; new rules need two.
- We aim to give a first response within five working days.
- Please keep force-pushes to a minimum once review has started, so reviewers can see incremental changes.

## Licensing of contributions

By submitting a PR you agree your work is licensed under the project's MIT license. Add \`Signed-off-by:\` to your commits (\`git commit -s\`).

## Community

We follow the [Code of Conduct](https://aspenlint.example.dev/conduct). Questions are welcome in GitHub Discussions.
` },
  { lib: 'albatross-kv', kind: 'readme', lang: 'English', text: `# albatross

[![crates.io](https://img.shields.io/crates/v/albatross-kv.svg)](https://crates.example.org/crates/albatross-kv)
[![docs.rs](https://img.shields.io/badge/docs-albatross--kv-blue.svg)](https://docs.albatross-kv.example)
[![Build status](https://github.com/seabird-db/albatross/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/seabird-db/albatross/actions)

An embedded, crash-safe key-value store for Rust, built on a log-structured merge tree.

Think of it as "SQLite for bytes": no server, one directory on disk, ACID transactions, and a small API.

## Add it

\`\`\`toml
[dependencies]
albatross-kv = "2"
\`\`\`

## Use it

\`\`\`rust
use albatross_kv::{Db, Options};

fn main() -> albatross_kv::Result<()> {
    let db = Db::open("./data", Options::default())?;

    db.put(b"user:1", b"ada")?;
    assert_eq!(db.get(b"user:1")?.as_deref(), Some(&b"ada"[..]));

    let mut tx = db.begin()?;
    tx.put(b"balance:1", &100u64.to_be_bytes())?;
    tx.delete(b"session:old")?;
    tx.commit()?;

    for item in db.scan_prefix(b"user:") {
        let (k, v) = item?;
        println!("{} = {}", String::from_utf8_lossy(&k), String::from_utf8_lossy(&v));
    }
    Ok(())
}
\`\`\`

## Properties

- **Durable:** write-ahead log with configurable \`fsync\` policy
- **Serializable transactions** using optimistic concurrency
- **Snapshots:** consistent read views without blocking writers
- **Compression:** LZ4 or Zstd per block
- **Thread-safe:** \`Db\` is \`Send + Sync\` and cheap to clone

## Non-goals

No networking, no SQL, no secondary indexes. Build them on top if you need them.

## Status

Used in production by several projects since 2022. The on-disk format is stable within a major version, and \`albatross-kv\` 2.x can open 1.x databases (see [MIGRATION.md](MIGRATION.md)).

## License

Apache-2.0 OR MIT
` },
  { lib: 'albatross-kv', kind: 'security_policy', lang: 'English', text: `# Security Policy

## Supported versions

| Version | Supported | Notes |
|---------|-----------|-------|
| 2.x | ✅ | All fixes |
| 1.12.x | ⚠️ | Data-corruption and security fixes until 2025-01-31 |
| < 1.12 | ❌ | |

## Reporting a vulnerability

Please report suspected vulnerabilities **privately**, either through GitHub private vulnerability reporting on https://github.com/seabird-db/albatross/security or by e-mail to **security@albatross-kv.example**.

A useful report contains:

1. Affected version and feature flags.
2. Platform (OS, filesystem, architecture).
3. Steps to reproduce, ideally a small Rust program or a database directory that triggers the issue.
4. Your assessment of impact (e.g. memory unsafety, data corruption, denial of service).

If your reproduction requires a database directory, please make sure it contains no real user data.

## What counts as a security issue?

- Undefined behaviour or memory unsafety reachable from the safe API.
- Crafted on-disk files that cause out-of-bounds reads, panics in \`Db::open\`, or unbounded memory allocation. Many applications open databases supplied by users, so we treat this as in scope.
- Transactions that violate isolation guarantees.

Plain data-loss bugs after hardware failure are treated as high-priority bugs but can be reported publicly.

## Response timeline

| Stage | Target |
|-------|--------|
| Acknowledge | 3 days |
| Triage & severity | 10 days |
| Fix & release | 45 days |
| Advisory (RustSec + GitHub) | at release |

We will coordinate the disclosure date with you and credit you in the advisory unless you prefer otherwise.

## Unsafe code

\`unsafe\` blocks are confined to \`src/mmap.rs\` and \`src/crc.rs\`, each with a \`// SAFETY:\` justification. The crate is tested under Miri in CI for the pure-Rust paths.
` },
  { lib: 'albatross-kv', kind: 'migration_guide', lang: 'English', text: `# Migrating from albatross-kv 1.x to 2.0

2.0 changes the public API around errors and iteration and introduces a new on-disk format (v4). Existing 1.x databases are upgraded in place on first open.

## On-disk upgrade

\`\`\`rust
let db = Db::open("./data", Options::default().allow_format_upgrade(true))?;
\`\`\`

Without \`allow_format_upgrade(true)\`, opening a v3 directory returns \`Error::FormatUpgradeRequired\`. The upgrade rewrites manifest files only, taking seconds even for large databases. **Take a backup first**; the upgraded directory cannot be opened by 1.x.

## Error type

1.x returned \`std::io::Error\` for everything. 2.0 has a dedicated enum:

\`\`\`rust
// 1.x
match db.get(key) {
    Err(e) if e.kind() == io::ErrorKind::NotFound => { /* ... */ }
    // ...
}

// 2.0 — missing keys are Ok(None), not errors
match db.get(key)? {
    Some(v) => use_value(v),
    None => { /* not found */ }
}
\`\`\`

\`albatross_kv::Error\` variants: \`Io\`, \`Corruption\`, \`Conflict\`, \`FormatUpgradeRequired\`, \`Closed\`.

## Iteration

\`\`\`rust
// 1.x
let mut it = db.iter();
it.seek(b"user:");
while it.valid() {
    let k = it.key();
    it.next();
}

// 2.0
for item in db.range(b"user:".to_vec()..) {
    let (k, v) = item?;
}
\`\`\`

\`scan_prefix\` is new and usually what you want.

## Transactions

\`Db::transaction(|tx| { ... })\` closures were replaced by explicit \`begin()\` / \`commit()\`. Retrying on conflict is now your choice:

\`\`\`rust
loop {
    let mut tx = db.begin()?;
    let n = tx.get(b"counter")?.map(decode).unwrap_or(0);
    tx.put(b"counter", &encode(n + 1))?;
    match tx.commit() {
        Err(Error::Conflict) => continue,
        other => break other?,
    }
}
\`\`\`

## Options

| 1.x | 2.0 |
|-----|-----|
| \`Options::sync(true)\` | \`Options::fsync(FsyncPolicy::EveryCommit)\` |
| \`Options::cache_mb(n)\` | \`Options::block_cache(n * 1024 * 1024)\` |
| \`Options::compress(true)\` | \`Options::compression(Compression::Lz4)\` |

MSRV is now 1.74.
` },
  { lib: 'ampersand-cli', kind: 'api_reference', lang: 'English', text: `# ampersand API reference

Package \`github.com/ampersand-go/ampersand\` builds command-line applications from plain Go structs.

## \`type App struct\`

\`\`\`go
type App struct {
    Name        string
    Version     string
    Description string
    Commands    []*Command
    Flags       any // pointer to a struct with \`flag:\` tags
}
\`\`\`

### \`func (a *App) Run(ctx context.Context, args []string) error\`

Parses \`args\` (usually \`os.Args\`), resolves the subcommand, fills flag structs, and invokes the matching \`Action\`.

**Returns**
- \`nil\` on success
- \`*ampersand.UsageError\` for unknown flags, missing required flags, or bad values; its \`Error()\` text is suitable for printing
- whatever error the \`Action\` returns

\`Run\` prints help and returns \`nil\` when \`-h\` or \`--help\` is passed.

## \`type Command struct\`

| Field | Type | Description |
|-------|------|-------------|
| \`Name\` | \`string\` | Subcommand name, e.g. \`"deploy"\` |
| \`Aliases\` | \`[]string\` | Alternative names |
| \`Usage\` | \`string\` | One-line help text |
| \`Flags\` | \`any\` | Pointer to a struct with \`flag:\` tags |
| \`Args\` | \`ArgSpec\` | Positional argument rules, e.g. \`ampersand.ExactArgs(1)\` |
| \`Action\` | \`func(ctx context.Context, c *Context) error\` | Called when selected |
| \`Commands\` | \`[]*Command\` | Nested subcommands |

## Struct tags

\`\`\`go
type DeployFlags struct {
    Env     string        \`flag:"env,e" usage:"target environment" required:"true" enum:"dev,staging,prod"\`
    Timeout time.Duration \`flag:"timeout" default:"2m"\`
    DryRun  bool          \`flag:"dry-run,n"\`
    Tags    []string      \`flag:"tag" usage:"repeatable"\`
    Token   string        \`flag:"token" env:"DEPLOY_TOKEN" usage:"API token"\`
}
\`\`\`

| Tag | Meaning |
|-----|---------|
| \`flag:"long,short"\` | Flag names |
| \`default:"..."\` | Default value, parsed like CLI input |
| \`env:"NAME"\` | Read from environment if the flag is absent |
| \`required:"true"\` | Error if neither flag nor env var is set |
| \`enum:"a,b,c"\` | Allowed values |

## Example

\`\`\`go
app := &ampersand.App{
    Name: "shipit",
    Commands: []*ampersand.Command{{
        Name:  "deploy",
        Flags: &DeployFlags{},
        Args:  ampersand.ExactArgs(1),
        Action: func(ctx context.Context, c *ampersand.Context) error {
            f := c.Flags().(*DeployFlags)
            fmt.Fprintf(c.Stdout(), "deploying %s to %s\\n", c.Args()[0], f.Env)
            return nil
        },
    }},
}
if err := app.Run(context.Background(), os.Args); err != nil {
    fmt.Fprintln(os.Stderr, err)
    os.Exit(1)
}
\`\`\`
` },
  { lib: 'ampersand-cli', kind: 'changelog', lang: 'English', text: `# Release notes

## v1.6.0 — 2024-09-03

**Added**
- Shell completion for fish, in addition to bash, zsh, and PowerShell (\`app completion fish\`).
- \`enum:\` tag values appear in generated help and in completions.
- \`ampersand.RangeArgs(min, max)\` positional arg spec.

**Fixed**
- \`default:\` on a \`[]string\` field was appended to rather than replaced by CLI values.
- Help output wrapped in the middle of UTF-8 sequences on narrow terminals.

## v1.5.1 — 2024-06-27

**Fixed**
- Panic when a flag struct contained an unexported field with a \`flag:\` tag; it is now a descriptive \`UsageError\` at startup.

## v1.5.0 — 2024-05-14

**Added**
- \`env:\` tag to read flag values from environment variables.
- \`Context.Parent()\` for accessing global flags from subcommands.

**Changed**
- Required flags missing from both CLI and environment now list all missing flags at once, rather than the first only.

## v1.4.0 — 2024-02-08

**Added**
- Support for \`encoding.TextUnmarshaler\` field types (e.g. \`netip.Addr\`, custom enums).
- \`App.HideVersionFlag\`.

**Deprecated**
- \`Command.Before\` hook. Use middleware via \`App.Use(func(next Action) Action)\`.

## v1.0.0 — 2023-09-30

**Breaking** (from v0.x)
- \`Action\` signature is now \`func(ctx context.Context, c *Context) error\`; the context is passed first.
- Flags declared with \`App.Flag("name", ...)\` builder calls were removed in favour of struct tags.
- Minimum Go version: 1.21.

Upgrading from v0.x? See \`docs/v1-upgrade.md\` for a side-by-side comparison.
` },
  { lib: 'ampersand-cli', kind: 'faq_troubleshooting', lang: 'English', text: `# FAQ

#### \`flag provided but not defined: -env\`

Long flags use two dashes: \`--env prod\`. Single-dash long flags are not accepted because they are ambiguous with combined short flags (\`-nv\` = \`-n -v\`). If you need compatibility with an older tool, set \`App.AllowSingleDashLong = true\`.

#### \`usage error: missing required flag --env (or $DEPLOY_ENV)\`

The flag is marked \`required:"true"\`. Pass it, or export the environment variable mentioned in the message. Values set to an empty string count as missing.

#### My \`bool\` flag always reads \`true\` when I pass \`--dry-run false\`

Booleans do not take a separate argument; \`false\` is treated as a positional argument. Use \`--dry-run=false\`.

#### Why is \`Flags\` typed as \`any\`?

Go generics cannot currently express "a pointer to any struct" in a way that also works for nested commands with different flag types. Use a type assertion in your action, or the generic helper:

\`\`\`go
f := ampersand.FlagsOf[*DeployFlags](c)
\`\`\`

#### How do I test commands?

Replace the writers and call \`Run\` with a fake argv:

\`\`\`go
var out bytes.Buffer
app.Stdout = &out
err := app.Run(ctx, []string{"shipit", "deploy", "--env", "dev", "api"})
require.NoError(t, err)
require.Contains(t, out.String(), "deploying api to dev")
\`\`\`

#### Shell completion does not work in zsh

Make sure completion is initialised before sourcing the script:

\`\`\`zsh
autoload -U compinit && compinit
source <(shipit completion zsh)
\`\`\`

#### Can I use it with cobra-style \`init()\` registration?

You can build \`Commands\` slices anywhere, including in \`init()\` functions in separate files, and append to a package-level slice. ampersand itself has no global state.

#### Exit codes

\`Run\` returns errors rather than exiting. By convention, exit with \`2\` for \`*UsageError\` and \`1\` for everything else; \`ampersand.ExitCode(err)\` does this mapping for you.
` },
  { lib: 'anemone-geo', kind: 'readme', lang: 'English', text: `# anemone

[![PyPI](https://img.shields.io/pypi/v/anemone-geo.svg?style=flat)](https://pypi.example.org/project/anemone-geo/)
[![Tests](https://github.com/reefmap/anemone/actions/workflows/tests.yml/badge.svg?branch=main)](https://github.com/reefmap/anemone/actions)
[![Docs](https://img.shields.io/badge/docs-anemone--geo.example.org-informational.svg)](https://anemone-geo.example.org)

**anemone** is a Python library for working with geographic vector data: points, lines, and polygons with coordinate reference systems, spatial joins, and fast I/O.

## Install

\`\`\`bash
pip install anemone-geo
\`\`\`

Wheels bundle the GEOS and PROJ libraries, so no system packages are needed on Linux, macOS, or Windows.

## Example: which park is each café in?

\`\`\`python
import anemone as an

cafes = an.read_file("cafes.geojson")              # Points, EPSG:4326
parks = an.read_file("parks.gpkg", layer="parks")  # Polygons, EPSG:3857

cafes = cafes.to_crs(parks.crs)
joined = an.sjoin(cafes, parks, predicate="within", how="left")

print(joined[["cafe_name", "park_name"]].head())
\`\`\`

## Buffers and areas

\`\`\`python
# 500 m walking buffer around stations, in a metric CRS
stations = an.read_file("stations.shp").to_crs(32633)
stations["catchment"] = stations.geometry.buffer(500)
stations["area_km2"] = stations["catchment"].area / 1e6
\`\`\`

## Features

- Read/write GeoJSON, GeoPackage, Shapefile, FlatGeobuf, and GeoParquet
- Vectorised geometry operations backed by GEOS
- Spatial index (STR-tree) built lazily on first query
- CRS handling via PROJ, with warnings for mismatched CRSs
- Plotting helpers for quick maps with matplotlib

## Project status

anemone is stable and follows semantic versioning. The public API is everything documented at https://anemone-geo.example.org/api.

## Acknowledgements

Developed by the ReefMap group with support from the (fictional) Coastal Data Fund.

## License

BSD-3-Clause
` },
  { lib: 'anemone-geo', kind: 'api_reference', lang: 'English', text: `# anemone API: I/O and spatial operations

## \`anemone.read_file(path, *, layer=None, bbox=None, columns=None, engine="auto") -> GeoTable\`

Reads a vector dataset.

| Parameter | Description |
|-----------|-------------|
| \`path\` | Local path, \`file://\`, \`https://\`, or \`s3://\` URL |
| \`layer\` | Layer name or index for multi-layer formats (GeoPackage) |
| \`bbox\` | \`(minx, miny, maxx, maxy)\` in the file's CRS; only intersecting features are read |
| \`columns\` | Subset of attribute columns to load |
| \`engine\` | \`"auto"\`, \`"fast"\` (Arrow-based), or \`"compat"\` |

**Raises** \`DriverError\` if the format is not recognised; \`CRSError\` if the file declares an unknown CRS.

## \`GeoTable.to_crs(crs) -> GeoTable\`

Reprojects all geometries. \`crs\` may be an EPSG integer, an authority string like \`"EPSG:3035"\`, or a WKT/PROJJSON string. Raises \`ValueError\` if the table has no CRS set — call \`set_crs()\` first.

## \`GeoTable.set_crs(crs, *, allow_override=False) -> GeoTable\`

Assigns a CRS **without** transforming coordinates. Raises if a different CRS is already set, unless \`allow_override=True\`.

## \`anemone.sjoin(left, right, *, predicate="intersects", how="inner", lsuffix="left", rsuffix="right") -> GeoTable\`

Spatial join.

| \`predicate\` | True when left geometry… |
|-------------|--------------------------|
| \`"intersects"\` | shares any point with right |
| \`"within"\` | lies entirely inside right |
| \`"contains"\` | entirely contains right |
| \`"touches"\` | shares boundary only |
| \`"dwithin"\` | is within \`distance=\` of right (requires the extra kwarg) |

Both inputs must have the same CRS, otherwise \`CRSMismatchError\` is raised.

\`\`\`python
near = an.sjoin(shops, stops, predicate="dwithin", distance=200)
\`\`\`

## \`GeoSeries.buffer(distance, *, resolution=16, cap_style="round") -> GeoSeries\`

Distance is in CRS units. Buffering in a geographic CRS (degrees) emits \`GeographicCRSWarning\`.

## \`GeoSeries.area\`, \`GeoSeries.length\`

Properties computed in CRS units; same warning as above for geographic CRSs.

## \`GeoTable.write(path, *, driver=None, layer=None, mode="w")\`

Writes to disk; \`driver\` is inferred from the extension. \`mode="a"\` appends to an existing GeoPackage layer.

## \`GeoTable.sindex\`

Lazily built STR-tree with \`query(geom, predicate=None)\` and \`nearest(geom, k=1)\` methods returning integer positions.
` },
  { lib: 'anemone-geo', kind: 'contributing', lang: 'English', text: `# How to contribute to anemone

We're glad you're here. Contributions of all sizes are welcome, from typo fixes to new file format drivers.

## Ways to help

- **Report bugs** — include a small data file (or code that generates one), the anemone version (\`an.show_versions()\` prints everything we need), and the full traceback.
- **Improve docs** — examples with real-world flavour are especially appreciated.
- **Triage** — reproducing open issues and adding the \`confirmed\` label is hugely helpful.
- **Code** — look for issues labelled \`good first issue\`.

## Development environment

We use \`uv\` for environments, but plain \`venv\` + \`pip\` works too.

\`\`\`bash
git clone https://github.com/reefmap/anemone.git
cd anemone
uv venv && source .venv/bin/activate
uv pip install -e ".[dev,test]"
pre-commit install
\`\`\`

## Running tests

\`\`\`bash
pytest                         # full suite, ~2 minutes
pytest tests/test_sjoin.py -k within
pytest --runslow               # include network and large-file tests
\`\`\`

Test data lives in \`tests/data/\`. Keep new fixtures under 100 KB; generate larger data in the test itself.

## Style

- Formatting and linting via \`ruff format\` and \`ruff check\`, run automatically by pre-commit.
- Type hints for all public functions; \`mypy --strict anemone/\` must pass.
- Docstrings use the NumPy convention and should include an \`Examples\` section that runs as a doctest.

## Pull request checklist

- [ ] Tests added or updated
- [ ] Docs updated (including \`docs/changelog.rst\` under "Unreleased")
- [ ] \`pre-commit run --all-files\` passes
- [ ] Commits are signed off (\`git commit -s\`) per the DCO

## Code of conduct

Participation is governed by our [Code of Conduct](https://anemone-geo.example.org/conduct). Report concerns to conduct@anemone-geo.example; reports are handled by two maintainers not involved in the incident.

## Getting help

Join the community chat linked from the docs, or open a GitHub Discussion if you're unsure where to start.
` },
  { lib: 'aurochs-metrics', kind: 'readme', lang: 'English', text: `# Aurochs Metrics

[![Maven Central](https://img.shields.io/maven-central/v/dev.aurochs/aurochs-metrics.svg?style=flat)](https://search.maven.example.org/artifact/dev.aurochs/aurochs-metrics)
[![Build](https://circleci.com/gh/aurochs-dev/aurochs-metrics.svg?style=svg&branch=main)](https://circleci.com/gh/aurochs-dev/aurochs-metrics)
[![Kotlin](https://img.shields.io/badge/kotlin-2.0-purple.svg)](https://kotlin.example.org)

Application metrics for Kotlin and JVM services: counters, gauges, timers, and histograms with dimensional tags, exported to Prometheus, StatsD, or OTLP.

## Gradle

\`\`\`kotlin
dependencies {
    implementation("dev.aurochs:aurochs-metrics:4.2.0")
    implementation("dev.aurochs:aurochs-export-prometheus:4.2.0")
}
\`\`\`

## Getting started

\`\`\`kotlin
val registry = MetricRegistry {
    commonTags("service" to "checkout", "region" to "eu-west")
    export(PrometheusExporter(port = 9464))
}

val orders = registry.counter("orders_placed_total", "channel")
val latency = registry.timer("payment_latency", buckets = Buckets.latencyDefault)

suspend fun placeOrder(order: Order) {
    latency.record {
        paymentGateway.charge(order)
    }
    orders.inc("channel" to order.channel)
}
\`\`\`

Then scrape \`http://localhost:9464/metrics\`.

## Why Aurochs?

- **Coroutine-aware timers** — measure suspend functions correctly without blocking threads
- **Cardinality guard** — caps distinct tag combinations per metric (default 1,000) and reports overflow instead of exhausting memory
- **Lock-free hot path** — a counter increment is a single \`LongAdder\` operation
- **JVM metrics binder** — GC, memory pools, threads, and class loading in one line: \`registry.bindJvm()\`

## Modules

| Artifact | Contents |
|----------|----------|
| \`aurochs-metrics\` | Core API |
| \`aurochs-export-prometheus\` | Pull-based exporter with built-in HTTP server |
| \`aurochs-export-statsd\` | UDP push, DogStatsD tag format |
| \`aurochs-export-otlp\` | OTLP/HTTP push |
| \`aurochs-ktor\` | Ktor server plugin for request metrics |

## License

Apache License 2.0
` },
  { lib: 'aurochs-metrics', kind: 'configuration', lang: 'English', text: `# Configuration reference

Aurochs can be configured in code (shown in the README) or from a HOCON/YAML file loaded with \`MetricRegistry.fromConfig()\`. File configuration is useful when operators need to change export settings without a rebuild.

## File example (\`aurochs.yaml\`)

\`\`\`yaml
aurochs:
  enabled: true
  common-tags:
    service: checkout
    env: \${ENVIRONMENT}
  cardinality-limit: 2000
  histogram:
    default-buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
  export:
    prometheus:
      enabled: true
      port: 9464
      path: /metrics
    statsd:
      enabled: false
      host: statsd.internal.example
      port: 8125
      flavor: dogstatsd
    otlp:
      enabled: false
      endpoint: https://otlp.metrics.example.com/v1/metrics
      interval: 30s
      headers:
        x-tenant: checkout-team
\`\`\`

\`\${VAR}\` placeholders are resolved from environment variables at load time; an unresolved placeholder fails startup with \`ConfigException.UnresolvedVariable\`.

## Options

| Key | Default | Description |
|-----|---------|-------------|
| \`enabled\` | \`true\` | When \`false\`, all meters are no-ops |
| \`common-tags\` | \`{}\` | Tags added to every metric |
| \`cardinality-limit\` | \`1000\` | Max tag combinations per metric |
| \`histogram.default-buckets\` | latency preset | Seconds; used when a timer has no explicit buckets |
| \`export.prometheus.port\` | \`9464\` | \`0\` disables the built-in server (use \`registry.scrape()\` instead) |
| \`export.statsd.flavor\` | \`etsy\` | \`etsy\`, \`dogstatsd\`, or \`telegraf\` |
| \`export.otlp.interval\` | \`60s\` | Push interval |
| \`export.otlp.headers\` | \`{}\` | Extra HTTP headers, e.g. for a collector that requires an \`Authorization\` header |

## Environment variable overrides

Any key can be overridden with an \`AUROCHS_\` variable: upper-case the path and replace \`.\` and \`-\` with \`_\`.

| Variable | Overrides |
|----------|-----------|
| \`AUROCHS_ENABLED\` | \`aurochs.enabled\` |
| \`AUROCHS_EXPORT_PROMETHEUS_PORT\` | \`aurochs.export.prometheus.port\` |
| \`AUROCHS_EXPORT_OTLP_ENDPOINT\` | \`aurochs.export.otlp.endpoint\` |

## Loading

\`\`\`kotlin
val registry = MetricRegistry.fromConfig(Path("config/aurochs.yaml"))
\`\`\`
` },
  { lib: 'aurochs-metrics', kind: 'changelog', lang: 'English', text: `# Changelog

## 4.2.0 — 2024-10-01

### Added
- \`aurochs-export-otlp\` now supports delta temporality (\`temporality: delta\`).
- \`Timer.recordSuspend\` overload that returns the block's result and duration as a pair.
- Kotlin 2.0 compiler support.

### Fixed
- Prometheus exporter escaped backslashes in label values twice.
- \`bindJvm()\` registered duplicate gauges when called from two registries sharing a parent.

## 4.1.1 — 2024-07-19

### Fixed
- Cardinality guard counted removed tag combinations toward the limit.
- StatsD exporter leaked a UDP socket on \`registry.close()\`.

## 4.1.0 — 2024-06-03

### Added
- File-based configuration (\`MetricRegistry.fromConfig\`) with YAML and HOCON.
- \`AUROCHS_*\` environment overrides.
- Ktor plugin: \`routeTemplate\` tag instead of raw path, to avoid high cardinality.

### Changed
- Default histogram buckets now extend to 10 s.

## 4.0.0 — 2024-03-12

### Breaking
- Minimum JDK is 17.
- \`Counter.increment()\` renamed to \`inc()\`; \`Gauge.set()\` unchanged.
- Tags are now passed as \`Pair<String, String>\` varargs instead of a \`Map\`.
- Removed the Graphite exporter (unmaintained). The last version with it is 3.9.x.

### Added
- Cardinality guard with \`aurochs_cardinality_overflow_total\` self-metric.
- Coroutine-aware \`Timer.record {}\` that pauses timing across suspension points only when \`wallClock = false\`.

## 3.9.4 — 2024-01-15

### Fixed
- Final 3.x maintenance release: thread leak in the Graphite reporter.
` },
  { lib: 'avocet-forms', kind: 'readme', lang: 'English', text: `# avocet-forms

[![npm version](https://img.shields.io/npm/v/avocet-forms.svg?style=flat)](https://www.npmjs.com/package/avocet-forms)
[![tests](https://github.com/avocet-ui/forms/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/avocet-ui/forms/actions)
[![gzip size](https://img.shields.io/badge/gzip-4.1kB-brightgreen.svg)](https://github.com/avocet-ui/forms)

Schema-driven form state and validation for Vue 3. Define rules once, get reactive errors, touched/dirty tracking, and async validation with cancellation.

## Install

\`\`\`bash
npm i avocet-forms
\`\`\`

## Example

\`\`\`vue
<script setup lang="ts">
import { useForm, rules as r } from "avocet-forms";

const { fields, errors, isValid, submit } = useForm({
  initial: { email: "", password: "", confirm: "" },
  schema: {
    email: [r.required(), r.email()],
    password: [r.required(), r.minLength(12)],
    confirm: [r.sameAs("password", "Passwords must match")],
  },
});

const onSubmit = submit(async (values) => {
  await api.register(values);
});
</script>

<template>
  <form @submit.prevent="onSubmit">
    <input v-model="fields.email.value" type="email" @blur="fields.email.touch()" />
    <p v-if="fields.email.touched && errors.email">{{ errors.email }}</p>

    <input v-model="fields.password.value" type="password" />
    <input v-model="fields.confirm.value" type="password" />

    <button :disabled="!isValid">Create account</button>
  </form>
</template>
\`\`\`

## Features

- 🧩 Built-in rules: \`required\`, \`email\`, \`url\`, \`minLength\`, \`maxLength\`, \`pattern\`, \`between\`, \`sameAs\`, \`oneOf\`
- ⏳ Async rules with debounce and automatic cancellation of stale checks
- 🌍 i18n-friendly messages via a \`messages\` option or a function
- 🪶 No dependencies besides Vue; fully typed
- 🧪 Works with Nuxt and SSR

## Docs

Guide and API: https://avocet-forms.example.org

## License

MIT
` },
  { lib: 'avocet-forms', kind: 'api_reference', lang: 'English', text: `# API

## \`useForm<T>(options): Form<T>\`

| Option | Type | Required | Description |
|--------|------|----------|-------------|
| \`initial\` | \`T\` | yes | Initial values; also used by \`reset()\` |
| \`schema\` | \`{ [K in keyof T]?: Rule[] }\` | no | Rules per field |
| \`validateOn\` | \`"input" \\| "blur" \\| "submit"\` | no | When to run sync rules. Default \`"blur"\` |
| \`messages\` | \`Partial<Messages> \\| (key, params) => string\` | no | Override default error text |

### Returned object

| Member | Type | Description |
|--------|------|-------------|
| \`fields\` | \`{ [K in keyof T]: Field<T[K]> }\` | Per-field state |
| \`values\` | \`Readonly<Ref<T>>\` | Current values |
| \`errors\` | \`Readonly<Ref<Partial<Record<keyof T, string>>>>\` | First error per field |
| \`isValid\` | \`ComputedRef<boolean>\` | \`true\` when no errors and no pending async rules |
| \`isDirty\` | \`ComputedRef<boolean>\` | Any value differs from \`initial\` |
| \`submit(handler)\` | \`(e?: Event) => Promise<void>\` | Validates all fields, then calls \`handler(values)\` if valid |
| \`reset(values?)\` | \`void\` | Restores \`initial\` (or the given values) and clears touched state |
| \`setErrors(map)\` | \`void\` | Set server-side errors, e.g. after a 422 response |

## \`Field<V>\`

- \`value: Ref<V>\` — bind with \`v-model\`
- \`touched: boolean\`, \`dirty: boolean\`, \`pending: boolean\`
- \`touch(): void\`
- \`validate(): Promise<string \\| null>\` — runs this field's rules now

## Rules

All rules are created with factory functions from \`rules\`:

\`\`\`ts
import { rules as r } from "avocet-forms";

r.required(message?)
r.minLength(n, message?)
r.pattern(/^[A-Z]{2}\\d{4}$/, "Use format AB1234")
r.between(min, max)
r.sameAs(otherField, message?)
\`\`\`

### Custom rule

A rule is a function \`(value, ctx) => string | null | Promise<string | null>\`. Return an error message or \`null\`.

\`\`\`ts
const usernameFree = r.async(async (value, { signal }) => {
  const res = await fetch(\`https://api.signup.example/check?u=\${encodeURIComponent(value)}\`, { signal });
  return (await res.json()).available ? null : "That username is taken";
}, { debounce: 300 });
\`\`\`

\`signal\` is an \`AbortSignal\` that fires when the value changes before the check completes.

## Errors thrown

- \`AvocetConfigError\` — a schema key is not present in \`initial\`.
- Handler errors inside \`submit()\` are re-thrown after \`isSubmitting\` is reset.
` },
  { lib: 'avocet-forms', kind: 'faq_troubleshooting', lang: 'English', text: `# Troubleshooting avocet-forms

### Errors appear immediately when the page loads

With \`validateOn: "input"\`, rules run as soon as the field is bound. Show errors only for touched fields:

\`\`\`vue
<p v-if="fields.name.touched && errors.name">{{ errors.name }}</p>
\`\`\`

or switch to the default \`validateOn: "blur"\`.

### \`AvocetConfigError: schema key "phone" has no initial value\`

Every field in \`schema\` must exist in \`initial\`, even if empty. Add \`phone: ""\` (or \`null\`) to \`initial\`.

### \`v-model\` on a custom component doesn't update the form

Bind to the field's ref, not to the \`values\` object, which is read-only:

\`\`\`vue
<!-- works -->
<PhoneInput v-model="fields.phone.value" />

<!-- does not: values is readonly -->
<PhoneInput v-model="values.phone" />
\`\`\`

### Async rule fires a request on every keystroke

Give it a debounce: \`r.async(fn, { debounce: 300 })\`. Stale requests are aborted via the provided \`AbortSignal\`; make sure you pass \`signal\` to \`fetch\`.

### \`isValid\` stays \`false\` although there are no errors

An async rule is still pending, or it threw an exception (which counts as invalid). Check \`fields.x.pending\` and the browser console.

### How do I show server validation errors?

\`\`\`ts
const onSubmit = submit(async (values) => {
  const res = await api.save(values);
  if (res.status === 422) setErrors(res.body.errors); // { email: "Already registered" }
});
\`\`\`

Server errors clear automatically when the user edits that field.

### Does it work with Vue 2?

No. avocet-forms relies on the Composition API and \`<script setup>\`. Vue 2.7 may work but is not tested or supported.

### Nested objects and arrays?

Use dotted keys in the schema (\`"address.city"\`) and \`useFieldArray("items")\` for lists. See the "Nested data" guide at https://avocet-forms.example.org/guide/nested.
` },
  { lib: 'abaculus-cpp', kind: 'readme', lang: 'English', text: `# abaculus

**Header-only C++20 library for fixed-size linear algebra and numeric utilities.**

[![CI](https://github.com/abaculus-cpp/abaculus/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/abaculus-cpp/abaculus/actions)
[![codecov](https://codecov.io/gh/abaculus-cpp/abaculus/branch/main/graph/badge.svg)](https://codecov.io/gh/abaculus-cpp/abaculus)
[![Standard](https://img.shields.io/badge/c%2B%2B-20-blue.svg)](https://isocpp.example.org)
[![License: BSL-1.0](https://img.shields.io/badge/license-BSL--1.0-lightgrey.svg)](LICENSE_1_0.txt)

abaculus targets games, robotics, and graphics code that needs small vectors and matrices (2–8 elements per dimension) with zero overhead, \`constexpr\` everywhere, and readable compile errors thanks to concepts.

## Integration

**CMake FetchContent**

\`\`\`cmake
include(FetchContent)
FetchContent_Declare(abaculus
  GIT_REPOSITORY https://github.com/abaculus-cpp/abaculus.git
  GIT_TAG v3.0.1)
FetchContent_MakeAvailable(abaculus)
target_link_libraries(my_app PRIVATE abaculus::abaculus)
\`\`\`

**Package managers:** available in vcpkg and Conan as \`abaculus\`.

## Example

\`\`\`cpp
#include <abaculus/abaculus.hpp>
#include <print>

using namespace abaculus;

int main() {
    constexpr mat3f rot = rotation_z(radians(90.0f));
    constexpr vec3f p{1.0f, 0.0f, 0.0f};

    vec3f q = rot * p;                 // {0, 1, 0}
    float d = dot(q, vec3f{0, 1, 0});  // 1
    std::println("q = {}, d = {}", q, d);

    static_assert(approx_equal(rot * p, vec3f{0, 1, 0}, 1e-6f));
}
\`\`\`

## Features

- \`vec<T, N>\`, \`mat<T, R, C>\`, \`quat<T>\` with aliases like \`vec3f\`, \`mat4d\`
- Fully \`constexpr\`, including \`sqrt\`, \`sin\`, and \`cos\` approximations
- SIMD paths (SSE4.2, AVX2, NEON) selected at compile time, scalar fallback everywhere
- \`std::format\` support for all types
- Swizzles: \`v.xzy()\`, \`v.xy()\`

## Compiler support

GCC 12+, Clang 16+, MSVC 19.36+ (Visual Studio 2022 17.6).

## License

Boost Software License 1.0
` },
  { lib: 'abaculus-cpp', kind: 'migration_guide', lang: 'English', text: `# Migration guide: abaculus 2.x → 3.0

abaculus 3 requires C++20 (2.x supported C++17) and replaces SFINAE-based templates with concepts. Most code compiles unchanged; the items below are the exceptions.

## Header layout

\`\`\`cpp
// 2.x
#include <abaculus/vector.hpp>
#include <abaculus/matrix.hpp>

// 3.0 — single umbrella header, or fine-grained modules
#include <abaculus/abaculus.hpp>
// or: import abaculus;   (with a C++20 modules-capable toolchain)
\`\`\`

The old per-type headers still exist but emit a deprecation \`#warning\`.

## Namespaces

\`abaculus::math::\` was flattened into \`abaculus::\`. A compatibility alias is available for one release:

\`\`\`cpp
#define ABACULUS_LEGACY_NAMESPACE 1
#include <abaculus/abaculus.hpp>
\`\`\`

## Element access

| 2.x | 3.0 | Notes |
|-----|-----|-------|
| \`m(r, c)\` | \`m[r, c]\` | C++23 multidimensional subscript; \`m(r, c)\` kept when \`__cpp_multidimensional_subscript\` is absent |
| \`v.get<0>()\` | \`v.x\` or \`get<0>(v)\` | structured bindings now work: \`auto [x, y, z] = v;\` |
| \`m.row(i)\` returns a copy | returns a \`row_view\` | call \`.to_vec()\` if you need ownership |

## Matrix multiplication order

No semantic change, but 2.x silently accepted \`vec * mat\` by transposing. 3.0 rejects it at compile time:

\`\`\`text
error: no match for 'operator*' (operand types are 'vec3f' and 'mat3f')
note: constraint 'multipliable<vec3f, mat3f>' not satisfied
\`\`\`

Write \`transpose(m) * v\` or \`row_vector(v) * m\` to state your intent.

## Angles

Angle parameters now take \`radians_t<T>\` or \`degrees_t<T>\` strong types:

\`\`\`cpp
// 2.x
auto r = rotation_z(1.5707963f);

// 3.0
auto r = rotation_z(radians(1.5707963f));
auto r2 = rotation_z(degrees(90.0f));
\`\`\`

## Build options

\`ABACULUS_NO_SIMD\` was renamed to \`ABACULUS_DISABLE_SIMD\`. The CMake target changed from \`abaculus\` to \`abaculus::abaculus\`.

## Need help?

Open a discussion tagged \`migration\` at https://github.com/abaculus-cpp/abaculus/discussions with a snippet that fails to compile.
` },
  { lib: 'abaculus-cpp', kind: 'changelog', lang: 'English', text: `# Changelog

## 3.0.1 — 2024-09-21

### Fixed
- \`inverse(mat4d)\` lost precision on AVX2 due to an FMA contraction difference; results now match the scalar path within 1 ulp.
- MSVC: \`constexpr\` evaluation of \`normalize()\` hit the step limit for \`vec8d\`.
- \`std::formatter<quatf>\` ignored precision specifiers such as \`{:.3}\`.

## 3.0.0 — 2024-08-30

### Breaking
- C++20 is now required.
- Namespace \`abaculus::math\` flattened into \`abaculus\`.
- \`vec * mat\` no longer compiles; see the migration guide.
- Angle functions take \`radians_t\` / \`degrees_t\`.
- \`ABACULUS_NO_SIMD\` renamed to \`ABACULUS_DISABLE_SIMD\`.

### Added
- C++20 module interface (\`import abaculus;\`) — experimental.
- NEON SIMD path for AArch64.
- Structured bindings for vectors and quaternions.
- \`std::format\` support.

### Changed
- Concepts replace SFINAE; error messages are much shorter.

## 2.7.3 — 2024-05-10

### Fixed
- \`slerp\` returned NaN when quaternions were nearly identical.
- Conan recipe did not export the CMake config files.

## 2.7.0 — 2024-02-14

### Added
- \`look_at\` and \`perspective\` helpers for right- and left-handed coordinate systems.
- \`approx_equal\` overloads for matrices.

### Deprecated
- Per-type headers in favour of \`abaculus.hpp\`.

## 2.6.0 — 2023-10-02

### Added
- Swizzle accessors up to 4 components.

### Fixed
- Undefined behaviour in \`vec<bool, N>::any()\` under \`-fsanitize=undefined\`.
` },
  { lib: 'agatecache', kind: 'configuration', lang: 'English', text: `# agatecache configuration

agatecache is a multi-tier cache for Python (in-process LRU → Redis → optional disk) with stampede protection. Configure it once at startup.

\`\`\`python
import agatecache

cache = agatecache.Cache.from_settings({
    "default_ttl": 300,
    "namespace": "catalog",
    "tiers": [
        {"backend": "memory", "max_items": 10_000},
        {"backend": "redis", "url": "redis://cache.internal.example:6379/2"},
    ],
    "serializer": "msgpack",
    "stampede": {"strategy": "lock", "lock_timeout": 5},
})
\`\`\`

## Global options

| Key | Type | Default | Description |
|-----|------|---------|-------------|
| \`default_ttl\` | \`int\` (seconds) | \`600\` | TTL when \`set()\` is called without one; \`0\` = no expiry |
| \`namespace\` | \`str\` | \`"agate"\` | Prefix for all keys, separated by \`:\` |
| \`serializer\` | \`str\` | \`"pickle"\` | \`pickle\`, \`json\`, \`msgpack\`, or a dotted path to a custom class |
| \`stampede.strategy\` | \`str\` | \`"none"\` | \`none\`, \`lock\` (one recompute, others wait), or \`early\` (probabilistic early refresh) |
| \`stampede.lock_timeout\` | \`float\` | \`10\` | Seconds waiters block before computing themselves |
| \`stats\` | \`bool\` | \`False\` | Collect hit/miss counters, exposed via \`cache.stats()\` |

## Tier options

| Backend | Options |
|---------|---------|
| \`memory\` | \`max_items\`, \`max_bytes\` |
| \`redis\` | \`url\`, \`socket_timeout\` (default \`0.5\`), \`ssl_ca_certs\` |
| \`disk\` | \`path\`, \`max_bytes\`, \`shards\` (default \`8\`) |

Reads go through tiers in order; a hit in a lower tier back-fills the tiers above it.

## Environment variables

Settings may also be loaded with \`Cache.from_env()\`:

| Variable | Equivalent |
|----------|-----------|
| \`AGATECACHE_DEFAULT_TTL\` | \`default_ttl\` |
| \`AGATECACHE_NAMESPACE\` | \`namespace\` |
| \`AGATECACHE_REDIS_URL\` | adds a Redis tier after memory |
| \`AGATECACHE_SERIALIZER\` | \`serializer\` |
| \`AGATECACHE_DISABLED\` | \`1\` makes every call a miss (useful in tests) |

## TOML file

\`\`\`toml
# agatecache.toml
default_ttl = 120
namespace = "search"
serializer = "json"

[[tiers]]
backend = "memory"
max_items = 5000

[[tiers]]
backend = "redis"
url = "rediss://cache.internal.example:6380/0"
ssl_ca_certs = "/etc/ssl/internal-ca.pem"
\`\`\`

Load it with \`Cache.from_toml("agatecache.toml")\`.

> **Note:** \`pickle\` is fast but must only be used when every process that can write to the cache is trusted. Prefer \`json\` or \`msgpack\` for shared Redis instances.
` },
  { lib: 'agatecache', kind: 'security_policy', lang: 'English', text: `# Security policy for agatecache

## Supported releases

| Release | Security fixes |
|---------|----------------|
| 1.9 | Yes |
| 1.8 | Yes, until 1.10 is released |
| 1.7 and older | No |

## Reporting a vulnerability

Email **security@agatecache.example**. We read this inbox daily during the work week. Please do not report vulnerabilities through public issues, discussions, or pull requests.

Helpful details:

- agatecache version and Python version
- which backends and serializer you use
- a minimal script demonstrating the problem
- the impact you believe it has

You can alternatively use the private reporting form at https://agatecache.example/security/report, which encrypts your submission in the browser.

## Disclosure process

1. **Day 0:** report received; we reply within three business days.
2. **Day 0–14:** we validate the issue and agree on severity with you.
3. **Fix:** developed privately; we may invite you to review the patch.
4. **Release:** patched versions are published to the package index and an advisory is published on GitHub with a CVE identifier when applicable.
5. **Public disclosure:** at release time, and no later than 90 days after the report unless we mutually agree on an extension.

## Known design considerations

These are documented behaviours rather than vulnerabilities:

- **\`pickle\` serializer:** deserialising data from an untrusted writer can execute code. The docs recommend \`json\` or \`msgpack\` for caches shared between trust domains, and agatecache logs a warning when \`pickle\` is combined with a non-local Redis URL.
- **Key contents:** cache keys are stored in plain text in Redis and on disk. Don't use secrets as key components; hash them with \`agatecache.hash_key()\` if needed.
- **Disk tier permissions:** files are created with mode \`0600\`, but the directory you configure must not be world-writable.

## Credits

We thank researchers who report issues responsibly and list them in \`SECURITY-CREDITS.md\` with their consent.
` },
  { lib: 'agatecache', kind: 'faq_troubleshooting', lang: 'English', text: `# agatecache: frequently asked questions

**Why do I get a cache miss right after \`set()\`?**

Check that reader and writer use the same \`namespace\` and serializer. A process configured with \`namespace="catalog"\` cannot see keys written under \`"agate"\`. Also make sure \`default_ttl\` isn't tiny; values are in seconds, not minutes.

**\`SerializationError: Object of type datetime is not JSON serializable\`**

The \`json\` serializer supports only JSON types. Use \`msgpack\` (which agatecache extends with datetime, date, Decimal, and UUID), or register a converter:

\`\`\`python
agatecache.serializers.json.register(datetime, encode=datetime.isoformat, decode=datetime.fromisoformat)
\`\`\`

**Redis timeouts make my requests slow**

The Redis tier uses \`socket_timeout=0.5\` by default. When Redis is unavailable, agatecache treats the tier as a miss and opens a circuit breaker for 30 seconds, so you should see at most one slow call per worker. If every call is slow, confirm the breaker is enabled (\`redis_breaker: true\`, the default) and check the logs for \`agatecache.tier.redis: breaker open\`.

**How do I cache a function?**

\`\`\`python
@cache.memoize(ttl=60, key=lambda user_id, **_: f"profile:{user_id}")
def load_profile(user_id: int, *, include_orders: bool = False) -> dict:
    ...
\`\`\`

Without \`key\`, arguments are hashed together with the function's qualified name.

**Async support?**

Yes: \`agatecache.AsyncCache\` mirrors the API with \`await cache.get(...)\`, and \`@cache.memoize\` works on \`async def\` functions.

**How do I invalidate a group of keys?**

Use tags:

\`\`\`python
cache.set("product:42", data, tags=["category:7"])
cache.invalidate_tag("category:7")
\`\`\`

Tag invalidation is O(number of keys with the tag) on Redis; avoid tags with millions of members.

**Tests interfere with each other through the cache**

Set \`AGATECACHE_DISABLED=1\` in your test environment, or use the \`agatecache.testing.isolated_cache\` pytest fixture, which gives each test a fresh in-memory namespace.

**Memory tier grows beyond \`max_items\`**

\`max_items\` counts keys, not bytes. Large values can still use a lot of memory; set \`max_bytes\` too.
` },
  { lib: 'bramblekit', kind: 'readme', lang: 'English', text: `# bramblekit

[![npm version](https://img.shields.io/npm/v/bramblekit.svg?style=flat)](https://www.npmjs.com/package/bramblekit)
[![CI](https://github.com/bramble-labs/bramblekit/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/bramble-labs/bramblekit/actions)
[![codecov](https://codecov.io/gh/bramble-labs/bramblekit/branch/main/graph/badge.svg)](https://codecov.io/gh/bramble-labs/bramblekit)
[![license](https://img.shields.io/badge/license-MIT-blue.svg)](LICENSE)

A tiny, typed HTTP router for Node.js and edge runtimes. bramblekit matches routes with a radix tree, so lookups stay fast even with thousands of paths, and it ships with zero runtime dependencies.

## Install

\`\`\`sh
npm install bramblekit
# or
pnpm add bramblekit
\`\`\`

Requires Node.js 18 or newer.

## Quick start

\`\`\`ts
import { createRouter } from 'bramblekit';
import { createServer } from 'node:http';

const router = createRouter();

router.get('/health', () => ({ status: 'ok' }));

router.get('/users/:id', ({ params }) => {
  return { id: params.id, name: 'Ada' };
});

createServer(router.handler()).listen(3000, () => {
  console.log('listening on http://localhost:3000');
});
\`\`\`

Handlers may return a plain object (serialized as JSON), a string, a \`Response\`, or a promise of any of these.

## Features

- Radix-tree matching with named params (\`:id\`) and wildcards (\`*rest\`)
- Fully typed \`params\` inferred from the path string
- Middleware chain with \`router.use()\`
- Works on Node.js, Deno and any runtime that speaks the Fetch API
- Under 4 kB minified + gzipped

## Documentation

Full guides live at https://bramblekit.example.org/docs. The API reference is in [\`docs/api.md\`](docs/api.md).

## License

MIT © 2024 Bramble Labs contributors` },
  { lib: 'bramblekit', kind: 'api_reference', lang: 'English', text: `# bramblekit API reference

This page documents the public exports of \`bramblekit\` 3.x.

## \`createRouter(options?)\`

Creates a new router instance.

| Parameter | Type | Default | Description |
|-----------|------|---------|-------------|
| \`options.caseSensitive\` | \`boolean\` | \`false\` | Treat \`/Users\` and \`/users\` as different paths. |
| \`options.trailingSlash\` | \`'strict' \\| 'ignore'\` | \`'ignore'\` | Whether \`/a/\` matches \`/a\`. |
| \`options.onError\` | \`(err, ctx) => Response\` | built-in 500 handler | Called when a handler throws. |

**Returns:** \`Router\`

\`\`\`ts
const router = createRouter({ caseSensitive: true });
\`\`\`

## \`router.get(path, handler)\` / \`post\` / \`put\` / \`patch\` / \`delete\`

Registers a handler for the given method and path.

- \`path\` — a string such as \`/posts/:slug\` or \`/files/*rest\`.
- \`handler\` — \`(ctx: Context) => HandlerResult | Promise<HandlerResult>\`.

Throws \`RouteConflictError\` if the same method and path are registered twice.

\`\`\`ts
router.post('/posts', async ({ request }) => {
  const body = await request.json();
  return new Response(JSON.stringify(body), { status: 201 });
});
\`\`\`

## \`router.use(middleware)\`

Adds a middleware that runs before route handlers, in registration order. A middleware receives \`(ctx, next)\` and must either return a result or \`await next()\`.

\`\`\`ts
router.use(async (ctx, next) => {
  const started = performance.now();
  const res = await next();
  res.headers.set('x-response-time', String(performance.now() - started));
  return res;
});
\`\`\`

## \`router.handler()\`

Returns a Node.js \`(req, res) => void\` listener suitable for \`http.createServer\`.

## \`router.fetch(request)\`

Fetch-API entry point. Returns \`Promise<Response>\`. Use this on Deno or edge runtimes.

## Errors

| Class | When |
|-------|------|
| \`RouteConflictError\` | Duplicate route registration |
| \`InvalidPathError\` | Path has an unbalanced wildcard or empty param name |
| \`NotFoundError\` | Thrown internally; converted to a 404 response |` },
  { lib: 'bramblekit', kind: 'changelog', lang: 'English', text: `# Changelog

All notable changes to bramblekit are documented in this file. The format follows [Keep a Changelog](https://keepachangelog.example.org/) and the project uses semantic versioning.

## [3.2.0] - 2024-09-14

### Added
- \`router.fetch()\` now accepts an optional second argument with platform bindings, passed through as \`ctx.env\`.
- New \`trailingSlash: 'strict'\` option.

### Fixed
- Wildcard routes no longer swallow the query string when the path ends with \`?\`.
- Types for \`params\` are correctly inferred for paths with three or more segments.

## [3.1.1] - 2024-07-02

### Fixed
- Middleware returning \`undefined\` now produces a clear \`TypeError\` instead of hanging the request.
- Corrected the \`exports\` map so TypeScript \`moduleResolution: "bundler"\` picks up the type declarations.

## [3.1.0] - 2024-05-20

### Added
- \`onError\` option on \`createRouter()\`.
- \`HEAD\` requests fall back to the matching \`GET\` handler with an empty body.

### Changed
- Bumped the minimum supported Node.js version to 18.

## [3.0.0] - 2024-02-11

### Breaking
- Handlers now receive a single \`ctx\` object instead of \`(req, res)\`. See the [migration notes](https://bramblekit.example.org/docs/v3).
- Removed the deprecated \`router.all()\` method; register each method explicitly.
- The package is now ESM-only.

### Added
- Radix-tree matcher, roughly 3x faster on large route tables.
- Fetch-API support for Deno and edge runtimes.

## [2.4.3] - 2023-11-30

### Fixed
- Security: decoded path segments are no longer re-decoded, preventing double-decoding of \`%252e\`. Thanks to @kestrel-dev for the report.` },
  { lib: 'bytequill', kind: 'readme', lang: 'English', text: `# bytequill

[![PyPI](https://img.shields.io/pypi/v/bytequill.svg)](https://pypi.example.org/project/bytequill/)
[![Python versions](https://img.shields.io/pypi/pyversions/bytequill.svg)](https://pypi.example.org/project/bytequill/)
[![Build](https://circleci.com/gh/quillworks/bytequill.svg?style=shield&branch=main)](https://circleci.com/gh/quillworks/bytequill)

**bytequill** turns Markdown into clean, printable PDF files. It uses its own layout engine, so you do not need a browser, LaTeX, or any system libraries beyond a font.

## Installation

\`\`\`bash
pip install bytequill
\`\`\`

For syntax highlighting in code blocks, install the optional extra:

\`\`\`bash
pip install "bytequill[highlight]"
\`\`\`

## Usage

From the command line:

\`\`\`bash
bytequill README.md -o README.pdf --theme paper
\`\`\`

From Python:

\`\`\`python
from bytequill import render

with open("notes.md", encoding="utf-8") as fh:
    pdf_bytes = render(fh.read(), theme="paper", page_size="A4")

with open("notes.pdf", "wb") as out:
    out.write(pdf_bytes)
\`\`\`

## What it supports

- CommonMark plus tables, footnotes and task lists
- Embedded PNG, JPEG and SVG images
- Automatic table of contents with \`--toc\`
- Page headers and footers with page numbers
- Custom themes written as small TOML files

## Themes

Three themes ship with the package: \`paper\`, \`compact\` and \`slate\`. You can write your own; see the [configuration guide](docs/configuration.md).

## Getting help

Questions are welcome in [GitHub Discussions](https://github.com/quillworks/bytequill/discussions). Please check the [FAQ](docs/faq.md) first.

## License

bytequill is released under the Apache License 2.0.` },
  { lib: 'bytequill', kind: 'configuration', lang: 'English', text: `# Configuring bytequill

bytequill reads settings from three places, in increasing order of priority:

1. A \`bytequill.toml\` file in the current directory (or the path given with \`--config\`)
2. Environment variables prefixed with \`BYTEQUILL_\`
3. Command-line flags

## Options

| Key | CLI flag | Env var | Default | Description |
|-----|----------|---------|---------|-------------|
| \`theme\` | \`--theme\` | \`BYTEQUILL_THEME\` | \`paper\` | Built-in theme name or path to a \`.toml\` theme |
| \`page_size\` | \`--page-size\` | \`BYTEQUILL_PAGE_SIZE\` | \`A4\` | \`A4\`, \`A5\`, \`Letter\` or \`Legal\` |
| \`margin_mm\` | \`--margin\` | \`BYTEQUILL_MARGIN_MM\` | \`20\` | Page margin in millimetres |
| \`toc\` | \`--toc\` | \`BYTEQUILL_TOC\` | \`false\` | Insert a table of contents after the title |
| \`font_dir\` | \`--font-dir\` | \`BYTEQUILL_FONT_DIR\` | system default | Extra directory to search for \`.ttf\`/\`.otf\` fonts |
| \`image_dpi\` | \`--dpi\` | \`BYTEQUILL_IMAGE_DPI\` | \`150\` | Resampling resolution for raster images |
| \`remote_images\` | \`--remote-images\` | \`BYTEQUILL_REMOTE_IMAGES\` | \`false\` | Allow fetching images over HTTP(S) |

## Example \`bytequill.toml\`

\`\`\`toml
theme = "compact"
page_size = "Letter"
margin_mm = 18
toc = true

[header]
left = "{title}"
right = "{date:%Y-%m-%d}"

[footer]
center = "Page {page} of {pages}"
\`\`\`

## Writing a theme

A theme is a TOML file with font and colour settings:

\`\`\`toml
[fonts]
body = "Source Serif 4"
mono = "JetBrains Mono"
size_pt = 10.5

[colors]
text = "#222222"
link = "#1a5fb4"
code_background = "#f4f4f4"
\`\`\`

Pass it with \`--theme ./mytheme.toml\`. Unknown keys are ignored with a warning, so themes written for newer versions still load.

## Remote images

Remote images are disabled by default so that rendering a document never makes network requests. Enable them explicitly with \`remote_images = true\` when you trust the input.` },
  { lib: 'bytequill', kind: 'faq_troubleshooting', lang: 'English', text: `# FAQ and troubleshooting

### \`FontNotFoundError: no font matches 'Inter'\`

bytequill only looks in the system font directories and in \`font_dir\`. Install the font or point \`--font-dir\` at the folder that contains the \`.ttf\` files:

\`\`\`bash
bytequill doc.md -o doc.pdf --font-dir ~/fonts
\`\`\`

### Chinese, Japanese or Korean text shows as empty boxes

The default fonts only cover Latin, Greek and Cyrillic. Add a CJK font to your theme:

\`\`\`toml
[fonts]
body = "Noto Sans CJK SC"
\`\`\`

### Images from the web are missing

Remote images are off by default. Pass \`--remote-images\` or set \`remote_images = true\` in \`bytequill.toml\`.

### Tables overflow the page

Wide tables are not wrapped automatically. Either switch to landscape with \`--orientation landscape\`, reduce the font with \`--table-font-size 8\`, or split the table.

### \`UnicodeDecodeError\` when reading the input

bytequill assumes UTF-8. Convert the file first, for example with \`iconv -f latin1 -t utf-8 in.md > out.md\`.

### The PDF is much larger than expected

Large PNG screenshots are embedded at their original resolution unless they exceed \`image_dpi\`. Lower it with \`--dpi 110\`, or convert screenshots to JPEG.

### Code blocks are not highlighted

Syntax highlighting needs the optional extra: \`pip install "bytequill[highlight]"\`. Fenced blocks must declare a language, e.g. \` \`\`\`python \`.

### Can I use bytequill in a web service?

Yes. \`render()\` is thread-safe and does not touch the filesystem except to read fonts. Keep \`remote_images\` disabled when rendering untrusted Markdown.

Still stuck? Open an issue at https://github.com/quillworks/bytequill/issues with the bytequill version (\`bytequill --version\`), your OS, and a minimal Markdown file that reproduces the problem.` },
  { lib: 'burrowdb', kind: 'readme', lang: 'English', text: `# burrowdb

[![Go Reference](https://pkg.go.dev/badge/github.com/burrow-io/burrowdb.svg)](https://pkg.go.dev/github.com/burrow-io/burrowdb)
[![Go Report Card](https://goreportcard.com/badge/github.com/burrow-io/burrowdb)](https://goreportcard.com/report/github.com/burrow-io/burrowdb)
[![Tests](https://github.com/burrow-io/burrowdb/actions/workflows/test.yml/badge.svg?branch=main)](https://github.com/burrow-io/burrowdb/actions)

burrowdb is an embedded, transactional key-value store for Go. It keeps data in a single file using a copy-on-write B+tree, so readers never block writers and a crash never leaves the file half-written.

## Install

\`\`\`sh
go get github.com/burrow-io/burrowdb@latest
\`\`\`

Go 1.21 or later is required.

## Example

\`\`\`go
package main

import (
	"fmt"
	"log"

	"github.com/burrow-io/burrowdb"
)

func main() {
	db, err := burrowdb.Open("app.burrow", nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	err = db.Update(func(tx *burrowdb.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte("users"))
		if err != nil {
			return err
		}
		return b.Put([]byte("42"), []byte("Grace"))
	})
	if err != nil {
		log.Fatal(err)
	}

	db.View(func(tx *burrowdb.Tx) error {
		v := tx.Bucket([]byte("users")).Get([]byte("42"))
		fmt.Printf("user 42 = %s\\n", v)
		return nil
	})
}
\`\`\`

## Highlights

- ACID transactions with serializable isolation
- Many concurrent readers, one writer
- Ordered keys with prefix and range cursors
- Online backups with \`db.Backup(w)\`
- No cgo, no background goroutines

## Status

burrowdb is stable and used in production by several teams. The on-disk format is frozen for the 1.x series.

## License

BSD 3-Clause. See [LICENSE](LICENSE).` },
  { lib: 'burrowdb', kind: 'api_reference', lang: 'English', text: `# burrowdb API overview

Full generated docs are at https://pkg.go.dev/github.com/burrow-io/burrowdb. This page summarises the types you will use most.

## func Open

\`\`\`go
func Open(path string, opts *Options) (*DB, error)
\`\`\`

Opens the database file at \`path\`, creating it if it does not exist. \`opts\` may be \`nil\`.

| Field | Type | Default | Meaning |
|-------|------|---------|---------|
| \`Timeout\` | \`time.Duration\` | \`0\` (wait forever) | How long to wait for the file lock |
| \`ReadOnly\` | \`bool\` | \`false\` | Open with a shared lock; \`Update\` returns \`ErrReadOnly\` |
| \`NoSync\` | \`bool\` | \`false\` | Skip \`fsync\` after commit (faster, unsafe on power loss) |
| \`PageSize\` | \`int\` | OS page size | Only used when creating a new file |

Errors: \`ErrTimeout\`, \`ErrInvalidFile\`, \`ErrVersionMismatch\`.

## func (*DB) Update / View

\`\`\`go
func (db *DB) Update(fn func(*Tx) error) error
func (db *DB) View(fn func(*Tx) error) error
\`\`\`

\`Update\` runs \`fn\` in a read-write transaction and commits if \`fn\` returns \`nil\`; any error rolls it back. \`View\` runs a read-only transaction. Do not keep references to keys or values after \`fn\` returns: the memory is only valid inside the transaction.

## type Bucket

| Method | Description |
|--------|-------------|
| \`Get(key []byte) []byte\` | Returns the value or \`nil\` |
| \`Put(key, value []byte) error\` | Sets a value; key must be 1–32768 bytes |
| \`Delete(key []byte) error\` | Removes a key; no error if it is absent |
| \`Cursor() *Cursor\` | Ordered iteration |
| \`NextSequence() (uint64, error)\` | Monotonic auto-increment ID |

## type Cursor

\`\`\`go
c := b.Cursor()
prefix := []byte("2024-")
for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
	fmt.Printf("%s=%s\\n", k, v)
}
\`\`\`

## func (*DB) Backup

\`\`\`go
func (db *DB) Backup(w io.Writer) (int64, error)
\`\`\`

Writes a consistent snapshot to \`w\` while other readers and writers continue. Returns the number of bytes written.` },
  { lib: 'burrowdb', kind: 'security_policy', lang: 'English', text: `# Security Policy

## Supported versions

| Version | Supported |
|---------|-----------|
| 1.6.x | :white_check_mark: |
| 1.5.x | :white_check_mark: (security fixes only) |
| 1.4.x and older | :x: |

We support the two most recent minor releases. Upgrading within 1.x never requires a data migration.

## Reporting a vulnerability

Please do **not** open a public GitHub issue for security problems.

Send a report to **security@burrowdb.example** with:

- the burrowdb version and Go version
- a description of the issue and its impact (for example, file corruption, out-of-bounds read, denial of service)
- a proof-of-concept database file or program, if you have one

If you prefer encrypted mail, our PGP key is published at https://burrowdb.example/.well-known/security.asc. You can also use the private vulnerability reporting form on GitHub under the repository's **Security** tab.

## What to expect

| Step | Target time |
|------|-------------|
| Acknowledgement of your report | 2 business days |
| Initial assessment and severity | 7 days |
| Fix released for supported versions | 30 days for high/critical issues |
| Public advisory | After the fix is released, or 90 days after the report |

We will keep you informed while we work on a fix and, with your permission, credit you in the advisory and the changelog.

## Scope

In scope: the \`burrowdb\` package, the \`burrow\` CLI, and the on-disk file format parser. Out of scope: issues that require an attacker to already have write access to the database file with \`NoSync\` enabled, and bugs in example code.` },
  { lib: 'bitlatch', kind: 'readme', lang: 'English', text: `# bitlatch

[![crates.io](https://img.shields.io/crates/v/bitlatch.svg)](https://crates.example.org/crates/bitlatch)
[![docs.rs](https://img.shields.io/docsrs/bitlatch)](https://docs.example.org/bitlatch)
[![CI](https://github.com/latchworks/bitlatch/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/latchworks/bitlatch/actions)
![MSRV](https://img.shields.io/badge/MSRV-1.70-orange)

Lock-free, bounded single-producer/single-consumer and multi-producer ring buffers for Rust. \`bitlatch\` is \`no_std\` compatible and never allocates after construction, which makes it a good fit for audio threads, embedded firmware and network pipelines.

## Usage

Add it to \`Cargo.toml\`:

\`\`\`toml
[dependencies]
bitlatch = "0.9"
\`\`\`

\`\`\`rust
use bitlatch::spsc;
use std::thread;

fn main() {
    let (mut tx, mut rx) = spsc::channel::<u32>(1024);

    let producer = thread::spawn(move || {
        for i in 0..10_000 {
            while tx.push(i).is_err() {
                std::hint::spin_loop();
            }
        }
    });

    let mut sum = 0u64;
    let mut received = 0;
    while received < 10_000 {
        if let Some(v) = rx.pop() {
            sum += v as u64;
            received += 1;
        }
    }
    producer.join().unwrap();
    println!("sum = {sum}");
}
\`\`\`

## Features

| Cargo feature | Default | Description |
|---------------|---------|-------------|
| \`std\` | yes | Blocking \`recv_timeout\` helpers |
| \`alloc\` | yes | Heap-allocated buffers via \`channel(cap)\` |
| \`mpsc\` | no | Multi-producer variant |
| \`serde\` | no | Serialize snapshots of buffer contents |

Disable default features for bare-metal targets and use \`StaticRing<T, N>\` with a \`static\` buffer.

## Performance

On a Ryzen 7 7840U, SPSC push/pop of \`u64\` runs at about 380 million ops/s. Run \`cargo bench\` to reproduce.

## License

Licensed under either of Apache License, Version 2.0 or MIT license, at your option.` },
  { lib: 'bitlatch', kind: 'changelog', lang: 'English', text: `# Changelog

## 0.9.2 — 2024-10-03

### Fixed
- \`mpsc::Sender::try_push\` could report \`Full\` one slot early when the buffer wrapped around exactly at \`usize::MAX\`. Only affected 32-bit targets.
- \`StaticRing::new\` is now \`const fn\` on stable again (regressed in 0.9.1).

## 0.9.1 — 2024-08-19

### Changed
- Replaced the internal \`AtomicUsize\` padding with \`crossbeam\`-style cache-line alignment computed at compile time; removes the \`cache-padded\` dependency.

### Fixed
- Miri now runs clean on the full test suite.

## 0.9.0 — 2024-06-01

### Breaking
- \`Producer\`/\`Consumer\` renamed to \`Sender\`/\`Receiver\` for consistency with \`std::sync::mpsc\`. The old names remain as deprecated type aliases until 1.0.
- \`pop()\` returns \`Option<T>\` instead of \`Result<T, Empty>\`.
- MSRV raised to 1.70.

### Added
- \`Receiver::drain()\` iterator.
- \`Sender::push_slice()\` for \`T: Copy\`, copying in at most two \`memcpy\` calls.
- Optional \`serde\` feature.

## 0.8.0 — 2023-12-12

### Added
- Experimental \`mpsc\` feature with a multi-producer ring buffer.
- \`no_std\` support for \`thumbv7em-none-eabihf\`, tested in CI via QEMU.

### Fixed
- Capacity is now rounded up to the next power of two and documented as such.

## 0.7.3 — 2023-09-05

### Fixed
- Dropping a \`Receiver\` while the \`Sender\` was mid-push could leak one element. The element is now dropped correctly.` },
  { lib: 'bitlatch', kind: 'contributing', lang: 'English', text: `# Contributing to bitlatch

Thanks for taking the time to help! bitlatch is a small project maintained by volunteers, and every bug report, benchmark and patch makes a difference.

## Reporting bugs

Open an issue at https://github.com/latchworks/bitlatch/issues and include:

- the bitlatch version and enabled Cargo features
- your target triple (\`rustc -vV\`)
- a minimal program that shows the problem

Concurrency bugs are often timing-dependent. If you can, run your reproduction under [loom](https://loom.example.org/) or Miri and attach the output.

## Development setup

\`\`\`sh
git clone https://github.com/latchworks/bitlatch
cd bitlatch
cargo test --all-features
\`\`\`

Additional checks that CI runs:

\`\`\`sh
cargo +nightly miri test
RUSTFLAGS="--cfg loom" cargo test --release --test loom
cargo test --no-default-features
cargo clippy --all-targets --all-features -- -D warnings
cargo fmt --check
\`\`\`

## Code style

- Run \`cargo fmt\` before committing.
- Every \`unsafe\` block needs a \`// SAFETY:\` comment explaining why the invariants hold.
- Public items must have doc comments with at least one example.
- Prefer \`core::sync::atomic\` orderings that are as weak as correct; justify any \`SeqCst\`.

## Pull requests

1. Fork the repository and create a branch from \`main\`.
2. Add tests for new behaviour, including a loom model for any change to the atomic protocol.
3. Add an entry to \`CHANGELOG.md\` under **Unreleased**.
4. Sign off your commits (\`git commit -s\`) to certify the [Developer Certificate of Origin](https://developercertificate.example.org/).

A maintainer will review within a week. Large changes are easier to land if you open an issue to discuss the design first.

## Code of conduct

This project follows the [Contributor Covenant](https://www.contributor-covenant.example.org/version/2/1/code_of_conduct/). Report unacceptable behaviour to conduct@latchworks.example.` },
  { lib: 'brookline-orm', kind: 'readme', lang: 'English', text: `# Brookline ORM

[![Maven Central](https://img.shields.io/maven-central/v/org.brookline/brookline-orm.svg)](https://search.maven.example.org/artifact/org.brookline/brookline-orm)
[![Build](https://github.com/brookline-dev/brookline-orm/actions/workflows/build.yml/badge.svg?branch=main)](https://github.com/brookline-dev/brookline-orm/actions)
[![Kotlin](https://img.shields.io/badge/kotlin-1.9%2B-7F52FF.svg)](https://kotlinlang.example.org)

Brookline is a lightweight ORM for Kotlin and Java that maps data classes to SQL tables without annotations on your domain model and without runtime proxies. Queries are built with a type-safe DSL and compiled to plain JDBC.

## Installation

Gradle (Kotlin DSL):

\`\`\`kotlin
dependencies {
    implementation("org.brookline:brookline-orm:2.3.0")
    runtimeOnly("org.postgresql:postgresql:42.7.3")
}
\`\`\`

Maven:

\`\`\`xml
<dependency>
  <groupId>org.brookline</groupId>
  <artifactId>brookline-orm</artifactId>
  <version>2.3.0</version>
</dependency>
\`\`\`

## Quick start

\`\`\`kotlin
data class Book(val id: Long, val title: String, val year: Int)

object Books : Table<Book>("books") {
    val id = long("id").primaryKey()
    val title = text("title")
    val year = int("year")
}

val db = Brookline.connect("jdbc:postgresql://localhost:5432/library", user = "app", password = System.getenv("DB_PASSWORD"))

db.transaction {
    insert(Books, Book(1, "Dune", 1965))
    val recent = select(Books).where { Books.year greaterThan 2000 }.orderBy(Books.title).list()
    println(recent)
}
\`\`\`

## Features

- Type-safe query DSL with joins, subqueries and window functions
- Works with PostgreSQL, MySQL/MariaDB, SQLite and H2
- Explicit transactions; no lazy loading surprises
- Schema migrations via the companion \`brookline-migrate\` module
- Usable from Java through the fluent \`Query\` builder

## Documentation

- [Configuration](docs/configuration.md)
- [Migrating from 1.x](docs/migration-2.0.md)
- Website: https://brookline.example.org

## License

Apache-2.0` },
  { lib: 'brookline-orm', kind: 'migration_guide', lang: 'English', text: `# Migrating from Brookline 1.x to 2.0

Brookline 2.0 removes reflection-based mapping and makes transactions explicit. Most projects can upgrade in an afternoon. This guide lists every breaking change with before/after examples.

## 1. Table definitions are objects, not annotations

**Before (1.x):**

\`\`\`kotlin
@Entity("books")
data class Book(@Id val id: Long, val title: String, val year: Int)
\`\`\`

**After (2.0):**

\`\`\`kotlin
data class Book(val id: Long, val title: String, val year: Int)

object Books : Table<Book>("books") {
    val id = long("id").primaryKey()
    val title = text("title")
    val year = int("year")
}
\`\`\`

Your data classes no longer need to depend on Brookline at all.

## 2. \`Session\` is replaced by \`transaction { }\`

**Before:**

\`\`\`kotlin
val session = db.openSession()
try {
    session.save(book)
    session.commit()
} finally {
    session.close()
}
\`\`\`

**After:**

\`\`\`kotlin
db.transaction {
    insert(Books, book)
}
\`\`\`

The block commits when it returns normally and rolls back on any exception. For read-only work use \`db.readOnly { }\`.

## 3. String criteria are gone

\`find(Book::class, "year > ?", 2000)\` has been removed. Use the DSL:

\`\`\`kotlin
select(Books).where { Books.year greaterThan 2000 }.list()
\`\`\`

## 4. Configuration keys renamed

| 1.x key | 2.0 key |
|---------|---------|
| \`brookline.pool.max\` | \`brookline.pool.maximumSize\` |
| \`brookline.showSql\` | \`brookline.logging.sql\` |
| \`brookline.dialect\` | removed — detected from the JDBC URL |

## 5. Minimum versions

- Java 17 (was 11)
- Kotlin 1.9 (was 1.7)

## Automated help

Run the bundled checker to find remaining 1.x usages:

\`\`\`sh
./gradlew brooklineMigrationReport
\`\`\`

It writes \`build/reports/brookline-migration.html\` listing each file and line that needs attention.` },
  { lib: 'brookline-orm', kind: 'configuration', lang: 'English', text: `# Configuration

Brookline can be configured in code, through a \`brookline.properties\` file on the classpath, or with environment variables. Code takes priority over environment variables, which take priority over the properties file.

## Connection

\`\`\`kotlin
val db = Brookline.connect {
    url = "jdbc:postgresql://db.internal.example:5432/shop"
    user = "shop_app"
    password = System.getenv("BROOKLINE_PASSWORD")
    pool {
        maximumSize = 20
        idleTimeout = 10.minutes
    }
}
\`\`\`

## Options

| Property | Environment variable | Default | Description |
|----------|----------------------|---------|-------------|
| \`brookline.url\` | \`BROOKLINE_URL\` | — | JDBC URL (required) |
| \`brookline.user\` | \`BROOKLINE_USER\` | — | Database user |
| \`brookline.password\` | \`BROOKLINE_PASSWORD\` | — | Database password |
| \`brookline.pool.maximumSize\` | \`BROOKLINE_POOL_MAXIMUM_SIZE\` | \`10\` | Max open connections |
| \`brookline.pool.idleTimeout\` | \`BROOKLINE_POOL_IDLE_TIMEOUT\` | \`10m\` | Close idle connections after this duration |
| \`brookline.logging.sql\` | \`BROOKLINE_LOGGING_SQL\` | \`false\` | Log every statement at DEBUG |
| \`brookline.logging.slowQueryThreshold\` | \`BROOKLINE_SLOW_QUERY_MS\` | \`500\` | Log statements slower than N ms at WARN |
| \`brookline.fetchSize\` | \`BROOKLINE_FETCH_SIZE\` | \`200\` | JDBC fetch size for \`list()\` and \`stream()\` |
| \`brookline.isolation\` | \`BROOKLINE_ISOLATION\` | \`READ_COMMITTED\` | Default transaction isolation |

## Example \`brookline.properties\`

\`\`\`properties
brookline.url=jdbc:mysql://localhost:3306/inventory
brookline.user=inventory
brookline.pool.maximumSize=15
brookline.logging.sql=true
brookline.isolation=REPEATABLE_READ
\`\`\`

Avoid committing passwords to this file; prefer \`BROOKLINE_PASSWORD\` or your platform's secret store.

## Naming strategy

By default Kotlin property names are used as-is for column names. To map \`createdAt\` to \`created_at\` automatically, set:

\`\`\`kotlin
Brookline.connect {
    naming = NamingStrategy.SNAKE_CASE
}
\`\`\`

## Logging

Brookline logs through SLF4J under the \`org.brookline\` logger. SQL statements use \`org.brookline.sql\`, so you can enable them without enabling everything else.` },
  { lib: 'bellhop', kind: 'readme', lang: 'English', text: `# Bellhop

[![Gem Version](https://img.shields.io/gem/v/bellhop-jobs.svg)](https://rubygems.example.org/gems/bellhop-jobs)
[![CI](https://github.com/bellhop-rb/bellhop/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/bellhop-rb/bellhop/actions)
[![Maintainability](https://img.shields.io/badge/maintainability-A-brightgreen.svg)](https://github.com/bellhop-rb/bellhop)

Bellhop is a simple, reliable background job runner for Ruby backed by PostgreSQL. No Redis required: jobs live in a table in the database you already have, and are picked up with \`SELECT ... FOR UPDATE SKIP LOCKED\`.

## Installation

Add to your Gemfile:

\`\`\`ruby
gem "bellhop-jobs", "~> 1.4"
\`\`\`

Then install and create the jobs table:

\`\`\`sh
bundle install
bin/rails generate bellhop:install
bin/rails db:migrate
\`\`\`

## Defining a job

\`\`\`ruby
class SendReceiptJob < Bellhop::Job
  queue :mailers
  retries 5, backoff: :exponential

  def perform(order_id)
    order = Order.find(order_id)
    ReceiptMailer.with(order: order).receipt.deliver_now
  end
end
\`\`\`

Enqueue it:

\`\`\`ruby
SendReceiptJob.enqueue(order.id)
SendReceiptJob.enqueue(order.id, run_at: 10.minutes.from_now)
\`\`\`

## Running workers

\`\`\`sh
bundle exec bellhop work --queues mailers,default --concurrency 8
\`\`\`

## Features

- Transactional enqueue: a job is only visible if your transaction commits
- Scheduled and recurring jobs (cron syntax)
- Retries with exponential backoff and a dead-letter view
- ActiveJob adapter included
- Web dashboard mountable in Rails at \`/bellhop\`

## Requirements

Ruby 3.1+, PostgreSQL 12+.

## License

Bellhop is available as open source under the terms of the MIT License.` },
  { lib: 'bellhop', kind: 'configuration', lang: 'English', text: `# Configuring Bellhop

Put configuration in an initializer such as \`config/initializers/bellhop.rb\`:

\`\`\`ruby
Bellhop.configure do |config|
  config.queues = %w[critical default mailers low]
  config.concurrency = 10
  config.poll_interval = 2.0
  config.max_attempts = 8
  config.dead_job_retention = 14.days
  config.logger = Rails.logger
end
\`\`\`

## Reference

| Setting | Type | Default | Description |
|---------|------|---------|-------------|
| \`queues\` | Array<String> | \`["default"]\` | Queues this process works, in priority order |
| \`concurrency\` | Integer | \`5\` | Worker threads per process |
| \`poll_interval\` | Float (seconds) | \`1.0\` | Delay between polls when queues are empty |
| \`listen_notify\` | Boolean | \`true\` | Use \`LISTEN/NOTIFY\` to wake workers immediately |
| \`max_attempts\` | Integer | \`25\` | Attempts before a job moves to the dead set |
| \`dead_job_retention\` | Duration | \`30.days\` | How long to keep dead jobs |
| \`shutdown_timeout\` | Integer (seconds) | \`25\` | Time allowed for running jobs on \`SIGTERM\` |
| \`table_name\` | String | \`"bellhop_jobs"\` | Jobs table |
| \`database\` | Symbol | \`:primary\` | Connection to use in multi-database Rails apps |

## Environment variables

The CLI reads these when the corresponding flag is not given:

| Variable | Equivalent flag |
|----------|-----------------|
| \`BELLHOP_QUEUES\` | \`--queues\` |
| \`BELLHOP_CONCURRENCY\` | \`--concurrency\` |
| \`BELLHOP_DATABASE_URL\` | \`--database-url\` |

## Recurring jobs

Declare recurring jobs in \`config/bellhop_schedule.yml\`:

\`\`\`yaml
nightly_cleanup:
  class: CleanupJob
  cron: "15 3 * * *"
  queue: low

hourly_digest:
  class: DigestJob
  cron: "0 * * * *"
  args: ["hourly"]
\`\`\`

Only one process schedules recurring jobs at a time; Bellhop uses a PostgreSQL advisory lock to elect it.

## Dashboard authentication

The dashboard has no authentication of its own. Mount it behind your existing admin constraint:

\`\`\`ruby
authenticate :user, ->(u) { u.admin? } do
  mount Bellhop::Dashboard => "/bellhop"
end
\`\`\`` },
  { lib: 'bellhop', kind: 'faq_troubleshooting', lang: 'English', text: `# Troubleshooting Bellhop

## Jobs are enqueued but never run

1. Check that a worker is running for that queue: \`bundle exec bellhop status\`.
2. Make sure the queue name matches. \`queue :mailers\` in the job requires \`--queues mailers\` (or a config that includes it).
3. If you enqueue inside a transaction that is later rolled back, the job is discarded too. This is intentional.

## \`PG::UndefinedTable: relation "bellhop_jobs" does not exist\`

The migration has not been run in this environment. Run \`bin/rails db:migrate\`. If you use a custom \`table_name\`, generate the migration with \`bin/rails generate bellhop:install --table my_jobs\`.

## Workers use too many database connections

Each worker thread holds one connection while it runs a job, plus one for polling. Set your pool size to at least \`concurrency + 2\`:

\`\`\`yaml
# config/database.yml
production:
  pool: <%= ENV.fetch("BELLHOP_CONCURRENCY", 5).to_i + 2 %>
\`\`\`

## Jobs run twice

Bellhop guarantees at-least-once delivery. A job can run again if a worker is killed with \`SIGKILL\` before it records completion. Make \`perform\` idempotent, for example by checking whether the receipt was already sent.

## \`Bellhop::SerializationError: cannot serialize Order\`

Arguments are stored as JSON. Pass IDs, strings, numbers, booleans, arrays and hashes, not ActiveRecord objects. With the ActiveJob adapter, GlobalID arguments work as usual.

## Deploys take a long time to finish

On \`SIGTERM\` workers stop fetching and wait up to \`shutdown_timeout\` seconds. Lower it, or make long jobs check \`Bellhop.shutting_down?\` and exit early.

## Where can I see failed jobs?

Mount the dashboard or run:

\`\`\`sh
bundle exec bellhop dead --limit 20
bundle exec bellhop retry 1842
\`\`\`

## Still stuck?

Open a discussion at https://github.com/bellhop-rb/bellhop/discussions and include your Bellhop, Ruby, Rails and PostgreSQL versions.` },
  { lib: 'bastionphp', kind: 'readme', lang: 'English', text: `# Bastion

[![Latest Version](https://img.shields.io/packagist/v/bastion/validator.svg)](https://packagist.example.org/packages/bastion/validator)
[![Tests](https://github.com/bastionphp/validator/actions/workflows/tests.yml/badge.svg?branch=main)](https://github.com/bastionphp/validator/actions)
[![PHP](https://img.shields.io/badge/php-%3E%3D8.1-8892BF.svg)](https://www.php.example.org)
[![License](https://img.shields.io/packagist/l/bastion/validator.svg)](LICENSE.md)

Bastion is a framework-agnostic input validation library for PHP 8.1+. Rules are plain objects, error messages are translatable, and validated data comes back as a typed array with only the keys you declared.

## Installation

\`\`\`bash
composer require bastion/validator
\`\`\`

## Basic usage

\`\`\`php
<?php

use Bastion\\Validator;
use Bastion\\Rule as R;

$validator = new Validator([
    'email'    => [R::required(), R::email()],
    'age'      => [R::integer(), R::between(13, 120)],
    'tags'     => [R::list(R::string()->maxLength(30))->maxItems(5)],
    'website'  => [R::nullable(), R::url(['https'])],
]);

$result = $validator->validate($_POST);

if ($result->fails()) {
    http_response_code(422);
    echo json_encode(['errors' => $result->errors()]);
    exit;
}

$data = $result->validated(); // only email, age, tags, website
\`\`\`

## Why Bastion?

- **Strict by default.** Unknown keys are dropped from \`validated()\`.
- **No magic strings.** Rules are autocompleted by your IDE.
- **Nested data.** Validate arrays of objects with \`R::shape()\` and \`R::list()\`.
- **Translations** for 24 languages included.
- **Integrations** for Laravel, Symfony and Slim in separate packages.

## Custom rules

Implement \`Bastion\\Contracts\\Rule\` and return \`null\` on success or an error key on failure. See the [API reference](docs/api.md).

## Security

Please report vulnerabilities privately; see [SECURITY.md](SECURITY.md).

## License

The MIT License (MIT). See [LICENSE.md](LICENSE.md).` },
  { lib: 'bastionphp', kind: 'api_reference', lang: 'English', text: `# Bastion API reference

## \`Bastion\\Validator\`

### \`__construct(array $rules, array $options = [])\`

| Option | Type | Default | Description |
|--------|------|---------|-------------|
| \`stopOnFirstFailure\` | \`bool\` | \`false\` | Stop checking a field after its first failing rule |
| \`locale\` | \`string\` | \`'en'\` | Locale used for error messages |
| \`allowUnknown\` | \`bool\` | \`false\` | Keep undeclared keys in \`validated()\` |

### \`validate(array $input): Result\`

Runs all rules. Never throws for invalid input; inspect the returned \`Result\`.

### \`validateOrFail(array $input): array\`

Returns validated data or throws \`Bastion\\Exception\\ValidationException\`, whose \`errors()\` method returns the same structure as \`Result::errors()\`.

## \`Bastion\\Result\`

| Method | Returns | Description |
|--------|---------|-------------|
| \`passes()\` | \`bool\` | \`true\` when every rule passed |
| \`fails()\` | \`bool\` | Opposite of \`passes()\` |
| \`errors()\` | \`array<string, list<string>>\` | Messages keyed by dotted field path, e.g. \`items.2.sku\` |
| \`validated()\` | \`array\` | Input filtered to declared keys, with casts applied |
| \`first(string $field)\` | \`?string\` | First message for a field |

## Rule factory \`Bastion\\Rule\`

| Factory | Notes |
|---------|-------|
| \`R::required()\` | Fails on missing key, \`null\` or \`''\` |
| \`R::nullable()\` | Allows \`null\`; skips later rules when value is \`null\` |
| \`R::string()\` | Chain \`->minLength()\`, \`->maxLength()\`, \`->pattern()\` |
| \`R::integer()\` | Accepts numeric strings and casts them |
| \`R::between(int\\|float $min, int\\|float $max)\` | Inclusive range |
| \`R::email()\` | RFC 5322 syntax check, no DNS lookup |
| \`R::url(array $schemes = ['http', 'https'])\` | Rejects other schemes |
| \`R::in(array $values)\` | Strict comparison |
| \`R::list(Rule $item)\` | Chain \`->minItems()\`, \`->maxItems()\` |
| \`R::shape(array $rules)\` | Nested associative array |

## Custom rule example

\`\`\`php
final class Uppercase implements \\Bastion\\Contracts\\Rule
{
    public function check(mixed $value, \\Bastion\\Context $ctx): ?string
    {
        return is_string($value) && strtoupper($value) === $value
            ? null
            : 'validation.uppercase';
    }
}
\`\`\`

Register the message: \`$validator->messages(['validation.uppercase' => 'The :field must be uppercase.']);\`` },
  { lib: 'bastionphp', kind: 'security_policy', lang: 'English', text: `# Security Policy

Bastion is a validation library, so bugs that let invalid input pass as valid are treated as security issues.

## Supported Versions

| Version | PHP | Security fixes until |
|---------|-----|----------------------|
| 3.x | 8.1 – 8.4 | current |
| 2.x | 7.4 – 8.2 | 2025-06-30 |
| 1.x | 7.2 – 7.4 | ended |

## Reporting a Vulnerability

Email **security@bastionphp.example** or use GitHub's private vulnerability reporting for the \`bastionphp/validator\` repository. Please do not disclose the issue publicly until a fix is available.

Helpful details:

- affected version(s)
- the rule definition and input that demonstrate the bypass
- whether the issue depends on a specific PHP version or \`mbstring\` configuration

## Process

1. We confirm receipt within **3 working days**.
2. We reproduce the issue and agree on a severity with you within **10 days**.
3. Fixes are prepared in a private fork and released as patch versions for all supported branches at the same time.
4. A GitHub Security Advisory is published with a CVE where appropriate, crediting the reporter unless you ask us not to.

We aim to release a fix within 45 days. If a report is not resolved within 90 days, you are free to disclose it.

## Past advisories

| ID | Affected | Summary |
|----|----------|---------|
| BSTN-2024-002 | < 3.2.4 | \`R::url()\` accepted \`javascript:\` when the scheme was mixed case |
| BSTN-2023-001 | < 2.8.1 | \`R::email()\` regex could backtrack catastrophically on long input |

## Bug bounty

We do not run a paid bug bounty, but we are happy to send project stickers and to list you in our hall of thanks at https://bastionphp.example/thanks.` },
  { lib: 'blitzcsv', kind: 'readme', lang: 'English', text: `# blitzcsv

[![Build Status](https://travis-ci.com/blitzcsv/blitzcsv.svg?branch=main)](https://travis-ci.com/blitzcsv/blitzcsv)
[![Coverity](https://img.shields.io/badge/coverity-passing-brightgreen.svg)](https://scan.coverity.example.org/projects/blitzcsv)
[![License: Zlib](https://img.shields.io/badge/License-Zlib-lightgrey.svg)](LICENSE)

A fast, streaming CSV parser in portable C99. blitzcsv parses RFC 4180 files at over 1 GB/s on modern CPUs, uses SIMD where available, and never allocates per field: you get pointers into your own buffer.

## Building

blitzcsv is a single \`.c\`/\`.h\` pair. Copy \`blitzcsv.c\` and \`blitzcsv.h\` into your project, or build the library with CMake:

\`\`\`sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build
sudo cmake --install build
\`\`\`

## Example

\`\`\`c
#include <stdio.h>
#include "blitzcsv.h"

static int on_row(const bcsv_field *fields, size_t n, void *user) {
    long *rows = user;
    (*rows)++;
    if (n > 0) {
        printf("%.*s\\n", (int)fields[0].len, fields[0].ptr);
    }
    return 0; /* non-zero stops parsing */
}

int main(void) {
    long rows = 0;
    bcsv_options opts = BCSV_DEFAULT_OPTIONS;
    opts.delimiter = ',';

    bcsv_status st = bcsv_parse_file("data.csv", &opts, on_row, &rows);
    if (st != BCSV_OK) {
        fprintf(stderr, "parse error: %s\\n", bcsv_strerror(st));
        return 1;
    }
    printf("%ld rows\\n", rows);
    return 0;
}
\`\`\`

## Features

- Quoted fields, escaped quotes and embedded newlines
- Custom delimiter, quote and comment characters
- Streaming API for input of any size
- SSE4.2, AVX2 and NEON fast paths with runtime dispatch
- No dependencies beyond the C standard library

## Benchmarks

| File | Size | blitzcsv | naive \`strtok\` loop |
|------|------|----------|---------------------|
| taxi.csv | 2.1 GB | 1.8 s | 14.2 s |
| census.csv | 540 MB | 0.41 s | 3.9 s |

## License

zlib License` },
  { lib: 'blitzcsv', kind: 'api_reference', lang: 'English', text: `# blitzcsv API

All symbols are declared in \`blitzcsv.h\` and prefixed with \`bcsv_\`.

## Types

\`\`\`c
typedef struct {
    const char *ptr;   /* points into the caller's buffer */
    size_t      len;   /* length in bytes, not NUL-terminated */
    int         quoted;/* 1 if the field was enclosed in quotes */
} bcsv_field;

typedef int (*bcsv_row_cb)(const bcsv_field *fields, size_t n, void *user);
\`\`\`

When \`quoted\` is 1 and the field contains doubled quotes (\`""\`), call \`bcsv_unescape()\` to get the logical value.

## Options

| Field | Type | Default | Description |
|-------|------|---------|-------------|
| \`delimiter\` | \`char\` | \`','\` | Field separator |
| \`quote\` | \`char\` | \`'"'\` | Quote character |
| \`comment\` | \`char\` | \`0\` (off) | Lines starting with this char are skipped |
| \`max_fields\` | \`size_t\` | \`4096\` | Rows with more fields fail with \`BCSV_E_TOO_MANY_FIELDS\` |
| \`strict\` | \`int\` | \`1\` | Reject stray quotes inside unquoted fields |

Initialise with \`bcsv_options opts = BCSV_DEFAULT_OPTIONS;\` and change only what you need.

## Functions

### \`bcsv_status bcsv_parse(const char *buf, size_t len, const bcsv_options *opts, bcsv_row_cb cb, void *user)\`

Parses a complete in-memory buffer. \`buf\` must stay valid until the call returns. The callback's \`fields\` array is reused between rows; copy anything you want to keep.

### \`bcsv_parser *bcsv_stream_new(const bcsv_options *opts, bcsv_row_cb cb, void *user)\`

Creates a streaming parser. Feed chunks with \`bcsv_stream_feed(p, chunk, len)\` and finish with \`bcsv_stream_end(p)\`, which flushes a final row without a trailing newline. Free with \`bcsv_stream_free(p)\`.

### \`bcsv_status bcsv_parse_file(const char *path, const bcsv_options *opts, bcsv_row_cb cb, void *user)\`

Convenience wrapper that memory-maps the file where supported and falls back to buffered reads.

### \`size_t bcsv_unescape(const bcsv_field *f, char *out, size_t out_cap)\`

Copies the field into \`out\`, collapsing \`""\` to \`"\`. Returns the number of bytes needed; if that is larger than \`out_cap\`, nothing is written.

## Status codes

| Code | Meaning |
|------|---------|
| \`BCSV_OK\` | Success |
| \`BCSV_E_UNTERMINATED_QUOTE\` | Input ended inside a quoted field |
| \`BCSV_E_STRAY_QUOTE\` | Quote in an unquoted field (strict mode) |
| \`BCSV_E_TOO_MANY_FIELDS\` | Row exceeded \`max_fields\` |
| \`BCSV_E_ABORTED\` | The callback returned non-zero |` },
  { lib: 'blitzcsv', kind: 'contributing', lang: 'English', text: `# Contributing

Patches to blitzcsv are very welcome. Because the library is used in data pipelines where a parsing bug can silently corrupt results, we ask for a bit more rigour than usual.

## Before you start

- Search [existing issues](https://github.com/blitzcsv/blitzcsv/issues) to avoid duplicates.
- For new features or API changes, open an issue first so we can agree on the design.
- Small fixes (typos, docs, obvious bugs) can go straight to a pull request.

## Building and testing

\`\`\`sh
cmake -S . -B build -DBCSV_BUILD_TESTS=ON -DBCSV_SANITIZE=address,undefined
cmake --build build -j
ctest --test-dir build --output-on-failure
\`\`\`

To run the fuzzers (requires clang):

\`\`\`sh
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DBCSV_FUZZ=ON
cmake --build build-fuzz
./build-fuzz/fuzz_parse corpus/ -max_total_time=300
\`\`\`

Every code path that differs between the scalar and SIMD implementations must be covered by the differential test in \`tests/test_simd_equiv.c\`. Run it on x86-64 and, if you can, on an ARM machine or under \`qemu-aarch64\`.

## Code style

- C99, no compiler extensions outside \`#ifdef\` blocks.
- Four spaces, no tabs; braces on the same line. Run \`clang-format -i src/*.c include/*.h\` with the repository's \`.clang-format\`.
- No dynamic allocation in the hot path.
- Public functions get a doc comment in \`blitzcsv.h\` describing ownership and error behaviour.

## Commit messages

Use a short imperative summary (\`parser: handle CR-only line endings\`) followed by a blank line and details. Sign off each commit with \`git commit -s\` to agree to the Developer Certificate of Origin.

## Benchmarks

If your change touches performance, include before/after numbers from \`./build/bench/bcsv_bench data/*.csv\` and the CPU model.

## Code of conduct

Be kind and assume good faith. We follow the Contributor Covenant; see [CODE_OF_CONDUCT.md](CODE_OF_CONDUCT.md). Concerns can be sent privately to maintainers@blitzcsv.example.` },
  { lib: 'bunkshell', kind: 'readme', lang: 'English', text: `# bunk

![shellcheck](https://img.shields.io/badge/shellcheck-passing-success)
[![Release](https://img.shields.io/github/v/release/bunk-sh/bunk)](https://github.com/bunk-sh/bunk/releases)
![POSIX](https://img.shields.io/badge/shell-POSIX%20sh-informational)

**bunk** is a dotfiles manager written in portable POSIX shell. It symlinks files from a git repository into your home directory, keeps per-machine overrides, and can bootstrap a new laptop with one command. There is nothing to compile and no runtime to install.

## Install

\`\`\`sh
curl -fsSLo ~/.local/bin/bunk https://bunk.example.com/releases/latest/bunk
chmod +x ~/.local/bin/bunk
\`\`\`

Or with Homebrew:

\`\`\`sh
brew install bunk-sh/tap/bunk
\`\`\`

Prefer to read the script before running it? It is a single file, about 900 lines, in [\`bin/bunk\`](bin/bunk).

## Getting started

\`\`\`sh
bunk init https://github.com/you/dotfiles.git   # clone into ~/.bunk/repo
bunk link                                    # create symlinks
bunk status                                  # show linked, missing and conflicting files
\`\`\`

Repository layout:

\`\`\`
dotfiles/
├── home/            # mirrored into $HOME
│   ├── .zshrc
│   └── .config/git/config
├── hosts/
│   └── work-laptop/ # overrides for a host named work-laptop
└── bunk.conf
\`\`\`

## Commands

| Command | What it does |
|---------|--------------|
| \`bunk link\` | Create or refresh symlinks |
| \`bunk unlink\` | Remove symlinks created by bunk |
| \`bunk add ~/.tmux.conf\` | Move a file into the repo and link it back |
| \`bunk status\` | Report the state of every managed file |
| \`bunk sync\` | \`git pull\`, then \`link\` |
| \`bunk doctor\` | Check for common problems |

Existing files are never overwritten: bunk backs them up to \`~/.bunk/backup/<timestamp>/\` first.

## Supported shells and platforms

Tested with dash, bash, zsh and busybox ash on Linux, macOS and FreeBSD.

## License

ISC` },
  { lib: 'bunkshell', kind: 'faq_troubleshooting', lang: 'English', text: `# bunk FAQ

**Q: \`bunk link\` says "conflict: ~/.bashrc exists and is not a symlink". What now?**

bunk refuses to replace real files unless you ask. Run \`bunk link --backup\` to move the existing file to \`~/.bunk/backup/\` and link the repo version, or \`bunk add ~/.bashrc\` if you want to keep your current file and track it.

**Q: Host overrides are not applied.**

bunk matches the directory under \`hosts/\` against \`hostname -s\`. Check the value:

\`\`\`sh
hostname -s
bunk status --verbose | head
\`\`\`

You can force a name with \`BUNK_HOST=work-laptop bunk link\`, or set \`host = work-laptop\` in \`~/.bunk/local.conf\`.

**Q: I get \`readlink: illegal option -- f\` on macOS.**

Older versions of bunk relied on GNU \`readlink -f\`. Upgrade to 2.1 or newer, which uses a portable fallback.

**Q: Can bunk manage files outside \`$HOME\`, like \`/etc/hosts\`?**

No, by design. bunk never runs \`sudo\`. Use your configuration management tool for system files.

**Q: How do I keep secrets out of the repository?**

Add a \`.bunkignore\` file (same syntax as \`.gitignore\`) and keep secrets in an untracked \`~/.bunk/secrets/\` directory. Files under \`home/\` ending in \`.local\` are ignored by default, so \`~/.gitconfig.local\` can hold your work e-mail.

**Q: Symlinks break after I move the repository.**

Run \`bunk relink\`. It rewrites every symlink that points into the old location.

**Q: \`bunk doctor\` reports "repository has uncommitted changes".**

That is only a warning; bunk still works. Commit or stash the changes before \`bunk sync\` to avoid merge conflicts.

**Q: How do I uninstall?**

\`\`\`sh
bunk unlink --restore   # remove links and restore the latest backups
rm -rf ~/.bunk ~/.local/bin/bunk
\`\`\`

Found a bug? Please open an issue at https://github.com/bunk-sh/bunk/issues with the output of \`bunk doctor\` and \`bunk --version\`.` },
  { lib: 'bunkshell', kind: 'changelog', lang: 'English', text: `# Changelog

## v2.3.0 (2024-08-25)

**Added**
- \`bunk relink\` rewrites symlinks after the repository is moved.
- Templates: files ending in \`.bunk-tmpl\` are rendered with \`envsubst\`-style \`$VAR\` expansion before linking.
- \`--dry-run\` flag for \`link\`, \`unlink\` and \`sync\`.

**Fixed**
- \`bunk status\` no longer reports files inside ignored directories as "missing".
- Paths containing spaces are quoted correctly in backup filenames.

## v2.2.1 (2024-05-09)

**Fixed**
- busybox \`find\` does not support \`-printf\`; replaced with a portable loop.
- \`bunk add\` now refuses to add a path that is already a bunk-managed symlink instead of creating a loop.

## v2.2.0 (2024-03-17)

**Added**
- \`.bunkignore\` support.
- \`bunk doctor\` checks for broken symlinks and a detached HEAD.

**Changed**
- Backups moved from \`~/.dotfiles-backup\` to \`~/.bunk/backup/<timestamp>/\`. Existing backups are left where they are.

## v2.1.0 (2023-12-02)

**Fixed**
- Removed the dependency on GNU \`readlink -f\`; bunk now works out of the box on macOS and FreeBSD.

**Added**
- \`BUNK_HOST\` environment variable to override host detection.

## v2.0.0 (2023-09-14)

**Breaking**
- Configuration file renamed from \`.bunkrc\` to \`bunk.conf\` at the repository root.
- Per-host overrides moved from \`home@hostname/\` to \`hosts/<hostname>/\`.
- Dropped support for \`csh\`-style \`setenv\` lines in \`bunk.conf\`.

Run \`bunk migrate\` once after upgrading to move files to the new layout.` },
  { lib: 'beaconctl', kind: 'readme', lang: 'English', text: `# beaconctl

[![Release](https://img.shields.io/github/v/release/beacon-ops/beaconctl?sort=semver)](https://github.com/beacon-ops/beaconctl/releases)
[![CI](https://github.com/beacon-ops/beaconctl/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/beacon-ops/beaconctl/actions)
[![Docker Pulls](https://img.shields.io/docker/pulls/beaconops/beaconctl.svg)](https://hub.docker.example.com/r/beaconops/beaconctl)

\`beaconctl\` is a command-line tool for watching deployments across Kubernetes clusters, Nomad jobs and plain systemd hosts from one terminal. It shows rollout progress, health checks and recent events, and exits non-zero when a rollout fails, so it slots neatly into CI pipelines.

![beaconctl watch screenshot](https://beacon-ops.example.com/img/watch.png)

## Install

\`\`\`sh
# macOS / Linux
brew install beacon-ops/tap/beaconctl

# Go toolchain
go install github.com/beacon-ops/beaconctl/cmd/beaconctl@latest

# Container
docker run --rm -v ~/.kube:/root/.kube:ro beaconops/beaconctl:1.8 status
\`\`\`

Prebuilt binaries for Linux, macOS and Windows (amd64/arm64) are attached to every [release](https://github.com/beacon-ops/beaconctl/releases), with SHA-256 checksums and cosign signatures.

## Usage

\`\`\`sh
beaconctl status                       # all targets in ~/.config/beaconctl/config.yaml
beaconctl watch api --timeout 10m      # follow a rollout until it finishes
beaconctl history api --limit 5        # recent deployments
beaconctl diff api --from v41 --to v42 # image and config differences
\`\`\`

In CI:

\`\`\`yaml
- name: Wait for rollout
  run: beaconctl watch checkout-service --timeout 15m --output json
\`\`\`

## Features

- One view over Kubernetes Deployments/StatefulSets, Nomad jobs and systemd units over SSH
- Rollout health based on readiness, error-rate queries and custom HTTP probes
- JSON and TAP output for automation
- Slack and webhook notifications on failure

## Documentation

- [Configuration](docs/configuration.md)
- [Security policy](SECURITY.md)

## License

Apache License 2.0` },
  { lib: 'beaconctl', kind: 'configuration', lang: 'English', text: `# beaconctl configuration

beaconctl looks for its configuration at \`$BEACONCTL_CONFIG\`, then \`~/.config/beaconctl/config.yaml\`. Run \`beaconctl config init\` to create a commented starter file.

## Example

\`\`\`yaml
defaults:
  timeout: 10m
  output: table

targets:
  api:
    kind: kubernetes
    context: prod-eu
    namespace: shop
    workload: deployment/api
    health:
      http: https://api.shop.example.com/healthz
      errorRateQuery: 'sum(rate(http_requests_total{job="api",code=~"5.."}[2m]))'
      maxErrorRate: 0.5

  worker:
    kind: nomad
    address: https://nomad.internal.example:4646
    job: billing-worker

  legacy:
    kind: systemd
    hosts: [app1.internal.example, app2.internal.example]
    unit: legacy-app.service
    ssh:
      user: deploy
      identityFile: ~/.ssh/deploy_ed25519

notify:
  slack:
    webhookUrlEnv: BEACONCTL_SLACK_WEBHOOK
  webhook:
    url: https://hooks.example.com/deploys
\`\`\`

## Top-level keys

| Key | Description |
|-----|-------------|
| \`defaults.timeout\` | Default for \`--timeout\` (Go duration) |
| \`defaults.output\` | \`table\`, \`json\` or \`tap\` |
| \`targets\` | Map of target name → target definition |
| \`notify\` | Optional notification sinks |
| \`prometheus.url\` | Prometheus endpoint used by \`errorRateQuery\` |

## Environment variables

| Variable | Purpose |
|----------|---------|
| \`BEACONCTL_CONFIG\` | Path to the config file |
| \`BEACONCTL_NO_COLOR\` | Disable ANSI colours (also respects \`NO_COLOR\`) |
| \`BEACONCTL_SLACK_WEBHOOK\` | Slack webhook URL referenced by \`webhookUrlEnv\` |
| \`BEACONCTL_PROMETHEUS_TOKEN\` | Bearer token sent in the \`Authorization\` header to Prometheus |
| \`NOMAD_TOKEN\` | Used for \`kind: nomad\` targets when set |

Secrets are read from environment variables rather than the config file, so the file can be committed to your repository.

## Validating

\`\`\`sh
beaconctl config validate
\`\`\`

prints each problem with its line number and exits with status 2 if the file is invalid.` },
  { lib: 'beaconctl', kind: 'security_policy', lang: 'English', text: `# Security policy for beaconctl

beaconctl often runs with access to production clusters, so we take security reports seriously and appreciate your help.

## Supported versions

Only the latest minor release receives security fixes. At the time of writing that is **1.8.x**. Fixes are not backported to 1.7 or older; please upgrade.

## How to report

Report vulnerabilities privately in one of these ways:

- E-mail: **security@beacon-ops.example**
- GitHub: *Security → Report a vulnerability* on https://github.com/beacon-ops/beaconctl

Please include the version (\`beaconctl version\`), operating system, the affected target kind (kubernetes, nomad, systemd) and steps to reproduce. Do not include real credentials or production hostnames in your report.

## Our commitments

- We acknowledge reports within **48 hours**.
- We give you a first assessment within **5 business days**.
- We coordinate a disclosure date with you; our default embargo is **60 days** from the report or until a fix is released, whichever comes first.
- We publish a GitHub Security Advisory and request a CVE for issues rated medium or higher.

## Verifying releases

Every release archive is signed with cosign. The public key is published at https://beacon-ops.example.com/cosign.pub and in the repository as \`cosign.pub\`. Verify a download with:

\`\`\`sh
cosign verify-blob \\
  --key cosign.pub \\
  --signature beaconctl_1.8.2_linux_amd64.tar.gz.sig \\
  beaconctl_1.8.2_linux_amd64.tar.gz
\`\`\`

Checksums for all archives are listed in \`checksums.txt\`, which is signed the same way.

## Out of scope

- Issues in Kubernetes, Nomad or OpenSSH themselves
- Denial of service caused by a misconfigured \`errorRateQuery\`
- Findings from automated scanners without a demonstrated impact` },
  { lib: 'blossom-ui', kind: 'readme', lang: 'English', text: `<p align="center">
  <img src="https://blossom-ui.example.com/logo.svg" alt="Blossom UI" width="160">
</p>

<h1 align="center">Blossom UI</h1>

<p align="center">
  <a href="https://www.npmjs.com/package/@blossom-ui/react"><img src="https://img.shields.io/npm/v/@blossom-ui/react.svg?style=flat" alt="npm"></a>
  <a href="https://github.com/blossom-ui/blossom/actions"><img src="https://github.com/blossom-ui/blossom/actions/workflows/ci.yml/badge.svg?branch=main" alt="CI"></a>
  <img src="https://img.shields.io/bundlephobia/minzip/@blossom-ui/react" alt="size">
</p>

Accessible, themeable React components with a soft visual style. Every component follows the WAI-ARIA authoring practices, supports keyboard navigation out of the box, and is styled with CSS variables so you can theme it without a build step.

## Installation

\`\`\`sh
npm install @blossom-ui/react
\`\`\`

Import the base stylesheet once, for example in your root layout:

\`\`\`tsx
import '@blossom-ui/react/styles.css';
\`\`\`

## Example

\`\`\`tsx
import { Button, Dialog, TextField } from '@blossom-ui/react';
import { useState } from 'react';

export function RenameDialog({ name, onSave }: { name: string; onSave: (n: string) => void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(name);

  return (
    <>
      <Button variant="soft" onClick={() => setOpen(true)}>Rename</Button>
      <Dialog open={open} onOpenChange={setOpen} title="Rename project">
        <TextField label="Project name" value={value} onChange={setValue} autoFocus />
        <Dialog.Actions>
          <Button variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
          <Button onClick={() => { onSave(value); setOpen(false); }}>Save</Button>
        </Dialog.Actions>
      </Dialog>
    </>
  );
}
\`\`\`

## Components

Button · IconButton · TextField · Select · Combobox · Checkbox · Switch · Dialog · Popover · Tooltip · Tabs · Toast · Table · DatePicker

## Theming

Override any token with CSS variables:

\`\`\`css
:root {
  --blossom-accent: #d6336c;
  --blossom-radius: 10px;
}
\`\`\`

Dark mode follows \`prefers-color-scheme\` automatically, or set \`data-theme="dark"\` on \`<html>\`.

## Browser support

Last two versions of Chrome, Edge, Firefox and Safari.

## License

MIT. Storybook: https://storybook.blossom-ui.example.com` },
  { lib: 'blossom-ui', kind: 'api_reference', lang: 'English', text: `# \`<Dialog>\` API

A modal dialog that traps focus, restores it on close, and renders into a portal at the end of \`document.body\`.

\`\`\`tsx
import { Dialog } from '@blossom-ui/react';
\`\`\`

## Props

| Prop | Type | Default | Description |
|------|------|---------|-------------|
| \`open\` | \`boolean\` | — | Controlled open state. |
| \`defaultOpen\` | \`boolean\` | \`false\` | Initial state when uncontrolled. |
| \`onOpenChange\` | \`(open: boolean) => void\` | — | Called when the dialog requests to open or close (Esc, overlay click, close button). |
| \`title\` | \`ReactNode\` | — | Rendered as the accessible name (\`aria-labelledby\`). Required unless \`aria-label\` is given. |
| \`description\` | \`ReactNode\` | — | Rendered below the title and linked with \`aria-describedby\`. |
| \`size\` | \`'sm' \\| 'md' \\| 'lg' \\| 'full'\` | \`'md'\` | Maximum width. |
| \`dismissible\` | \`boolean\` | \`true\` | When \`false\`, Esc and overlay clicks do nothing. |
| \`initialFocus\` | \`RefObject<HTMLElement>\` | first focusable | Element that receives focus on open. |
| \`container\` | \`HTMLElement\` | \`document.body\` | Portal target. |

## Sub-components

### \`Dialog.Actions\`

A right-aligned footer for buttons. On narrow screens the buttons stack vertically in reverse order, so the primary action stays closest to the thumb.

### \`Dialog.Close\`

Wraps a child element and closes the dialog when it is activated.

\`\`\`tsx
<Dialog.Close asChild>
  <Button variant="ghost">Cancel</Button>
</Dialog.Close>
\`\`\`

## Events and focus

1. On open, focus moves to \`initialFocus\` or the first focusable element.
2. \`Tab\` and \`Shift+Tab\` cycle within the dialog.
3. On close, focus returns to the element that had it before opening.

## Accessibility

- Uses \`role="dialog"\` and \`aria-modal="true"\`.
- Content behind the dialog is made \`inert\`.
- If no \`title\` is appropriate visually, pass \`aria-label\` instead; a development warning is logged when neither is present.

## CSS variables

| Variable | Default |
|----------|---------|
| \`--blossom-dialog-padding\` | \`24px\` |
| \`--blossom-dialog-overlay\` | \`rgb(20 20 30 / 0.45)\` |
| \`--blossom-dialog-shadow\` | \`var(--blossom-shadow-lg)\` |` },
  { lib: 'blossom-ui', kind: 'migration_guide', lang: 'English', text: `# Upgrading to Blossom UI 2.0

Version 2 drops the runtime CSS-in-JS engine in favour of a static stylesheet and CSS variables. The result is roughly 40% less JavaScript and no style flashes during server rendering. Most changes are mechanical; a codemod handles the common cases.

## Run the codemod

\`\`\`sh
npx @blossom-ui/codemod v2 ./src
\`\`\`

It rewrites imports, renamed props and theme objects. Review the diff before committing.

## Breaking changes

### Stylesheet import is now required

\`\`\`diff
+ import '@blossom-ui/react/styles.css';
\`\`\`

### \`BlossomProvider\` no longer accepts a \`theme\` object

**Before (1.x):**

\`\`\`tsx
<BlossomProvider theme={{ colors: { accent: '#d6336c' }, radius: 10 }}>
  <App />
</BlossomProvider>
\`\`\`

**After (2.0):**

\`\`\`css
:root {
  --blossom-accent: #d6336c;
  --blossom-radius: 10px;
}
\`\`\`

\`BlossomProvider\` is now optional and only needed for \`locale\` and toast placement.

### Renamed props

| Component | 1.x | 2.0 |
|-----------|-----|-----|
| \`Button\` | \`kind="secondary"\` | \`variant="soft"\` |
| \`Button\` | \`kind="text"\` | \`variant="ghost"\` |
| \`Modal\` | component renamed | \`Dialog\` |
| \`Modal\` | \`isOpen\` / \`onClose\` | \`open\` / \`onOpenChange\` |
| \`TextField\` | \`onChange(event)\` | \`onChange(value)\` |
| \`Select\` | \`options={[{ label, value }]}\` | \`<Select.Item>\` children |

### \`TextField\` \`onChange\` receives the value

\`\`\`diff
- <TextField onChange={(e) => setName(e.target.value)} />
+ <TextField onChange={setName} />
\`\`\`

If you need the native event, use \`onInput\`.

### Removed components

- \`Card\` — replaced by plain markup with the \`blossom-surface\` class.
- \`Grid\` — use CSS grid directly.

## Peer dependencies

React 18.2 or 19 is required. React 17 support has ended.

## Need help?

Ask in [GitHub Discussions](https://github.com/blossom-ui/blossom/discussions) with the \`v2-migration\` label.` },
  { lib: 'bayesbox', kind: 'readme', lang: 'English', text: `# bayesbox

[![PyPI version](https://img.shields.io/pypi/v/bayesbox.svg)](https://pypi.example.org/project/bayesbox/)
[![Conda](https://img.shields.io/conda/vn/conda-forge/bayesbox.svg)](https://anaconda.example.org/conda-forge/bayesbox)
[![Tests](https://github.com/bayesbox/bayesbox/actions/workflows/tests.yml/badge.svg?branch=main)](https://github.com/bayesbox/bayesbox/actions)
[![Docs](https://readthedocs.example.org/projects/bayesbox/badge/?version=latest)](https://bayesbox.readthedocs.example.org/)

**Bayesian A/B testing in a few lines of Python.** bayesbox computes posterior distributions for conversion rates, revenue per user and other common metrics, and reports the probability that each variant is best together with the expected loss of choosing it.

## Install

\`\`\`bash
pip install bayesbox
# or
conda install -c conda-forge bayesbox
\`\`\`

bayesbox depends on NumPy and SciPy. Plotting requires the optional \`matplotlib\` extra: \`pip install "bayesbox[plot]"\`.

## Quick example

\`\`\`python
import bayesbox as bb

test = bb.ConversionTest()
test.add_variant("control", visitors=10_450, conversions=512)
test.add_variant("new_checkout", visitors=10_390, conversions=571)

summary = test.evaluate(samples=200_000, seed=7)
print(summary)
\`\`\`

\`\`\`
variant        rate     P(best)   expected loss
control        4.90%    0.031     0.0056
new_checkout   5.50%    0.969     0.0001
\`\`\`

## Supported metrics

| Class | Model | Typical use |
|-------|-------|-------------|
| \`ConversionTest\` | Beta-Binomial | sign-ups, clicks |
| \`RevenueTest\` | Bernoulli × Gamma | revenue per visitor |
| \`CountTest\` | Gamma-Poisson | events per user |
| \`ContinuousTest\` | Normal-Inverse-Gamma | session length, latency |

## Working with pandas

\`\`\`python
summary = bb.ConversionTest.from_frame(df, group="variant", converted="did_convert").evaluate()
summary.to_frame()
\`\`\`

## Citation

If you use bayesbox in academic work, please cite it using the metadata in [\`CITATION.cff\`](CITATION.cff).

## License

BSD-3-Clause` },
  { lib: 'bayesbox', kind: 'api_reference', lang: 'English', text: `# API reference: \`bayesbox.ConversionTest\`

\`\`\`python
class bayesbox.ConversionTest(prior=(1.0, 1.0), name=None)
\`\`\`

A Beta-Binomial model for binary outcomes.

**Parameters**

- **prior** (*tuple[float, float]*) — Beta prior \`(alpha, beta)\` shared by all variants. The default \`(1, 1)\` is uniform. Use \`bayesbox.priors.from_history(rate, strength)\` to build an informative prior.
- **name** (*str, optional*) — Label used in plots and reports.

## Methods

### \`add_variant(name, visitors, conversions)\`

Adds observed data for one variant.

- **name** (*str*) — Unique variant name.
- **visitors** (*int*) — Number of trials, must be ≥ 0.
- **conversions** (*int*) — Number of successes, must be ≤ \`visitors\`.

**Raises**

- \`ValueError\` if \`conversions > visitors\` or either value is negative.
- \`DuplicateVariantError\` if \`name\` was already added.

### \`evaluate(samples=100_000, seed=None, control=None)\`

Draws posterior samples and returns a \`Summary\`.

- **samples** (*int*) — Monte Carlo draws per variant.
- **seed** (*int | numpy.random.Generator | None*) — For reproducible results.
- **control** (*str, optional*) — If given, \`Summary.uplift\` is computed relative to this variant.

**Returns:** \`Summary\`

### \`from_frame(df, group, converted)\` *(classmethod)*

Builds a test from a pandas DataFrame with one row per visitor. \`converted\` must be a boolean or 0/1 column.

## \`bayesbox.Summary\`

| Attribute | Type | Description |
|-----------|------|-------------|
| \`prob_best\` | \`dict[str, float]\` | Probability each variant has the highest rate |
| \`expected_loss\` | \`dict[str, float]\` | Expected loss in absolute rate if chosen |
| \`credible_interval\` | \`dict[str, tuple[float, float]]\` | 95% equal-tailed interval |
| \`uplift\` | \`dict[str, float] \\| None\` | Mean relative uplift vs. \`control\` |

\`Summary.to_frame()\` returns a \`pandas.DataFrame\`; \`Summary.plot(ax=None)\` draws posterior densities.

## Example

\`\`\`python
test = bb.ConversionTest(prior=bb.priors.from_history(0.05, strength=200))
test.add_variant("A", 8_000, 402)
test.add_variant("B", 7_950, 431)
s = test.evaluate(seed=1, control="A")
if s.expected_loss["B"] < 0.001:
    print("Ship B")
\`\`\`` },
  { lib: 'bayesbox', kind: 'faq_troubleshooting', lang: 'English', text: `# Frequently asked questions

### How many visitors do I need?

Bayesian tests do not need a fixed sample size, but tiny samples give wide posteriors. Use \`bb.simulate.power(baseline=0.05, uplift=0.1, visitors_per_day=2_000)\` to estimate how long a test usually takes to reach your loss threshold.

### Can I look at results every day? Isn't that "peeking"?

You can look as often as you like; the posterior is valid at any point. What matters is your *decision rule*. Stopping when \`expected_loss\` drops below a threshold you chose in advance keeps the risk of a bad decision bounded. Stopping the moment \`P(best)\` first crosses 95% does not.

### My results change between runs.

\`evaluate()\` uses Monte Carlo sampling. Pass \`seed=\` for reproducible numbers, and increase \`samples\` if the third decimal place matters to you.

### \`ValueError: conversions (512) must not exceed visitors (498)\`

Usually a join error upstream: events counted per session but visitors counted per user, or duplicate conversion events. Deduplicate before calling \`add_variant\`.

### \`ImportError: plotting requires matplotlib\`

Install the extra: \`pip install "bayesbox[plot]"\`.

### Which prior should I use?

The default uniform prior is fine for most conversion tests with more than a few hundred visitors per variant. If you have a stable historical rate, \`bb.priors.from_history(rate, strength=100)\` speeds things up slightly without dominating the data. Avoid strengths larger than your expected sample size.

### Does bayesbox support more than two variants?

Yes. Add as many variants as you like; \`prob_best\` always sums to 1 across them.

### How do I report revenue in a currency?

\`RevenueTest\` is unit-agnostic. Pass amounts in any currency consistently, and format the output yourself.

### Results differ from an online calculator.

Check that both use the same prior and the same definition of the metric (per visitor vs. per converted user). Differences below 0.5 percentage points in \`P(best)\` are normal Monte Carlo noise.

Have a question that is not covered here? Ask on the [discussion board](https://github.com/bayesbox/bayesbox/discussions).` },
  { lib: 'brinepg', kind: 'readme', lang: 'English', text: `# brine

[![crates.io](https://img.shields.io/crates/v/brine-pg.svg)](https://crates.example.org/crates/brine-pg)
[![docs](https://img.shields.io/badge/docs-latest-blue.svg)](https://docs.example.org/brine-pg)
[![CI](https://github.com/brine-rs/brine/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/brine-rs/brine/actions)
[![codecov](https://codecov.io/gh/brine-rs/brine/branch/main/graph/badge.svg)](https://codecov.io/gh/brine-rs/brine)

An async PostgreSQL driver for Rust, written from scratch on top of Tokio. brine speaks the wire protocol directly, supports pipelining, and checks your SQL against the database at compile time with an optional macro.

## Getting started

\`\`\`toml
[dependencies]
brine-pg = "2"
tokio = { version = "1", features = ["full"] }
\`\`\`

\`\`\`rust
use brine_pg::{Pool, PoolConfig};

#[tokio::main]
async fn main() -> Result<(), brine_pg::Error> {
    let pool = Pool::connect(PoolConfig::from_env()?).await?;

    let rows = pool
        .query("SELECT id, email FROM users WHERE created_at > now() - interval '7 days'", &[])
        .await?;

    for row in rows {
        let id: i64 = row.get("id");
        let email: &str = row.get("email");
        println!("{id}: {email}");
    }
    Ok(())
}
\`\`\`

With the \`macros\` feature, queries are checked at build time:

\`\`\`rust
let user = brine_pg::query!("SELECT id, email FROM users WHERE id = $1", user_id)
    .fetch_one(&pool)
    .await?;
println!("{}", user.email);
\`\`\`

## Features

- Connection pooling with health checks
- Automatic statement caching and pipelined execution
- TLS via rustls (default) or native-tls
- \`COPY IN\`/\`COPY OUT\` streaming
- \`LISTEN\`/\`NOTIFY\` as an async \`Stream\`
- Types: \`uuid\`, \`chrono\`, \`time\`, \`serde_json\`, \`rust_decimal\` behind features

## Minimum supported Rust version

1.75

## License

MIT OR Apache-2.0` },
  { lib: 'brinepg', kind: 'configuration', lang: 'English', text: `# Configuring brine

\`PoolConfig\` can be built in code, parsed from a connection URL, or read from environment variables with \`PoolConfig::from_env()\`.

## From a URL

\`\`\`rust
let cfg: PoolConfig = "postgres://app@db.internal.example:5432/orders?sslmode=require&pool_max=32"
    .parse()?;
\`\`\`

## In code

\`\`\`rust
let cfg = PoolConfig::builder()
    .host("db.internal.example")
    .port(5432)
    .user("app")
    .password(std::env::var("PGPASSWORD")?)
    .dbname("orders")
    .ssl_mode(SslMode::VerifyFull)
    .max_size(32)
    .statement_cache_capacity(512)
    .build()?;
\`\`\`

## Options

| Builder method | URL param | Env var | Default | Notes |
|----------------|-----------|---------|---------|-------|
| \`host\` | host part | \`PGHOST\` | \`localhost\` | Unix socket path allowed |
| \`port\` | port part | \`PGPORT\` | \`5432\` | |
| \`user\` | user part | \`PGUSER\` | current OS user | |
| \`password\` | — | \`PGPASSWORD\` | none | Also reads \`~/.pgpass\` |
| \`dbname\` | path | \`PGDATABASE\` | same as \`user\` | |
| \`ssl_mode\` | \`sslmode\` | \`PGSSLMODE\` | \`prefer\` | \`disable\`, \`prefer\`, \`require\`, \`verify-ca\`, \`verify-full\` |
| \`ssl_root_cert\` | \`sslrootcert\` | \`PGSSLROOTCERT\` | system roots | PEM file |
| \`max_size\` | \`pool_max\` | \`BRINE_POOL_MAX\` | \`num_cpus * 4\` | |
| \`min_idle\` | \`pool_min_idle\` | \`BRINE_POOL_MIN_IDLE\` | \`0\` | |
| \`connect_timeout\` | \`connect_timeout\` | \`PGCONNECT_TIMEOUT\` | \`10s\` | |
| \`statement_cache_capacity\` | \`statement_cache\` | \`BRINE_STATEMENT_CACHE\` | \`256\` | \`0\` disables caching |
| \`application_name\` | \`application_name\` | \`PGAPPNAME\` | crate name | Shown in \`pg_stat_activity\` |

Passwords are deliberately not accepted as a URL query parameter, to keep them out of logs.

## PgBouncer in transaction mode

Prepared statements do not survive across server connections when PgBouncer runs in transaction pooling mode. Disable the cache:

\`\`\`rust
let cfg = PoolConfig::from_env()?.statement_cache_capacity(0);
\`\`\`

## Compile-time checking

The \`query!\` macro connects to the database named in \`BRINE_CHECK_URL\` at build time. For offline builds (CI, Docker), run \`cargo brine prepare\` to write query metadata to \`.brine/\` and commit it; set \`BRINE_OFFLINE=1\` to use it.` },
  { lib: 'brinepg', kind: 'migration_guide', lang: 'English', text: `# Migrating from brine 1.x to 2.0

brine 2.0 introduces a built-in connection pool, a new row API and a unified error type. This guide covers the changes in the order you are likely to hit them.

## \`Client::connect\` → \`Pool::connect\`

1.x handed you a single client and a background task you had to spawn:

\`\`\`rust
// 1.x
let (client, conn) = brine_pg::connect("postgres://app@localhost/db").await?;
tokio::spawn(conn);
let rows = client.query("SELECT 1", &[]).await?;
\`\`\`

2.0 manages connections for you:

\`\`\`rust
// 2.0
let pool = Pool::connect("postgres://app@localhost/db".parse()?).await?;
let rows = pool.query("SELECT 1", &[]).await?;
\`\`\`

If you really need a single dedicated connection (for \`LISTEN\`, say), use \`pool.acquire().await?\` or \`Connection::connect\`.

## Row access

\`row.get(0)\` still works. Getting a column by name now returns a \`Result\` in the fallible variant:

\`\`\`rust
// 1.x
let email: String = row.get_by_name("email").unwrap();

// 2.0
let email: String = row.get("email");          // panics on missing column / wrong type
let email: String = row.try_get("email")?;     // returns brine_pg::Error
\`\`\`

## Errors

The separate \`DbError\`, \`IoError\` and \`TlsError\` types are merged into \`brine_pg::Error\`. Inspect the kind with:

\`\`\`rust
match err.kind() {
    ErrorKind::Db(db) if db.code() == SqlState::UNIQUE_VIOLATION => { /* ... */ }
    ErrorKind::Timeout => { /* ... */ }
    _ => return Err(err.into()),
}
\`\`\`

## Feature flags

| 1.x feature | 2.0 feature |
|-------------|-------------|
| \`with-uuid\` | \`uuid\` |
| \`with-chrono\` | \`chrono\` |
| \`with-serde_json\` | \`json\` |
| \`tls\` | \`rustls\` (default) |

## Transactions

\`client.transaction()\` borrowed the client mutably. In 2.0 a \`Transaction\` owns its connection, so it can be passed between tasks:

\`\`\`rust
let mut tx = pool.begin().await?;
tx.execute("UPDATE accounts SET balance = balance - $1 WHERE id = $2", &[&amount, &from]).await?;
tx.execute("UPDATE accounts SET balance = balance + $1 WHERE id = $2", &[&amount, &to]).await?;
tx.commit().await?;
\`\`\`

Dropping an uncommitted transaction rolls it back.

## MSRV

The minimum supported Rust version is now 1.75.` },
  { lib: 'buttonwood', kind: 'readme', lang: 'English', text: `# Buttonwood

[![npm](https://img.shields.io/npm/v/buttonwood.svg?style=flat)](https://www.npmjs.com/package/buttonwood)
[![CircleCI](https://circleci.com/gh/buttonwood-js/buttonwood.svg?style=svg&branch=main)](https://circleci.com/gh/buttonwood-js/buttonwood)
[![Discord](https://img.shields.io/badge/chat-discord-5865F2.svg)](https://chat.buttonwood.example.com)

Buttonwood is a full-stack TypeScript web framework built around file-based routes, server actions and streaming HTML. It compiles to a single Node.js server or to static files, and it has no client-side JavaScript by default: you opt in per component with \`island()\`.

## Create a project

\`\`\`sh
npm create buttonwood@latest my-app
cd my-app
npm run dev
\`\`\`

Open http://localhost:5173.

## A page

\`\`\`tsx
// routes/posts/[slug].tsx
import { loader, type PageProps } from 'buttonwood';
import { getPost } from '../../lib/posts';

export const load = loader(async ({ params }) => {
  const post = await getPost(params.slug);
  if (!post) throw notFound();
  return { post };
});

export default function Post({ data }: PageProps<typeof load>) {
  return (
    <article>
      <h1>{data.post.title}</h1>
      <div innerHTML={data.post.html} />
    </article>
  );
}
\`\`\`

## A form with a server action

\`\`\`tsx
// routes/subscribe.tsx
import { action } from 'buttonwood';

export const subscribe = action(async (form: FormData) => {
  await db.subscribers.insert({ email: String(form.get('email')) });
  return redirect('/thanks');
});

export default () => (
  <form method="post" action={subscribe}>
    <input type="email" name="email" required />
    <button>Subscribe</button>
  </form>
);
\`\`\`

Forms work without JavaScript and are progressively enhanced when an island is present.

## Why Buttonwood

- Zero JS shipped unless you ask for it
- Type-safe loaders and actions end to end
- Streaming SSR with \`<Suspense>\`
- Adapters for Node, Bun, and static export

## License

MIT © Buttonwood contributors` },
  { lib: 'buttonwood', kind: 'contributing', lang: 'English', text: `# Contributing to Buttonwood

We love contributions from the community — bug reports, docs fixes, examples and new features alike.

## Ground rules

- Be respectful. All participants are expected to follow our [Code of Conduct](https://buttonwood.example.com/conduct).
- Security issues must **not** be filed as public issues. E-mail security@buttonwood.example instead.
- For anything bigger than a bug fix, please open an RFC discussion first at https://github.com/buttonwood-js/buttonwood/discussions/categories/rfcs.

## Repository layout

| Path | Contents |
|------|----------|
| \`packages/buttonwood\` | Core framework |
| \`packages/create-buttonwood\` | Project scaffolder |
| \`packages/adapter-*\` | Deployment adapters |
| \`docs/\` | Documentation site |
| \`examples/\` | Example apps used in integration tests |

## Setting up

You need Node.js 20+ and pnpm 9.

\`\`\`sh
git clone https://github.com/buttonwood-js/buttonwood.git
cd buttonwood
pnpm install
pnpm build
\`\`\`

## Running tests

\`\`\`sh
pnpm test              # unit tests (vitest)
pnpm test:e2e          # Playwright tests against examples/
pnpm lint              # eslint + prettier --check
pnpm typecheck
\`\`\`

To try your local build in another project, run \`pnpm link --global\` inside \`packages/buttonwood\`.

## Changesets

Every user-facing change needs a changeset:

\`\`\`sh
pnpm changeset
\`\`\`

Pick the affected packages, choose patch/minor/major and write one or two sentences for the changelog.

## Commit style

We use Conventional Commits (\`fix(router): decode percent-encoded params once\`). PR titles are squashed into the main branch, so the title matters most.

## Reviews

A maintainer will triage new pull requests within a few days. CI must be green, and at least one maintainer approval is required. Please keep pull requests focused; several small PRs are easier to review than one large one.

Thank you for helping make Buttonwood better!` },
  { lib: 'buttonwood', kind: 'changelog', lang: 'English', text: `# buttonwood

## 1.6.0

### Minor Changes

- a41c9e2: Add \`island({ when: 'visible' })\` to hydrate islands only when they scroll into view.
- 7be1d05: Server actions can now return a \`Response\` directly for file downloads.
- 0f3a882: New \`@buttonwood/adapter-bun\` package.

### Patch Changes

- 92dd1e0: Fix route params containing \`%2F\` being split into two segments.
- 5c6ab71: Avoid a full page reload when an action redirects to the current URL.

## 1.5.2

### Patch Changes

- e2b0c4f: Stream flushes no longer stall behind a slow \`<Suspense>\` boundary placed before a fast one.
- 3f1a9d8: Correct the \`PageProps\` type when \`load\` returns \`undefined\`.

## 1.5.1

### Patch Changes

- 61d77aa: The dev server now reloads when files in \`lib/\` change, not only in \`routes/\`.

## 1.5.0

### Minor Changes

- c3e8f40: Static export (\`buttonwood build --static\`) pre-renders every route without dynamic params and lists skipped routes.
- 1da9b27: \`loader()\` receives \`request\` and \`cookies\`.

### Patch Changes

- 8b7e0aa: Fix a memory leak in the dev server when many routes were edited in quick succession.

## 1.0.0

### Major Changes

- 4e2a1c5: First stable release.
  - \`routes/_layout.tsx\` replaces \`routes/__root.tsx\`.
  - \`useData()\` is removed; pages receive \`data\` as a prop.
  - Node.js 18 is the minimum supported version.` },
  { lib: 'bramyaml', kind: 'readme', lang: 'English', text: `# bramyaml

[![Build](https://github.com/bramyaml/bramyaml/actions/workflows/cmake.yml/badge.svg?branch=main)](https://github.com/bramyaml/bramyaml/actions)
[![Conan](https://img.shields.io/badge/conan-bramyaml%2F4.1.0-blue)](https://conan.example.org/center/bramyaml)
[![vcpkg](https://img.shields.io/badge/vcpkg-bramyaml-blue)](https://vcpkg.example.org/en/package/bramyaml)
[![License: BSL-1.0](https://img.shields.io/badge/license-BSL--1.0-green)](LICENSE_1_0.txt)

A YAML 1.2 parser and emitter for modern C++ (C++17 and later). bramyaml builds a DOM with value semantics, maps YAML onto your own structs with a single \`describe\` macro, and reports errors with line and column numbers.

## Installation

With CMake \`FetchContent\`:

\`\`\`cmake
include(FetchContent)
FetchContent_Declare(bramyaml
  GIT_REPOSITORY https://github.com/bramyaml/bramyaml.git
  GIT_TAG v4.1.0)
FetchContent_MakeAvailable(bramyaml)
target_link_libraries(my_app PRIVATE bramyaml::bramyaml)
\`\`\`

Or via a package manager: \`vcpkg install bramyaml\` / \`conan install --requires=bramyaml/4.1.0\`.

## Example

\`\`\`cpp
#include <bramyaml/bramyaml.hpp>
#include <iostream>

struct Server {
    std::string host;
    int port = 8080;
    std::vector<std::string> tags;
};
BRAMYAML_DESCRIBE(Server, host, port, tags)

int main() {
    auto doc = bram::yaml::parse_file("server.yaml");
    auto server = doc.as<Server>();
    std::cout << server.host << ':' << server.port << '\\n';

    doc["port"] = 9090;
    bram::yaml::write_file("server.yaml", doc);
}
\`\`\`

## Highlights

- YAML 1.2 core schema; passes 96% of the yaml-test-suite
- Anchors, aliases and merge keys (\`<<\`), with alias-expansion limits
- Comment-preserving round trips
- Exceptions or \`std::expected\`-style results, your choice
- Header-only option with \`BRAMYAML_HEADER_ONLY\`

## Supported compilers

GCC 9+, Clang 11+, MSVC 19.29+ (Visual Studio 2019 16.10).

## License

Boost Software License 1.0` },
  { lib: 'bramyaml', kind: 'api_reference', lang: 'English', text: `# bramyaml reference

Namespace: \`bram::yaml\`. Include \`<bramyaml/bramyaml.hpp>\`.

## Parsing

\`\`\`cpp
node parse(std::string_view text, const parse_options& opts = {});
node parse_file(const std::filesystem::path& path, const parse_options& opts = {});
std::vector<node> parse_all(std::string_view text, const parse_options& opts = {});
result<node> try_parse(std::string_view text, const parse_options& opts = {}) noexcept;
\`\`\`

\`parse\` and \`parse_file\` throw \`parse_error\` on malformed input. \`parse_all\` returns one node per \`---\` document. \`try_parse\` never throws; check \`result::has_value()\`.

### \`parse_options\`

| Member | Type | Default | Description |
|--------|------|---------|-------------|
| \`max_depth\` | \`std::size_t\` | \`256\` | Nesting limit; deeper input fails with \`depth_exceeded\` |
| \`max_alias_expansion\` | \`std::size_t\` | \`100'000\` | Total nodes produced by aliases (guards against "billion laughs") |
| \`allow_duplicate_keys\` | \`bool\` | \`false\` | When \`false\`, duplicate mapping keys are an error |
| \`keep_comments\` | \`bool\` | \`false\` | Attach comments to nodes for round-tripping |
| \`schema\` | \`schema_kind\` | \`schema_kind::core\` | \`core\`, \`json\` or \`failsafe\` |

## \`class node\`

| Member | Description |
|--------|-------------|
| \`kind() const\` | \`null\`, \`scalar\`, \`sequence\` or \`mapping\` |
| \`operator[](std::string_view key)\` | Mapping access; inserts a null node on a non-const node |
| \`operator[](std::size_t i)\` | Sequence access; throws \`type_error\` if out of range |
| \`template<class T> T as() const\` | Converts to \`T\`; throws \`type_error\` on mismatch |
| \`template<class T> std::optional<T> get(std::string_view key) const\` | Missing key or mismatch → \`std::nullopt\` |
| \`contains(std::string_view key) const\` | Mapping key test |
| \`size() const\` | Elements in a sequence or mapping |
| \`mark() const\` | \`{line, column}\` of the node in the source |

## Errors

All exceptions derive from \`bram::yaml::error\`, which derives from \`std::runtime_error\`.

\`\`\`cpp
try {
    auto cfg = bram::yaml::parse_file("config.yaml").as<Config>();
} catch (const bram::yaml::parse_error& e) {
    std::cerr << e.mark().line << ':' << e.mark().column << ": " << e.what() << '\\n';
}
\`\`\`

| Exception | Raised when |
|-----------|-------------|
| \`parse_error\` | Syntax error, depth or alias limits exceeded |
| \`type_error\` | \`as<T>()\` on an incompatible node |
| \`key_error\` | \`at(key)\` on a missing key |` },
  { lib: 'bramyaml', kind: 'migration_guide', lang: 'English', text: `# Migrating from bramyaml 3 to 4

bramyaml 4 requires C++17, moves everything into the \`bram::yaml\` namespace and makes mapping access safer. Expect to spend most of the time on search-and-replace.

## Namespace and header

\`\`\`diff
- #include <bramyaml.h>
- bramyaml::Node doc = bramyaml::Load(text);
+ #include <bramyaml/bramyaml.hpp>
+ bram::yaml::node doc = bram::yaml::parse(text);
\`\`\`

| 3.x | 4.x |
|-----|-----|
| \`bramyaml::Node\` | \`bram::yaml::node\` |
| \`bramyaml::Load\` | \`bram::yaml::parse\` |
| \`bramyaml::LoadFile\` | \`bram::yaml::parse_file\` |
| \`bramyaml::Dump\` | \`bram::yaml::dump\` |
| \`bramyaml::ParserException\` | \`bram::yaml::parse_error\` |
| \`Node::IsDefined()\` | \`node::contains(key)\` on the parent |

## Const access no longer inserts

In 3.x, reading \`doc["missing"]\` on a const node silently returned an undefined node, and on a non-const node inserted \`null\`. In 4.x, const \`operator[]\` throws \`key_error\`. Use \`get\` when a key is optional:

\`\`\`cpp
// 3.x
int port = doc["port"] ? doc["port"].as<int>() : 8080;

// 4.x
int port = doc.get<int>("port").value_or(8080);
\`\`\`

## Struct mapping

The \`convert<T>\` specialisations from 3.x still compile, but the new macro is shorter and produces better error messages:

\`\`\`cpp
// 3.x
namespace bramyaml {
template <> struct convert<Server> {
    static bool decode(const Node& n, Server& s) {
        s.host = n["host"].as<std::string>();
        s.port = n["port"].as<int>();
        return true;
    }
};
}

// 4.x
BRAMYAML_DESCRIBE(Server, host, port)
\`\`\`

## Duplicate keys

Duplicate keys in a mapping are now an error by default, as required by the YAML spec. Set \`parse_options::allow_duplicate_keys = true\` to keep the old "last one wins" behaviour while you clean up your files.

## Build system

The CMake target is now \`bramyaml::bramyaml\` (was \`bramyaml\`). The option \`BRAMYAML_BUILD_SHARED\` is replaced by the standard \`BUILD_SHARED_LIBS\`.

## Removed

- \`Node::Type()\` returning an \`int\`; use \`node::kind()\`.
- The \`BRAMYAML_CPP03\` compatibility mode.` },
  { lib: 'boltmeter', kind: 'readme', lang: 'English', text: `# boltmeter

[![Go](https://github.com/boltmeter/boltmeter/actions/workflows/go.yml/badge.svg?branch=main)](https://github.com/boltmeter/boltmeter/actions)
[![Docker Image](https://img.shields.io/badge/image-boltmeter%3A0.14-blue)](https://github.com/boltmeter/boltmeter/pkgs/container/boltmeter)
[![License](https://img.shields.io/github/license/boltmeter/boltmeter)](LICENSE)

boltmeter is a Prometheus exporter for electrical and environmental sensors: smart plugs, Modbus energy meters, MQTT temperature sensors and UPS units. Point it at your devices and scrape \`/metrics\`.

## Quick start

\`\`\`sh
docker run -d --name boltmeter -p 9417:9417 \\
  -v $PWD/boltmeter.yml:/etc/boltmeter.yml:ro \\
  registry.boltmeter.example.org/boltmeter:0.14
\`\`\`

Then add a scrape job to Prometheus:

\`\`\`yaml
scrape_configs:
  - job_name: boltmeter
    static_configs:
      - targets: ['boltmeter.lan.example:9417']
\`\`\`

## Example metrics

\`\`\`
# HELP boltmeter_power_watts Instantaneous active power.
# TYPE boltmeter_power_watts gauge
boltmeter_power_watts{device="office-desk",source="shelly"} 87.4
boltmeter_energy_kwh_total{device="heat-pump",source="modbus"} 12873.2
boltmeter_temperature_celsius{device="server-closet",source="mqtt"} 27.9
boltmeter_ups_battery_charge_ratio{device="rack-ups"} 1
boltmeter_scrape_success{device="garage-meter"} 0
\`\`\`

## Supported sources

| Source | Protocol | Notes |
|--------|----------|-------|
| \`shelly\` | HTTP | Gen1 and Gen2 devices |
| \`tasmota\` | HTTP | \`Status 8\` energy readings |
| \`modbus\` | Modbus TCP/RTU | Register maps for 14 common meters included |
| \`mqtt\` | MQTT 3.1.1/5 | JSON or plain payloads, configurable paths |
| \`nut\` | NUT protocol | UPS metrics via upsd |

## Building from source

\`\`\`sh
go install github.com/boltmeter/boltmeter/cmd/boltmeter@latest
\`\`\`

## Grafana

An importable dashboard is available in [\`dashboards/overview.json\`](dashboards/overview.json).

![Dashboard preview](https://boltmeter.example.org/img/dashboard.png)

## License

MIT` },
  { lib: 'boltmeter', kind: 'configuration', lang: 'English', text: `# Configuration file

boltmeter reads a single YAML file, by default \`/etc/boltmeter.yml\`. Override the path with \`--config.file\` or \`BOLTMETER_CONFIG\`.

\`\`\`yaml
listen: ":9417"
scrape_interval: 15s
timeout: 5s

sources:
  - name: office-desk
    type: shelly
    address: http://192.168.10.31
    auth:
      username: admin
      password_env: SHELLY_PASSWORD

  - name: heat-pump
    type: modbus
    address: tcp://192.168.10.50:502
    unit_id: 1
    model: eastron-sdm630

  - name: server-closet
    type: mqtt
    broker: mqtt://broker.lan.example:1883
    topic: sensors/closet/state
    fields:
      temperature_celsius: $.temp
      humidity_ratio: $.hum / 100

  - name: rack-ups
    type: nut
    address: ups.lan.example:3493
    ups: rack
\`\`\`

## Global settings

| Key | Default | Description |
|-----|---------|-------------|
| \`listen\` | \`:9417\` | Address for the HTTP server |
| \`scrape_interval\` | \`15s\` | How often devices are polled (independent of Prometheus scrapes) |
| \`timeout\` | \`5s\` | Per-device request timeout |
| \`metrics_path\` | \`/metrics\` | Path for Prometheus metrics |
| \`stale_after\` | \`3 × scrape_interval\` | Drop readings older than this |
| \`log.level\` | \`info\` | \`debug\`, \`info\`, \`warn\`, \`error\` |
| \`log.format\` | \`logfmt\` | \`logfmt\` or \`json\` |

## Per-source settings

Every source needs \`name\` and \`type\`. Extra labels can be attached to all metrics from a source:

\`\`\`yaml
  - name: garage-meter
    type: tasmota
    address: http://garage-plug.lan.example
    labels:
      room: garage
      circuit: "7"
\`\`\`

## Secrets

Fields ending in \`_env\` read their value from an environment variable, and fields ending in \`_file\` from a file (useful with Docker secrets). Plain-text \`password:\` values still work but are logged as a warning at startup.

## Command-line flags

| Flag | Description |
|------|-------------|
| \`--config.file\` | Path to the config file |
| \`--config.check\` | Validate the config and exit |
| \`--web.listen-address\` | Overrides \`listen\` |
| \`--log.level\` | Overrides \`log.level\` |

Send \`SIGHUP\` or \`POST /-/reload\` to reload the configuration without restarting.` },
  { lib: 'boltmeter', kind: 'changelog', lang: 'English', text: `# Changelog

## v0.14.0 — 2024-10-12

### Added
- \`nut\` source for UPS metrics via the Network UPS Tools protocol.
- \`_file\` suffix for secret fields, for use with Docker and Kubernetes secrets.
- Register map for the Carlo Gavazzi EM24 meter.

### Changed
- \`boltmeter_energy_kwh\` renamed to \`boltmeter_energy_kwh_total\` to follow Prometheus naming conventions for counters. The old name is still exported with a \`deprecated="true"\` label until v0.16.

### Fixed
- MQTT sources reconnect after the broker restarts instead of staying silent.

## v0.13.2 — 2024-08-03

### Fixed
- Modbus RTU over serial no longer leaks a file descriptor on timeout.
- \`--config.check\` exits with status 1 (not 0) on invalid configs.

## v0.13.1 — 2024-07-18

### Fixed
- Shelly Gen2 devices with firmware 1.3 return power as a string; it is now parsed correctly.

## v0.13.0 — 2024-06-22

### Added
- Hot reload via \`SIGHUP\` and \`POST /-/reload\`.
- \`stale_after\` setting so that offline devices disappear from \`/metrics\`.
- Multi-arch images for \`linux/arm/v7\` (Raspberry Pi 2/3).

### Changed
- Default \`scrape_interval\` lowered from 30s to 15s.

## v0.12.0 — 2024-04-02

### Breaking
- Configuration key \`devices:\` renamed to \`sources:\`. boltmeter refuses to start with the old key and prints the required change.

### Added
- JSONPath-style expressions in MQTT \`fields\`, including simple arithmetic.` },
  { lib: 'bambooflow', kind: 'readme', lang: 'Chinese', text: `# bambooflow 🎋

[![PyPI](https://img.shields.io/pypi/v/bambooflow.svg)](https://pypi.example.org/project/bambooflow/)
[![测试](https://github.com/bamboo-dev/bambooflow/actions/workflows/test.yml/badge.svg?branch=main)](https://github.com/bamboo-dev/bambooflow/actions)
[![文档](https://img.shields.io/badge/文档-中文-red.svg)](https://bambooflow.example.org/zh/)

[English](README.md) | 简体中文

bambooflow 是一个轻量级的 Python 工作流调度框架。你只需要用普通的 Python 函数定义任务，用装饰器声明依赖关系，bambooflow 就会自动构建有向无环图（DAG），并按照依赖顺序并行执行。它不需要单独部署数据库或消息队列，适合数据处理脚本、定时报表和中小规模的 ETL 场景。

## 安装

\`\`\`bash
pip install bambooflow
\`\`\`

需要 Python 3.9 及以上版本。如需 Web 控制台，请安装可选依赖：

\`\`\`bash
pip install "bambooflow[ui]"
\`\`\`

## 快速开始

\`\`\`python
from bambooflow import Flow, task

flow = Flow("daily_report", schedule="0 6 * * *")

@task(flow)
def extract():
    return load_orders(date="yesterday")

@task(flow, depends_on=[extract], retries=3)
def transform(orders):
    return summarize(orders)

@task(flow, depends_on=[transform])
def publish(summary):
    send_report(summary, to="ops@company.example")

if __name__ == "__main__":
    flow.run()
\`\`\`

运行 \`bambooflow run daily_report.py\` 会立即执行一次；运行 \`bambooflow serve\` 则会按照 \`schedule\` 中的 cron 表达式定时执行。

## 主要特性

- **零基础设施**：默认使用本地 SQLite 记录运行状态，也可切换到 PostgreSQL
- **自动并行**：没有依赖关系的任务会在线程池或进程池中并行运行
- **失败重试**：支持指数退避重试和超时控制
- **增量回填**：\`bambooflow backfill --start 2024-01-01 --end 2024-01-31\` 补跑历史日期
- **可视化**：内置 Web 控制台，可查看 DAG 结构、运行日志和耗时统计

## 文档

完整的中文文档请访问 https://bambooflow.example.org/zh/ 。配置说明见 [配置文档](docs/zh/configuration.md)，常见问题见 [FAQ](docs/zh/faq.md)。

## 参与贡献

欢迎提交 Issue 和 Pull Request！提交代码前请先阅读 [贡献指南](CONTRIBUTING.md)。

## 许可证

本项目基于 MIT 许可证开源。` },
  { lib: 'bambooflow', kind: 'configuration', lang: 'Chinese', text: `# 配置说明

bambooflow 按以下优先级读取配置（后者覆盖前者）：

1. 内置默认值
2. 项目根目录下的 \`bambooflow.toml\` 文件
3. 以 \`BAMBOOFLOW_\` 为前缀的环境变量
4. 命令行参数

## 配置文件示例

\`\`\`toml
[core]
state_backend = "postgresql"
database_url = "postgresql://flow@db.internal.example:5432/bamboo"
executor = "process"
max_workers = 8
timezone = "Asia/Shanghai"

[retry]
default_retries = 2
backoff_seconds = 30
max_backoff_seconds = 600

[ui]
host = "0.0.0.0"
port = 8765

[logging]
level = "INFO"
dir = "/var/log/bambooflow"
\`\`\`

## 配置项一览

| 配置项 | 环境变量 | 默认值 | 说明 |
|--------|----------|--------|------|
| \`core.state_backend\` | \`BAMBOOFLOW_STATE_BACKEND\` | \`sqlite\` | 运行状态存储后端，可选 \`sqlite\` 或 \`postgresql\` |
| \`core.database_url\` | \`BAMBOOFLOW_DATABASE_URL\` | \`sqlite:///.bamboo/state.db\` | 状态数据库连接地址 |
| \`core.executor\` | \`BAMBOOFLOW_EXECUTOR\` | \`thread\` | 执行器类型：\`thread\`、\`process\` 或 \`serial\` |
| \`core.max_workers\` | \`BAMBOOFLOW_MAX_WORKERS\` | CPU 核数 | 最大并行任务数 |
| \`core.timezone\` | \`BAMBOOFLOW_TIMEZONE\` | \`UTC\` | 解析 cron 表达式时使用的时区 |
| \`retry.default_retries\` | \`BAMBOOFLOW_DEFAULT_RETRIES\` | \`0\` | 任务未指定 \`retries\` 时的默认重试次数 |
| \`retry.backoff_seconds\` | \`BAMBOOFLOW_BACKOFF_SECONDS\` | \`10\` | 首次重试前的等待秒数，之后按指数增长 |
| \`ui.port\` | \`BAMBOOFLOW_UI_PORT\` | \`8765\` | Web 控制台端口 |
| \`logging.level\` | \`BAMBOOFLOW_LOG_LEVEL\` | \`INFO\` | 日志级别 |

## 数据库密码

不建议把密码直接写进 \`bambooflow.toml\`。可以在 \`database_url\` 中省略密码，然后通过环境变量 \`BAMBOOFLOW_DATABASE_PASSWORD\` 提供，或者使用 PostgreSQL 的 \`~/.pgpass\` 文件。

## 选择执行器

- \`thread\`：适合以 I/O 为主的任务，例如调用 HTTP 接口、读写数据库。
- \`process\`：适合 CPU 密集型任务，例如 pandas 大表计算。注意任务的参数和返回值必须可以被 pickle 序列化。
- \`serial\`：所有任务依次执行，便于调试。

## 检查配置

\`\`\`bash
bambooflow config show      # 打印合并后的最终配置
bambooflow config validate  # 校验配置文件格式
\`\`\`` },
  { lib: 'bambooflow', kind: 'faq_troubleshooting', lang: 'Chinese', text: `# 常见问题与故障排查

### 1. 运行时报错 \`CycleError: 检测到循环依赖: a -> b -> a\`

任务之间的依赖关系不能形成环。请检查 \`depends_on\` 参数，确认没有两个任务互相依赖。可以运行下面的命令查看完整的依赖图：

\`\`\`bash
bambooflow graph daily_report.py --format text
\`\`\`

### 2. 定时任务没有按时执行

- 确认 \`bambooflow serve\` 进程正在运行，\`bambooflow run\` 只会执行一次。
- 检查 \`core.timezone\` 配置。cron 表达式默认按 UTC 解析，如果你希望按北京时间每天 6 点执行，需要设置 \`timezone = "Asia/Shanghai"\`。
- 查看日志中是否有 \`skipped: previous run still active\`，说明上一次运行还没有结束。可以通过 \`Flow(..., max_active_runs=2)\` 放宽限制。

### 3. 使用 \`process\` 执行器时报 \`PicklingError\`

进程池需要序列化任务函数及其参数。请确保：

- 任务函数定义在模块顶层，而不是定义在其他函数内部；
- 返回值中不包含数据库连接、文件句柄、锁等无法序列化的对象。

如果任务主要是网络请求，改用 \`thread\` 执行器通常更简单。

### 4. SQLite 报 \`database is locked\`

多个 \`bambooflow serve\` 进程同时写同一个 SQLite 文件时会出现此问题。单机多进程部署请改用 PostgreSQL：

\`\`\`toml
[core]
state_backend = "postgresql"
database_url = "postgresql://flow@localhost:5432/bamboo"
\`\`\`

### 5. 如何只重跑失败的任务？

\`\`\`bash
bambooflow retry daily_report --run-id 20240915T060000 --only-failed
\`\`\`

已经成功的上游任务会直接复用上次保存的结果，不会重复执行。

### 6. 任务结果保存在哪里？

默认情况下，任务返回值会序列化后保存在 \`.bamboo/results/\` 目录。如果返回值很大（例如几 GB 的 DataFrame），建议在任务内部把数据写到对象存储，只返回文件路径。

### 7. Web 控制台打不开

确认已经安装了 \`bambooflow[ui]\`，并检查端口是否被占用。控制台默认只监听 \`127.0.0.1\`，如需从其他机器访问，请设置 \`ui.host\`，并务必在前面加一层带身份验证的反向代理。

### 8. 还是没有解决？

请在 https://github.com/bamboo-dev/bambooflow/issues 提交 Issue，并附上 \`bambooflow --version\` 的输出、Python 版本、操作系统以及能复现问题的最小示例。` },
  { lib: 'brightlog', kind: 'readme', lang: 'Chinese', text: `# brightlog

[![Go Reference](https://pkg.go.dev/badge/github.com/brightlog/brightlog.svg)](https://pkg.go.dev/github.com/brightlog/brightlog)
[![CI](https://github.com/brightlog/brightlog/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/brightlog/brightlog/actions)
[![覆盖率](https://codecov.io/gh/brightlog/brightlog/branch/main/graph/badge.svg)](https://codecov.io/gh/brightlog/brightlog)

简体中文 | [English](README.en.md)

brightlog 是一个为 Go 语言设计的高性能结构化日志库。它在记录日志时几乎不产生内存分配，同时提供友好的链式 API，可以输出 JSON 格式（适合生产环境的日志采集）或彩色文本格式（适合本地开发）。brightlog 兼容标准库的 \`log/slog\` 接口，可以平滑地接入现有项目。

## 安装

\`\`\`bash
go get github.com/brightlog/brightlog
\`\`\`

要求 Go 1.21 或更高版本。

## 快速上手

\`\`\`go
package main

import (
	"os"
	"time"

	"github.com/brightlog/brightlog"
)

func main() {
	log := brightlog.New(os.Stdout,
		brightlog.WithLevel(brightlog.InfoLevel),
		brightlog.WithTimestamp(time.RFC3339),
	)

	log.Info().
		Str("service", "order-api").
		Int("port", 8080).
		Msg("服务已启动")

	reqLog := log.With().Str("request_id", "a1b2c3").Logger()
	reqLog.Warn().Dur("elapsed", 1500*time.Millisecond).Msg("请求处理较慢")
}
\`\`\`

输出示例：

\`\`\`json
{"level":"info","time":"2024-09-20T10:00:00+08:00","service":"order-api","port":8080,"msg":"服务已启动"}
{"level":"warn","time":"2024-09-20T10:00:01+08:00","request_id":"a1b2c3","elapsed":"1.5s","msg":"请求处理较慢"}
\`\`\`

## 特性

- 热路径零内存分配，基准测试中每条日志约 45 ns
- 支持 JSON、logfmt 和彩色控制台三种输出格式
- 支持按级别采样，避免高频日志刷屏
- 提供 \`slog.Handler\` 适配器
- 自动脱敏：对名为 \`password\`、\`token\` 等字段的值输出 \`***\`

## 性能对比

| 库 | 每条耗时 | 每条分配次数 |
|----|----------|--------------|
| brightlog | 45 ns | 0 |
| 标准库 slog（JSON） | 310 ns | 2 |
| fmt.Printf | 520 ns | 3 |

测试环境与脚本见 \`bench/\` 目录。

## 许可证

Apache-2.0` },
  { lib: 'brightlog', kind: 'api_reference', lang: 'Chinese', text: `# brightlog API 参考

本文档介绍 brightlog v2 中最常用的类型和方法。完整的自动生成文档请参阅 pkg.go.dev。

## 创建 Logger

\`\`\`go
func New(w io.Writer, opts ...Option) *Logger
\`\`\`

创建一个写入 \`w\` 的 Logger。\`w\` 必须是并发安全的；如果不是，请使用 \`brightlog.SyncWriter(w)\` 包装。

### 可选项

| 选项 | 说明 | 默认值 |
|------|------|--------|
| \`WithLevel(l Level)\` | 最低输出级别 | \`InfoLevel\` |
| \`WithFormat(f Format)\` | \`FormatJSON\`、\`FormatLogfmt\` 或 \`FormatConsole\` | \`FormatJSON\` |
| \`WithTimestamp(layout string)\` | 时间格式，传空字符串则不输出时间 | \`time.RFC3339\` |
| \`WithCaller(skip int)\` | 在日志中附带调用位置 \`file:line\` | 关闭 |
| \`WithSampler(s Sampler)\` | 日志采样策略 | 不采样 |
| \`WithRedactKeys(keys ...string)\` | 追加需要脱敏的字段名 | \`password\`、\`token\`、\`secret\` |

## 日志级别

\`TraceLevel\` < \`DebugLevel\` < \`InfoLevel\` < \`WarnLevel\` < \`ErrorLevel\` < \`FatalLevel\`

对应的方法为 \`log.Trace()\`、\`log.Debug()\`、\`log.Info()\`、\`log.Warn()\`、\`log.Error()\` 和 \`log.Fatal()\`。它们都返回 \`*Event\`。当级别低于阈值时返回 \`nil\`，后续链式调用是安全的空操作，不会产生开销。

> 注意：\`Fatal()\` 在写完日志后会调用 \`os.Exit(1)\`，延迟函数不会执行。

## Event 方法

| 方法 | 说明 |
|------|------|
| \`Str(key, val string)\` | 字符串字段 |
| \`Int(key string, val int)\` / \`Int64\` / \`Uint64\` | 整数字段 |
| \`Float64(key string, val float64)\` | 浮点数字段 |
| \`Bool(key string, val bool)\` | 布尔字段 |
| \`Dur(key string, d time.Duration)\` | 时长，输出为 \`"1.5s"\` 形式 |
| \`Err(err error)\` | 以 \`error\` 为键记录错误，\`err\` 为 \`nil\` 时忽略 |
| \`Any(key string, v any)\` | 任意值，通过反射序列化，会产生内存分配 |
| \`Msg(msg string)\` | 写出日志，结束链式调用 |
| \`Msgf(format string, args ...any)\` | 格式化消息后写出 |

每个 \`Event\` 必须以 \`Msg\` 或 \`Msgf\` 结束，否则该条日志不会输出，且对象不会归还到对象池。

## 子 Logger

\`\`\`go
child := log.With().Str("module", "payment").Logger()
\`\`\`

子 Logger 会在每条日志中携带这些字段，适合在请求处理函数开头创建。

## 与 slog 集成

\`\`\`go
handler := brightlog.NewSlogHandler(log)
slog.SetDefault(slog.New(handler))
slog.Info("来自 slog 的日志", "user_id", 42)
\`\`\`` },
  { lib: 'brightlog', kind: 'changelog', lang: 'Chinese', text: `# 更新日志

本项目遵循 [语义化版本](https://semver.example.org/lang/zh-CN/) 规范。

## [2.4.0] - 2024-09-02

### 新增
- 新增 \`WithRedactKeys\` 选项，可自定义需要脱敏的字段名。
- \`Event\` 新增 \`IPAddr\` 和 \`MACAddr\` 方法。
- 控制台格式支持通过环境变量 \`NO_COLOR\` 关闭颜色。

### 修复
- 修复 \`Msgf\` 在参数中包含 \`%%\` 时输出多余百分号的问题。
- 修复在 Windows 终端下彩色输出显示为乱码的问题。

## [2.3.1] - 2024-07-15

### 修复
- 修复并发调用 \`With()\` 时偶发的数据竞争（由 \`go test -race\` 发现）。
- \`SyncWriter\` 在底层 Writer 返回错误后不再吞掉错误，而是通过 \`ErrorHandler\` 上报。

## [2.3.0] - 2024-05-28

### 新增
- 新增 \`BurstSampler\`：每秒前 N 条日志全部输出，之后按比例采样。
- 新增 \`NewSlogHandler\`，可作为标准库 \`log/slog\` 的后端使用。

### 变更
- 最低 Go 版本提升至 1.21。

## [2.2.0] - 2024-03-30

### 新增
- \`WithCaller\` 支持传入 \`skip\` 参数，方便在封装函数中记录真实的调用位置。
- 新增 \`FormatLogfmt\` 下的字段排序选项，保证输出顺序稳定，便于 diff 对比。

### 修复
- 修复 \`Dur\` 在时长为负数时输出格式不正确的问题。

## [2.0.0] - 2024-01-10

### 破坏性变更
- 模块路径由 \`github.com/brightlog/brightlog/v1\` 变更为 \`github.com/brightlog/brightlog\`。
- \`log.Infof\` 等格式化方法已移除，请改用 \`log.Info().Msgf(...)\`。
- \`Fields(map[string]interface{})\` 更名为 \`Any\`，并且每次只接受一个键值对。
- 默认时间格式由 Unix 时间戳改为 RFC3339。

### 新增
- 全新的零分配编码器，JSON 输出性能提升约 2.5 倍。
- 新增 logfmt 输出格式。

## [1.9.3] - 2023-11-21

### 安全
- 修复当字段值包含未转义的控制字符时，JSON 输出可能被注入伪造日志行的问题。建议所有 1.x 用户升级。` },
  { lib: 'bladecache', kind: 'readme', lang: 'Chinese', text: `# BladeCache

[![Maven Central](https://img.shields.io/maven-central/v/io.bladecache/bladecache-core.svg)](https://search.maven.example.org/artifact/io.bladecache/bladecache-core)
[![构建状态](https://github.com/bladecache/bladecache/actions/workflows/build.yml/badge.svg?branch=main)](https://github.com/bladecache/bladecache/actions)
[![Java](https://img.shields.io/badge/Java-17%2B-orange.svg)](https://openjdk.example.org)

BladeCache 是一个面向 Java 17+ 的高性能本地缓存与二级缓存库。它在进程内使用基于 W-TinyLFU 的淘汰算法，命中率接近理论最优；同时可以选择接入 Redis 作为二级缓存，并通过发布/订阅机制在多个实例之间同步失效通知。

## 引入依赖

Maven：

\`\`\`xml
<dependency>
  <groupId>io.bladecache</groupId>
  <artifactId>bladecache-core</artifactId>
  <version>3.1.2</version>
</dependency>
\`\`\`

Gradle：

\`\`\`groovy
implementation 'io.bladecache:bladecache-core:3.1.2'
// 可选：Redis 二级缓存
implementation 'io.bladecache:bladecache-redis:3.1.2'
\`\`\`

## 快速开始

\`\`\`java
Cache<Long, User> users = BladeCache.builder()
        .maximumSize(10_000)
        .expireAfterWrite(Duration.ofMinutes(10))
        .recordStats()
        .build();

User user = users.get(42L, id -> userRepository.findById(id));

System.out.println(users.stats().hitRate());
\`\`\`

\`get(key, loader)\` 保证同一个键在并发场景下只会调用一次加载函数，其余线程会等待结果，从而避免缓存击穿。

## Spring Boot 集成

\`\`\`java
@Cacheable(cacheNames = "users", key = "#id")
public User findUser(long id) { ... }
\`\`\`

引入 \`bladecache-spring-boot-starter\` 后，在 \`application.yml\` 中配置：

\`\`\`yaml
bladecache:
  caches:
    users:
      maximum-size: 10000
      expire-after-write: 10m
\`\`\`

## 特性

- W-TinyLFU 淘汰策略，命中率高
- 支持基于大小、权重、写入时间和访问时间的过期
- 异步刷新：\`refreshAfterWrite\` 在后台更新数据，不阻塞读请求
- 可选 Redis 二级缓存与跨实例失效同步
- 提供 Micrometer 指标

## 文档

- [从 2.x 迁移到 3.0](docs/zh/migration-3.0.md)
- [安全策略](SECURITY.zh-CN.md)

## 许可证

Apache License 2.0` },
  { lib: 'bladecache', kind: 'migration_guide', lang: 'Chinese', text: `# 从 BladeCache 2.x 迁移到 3.0

3.0 版本对 API 进行了整理，要求 Java 17 及以上，并将 Redis 支持拆分为独立模块。本文列出所有不兼容的变更以及对应的修改方法。

## 1. 最低 Java 版本

2.x 支持 Java 8，3.0 起最低要求 Java 17。如果你的项目仍在使用 Java 8 或 11，请继续使用 2.9.x 版本，该版本会提供安全修复直至 2025 年底。

## 2. 包名变更

\`\`\`diff
- import com.bladecache.CacheBuilder;
- import com.bladecache.LoadingCache;
+ import io.bladecache.BladeCache;
+ import io.bladecache.Cache;
\`\`\`

Maven 的 \`groupId\` 也由 \`com.bladecache\` 变更为 \`io.bladecache\`。

## 3. 构建方式

**迁移前（2.x）：**

\`\`\`java
LoadingCache<Long, User> cache = CacheBuilder.newBuilder()
        .maxSize(10_000)
        .ttl(600, TimeUnit.SECONDS)
        .build(new CacheLoader<Long, User>() {
            @Override
            public User load(Long id) {
                return userRepository.findById(id);
            }
        });
\`\`\`

**迁移后（3.0）：**

\`\`\`java
Cache<Long, User> cache = BladeCache.builder()
        .maximumSize(10_000)
        .expireAfterWrite(Duration.ofMinutes(10))
        .build();

User user = cache.get(id, userRepository::findById);
\`\`\`

加载函数不再绑定在缓存对象上，而是在调用 \`get\` 时传入。如果希望保留"自动加载"的写法，可以使用 \`buildLoading(loader)\`。

## 4. 方法重命名

| 2.x | 3.0 |
|-----|-----|
| \`maxSize(long)\` | \`maximumSize(long)\` |
| \`ttl(long, TimeUnit)\` | \`expireAfterWrite(Duration)\` |
| \`idleTtl(long, TimeUnit)\` | \`expireAfterAccess(Duration)\` |
| \`getIfPresent(key)\` | \`getIfPresent(key)\`（不变） |
| \`invalidateAll(Iterable)\` | \`invalidateAll(Collection)\` |
| \`CacheStats.hitRatio()\` | \`CacheStats.hitRate()\` |

## 5. \`get\` 不再抛出受检异常

2.x 中 \`get\` 会抛出 \`ExecutionException\`。3.0 中加载函数抛出的异常会被包装为非受检的 \`CacheLoadException\`，你可以删除多余的 \`try/catch\`。

## 6. Redis 模块拆分

Redis 二级缓存已移至 \`bladecache-redis\` 模块，配置项前缀由 \`bladecache.redis.*\` 改为 \`bladecache.l2.redis.*\`。

## 需要帮助？

如果在迁移过程中遇到问题，请在 GitHub Discussions 中使用 \`migration-3.0\` 标签提问。` },
  { lib: 'bladecache', kind: 'security_policy', lang: 'Chinese', text: `# 安全策略

感谢你帮助 BladeCache 变得更加安全。我们非常重视安全问题，并会尽快处理每一份报告。

## 支持的版本

| 版本 | 是否提供安全更新 |
|------|------------------|
| 3.1.x | ✅ 是 |
| 3.0.x | ✅ 是（至 2025-03-31） |
| 2.9.x | ✅ 是（仅限高危漏洞，至 2025-12-31） |
| 2.8.x 及更早 | ❌ 否 |

## 报告漏洞

**请不要通过公开的 GitHub Issue 报告安全漏洞。**

请发送邮件至 **security@bladecache.example**，或者在 GitHub 仓库的 "Security" 页面使用 "Report a vulnerability" 私密提交。报告中请尽量包含以下信息：

- 受影响的 BladeCache 版本和模块（例如 \`bladecache-core\`、\`bladecache-redis\`）
- 漏洞类型及可能造成的影响（例如反序列化、拒绝服务、缓存数据泄露）
- 复现步骤或概念验证代码
- 你的 Java 版本和运行环境

如需加密通信，我们的 PGP 公钥发布在 https://bladecache.example/security/pgp.txt 。

## 处理流程

1. **确认**：我们会在 3 个工作日内回复，确认已收到你的报告。
2. **评估**：在 10 个工作日内完成复现与严重程度评估，并告知你结果。
3. **修复**：在私有分支中开发修复，并同时为所有受支持的版本发布补丁。
4. **公开**：补丁发布后，我们会发布 GitHub 安全公告，必要时申请 CVE 编号。

默认的披露期限为收到报告后 90 天。如果需要更多时间，我们会与你协商。

## 不在范围内的问题

- 使用方自行配置导致的问题，例如在公网暴露未设置密码的 Redis 实例
- 仅在已停止维护的版本中存在的问题
- 没有实际影响证明的自动化扫描结果
- 第三方依赖（如 Redis 客户端）本身的漏洞，请直接向对应项目报告

## 致谢

在征得你同意的前提下，我们会在安全公告和更新日志中感谢你的贡献。

## 安全建议

- 使用 Redis 二级缓存时，请为 Redis 开启身份验证和 TLS。
- \`bladecache-redis\` 默认使用 JSON 序列化；如果切换为 Java 原生序列化，请务必配置类白名单。` },
  { lib: 'bonsai-chart', kind: 'readme', lang: 'Chinese', text: `<div align="center">
  <img src="https://bonsai-chart.example.com/assets/logo.png" width="120" alt="bonsai-chart">
  <h1>bonsai-chart</h1>
  <p>小巧、优雅、可访问的 JavaScript 图表库</p>

  [![npm](https://img.shields.io/npm/v/bonsai-chart.svg?style=flat)](https://www.npmjs.com/package/bonsai-chart)
  [![gzip 体积](https://img.shields.io/bundlephobia/minzip/bonsai-chart)](https://bundlephobia.example.com/package/bonsai-chart)
  [![CI](https://github.com/bonsai-chart/bonsai-chart/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/bonsai-chart/bonsai-chart/actions)
</div>

[English](./README.md) | 简体中文

bonsai-chart 是一个基于 SVG 的轻量级图表库，压缩后仅约 18 KB。它提供折线图、柱状图、饼图、散点图和面积图等常用图表，支持响应式布局、暗色模式和键盘导航，并会为屏幕阅读器自动生成数据表格描述。

## 安装

\`\`\`bash
npm install bonsai-chart
\`\`\`

也可以直接通过 CDN 引入：

\`\`\`html
<script src="https://cdn.bonsai-chart.example.com/bonsai-chart@2/dist/bonsai-chart.umd.js"></script>
\`\`\`

## 快速开始

\`\`\`html
<div id="sales" style="height: 320px"></div>
\`\`\`

\`\`\`js
import { LineChart } from 'bonsai-chart';

const chart = new LineChart('#sales', {
  title: '2024 年月度销售额',
  xAxis: { type: 'category', data: ['1月', '2月', '3月', '4月', '5月', '6月'] },
  yAxis: { format: (v) => \`\${v} 万元\` },
  series: [
    { name: '线上', data: [120, 132, 101, 134, 190, 230] },
    { name: '线下', data: [220, 182, 191, 234, 290, 330] },
  ],
});

// 数据更新时带动画过渡
chart.update({ series: [{ name: '线上', data: [130, 140, 120, 150, 200, 260] }] });
\`\`\`

## 在框架中使用

- React：\`npm install @bonsai-chart/react\`，使用 \`<LineChart options={...} />\` 组件
- Vue 3：\`npm install @bonsai-chart/vue\`
- Svelte：直接在 \`onMount\` 中创建实例即可

## 特性

- 🌱 体积小：无第三方依赖，支持按需引入（tree-shaking）
- 🎨 主题：通过 CSS 变量自定义颜色、字体和间距
- ♿ 无障碍：支持键盘浏览数据点，兼容主流屏幕阅读器
- 📱 响应式：自动监听容器尺寸变化并重绘
- 🖨️ 导出：一行代码导出 SVG 或 PNG

## 许可证

MIT © bonsai-chart 贡献者` },
  { lib: 'bonsai-chart', kind: 'api_reference', lang: 'Chinese', text: `# API 参考

## 图表构造函数

所有图表类的构造函数签名相同：

\`\`\`ts
new LineChart(container: string | HTMLElement, options: ChartOptions)
new BarChart(container, options)
new PieChart(container, options)
new ScatterChart(container, options)
new AreaChart(container, options)
\`\`\`

\`container\` 可以是 CSS 选择器或 DOM 元素。如果选择器没有匹配到任何元素，会抛出 \`ContainerNotFoundError\`。容器必须具有确定的高度，否则图表高度为 0。

## ChartOptions

| 属性 | 类型 | 默认值 | 说明 |
|------|------|--------|------|
| \`title\` | \`string\` | — | 图表标题，同时用作无障碍名称 |
| \`xAxis\` | \`AxisOptions\` | \`{ type: 'category' }\` | X 轴配置 |
| \`yAxis\` | \`AxisOptions\` | \`{ type: 'value' }\` | Y 轴配置 |
| \`series\` | \`Series[]\` | \`[]\` | 数据系列，至少需要一项才会绘制 |
| \`legend\` | \`boolean \\| LegendOptions\` | \`true\` | 是否显示图例 |
| \`tooltip\` | \`boolean \\| TooltipOptions\` | \`true\` | 鼠标悬停提示 |
| \`animation\` | \`boolean \\| number\` | \`300\` | 动画时长（毫秒），\`false\` 关闭动画 |
| \`theme\` | \`'light' \\| 'dark' \\| 'auto'\` | \`'auto'\` | \`auto\` 会跟随系统配色 |
| \`locale\` | \`string\` | \`navigator.language\` | 用于数字和日期格式化 |

### AxisOptions

| 属性 | 类型 | 说明 |
|------|------|------|
| \`type\` | \`'category' \\| 'value' \\| 'time' \\| 'log'\` | 坐标轴类型 |
| \`data\` | \`string[]\` | 类目轴的标签 |
| \`min\` / \`max\` | \`number\` | 数值范围，不设置时自动计算 |
| \`format\` | \`(value) => string\` | 刻度标签格式化函数 |

## 实例方法

### \`chart.update(partialOptions)\`

合并新的配置并带动画重绘。\`series\` 按 \`name\` 匹配，未匹配到的系列会被新增。

### \`chart.resize()\`

手动触发重绘。一般不需要调用，图表会通过 \`ResizeObserver\` 自动适应容器尺寸。

### \`chart.exportImage(type?: 'svg' | 'png', scale?: number): Promise<Blob>\`

导出当前图表。\`scale\` 仅对 PNG 有效，默认为 \`window.devicePixelRatio\`。

\`\`\`js
const blob = await chart.exportImage('png', 2);
const url = URL.createObjectURL(blob);
\`\`\`

### \`chart.on(event, handler)\` / \`chart.off(event, handler)\`

支持的事件：\`click\`、\`hover\`、\`legendchange\`。回调参数包含 \`seriesName\`、\`dataIndex\` 和 \`value\`。

### \`chart.destroy()\`

移除 DOM 节点和事件监听。在 React、Vue 等框架中卸载组件时请务必调用，避免内存泄漏。` },
  { lib: 'bonsai-chart', kind: 'contributing', lang: 'Chinese', text: `# 贡献指南

非常感谢你愿意为 bonsai-chart 做出贡献！无论是报告问题、改进文档，还是提交新功能，我们都非常欢迎。

## 行为准则

参与本项目即表示你同意遵守我们的 [行为准则](https://bonsai-chart.example.com/zh/code-of-conduct)。如遇到不当行为，请发送邮件至 conduct@bonsai-chart.example。

## 报告问题

提交 Issue 之前，请先搜索是否已有相同的问题。新建 Issue 时请提供：

- bonsai-chart 的版本号
- 浏览器及操作系统版本
- 能够复现问题的最小示例（推荐使用在线代码片段）
- 期望的结果和实际的结果，如有可能请附上截图

安全相关的问题请不要公开提交，而是发送邮件至 security@bonsai-chart.example。

## 开发环境

需要 Node.js 20 及以上版本和 pnpm。

\`\`\`bash
git clone https://github.com/bonsai-chart/bonsai-chart.git
cd bonsai-chart
pnpm install
pnpm dev        # 启动示例页面，访问 http://localhost:5173
\`\`\`

## 运行测试

\`\`\`bash
pnpm test           # 单元测试
pnpm test:visual    # 视觉回归测试（基于截图对比）
pnpm lint           # 代码风格检查
\`\`\`

如果你的修改导致视觉回归测试失败，并且新的效果符合预期，请运行 \`pnpm test:visual --update\` 更新基准截图，并在 PR 描述中说明原因。

## 代码规范

- 使用 TypeScript 编写，公共 API 需要完整的类型声明和 TSDoc 注释
- 提交前运行 \`pnpm format\`
- 新增图表类型或配置项时，请同时更新中英文文档
- 不引入新的运行时依赖，除非事先在 Issue 中讨论并获得维护者同意

## 提交信息

请遵循 Conventional Commits 规范，例如：

\`\`\`
feat(bar): 支持堆叠柱状图
fix(tooltip): 修复在 Safari 中位置偏移的问题
\`\`\`

并使用 \`git commit -s\` 添加 DCO 签名。

## Pull Request 流程

1. Fork 本仓库并从 \`main\` 分支创建新分支
2. 完成修改并确保所有测试通过
3. 提交 PR，并关联相关的 Issue
4. 至少一位维护者审核通过后即可合并

再次感谢你的贡献！🌱` },
  { lib: 'cobaltqueue', kind: 'readme', lang: 'English', text: `# cobaltqueue

[![npm](https://img.shields.io/npm/v/cobaltqueue.svg?style=flat)](https://npmjs.com/package/cobaltqueue)
[![Build](https://circleci.com/gh/cobalt-works/cobaltqueue.svg?style=shield&branch=main)](https://circleci.com/gh/cobalt-works/cobaltqueue)
[![Coverage](https://codecov.io/gh/cobalt-works/cobaltqueue/branch/main/graph/badge.svg)](https://codecov.io/gh/cobalt-works/cobaltqueue)
[![License: MIT](https://img.shields.io/badge/license-MIT-blue.svg)](LICENSE)

A small, typed job queue for Node.js backed by Redis streams. Define a job once,
enqueue it from anywhere, and let workers process it with retries, backoff and
concurrency limits.

## Install

\`\`\`bash
npm install cobaltqueue
# or
pnpm add cobaltqueue
\`\`\`

Requires Node.js 18+ and Redis 6.2 or newer.

## Quick start

\`\`\`ts
import { createQueue } from 'cobaltqueue';

const emails = createQueue<{ to: string; subject: string }>('emails', {
  redisUrl: 'redis://localhost:6379',
});

// producer
await emails.add({ to: 'ada@mail.example', subject: 'Welcome!' });

// worker
emails.process(async (job) => {
  await sendMail(job.data.to, job.data.subject);
}, { concurrency: 4 });
\`\`\`

## Features

- Fully typed payloads via generics
- Exponential backoff with jitter (\`retry: { attempts: 5, backoff: 'exp' }\`)
- Delayed and scheduled jobs (\`emails.add(data, { delay: '10m' })\`)
- Graceful shutdown that waits for in-flight jobs
- Dead-letter stream for jobs that exhaust their retries
- Prometheus-style metrics via \`queue.metrics()\`

## Documentation

Full guides live at https://cobaltqueue.example.org/docs. The API reference is
in [docs/api.md](docs/api.md).

## License

MIT © 2024 Cobalt Works contributors
` },
  { lib: 'cobaltqueue', kind: 'api_reference', lang: 'English', text: `# API Reference

## \`createQueue<T>(name, options)\`

Creates (or attaches to) a named queue.

| Parameter | Type | Description |
|-----------|------|-------------|
| \`name\` | \`string\` | Queue name. Used as the Redis stream key prefix. |
| \`options.redisUrl\` | \`string\` | Connection string, e.g. \`redis://localhost:6379/0\`. |
| \`options.prefix\` | \`string\` | Key prefix. Default: \`cq\`. |
| \`options.defaultRetry\` | \`RetryOptions\` | Retry policy applied when \`add()\` omits one. |

**Returns:** \`Queue<T>\`

## \`queue.add(data, opts?)\`

Enqueues a job and resolves with its id.

\`\`\`ts
const id = await queue.add({ userId: 42 }, { delay: '30s', priority: 2 });
\`\`\`

- \`opts.delay\` — number of milliseconds or a duration string (\`'5m'\`, \`'1h'\`).
- \`opts.priority\` — integer 1 (highest) to 10. Default \`5\`.
- \`opts.jobId\` — custom id; adding the same id twice is a no-op.

**Throws:** \`QueueClosedError\` if \`close()\` was already called.

## \`queue.process(handler, opts?)\`

Registers a worker. The handler receives a \`Job<T>\` and should return a promise.
Throwing (or rejecting) marks the attempt as failed and schedules a retry.

| Option | Default | Notes |
|--------|---------|-------|
| \`concurrency\` | \`1\` | Max parallel jobs for this process. |
| \`lockTtl\` | \`30000\` | Milliseconds before an unacknowledged job is reclaimed. |

## \`queue.close({ drain })\`

Stops accepting new jobs. When \`drain\` is \`true\`, waits for active jobs to finish.

\`\`\`ts
process.on('SIGTERM', () => queue.close({ drain: true }));
\`\`\`

## Errors

- \`QueueClosedError\` — operation on a closed queue.
- \`InvalidDurationError\` — a duration string could not be parsed.
- \`PayloadTooLargeError\` — serialized data exceeds \`maxPayloadBytes\` (default 512 KiB).
` },
  { lib: 'cobaltqueue', kind: 'changelog', lang: 'English', text: `# Changelog

All notable changes to this project are documented here. The format follows
Keep a Changelog and the project uses Semantic Versioning.

## [3.2.0] - 2024-09-14

### Added
- \`queue.metrics()\` returns counters for completed, failed and retried jobs.
- Duration strings now accept days (\`'2d'\`).

### Fixed
- Jobs with a custom \`jobId\` were occasionally processed twice after a Redis
  failover (#412).
- \`close({ drain: true })\` no longer hangs when the worker has zero active jobs.

## [3.1.1] - 2024-07-02

### Fixed
- TypeScript declaration for \`Job.attemptsMade\` was typed as \`string\`.
- Corrected the README example for scheduled jobs.

## [3.1.0] - 2024-06-18

### Added
- Dead-letter stream (\`<prefix>:<name>:dead\`) for jobs that exhaust retries.
- \`onFailed\` and \`onCompleted\` event hooks.

### Changed
- Default \`lockTtl\` raised from 15 s to 30 s.

## [3.0.0] - 2024-04-03

### Breaking
- Dropped support for Node.js 16.
- \`Queue.process()\` now takes an options object instead of a positional
  concurrency number: \`process(fn, 4)\` becomes \`process(fn, { concurrency: 4 })\`.
- Removed the deprecated \`queue.count()\`; use \`queue.stats()\` instead.

### Added
- Native ESM build alongside CommonJS.
- Generic payload typing: \`createQueue<T>()\`.

## [2.4.3] - 2023-12-11

### Fixed
- Memory leak when many delayed jobs were scheduled in the same millisecond.
` },
  { lib: 'cinderparse', kind: 'readme', lang: 'English', text: `# cinderparse

[![PyPI](https://img.shields.io/pypi/v/cinderparse.svg)](https://pypi.example.org/project/cinderparse)
[![Tests](https://github.com/emberline/cinderparse/actions/workflows/test.yml/badge.svg?branch=main)](https://github.com/emberline/cinderparse/actions)
[![Python versions](https://img.shields.io/badge/python-3.9%20%7C%203.10%20%7C%203.11%20%7C%203.12-blue)](https://pypi.example.org/project/cinderparse)

**cinderparse** reads INI, \`.env\` and simple key/value files into typed Python
objects. It keeps line numbers for every value, so error messages point at the
exact spot in the file.

## Installation

\`\`\`console
$ pip install cinderparse
\`\`\`

## Usage

\`\`\`python
from dataclasses import dataclass
import cinderparse

@dataclass
class Database:
    host: str
    port: int = 5432
    ssl: bool = False

cfg = cinderparse.load("settings.ini")
db = cfg.section("database").bind(Database)
print(db.host, db.port)
\`\`\`

Given this file:

\`\`\`ini
[database]
host = db.internal.example
port = 6543
ssl  = yes
\`\`\`

\`db.port\` is the integer \`6543\` and \`db.ssl\` is \`True\`.

## Why another parser?

- **Typed binding** to dataclasses, \`TypedDict\` or attrs classes
- **Precise errors**: \`settings.ini:3: port: expected int, got 'sixty'\`
- **Interpolation** with \`\${section:key}\` and environment fallbacks
- **Round-trip editing** that preserves comments and ordering
- Zero runtime dependencies

## Links

- Documentation: https://cinderparse.example.org
- Changelog: [CHANGELOG.md](CHANGELOG.md)
- Issue tracker: https://github.com/emberline/cinderparse/issues

Released under the BSD-3-Clause license.
` },
  { lib: 'cinderparse', kind: 'configuration', lang: 'English', text: `# Configuration

\`cinderparse.load()\` and \`cinderparse.Parser()\` accept the same keyword options.
They can also be set project-wide in \`pyproject.toml\` under \`[tool.cinderparse]\`.

## Options

| Option | Type | Default | Description |
|--------|------|---------|-------------|
| \`interpolation\` | \`"none" \\| "basic" \\| "extended"\` | \`"basic"\` | How \`\${...}\` references are expanded. |
| \`env_fallback\` | \`bool\` | \`False\` | Resolve unknown references from \`os.environ\`. |
| \`case_sensitive\` | \`bool\` | \`False\` | Treat \`Host\` and \`host\` as different keys. |
| \`comment_prefixes\` | \`tuple[str, ...]\` | \`("#", ";")\` | Characters that start a comment line. |
| \`inline_comments\` | \`bool\` | \`False\` | Allow \`key = value  # comment\`. |
| \`strict\` | \`bool\` | \`True\` | Raise on duplicate sections or keys instead of overwriting. |
| \`encoding\` | \`str\` | \`"utf-8"\` | File encoding used by \`load()\`. |

## Environment variables

These override the defaults above but not explicit keyword arguments.

| Variable | Effect |
|----------|--------|
| \`CINDERPARSE_STRICT\` | \`0\` disables strict mode globally. |
| \`CINDERPARSE_ENV_FALLBACK\` | \`1\` enables environment fallback. |
| \`CINDERPARSE_DEBUG\` | \`1\` logs every resolved reference at DEBUG level. |

## Example \`pyproject.toml\`

\`\`\`toml
[tool.cinderparse]
interpolation = "extended"
env_fallback = true
inline_comments = true
comment_prefixes = ["#"]
\`\`\`

## Interpolation modes

- **none** — values are returned verbatim.
- **basic** — \`\${key}\` refers to a key in the same section.
- **extended** — \`\${section:key}\` may cross sections; \`\${ENV:HOME}\` reads the
  environment even when \`env_fallback\` is off.

Cycles are detected and raise \`InterpolationCycleError\` with the full chain,
for example \`a -> b -> a\`.
` },
  { lib: 'cinderparse', kind: 'faq_troubleshooting', lang: 'English', text: `# FAQ & Troubleshooting

### \`DuplicateKeyError: settings.ini:14: key 'timeout' already defined on line 9\`

Strict mode is on by default. Either remove the duplicate or load with
\`strict=False\`, in which case the last value wins.

### My boolean comes back as the string \`"on"\`

Booleans are only converted when you bind to a typed class or call
\`get_bool()\`. Raw access via \`section["flag"]\` always returns a string.

\`\`\`python
section.get_bool("flag")   # True for on/yes/true/1
\`\`\`

### \`InterpolationCycleError: a -> b -> a\`

Two values reference each other. Break the cycle, or escape the dollar sign
with \`$$\` if you meant a literal \`\${\`.

### Values containing \`#\` are truncated

You enabled \`inline_comments=True\`. Quote the value instead:

\`\`\`ini
color = "#ff8800"
\`\`\`

### Windows line endings produce a trailing \`\\r\`

This was fixed in 2.3.1. Upgrade with \`pip install -U cinderparse\`.

### \`UnicodeDecodeError\` on load

The default encoding is UTF-8. For legacy files pass \`encoding="cp1252"\`
(or whichever encoding the file actually uses).

### How do I write changes back without losing comments?

Use the round-trip API:

\`\`\`python
doc = cinderparse.load_document("settings.ini")
doc["database"]["port"] = "7000"
doc.save()
\`\`\`

### Still stuck?

Open a discussion at https://github.com/emberline/cinderparse/discussions with a
minimal file that reproduces the problem and the output of
\`python -m cinderparse --version\`.
` },
  { lib: 'cairnlog', kind: 'readme', lang: 'English', text: `# cairnlog

[![Go Reference](https://img.shields.io/badge/go-reference-007d9c?logo=go)](https://pkg.go.example.org/github.com/stackstone/cairnlog)
[![CI](https://github.com/stackstone/cairnlog/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/stackstone/cairnlog/actions)
[![Go Report](https://img.shields.io/badge/go%20report-A%2B-brightgreen)](https://goreport.example.com/report/github.com/stackstone/cairnlog)

Zero-allocation structured logging for Go with pluggable encoders (JSON,
logfmt, console) and context propagation.

## Install

\`\`\`sh
go get github.com/stackstone/cairnlog/v2
\`\`\`

## Example

\`\`\`go
package main

import (
	"context"
	"os"

	"github.com/stackstone/cairnlog/v2"
)

func main() {
	log := cairnlog.New(os.Stdout, cairnlog.JSON(), cairnlog.LevelInfo)

	log.Info("server started",
		cairnlog.Str("addr", ":8080"),
		cairnlog.Int("workers", 8),
	)

	ctx := cairnlog.WithLogger(context.Background(), log.With(cairnlog.Str("req", "a1b2")))
	handle(ctx)
}

func handle(ctx context.Context) {
	cairnlog.From(ctx).Debug("handling request")
}
\`\`\`

Output:

\`\`\`json
{"ts":"2024-05-01T10:00:00Z","level":"info","msg":"server started","addr":":8080","workers":8}
\`\`\`

## Highlights

- No allocations on the hot path for common field types
- Sampling (\`cairnlog.Sample(100)\`) to keep noisy logs in check
- Adapter for the standard library \`log/slog\` handler interface
- Colorized console encoder for local development

## Benchmarks

| Logger | ns/op | allocs/op |
|--------|-------|-----------|
| cairnlog | 92 | 0 |
| stdlib \`log\` | 410 | 2 |

Run them yourself with \`go test -bench=. ./bench\`.

## License

Apache-2.0
` },
  { lib: 'cairnlog', kind: 'migration_guide', lang: 'English', text: `# Migrating from cairnlog v1 to v2

v2 moves to a module path with a \`/v2\` suffix, replaces the global logger with
explicit instances and renames several field constructors. Most projects can
migrate in under an hour.

## 1. Update the import path

\`\`\`diff
- import "github.com/stackstone/cairnlog"
+ import "github.com/stackstone/cairnlog/v2"
\`\`\`

Then run \`go mod tidy\`.

## 2. Replace the global logger

**Before (v1):**

\`\`\`go
cairnlog.SetOutput(os.Stderr)
cairnlog.SetLevel(cairnlog.DEBUG)
cairnlog.Info("ready")
\`\`\`

**After (v2):**

\`\`\`go
log := cairnlog.New(os.Stderr, cairnlog.Console(), cairnlog.LevelDebug)
log.Info("ready")
\`\`\`

If you truly need a process-wide logger, use \`cairnlog.SetDefault(log)\` and
\`cairnlog.Default()\`.

## 3. Field constructors

| v1 | v2 |
|----|----|
| \`cairnlog.F("k", v)\` | \`cairnlog.Any("k", v)\` |
| \`cairnlog.String("k", s)\` | \`cairnlog.Str("k", s)\` |
| \`cairnlog.Error(err)\` | \`cairnlog.Err(err)\` |
| \`cairnlog.Duration("k", d)\` | \`cairnlog.Dur("k", d)\` |

## 4. Level constants

\`DEBUG\`, \`INFO\`, \`WARN\`, \`ERROR\` became \`LevelDebug\`, \`LevelInfo\`, \`LevelWarn\`
and \`LevelError\`. The numeric values are unchanged, so persisted level settings
keep working.

## 5. Context helpers

\`cairnlog.Ctx(ctx)\` is now \`cairnlog.From(ctx)\`. It returns a no-op logger
instead of \`nil\` when the context has none, so the nil checks can go.

## Automated rewrite

A \`gofmt -r\` script covering steps 3–5 ships in \`tools/migrate-v2.sh\`:

\`\`\`sh
./tools/migrate-v2.sh ./...
\`\`\`

Review the diff before committing; the script does not touch step 2.
` },
  { lib: 'cairnlog', kind: 'contributing', lang: 'English', text: `# Contributing to cairnlog

Thanks for taking the time to contribute! This document explains how we work.

## Reporting bugs

Search the [existing issues](https://github.com/stackstone/cairnlog/issues)
first. When opening a new one, please include:

- the cairnlog version (\`go list -m github.com/stackstone/cairnlog/v2\`)
- your Go version and OS
- a minimal program that reproduces the problem
- the output you expected and the output you got

Security problems should **not** be filed as public issues; see
[SECURITY.md](SECURITY.md).

## Development setup

\`\`\`sh
git clone https://github.com/stackstone/cairnlog.git
cd cairnlog
make tools      # installs linters into ./bin
make test       # go test -race ./...
make bench      # benchmark suite, compare with benchstat
\`\`\`

## Pull requests

1. Fork and create a topic branch from \`main\`.
2. Keep changes focused; one logical change per PR.
3. Add tests. Performance-sensitive changes need before/after \`benchstat\` output
   in the PR description.
4. Run \`make lint\` — CI runs the same checks.
5. Update \`CHANGELOG.md\` under the *Unreleased* heading.

## Code style

- Standard \`gofmt\` / \`goimports\` formatting.
- Exported identifiers need doc comments that start with the identifier name.
- Avoid new dependencies; the core package has none and we would like to keep
  it that way.

## Sign-off

We use the Developer Certificate of Origin. Add a \`Signed-off-by\` line to each
commit with \`git commit -s\`.

## Code of Conduct

Participation is governed by our
[Code of Conduct](https://stackstone.example.org/conduct). Please report
unacceptable behaviour to conduct@stackstone.example.
` },
  { lib: 'crestwatch', kind: 'readme', lang: 'English', text: `# crestwatch

[![crates.io](https://img.shields.io/crates/v/crestwatch.svg)](https://crates.example.org/crates/crestwatch)
[![docs](https://img.shields.io/badge/docs-latest-informational)](https://docs.crestwatch.example.org)
[![CI](https://github.com/ridgeline-rs/crestwatch/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/ridgeline-rs/crestwatch/actions)
![MSRV](https://img.shields.io/badge/MSRV-1.70-orange)

Cross-platform filesystem watching for Rust with debouncing built in.
crestwatch wraps inotify, FSEvents and ReadDirectoryChangesW behind one
iterator-friendly API.

## Getting started

Add it to \`Cargo.toml\`:

\`\`\`toml
[dependencies]
crestwatch = "0.9"
\`\`\`

Watch a directory and print debounced events:

\`\`\`rust
use crestwatch::{Watcher, Mode};
use std::time::Duration;

fn main() -> crestwatch::Result<()> {
    let mut watcher = Watcher::builder()
        .debounce(Duration::from_millis(200))
        .ignore("**/target/**")
        .build()?;

    watcher.watch("./src", Mode::Recursive)?;

    for event in watcher.events() {
        let event = event?;
        println!("{:?} {}", event.kind, event.path.display());
    }
    Ok(())
}
\`\`\`

## Cargo features

| Feature | Default | Description |
|---------|---------|-------------|
| \`tokio\` | no | \`AsyncWatcher\` returning a \`Stream\` |
| \`glob\` | yes | Glob-based ignore patterns |
| \`polling\` | no | Portable polling backend for network filesystems |

## Platform notes

- **Linux:** large trees may hit \`fs.inotify.max_user_watches\`; raise it with
  \`sysctl\` if you see \`Error::WatchLimit\`.
- **macOS:** events are coalesced by FSEvents; paths are canonicalized.
- **Windows:** renames are reported as a \`Rename { from, to }\` pair.

## License

Dual-licensed under MIT or Apache-2.0, at your option.
` },
  { lib: 'crestwatch', kind: 'api_reference', lang: 'English', text: `# crestwatch API overview

This page summarises the public API. Full rustdoc is at
https://docs.crestwatch.example.org.

## \`WatcherBuilder\`

Obtained from \`Watcher::builder()\`.

| Method | Description |
|--------|-------------|
| \`debounce(Duration)\` | Merge events for the same path within the window. \`Duration::ZERO\` disables debouncing. |
| \`ignore(&str)\` | Add a glob pattern; matching paths produce no events. Requires the \`glob\` feature. |
| \`follow_symlinks(bool)\` | Default \`false\`. |
| \`backend(Backend)\` | Force \`Backend::Native\` or \`Backend::Polling { interval }\`. |
| \`build()\` | Returns \`Result<Watcher>\`. |

## \`Watcher\`

### \`fn watch(&mut self, path: impl AsRef<Path>, mode: Mode) -> Result<()>\`

Starts watching \`path\`. \`Mode::Recursive\` includes subdirectories created later.

### \`fn unwatch(&mut self, path: impl AsRef<Path>) -> Result<()>\`

Stops watching. Returns \`Error::NotWatched\` if the path was never added.

### \`fn events(&self) -> Events<'_>\`

A blocking iterator of \`Result<Event>\`. Ends when the watcher is dropped.

### \`fn try_next(&self, timeout: Duration) -> Option<Result<Event>>\`

Non-blocking variant useful in custom event loops.

## \`Event\`

\`\`\`rust
pub struct Event {
    pub kind: EventKind,   // Create, Modify, Remove, Rename { from, to }
    pub path: PathBuf,
    pub time: SystemTime,
}
\`\`\`

## Errors

| Variant | When |
|---------|------|
| \`Error::Io(io::Error)\` | Underlying OS call failed. |
| \`Error::WatchLimit\` | The OS watch limit was reached (Linux inotify). |
| \`Error::NotWatched\` | \`unwatch\` on an unknown path. |
| \`Error::InvalidGlob(String)\` | A pattern passed to \`ignore\` failed to parse. |

## Example: async

\`\`\`rust
let mut w = crestwatch::AsyncWatcher::builder().build()?;
w.watch("assets", Mode::Recursive)?;
while let Some(ev) = w.next().await {
    rebuild(ev?.path).await;
}
\`\`\`
` },
  { lib: 'crestwatch', kind: 'security_policy', lang: 'English', text: `# Security Policy

## Supported versions

Security fixes are released for the latest minor version and the previous one.

| Version | Supported |
|---------|-----------|
| 0.9.x | :white_check_mark: |
| 0.8.x | :white_check_mark: |
| < 0.8 | :x: |

## Reporting a vulnerability

Please do **not** open a public GitHub issue for security problems.

Send a report to **security@crestwatch.example** or use the private advisory
form at https://github.com/ridgeline-rs/crestwatch/security/advisories/new.

A helpful report includes:

- the affected version and platform (Linux, macOS, Windows)
- a description of the impact, for example following a symlink outside the
  watched root or a panic that can be triggered by crafted file names
- steps or a small program to reproduce it

If you would like to encrypt your message, our PGP key is published at
https://crestwatch.example.org/pgp.asc.

## What to expect

| Step | Target time |
|------|-------------|
| Acknowledgement of your report | 3 business days |
| Initial assessment and severity | 10 days |
| Fix released for supported versions | 60 days |
| Public advisory (RustSec + GitHub) | after the fix is published |

We will keep you informed during the process and credit you in the advisory
unless you prefer to remain anonymous.

## Scope

In scope: the \`crestwatch\` crate and its optional backends. Out of scope:
bugs in the operating system's notification APIs themselves, and denial of
service caused only by watching an extremely large directory tree.
` },
  { lib: 'copperkv', kind: 'readme', lang: 'English', text: `# CopperKV Client for the JVM

[![Maven Central](https://img.shields.io/badge/maven--central-4.1.0-blue)](https://search.maven.example.org/artifact/com.copperkv/copperkv-client)
[![Build](https://travis-ci.com/copperkv/copperkv-jvm.svg?branch=main)](https://travis-ci.com/copperkv/copperkv-jvm)
[![Kotlin](https://img.shields.io/badge/kotlin-1.9-purple)](https://kotlinlang.example.org)

An idiomatic Kotlin (and Java-friendly) client for the CopperKV distributed
key-value store, with coroutine support, connection pooling and automatic
node discovery.

## Installation

Gradle (Kotlin DSL):

\`\`\`kotlin
dependencies {
    implementation("com.copperkv:copperkv-client:4.1.0")
}
\`\`\`

Maven:

\`\`\`xml
<dependency>
  <groupId>com.copperkv</groupId>
  <artifactId>copperkv-client</artifactId>
  <version>4.1.0</version>
</dependency>
\`\`\`

## Quick start (Kotlin)

\`\`\`kotlin
val client = CopperClient.connect("copper://node1.kv.example:7420")

client.put("user:42:name", "Grace")
val name: String? = client.get("user:42:name")

client.close()
\`\`\`

Coroutines:

\`\`\`kotlin
runBlocking {
    val async = client.coroutines()
    async.put("counter", "1")
    println(async.get("counter"))
}
\`\`\`

## Quick start (Java)

\`\`\`java
try (CopperClient client = CopperClient.connect("copper://node1.kv.example:7420")) {
    client.put("greeting", "hello");
    System.out.println(client.get("greeting"));
}
\`\`\`

## Features

- Consistent-hash routing with automatic topology refresh
- Compare-and-set and TTL support
- Pluggable serializers (String, ByteArray, kotlinx.serialization)
- Micrometer metrics integration

See [CONFIGURATION.md](CONFIGURATION.md) for all client options.

## License

Apache License 2.0
` },
  { lib: 'copperkv', kind: 'configuration', lang: 'English', text: `# Client configuration

Options can be passed in code through \`CopperConfig\`, loaded from a
\`copperkv.properties\` file on the classpath, or set through environment
variables. Code wins over environment variables, which win over the file.

## Options

| Property | Env variable | Default | Description |
|----------|--------------|---------|-------------|
| \`copperkv.seeds\` | \`COPPERKV_SEEDS\` | \`copper://localhost:7420\` | Comma-separated seed nodes. |
| \`copperkv.pool.maxSize\` | \`COPPERKV_POOL_MAX\` | \`16\` | Max connections per node. |
| \`copperkv.pool.idleTimeout\` | \`COPPERKV_POOL_IDLE\` | \`60s\` | Close idle connections after this. |
| \`copperkv.timeout.connect\` | \`COPPERKV_CONNECT_TIMEOUT\` | \`2s\` | TCP connect timeout. |
| \`copperkv.timeout.request\` | \`COPPERKV_REQUEST_TIMEOUT\` | \`500ms\` | Per-request timeout. |
| \`copperkv.retry.attempts\` | \`COPPERKV_RETRY_ATTEMPTS\` | \`3\` | Retries for idempotent operations. |
| \`copperkv.tls.enabled\` | \`COPPERKV_TLS\` | \`false\` | Use TLS for all connections. |
| \`copperkv.tls.trustStore\` | \`COPPERKV_TRUSTSTORE\` | — | Path to a JKS/PKCS12 trust store. |
| \`copperkv.auth.token\` | \`COPPERKV_TOKEN\` | — | Access token sent during the handshake. |

## Example properties file

\`\`\`properties
copperkv.seeds=copper://kv1.prod.example:7420,copper://kv2.prod.example:7420
copperkv.pool.maxSize=32
copperkv.timeout.request=250ms
copperkv.tls.enabled=true
copperkv.tls.trustStore=/etc/copperkv/truststore.p12
\`\`\`

Keep \`copperkv.auth.token\` out of version control; supply it through
\`COPPERKV_TOKEN\` or your secret manager instead.

## Programmatic configuration

\`\`\`kotlin
val config = CopperConfig {
    seeds("copper://kv1.prod.example:7420")
    pool { maxSize = 32; idleTimeout = 30.seconds }
    timeouts { request = 250.milliseconds }
    tls { enabled = true }
}
val client = CopperClient.connect(config)
\`\`\`

Durations accept the suffixes \`ms\`, \`s\`, \`m\` and \`h\`.
` },
  { lib: 'copperkv', kind: 'changelog', lang: 'English', text: `# Changelog

## 4.1.0 — 2024-08-20

**Added**
- \`client.scan(prefix)\` returns a cold \`Flow<Entry>\` for prefix iteration.
- Micrometer timers for each command (\`copperkv.command.duration\`).

**Fixed**
- Topology refresh could race with a closing pool and log a spurious
  \`IllegalStateException\` (#233).
- \`getOrNull\` now respects the configured request timeout.

## 4.0.2 — 2024-06-05

**Fixed**
- TLS handshake failed against servers that only offer TLS 1.3.
- Java users no longer need \`kotlinx-coroutines-core\` on the classpath unless
  they call \`coroutines()\`.

## 4.0.0 — 2024-04-29

**Breaking**
- Minimum JDK is now 17.
- Package moved from \`io.copperkv\` to \`com.copperkv\`.
- \`CopperClient.create(host, port)\` removed; use \`CopperClient.connect(uri)\`.
- Serializer interface renamed \`ValueCodec\` and made generic.

**Changed**
- Default request timeout lowered from 1 s to 500 ms.
- Retries are now only applied to idempotent commands; \`incr\` is no longer
  retried automatically.

**Added**
- Compare-and-set: \`client.cas(key, expected, newValue)\`.
- \`kotlinx.serialization\` codec module \`copperkv-serialization\`.

## 3.6.1 — 2024-01-15

**Fixed**
- Connection leak when a node was removed from the cluster during a request.
` },
  { lib: 'cloverthrottle', kind: 'readme', lang: 'English', text: `# CloverThrottle

[![Gem Version](https://img.shields.io/gem/v/clover_throttle.svg?style=flat)](https://rubygems.example.org/gems/clover_throttle)
[![CI](https://github.com/fourleaf-dev/clover_throttle/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/fourleaf-dev/clover_throttle/actions)
[![Maintainability](https://img.shields.io/badge/maintainability-A-green)](https://codeclimate.example.com/github/fourleaf-dev/clover_throttle)

Token-bucket and sliding-window rate limiting for Ruby apps, with Rack
middleware and a Rails integration.

## Installation

Add this line to your Gemfile:

\`\`\`ruby
gem "clover_throttle", "~> 2.0"
\`\`\`

And then run \`bundle install\`.

## Usage

### Plain Ruby

\`\`\`ruby
require "clover_throttle"

limiter = CloverThrottle::Limiter.new(
  store: CloverThrottle::Stores::Redis.new(url: ENV["REDIS_URL"]),
  rate: 100, per: 60 # 100 requests per minute
)

if limiter.allow?("api:#{user.id}")
  handle_request
else
  render_too_many_requests(limiter.retry_after("api:#{user.id}"))
end
\`\`\`

### Rack middleware

\`\`\`ruby
# config.ru
use CloverThrottle::Rack,
    rate: 20, per: 1,
    key: ->(req) { req.ip },
    exclude: ["/health"]
\`\`\`

Throttled requests get a \`429 Too Many Requests\` response with \`Retry-After\`
and \`RateLimit-Remaining\` headers.

### Rails

\`\`\`ruby
class Api::BaseController < ApplicationController
  throttle rate: 60, per: 1.minute, by: :current_user_id
end
\`\`\`

## Stores

| Store | Use for |
|-------|---------|
| \`Memory\` | tests, single-process apps |
| \`Redis\` | multi-process and multi-host deployments |
| \`Null\` | disabling throttling in development |

## Contributing

Bug reports and pull requests are welcome on GitHub at
https://github.com/fourleaf-dev/clover_throttle.

## License

The gem is available as open source under the terms of the MIT License.
` },
  { lib: 'cloverthrottle', kind: 'faq_troubleshooting', lang: 'English', text: `# Troubleshooting CloverThrottle

## Every request is throttled immediately

Check the key you are using. If \`key:\` returns \`nil\` (for example because
\`current_user\` is not yet loaded in middleware), all anonymous requests share
the same bucket. Fall back to the IP address:

\`\`\`ruby
key: ->(req) { req.env["warden"]&.user&.id || req.ip }
\`\`\`

## Behind a load balancer, all requests have the same IP

\`req.ip\` returns the proxy address unless Rack knows which proxies to trust.
Configure trusted proxies in Rails:

\`\`\`ruby
config.action_dispatch.trusted_proxies = [IPAddr.new("10.0.0.0/8")]
\`\`\`

## \`CloverThrottle::StoreUnavailable: Redis connection refused\`

By default the limiter fails **open**: the request is allowed and a warning is
logged. If you set \`on_store_error: :raise\`, the exception propagates instead.
Verify \`REDIS_URL\` and that the Redis server is reachable from the app host.

## Counts differ between processes when using the Memory store

The Memory store is per process. Puma with several workers keeps one bucket per
worker, so the effective limit is multiplied. Use the Redis store in production.

## Tests are flaky around the window boundary

Freeze time in your specs:

\`\`\`ruby
around do |ex|
  CloverThrottle.with_clock(-> { Time.at(1_700_000_000) }) { ex.run }
end
\`\`\`

## \`NoMethodError: undefined method 'throttle' for ApplicationController\`

The Rails integration is loaded by a Railtie. Make sure the gem is not in a
Bundler group that is excluded in this environment, and restart the server
after adding it.

## How do I exempt internal health checks?

Pass \`exclude: ["/health", %r{\\A/internal/}]\` to the middleware, or return
\`nil\` from a custom \`skip_if:\` lambda.
` },
  { lib: 'cloverthrottle', kind: 'migration_guide', lang: 'English', text: `# Upgrading from CloverThrottle 1.x to 2.0

Version 2.0 cleans up the configuration API and switches the default algorithm
from fixed window to sliding window. This guide lists everything you need to
change.

## Requirements

- Ruby 3.1 or newer (1.x supported 2.7)
- Rails 7.0+ if you use the Railtie

## Limiter construction

Positional arguments were replaced by keywords.

Before:

\`\`\`ruby
CloverThrottle::Limiter.new(redis, 100, 60)
\`\`\`

After:

\`\`\`ruby
CloverThrottle::Limiter.new(
  store: CloverThrottle::Stores::Redis.new(client: redis),
  rate: 100,
  per: 60
)
\`\`\`

## Algorithm default

1.x used a fixed window. 2.0 uses a sliding window, which smooths bursts at
window edges. To keep the old behaviour:

\`\`\`ruby
CloverThrottle::Limiter.new(store: store, rate: 100, per: 60, algorithm: :fixed_window)
\`\`\`

## Renamed methods

| 1.x | 2.0 |
|-----|-----|
| \`limiter.exceeded?(key)\` | \`!limiter.allow?(key)\` |
| \`limiter.reset(key)\` | \`limiter.reset!(key)\` |
| \`limiter.wait_time(key)\` | \`limiter.retry_after(key)\` |

## Rack middleware options

- \`:identifier\` was renamed to \`:key\`.
- \`:whitelist\` was renamed to \`:exclude\`.
- Response headers now follow the \`RateLimit-*\` field names; the old
  \`X-Throttle-*\` headers can be re-enabled with \`legacy_headers: true\`.

## Redis key format

Keys moved from \`throttle:<key>\` to \`clover:v2:<key>\`. Existing counters are
not migrated; they simply expire. Expect a brief period where users get a
fresh allowance after deploying.

## Deprecation warnings

Run your test suite on 1.9.x first. Every API removed in 2.0 emits a warning in
1.9, which makes the upgrade mostly mechanical.
` },
  { lib: 'cedarroute', kind: 'readme', lang: 'English', text: `# Cedar Route

[![Latest Version](https://img.shields.io/packagist/v/cedarphp/route.svg?style=flat)](https://packagist.example.org/packages/cedarphp/route)
[![Tests](https://github.com/cedarphp/route/actions/workflows/tests.yml/badge.svg?branch=main)](https://github.com/cedarphp/route/actions)
[![PHP](https://img.shields.io/badge/php-%3E%3D8.1-8892BF)](https://php.example.org)
[![License](https://img.shields.io/badge/license-MIT-green)](LICENSE.md)

A fast, PSR-15 compatible HTTP router for PHP 8.1+. Routes compile to a single
regular expression per method, so matching stays quick even with hundreds of
routes.

## Installation

\`\`\`bash
composer require cedarphp/route
\`\`\`

## Basic usage

\`\`\`php
<?php
use Cedar\\Route\\Router;
use Psr\\Http\\Message\\ServerRequestInterface as Request;

$router = new Router();

$router->get('/', fn (Request $r) => new HtmlResponse('Home'));

$router->get('/users/{id:\\d+}', function (Request $r, array $params) {
    return new JsonResponse(['id' => (int) $params['id']]);
});

$router->group('/admin', function ($group) {
    $group->get('/stats', [StatsController::class, 'index']);
})->middleware(new RequireAdmin());

$response = $router->dispatch($request);
\`\`\`

## Features

- Named routes and URL generation: \`$router->url('user.show', ['id' => 7])\`
- Route groups with shared prefixes and middleware
- PSR-7 / PSR-15 / PSR-11 interoperability
- Attribute routing: \`#[Get('/posts/{slug}')]\`
- Route cache for production (\`$router->cacheTo('var/routes.php')\`)

## Requirements

- PHP 8.1 or later
- Any PSR-7 implementation

## Documentation

See https://route.cedarphp.example.org for guides and the full API.

## License

MIT. See [LICENSE.md](LICENSE.md).
` },
  { lib: 'cedarroute', kind: 'api_reference', lang: 'English', text: `# Router API

Namespace: \`Cedar\\Route\`

## \`Router::__construct(?ContainerInterface $container = null)\`

Pass a PSR-11 container to resolve controller classes such as
\`[UserController::class, 'show']\`. Without a container, controllers are
instantiated with \`new\`.

## Registering routes

\`\`\`php
public function get(string $path, callable|array|string $handler): Route
public function post(string $path, callable|array|string $handler): Route
public function put(string $path, callable|array|string $handler): Route
public function delete(string $path, callable|array|string $handler): Route
public function map(array $methods, string $path, callable|array|string $handler): Route
\`\`\`

Path placeholders use \`{name}\` or \`{name:regex}\`. Optional trailing segments
are written \`/archive[/{year:\\d{4}}]\`.

## \`Route\` methods

| Method | Returns | Description |
|--------|---------|-------------|
| \`name(string $name)\` | \`Route\` | Assigns a name for URL generation. |
| \`middleware(MiddlewareInterface ...$mw)\` | \`Route\` | Adds route-level middleware. |
| \`host(string $pattern)\` | \`Route\` | Restricts the route to a host, e.g. \`{tenant}.app.example\`. |
| \`defaults(array $values)\` | \`Route\` | Default values for optional params. |

## \`Router::dispatch(ServerRequestInterface $request): ResponseInterface\`

Matches the request and runs the middleware pipeline.

**Throws**

- \`NotFoundException\` (404) when no route matches the path.
- \`MethodNotAllowedException\` (405) when the path matches but the method does
  not. \`getAllowedMethods()\` lists valid methods.

## \`Router::url(string $name, array $params = [], array $query = []): string\`

\`\`\`php
$router->get('/users/{id}', $handler)->name('user.show');
echo $router->url('user.show', ['id' => 7], ['tab' => 'posts']);
// /users/7?tab=posts
\`\`\`

Throws \`RouteNotFoundException\` for an unknown name and
\`InvalidArgumentException\` when a required parameter is missing.

## \`Router::cacheTo(string $file): void\`

Compiles all routes into a PHP file. Closures cannot be cached; use
controller arrays or invokable classes when caching is enabled.
` },
  { lib: 'cedarroute', kind: 'contributing', lang: 'English', text: `# Contributing

We welcome contributions of all sizes, from typo fixes to new features.

## Before you start

- For bugs, open an issue with the PHP version, the Cedar Route version and a
  short script that reproduces the problem.
- For new features, please open an issue to discuss the idea first. It saves
  everyone time if a design needs to change.

## Local setup

\`\`\`bash
git clone https://github.com/cedarphp/route.git
cd route
composer install
\`\`\`

## Running checks

\`\`\`bash
composer test       # PHPUnit
composer analyse    # PHPStan, level 9
composer cs         # PHP-CS-Fixer in dry-run mode
composer cs:fix     # apply coding style fixes
composer bench      # PHPBench route matching benchmarks
\`\`\`

All four checks run in CI on PHP 8.1, 8.2 and 8.3. A pull request must be green
before review.

## Coding standards

- PSR-12 with the project rules in \`.php-cs-fixer.dist.php\`.
- \`declare(strict_types=1);\` in every file.
- Public methods have native parameter and return types; use PHPDoc only
  for generics and array shapes.
- New public API needs an entry in \`docs/\` and \`CHANGELOG.md\`.

## Commit messages

Use the imperative mood and a short summary line, for example:

\`\`\`
Add host constraints to route groups

Allows $group->host('{tenant}.app.example') so every route in the group
inherits the constraint.
\`\`\`

## Backwards compatibility

We follow semantic versioning. Changes that break public API go to the next
major branch (\`4.x\`). Mark anything you deprecate with \`@deprecated\` and
trigger \`E_USER_DEPRECATED\`.

## Code of Conduct

By participating you agree to abide by our
[Code of Conduct](CODE_OF_CONDUCT.md).
` },
  { lib: 'citrinering', kind: 'readme', lang: 'English', text: `# citrinering

[![CI](https://github.com/quartzlab/citrinering/actions/workflows/build.yml/badge.svg?branch=main)](https://github.com/quartzlab/citrinering/actions)
[![Coverage](https://codecov.io/gh/quartzlab/citrinering/branch/main/graph/badge.svg)](https://codecov.io/gh/quartzlab/citrinering)
![C99](https://img.shields.io/badge/std-C99-lightgrey)
![License](https://img.shields.io/badge/license-Zlib-blue)

A lock-free single-producer/single-consumer ring buffer in portable C99.
Header-only, no heap allocation, suitable for embedded targets and audio
threads.

## Usage

Copy \`citrinering.h\` into your project. In exactly one \`.c\` file define the
implementation macro before including it:

\`\`\`c
#define CITRINERING_IMPLEMENTATION
#include "citrinering.h"
\`\`\`

## Example

\`\`\`c
#include <stdio.h>
#include "citrinering.h"

static uint8_t storage[1024];
static cring_t ring;

int main(void) {
    cring_init(&ring, storage, sizeof storage); /* size must be a power of two */

    const char msg[] = "hello";
    size_t written = cring_write(&ring, msg, sizeof msg);

    char out[16];
    size_t read = cring_read(&ring, out, sizeof out);
    printf("wrote %zu, read %zu: %s\\n", written, read, out);
    return 0;
}
\`\`\`

## Building the tests

\`\`\`sh
cmake -B build -DCITRINERING_BUILD_TESTS=ON
cmake --build build
ctest --test-dir build --output-on-failure
\`\`\`

## Properties

- Wait-free \`write\` and \`read\` for one producer and one consumer thread
- Uses C11 atomics when available, falls back to compiler builtins
- Zero-copy access with \`cring_peek_regions()\`
- Tested on x86-64, AArch64, ARM Cortex-M4 and RISC-V

## Limitations

Multiple producers or multiple consumers require external locking. Capacity
must be a power of two and at least 2 bytes.

## License

Zlib. See \`LICENSE\`.
` },
  { lib: 'citrinering', kind: 'api_reference', lang: 'English', text: `# citrinering API

All functions are declared in \`citrinering.h\`. Types use \`size_t\` for sizes.

## Types

\`\`\`c
typedef struct cring {
    uint8_t *buf;
    size_t   mask;      /* capacity - 1 */
    _Atomic size_t head; /* written by producer */
    _Atomic size_t tail; /* written by consumer */
} cring_t;
\`\`\`

Treat the struct as opaque; fields may change between minor releases.

## Functions

### \`int cring_init(cring_t *r, void *storage, size_t capacity)\`

Initialises \`r\` to use \`storage\`. Returns \`0\` on success or
\`CRING_EINVAL\` if \`capacity\` is not a power of two or is smaller than 2.

### \`size_t cring_write(cring_t *r, const void *src, size_t len)\`

Copies up to \`len\` bytes from \`src\`. Returns the number of bytes actually
written, which is less than \`len\` when the buffer is nearly full.
**Producer thread only.**

### \`size_t cring_read(cring_t *r, void *dst, size_t len)\`

Copies up to \`len\` bytes into \`dst\` and advances the read position. Returns the
number of bytes read. **Consumer thread only.**

### \`size_t cring_available(const cring_t *r)\`

Bytes ready to read. Safe to call from either thread; the value may be stale
by the time it is used.

### \`size_t cring_free(const cring_t *r)\`

Bytes that can be written without blocking.

### \`size_t cring_peek_regions(const cring_t *r, cring_region_t out[2])\`

Fills up to two contiguous regions describing readable data without copying.
Call \`cring_consume(r, n)\` afterwards to release \`n\` bytes.

### \`void cring_reset(cring_t *r)\`

Empties the buffer. Not thread-safe: both threads must be stopped.

## Error codes

| Macro | Value | Meaning |
|-------|-------|---------|
| \`CRING_OK\` | 0 | Success |
| \`CRING_EINVAL\` | -1 | Invalid argument |

## Example: zero-copy consumer

\`\`\`c
cring_region_t regs[2];
size_t n = cring_peek_regions(&ring, regs);
for (size_t i = 0; i < n; i++)
    dac_submit(regs[i].ptr, regs[i].len);
cring_consume(&ring, regs[0].len + (n > 1 ? regs[1].len : 0));
\`\`\`
` },
  { lib: 'citrinering', kind: 'security_policy', lang: 'English', text: `# Security Policy

citrinering is small, but it often runs in firmware and real-time code where a
memory-safety bug matters. We take reports seriously.

## Supported versions

| Version | Status |
|---------|--------|
| 2.x | Supported — fixes released as 2.x.y |
| 1.4.x | Critical fixes only, until 2025-06-30 |
| <= 1.3 | Not supported |

## How to report

Email **security@quartzlab.example** with the subject line
\`[citrinering] vulnerability report\`. Please include:

1. The version or commit hash you tested.
2. Compiler, flags and target architecture.
3. A description of the issue (e.g. out-of-bounds read in
   \`cring_peek_regions\` when capacity is 2).
4. A proof-of-concept or failing test case if you have one.

You can also report privately through GitHub at
https://github.com/quartzlab/citrinering/security/advisories/new.

Please do not disclose the issue publicly until a fix is available.

## Our process

- We acknowledge reports within **72 hours**.
- We confirm the problem and agree on severity within **two weeks**.
- Patches are developed in a private fork, with a regression test and a
  fuzzing corpus entry where possible.
- A coordinated release and advisory follow, normally within **45 days** of the
  report. Embedded vendors on our notification list receive a 7-day heads-up.

## Hardening in the code base

- Continuous fuzzing with libFuzzer (\`fuzz/\` directory).
- CI builds with \`-fsanitize=address,undefined\` and ThreadSanitizer.
- Static analysis with clang-tidy and cppcheck on every pull request.

Thank you for helping keep citrinering and its users safe.
` },
  { lib: 'cragdots', kind: 'readme', lang: 'English', text: `# cragdots

[![CI](https://github.com/highcrag/cragdots/actions/workflows/shellcheck.yml/badge.svg?branch=main)](https://github.com/highcrag/cragdots/actions)
[![Release](https://img.shields.io/github/v/release/highcrag/cragdots)](https://github.com/highcrag/cragdots/releases)
![POSIX sh](https://img.shields.io/badge/shell-POSIX%20sh-89e051)

A tiny dotfile manager written in POSIX shell. Keep your configs in one Git
repository, then link them into place on every machine with one command.

## Install

\`\`\`sh
curl -fsSLo ~/.local/bin/cragdots https://get.cragdots.example.org/cragdots
chmod +x ~/.local/bin/cragdots
\`\`\`

Or with Homebrew:

\`\`\`sh
brew install highcrag/tap/cragdots
\`\`\`

Prefer to inspect first? The script is a single ~600-line file at
\`bin/cragdots\` in this repository.

## Quick start

\`\`\`sh
cragdots init https://github.com/you/dotfiles.git   # clone into ~/.dotfiles
cragdots add ~/.zshrc ~/.config/nvim            # move files in and symlink back
cragdots status                                 # show linked / missing / conflicts
cragdots sync                                   # pull, link, and push changes
\`\`\`

On a new machine:

\`\`\`sh
cragdots init https://github.com/you/dotfiles.git
cragdots link
\`\`\`

## Commands

| Command | What it does |
|---------|--------------|
| \`init <repo>\` | Clone or create the dotfiles repository |
| \`add <path>...\` | Move files into the repo and replace them with symlinks |
| \`link\` | Create all symlinks defined in the repo |
| \`unlink\` | Remove symlinks and restore real files |
| \`status\` | Report state of each managed file |
| \`sync\` | \`git pull --rebase\`, \`link\`, then commit and push |
| \`doctor\` | Check for common setup problems |

## Per-host files

Name a file with a \`##host.NAME\` suffix, e.g. \`.gitconfig##host.laptop\`, and
it is only linked on the machine whose hostname matches.

## License

ISC
` },
  { lib: 'cragdots', kind: 'configuration', lang: 'English', text: `# Configuring cragdots

cragdots reads \`~/.config/cragdots/config\` (or \`$XDG_CONFIG_HOME/cragdots/config\`)
as a plain shell-style key/value file. Every key can also be set as an
environment variable with a \`CRAGDOTS_\` prefix; environment variables win.

## Options

| Key | Env variable | Default | Description |
|-----|--------------|---------|-------------|
| \`repo_dir\` | \`CRAGDOTS_REPO_DIR\` | \`~/.dotfiles\` | Where the repository lives. |
| \`link_mode\` | \`CRAGDOTS_LINK_MODE\` | \`symlink\` | \`symlink\` or \`copy\` (for systems without symlinks). |
| \`backup\` | \`CRAGDOTS_BACKUP\` | \`yes\` | Back up conflicting files to \`~/.cragdots-backup/\`. |
| \`auto_commit\` | \`CRAGDOTS_AUTO_COMMIT\` | \`yes\` | Commit automatically during \`sync\`. |
| \`commit_message\` | \`CRAGDOTS_COMMIT_MESSAGE\` | \`sync from %h\` | \`%h\` is replaced with the hostname. |
| \`ignore\` | \`CRAGDOTS_IGNORE\` | \`README.md LICENSE\` | Space-separated files never linked. |
| \`hooks_dir\` | \`CRAGDOTS_HOOKS_DIR\` | \`<repo>/.cragdots/hooks\` | Directory with \`pre-link\` / \`post-link\` scripts. |
| \`color\` | \`NO_COLOR\` / \`CRAGDOTS_COLOR\` | \`auto\` | \`auto\`, \`always\` or \`never\`. |

## Example config

\`\`\`sh
# ~/.config/cragdots/config
repo_dir=~/src/dotfiles
backup=yes
auto_commit=no
ignore="README.md LICENSE scripts/"
\`\`\`

## Hooks

Executable files in \`hooks_dir\` run at fixed points:

- \`pre-link\` — before any symlink is created
- \`post-link\` — after linking, e.g. to install editor plugins
- \`post-sync\` — after a successful \`sync\`

Hooks receive \`CRAGDOTS_REPO_DIR\` and \`CRAGDOTS_HOST\` in their environment and
run with the repository as the working directory.

\`\`\`sh
#!/bin/sh
# .cragdots/hooks/post-link
command -v nvim >/dev/null && nvim --headless +PlugInstall +qa
\`\`\`

## Host and OS selectors

File suffixes select where a file is linked:

- \`##host.NAME\` — hostname equals \`NAME\`
- \`##os.linux\`, \`##os.darwin\` — output of \`uname -s\`, lower-cased
- \`##default\` — used when no other variant matches
` },
  { lib: 'cragdots', kind: 'faq_troubleshooting', lang: 'English', text: `# cragdots FAQ

**\`cragdots link\` says "conflict: ~/.bashrc exists and is not a link"**

A real file is already at the target. With \`backup=yes\` (the default) run
\`cragdots link --force\`; the existing file is moved to
\`~/.cragdots-backup/<timestamp>/\` first. Compare the two and merge anything
you want to keep.

**Symlinks point to the wrong place after I moved the repository**

Links are absolute. Update \`repo_dir\` in your config, then run:

\`\`\`sh
cragdots unlink && cragdots link
\`\`\`

**Does it work on macOS's default \`/bin/sh\`?**

Yes. The script sticks to POSIX features and is tested with dash, bash in
POSIX mode, busybox ash and zsh in sh emulation. \`cragdots doctor\` prints the
shell it detected.

**\`sync\` fails with "rebase in progress"**

A previous pull stopped on a conflict. Go to the repository, resolve it, then:

\`\`\`sh
cd ~/.dotfiles
git rebase --continue
cragdots sync
\`\`\`

**How do I keep secrets out of the repository?**

Do not add files with tokens or private keys. Put secrets in a separate,
untracked file and source it from your tracked config, e.g.
\`[ -f ~/.zshrc.local ] && . ~/.zshrc.local\`. Add the local file's name to
\`.gitignore\` in the dotfiles repo as a safety net.

**Windows support?**

Under WSL and Git Bash, yes. Native symlinks on Windows need Developer Mode;
otherwise set \`link_mode=copy\`.

**Colors look garbled in my CI logs**

Set \`NO_COLOR=1\` or \`CRAGDOTS_COLOR=never\`.

**How do I uninstall?**

Run \`cragdots unlink\` to restore real files, then delete the script and, if
you like, \`~/.config/cragdots/\`.
` },
  { lib: 'cometplot', kind: 'readme', lang: 'English', text: `<p align="center">
  <img src="https://cometplot.example.org/assets/logo.svg" alt="cometplot logo" width="220">
</p>

# cometplot

[![PyPI version](https://img.shields.io/pypi/v/cometplot.svg)](https://pypi.example.org/project/cometplot)
[![conda](https://img.shields.io/badge/conda--forge-cometplot-green)](https://anaconda.example.org/conda-forge/cometplot)
[![Docs](https://img.shields.io/badge/docs-stable-blue)](https://cometplot.example.org)
[![Tests](https://github.com/tailstar/cometplot/actions/workflows/tests.yml/badge.svg?branch=main)](https://github.com/tailstar/cometplot/actions)

Declarative, grammar-of-graphics style charts for pandas and Polars data
frames, rendered to SVG, PNG or interactive HTML.

## Installation

\`\`\`bash
pip install cometplot            # core
pip install "cometplot[html]"    # interactive HTML output
\`\`\`

## A first chart

\`\`\`python
import pandas as pd
import cometplot as cp

df = pd.read_csv("https://data.cometplot.example.org/penguins.csv")

chart = (
    cp.Chart(df)
    .points(x="bill_length", y="bill_depth", color="species")
    .smooth(method="loess")
    .facet(col="island")
    .title("Bill dimensions by island")
)

chart.save("penguins.svg")
chart.show()  # opens in Jupyter or the default browser
\`\`\`

## What you get

- Layers: points, lines, bars, areas, histograms, box plots, heatmaps
- Automatic scales and legends, with \`cp.scale_*\` overrides
- Faceting by row/column
- Themes (\`cp.theme("paper")\`, \`cp.theme("dark")\`) and custom palettes
- Works with pandas, Polars and anything that implements the dataframe
  interchange protocol

## Gallery

Browse examples at https://cometplot.example.org/gallery.

## Citing

If cometplot helps your research, please cite it using the metadata in
\`CITATION.cff\`.

## License

BSD 3-Clause
` },
  { lib: 'cometplot', kind: 'changelog', lang: 'English', text: `# Release notes

## cometplot 1.0.0 (2024-10-02)

The first stable release. See the [migration guide](migration.md) for changes
from 0.x.

### Breaking
- \`cp.plot()\` and the positional-argument API are removed; use \`cp.Chart\`.
- \`size=\` now maps to area, not radius. Charts that encoded size will look
  different; pass \`cp.scale_size(area=False)\` for the old mapping.
- Python 3.8 is no longer supported.

### Added
- Polars support without converting to pandas.
- \`Chart.facet(wrap=n)\` for wrapped facet grids.
- \`theme("paper")\` with print-friendly fonts and line widths.

### Fixed
- Legends no longer overlap the plot area when titles are long.
- Date axes with fewer than three points choose sensible tick labels.

## cometplot 0.14.2 (2024-07-11)

### Fixed
- PNG export produced a blank image on headless Linux without a display.
- \`smooth(method="linear")\` ignored the \`ci=False\` argument.

## cometplot 0.14.0 (2024-06-03)

### Added
- Box plots (\`Chart.boxes()\`) and violin plots (\`Chart.violins()\`).
- \`save(..., scale=2)\` for high-DPI PNGs.

### Changed
- Default palette switched to a color-blind-safe set of eight colors.

### Deprecated
- \`cp.plot()\` emits \`FutureWarning\`; it will be removed in 1.0.

## cometplot 0.13.0 (2024-03-19)

### Added
- Interactive HTML output with hover tooltips (\`pip install "cometplot[html]"\`).

### Fixed
- Histogram bin edges were off by one bin width for negative data.
` },
  { lib: 'cometplot', kind: 'migration_guide', lang: 'English', text: `# Migrating from cometplot 0.x to 1.0

cometplot 1.0 finalises the fluent \`Chart\` API. The functional helpers from the
0.x series were deprecated in 0.14 and are now gone.

## Replace \`cp.plot()\` with \`cp.Chart\`

Before:

\`\`\`python
cp.plot(df, "x", "y", kind="scatter", color="group", title="Results")
\`\`\`

After:

\`\`\`python
cp.Chart(df).points(x="x", y="y", color="group").title("Results")
\`\`\`

| 0.x \`kind=\` | 1.0 method |
|-------------|------------|
| \`"scatter"\` | \`.points()\` |
| \`"line"\` | \`.lines()\` |
| \`"bar"\` | \`.bars()\` |
| \`"hist"\` | \`.histogram()\` |

## Size now maps to area

In 0.x \`size="pop"\` scaled the marker radius linearly with the data, which
exaggerated large values. 1.0 scales area. To reproduce old charts exactly:

\`\`\`python
chart.points(x="gdp", y="life", size="pop").scale_size(area=False)
\`\`\`

## Saving files

\`cp.savefig(chart, "out.png", dpi=200)\` becomes \`chart.save("out.png", scale=2)\`.
The default resolution of \`scale=1\` corresponds to 96 DPI.

## Themes

Theme names are now lower-case strings and the \`set_style()\` function has been
replaced:

\`\`\`python
# 0.x
cp.set_style("Dark")
# 1.0
cp.theme("dark")            # global
chart.theme("dark")         # one chart
\`\`\`

## Facets

\`facet_col=\` and \`facet_row=\` keyword arguments moved into \`.facet()\`:

\`\`\`python
chart.facet(col="island", row="sex")
\`\`\`

## Checking your code

Run your notebooks or scripts on 0.14 with warnings enabled first:

\`\`\`bash
python -W error::FutureWarning analysis.py
\`\`\`

Every call that fails there needs an update before moving to 1.0.
` },
  { lib: 'coralpicker', kind: 'readme', lang: 'English', text: `# @coral-ui/picker

[![npm version](https://img.shields.io/npm/v/@coral-ui/picker.svg?style=flat)](https://npmjs.com/package/@coral-ui/picker)
[![bundle size](https://img.shields.io/badge/minzipped-7.8kB-brightgreen)](https://bundlesize.example.com/package/@coral-ui/picker)
[![Storybook](https://img.shields.io/badge/storybook-live-ff4785)](https://storybook.coral-ui.example.org)
[![CI](https://github.com/reefworks/coral-ui/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/reefworks/coral-ui/actions)

An accessible, headless-friendly date and range picker for React 18+. Ships
with sensible default styles, full keyboard navigation and locale support.

![Screenshot of the range picker](https://coral-ui.example.org/img/picker-range.png)

## Install

\`\`\`sh
npm install @coral-ui/picker
\`\`\`

Import the default stylesheet once, or bring your own:

\`\`\`js
import '@coral-ui/picker/styles.css';
\`\`\`

## Usage

\`\`\`tsx
import { useState } from 'react';
import { DatePicker, RangePicker } from '@coral-ui/picker';

export function BookingForm() {
  const [date, setDate] = useState<Date | null>(null);
  const [range, setRange] = useState<{ from?: Date; to?: Date }>({});

  return (
    <>
      <DatePicker value={date} onChange={setDate} label="Arrival" />
      <RangePicker
        value={range}
        onChange={setRange}
        minDate={new Date()}
        numberOfMonths={2}
        locale="de-DE"
      />
    </>
  );
}
\`\`\`

## Highlights

- WAI-ARIA grid pattern, tested with NVDA, JAWS and VoiceOver
- Locale-aware week starts and month names via \`Intl\`
- Disabled dates via a predicate: \`isDateDisabled={(d) => d.getDay() === 0}\`
- Headless hook \`useCalendar()\` for fully custom markup
- Works with React Server Components when wrapped in a client boundary
- No date library dependency

## Browser support

Last two versions of Chrome, Firefox, Safari and Edge.

## License

MIT © Reefworks
` },
  { lib: 'coralpicker', kind: 'api_reference', lang: 'English', text: `# Component API

## \`<DatePicker>\`

| Prop | Type | Default | Description |
|------|------|---------|-------------|
| \`value\` | \`Date \\| null\` | — | Controlled selected date. |
| \`defaultValue\` | \`Date \\| null\` | \`null\` | Initial value for uncontrolled use. |
| \`onChange\` | \`(date: Date \\| null) => void\` | — | Called when the user picks or clears a date. |
| \`label\` | \`string\` | — | Visible label, also used as the accessible name. |
| \`minDate\` / \`maxDate\` | \`Date\` | — | Bounds; dates outside are disabled. |
| \`isDateDisabled\` | \`(date: Date) => boolean\` | — | Disable arbitrary dates. |
| \`locale\` | \`string\` | browser locale | BCP 47 tag such as \`'fr-CA'\`. |
| \`weekStartsOn\` | \`0–6\` | from locale | Override first day of week. |
| \`format\` | \`Intl.DateTimeFormatOptions\` | \`{ dateStyle: 'medium' }\` | Input display format. |
| \`clearable\` | \`boolean\` | \`true\` | Show a clear button. |
| \`disabled\` | \`boolean\` | \`false\` | Disable the whole control. |

## \`<RangePicker>\`

Accepts all \`DatePicker\` props except \`value\`/\`onChange\`, plus:

| Prop | Type | Description |
|------|------|-------------|
| \`value\` | \`{ from?: Date; to?: Date }\` | Controlled range. |
| \`onChange\` | \`(range) => void\` | Fires after each click; \`to\` is undefined until the second click. |
| \`numberOfMonths\` | \`number\` | Months shown side by side (default \`1\`). |
| \`maxNights\` | \`number\` | Limit range length. |

## \`useCalendar(options)\`

Headless hook used internally by both components.

\`\`\`tsx
const cal = useCalendar({ month: new Date(2024, 4), locale: 'en-GB' });

<table {...cal.gridProps}>
  {cal.weeks.map((week) => (
    <tr key={week.key}>
      {week.days.map((day) => (
        <td key={day.key} {...day.cellProps}>{day.label}</td>
      ))}
    </tr>
  ))}
</table>
\`\`\`

Returns \`{ weeks, month, nextMonth(), prevMonth(), gridProps, focusDate }\`.

## CSS custom properties

Override theme tokens on any ancestor element:

\`\`\`css
.my-theme {
  --coral-accent: #0e7c86;
  --coral-radius: 6px;
  --coral-day-size: 2.25rem;
}
\`\`\`
` },
  { lib: 'coralpicker', kind: 'faq_troubleshooting', lang: 'English', text: `# Troubleshooting

### "Warning: A component is changing an uncontrolled input to be controlled"

You passed \`value={undefined}\` on the first render and a \`Date\` later. Start
with \`null\` instead:

\`\`\`tsx
const [date, setDate] = useState<Date | null>(null);
\`\`\`

### The calendar popover is clipped inside a modal or a scroll container

The popover renders inline by default. Portal it to \`document.body\`:

\`\`\`tsx
<DatePicker portal value={date} onChange={setDate} />
\`\`\`

or pass a specific container with \`portalContainer={ref.current}\`.

### Styles are missing in Next.js

Import the stylesheet in your root layout (\`app/layout.tsx\`) or \`_app.tsx\`,
not inside a component that might be code-split:

\`\`\`tsx
import '@coral-ui/picker/styles.css';
\`\`\`

### \`Error: useCalendar must be used within a client component\`

The picker uses state and effects. Add \`'use client'\` at the top of the file
that renders it, or wrap it in a small client component.

### Selected date is one day off

You are probably converting with \`toISOString()\`, which uses UTC. The picker
returns dates at local midnight. Format with a local formatter or send
\`date.toLocaleDateString('sv-SE')\` (yields \`YYYY-MM-DD\`) to your API.

### Week starts on Sunday but my users expect Monday

The first day of the week comes from \`locale\`. Either set a locale such as
\`'en-GB'\` or pass \`weekStartsOn={1}\`.

### Tests fail with "TypeError: Intl.Locale is not a constructor"

Older jsdom / Node versions lack \`Intl.Locale\`. Use Node 18+ or add a polyfill
in your test setup file.

### Still having trouble?

Check the Storybook examples at https://storybook.coral-ui.example.org or open
an issue with a CodeSandbox reproduction.
` },
  { lib: 'canyonship', kind: 'configuration', lang: 'English', text: `# canyonship configuration reference

\`canyonship\` looks for \`canyonship.yaml\` in the current directory, then walks up
to the repository root. Use \`--config path/to/file.yaml\` to point elsewhere.

## Full example

\`\`\`yaml
version: 2
app: storefront
registry: registry.canyon.example/acme

build:
  dockerfile: Dockerfile
  context: .
  args:
    NODE_ENV: production

environments:
  staging:
    cluster: k8s-staging.canyon.example
    namespace: storefront-staging
    replicas: 2
  production:
    cluster: k8s-prod.canyon.example
    namespace: storefront
    replicas: 6
    strategy: canary
    canary:
      steps: [10, 50, 100]
      pause: 5m
    require_approval: true

healthcheck:
  path: /healthz
  timeout: 3s
  success_threshold: 3

notify:
  slack_channel: "#deploys"
\`\`\`

## Top-level keys

| Key | Required | Description |
|-----|----------|-------------|
| \`version\` | yes | Schema version. Must be \`2\` for canyonship 2.x. |
| \`app\` | yes | Application name; used for labels and image names. |
| \`registry\` | yes | Image registry prefix. |
| \`build\` | no | Docker build settings. Omit to deploy prebuilt images. |
| \`environments\` | yes | Map of environment name to settings. |
| \`healthcheck\` | no | Readiness probe used to gate rollout steps. |
| \`notify\` | no | Deployment notifications. |

## Environment settings

| Key | Default | Description |
|-----|---------|-------------|
| \`strategy\` | \`rolling\` | \`rolling\`, \`canary\` or \`blue-green\`. |
| \`replicas\` | \`1\` | Desired pod count. |
| \`require_approval\` | \`false\` | Pause for \`canyonship approve\` before rollout. |
| \`timeout\` | \`10m\` | Abort and roll back if not healthy in time. |

## Environment variables

| Variable | Purpose |
|----------|---------|
| \`CANYONSHIP_TOKEN\` | API token for the control plane at https://api.canyonship.example. |
| \`CANYONSHIP_ENV\` | Default environment when \`--env\` is not given. |
| \`CANYONSHIP_LOG\` | \`debug\`, \`info\` (default), \`warn\`. |
| \`CANYONSHIP_NO_UPDATE_CHECK\` | Set to \`1\` to skip the version check. |

The CLI sends the token in the \`Authorization: Bearer\` header. Store it in your
CI secret store, not in \`canyonship.yaml\`.
` },
  { lib: 'canyonship', kind: 'security_policy', lang: 'English', text: `# Security Policy

canyonship has access to container registries and Kubernetes clusters, so
vulnerabilities in it can have real impact. Thank you for helping us find them.

## Supported versions

| Version | Supported until |
|---------|-----------------|
| 2.4.x | current |
| 2.3.x | 2025-03-31 |
| 2.0–2.2 | end of life |
| 1.x | end of life |

Only the latest patch release of each supported minor version receives fixes.

## Reporting

- E-mail: **security@canyonship.example**
- Web form: https://canyonship.example/security/report
- Please include "canyonship" and the version in the subject.

Give us enough detail to reproduce the issue: the command you ran, a redacted
\`canyonship.yaml\`, the platform and what you observed. Please **redact tokens,
kubeconfigs and registry credentials** from anything you send; we never need
real secrets to investigate.

## Timeline

1. **Day 0–2:** we confirm receipt and assign a handler.
2. **Day 2–14:** triage, CVSS scoring and a fix plan shared with you.
3. **Within 90 days:** patched release, CVE request and a GitHub security
   advisory. Critical issues are usually fixed much faster.
4. If we cannot meet the deadline we will tell you why and agree on a new date.

## Safe harbour

We will not pursue legal action against researchers who act in good faith,
avoid privacy violations and service disruption, test only against clusters
they own, and give us reasonable time to respond before disclosure.

## Verifying releases

Release binaries are signed. Verify a download with:

\`\`\`sh
canyonship-verify --sig canyonship_2.4.1_linux_amd64.tar.gz.sig \\
  canyonship_2.4.1_linux_amd64.tar.gz
\`\`\`

Checksums are published at https://releases.canyonship.example/2.4.1/SHA256SUMS.
` },
  { lib: 'canyonship', kind: 'changelog', lang: 'English', text: `# canyonship changelog

## v2.4.1 (2024-10-08)

### Fixed
- \`canyonship rollback\` picked the wrong revision when two deploys happened in
  the same second.
- Canary pause durations above 59 minutes were parsed as minutes instead of
  hours (\`pause: 2h\`).
- Windows builds now handle \`build.context\` paths with backslashes.

## v2.4.0 (2024-09-17)

### Added
- \`blue-green\` strategy with automatic traffic switch after health checks.
- \`canyonship diff --env production\` previews manifest changes before a
  deploy.
- \`notify.webhook_url\` for generic JSON webhooks.

### Changed
- \`canyonship status\` output is now a table; use \`--output json\` for scripts.
- Health checks run three times by default before a canary step is promoted
  (\`success_threshold: 3\`).

## v2.3.2 (2024-08-01)

### Fixed
- Approval prompts timed out after 60 s in non-interactive CI even when
  \`--wait-approval 30m\` was passed.
- Registry login retried indefinitely on HTTP 401; it now fails fast.

## v2.3.0 (2024-06-20)

### Added
- \`require_approval\` per environment.
- Shell completions for bash, zsh and fish (\`canyonship completion zsh\`).

### Deprecated
- \`deploy.strategy\` at the top level; move it under each environment.

## v2.0.0 (2024-02-05)

### Breaking
- Config schema \`version: 2\`. Run \`canyonship migrate-config\` to convert v1
  files automatically.
- \`--cluster\` flag removed; clusters are defined per environment.
- The \`CANYON_TOKEN\` environment variable is now \`CANYONSHIP_TOKEN\`.

### Added
- Canary deployments with configurable steps and pauses.
` },
  { lib: 'cobwebpg', kind: 'readme', lang: 'English', text: `# cobwebpg

[![npm](https://img.shields.io/npm/v/cobwebpg.svg?style=flat)](https://npmjs.com/package/cobwebpg)
[![Tests](https://github.com/silkthread/cobwebpg/actions/workflows/test.yml/badge.svg?branch=main)](https://github.com/silkthread/cobwebpg/actions)
[![codecov](https://codecov.io/gh/silkthread/cobwebpg/branch/main/graph/badge.svg)](https://codecov.io/gh/silkthread/cobwebpg)
![node](https://img.shields.io/badge/node-%3E%3D18-green)

A PostgreSQL client for Node.js built around tagged template queries. Values
are always sent as parameters, never interpolated into SQL text.

## Install

\`\`\`bash
npm install cobwebpg
\`\`\`

## Connect and query

\`\`\`js
import cobweb from 'cobwebpg';

const sql = cobweb('postgres://app:secret@db.internal.example:5432/shop', {
  max: 10,           // pool size
  idleTimeout: 30,   // seconds
});

const minPrice = 20;
const products = await sql\`
  select id, name, price
  from products
  where price > \${minPrice}
  order by price
\`;

console.log(products[0].name);
\`\`\`

## Transactions

\`\`\`js
await sql.begin(async (tx) => {
  const [order] = await tx\`insert into orders (customer_id) values (\${id}) returning id\`;
  await tx\`insert into order_items \${tx(items.map((i) => ({ ...i, order_id: order.id })))}\`;
});
\`\`\`

If the callback throws, the transaction is rolled back.

## Features

- Tagged template queries with automatic parameterisation
- Connection pooling with health checks
- \`LISTEN\` / \`NOTIFY\` via \`sql.listen('channel', fn)\`
- Streaming large results with cursors: \`\`sql\`select ...\`.cursor(500)\`\`
- \`COPY FROM\` / \`COPY TO\` streams
- TypeScript types for rows: \`\`sql<Product[]>\`...\` \`\`

## Documentation

https://cobwebpg.example.org

## License

MIT
` },
  { lib: 'cobwebpg', kind: 'migration_guide', lang: 'English', text: `# Upgrading to cobwebpg 5

cobwebpg 5 is ESM-first, drops Node 16 and changes how dynamic identifiers and
transactions are written. Plan for a short code review; queries themselves do
not change.

## Module format

\`\`\`js
// v4 (CommonJS)
const cobweb = require('cobwebpg');

// v5 (ESM)
import cobweb from 'cobwebpg';
\`\`\`

A CommonJS build is still published at \`cobwebpg/cjs\` for projects that cannot
switch yet.

## Dynamic identifiers

\`sql.ident()\` was removed. Pass the name through \`sql()\` instead.

\`\`\`js
// v4
await sql\`select * from \${sql.ident(table)}\`;

// v5
await sql\`select * from \${sql(table)}\`;
\`\`\`

## Transactions

\`sql.transaction()\` became \`sql.begin()\`, and savepoints moved to the
transaction object.

\`\`\`js
// v4
await sql.transaction(async (t) => {
  await t.savepoint('sp1', async (s) => { /* ... */ });
});

// v5
await sql.begin(async (tx) => {
  await tx.savepoint(async (sp) => { /* ... */ });
});
\`\`\`

## Pool options

| v4 | v5 |
|----|----|
| \`poolSize\` | \`max\` |
| \`idleTimeoutMillis\` | \`idleTimeout\` (seconds) |
| \`connectionTimeoutMillis\` | \`connectTimeout\` (seconds) |
| \`ssl: true\` | \`ssl: 'require'\` |

## Type parsing

\`bigint\` columns are now returned as native \`BigInt\` rather than strings. To
keep strings:

\`\`\`js
const sql = cobweb(url, { types: { bigint: 'string' } });
\`\`\`

## Error classes

\`PgError\` is now \`PostgresError\` and exposes \`code\`, \`detail\`, \`hint\` and
\`position\` properties directly instead of through \`err.fields\`.
` },
  { lib: 'cobwebpg', kind: 'security_policy', lang: 'English', text: `# Reporting security issues

We care about the security of cobwebpg and of the applications that use it.

## Supported releases

| Version | Security fixes |
|---------|----------------|
| 5.x | Yes |
| 4.x | Yes, until 2025-04-30 |
| ≤ 3.x | No |

## How to report a vulnerability

Please send a private report to **security@cobwebpg.example**, or open a draft
advisory via GitHub's "Report a vulnerability" button on
https://github.com/silkthread/cobwebpg/security.

Please include:

- affected version(s) of cobwebpg and Node.js
- the kind of issue (for example: parameter values reaching the SQL text
  unescaped, TLS verification being skipped, a crash caused by a malicious
  server response)
- a minimal reproduction, ideally a script that runs against a local
  PostgreSQL container
- any mitigations you are aware of

Do not include production connection strings or real data in your report.

## Our commitment

- We reply within **48 hours** to confirm receipt.
- We keep you updated at least weekly until the issue is resolved.
- We aim to ship a fix within **30 days** for high and critical issues.
- We publish a GitHub advisory and request a CVE once patched versions are
  available on npm, and credit reporters who wish to be named.

## Out of scope

- SQL injection caused by application code that builds queries with
  \`sql.unsafe()\` from user input. This API is intentionally unescaped and is
  documented as such.
- Vulnerabilities in PostgreSQL itself; please report those to the PostgreSQL
  project.

## Security best practices for users

- Use \`ssl: 'verify-full'\` when connecting over untrusted networks.
- Grant the application's database role only the privileges it needs.
- Keep connection strings in environment variables or a secret manager.
` },
  { lib: 'clamtoml', kind: 'readme', lang: 'English', text: `# clamtoml

[![Crates.io](https://img.shields.io/crates/v/clamtoml.svg)](https://crates.example.org/crates/clamtoml)
[![Docs](https://img.shields.io/badge/docs.rs-clamtoml-66c2a5)](https://docs.clamtoml.example.org)
[![Build status](https://github.com/shellfish-rs/clamtoml/actions/workflows/rust.yml/badge.svg?branch=main)](https://github.com/shellfish-rs/clamtoml/actions)
[![License](https://img.shields.io/badge/license-MIT%2FApache--2.0-blue)](#license)

A TOML 1.0 parser and serializer for Rust that keeps formatting intact.
Read a file, change one value, and write it back without losing comments,
whitespace or key order.

## Usage

\`\`\`toml
[dependencies]
clamtoml = { version = "0.6", features = ["serde"] }
\`\`\`

### Editing a document

\`\`\`rust
use clamtoml::Document;

let src = std::fs::read_to_string("Cargo.toml")?;
let mut doc: Document = src.parse()?;

doc["package"]["version"] = clamtoml::value("1.4.0");
doc["dependencies"]["serde"]["features"].push("derive")?;

std::fs::write("Cargo.toml", doc.to_string())?;
\`\`\`

### Deserialising with serde

\`\`\`rust
#[derive(serde::Deserialize)]
struct Config {
    name: String,
    port: u16,
    #[serde(default)]
    tags: Vec<String>,
}

let cfg: Config = clamtoml::from_str(&src)?;
\`\`\`

## Features

- Full TOML 1.0 compliance, verified against the official test suite
- Lossless round-tripping (comments, blank lines, quoting style)
- Helpful errors with line/column and a caret pointing at the problem
- \`no_std\` + \`alloc\` support with the default features disabled
- Optional \`serde\` integration

## Error example

\`\`\`text
error: expected \`=\` after key
 --> config.toml:4:9
  |
4 | timeout 30
  |         ^
\`\`\`

## Minimum supported Rust version

1.70. MSRV bumps are treated as minor-version changes.

## License

Licensed under either of Apache License 2.0 or MIT license at your option.
` },
  { lib: 'clamtoml', kind: 'changelog', lang: 'English', text: `# Changelog

## [Unreleased]

### Added
- \`Document::sort_table()\` for sorting keys while keeping attached comments.

## [0.6.0] - 2024-09-02

### Breaking
- \`Item::as_str()\` now returns \`Option<&str>\` instead of panicking on
  non-string values.
- \`Table::insert\` returns the previous item, matching \`HashMap::insert\`.
- Minimum supported Rust version raised to 1.70.

### Added
- \`no_std\` support (disable default features, enable \`alloc\`).
- \`Array::push()\` accepts anything implementing \`Into<Value>\`.

### Fixed
- Dotted keys inside inline tables (\`a = { b.c = 1 }\`) were written back with
  extra spaces.
- Multi-line literal strings ending in a single quote failed to parse.

## [0.5.3] - 2024-06-14

### Fixed
- Parsing offset date-times with lowercase \`z\` (allowed by TOML 1.0).
- Panic when a table header was followed directly by end-of-file without a
  newline.

## [0.5.2] - 2024-05-01

### Changed
- Error messages now show the offending line with a caret underneath.

### Fixed
- Round-tripping of CRLF line endings on Windows.

## [0.5.0] - 2024-03-10

### Added
- \`serde\` feature with \`from_str\`, \`to_string\` and \`to_document\`.
- Fuzz targets under \`fuzz/\`.

### Changed
- Integers that overflow \`i64\` now produce \`Error::IntegerOverflow\` rather
  than a generic parse error.
` },
  { lib: 'clamtoml', kind: 'contributing', lang: 'English', text: `# How to contribute to clamtoml

Thanks for helping improve clamtoml! Issues, pull requests and test cases are
all welcome.

## Reporting issues

Please include:

- the clamtoml version and enabled features
- the TOML input (or a minimal excerpt) that triggers the problem
- what you expected, and what happened instead (full error output)

If the input is very large, attach it as a file or a gist rather than pasting
it inline.

## Building and testing

\`\`\`sh
cargo build --all-features
cargo test --all-features
cargo test --no-default-features --features alloc   # no_std check
\`\`\`

The TOML compliance suite lives in \`tests/compliance/\` as a git submodule:

\`\`\`sh
git submodule update --init
cargo test --test compliance
\`\`\`

### Fuzzing

\`\`\`sh
cargo install cargo-fuzz
cargo +nightly fuzz run parse_roundtrip -- -max_total_time=300
\`\`\`

If you find a crash, please add the minimised input to
\`tests/fixtures/regressions/\` along with a test.

## Style

- Run \`cargo fmt\` and \`cargo clippy --all-features -- -D warnings\` before
  pushing. CI enforces both.
- Public items require doc comments with an example where practical.
- Prefer returning \`Result\` over panicking in library code.

## Pull request checklist

- [ ] Tests added or updated
- [ ] \`CHANGELOG.md\` entry under *Unreleased*
- [ ] No MSRV bump, or the bump is called out in the description
- [ ] Commits signed off (\`git commit -s\`) per the DCO

## Licensing

Unless you explicitly state otherwise, any contribution you submit is dual
licensed as MIT OR Apache-2.0, without additional terms.

## Conduct

This project follows the [Contributor Covenant](https://shellfish-rs.example.org/conduct).
Questions about it can go to maintainers@shellfish-rs.example.
` },
  { lib: 'caskcache', kind: 'readme', lang: 'English', text: `# caskcache

[![Go Reference](https://img.shields.io/badge/pkg.go.dev-caskcache-blue)](https://pkg.go.example.org/github.com/oakbarrel/caskcache)
[![Test](https://github.com/oakbarrel/caskcache/actions/workflows/test.yml/badge.svg?branch=main)](https://github.com/oakbarrel/caskcache/actions)
[![codecov](https://codecov.io/gh/oakbarrel/caskcache/branch/main/graph/badge.svg)](https://codecov.io/gh/oakbarrel/caskcache)

A generic, concurrent in-memory cache for Go 1.21+ with TTLs, size-based
eviction and request coalescing.

\`\`\`sh
go get github.com/oakbarrel/caskcache
\`\`\`

## Example

\`\`\`go
cache := caskcache.New[string, *User](caskcache.Options{
	MaxEntries: 10_000,
	DefaultTTL: 5 * time.Minute,
	Policy:     caskcache.LFU,
})

// Simple get/set
cache.Set("u:1", alice)
if u, ok := cache.Get("u:1"); ok {
	fmt.Println(u.Name)
}

// Load-through: concurrent callers for the same key share one fetch
user, err := cache.GetOrLoad(ctx, "u:2", func(ctx context.Context) (*User, error) {
	return db.FindUser(ctx, 2)
})
\`\`\`

## Why caskcache

- **Type safe** thanks to generics — no \`interface{}\` casts
- **Sharded** internally to reduce lock contention under load
- **Eviction policies**: LRU, LFU and a W-TinyLFU approximation
- **Request coalescing** prevents cache stampedes
- **Stats**: hit ratio, evictions and load latency via \`cache.Stats()\`

## Performance

On an 8-core laptop, mixed 90/10 read/write:

| Cache | ops/sec |
|-------|---------|
| caskcache (16 shards) | 38M |
| \`sync.Map\` + manual TTL | 21M |
| single mutex map | 6M |

Reproduce with \`go test -bench=Mixed -cpu=8 ./bench\`.

## Status

Stable. The API follows semantic versioning from v1.0.0.

## License

BSD-2-Clause
` },
  { lib: 'caskcache', kind: 'configuration', lang: 'English', text: `# caskcache Options

All behaviour is configured through the \`caskcache.Options\` struct passed to
\`New\`. Zero values select the defaults listed below.

\`\`\`go
type Options struct {
	MaxEntries    int
	MaxCost       int64
	Cost          func(value any) int64
	DefaultTTL    time.Duration
	Policy        Policy
	Shards        int
	CleanupEvery  time.Duration
	OnEvict       func(key any, value any, reason EvictReason)
	Clock         Clock
}
\`\`\`

## Field reference

| Field | Default | Description |
|-------|---------|-------------|
| \`MaxEntries\` | \`0\` (unbounded) | Maximum number of entries across all shards. |
| \`MaxCost\` | \`0\` (disabled) | Upper bound on the summed cost of entries. |
| \`Cost\` | returns \`1\` | Cost function; for byte-size limits return \`len(value)\`. |
| \`DefaultTTL\` | \`0\` (no expiry) | TTL used by \`Set\`; \`SetWithTTL\` overrides it. |
| \`Policy\` | \`LRU\` | \`LRU\`, \`LFU\` or \`TinyLFU\`. |
| \`Shards\` | \`4 × GOMAXPROCS\`, rounded to power of two | Number of internal shards. |
| \`CleanupEvery\` | \`1m\` | Interval of the background expiry sweep. \`-1\` disables it; expired entries are still removed lazily on access. |
| \`OnEvict\` | \`nil\` | Callback run after an entry is removed. Do not block in it. |
| \`Clock\` | real time | Inject a fake clock in tests. |

\`MaxEntries\` and \`MaxCost\` can be combined; eviction happens when either limit
is exceeded.

## Eviction reasons

\`OnEvict\` receives one of \`EvictCapacity\`, \`EvictExpired\`, \`EvictDeleted\` or
\`EvictReplaced\`.

## Example: byte-bounded cache

\`\`\`go
cache := caskcache.New[string, []byte](caskcache.Options{
	MaxCost:    256 << 20, // 256 MiB
	Cost:       func(v any) int64 { return int64(len(v.([]byte))) },
	DefaultTTL: 10 * time.Minute,
	Policy:     caskcache.TinyLFU,
	OnEvict: func(k, _ any, r caskcache.EvictReason) {
		metrics.Evictions.WithLabelValues(r.String()).Inc()
	},
})
\`\`\`

## Testing with a fake clock

\`\`\`go
clk := caskcache.NewFakeClock(time.Unix(0, 0))
c := caskcache.New[string, int](caskcache.Options{DefaultTTL: time.Minute, Clock: clk})
c.Set("a", 1)
clk.Advance(61 * time.Second)
_, ok := c.Get("a") // ok == false
\`\`\`
` },
  { lib: 'caskcache', kind: 'api_reference', lang: 'English', text: `# API reference

Package \`github.com/oakbarrel/caskcache\`.

## Constructor

\`\`\`go
func New[K comparable, V any](opts Options) *Cache[K, V]
\`\`\`

Creates a cache. Call \`Close()\` when done to stop the background sweeper.

## Methods on \`*Cache[K, V]\`

### \`Get(key K) (V, bool)\`
Returns the value and \`true\` if present and not expired. Updates recency /
frequency information.

### \`Peek(key K) (V, bool)\`
Like \`Get\` but does not affect eviction order.

### \`Set(key K, value V)\`
Stores a value with \`Options.DefaultTTL\`.

### \`SetWithTTL(key K, value V, ttl time.Duration)\`
Stores a value with a specific TTL. A TTL of \`0\` means no expiry.

### \`GetOrLoad(ctx context.Context, key K, load LoaderFunc[V]) (V, error)\`
Returns the cached value or calls \`load\` once, even if many goroutines ask for
the same missing key concurrently. Errors are returned to every waiter and
are **not** cached.

\`\`\`go
type LoaderFunc[V any] func(ctx context.Context) (V, error)
\`\`\`

If \`ctx\` is cancelled while waiting, \`GetOrLoad\` returns \`ctx.Err()\`; the load
continues for the other waiters.

### \`Delete(key K) bool\`
Removes a key. Returns \`true\` if it existed.

### \`Len() int\`
Current number of entries (approximate under concurrent writes).

### \`Range(fn func(key K, value V) bool)\`
Iterates over a snapshot of each shard. Return \`false\` to stop early.

### \`Stats() Stats\`

\`\`\`go
type Stats struct {
	Hits, Misses, Evictions uint64
	LoadSuccess, LoadError  uint64
	TotalLoadTime           time.Duration
}
func (s Stats) HitRatio() float64
\`\`\`

### \`Purge()\`
Removes all entries, invoking \`OnEvict\` with \`EvictDeleted\`.

### \`Close() error\`
Stops background goroutines. Further calls on the cache are safe but no
longer expire entries proactively.

## Errors

\`GetOrLoad\` may return \`ErrClosed\` after \`Close()\`, and wraps loader panics
in \`*LoaderPanicError\` so one bad loader does not crash the process.
` },
  { lib: 'cirrusform', kind: 'readme', lang: 'English', text: `# cirrusform

[![npm](https://img.shields.io/npm/v/cirrusform.svg?style=flat)](https://npmjs.com/package/cirrusform)
[![downloads](https://img.shields.io/npm/dm/cirrusform.svg)](https://npmjs.com/package/cirrusform)
[![CI](https://github.com/highcloud-dev/cirrusform/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/highcloud-dev/cirrusform/actions)
[![Vue 3](https://img.shields.io/badge/vue-3.x-42b883)](https://vue.example.org)

Composable form state and validation for Vue 3. Schema-agnostic: bring rules
as plain functions, or plug in your favourite schema library through an
adapter.

## Installation

\`\`\`sh
npm i cirrusform
\`\`\`

## Example

\`\`\`vue
<script setup lang="ts">
import { useForm, required, email, minLength } from 'cirrusform';

const { fields, errors, submit, isSubmitting } = useForm({
  initial: { email: '', password: '' },
  rules: {
    email: [required(), email()],
    password: [required(), minLength(8)],
  },
});

const onSubmit = submit(async (values) => {
  await fetch('https://api.myapp.example/login', {
    method: 'POST',
    body: JSON.stringify(values),
  });
});
</script>

<template>
  <form @submit.prevent="onSubmit">
    <input v-model="fields.email.value" @blur="fields.email.touch()" />
    <p v-if="errors.email">{{ errors.email }}</p>

    <input type="password" v-model="fields.password.value" />
    <p v-if="errors.password">{{ errors.password }}</p>

    <button :disabled="isSubmitting">Sign in</button>
  </form>
</template>
\`\`\`

## Features

- Reactive field state: \`value\`, \`dirty\`, \`touched\`, \`error\`
- Sync and async rules with automatic debouncing
- Field arrays for dynamic lists (\`useFieldArray\`)
- Server-side error mapping: \`setErrors({ email: 'Already taken' })\`
- i18n-ready messages
- ~3 kB gzipped, tree-shakeable

## Docs

https://cirrusform.example.org

## License

MIT
` },
  { lib: 'cirrusform', kind: 'faq_troubleshooting', lang: 'English', text: `# Common questions

## Errors show up before the user has typed anything

By default rules run on every change **after** a field has been touched. If you
see errors immediately, you probably set \`validateOn: 'mount'\`. Use the default
(\`'touch'\`) or \`'submit'\` to validate only when the form is sent:

\`\`\`ts
useForm({ initial, rules, validateOn: 'submit' });
\`\`\`

## \`fields.email.value\` is not reactive in my template

Do not destructure the field object:

\`\`\`ts
// breaks reactivity
const { value } = fields.email;
// fine
fields.email.value
\`\`\`

## Async rule fires on every keystroke

Async rules are debounced by 300 ms by default. Increase it per rule:

\`\`\`ts
const usernameFree = asyncRule(checkUsername, { debounce: 600 });
\`\`\`

## How do I show errors returned by my API?

Call \`setErrors\` with a map of field paths to messages:

\`\`\`ts
const onSubmit = submit(async (values) => {
  const res = await api.register(values);
  if (res.status === 422) setErrors(res.body.errors);
});
\`\`\`

Nested paths use dots: \`'address.zip'\`, and arrays use indexes:
\`'items.2.qty'\`.

## TypeScript complains that a field does not exist

Provide \`initial\` with every field, or pass an explicit generic:

\`\`\`ts
useForm<{ email: string; age?: number }>({ initial: { email: '' } });
\`\`\`

## Can I use it with the Options API?

Yes, call \`useForm\` inside \`setup()\` and return what you need.

## \`submit\` handler runs twice

Make sure the form uses \`@submit.prevent\` and the button is not also bound to
\`@click="onSubmit"\`.

## Resetting after a successful submit

\`reset()\` restores \`initial\`; \`reset(newValues)\` sets new initial values and
clears \`dirty\` and \`touched\` flags.
` },
  { lib: 'cirrusform', kind: 'contributing', lang: 'English', text: `# Contributing to cirrusform

First off, thank you! Here is how to get a change merged smoothly.

## Ground rules

- Be kind. Our [Code of Conduct](https://cirrusform.example.org/conduct)
  applies to issues, pull requests and chat.
- Small, focused pull requests are reviewed fastest.
- Every behaviour change needs a test.

## Issues

Use the issue templates. Bug reports need a reproduction; the quickest way is
to fork our StackBlitz starter linked from the template. Feature requests
should describe the use case, not only the API you have in mind.

## Setup

We use pnpm workspaces.

\`\`\`sh
corepack enable
pnpm install
pnpm build
\`\`\`

| Script | Purpose |
|--------|---------|
| \`pnpm test\` | Vitest unit tests |
| \`pnpm test:types\` | Type-level tests with \`tsd\` |
| \`pnpm lint\` | ESLint + Prettier check |
| \`pnpm docs:dev\` | Run the documentation site locally |
| \`pnpm size\` | Verify the bundle size budget |

## Code style

- TypeScript strict mode; avoid \`any\` in public types.
- Prettier formats everything; do not hand-format.
- Composables start with \`use\`; rule factories are plain verbs or nouns
  (\`required\`, \`minLength\`).

## Commit convention

We use Conventional Commits so release notes can be generated:

\`\`\`
feat(rules): add \`between(min, max)\` rule
fix(field-array): keep errors aligned after remove()
docs: clarify validateOn option
\`\`\`

## Releasing

Maintainers run \`pnpm release\`, which bumps versions with changesets. If your
PR changes published code, add a changeset with \`pnpm changeset\`.

## Questions

Open a discussion on GitHub or e-mail the maintainers at
team@cirrusform.example.
` },
  { lib: 'chidori-date', kind: 'readme', lang: 'Japanese', text: `# chidori-date

[![npm](https://img.shields.io/npm/v/chidori-date.svg?style=flat)](https://npmjs.com/package/chidori-date)
[![CI](https://github.com/hamabe-lab/chidori-date/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/hamabe-lab/chidori-date/actions)
[![codecov](https://codecov.io/gh/hamabe-lab/chidori-date/branch/main/graph/badge.svg)](https://codecov.io/gh/hamabe-lab/chidori-date)
[![license](https://img.shields.io/badge/license-MIT-blue.svg)](LICENSE)

**chidori-date** は、JavaScript / TypeScript 向けの軽量な日付フォーマット・計算ライブラリです。
和暦（令和・平成など）、曜日の日本語表記、祝日判定、営業日計算を標準でサポートしています。
依存パッケージはなく、gzip 後のサイズは約 4 kB です。

## インストール

\`\`\`bash
npm install chidori-date
# または
yarn add chidori-date
\`\`\`

Node.js 18 以上、およびモダンブラウザで動作します。

## 使い方

\`\`\`ts
import { format, toWareki, addBusinessDays, isHoliday } from 'chidori-date';

const d = new Date(2024, 4, 3);

format(d, 'YYYY年M月D日(ddd)');   // => '2024年5月3日(金)'
toWareki(d);                        // => '令和6年5月3日'
isHoliday(d);                       // => true（憲法記念日）

// 土日・祝日を除いて 5 営業日後
addBusinessDays(d, 5);              // => 2024-05-13
\`\`\`

## 主な機能

- \`YYYY\`、\`MM\`、\`DD\`、\`HH\`、\`mm\` などのトークンによる柔軟なフォーマット
- 和暦への変換と和暦文字列のパース（\`parseWareki('平成31年4月30日')\`）
- 日本の祝日データ（振替休日・国民の休日を含む）
- 営業日の加算・差分計算、独自の休業日リストの追加
- イミュータブルな API（元の \`Date\` を書き換えません）
- TypeScript の型定義を同梱

## ドキュメント

詳しい API は [docs/api.md](docs/api.md) または
https://chidori-date.example.org/ja/ を参照してください。

## コントリビュート

バグ報告や機能提案は GitHub の Issue からお願いします。プルリクエストも歓迎します。

## ライセンス

MIT License © 2024 Hamabe Lab
` },
  { lib: 'chidori-date', kind: 'api_reference', lang: 'Japanese', text: `# API リファレンス

すべての関数は \`chidori-date\` からインポートできます。引数の \`Date\` は変更されず、
常に新しい値が返されます。

## \`format(date, pattern, options?)\`

日付を指定したパターンの文字列に変換します。

| 引数 | 型 | 説明 |
|------|----|------|
| \`date\` | \`Date \\| number\` | 対象の日付、または UNIX ミリ秒 |
| \`pattern\` | \`string\` | フォーマット文字列 |
| \`options.timeZone\` | \`string\` | 例: \`'Asia/Tokyo'\`。省略時は実行環境のタイムゾーン |

主なトークン:

| トークン | 出力例 | 意味 |
|----------|--------|------|
| \`YYYY\` | \`2024\` | 西暦 4 桁 |
| \`M\` / \`MM\` | \`5\` / \`05\` | 月 |
| \`D\` / \`DD\` | \`3\` / \`03\` | 日 |
| \`ddd\` | \`金\` | 曜日（短縮） |
| \`dddd\` | \`金曜日\` | 曜日 |
| \`HH:mm\` | \`09:30\` | 時刻（24 時間制） |
| \`[文字]\` | \`文字\` | 角括弧内はそのまま出力 |

**戻り値:** \`string\`
**例外:** 無効な日付を渡すと \`RangeError\` を投げます。

## \`toWareki(date, options?)\`

和暦の文字列を返します。\`options.format\` に \`'short'\` を指定すると \`R6.5.3\`
のような略記になります。明治より前の日付では \`RangeError\` になります。

## \`parseWareki(text)\`

\`'令和元年5月1日'\` や \`'H31.4.30'\` のような文字列を \`Date\` に変換します。
解析できない場合は \`null\` を返します（例外は投げません）。

## \`isHoliday(date)\` / \`holidayName(date)\`

日本の祝日かどうかを判定します。\`holidayName\` は祝日名（例: \`'こどもの日'\`）、
祝日でなければ \`null\` を返します。

## \`addBusinessDays(date, days, options?)\`

土日と祝日を除いて \`days\` 営業日を加算します。負の値も指定できます。

\`\`\`ts
addBusinessDays(new Date(2024, 11, 27), 1, {
  extraHolidays: ['2024-12-30', '2024-12-31'], // 年末休業
}); // => 2025-01-06
\`\`\`

## \`diffBusinessDays(from, to, options?)\`

2 つの日付の間の営業日数を返します。\`from\` 自身は含まず、\`to\` は含みます。
` },
  { lib: 'chidori-date', kind: 'changelog', lang: 'Japanese', text: `# 変更履歴

このプロジェクトは [セマンティック バージョニング](https://semver.example.org/lang/ja/) に従います。

## [2.3.0] - 2024-11-05

### 追加
- \`diffBusinessDays()\` を追加しました。
- \`format()\` に \`[ ]\` によるエスケープ記法を追加しました（例: \`'YYYY[年]'\`）。
- 2025 年の祝日データを追加しました。

### 修正
- \`Asia/Tokyo\` 以外のタイムゾーンで実行した場合に、\`isHoliday()\` が前日の結果を
  返すことがある問題を修正しました (#88)。

## [2.2.1] - 2024-08-19

### 修正
- \`parseWareki('令和元年')\` のように「元年」表記を含む文字列が \`null\` になる問題を修正。
- 型定義で \`options.timeZone\` が必須扱いになっていた誤りを修正。

## [2.2.0] - 2024-06-10

### 追加
- \`toWareki()\` に \`format: 'short'\` オプションを追加（\`R6.5.3\` 形式）。
- ESM と CommonJS の両方を \`exports\` フィールドで提供するようにしました。

### 変更
- 曜日トークン \`ddd\` の既定の出力を \`（金）\` から \`金\` に変更しました。
  括弧が必要な場合はパターン側で \`(ddd)\` と指定してください。

## [2.0.0] - 2024-02-01

### 破壊的変更
- Node.js 16 のサポートを終了しました。
- \`formatJP()\` を削除し、\`format()\` に統合しました。
- \`addWorkdays()\` を \`addBusinessDays()\` に名称変更しました。
- 祝日データの読み込み方式を変更し、\`loadHolidays()\` の呼び出しが不要になりました。

### 追加
- TypeScript で書き直し、型定義を同梱しました。
- 独自の休業日を指定できる \`extraHolidays\` オプションを追加。

## [1.4.2] - 2023-10-12

### 修正
- 振替休日の判定が一部の年で誤っていた問題を修正。
` },
  { lib: 'chikuwa-run', kind: 'readme', lang: 'Japanese', text: `# chikuwa-run

[![Release](https://img.shields.io/github/v/release/oden-tools/chikuwa-run)](https://github.com/oden-tools/chikuwa-run/releases)
[![CI](https://github.com/oden-tools/chikuwa-run/actions/workflows/test.yml/badge.svg?branch=main)](https://github.com/oden-tools/chikuwa-run/actions)
[![Go](https://img.shields.io/badge/go-1.22-00ADD8)](https://go.example.org)

\`chikuwa-run\` は、YAML で定義したタスクを実行するシンプルなタスクランナーです。
Go で書かれた単一バイナリなので、Make や npm scripts の代わりにどんな言語の
プロジェクトでも使えます。タスク間の依存関係、並列実行、ファイル変更の監視に対応しています。

## インストール

Homebrew:

\`\`\`sh
brew install oden-tools/tap/chikuwa-run
\`\`\`

Go:

\`\`\`sh
go install github.com/oden-tools/chikuwa-run/cmd/chikuwa@latest
\`\`\`

各 OS 向けのバイナリは [Releases](https://github.com/oden-tools/chikuwa-run/releases) からも入手できます。

## はじめかた

プロジェクトのルートに \`chikuwa.yaml\` を作成します。

\`\`\`yaml
tasks:
  lint:
    run: golangci-lint run ./...
  test:
    run: go test ./...
  build:
    deps: [lint, test]
    run: go build -o bin/app ./cmd/app
  dev:
    watch: ["**/*.go"]
    run: go run ./cmd/app
\`\`\`

タスクを実行します。

\`\`\`sh
chikuwa build        # lint と test を並列実行したあと build
chikuwa dev          # .go ファイルが変わるたびに再起動
chikuwa --list       # タスク一覧を表示
\`\`\`

## 特長

- 依存タスクは可能な限り並列に実行
- \`sources\` と \`outputs\` を指定すると、変更がないタスクをスキップ
- \`.env\` ファイルの読み込みと変数展開
- Windows / macOS / Linux で同じ設定ファイルが動作
- 実行時間の表示とわかりやすいエラーメッセージ

## ライセンス

Apache License 2.0
` },
  { lib: 'chikuwa-run', kind: 'configuration', lang: 'Japanese', text: `# 設定ファイルリファレンス

\`chikuwa\` はカレントディレクトリから親ディレクトリへ順に \`chikuwa.yaml\`
（または \`chikuwa.yml\`）を探します。\`-f\` オプションで任意のファイルを指定できます。

## トップレベルのキー

| キー | 型 | 既定値 | 説明 |
|------|----|--------|------|
| \`version\` | 数値 | \`1\` | 設定ファイルのスキーマバージョン |
| \`env\` | マップ | \`{}\` | すべてのタスクに渡す環境変数 |
| \`dotenv\` | 文字列の配列 | \`[]\` | 読み込む \`.env\` ファイル |
| \`shell\` | 文字列 | OS に依存 | コマンドを実行するシェル（例: \`bash\`, \`pwsh\`） |
| \`concurrency\` | 数値 | CPU コア数 | 同時に実行するタスクの上限 |
| \`tasks\` | マップ | — | タスク定義（必須） |

## タスクのキー

| キー | 説明 |
|------|------|
| \`run\` | 実行するコマンド。文字列または文字列の配列 |
| \`deps\` | 先に実行する依存タスク |
| \`dir\` | 作業ディレクトリ |
| \`env\` | このタスクだけに渡す環境変数 |
| \`sources\` / \`outputs\` | glob パターン。\`outputs\` が \`sources\` より新しければスキップ |
| \`watch\` | 変更を監視するファイルの glob。\`chikuwa TASK\` で監視モードになります |
| \`desc\` | \`--list\` で表示される説明 |
| \`platforms\` | 実行する OS の制限（例: \`[linux, darwin]\`） |

## 例

\`\`\`yaml
version: 1
dotenv: [.env, .env.local]
env:
  APP_ENV: development

tasks:
  assets:
    desc: フロントエンドのビルド
    dir: web
    sources: ["src/**/*.ts"]
    outputs: ["dist/**"]
    run: npm run build
  server:
    deps: [assets]
    env:
      PORT: "8080"
    run: go run ./cmd/server
\`\`\`

## 変数展開

コマンド内の \`\${VAR}\` は環境変数で置き換えられます。
\`\${VAR:-既定値}\` の形式で既定値も指定できます。

## 環境変数

| 変数 | 説明 |
|------|------|
| \`CHIKUWA_CONCURRENCY\` | \`concurrency\` を上書き |
| \`CHIKUWA_NO_COLOR\` | \`1\` で色付き出力を無効化 |
| \`CHIKUWA_VERBOSE\` | \`1\` で実行されるコマンドをすべて表示 |
` },
  { lib: 'chikuwa-run', kind: 'faq_troubleshooting', lang: 'Japanese', text: `# よくある質問とトラブルシューティング

### \`task "build" not found\` と表示される

\`chikuwa.yaml\` が見つかっていない可能性があります。\`chikuwa --list\` を実行して、
どの設定ファイルが読み込まれているか確認してください。別の場所にある場合は
\`chikuwa -f path/to/chikuwa.yaml build\` のように指定します。

### Windows でコマンドが失敗する

既定のシェルは Windows では \`cmd.exe\` です。\`&&\` や \`$VAR\` を使うコマンドは
動かないことがあります。設定ファイルで \`shell: pwsh\` もしくは \`shell: bash\`
（Git Bash）を指定するか、\`run\` を配列にしてコマンドを分割してください。

### タスクが毎回スキップされてしまう

\`sources\` と \`outputs\` の両方が指定されていて、出力ファイルの方が新しいと
判断されています。強制的に実行するには \`--force\` を付けます。

\`\`\`sh
chikuwa build --force
\`\`\`

### \`cycle detected: a -> b -> a\`

タスクの \`deps\` が循環しています。依存関係を見直して、循環を取り除いてください。

### 監視モードで変更が検知されない

- \`watch\` の glob がプロジェクトルートからの相対パスになっているか確認してください。
- Docker のボリュームや NFS 上では OS のファイル通知が届かないことがあります。
  その場合は \`--poll 500ms\` オプションでポーリングに切り替えてください。
- Linux で大量のファイルを監視すると inotify の上限に達することがあります。
  \`sysctl fs.inotify.max_user_watches\` の値を増やしてください。

### \`.env\` の値が反映されない

\`dotenv\` に列挙したファイルは、すでに設定されている環境変数を上書きしません。
シェル側で同名の変数が設定されていないか確認してください。

### 出力が混ざって読みにくい

並列実行中は各行の先頭にタスク名が付きます。順番に実行したい場合は
\`--concurrency 1\` を指定してください。

### それでも解決しない場合

\`CHIKUWA_VERBOSE=1\` を付けて実行したログと、\`chikuwa --version\` の出力を添えて
GitHub の Issue を作成してください。
` },
  { lib: 'colibri-csv', kind: 'readme', lang: 'Spanish', text: `# colibri-csv

[![PyPI](https://img.shields.io/pypi/v/colibri-csv.svg)](https://pypi.example.org/project/colibri-csv)
[![Pruebas](https://github.com/picaflor-dev/colibri-csv/actions/workflows/tests.yml/badge.svg?branch=main)](https://github.com/picaflor-dev/colibri-csv/actions)
[![Cobertura](https://codecov.io/gh/picaflor-dev/colibri-csv/branch/main/graph/badge.svg)](https://codecov.io/gh/picaflor-dev/colibri-csv)
[![Licencia](https://img.shields.io/badge/licencia-MIT-blue.svg)](LICENSE)

**colibri-csv** es una biblioteca de Python para leer y escribir archivos CSV
grandes de forma rápida y con tipos. Detecta automáticamente el delimitador y la
codificación, valida cada fila contra un esquema y procesa los datos en
*streaming* sin cargar todo el archivo en memoria.

## Instalación

\`\`\`bash
pip install colibri-csv
\`\`\`

Requiere Python 3.9 o superior.

## Uso rápido

\`\`\`python
import colibri

esquema = colibri.Schema(
    id=int,
    nombre=str,
    precio=colibri.Decimal(places=2),
    fecha_alta=colibri.Date("%d/%m/%Y"),
)

with colibri.open("productos.csv", schema=esquema) as lector:
    for fila in lector:
        print(fila.nombre, fila.precio)

    print("Filas con errores:", len(lector.errors))
\`\`\`

Escribir un archivo:

\`\`\`python
with colibri.writer("salida.csv", fields=["id", "total"]) as w:
    w.write({"id": 1, "total": 19.90})
\`\`\`

## Características

- Detección automática de delimitador (\`,\`, \`;\`, tabulador, \`|\`)
- Detección de codificación (UTF-8, UTF-8 con BOM, Latin-1)
- Validación por esquema con mensajes que indican fila y columna
- Modo tolerante: las filas inválidas se guardan en \`lector.errors\`
- Lectura en paralelo por bloques para archivos de varios GB
- Conversión directa a pandas o Polars con \`lector.to_frame()\`

## Documentación

La documentación completa está en https://colibri-csv.example.org/es/.

## Licencia

Distribuido bajo la licencia MIT.
` },
  { lib: 'colibri-csv', kind: 'migration_guide', lang: 'Spanish', text: `# Guía de migración de la versión 1.x a la 2.0

La versión 2.0 de colibri-csv unifica la API de lectura, introduce esquemas
declarativos y elimina funciones que estaban obsoletas desde la 1.6.

## Requisitos

- Python 3.9 o superior (la 1.x admitía 3.7).
- El paquete se importa ahora como \`colibri\` en lugar de \`colibri_csv\`.

\`\`\`python
# Antes (1.x)
import colibri_csv
# Ahora (2.0)
import colibri
\`\`\`

## Lectura de archivos

\`read_csv()\` y \`iter_csv()\` se han sustituido por \`colibri.open()\`, que funciona
como gestor de contexto.

Antes:

\`\`\`python
filas = colibri_csv.read_csv("datos.csv", sep=";", types={"edad": int})
\`\`\`

Después:

\`\`\`python
with colibri.open("datos.csv", delimiter=";", schema=colibri.Schema(edad=int)) as r:
    filas = list(r)
\`\`\`

## Nombres de parámetros

| 1.x | 2.0 |
|-----|-----|
| \`sep\` | \`delimiter\` |
| \`enc\` | \`encoding\` |
| \`types\` | \`schema\` |
| \`skip_bad_lines=True\` | \`on_error="collect"\` |
| \`header=False\` | \`fields=[...]\` |

## Gestión de errores

En la 1.x, una fila inválida lanzaba \`ValueError\` y detenía la lectura. En la
2.0 el comportamiento se controla con \`on_error\`:

- \`"raise"\` (por defecto): lanza \`colibri.RowError\` con la fila y la columna.
- \`"collect"\`: continúa y guarda los errores en \`r.errors\`.
- \`"skip"\`: ignora las filas inválidas sin registrarlas.

## Fechas y decimales

Los valores de fecha ya no se convierten automáticamente. Declara el formato en
el esquema con \`colibri.Date("%d/%m/%Y")\`. Los importes deben usar
\`colibri.Decimal\` en lugar de \`float\` para evitar errores de redondeo.

## Escritura

\`write_csv(filas, ruta)\` pasa a ser \`colibri.writer(ruta, fields=...)\`, que
escribe fila a fila y cierra el archivo al salir del bloque \`with\`.
` },
  { lib: 'colibri-csv', kind: 'security_policy', lang: 'Spanish', text: `# Política de seguridad

## Versiones con soporte

| Versión | Soporte de seguridad |
|---------|----------------------|
| 2.1.x | ✅ Sí |
| 2.0.x | ✅ Sí, hasta el 31/03/2025 |
| 1.x | ❌ No |

Recomendamos usar siempre la última versión publicada en PyPI.

## Cómo informar de una vulnerabilidad

Por favor, **no abras un issue público** para problemas de seguridad.

Envía un correo a **seguridad@colibri-csv.example** o utiliza el formulario de
avisos privados de GitHub en
https://github.com/picaflor-dev/colibri-csv/security/advisories/new.

Incluye, si es posible:

- la versión de colibri-csv y de Python;
- una descripción del problema y su impacto (por ejemplo, un archivo CSV
  manipulado que provoca un consumo excesivo de memoria, o fórmulas que se
  exportan sin escapar al generar archivos para hojas de cálculo);
- un archivo de ejemplo mínimo o un script que reproduzca el fallo;
- cualquier posible solución que hayas identificado.

No incluyas datos personales ni datos reales de producción en los archivos de
ejemplo.

## Qué puedes esperar

1. Confirmaremos la recepción de tu informe en un plazo de **3 días hábiles**.
2. En un plazo de **14 días** te comunicaremos nuestra evaluación y la
   gravedad estimada.
3. Publicaremos una versión corregida en un plazo máximo de **60 días** y,
   después, un aviso de seguridad con su identificador CVE.
4. Te mencionaremos en el aviso, salvo que prefieras permanecer en el anonimato.

## Recomendaciones para usuarios

- Al exportar datos que se abrirán en Excel o LibreOffice, activa
  \`escape_formulas=True\` en \`colibri.writer()\` para neutralizar celdas que
  empiezan por \`=\`, \`+\`, \`-\` o \`@\`.
- Limita el tamaño de línea con \`max_line_bytes\` cuando proceses archivos de
  origen desconocido.

Gracias por ayudarnos a mantener colibri-csv seguro.
` },
  { lib: 'cumbre-auth', kind: 'readme', lang: 'Spanish', text: `# cumbre-auth

[![npm](https://img.shields.io/npm/v/cumbre-auth.svg?style=flat)](https://npmjs.com/package/cumbre-auth)
[![CI](https://github.com/andes-stack/cumbre-auth/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/andes-stack/cumbre-auth/actions)
[![codecov](https://codecov.io/gh/andes-stack/cumbre-auth/branch/main/graph/badge.svg)](https://codecov.io/gh/andes-stack/cumbre-auth)
![TypeScript](https://img.shields.io/badge/TypeScript-listo-3178c6)

Middleware de autenticación con JWT para Express, Fastify y Koa. Verifica
tokens firmados con HS256, RS256 o ES256, obtiene claves públicas desde un
endpoint JWKS con caché y expone el usuario autenticado en la petición.

## Instalación

\`\`\`bash
npm install cumbre-auth
\`\`\`

## Ejemplo con Express

\`\`\`js
import express from 'express';
import { cumbre } from 'cumbre-auth/express';

const app = express();

app.use(
  cumbre({
    jwksUri: 'https://auth.miempresa.example/.well-known/jwks.json',
    issuer: 'https://auth.miempresa.example/',
    audience: 'api-pedidos',
  }),
);

app.get('/perfil', (req, res) => {
  res.json({ id: req.auth.sub, roles: req.auth.roles });
});

app.listen(3000);
\`\`\`

El cliente debe enviar el token en la cabecera \`Authorization\` con el formato
\`Bearer <token>\`.

## Proteger rutas por rol

\`\`\`js
import { requireRole } from 'cumbre-auth/express';

app.delete('/pedidos/:id', requireRole('admin'), borrarPedido);
\`\`\`

## Características

- Compatible con Express 4/5, Fastify 4 y Koa 2
- Caché de claves JWKS con rotación automática
- Validación de \`iss\`, \`aud\`, \`exp\` y \`nbf\` con margen configurable
- Rutas públicas mediante \`exclude: ['/salud', /^\\/publico\\//]\`
- Errores normalizados (\`401\` y \`403\`) con cuerpo JSON
- Tipos de TypeScript incluidos

## Documentación

Consulta la [configuración](docs/configuracion.md) y la guía completa en
https://cumbre-auth.example.org.

## Licencia

MIT
` },
  { lib: 'cumbre-auth', kind: 'configuration', lang: 'Spanish', text: `# Configuración

Todas las integraciones (\`cumbre-auth/express\`, \`cumbre-auth/fastify\` y
\`cumbre-auth/koa\`) aceptan el mismo objeto de opciones.

## Opciones

| Opción | Tipo | Por defecto | Descripción |
|--------|------|-------------|-------------|
| \`secret\` | \`string \\| Buffer\` | — | Clave compartida para HS256. Incompatible con \`jwksUri\`. |
| \`jwksUri\` | \`string\` | — | URL del conjunto de claves públicas (RS256/ES256). |
| \`algorithms\` | \`string[]\` | \`['RS256']\` | Algoritmos aceptados. Nunca incluyas \`none\`. |
| \`issuer\` | \`string \\| string[]\` | — | Valor esperado de \`iss\`. |
| \`audience\` | \`string \\| string[]\` | — | Valor esperado de \`aud\`. |
| \`clockTolerance\` | \`number\` | \`5\` | Margen en segundos para \`exp\` y \`nbf\`. |
| \`jwksCacheTtl\` | \`number\` | \`600\` | Segundos que se guardan las claves en caché. |
| \`exclude\` | \`(string \\| RegExp)[]\` | \`[]\` | Rutas que no requieren token. |
| \`credentialsRequired\` | \`boolean\` | \`true\` | Si es \`false\`, las peticiones sin token pasan con \`req.auth = null\`. |
| \`requestProperty\` | \`string\` | \`'auth'\` | Propiedad de la petición donde se guardan los *claims*. |
| \`getToken\` | \`(req) => string \\| null\` | cabecera \`Authorization\` | Función para extraer el token de otro lugar. |

## Variables de entorno

Si una opción no se pasa en código, se lee de estas variables:

| Variable | Opción |
|----------|--------|
| \`CUMBRE_JWKS_URI\` | \`jwksUri\` |
| \`CUMBRE_ISSUER\` | \`issuer\` |
| \`CUMBRE_AUDIENCE\` | \`audience\` |
| \`CUMBRE_SECRET\` | \`secret\` |
| \`CUMBRE_CLOCK_TOLERANCE\` | \`clockTolerance\` |

Guarda \`CUMBRE_SECRET\` en un gestor de secretos y nunca lo subas al repositorio.

## Ejemplo con Fastify

\`\`\`js
import Fastify from 'fastify';
import cumbre from 'cumbre-auth/fastify';

const app = Fastify();

await app.register(cumbre, {
  jwksUri: process.env.CUMBRE_JWKS_URI,
  issuer: 'https://auth.miempresa.example/',
  audience: ['api-pedidos', 'api-facturas'],
  algorithms: ['RS256', 'ES256'],
  exclude: ['/salud'],
});
\`\`\`

## Token en una cookie

\`\`\`js
cumbre({
  secret: process.env.CUMBRE_SECRET,
  algorithms: ['HS256'],
  getToken: (req) => req.cookies?.sesion ?? null,
});
\`\`\`
` },
  { lib: 'cumbre-auth', kind: 'contributing', lang: 'Spanish', text: `# Cómo contribuir

¡Gracias por tu interés en mejorar cumbre-auth! Aceptamos correcciones,
documentación, pruebas y nuevas funciones.

## Antes de empezar

- Revisa los [issues abiertos](https://github.com/andes-stack/cumbre-auth/issues)
  para no duplicar trabajo.
- Si quieres proponer una función grande, abre primero un issue para
  comentar el diseño.
- Los problemas de seguridad **no** se publican como issue: escríbenos a
  seguridad@cumbre-auth.example.

## Preparar el entorno

\`\`\`bash
git clone https://github.com/andes-stack/cumbre-auth.git
cd cumbre-auth
npm ci
npm run build
\`\`\`

## Ejecutar las pruebas

\`\`\`bash
npm test               # pruebas unitarias con Vitest
npm run test:int       # integración con Express, Fastify y Koa
npm run lint           # ESLint y Prettier
npm run typecheck      # tsc --noEmit
\`\`\`

Las pruebas de integración generan claves RSA y EC temporales; no necesitan
conexión a internet ni servicios externos.

## Estilo de código

- TypeScript en modo estricto.
- Formato automático con Prettier; no ajustes el formato a mano.
- Los mensajes de error para el cliente van en inglés y con un \`code\`
  estable (por ejemplo \`token_expired\`), para que las aplicaciones puedan
  traducirlos.

## Mensajes de commit

Seguimos Conventional Commits:

\`\`\`
feat(fastify): permitir varias audiencias
fix(jwks): reintentar una vez si la clave no está en caché
docs: añadir ejemplo con cookies
\`\`\`

## Firma de commits

Añade la línea \`Signed-off-by\` con \`git commit -s\` para aceptar el
Developer Certificate of Origin.

## Pull requests

1. Crea una rama a partir de \`main\`.
2. Incluye pruebas para cualquier cambio de comportamiento.
3. Actualiza \`CHANGELOG.md\` en la sección *Sin publicar*.
4. Asegúrate de que la integración continua pase antes de pedir revisión.

## Código de conducta

Este proyecto se rige por nuestro
[código de conducta](https://cumbre-auth.example.org/conducta). Al participar,
te comprometes a respetarlo.
` },
];
