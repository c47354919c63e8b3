import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_RULES } from '../../src/detectors/secrets/builtin.ts';
import { BUILTIN_RULE_IDS, SECRET_TYPES, createSecretsDetector, secretSamples } from '../../src/detectors/secrets/index.ts';
import { loadGitleaksRules, parseGitleaksToml } from '../../src/detectors/secrets/gitleaks.ts';
import { ALNUM, B64, randomString, seededRand } from '../../src/detectors/secrets/rule.ts';
import { isGuardError } from '../../src/core/errors.ts';
import type { DetectionContext } from '../../src/core/types.ts';
import { datasetsRoot } from '../../src/detectors/injection/dataset.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };
const GITLEAKS = join(datasetsRoot(), 'gitleaks-rules', 'gitleaks.toml');
/** The public datasets (../shared/datasets, or $LLM_BOUNDARY_DATASETS) are there: the gitleaks test reads their rule file. */
const haveGitleaks = existsSync(GITLEAKS);
const det = createSecretsDetector({ id: 'secrets' });

test('every built-in rule has a generator, and 20 generated samples per rule are found with the rule type', () => {
  const rand = seededRand(42);
  for (const r of BUILTIN_RULES) assert.ok(r.sample !== undefined, `${r.id} has a sample generator`);
  for (const s of secretSamples(rand, 20)) {
    const hits = det.scan(s.text, ctx).filter((f) => f.type === s.type);
    assert.ok(hits.length > 0, `${s.rule} sample not found`);
    for (const h of hits) assert.ok(!h.explanation.includes(s.text.slice(h.start, h.end)), 'explanation carries no secret');
  }
});

test('findings span the secret itself, and catch-all rules give way to specific ones', () => {
  const tok = 'ghp_' + randomString(seededRand(1), ALNUM, 36);
  const text = `token = "${tok}"`;
  const f = det.scan(text, ctx);
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].type, 'GITHUB_TOKEN');
  assert.equal(text.slice(f[0].start, f[0].end), tok);
  const pw = 'S3cr3tPassw0rdX9';
  const u = `postgres://app:${pw}@db:5432/x`;
  const c = det.scan(u, ctx).find((x) => x.type === 'CONNECTION_STRING');
  assert.ok(c);
  assert.equal(u.slice(c.start, c.end), pw, 'connection strings: only the password is the finding');
});

test('connection strings with a +driver scheme (SQLAlchemy URLs): the finding is the password alone', () => {
  const pw = 'Zq8xWv3LmN9pKt2R';
  for (const scheme of ['postgresql+psycopg2', 'postgresql+asyncpg', 'mysql+pymysql', 'mssql+pyodbc', 'oracle+cx_oracle', 'mongodb+srv', 'MySQL+MySQLdb']) {
    const text = `engine = create_engine("${scheme}://app_user:${pw}@db.internal:5432/orders")`;
    const found = det.scan(text, ctx);
    assert.deepEqual(found.map((f) => [f.type, f.start, f.end]), [['CONNECTION_STRING', text.indexOf(pw), text.indexOf(pw) + pw.length]], scheme);
  }
  // Not a database scheme, a placeholder password, or no password at all.
  for (const text of ['see foo+bar://app:Zq8xWv3LmN9pKt2R@host/x', 'postgresql+psycopg2://user:password@localhost/db', 'postgresql+psycopg2://localhost:5432/db']) {
    assert.deepEqual(det.scan(text, ctx).filter((f) => f.type === 'CONNECTION_STRING'), [], text);
  }
});

test('placeholder values are dropped: runs of x, X, 0 or *, and values of one or two characters; password rules keep weak real passwords', () => {
  const placeholders = [
    'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENAI_API_KEY=sk-proj-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'aws_access_key_id = AKIAXXXXXXXXXXXXXXXX',
    'aws_access_key_id = AKIA0000000000000000',
    'GITHUB_TOKEN=ghp_000000000000000000000000000000000000',
    'GITHUB_TOKEN=ghp_abababababababababababababababababab',
    'stripe.api_key = "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"',
    'SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
    'key=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX&q=1',
    'DATABRICKS_TOKEN=dapi00000000000000000000000000000000',
    'password: ********',
    'machine api.example.net login ci password ********',
    'machine api.example.net login ci password XXXXXXXXXX',
  ];
  for (const text of placeholders) assert.deepEqual(det.scan(text, ctx), [], text);
  // Password rules: a weak password of one or two characters, or of zeros, is still a credential.
  for (const [text, pw, type] of [
    ['REDIS_URL=redis://:000000@cache:6379/0', '000000', 'CONNECTION_STRING'],
    ['postgres://app:11111111@db.internal/orders', '11111111', 'CONNECTION_STRING'],
    ['git clone https://ci:abababab@git.example.net/org/app.git', 'abababab', 'HTTP_CREDENTIAL'],
    ['machine api.example.net login ci password 121212', '121212', 'HTTP_CREDENTIAL'],
    ['machine ftp.example.net login anna password "Tr0mb0ne-77"', '"Tr0mb0ne-77"', 'HTTP_CREDENTIAL'],
  ] as const) {
    const found = det.scan(text, ctx);
    assert.deepEqual(found.map((f) => [f.type, f.start, f.end]), [[type, text.indexOf(pw), text.indexOf(pw) + pw.length]], text);
  }
  // A real token with a short run of zeros or x is kept.
  const tok = 'ghp_' + randomString(seededRand(4), ALNUM, 28) + '0000000x';
  assert.deepEqual(det.scan(`t=${tok}`, ctx).map((f) => f.type), ['GITHUB_TOKEN']);
});

test('near misses are not reported', () => {
  const r = seededRand(7);
  const misses = [
    'AKIA' + randomString(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 15), // one short
    'AKIAIOSFODNN7EXAMPLE', // AWS documentation key
    'ghp_' + randomString(r, ALNUM, 35),
    'xoxb-not-a-token',
    'postgres://user:password@localhost/db', // placeholder password
    'postgres://localhost:5432/db',
    'eyJub3QiOiJqc29uIGFsZyJ9.eyJzdWIiOiIxIn0.c2ln', // header without "alg"
    'api_key = "your_api_key_here_123"',
    'password: "aaaaaaaaaaaaaaaa1"',
    'token = this.callCredentials.compose',
    // An SDK's paginator data (a JMESPath expression) and an API reference's elided example value.
    '"output_token": "StreamDescription.Shards[-1].ShardId",', '"next_token": "Reservations[*].Instances[0].NextToken2",',
    '"PurchaseToken": "eyJ2IjoiMSIsInMiOjEsImMiOi...",', "token: 'Zk8sQ2v9Lm4pXr7Tq1w…'",
    'secret = process.env.SECRET_VALUE_123',
    Buffer.from('4abcdefghijklmnopqr').toString('base64url') + '.abcdef.' + randomString(r, ALNUM, 30), // bot-token shape, id part not numeric
    'hf_' + 'a'.repeat(34),
    '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----',
    // Vendor formats (vendors.ts): one short, inside an identifier, or the wrong shape.
    'gsk_' + randomString(r, ALNUM, 51),
    'my_npm_' + randomString(r, ALNUM, 36),
    'NRAK-' + randomString(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 26),
    'dapi' + randomString(r, '0123456789abcdef', 31),
    'sk-or-v1-' + randomString(r, '0123456789abcdef', 63),
    '12345:AA' + randomString(r, ALNUM, 33), // bot id too short
    'abcdQ~' + randomString(r, ALNUM, 34), // Azure secret shape without its digit
    'see hvs.short and dp.pt.tiny',
    'the SG.note field and the EAAA group',
    // HTTP credentials (http-credentials.ts): placeholders, ports, base64 that is not user:password.
    'git clone https://user:password@git.example.net/repo.git',
    'see https://example.com:8080@evil.example/ for the trick',
    'Authorization: Basic ' + Buffer.from('no colon in this value at all').toString('base64'),
    '{"auth": "' + Buffer.from('ci:changeme').toString('base64') + '"}',
    'Authorization: Bearer abcdefghijklmnopqrstuvwxyz',
    'machine api.example.net login ci password changeme',
    // An editor's manual showing the file: quoted placeholders and templates.
    'machine HOSTNAME login USERID password "PASSWORD"',
    'machine {full machine name} login {user-id} password "{password}"',
    'machine ftp.example.net login anna password <password>',
    // Translated manuals (apt.conf in German and French): the metavariables of a URL's user and password.
    'der Standardform ftp://[[Benutzer][:Passwort]@]Rechner[:Port]/ angegeben', 'la forme standard : ftp://[[user][:pass]@]host[:port]/.',
    'das Format http://Benutzer:Passwort@Server:Port/ hat', 'https://usuario:contraseña@servidor/',
  ];
  for (const m of misses) {
    const hits = det.scan(m, ctx).filter((f) => f.score >= 0.6);
    assert.deepEqual(hits, [], `should not match ${JSON.stringify(m)}`);
  }
});

test('jwt validation: header must decode to JSON with alg', () => {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const good = `${enc({ alg: 'RS256', kid: 'k1' })}.${enc({ sub: 'u' })}.${randomString(seededRand(3), ALNUM, 40)}`;
  assert.equal(det.scan(`Bearer ${good}`, ctx).filter((f) => f.type === 'JWT').length, 1);
  const unsigned = `${enc({ alg: 'HS256' })}.${enc({ sub: 'u' })}.`;
  assert.equal(det.scan(`t=${unsigned} x`, ctx).filter((f) => f.type === 'JWT').length, 0, 'empty signature only for alg none');
});

test('long JWTs: an access token with many claims and a header with a certificate chain are found whole', () => {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const r = seededRand(11);
  const guid = (): string => [8, 4, 4, 4, 12].map((n) => randomString(r, '0123456789abcdef', n)).join('-');
  // Shaped like an Azure AD access token: ~1,700 characters of payload (the pattern took 1,000).
  const claims = {
    aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${guid()}/`, iat: 1700000000, nbf: 1700000000, exp: 1700003600,
    aio: randomString(r, ALNUM, 120), amr: ['pwd', 'mfa'], app_displayname: 'Contoso Portal', appid: guid(), name: 'Anna Smith', oid: guid(),
    rh: randomString(r, ALNUM, 60), scp: 'openid profile email User.Read Mail.Read Calendars.ReadWrite Files.ReadWrite.All offline_access',
    sub: randomString(r, ALNUM, 43), tid: guid(), unique_name: 'anna.smith@contoso.com', upn: 'anna.smith@contoso.com', uti: randomString(r, ALNUM, 22),
    ver: '1.0', wids: [guid(), guid(), guid()], groups: Array.from({ length: 8 }, guid),
  };
  const sig = randomString(r, ALNUM, 342);
  const access = `${enc({ typ: 'JWT', alg: 'RS256', x5t: randomString(r, ALNUM, 27), kid: randomString(r, ALNUM, 27) })}.${enc(claims)}.${sig}`;
  // A header carrying an x5c certificate chain (~1,500 characters of header; the pattern took 400).
  const chained = `${enc({ alg: 'RS256', x5c: [randomString(r, B64, 1100)] })}.${enc({ sub: 'svc' })}.${sig}`;
  for (const tok of [access, chained]) {
    assert.ok(tok.length > 1500);
    const text = `Authorization: Bearer ${tok}\nIt expires in an hour.`;
    const found = det.scan(text, ctx).filter((f) => f.type === 'JWT');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), [tok]);
  }
});

test('private keys: whole blocks, JSON-escaped blocks, and pieces of a block seen in separate windows', () => {
  const r = seededRand(9);
  const lines = Array.from({ length: 8 }, () => randomString(r, B64, 64));
  const block = `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----`;
  const text = `key:\n${block}\nbye`;
  const f = det.scan(text, ctx).filter((x) => x.type === 'PRIVATE_KEY');
  assert.equal(f.length, 1);
  assert.equal(text.slice(f[0].start, f[0].end), block);
  const json = JSON.stringify({ type: 'service_account', private_key: block + '\n' });
  const j = det.scan(json, ctx).filter((x) => x.type === 'PRIVATE_KEY');
  assert.equal(j.length, 1);
  assert.ok(json.slice(j[0].start, j[0].end).startsWith('-----BEGIN PRIVATE KEY-----') && json.slice(j[0].start, j[0].end).endsWith('-----END PRIVATE KEY-----'));
  // A stream window cut in the middle of the block: head, middle and tail are each caught.
  const head = block.slice(0, 200);
  const middle = block.slice(150, 150 + 4 * 65 + 10);
  const tail = block.slice(block.length - 200);
  for (const [name, piece] of [['head', head], ['middle', middle], ['tail', tail]] as const) {
    const hits = det.scan(piece, ctx).filter((x) => x.type === 'PRIVATE_KEY');
    assert.ok(hits.length > 0, `${name} piece caught`);
  }
});

test('certificates, public keys and OpenSSH public keys are not private keys; a key next to them still is', () => {
  const r = seededRand(31);
  const body = (): string[] => Array.from({ length: 10 }, () => randomString(r, B64, 64)).concat([randomString(r, B64, 20) + '=='].map((x) => x));
  const pem = (kind: string, nl = '\n'): string => `-----BEGIN ${kind}-----${nl}${body().join(nl)}${nl}-----END ${kind}-----`;
  const cert = pem('CERTIFICATE');
  const pub = pem('PUBLIC KEY');
  const csr = pem('CERTIFICATE REQUEST');
  const sshBlob = 'AAAAB3NzaC1yc2E' + randomString(r, B64, 529);
  const sshWrapped = `ssh-rsa ${sshBlob.slice(0, 56)}\n${sshBlob.slice(56).match(/.{1,64}/gu)!.join('\n')} deploy@ci`;
  const quiet = [
    `tls.crt:\n${cert}\n`,
    `pub:\n${pub}\n`,
    csr,
    JSON.stringify({ certificate: pem('CERTIFICATE') + '\n' }), // JSON-escaped line breaks
    `${cert}\n${pem('CERTIFICATE')}\n`, // a chain
    cert.slice(0, 400), // a window with the BEGIN line, no END
    cert.slice(cert.length - 400), // a window with the END line, no BEGIN
    `ssh-rsa ${sshBlob} deploy@ci`,
    sshWrapped,
    JSON.stringify({ authorized_keys: sshWrapped }),
  ];
  for (const text of quiet) assert.deepEqual(det.scan(text, ctx), [], text.slice(0, 60));
  // A private key after a certificate (fullchain.pem + privkey.pem) is found, exactly.
  const key = pem('PRIVATE KEY');
  const bundle = `${cert}\n${key}\n`;
  const found = det.scan(bundle, ctx);
  assert.deepEqual(found.map((f) => [f.type, f.start, f.end]), [['PRIVATE_KEY', bundle.indexOf(key), bundle.indexOf(key) + key.length]]);
  // Body lines with no BEGIN or END line in sight are still reported (0.5): a stream window inside a key.
  const inner = key.slice(100, 100 + 5 * 65);
  assert.deepEqual(det.scan(inner, ctx).map((f) => [f.type, f.score]), [['PRIVATE_KEY', 0.5]]);
});

test('base64-encoded private keys (Kubernetes Secrets, CI variables): found whole, wrapped or not; certificates are not keys', () => {
  const r = seededRand(21);
  const pem = (kind: string): string =>
    `-----BEGIN ${kind}-----\n${Array.from({ length: 25 }, () => randomString(r, B64, 64)).join('\n')}\n-----END ${kind}-----\n`;
  const key = Buffer.from(pem('RSA PRIVATE KEY')).toString('base64');
  assert.ok(key.length > 2000);
  const manifest = `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${Buffer.from(pem('CERTIFICATE')).toString('base64')}\n  tls.key: ${key}\n`;
  const found = det.scan(manifest, ctx);
  assert.deepEqual(found.map((f) => [f.type, manifest.slice(f.start, f.end)]), [['PRIVATE_KEY', key]], 'the key whole, the certificate not at all');
  // Wrapped at 64 characters, as `openssl base64` writes it, and with JSON-escaped line breaks.
  const ssh = Buffer.from(pem('OPENSSH PRIVATE KEY')).toString('base64');
  const lines = ssh.match(/.{1,64}/gu)!;
  for (const sep of ['\n', '\\n']) {
    const wrapped = lines.join(sep);
    const text = `KEY_B64=${wrapped}${sep}done`;
    const f = det.scan(text, ctx).filter((x) => x.type === 'PRIVATE_KEY');
    assert.equal(f.length, 1);
    // Every full line is covered; the last, shorter line encodes the END line's tail.
    assert.ok(f[0].start === text.indexOf('LS0t') && f[0].end >= text.indexOf(lines[lines.length - 2]) + 64, JSON.stringify(sep));
  }
});

test('generic keyword + entropy rule respects the configured floor', () => {
  const text = 'api_key: "q8Xv2LmN9pR4sT7w"';
  assert.equal(det.scan(text, ctx).filter((f) => f.type === 'GENERIC_SECRET').length, 1);
  const strict = createSecretsDetector({ id: 's', entropy: 5 });
  assert.equal(strict.scan(text, ctx).filter((f) => f.type === 'GENERIC_SECRET').length, 0);
  const onlyAws = createSecretsDetector({ id: 's', rules: ['aws-access-key-id'] });
  assert.equal(onlyAws.scan(text, ctx).length, 0);
  assert.throws(() => createSecretsDetector({ id: 's', rules: ['nope'] }), /unknown secrets rule/u);
  // A long opaque value is found to its end (the pattern used to stop at 200 characters).
  const long = randomString(seededRand(5), ALNUM, 800) + '9';
  const config = `api_token = ${long}\nnext: 1`;
  const g = det.scan(config, ctx).filter((f) => f.type === 'GENERIC_SECRET');
  assert.deepEqual(g.map((f) => config.slice(f.start, f.end)), [long]);
  // A sentence's full stop after the value is not part of it; dots inside are.
  for (const [text, value] of [['The guest Wi-Fi password is lanternfish-47.', 'lanternfish-47'], ['Secret token = tok_demo_quartz_512. Rotate it.', 'tok_demo_quartz_512'], ['secret: q8Xv.2LmN.9pR4...', 'q8Xv.2LmN.9pR4']]) {
    assert.deepEqual(det.scan(text, ctx).filter((f) => f.type === 'GENERIC_SECRET').map((f) => text.slice(f.start, f.end)), [value], text);
  }
});

test('generic secrets in URL queries and form bodies stop at the next parameter', () => {
  const v = 'Zq8xWv3LmN9pKt2R';
  const w = 'Hb7kYp2QsW9rTx4M';
  const cases: [string, string[]][] = [
    [`GET https://api.example.net/v1/items?api_key=${v}&other=1`, [v]],
    [`https://api.example.net/v1/items?page=2&token=${v}#section-3`, [v]],
    [`https://api.example.net/cb?access_token=${v}&refresh_token=${w}&x=1`, [v, w]],
    [`client_secret=${v}&scope=read&grant_type=client_credentials`, [v]],
    [`curl -d 'grant_type=password&password=${v}&username=ann' https://auth.example.net/token`, [v]],
    // A quoted value may hold '&' and '#'.
    [`{"password": "${v}&#x"}`, [`${v}&#x`]],
  ];
  for (const [text, values] of cases) {
    const found = det.scan(text, ctx);
    assert.deepEqual(found.map((f) => [f.type, text.slice(f.start, f.end)]), values.map((x) => ['GENERIC_SECRET', x]), text);
  }
  // The value before '&' is what is judged: a short or low-entropy one is not a secret.
  assert.deepEqual(det.scan('https://x.example.net/?token=abc&page=Zq8xWv3LmN9pKt2R', ctx), []);
});

test('secrets inside JSON-escaped strings (JSON in a JSON string, one or two levels) are found on the escaped bytes', () => {
  const v = 'Zq8xWv3LmN9pKt2R';
  const r = seededRand(17);
  const tok = 'sk-ant-api03-' + randomString(r, ALNUM, 93) + 'AA';
  const lines = Array.from({ length: 6 }, () => randomString(r, B64, 64));
  const block = `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`;
  const once = (o: unknown): string => JSON.stringify({ tool_result: JSON.stringify(o) });
  const twice = (o: unknown): string => JSON.stringify({ content: JSON.stringify({ tool_result: JSON.stringify(o) }) });
  const cases: [string, [string, string][]][] = [
    [once({ api_key: v }), [['GENERIC_SECRET', v]]],
    [twice({ password: v }), [['GENERIC_SECRET', v]]],
    [twice({ env: { ANTHROPIC_API_KEY: tok } }), [['ANTHROPIC_API_KEY', tok]]],
    // \n-escaped PEM: one block from BEGIN to END, its escapes included.
    ...[once, twice].map((wrap): [string, [string, string][]] => {
      const text = wrap({ private_key: block });
      const end = '-----END RSA PRIVATE KEY-----';
      return [text, [['PRIVATE_KEY', text.slice(text.indexOf('-----BEGIN'), text.indexOf(end) + end.length)]]];
    }),
    // \u002F-escaped slashes in a URL, and an escaped slash inside the secret itself (PHP's json_encode).
    ['{"dsn": "postgres:\\u002F\\u002Fapp:' + v + '@db.internal\\u002Forders"}', [['CONNECTION_STRING', v]]],
    ['{"password":"Zq8x\\/Wv3LmN9pKt2R"}', [['GENERIC_SECRET', 'Zq8x\\/Wv3LmN9pKt2R']]],
  ];
  for (const [text, want] of cases) {
    const found = det.scan(text, ctx);
    assert.deepEqual(found.map((f) => [f.type, text.slice(f.start, f.end)]), want, text);
  }
  // Escaped text without secrets, and escaped public material, finds nothing.
  const quiet = [
    once({ note: 'see C:\\Users\\me\\AppData', count: 3, path: '/usr/local/bin', html: '<a href="/x">x</a>' }),
    twice({ pem: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----` }),
    once({ api_key: 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', password: '********' }),
  ];
  for (const text of quiet) assert.deepEqual(det.scan(text, ctx), [], text);
});

test('environment variables named *_KEY are key names; curl -u passwords are HTTP credentials', () => {
  const v = 'Zq8xWv3LmN9pKt2R';
  const cases: [string, string, string][] = [
    [`DD_API_KEY=${v}`, 'GENERIC_SECRET', v],
    [`export STRIPE_KEY="${v}"`, 'GENERIC_SECRET', v],
    [`environment:\n  MAPBOX_KEY: ${v}\n`, 'GENERIC_SECRET', v],
    [`MY_SERVICE_KEY = '${v}'`, 'GENERIC_SECRET', v],
    [`curl -u admin:${v} https://api.example.net/v1/jobs`, 'HTTP_CREDENTIAL', v],
    [`curl -X POST \\\n  -H "Accept: application/json" \\\n  --user ci-bot:${v} \\\n  https://ci.example.net/job/build`, 'HTTP_CREDENTIAL', v],
    [`curl --user=ci:${v} https://ci.example.net`, 'HTTP_CREDENTIAL', v],
    [`curl -s -u 'admin:correct horse 42' https://ci.example.net`, 'HTTP_CREDENTIAL', 'correct horse 42'],
  ];
  for (const [text, type, secret] of cases) {
    const found = det.scan(text, ctx);
    assert.deepEqual(found.map((f) => [f.type, f.start, f.end]), [[type, text.indexOf(secret), text.indexOf(secret) + secret.length]], text);
  }
  const quiet = [
    'PRIMARY_KEY = "id"', 'SORT_KEY=created_at', 'cache_key=Zq8xWv3LmN9pKt2R', // lower-case *_key is no environment name
    'curl -u admin https://x.example.net', 'curl -u "$CI_USER:$CI_PASSWORD" https://x.example.net', 'curl -u admin:password https://x.example.net',
    'curl https://x.example.net\nssh -u ci:Zq8xWv3LmN9pKt2R',
  ];
  for (const text of quiet) assert.deepEqual(det.scan(text, ctx), [], text);
});

test('secrets are found through invisible characters and base64 wrapping', () => {
  const tok = 'sk-ant-api03-' + randomString(seededRand(5), ALNUM, 93) + 'AA';
  const zw = tok.slice(0, 20) + '\u200b' + tok.slice(20);
  const t1 = `here: ${zw} ok`;
  const f1 = det.scan(t1, ctx).find((f) => f.type === 'ANTHROPIC_API_KEY');
  assert.ok(f1);
  assert.equal(t1.slice(f1.start, f1.end), zw);
  const b64 = Buffer.from(`export KEY=${tok}`).toString('base64');
  const t2 = `blob ${b64}`;
  const f2 = det.scan(t2, ctx).find((f) => f.type === 'ANTHROPIC_API_KEY');
  assert.ok(f2);
  // The groups of four that hold the key's bytes: "export KEY=" is bytes 0-10, so from the fourth group.
  assert.equal(t2.slice(f2.start, f2.end), b64.slice(12));
});

test('gitleaks configuration: at least 90% of rules compile, and they detect what they describe', { skip: !haveGitleaks && 'datasets not present' }, () => {
  const loaded = loadGitleaksRules(GITLEAKS);
  assert.ok(loaded.total >= 200);
  assert.ok(loaded.rules.length / loaded.total >= 0.9, `${loaded.rules.length}/${loaded.total}`);
  for (const s of loaded.skipped) assert.ok(s.id.length > 0 && s.reason.length > 0);
  const g = createSecretsDetector({ id: 'g', rules: ['private-key'], gitleaksFile: GITLEAKS });
  const r = seededRand(11);
  const pat = 'glpat-' + randomString(r, ALNUM, 20);
  const hits = g.scan(`token ${pat}`, ctx);
  assert.ok(hits.some((f) => f.type === 'SECRET' && f.explanation.startsWith('gitleaks:gitlab-pat')), JSON.stringify(hits));
  // Rule allow-list: AWS documentation keys end in EXAMPLE.
  assert.ok(!g.scan('AKIAIOSFODNN7EXAMPLE', ctx).some((f) => f.explanation.startsWith('gitleaks:aws-access-token')));
  assert.ok(g.scan('AKIA' + randomString(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), ctx).some((f) => f.explanation.startsWith('gitleaks:aws-access-token')));
  // Relative paths resolve against the policy directory.
  const rel = createSecretsDetector({ id: 'g2', gitleaksFile: 'gitleaks.toml', baseDir: join(datasetsRoot(), 'gitleaks-rules') });
  assert.ok(rel.scan(`token ${pat}`, ctx).length > 0);
});

test('gitleaks: invalid files fail the load with a GuardError; bad rules are skipped with their id', () => {
  assert.throws(() => loadGitleaksRules('/nonexistent/gitleaks.toml'), (e: unknown) => isGuardError(e) && e.code === 'policy_error');
  assert.throws(() => parseGitleaksToml('[[rules]\nid = '), (e: unknown) => isGuardError(e) && e.code === 'policy_error');
  const res = parseGitleaksToml(`
[[rules]]
id = "backref"
regex = '''(a)\\1'''
[[rules]]
id = "ok"
regex = '''tok_[a-z0-9]{12}'''
keywords = ["tok_"]
[[rules.allowlists]]
stopwords = ["tok_aaaaaaaaaaaa"]
[[rules]]
id = "path-only"
path = '''\\.p12$'''
`);
  assert.deepEqual(res.skipped.map((s) => s.id), ['backref', 'path-only']);
  assert.equal(res.rules.length, 1);
});

test('the closed type set covers every rule type', () => {
  for (const r of BUILTIN_RULES) assert.ok(SECRET_TYPES.includes(r.type));
  assert.ok(SECRET_TYPES.includes('SECRET'));
  assert.equal(new Set(BUILTIN_RULE_IDS).size, BUILTIN_RULE_IDS.length);
});

test('benign source code produces no high-confidence secrets', () => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const files = ['../../src/core/regex.ts', '../../src/detectors/normalize.ts', '../../src/redaction/redis-vault.ts', '../../src/detectors/secrets/builtin.ts'];
  for (const f of files) {
    const text = readFileSync(here + f, 'utf8');
    const hits = det.scan(text, ctx).filter((x) => x.score >= 0.7);
    assert.deepEqual(hits.map((h) => h.explanation), [], f);
  }
});

test('Slack Workflow Builder webhooks and Anthropic OAuth tokens are found whole; other Slack URLs are not webhooks', () => {
  const r = seededRand(43);
  const found = (text: string): [string, string][] => det.scan(text, ctx).filter((f) => f.score >= 0.9).map((f) => [f.type, text.slice(f.start, f.end)]);
  const workflow = `https://hooks.slack.com/workflows/T${randomString(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}/A${randomString(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}/${randomString(r, '0123456789', 18)}/${randomString(r, ALNUM, 24)}`;
  const trigger = `https://hooks.slack.com/triggers/T${randomString(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}/${randomString(r, '0123456789', 13)}/${randomString(r, 'abcdef0123456789', 32)}`;
  assert.deepEqual(found(`POST ${workflow} with the payload`), [['SLACK_WEBHOOK', workflow]]);
  assert.deepEqual(found(`curl -X POST "${trigger}"`), [['SLACK_WEBHOOK', trigger]]);
  for (const kind of ['oat01', 'ort01']) {
    const tok = `sk-ant-${kind}-${randomString(r, ALNUM + '_-', 95)}AA`;
    assert.deepEqual(found(`CLAUDE_CODE_OAUTH_TOKEN=${tok}`), [['ANTHROPIC_API_KEY', tok]], kind);
  }
  assert.deepEqual(found('docs: https://api.slack.com/messaging/webhooks and https://hooks.slack.com/services/'), []);
});

test('a password holding "@" is found up to the last "@" of the authority; a quoted value runs to its quote whatever punctuation it holds', () => {
  const spans = (text: string): [string, string][] => det.scan(text, ctx).filter((f) => f.score >= 0.55).map((f) => [f.type, text.slice(f.start, f.end)]);
  assert.deepEqual(spans('DATABASE_URL=postgres://admin:p@ssw0rd!2024@db.internal:5432/app'), [['CONNECTION_STRING', 'p@ssw0rd!2024']]);
  assert.deepEqual(spans('git clone https://deploy:Tr0ub4dor@3@git.example.net/team/repo.git'), [['HTTP_CREDENTIAL', 'Tr0ub4dor@3']]);
  // The host still ends the URL: an e-mail address later on the line is not part of it.
  assert.deepEqual(spans('redis://:s3cretPass@cache.internal:6379/0 (ops@example.com)'), [['CONNECTION_STRING', 's3cretPass']]);
  assert.deepEqual(spans('password: "hunter2(secret)xyz9"'), [['GENERIC_SECRET', 'hunter2(secret)xyz9']]);
  const django = 'django-insecure-8k2$f9x!m3@q7w#e5r^t&y*u(i)o_p+a=s-d';
  assert.deepEqual(spans(`SECRET_KEY = "${django}"`), [['GENERIC_SECRET', django]]);
  // Unquoted values keep their narrower alphabet, and a quoted value ends at its quote or at a backslash.
  assert.deepEqual(spans('token = getToken(user1234, scope)'), []);
  assert.deepEqual(spans('{\\"api_key\\": \\"Zk39fJq02LmX77aPq\\", \\"n\\": 1}').map(([t]) => t), ['GENERIC_SECRET']);
});

test('hex keys after a key name take the relaxed entropy floor: 24- and 32-digit random ones are found', () => {
  const r = seededRand(24);
  for (const n of [24, 32]) {
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const v = randomString(r, '0123456789abcdef', n);
      const t = `api_key = "${v}"`;
      if (det.scan(t, ctx).some((f) => f.type === 'GENERIC_SECRET' && t.slice(f.start, f.end) === v)) found++;
    }
    // Before the relaxed floor: about 44% of the 24-digit and 80% of the 32-digit ones.
    assert.ok(found >= 195, `${n} hex digits: ${found} of 200`);
  }
  // Still not: a hex value of one repeated pair, one without digits, one of 15 digits under the usual floor
  // (3.24 bits); the same entropy at 18 digits takes the relaxed floor.
  for (const v of ['abababababababababababab', 'deadbeefcafebabefacefeed', '1a2b3c4d5e1a2b3']) assert.deepEqual(det.scan(`api_key = "${v}"`, ctx).filter((f) => f.type === 'GENERIC_SECRET'), [], v);
  assert.equal(det.scan('api_key = "9f8e7d6c9f8e7d6c5b"', ctx).filter((f) => f.type === 'GENERIC_SECRET').length, 1);
});

test('content digests and Ethereum addresses after a key name are not secrets; a hex private key is', () => {
  const generic = (t: string): number => det.scan(t, ctx).filter((f) => f.type === 'GENERIC_SECRET').length;
  // Quoted values hold ':' since the forty-third round, so an image digest after "token:" had become one.
  assert.equal(generic('token: "sha256:4f9c2b1e0a7d6c5b4a3928171615141312111009"'), 0);
  assert.equal(generic('"integrity": "sha512-Q1w2E3r4T5y6U7i8O9p0AaSsDdFfGgHhJjKkLl=="'), 0);
  assert.equal(generic('token: 0x8f3a2b1c4d5e6f708192a3b4c5d6e7f8091a2b3c'), 0);
  assert.equal(generic('private_key: 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'), 1);
});

test('vendor formats of the forty-fourth round are found whole with their type; near misses are not', () => {
  const r = seededRand(44);
  const HEXL = '0123456789abcdef';
  const B64URL = ALNUM + '-_';
  const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
  const uuid = (): string => `${randomString(r, HEXL, 8)}-${randomString(r, HEXL, 4)}-${randomString(r, HEXL, 4)}-${randomString(r, HEXL, 4)}-${randomString(r, HEXL, 12)}`;
  const cases: [string, string][] = [
    ['LLM_API_KEY', 'fw_' + randomString(r, ALNUM, 24)],
    ['LLM_API_KEY', 'nvapi-' + randomString(r, B64URL, 62) + 'a_'],
    ['SERVICE_API_TOKEN', 'tvly-' + randomString(r, ALNUM, 32)],
    ['SERVICE_API_TOKEN', 'tvly-dev-' + randomString(r, ALNUM, 32)],
    ['SERVICE_API_TOKEN', 'tvly-prod-' + randomString(r, ALNUM, 32)],
    ['SERVICE_API_TOKEN', 'EAAG' + randomString(r, ALNUM, 150) + 'a1Z'],
    ['SERVICE_API_TOKEN', 'EAAA' + randomString(r, ALNUM, 120) + 'a1Z'], // a Meta token that starts like a Square one
    ['SERVICE_API_TOKEN', 'whsec_' + randomString(r, ALNUM, 32)],
    ['SERVICE_API_TOKEN', 'whsec_' + randomString(r, HEXL, 64)],
    ['SERVICE_API_TOKEN', 'whsec_' + randomString(r, ALNUM + '+/', 43) + '='],
    ['SERVICE_API_TOKEN', `pcsk_${randomString(r, ALNUM, 6)}_${randomString(r, ALNUM, 63)}`],
    ['SERVICE_API_TOKEN', `lsv2_pt_${randomString(r, HEXL, 32)}_${randomString(r, HEXL, 10)}`],
    ['SERVICE_API_TOKEN', `lsv2_sk_${randomString(r, HEXL, 32)}_${randomString(r, HEXL, 10)}`],
    ['SERVICE_API_TOKEN', `ntn_${randomString(r, '0123456789', 11)}${randomString(r, ALNUM, 35)}`],
    ['SERVICE_API_TOKEN', 'figd_' + randomString(r, B64URL, 40)],
    ['SERVICE_API_TOKEN', 'sbp_' + randomString(r, HEXL, 40)],
    ['SERVICE_API_TOKEN', `sb_secret_${randomString(r, B64URL, 22)}_${randomString(r, B64URL, 8)}`],
    ['SERVICE_API_TOKEN', 'nfp_' + randomString(r, ALNUM, 36)],
    ['PACKAGE_REGISTRY_TOKEN', 'rubygems_' + randomString(r, HEXL, 48)],
    ['PRIVATE_KEY', 'AGE-SECRET-KEY-1' + randomString(r, BECH32, 58)],
    ['SERVICE_API_TOKEN', 'ops_eyJ' + randomString(r, ALNUM + '+/', 900) + '=='],
    ['SERVICE_API_TOKEN', 'SK' + randomString(r, HEXL, 32)],
    ['SERVICE_API_TOKEN', `${randomString(r, HEXL, 32)}-us${14}`],
    ['SERVICE_API_TOKEN', 'key-' + randomString(r, HEXL, 32)],
    ['SERVICE_API_TOKEN', `access-sandbox-${uuid()}`],
    ['SERVICE_API_TOKEN', `access-production-${uuid()}`],
    ['SERVICE_API_TOKEN', `access_token$production$${randomString(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${randomString(r, HEXL, 32)}`],
    ['SERVICE_API_TOKEN', `dt0c01.${randomString(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 24)}.${randomString(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 64)}`],
    ['HUGGINGFACE_TOKEN', 'api_org_' + randomString(r, 'abcdefghijklmnopqrstuvwxyz', 30) + 'QxYz'],
  ];
  for (const [type, tok] of cases) {
    for (const text of [tok, `token: "${tok}"`, `Here it is: ${tok}. Why does it fail?`, `export VALUE=${tok}\n`]) {
      const found = det.scan(text, ctx);
      assert.deepEqual(found.map((f) => [f.type, f.start, f.end]), [[type, text.indexOf(tok), text.indexOf(tok) + tok.length]], text.slice(0, 120));
    }
  }
  const misses = [
    'fw_' + randomString(r, ALNUM, 23), // one short
    'fw_version_' + randomString(r, ALNUM, 24),
    'nvapi-' + randomString(r, ALNUM, 63),
    'tvly-' + randomString(r, ALNUM, 31),
    'tvly-test-' + randomString(r, ALNUM, 32),
    'EAAA' + randomString(r, ALNUM, 60).toLowerCase() + 'a', // Square's length with no upper case: neither
    'EAAG' + randomString(r, 'abcdefghijklmnopqrstuvwxyz', 150), // letters of one case only
    'whsec_' + randomString(r, ALNUM, 31),
    `pcsk_${randomString(r, ALNUM, 6)}_${randomString(r, ALNUM, 40)}`,
    `lsv2_xx_${randomString(r, HEXL, 32)}_${randomString(r, HEXL, 10)}`,
    `ntn_${randomString(r, ALNUM, 46)}x`, // letters where the 11 digits go
    'figd_your_personal_access_token_here_please',
    'sb_secret_your_supabase_secret_key_goes_here',
    'sbp_' + randomString(r, HEXL, 39),
    'rubygems_' + randomString(r, HEXL, 47),
    'AGE-SECRET-KEY-1' + randomString(r, BECH32, 57),
    'AGE-SECRET-KEY-1' + randomString(r, 'BIO', 58), // letters bech32 leaves out
    'ops_eyJ' + randomString(r, ALNUM, 100),
    'SK' + randomString(r, HEXL, 31),
    'TASK' + randomString(r, HEXL, 32), // inside a word
    `${randomString(r, HEXL, 31)}-us1`,
    `${randomString(r, HEXL, 32)}-usa`,
    'my-key-' + randomString(r, HEXL, 31),
    `access-staging-${uuid()}`,
    `access_token$staging$${randomString(r, HEXL, 16)}$${randomString(r, HEXL, 32)}`,
    `dt0c01.${randomString(r, ALNUM, 24)}.${randomString(r, ALNUM, 63)}`,
    'api_org_' + randomString(r, 'abcdefghijklmnopqrstuvwxyz', 34), // one case only
    'api_org_' + randomString(r, ALNUM, 33),
  ];
  for (const m of misses) assert.deepEqual(det.scan(`value ${m} end`, ctx), [], m);
});

test('two-word key names written with a space, as answers write them, are key names; prose about keys and file paths are not values', () => {
  const spans = (text: string): [string, string][] => det.scan(text, ctx).map((f) => [f.type, text.slice(f.start, f.end)]);
  const cases: [string, string][] = [
    ['The API key is c56187b4fc0115f35de674740bb38181', 'c56187b4fc0115f35de674740bb38181'],
    ['the api key is BkXRyiQR6E7WEeGXGPAjBDVj3Pgia4oa', 'BkXRyiQR6E7WEeGXGPAjBDVj3Pgia4oa'],
    ['Your secret key: Zq8xWv3LmN9pKt2R', 'Zq8xWv3LmN9pKt2R'],
    ['Client Secret = "Zq8xWv3LmN9pKt2R~x_1"', 'Zq8xWv3LmN9pKt2R~x_1'],
    ['The private key is 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318.', '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'],
    ['signing key: k3Yz9QwLm2Px8RtV', 'k3Yz9QwLm2Px8RtV'],
    ['API Secret: 9f8e7d6c9f8e7d6c5b4a', '9f8e7d6c9f8e7d6c5b4a'],
  ];
  for (const [text, secret] of cases) assert.deepEqual(spans(text), [['GENERIC_SECRET', secret]], text);
  const quiet = [
    'the access token is stored in the vault', 'The API key is missing', 'the API key is required for every request',
    'The secret key is generated with os.urandom(32).', 'The signing key is 2048-bit RSA and rotates yearly',
    'The API key is YOUR_API_KEY_1234', 'Private key: /etc/letsencrypt/live/example.com/privkey.pem', 'private_key: ./certs/server-2024.key',
    'Your private key is saved in ~/.ssh/id_ed25519', 'the private key file: ~/.ssh/id_rsa_work2', 'API keys are listed under Settings',
  ];
  for (const text of quiet) assert.deepEqual(spans(text), [], text);
});

test('short passwords (8-11 characters) after an explicit password key are found, scored under long secrets; code, words and placeholders are not', () => {
  const spans = (text: string): [string, string, number][] => det.scan(text, ctx).map((f) => [f.type, text.slice(f.start, f.end), f.score]);
  const cases: [string, string][] = [
    ['password: Tr0ub4dor&3', 'Tr0ub4dor&3'],
    ['password: mjoz5fqlHo', 'mjoz5fqlHo'],
    ['DB_PASSWORD=mjoz5fqlHo\nDB_USER=app', 'mjoz5fqlHo'],
    ['{"user": "bob", "password": "Tr0ub4dor&3"}', 'Tr0ub4dor&3'],
    ["passwd = 'k9#Lm2pQ'", 'k9#Lm2pQ'],
    ['passphrase: `Zx!9vb3Q`', 'Zx!9vb3Q'],
    ['The password is Summer2024!, keep it safe.', 'Summer2024!'],
    ['The Wi-Fi password is Xk7#mq2Lp.', 'Xk7#mq2Lp'],
    ['login?user=bob&pwd=hunter2Ab&next=/home', 'hunter2Ab'],
  ];
  for (const [text, secret] of cases) {
    const found = spans(text);
    assert.deepEqual(found.map(([t, s]) => [t, s]), [['GENERIC_SECRET', secret]], text);
    assert.ok(found[0][2] < 0.55, `${text}: scored under the generic rule`);
  }
  // A longer value stays with the generic rule: one finding, not two.
  for (const text of ['password: Tr0ub4dor3xY!', 'password = "Tr0ub4dor&3xYz9"', 'password: Tr0ub4dor&3xyz12']) {
    const found = det.scan(text, ctx);
    assert.equal(found.length, 1, text);
    assert.match(found[0].explanation, /^generic-secret:/u, text);
  }
  const quiet = [
    'password: getPass()', 'password=os.environ', 'password = os.environ["DB_PASS"]', 'password=${PASS}', 'password="${DB_PASS}"', 'password: $DB_PASS1',
    'password: %DB_PASS1%', 'password: "$(cat pw)"', 'password: userPass1,', 'password=newPass2;', 'connect(password=pw2Abc1)', 'passwd: db_pass1',
    'password is required', 'The password is incorrect.', 'Password: at least 8 characters', 'password: P@ssw0rd!', 'password: Passw0rd1', 'password: "<secret>"',
    'password: "Secret123"', 'password: ********', 'pwd: /usr/lib64', 'PWD=/Users/Bo1', 'password: this.pw1X', 'password: xxxxxxxx1A',
    'password: abcdefgh', 'password: 12345678', 'password: Abcdefgh', 'password=hunter22&user=bob',
    // An i18n file's label: the word "password" in another language as the value of a "password" key.
    '"username": "Nombre de usuario",\n"password": "Contraseña",', 'login.password=Lösenord',
  ];
  for (const text of quiet) assert.deepEqual(spans(text), [], text);
});

test('passwords on command lines (mysql -p, sshpass -p, docker login -p, --password) are HTTP credentials; prompts, variables, usage text and other options are not', () => {
  const v = 'S3cr3tPass';
  const cases: [string, string][] = [
    [`mysql -u root -p${v} shop`, v],
    [`mysqldump -h db.internal -uroot -p${v} --all-databases > all.sql`, v],
    [`mysqladmin -u root -p'${v}' status`, v],
    [`mariadb -u app -p"${v} 2" -e 'SELECT 1'`, `${v} 2`],
    [`mysql \\\n  -h db.internal \\\n  -u root \\\n  -p${v}`, v],
    ['docker exec -it db mysql -uroot -proot', 'root'],
    [`sshpass -p '${v}' ssh -p 2222 deploy@10.0.4.12`, v],
    [`sshpass -v -p ${v} scp build.tgz deploy@host:/srv`, v],
    [`sshpass -p${v} rsync -a dist/ host:/srv`, v],
    [`docker login -u bob -p ${v} registry.example.net`, v],
    [`podman login --username bob -p=${v} quay.io`, v],
    [`app --password=${v} --user bob`, v],
    [`app --password ${v}`, v],
    [`kubectl create secret generic db --from-literal=user=app --db-password="${v}!"`, `${v}!`],
    [`redis-cli --pass x --admin-password '${v}'`, v],
  ];
  for (const [text, secret] of cases) {
    const found = det.scan(text, ctx);
    assert.deepEqual(found.map((f) => [f.type, f.start, f.end]), [['HTTP_CREDENTIAL', text.lastIndexOf(secret), text.lastIndexOf(secret) + secret.length]], text);
  }
  const quiet = [
    'mysql -u root -p shop', 'mysql -u root -p', 'mysql -u root -p$MYSQL_PWD', 'mysql -uroot -p"${MYSQL_ROOT_PASSWORD}"', 'mysql -u root -p[password] db',
    'mysql -u root -p<password>', 'mysql -u root -pYOUR_PASSWORD', 'mysql -u root -ppassword', 'gcc app.c -lmysqlclient -pthread', 'mysql-config -pthread',
    'mysql -u root < dump.sql | grep -preview', 'mysql -P 3306 -h db', 'mysql --port=3306 -h db',
    'sshpass -f ~/.pw ssh -p 2222 host', 'sshpass -e ssh -p 2222 host', 'sshpass -p "$SSHPASS" ssh host', "sshpass -p 'password' ssh host",
    'docker login -u bob --password-stdin registry.example.net', 'docker login -u bob -p TOKEN registry.example.net', 'docker login -u "$USER" -p "$TOKEN"',
    'docker run -p 8080:80 nginx', 'docker login registry.example.net\ndocker run -p 8080:80 app',
    'use the --password flag to set it', '  -p, --password string   Password for the registry', 'usage: app --password PASSWORD', 'app --password <password>',
    'app --password "$DB_PASS"', 'app --password=${DB_PASS}', 'app --password=%DB_PASS%', 'args = "--password=" + pw + " --user=" + u', 'psql --no-password -h db',
    'app --password --user bob', 'pino-loki --user my-username --password my-password', 'app --password-file /run/secrets/db', "parser.add_argument('--password', required=True)",
    // Translated usage text (message catalogues of wget and passwd): metavariables in capitals of other languages.
    'msgstr "       --password=ЛОЗИНКА            поставља и ftp и http лозинку."', 'msgstr "  -p, --password ПАРОЛЬ         пароль"',
    'msgstr "       --proxy-password=MẬT-KHẨU     đặt mật khẩu"', 'msgstr "  -p, --password PALAVRA-PASSE  utilizar a palavra-passe"',
    // An elided value of a script's usage text (mariadbd-multi's help, fiftieth round).
    '--password=...     Password for mysqladmin user.', 'app --password *** --user bob', 'app --password=… (hidden)',
    // A translated sentence in a script without spaces runs on from the option it names (wget's and a CLI's messages).
    'msgstr "--ask-password と --password を両方指定することはできません\\n"', '警告: --ask-password でユーザ名がありません。', '请使用 --password 参数指定密码',
    'mysql -p로 암호를 묻습니다',
  ];
  for (const text of quiet) assert.deepEqual(det.scan(text, ctx), [], text);
  // Capitals written onto the option, or mixed with digits in another script, are still passwords.
  for (const [text, secret] of [['mysql -pROOTPASS db', 'ROOTPASS'], ['wget --password=Пароль123 x', 'Пароль123'], ['sshpass -p ABC-DEF9 ssh host', 'ABC-DEF9'], ['app --password x7パスワード9 --user bob', 'x7パスワード9']]) {
    assert.deepEqual(typedSpans(text), [['HTTP_CREDENTIAL', secret]], text);
  }
});

/** [type, secret] of each finding, for exact-span assertions. */
const typedSpans = (text: string): [string, string][] => det.scan(text, ctx).map((f) => [f.type, text.slice(f.start, f.end)]);

test('quoted command-line passwords: the value between the quotes is the finding, the quotes stay out of it', () => {
  const cases: [string, string][] = [
    ["sshpass -p 's3cr3tP' ssh deploy@host", 's3cr3tP'],
    ['sshpass -p "s3cr3t pass" ssh deploy@host', 's3cr3t pass'],
    ["mysql -u root -p'Hunter2!' shop", 'Hunter2!'],
    ['mysql -u root -p"Hunter2!" shop', 'Hunter2!'],
    ["docker login -u bob -p 'Hx7&kq2 Lm9' registry.example.net", 'Hx7&kq2 Lm9'],
    ["app --password='p@ss w0rd!' --user bob", 'p@ss w0rd!'],
    ['app --password "Hunter2!x" --user bob', 'Hunter2!x'],
    ['app --password=Hunter2!x', 'Hunter2!x'],
    // The exec form: the next quoted item of a list of arguments.
    ['CMD ["app", "--db-password", "Hunter2!x"]', 'Hunter2!x'],
    ['args: ["--password", "Hunter2!x"]', 'Hunter2!x'],
    ["subprocess.run(['app', '--password', 'p@ss w0rd!'])", 'p@ss w0rd!'],
  ];
  for (const [text, secret] of cases) assert.deepEqual(typedSpans(text), [['HTTP_CREDENTIAL', secret]], text);
  // Ports, files, variables and placeholders after the same options.
  const quiet = [
    'ssh -p 8080 deploy@host', 'mysql -P 3306 -p', "sshpass -p 'secret' ssh host", 'app --password-file /run/secrets/db', "app --password '$DB_PASS'",
    "mysql -u root -p'<password>' shop", 'sshpass -p "${SSHPASS}" ssh host',
    'parser.add_argument("--password", default="Hunter2!x")', 'parser.add_argument("--password", "-p")', 'cmd = ["app", "--password", password]',
    'cmd = ["app", "--password", "PASSWORD"]', 'cmd = ["app", "--password", "${DB_PASS}"]', 'cmd = ["app", "--password-file", "/run/secrets/db"]',
    'cmd = ["app", "--password", "changeme"]', 'flags = ["--password", "--user"]',
  ];
  for (const text of quiet) assert.deepEqual(typedSpans(text), [], text);
});

test('`&` in a password: part of a `key: value` or quoted value, a separator between fields of a query string or form body', () => {
  const cases: [string, [string, string][]][] = [
    ['password: Tr0ub4dor&3xyz12', [['GENERIC_SECRET', 'Tr0ub4dor&3xyz12']]],
    ['db:\n  password: Xk9&Yq2!mZ7$Lw\n  user: app', [['GENERIC_SECRET', 'Xk9&Yq2!mZ7$Lw']]],
    ['The password is Abc&12x!Qw9zL.', [['GENERIC_SECRET', 'Abc&12x!Qw9zL']]],
    ['password: "Hx7&kq2Lm9pQ3"', [['GENERIC_SECRET', 'Hx7&kq2Lm9pQ3']]],
    ['pwd=Abc&12x!', [['GENERIC_SECRET', 'Abc&12x!']]],
    ['DB_PASSWORD=Abc&12x!Qw9zLk', [['GENERIC_SECRET', 'Abc&12x!Qw9zLk']]],
    ['DB_PASSWORD=Qw9zLk2Abc&x!y\nDB_USER=app', [['GENERIC_SECRET', 'Qw9zLk2Abc&x!y']]],
    // Query strings and form bodies: `&` and the next field's name end the value.
    ['https://x.example.net/login?user=a&password=Hx7kq2Lm9pZZ44&next=/home', [['GENERIC_SECRET', 'Hx7kq2Lm9pZZ44']]],
    ['password=Hx7kq2Lm9pZZ44&user=bob', [['GENERIC_SECRET', 'Hx7kq2Lm9pZZ44']]],
    ['client_secret=Hx7kq2Lm9pZZ44&refresh_token=Zq8xWv3LmN9pKt2R&x=1', [['GENERIC_SECRET', 'Hx7kq2Lm9pZZ44'], ['GENERIC_SECRET', 'Zq8xWv3LmN9pKt2R']]],
    ['password=hunter22Ab&user=bob', [['GENERIC_SECRET', 'hunter22Ab']]],
    // After `=` a `&` and a name that is no next field (no `=` after it) stay in the value, also at the end of a line.
    ['DB_PASSWORD=Qw9zLk2Abc&xyz\nDB_USER=app', [['GENERIC_SECRET', 'Qw9zLk2Abc&xyz']]],
    ['set PASSWORD=Qw9zLk2Abc&12', [['GENERIC_SECRET', 'Qw9zLk2Abc&12']]],
    ['api_key=Qw9zLk2Abc12&next-url=/x', [['GENERIC_SECRET', 'Qw9zLk2Abc12']]],
    ['export API_TOKEN=Qw9zLk2Abc12 && make', [['GENERIC_SECRET', 'Qw9zLk2Abc12']]],
    ['api_key=Qw9zLk2Abc12&&make', [['GENERIC_SECRET', 'Qw9zLk2Abc12']]],
  ];
  for (const [text, want] of cases) assert.deepEqual(typedSpans(text), want, text);
  const quiet = ['password: ${DB_PASSWORD}', 'password: <your password>', 'password: X&Y', 'password=hunter&user=bob', 'password: $DB_PASS&x'];
  for (const text of quiet) assert.deepEqual(typedSpans(text), [], text);
});

test('one finding per secret: a vendor token inside a connection string, URL or command-line password is reported once, as the vendor type', () => {
  const gh = 'ghp_' + randomString(seededRand(7), ALNUM, 36);
  const cases: [string, string, string][] = [
    [`postgres://app:${gh}@db:5432/x`, 'GITHUB_TOKEN', gh],
    [`git clone https://x-access-token:${gh}@github.com/o/r.git`, 'GITHUB_TOKEN', gh],
    [`app --password=${gh}`, 'GITHUB_TOKEN', gh],
    [`docker login -u bob -p ${gh} ghcr.io`, 'GITHUB_TOKEN', gh],
    [`machine api.example.net login ci password ${gh}`, 'GITHUB_TOKEN', gh],
    [`sshpass -p '${gh}' ssh host`, 'GITHUB_TOKEN', gh],
  ];
  for (const [text, type, secret] of cases) assert.deepEqual(typedSpans(text), [[type, secret]], text);
  // The specific finding takes in the bytes of the one it replaces: nothing of the wider value is left out.
  const wide = `app --password="${gh}-x9"`;
  const f = det.scan(wide, ctx);
  assert.deepEqual(f.map((x) => [x.type, wide.slice(x.start, x.end)]), [['GITHUB_TOKEN', `${gh}-x9`]], wide);
  // Also across views: the command line read in the JSON-unescaped copy, the token in the original.
  const escaped = `{"cmd": "app --password=\\"${gh}\\""}`;
  assert.deepEqual(typedSpans(escaped), [['GITHUB_TOKEN', gh]], escaped);
  // Two secrets in different places stay two findings.
  const two = 'mysql -u root -pZq8xWv3LmN9pKt2R && psql postgres://app:Hx7kq2Lm9pZZ44@db/x';
  assert.deepEqual(typedSpans(two), [['HTTP_CREDENTIAL', 'Zq8xWv3LmN9pKt2R'], ['CONNECTION_STRING', 'Hx7kq2Lm9pZZ44']]);
});

test('values end where prose, quotes and shell lines end them: a sentence\'s full stop, YAML quotes, `export` lines', () => {
  const cases: [string, string][] = [
    ['The password is Hunter2!x.', 'Hunter2!x'],
    ['The password is Hunter2!xQw9.', 'Hunter2!xQw9'],
    ['The password is "Hunter2!xQw9".', 'Hunter2!xQw9'],
    ['The API key is Qw9zLk2Abc12. Keep it safe.', 'Qw9zLk2Abc12'],
    ["db:\n  password: 'Hunter2!x'\n  host: db", 'Hunter2!x'],
    ['db:\n  password: "Hunter2!xQw9" # prod\n', 'Hunter2!xQw9'],
    ["  secret_key: 'Qw9zLk2Abc12+/x=='", 'Qw9zLk2Abc12+/x=='],
    ["export DB_PASSWORD='Hunter2!x'", 'Hunter2!x'],
    ['export DB_PASSWORD="Hunter2!xQw9"\nexport DB_USER=app', 'Hunter2!xQw9'],
    ['export API_KEY=a8Fk2LmQ9zXw4Rt7', 'a8Fk2LmQ9zXw4Rt7'],
    ['PGPASSWORD=Hunter2!x psql -h db', 'Hunter2!x'],
  ];
  for (const [text, secret] of cases) assert.deepEqual(typedSpans(text), [['GENERIC_SECRET', secret]], text);
  const quiet = ['The password is hunter2.', 'export DB_PASSWORD=${DB_PASSWORD}', "password: '<your password>'", 'export DB_PASSWORD=$(cat /run/secrets/db)'];
  for (const text of quiet) assert.deepEqual(typedSpans(text), [], text);
});

test('quoted passphrases after a password key are found; interface messages, translations and templates are not', () => {
  const found = (text: string): string[] => det.scan(text, ctx).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(found('password: "correct horse battery staple"'), ['correct horse battery staple']);
  assert.deepEqual(found("db_password = 'my dog has fleas 42'"), ['my dog has fleas 42']);
  assert.deepEqual(found('The Wi-Fi password is “purple monkey dishwasher 7” (case matters).'), ['purple monkey dishwasher 7']);
  assert.deepEqual(found('{"passphrase": "Blue Lagoon 2024!", "ssid": "home"}'), ['Blue Lagoon 2024!']);
  for (const benign of [
    '{"password": "Enter your password"}', '{"password": "Mot de passe oublié"}', '{"password": "Kata sandi baru"}',
    'password: "at least 8 characters"', '"passphrase": "Enter passphrase for ..."', 'password: "hunter two"',
    'password = "Hello, world and all"', 'password: "{{ vault_db_password }}"', 'password: "This is the old one."',
    'password: "see the vault entry"', 'password: correct horse battery staple',
  ]) assert.deepEqual(found(benign), [], benign);
});

test('short passwords that start with % or ~ are passwords; %VARIABLES% and ~/paths are not', () => {
  const found = (text: string): string[] => det.scan(text, ctx).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(found('The password is %4@6qLnJVC.'), ['%4@6qLnJVC']);
  assert.deepEqual(found("passwd = '~*Ur6%a*#'"), ['~*Ur6%a*#']);
  assert.deepEqual(found('DB_PASSWORD=b3DuT5E1&\n'), ['b3DuT5E1&']);
  for (const benign of ['password: %DBPASS%', 'password: ~/secret/pw1', 'password=$DB_PASS1x']) assert.deepEqual(found(benign), [], benign);
});

test('an identifier that code goes on from after a key is no secret; a random value before the same punctuation is', () => {
  // A call, a type annotation, a generic's argument, a name in a list: each was a GENERIC_SECRET before.
  for (const text of [
    'if (ok)\n    password = wide_from_utf8_copy(value);\n',
    'static fromStore(storedCredentials: OAuth2Client): Credentials;',
    'const cache = new Map<string, credentials: AwsCredentials2Provider>();',
    'register({ token: TokenProviderV2, retries: 3 })',
    'static fromStore(\r\n  storedCredentials: OAuth2Client\r\n): Credentials;',
    // An upper-case constant's name in an expression (p11-kit's uri.h, fiftieth round).
    'enum {\n\tP11_KIT_URI_FOR_OBJECT_ON_TOKEN =\n\t\tP11_KIT_URI_FOR_OBJECT | P11_KIT_URI_FOR_TOKEN,\n};',
    'flags = { SESSION_TOKEN: HTTP_2_TOKEN_DEFAULT, retries: 3 }',
  ]) assert.deepEqual(typedSpans(text), [], text);
  for (const [text, value] of [
    ['client({ api_key: Xk3pQ9mZ2vL8aB7c })', 'Xk3pQ9mZ2vL8aB7c'],
    ['fetch(url, { token: Zq7Wm2Rt9Kp4Vn8L, mode })', 'Zq7Wm2Rt9Kp4Vn8L'],
    ['secret = AbCdEfGh12345678;', 'AbCdEfGh12345678'],
    // Capitals and digits in pieces of one or two letters, or unquoted at a line's end, are no constant's name.
    ['token = X7K_Q9P_ZZ3_M4W8_R2T9;', 'X7K_Q9P_ZZ3_M4W8_R2T9'],
    ['API_TOKEN=QXKZ7_PLMW9_ZZ8Q4\n', 'QXKZ7_PLMW9_ZZ8Q4'],
  ]) assert.deepEqual(typedSpans(text), [['GENERIC_SECRET', value]], text);
});

test('API responses an agent pages through: listing and lock handles and resource names after a key name are no secrets; credentials beside them are', () => {
  // AWS's NextToken, Google's nextPageToken, S3's ContinuationToken, a lock's handle, a KMS key's ARN: each was a
  // GENERIC_SECRET, so an agent that read one listing saw [GENERIC_SECRET] where it must pass the handle back.
  for (const text of [
    '{\n  "NextToken": "c2VhcmNoQWxsVGFnc0luVGFibGVzIjpmYWxzZX0=",\n  "Tags": []\n}',
    'GET /v1/files?pageSize=50&nextPageToken=Xk3pQ9mZ2vL8Wq7T&fields=name',
    '<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken> ContinuationToken: 1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=',
    '"LockToken":"7b3bcec2-374e-4c5a-b2b9-563bf47249f0"', 'next_page_token = "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA"',
    '"encryptionKey": "arn:aws:kms:us-west-2:123456789012:alias/aws/s3"',
    // A Secrets Manager ARN's resource part ("secret:<name>") and AWS's idempotency key.
    '"ARN": "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3",',
    'aws secretsmanager get-secret-value --secret-id=arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3',
    '"ClientToken": "5289a345-0358-4e62-93d5-47ef3061d65e"', '"NextLockToken": "0674c84b-0304-47fe-8728-c6bff46af8fc"',
    '"RequestToken": "e1a6b86e-46bd-41ac-bfba-633abcdfdbd7"', '"nextForwardToken": "f/31961209122447488583055879464742346735121166569214640130"',
    // A parser's markers in code: a BEGIN or END line alone in a string literal.
    '_SK_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"\n_SK_END = b"-----END OPENSSH PRIVATE KEY-----"\n',
    // Fiftieth round: cfn-lint's schema digests by CloudFormation resource type, a .NET assembly's public key token.
    '{\n    "AWS::ApiGateway::ApiKey": "48205d4ffd7feba3",\n    "AWS::MSK::BatchScramSecret": "ff2b807a577495b0",\n}',
    '<assemblyIdentity type="win32" name="Microsoft.VC90.CRT" version="9.0.21022.8" publicKeyToken="1fc8b3b9a1e18e3b"></assemblyIdentity>',
  ]) assert.deepEqual(typedSpans(text), [], text);
  for (const [text, type, value] of [
    ['"refreshToken": "c2VhcmNoQWxsVGFnc0luVGFibGVzIjpmYWxzZX0="', 'GENERIC_SECRET', 'c2VhcmNoQWxsVGFnc0luVGFibGVzIjpmYWxzZX0='],
    ['{"NextToken": "x", "SessionToken": "FwoGZXIvYXdzEBYaDHqa0AP1XnQ9x2Zz"}', 'GENERIC_SECRET', 'FwoGZXIvYXdzEBYaDHqa0AP1XnQ9x2Zz'],
    ['encryption_key = "k8Xq2Lm9Rt4Wv7Zp3Nb6"', 'GENERIC_SECRET', 'k8Xq2Lm9Rt4Wv7Zp3Nb6'],
    // Vault's login token is a credential; "secret:" outside an ARN is a key name.
    ['"client_token": "5289a345-0358-4e62-93d5-47ef3061d65e"', 'GENERIC_SECRET', '5289a345-0358-4e62-93d5-47ef3061d65e'],
    ['request_token = "Xk3pQ9mZ2vL8aB7cWq4T"', 'GENERIC_SECRET', 'Xk3pQ9mZ2vL8aB7cWq4T'],
    ['see https://x.example/a:secret:Xk3pQ9mZ2vL8aB7c', 'GENERIC_SECRET', 'Xk3pQ9mZ2vL8aB7c'],
    // A constant in a namespace is unquoted, and a single "::" makes no resource type.
    ['Config::API_KEY = "f3a9c2e81b7d4a6059e2"', 'GENERIC_SECRET', 'f3a9c2e81b7d4a6059e2'],
    ['{"billing::api_key": "k8Xq2Lm9Rt4Wv7Zp3Nb6"}', 'GENERIC_SECRET', 'k8Xq2Lm9Rt4Wv7Zp3Nb6'],
    // A BEGIN line at the text's end may be followed by the key (a stream): it stays held as one.
    ['The key: -----BEGIN RSA PRIVATE KEY-----', 'PRIVATE_KEY', '-----BEGIN RSA PRIVATE KEY-----'],
  ] as const) assert.deepEqual(typedSpans(text), [[type, value]], text);
});

test('base64 body lines that are no private key: an XML signature, a certificate without its lines; a key\'s DER still is one', () => {
  const r = seededRand(51);
  // Bytes drawn from the seeded alphabet: body lines of 64 base64 characters, three or more of them.
  const bytes = (n: number): Buffer => Buffer.from(randomString(r, ALNUM, n), 'latin1');
  const lines = (b: Buffer): string => (b.toString('base64').match(/.{1,64}/g) ?? []).join('\n') + '\n';
  // DER headers: a certificate's SEQUENCE { SEQUENCE { [0] { INTEGER 2 } … } }; an RSA key's SEQUENCE { INTEGER 0, INTEGER … }.
  const cert = Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xdf, 0x30, 0x82, 0x04, 0x48, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x01, 0x05]), bytes(300)]);
  const key = Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xa3, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]), bytes(300)]);
  for (const text of [
    `<dsig:SignatureValue>\n${lines(bytes(260))}</dsig:SignatureValue>`,
    `<X509Certificate xmlns="http://www.w3.org/2000/09/xmldsig#">${lines(bytes(260))}</X509Certificate>`,
    `The server sent this certificate:\n${lines(cert)}`,
  ]) assert.deepEqual(det.scan(text, ctx), [], text.slice(0, 60));
  for (const text of [`key material:\n${lines(key)}`, `<Note>\n${lines(bytes(260))}</Note>`]) {
    assert.deepEqual(det.scan(text, ctx).map((f) => [f.type, f.explanation]), [['PRIVATE_KEY', 'private-key: pem body lines']], text.slice(0, 60));
  }
});
