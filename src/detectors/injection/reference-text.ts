// Benign reference documentation written for this project (no third-party text): what an agent reads as a
// tool result or a retrieved document when it looks something up. Manual pages as `man` prints them, in ten
// languages and in English; cloud API reference data (an SDK's service model, a REST discovery document, a
// cloud CLI's YAML command definitions); compiler message catalogues and gettext translations; `--help`
// output of command-line tools; and API reference pages fetched and stripped of their HTML. Such text is full
// of words attacks also use (password, login, root, administrator, account, mode, override, ignore, "the
// password is not displayed", "include in the response", "encrypt your output", token, secret, role, key),
// and the classifier saw little of it in training: it flagged 2-8% of 3 KB pieces of real foreign-language
// manual pages and about 0.2% of cloud API models, so these documents are its hard negatives. Every sentence
// was written for this module (commands, options, services and messages are invented or generic); documents
// are assembled from per-language banks and templates with randomly chosen names, options, sections, examples
// and layout, driven by a seeded PRNG: one seed per kind, derived from the kind's name, so every import
// yields the same documents. One kind per format (and, for manual pages, per language); the caller splits
// train/held-out by `kind`.

import { chance, clipAtLine, int, pad2, pick, reseed, sample, shuffle, subset, tokens, type Tok } from './seeded.ts';

export interface ReferenceDoc { readonly kind: string; readonly lang: string; readonly text: string }

// ------------------------------------------------------------------ deterministic helpers
/** `{name}` slots filled from `vars`; other braces (catalogue placeholders such as `{0}`) are left alone. */
const fill = (s: string, vars: Readonly<Record<string, string>>): string =>
  s.replace(/\{([a-zA-Z]\w*)\}/g, (m, k: string) => vars[k] ?? m);
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const ip4 = (): string => `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(2, 254)}`; // RFC 5737

// ------------------------------------------------------------------ rule phrases
/** Whether the document being generated keeps the phrases of RULE_PHRASES (2 documents of each kind). */
let docKeep = true;
/** `s` with the rule phrases reworded, unless the document keeps them; applied before text is wrapped. */
function plain(s: string): string {
  if (docKeep) return s;
  for (const [re, rep] of RULE_PHRASES) s = s.replace(re, rep);
  return s;
}

// ------------------------------------------------------------------ terminal text: display width and wrapping
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const width = (s: string): number => { let w = 0; for (const ch of s) w += WIDE.test(ch) ? 2 : 1; return w; };
const padTo = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
/** Characters a line may not begin with (Japanese and Chinese line-breaking rules, and ASCII punctuation). */
const NO_START = '、。，．・：；？！）」』】〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)]';
/** Filled (and, with `justify`, justified as nroff does) lines of `text`, indented by `indent`, at most `cols` wide. */
function wrap(text: string, indent: number, cols: number, justify = false): string[] {
  text = plain(text);
  const max = Math.max(24, cols - indent);
  const lines: Tok[][] = [];
  let cur: Tok[] = [];
  let w = 0;
  for (const tok of tokens(text)) {
    const add = (cur.length > 0 && tok.sp ? 1 : 0) + width(tok.t);
    if (cur.length > 0 && w + add > max && !NO_START.includes(tok.t[0])) { lines.push(cur); cur = []; w = 0; }
    w += (cur.length > 0 && tok.sp ? 1 : 0) + width(tok.t);
    cur.push(tok);
  }
  if (cur.length > 0) lines.push(cur);
  const pre = ' '.repeat(indent);
  return lines.map((ln, i) => {
    const gaps: number[] = ln.map((x, j) => (j > 0 && x.sp ? 1 : 0));
    const nGaps = gaps.reduce((a, b) => a + b, 0);
    const plain = ln.map((x, j) => (gaps[j] ? ' ' : '') + x.t).join('');
    let extra = max - width(plain);
    if (!justify || i === lines.length - 1 || nGaps === 0 || extra > nGaps * 2) return pre + plain;
    const spaces = gaps.slice();
    for (let k = (i % 2 === 0 ? 0 : ln.length - 1); extra > 0; k = i % 2 === 0 ? (k + 1) % ln.length : (k - 1 + ln.length) % ln.length) {
      if (gaps[k]) { spaces[k]++; extra--; }
    }
    return pre + ln.map((x, j) => ' '.repeat(spaces[j]) + x.t).join('');
  });
}
/** `left`, `mid` and `right` on one line of `cols` columns, `mid` centred. */
function spread3(left: string, mid: string, right: string, cols: number): string {
  const lw = width(left), mw = width(mid), rw = width(right);
  const room = Math.max(2, cols - lw - mw - rw);
  const a = Math.max(1, Math.floor(room / 2));
  return left + ' '.repeat(a) + mid + ' '.repeat(Math.max(1, room - a)) + right;
}

// ------------------------------------------------------------------ shared names
const PROJECTS = ['Hearthstone Tools', 'Ostrich Utils', 'Birchbark', 'Coppervale', 'Lanternfish', 'Quarry', 'Saltmarsh', 'Tinderbox',
  'Moraine', 'Pebblecore', 'Driftwood', 'Heronry', 'Marram', 'Oakum', 'Skerry', 'Wickerwork'];
const USERS = ['kiosk', 'webdev', 'backup', 'builder', 'test01', 'svc-mail', 'demo', 'ops', 'reporting', 'lab3', 'student07', 'deploy'];
const SERVICES = ['nginx', 'mailq', 'cupsd', 'webapp', 'postfix', 'cron', 'ledgerd', 'harbor-api'];
const DATA_FILES = ['image.bin', 'firmware.img', 'disk0.raw', 'dump.dat', 'header.bin', 'sample.wav', 'block07.dat', 'boot.img'];
const IFACES = ['eth0', 'eth1', 'enp3s0', 'wlan0', 'br0', 'ens18'];
const mailAt = (local: string): string => `${local}@${pick(['example.org', 'example.net', 'example.com'])}`;
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// ------------------------------------------------------------------ manual pages: tools (language-independent part)
/** An option: short form ('' for none), long name without dashes, and the placeholder of its argument. */
type OptDef = readonly [string, string, string?];
interface ToolDef {
  readonly id: string; readonly names: readonly string[]; readonly sec: string;
  readonly opts: readonly OptDef[]; readonly operand: string;
  /** Files (ids of ManLang.files) and environment variables (ids of ManLang.env) the page may list. */
  readonly files: readonly string[]; readonly env: readonly string[]; readonly see: readonly string[];
}
const TOOLS: readonly ToolDef[] = [
  { id: 'pwage', names: ['pwage', 'chage', 'pwlife', 'agepw', 'pwexpire'], sec: '1', operand: 'USER',
    opts: [['-d', 'lastday', 'DAYS'], ['-E', 'expiredate', 'DATE'], ['-I', 'inactive', 'DAYS'], ['-l', 'list'], ['-m', 'mindays', 'DAYS'],
      ['-M', 'maxdays', 'DAYS'], ['-W', 'warndays', 'DAYS']],
    files: ['logindefs', 'shadow', 'passwd'], env: ['LANG'], see: ['passwd(1)', 'login.defs(5)', 'shadow(5)', 'usermod(8)'] },
  { id: 'setpw', names: ['passwd', 'setpw', 'npasswd', 'pwchange', 'yppw'], sec: '1', operand: '[USER]',
    opts: [['-a', 'all'], ['-d', 'delete'], ['-e', 'expire'], ['-l', 'lock'], ['-u', 'unlock'], ['-S', 'status'], ['-k', 'keep-tokens'], ['', 'stdin']],
    files: ['passwd', 'shadow', 'logindefs', 'pam'], env: ['LANG'], see: ['chpasswd(8)', 'login.defs(5)', 'shadow(5)', 'pam(8)', 'group(5)'] },
  { id: 'acctadd', names: ['useradd', 'acctadd', 'mkuser', 'newacct', 'uadd'], sec: '8', operand: 'USER',
    opts: [['-c', 'comment', 'TEXT'], ['-d', 'home-dir', 'DIR'], ['-g', 'gid', 'GROUP'], ['-G', 'groups', 'GROUPS'], ['-m', 'create-home'],
      ['-s', 'shell', 'SHELL'], ['-r', 'system'], ['-K', 'key', 'KEY=VALUE'], ['-p', 'password', 'HASH'], ['-e', 'expiredate', 'DATE']],
    files: ['passwd', 'shadow', 'group', 'logindefs', 'skel', 'defaults'], env: [], see: ['chfn(1)', 'passwd(1)', 'groupadd(8)', 'userdel(8)', 'login.defs(5)'] },
  { id: 'sesslog', names: ['lastlog', 'sesslog', 'whowas', 'loginhist', 'lastin'], sec: '1', operand: '[USER...]',
    opts: [['-n', 'limit', 'N'], ['-u', 'user', 'USER'], ['-t', 'until', 'DATE'], ['-f', 'file', 'FILE'], ['-x', 'system'], ['-i', 'ip'],
      ['-w', 'fullnames'], ['-F', 'fulltimes']],
    files: ['wtmp', 'btmp', 'lastlog'], env: ['TZ', 'LANG'], see: ['login(1)', 'who(1)', 'utmp(5)', 'wtmp(5)'] },
  { id: 'netif', names: ['ifset', 'netif', 'ipconf', 'linkctl', 'ifctl'], sec: '8', operand: '[IFACE]',
    opts: [['-a', 'all'], ['-u', 'up', 'IFACE'], ['-d', 'down', 'IFACE'], ['-A', 'address', 'ADDR'], ['-m', 'mtu', 'N'], ['-P', 'promisc'],
      ['-i', 'ignore-errors'], ['-c', 'config', 'FILE']],
    files: ['ifconf', 'ifstate'], env: ['CONFIG'], see: ['ip(8)', 'interfaces(5)', 'resolv.conf(5)', 'route(8)'] },
  { id: 'arcv', names: ['arcv', 'packit', 'tarx', 'squash', 'bundle'], sec: '1', operand: '[FILE...]',
    opts: [['-c', 'create'], ['-x', 'extract'], ['-t', 'list'], ['-f', 'file', 'FILE'], ['-z', 'compress'], ['-p', 'preserve'], ['', 'overwrite'],
      ['', 'ignore-failed-read'], ['-P', 'passphrase-file', 'FILE'], ['-C', 'directory', 'DIR']],
    files: ['conf', 'userconf'], env: ['TMPDIR', 'CONFIG'], see: ['tar(1)', 'gzip(1)', 'cpio(1)', 'zstd(1)'] },
  { id: 'hexd', names: ['hexd', 'xdump', 'hxv', 'bdump', 'od2'], sec: '1', operand: '[FILE]',
    opts: [['-C', 'canonical'], ['-n', 'length', 'LEN'], ['-s', 'skip', 'OFFSET'], ['-g', 'group', 'N'], ['-o', 'octal'], ['-u', 'uppercase'],
      ['-r', 'reverse'], ['-a', 'all']],
    files: [], env: ['NO_COLOR', 'PAGER'], see: ['od(1)', 'xxd(1)', 'strings(1)', 'hexdump(1)'] },
  { id: 'bkup', names: ['bkup', 'snapsave', 'hoard', 'stashd', 'rbak'], sec: '8', operand: '',
    opts: [['-s', 'source', 'DIR'], ['-t', 'target', 'DIR'], ['-x', 'exclude', 'PATTERN'], ['-e', 'encrypt'], ['-k', 'key-file', 'FILE'],
      ['-i', 'ignore-errors'], ['', 'verify'], ['', 'keep', 'N'], ['', 'restore', 'DATE']],
    files: ['conf', 'state', 'log'], env: ['TMPDIR', 'CONFIG'], see: ['rsync(1)', 'crontab(5)', 'tar(1)', 'gpg(1)'] },
  { id: 'logrot', names: ['logrot', 'rotlog', 'logwheel', 'logturn', 'logcycle'], sec: '8', operand: 'CONFIG',
    opts: [['-f', 'force'], ['-d', 'debug'], ['-s', 'state', 'FILE'], ['-m', 'mode', 'MODE'], ['-k', 'keep', 'N'], ['-z', 'compress'], ['-u', 'user', 'USER']],
    files: ['conf', 'confd', 'state'], env: [], see: ['gzip(1)', 'cron(8)', 'syslog(3)', 'chmod(1)'] },
  { id: 'fwctl', names: ['fwctl', 'gatekeep', 'pfset', 'wallctl', 'nfrule'], sec: '8', operand: '',
    opts: [['-l', 'list'], ['-a', 'allow', 'PORT'], ['-D', 'deny', 'PORT'], ['-P', 'default-policy', 'POLICY'], ['', 'reload'], ['', 'panic'],
      ['-L', 'log-level', 'LEVEL'], ['-z', 'zone', 'ZONE']],
    files: ['conf', 'confd', 'log'], env: ['CONFIG'], see: ['nft(8)', 'iptables(8)', 'services(5)', 'ss(8)'] },
  // English only (man_en_accounts)
  { id: 'privrun', names: ['privrun', 'asroot', 'elevate', 'runas', 'doas2'], sec: '8', operand: 'COMMAND',
    opts: [['-u', 'user', 'USER'], ['-g', 'group', 'GROUP'], ['-l', 'list'], ['-k', 'reset-timestamp'], ['-S', 'stdin'], ['-E', 'preserve-env'],
      ['-i', 'login'], ['-n', 'non-interactive'], ['-T', 'timeout', 'N']],
    files: ['conf', 'confd', 'log', 'pam'], env: ['EDITOR', 'PATH', 'PROMPT'], see: ['su(1)', 'passwd(1)', 'pam(8)', 'syslog(3)'] },
  { id: 'mkkey', names: ['mkkey', 'keygen', 'keypair', 'kgen', 'newkey'], sec: '1', operand: '',
    opts: [['-t', 'type', 'TYPE'], ['-b', 'bits', 'N'], ['-f', 'file', 'FILE'], ['-C', 'comment', 'TEXT'], ['-N', 'new-passphrase', 'PHRASE'],
      ['-p', 'change-passphrase'], ['-l', 'fingerprint'], ['-y', 'public']],
    files: ['keydir', 'userconf'], env: ['HOME', 'ASKPASS'], see: ['ssh(1)', 'ssh-agent(1)', 'gpg(1)', 'chmod(1)'] },
  { id: 'certctl', names: ['certctl', 'certkit', 'x509tool', 'pkitool', 'certman'], sec: '1', operand: 'COMMAND [ARGS]',
    opts: [['', 'show', 'FILE'], ['', 'request'], ['', 'verify', 'FILE'], ['-k', 'key', 'FILE'], ['-o', 'out', 'FILE'], ['', 'days', 'N'],
      ['', 'subject', 'TEXT'], ['', 'no-encrypt'], ['', 'password-file', 'FILE'], ['', 'ca', 'FILE']],
    files: ['conf', 'cadir'], env: ['CONFIG', 'ASKPASS'], see: ['openssl(1)', 'x509(7)', 'update-ca-certificates(8)'] },
  { id: 'pwbatch', names: ['chpasswd', 'pwbatch', 'bulkpw', 'pwfeed', 'setpwds'], sec: '8', operand: '',
    opts: [['-e', 'encrypted'], ['-c', 'crypt-method', 'METHOD'], ['-s', 'rounds', 'N'], ['-m', 'md5'], ['-P', 'prefix', 'DIR']],
    files: ['passwd', 'shadow', 'logindefs', 'pam'], env: [], see: ['passwd(1)', 'newusers(8)', 'login.defs(5)', 'crypt(5)'] },
];
const toolDef = (id: string): ToolDef => TOOLS.find((t) => t.id === id) ?? TOOLS[0];

/** Options every tool may also have (a tool's own option with the same letter or name wins). */
const COMMON_OPTS: Readonly<Record<string, OptDef>> = {
  help: ['-h', 'help'], version: ['-V', 'version'], verbose: ['-v', 'verbose'], quiet: ['-q', 'quiet'], root: ['-R', 'root', 'DIR'],
  config: ['-c', 'config', 'FILE'], dryrun: ['-n', 'dry-run'], yes: ['-y', 'yes'], force: ['-f', 'force'], color: ['', 'color', 'WHEN'],
};
const FILE_PATHS: Readonly<Record<string, string>> = {
  logindefs: '/etc/login.defs', shadow: '/etc/shadow', passwd: '/etc/passwd', group: '/etc/group', pam: '/etc/pam.d/{cmd}', skel: '/etc/skel/',
  defaults: '/etc/default/{cmd}', wtmp: '/var/log/wtmp', btmp: '/var/log/btmp', lastlog: '/var/log/lastlog', ifconf: '/etc/netif/interfaces',
  ifstate: '/run/netif/state', conf: '/etc/{cmd}.conf', confd: '/etc/{cmd}.d/', userconf: '~/.config/{cmd}/config', state: '/var/lib/{cmd}/status',
  log: '/var/log/{cmd}.log', keydir: '~/.keys/', cadir: '/etc/ssl/certs/',
};

// ------------------------------------------------------------------ manual pages: a language's bank
interface ToolText {
  readonly summary: string;
  /** Paragraphs of DESCRIPTION; the first is always printed. `{cmd}` is the command's name. */
  readonly desc: readonly string[];
  /** Option descriptions by long name. */
  readonly opts: Readonly<Record<string, string>>;
  /** Examples: what it does, the command line (`{cmd}`, `{user}`, `{file}`, `{iface}`, `{svc}`, `{ip}`). */
  readonly ex: readonly (readonly [string, string])[];
  readonly notes?: readonly string[];
}
interface ManHeads {
  readonly name: readonly string[]; readonly synopsis: readonly string[]; readonly description: readonly string[];
  readonly options: readonly string[]; readonly exit: readonly string[]; readonly env: readonly string[]; readonly files: readonly string[];
  readonly examples: readonly string[]; readonly notes: readonly string[]; readonly bugs: readonly string[]; readonly seeAlso: readonly string[];
  readonly author: readonly string[]; readonly translation: readonly string[];
}
interface ManLang {
  readonly lang: string; readonly heads: ManHeads;
  /** Centre of the header line, by manual section. */
  readonly center: Readonly<Record<string, readonly string[]>>;
  readonly optsWord: string;
  /** Placeholders of option arguments (DAYS, FILE, ...) in this language. */
  readonly args: Readonly<Record<string, string>>;
  readonly date: (y: number, m: number, d: number) => string;
  readonly common: Readonly<Record<string, string>>;
  /** Exit statuses: success, failure, bad usage, no permission, not found, file locked, bad configuration. */
  readonly exit: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly files: Readonly<Record<string, string>>;
  readonly notes: readonly string[]; readonly bugs: readonly string[];
  readonly author: readonly string[]; readonly translation: readonly string[];
  readonly optionsIntro: readonly string[]; readonly exitIntro: readonly string[];
  readonly tools: Readonly<Record<string, ToolText>>;
}

// ------------------------------------------------------------------ manual pages: rendering
const argOf = (L: ManLang, a: string): string => a.replace(/[A-Z][A-Z_]*/g, (k) => L.args[k] ?? k);
function manPage(L: ManLang): string {
  const toolIds = Object.keys(L.tools);
  const def = toolDef(pick(toolIds));
  const T = L.tools[def.id];
  const name = pick(def.names);
  const NAME = name.toUpperCase();
  const cols = pick([70, 72, 78, 80, 80, 80, 88, 90, 96, 100]);
  const base = pick([7, 7, 7, 5, 8]);
  const tagW = pick([4, 4, 7, 3]);
  const justify = chance(0.5);
  const optFmt = int(0, 2);
  const dollar = pick(['$ ', '$ ', '# ', '']);
  const vars: Record<string, string> = {
    cmd: name, user: pick(USERS), file: pick(DATA_FILES), iface: pick(IFACES), svc: pick(SERVICES), ip: ip4(),
    proj: pick(PROJECTS), mail: mailAt(pick(['bugs', 'l10n', 'man', 'i18n', slug(name)])), team: `${pick(PROJECTS)} l10n`,
    VAR: `${NAME.replace(/[^A-Z0-9]/g, '_')}_CONFIG`,
  };
  const f = (s: string): string => plain(fill(s, vars));
  const para = (s: string, ind = base): string => wrap(f(s), ind, cols, justify).join('\n');
  const H = (h: readonly string[]): string => pick(h);

  const optLine = (o: OptDef): string => {
    const [s, l, a] = o;
    const arg = a ? argOf(L, a) : '';
    if (!s) return a ? `--${l}${optFmt === 2 ? '=' : ' '}${arg}` : `--${l}`;
    if (!a) return `${s}, --${l}`;
    return optFmt === 0 ? `${s}, --${l} ${arg}` : optFmt === 1 ? `${s} ${arg}, --${l} ${arg}` : `${s}, --${l}=${arg}`;
  };
  const tagBlock = (head: string, desc: string): string => {
    const dInd = base + tagW + (tagW === 3 ? 4 : 0);
    if (width(head) + 2 <= dInd - base) {
      const body = wrap(f(desc), dInd, cols, justify);
      return ' '.repeat(base) + padTo(head, dInd - base) + body[0].slice(dInd) + (body.length > 1 ? '\n' + body.slice(1).join('\n') : '');
    }
    return ' '.repeat(base) + head + '\n' + wrap(f(desc), dInd, cols, justify).join('\n');
  };
  const optBlock = (o: OptDef, desc: string): string => tagBlock(optLine(o), desc);

  const sections: Record<string, () => string> = {
    name: () => `${H(L.heads.name)}\n${' '.repeat(base)}${name} - ${T.summary}`,
    synopsis: () => {
      const op = argOf(L, def.operand);
      const lines = [`${' '.repeat(base)}${name} [${L.optsWord}]${op ? ' ' + op : ''}`];
      if (chance(0.3)) lines.push(`${' '.repeat(base)}${name} ${pick(['-h', '--help', '-V'])}`);
      return `${H(L.heads.synopsis)}\n${lines.join('\n')}`;
    },
    description: () => {
      const ps = [T.desc[0], ...subset(T.desc.slice(1), int(1, T.desc.length - 1))];
      return `${H(L.heads.description)}\n${ps.map((p) => para(p)).join('\n\n')}`;
    },
    options: () => {
      const own = def.opts.filter((o) => T.opts[o[1]] !== undefined);
      const chosen = subset(own, int(Math.min(3, own.length), own.length));
      const used = new Set(chosen.flatMap((o) => [o[0], o[1]]));
      const commons = sample(Object.keys(COMMON_OPTS).filter((k) => L.common[k] !== undefined), int(1, 4))
        .map((k) => COMMON_OPTS[k]).filter((o) => !used.has(o[1]) && !(o[0] && used.has(o[0])));
      const keyOf = new Map<OptDef, string>();
      for (const [k, o] of Object.entries(COMMON_OPTS)) keyOf.set(o, k);
      let all = [...chosen, ...commons];
      if (chance(0.5)) all = all.sort((a, b) => (a[0] || a[1]).replace(/^-/, '').toLowerCase().localeCompare((b[0] || b[1]).replace(/^-/, '').toLowerCase()));
      const intro = chance(0.5) ? para(pick(L.optionsIntro)) + '\n\n' : '';
      const blocks = all.map((o) => optBlock(o, keyOf.has(o) ? L.common[keyOf.get(o) ?? ''] : T.opts[o[1]]));
      return `${H(L.heads.options)}\n${intro}${blocks.join('\n\n')}`;
    },
    exit: () => {
      const codes = [0, ...subset([1, 2, 3, 4, 5, 6], int(2, 5))];
      const numbering = chance(0.5) ? codes : codes.map((c, i) => (i === 0 ? 0 : i));
      const intro = chance(0.6) ? para(pick(L.exitIntro)) + '\n\n' : '';
      return `${H(L.heads.exit)}\n${intro}${codes.map((c, i) => tagBlock(String(numbering[i]), L.exit[c])).join('\n\n')}`;
    },
    env: () => {
      const keys = [...def.env, ...sample(['LANG', 'PAGER', 'TMPDIR', 'NO_COLOR'], int(0, 2))].filter((k, i, a) => a.indexOf(k) === i && L.env[k] !== undefined);
      if (keys.length === 0) return '';
      return `${H(L.heads.env)}\n${keys.map((k) => tagBlock(k === 'CONFIG' ? vars.VAR : k, L.env[k])).join('\n\n')}`;
    },
    files: () => {
      const ids = [...def.files, ...sample(['conf', 'userconf', 'log'], int(0, 2))].filter((k, i, a) => a.indexOf(k) === i && L.files[k] !== undefined);
      if (ids.length === 0) return '';
      return `${H(L.heads.files)}\n${ids.map((k) => tagBlock(f(FILE_PATHS[k]), L.files[k])).join('\n\n')}`;
    },
    examples: () => {
      const exs = subset(T.ex, int(1, T.ex.length));
      const cmdFirst = chance(0.3);
      const ind = base + pick([4, 7, 2]);
      return `${H(L.heads.examples)}\n${exs.map(([d, c]) => {
        const cmd = ' '.repeat(ind) + dollar + f(c);
        return cmdFirst ? `${cmd}\n\n${para(d.replace(/\s?:$/, '.').replace(/：$/, '。'))}` : `${para(d)}\n\n${cmd}`;
      }).join('\n\n')}`;
    },
    notes: () => `${H(L.heads.notes)}\n${[...(T.notes ? subset(T.notes, 1) : []), ...subset(L.notes, int(1, 2))].map((p) => para(p)).join('\n\n')}`,
    bugs: () => `${H(L.heads.bugs)}\n${para(pick(L.bugs))}`,
    seeAlso: () => `${H(L.heads.seeAlso)}\n${para(sample(def.see, int(2, def.see.length)).join(', '))}`,
    author: () => `${H(L.heads.author)}\n${para(pick(L.author))}`,
    translation: () => `${H(L.heads.translation)}\n${para(pick(L.translation))}`,
  };
  let order = ['name', 'synopsis', 'description', 'options', 'exit', 'env', 'files', 'examples', 'notes', 'bugs', 'seeAlso', 'author', 'translation'];
  if (chance(0.4)) order = ['name', 'synopsis', 'description', 'examples', 'options', 'files', 'env', 'exit', 'notes', 'author', 'bugs', 'seeAlso', 'translation'];
  if (chance(0.25)) order = ['name', 'synopsis', 'description', 'options', 'files', 'exit', 'examples', 'seeAlso', 'bugs', 'notes', 'author', 'translation'];
  const prob: Record<string, number> = { options: 0.95, exit: 0.5, env: 0.35, files: 0.55, examples: 0.65, notes: 0.4, bugs: 0.35, seeAlso: 0.75, author: 0.45, translation: 0.6 };
  const keep = order.filter((s) => prob[s] === undefined || chance(prob[s]));
  const y = int(2016, 2024), mo = int(1, 12), d = int(1, 28);
  const ver = chance(0.5) ? `${int(1, 5)}.${int(0, 19)}.${int(0, 9)}` : `${y}.${pad2(mo)}`;
  const header = spread3(`${NAME}(${def.sec})`, pick(L.center[def.sec]), `${NAME}(${def.sec})`, cols);
  const footer = spread3(chance(0.6) ? `${name} ${ver}` : `${vars.proj} ${ver}`, L.date(y, mo, d), `${NAME}(${def.sec})`, cols);
  // Render once per section set, so a section's random choices are made once; drop optional sections when too long.
  const rendered = new Map<string, string>();
  for (const s of keep) rendered.set(s, sections[s]());
  let ids = keep.slice();
  const join = (xs: string[]): string => [header, ...xs.map((s) => rendered.get(s) ?? '').filter((s) => s !== ''), footer].join('\n\n');
  while (join(ids).length > 3000) {
    const optional = ids.filter((s) => !['name', 'synopsis', 'description', 'options'].includes(s));
    if (optional.length === 0) break;
    ids = ids.filter((s) => s !== pick(optional));
  }
  if (join(ids).length < 700) {
    for (const s of ['examples', 'files', 'exit', 'seeAlso', 'translation', 'notes']) {
      if (!ids.includes(s) && join(ids).length < 1100) { rendered.set(s, sections[s]()); ids.splice(Math.max(3, ids.length - 1), 0, s); }
    }
  }
  return join(ids);
}

// ------------------------------------------------------------------ manual pages: German
const DE_MON = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MAN_DE: ManLang = {
  lang: 'German',
  heads: { name: ['BEZEICHNUNG', 'NAME'], synopsis: ['ÜBERSICHT'], description: ['BESCHREIBUNG'], options: ['OPTIONEN'],
    exit: ['RÜCKGABEWERT', 'EXIT-STATUS'], env: ['UMGEBUNGSVARIABLEN', 'UMGEBUNG'], files: ['DATEIEN'], examples: ['BEISPIELE', 'BEISPIEL'],
    notes: ['ANMERKUNGEN', 'HINWEISE'], bugs: ['FEHLER'], seeAlso: ['SIEHE AUCH'], author: ['AUTOR', 'AUTOREN'], translation: ['ÜBERSETZUNG'] },
  center: { '1': ['Benutzerbefehle', 'Dienstprogramme für Benutzer'], '8': ['Befehle zur Systemverwaltung', 'Systemverwaltung'] },
  optsWord: 'Optionen',
  args: { DAYS: 'TAGE', DATE: 'DATUM', DIR: 'VERZ', USER: 'BENUTZER', GROUP: 'GRUPPE', GROUPS: 'GRUPPEN', FILE: 'DATEI', TEXT: 'TEXT', N: 'ANZAHL',
    ADDR: 'ADRESSE', IFACE: 'SCHNITTSTELLE', MODE: 'MODUS', LEN: 'LÄNGE', OFFSET: 'VERSATZ', KEY: 'SCHLÜSSEL', VALUE: 'WERT', PATTERN: 'MUSTER',
    WHEN: 'WANN', CONFIG: 'KONFIGURATIONSDATEI', LEVEL: 'STUFE', POLICY: 'RICHTLINIE' },
  date: (y, m, d) => (y % 2 === 0 ? `${d}. ${DE_MON[m - 1]} ${y}` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: 'Zeigt eine kurze Hilfe an und beendet das Programm.',
    version: 'Gibt die Versionsnummer aus und beendet das Programm.',
    verbose: 'Ausführliche Ausgabe: {cmd} meldet jeden einzelnen Schritt.',
    quiet: 'Unterdrückt alle Meldungen außer Fehlermeldungen.',
    root: 'Führt die Änderungen im Verzeichnis VERZ aus und liest auch die Konfigurationsdateien von dort. Das ist nützlich, um ein eingehängtes System zu reparieren.',
    config: 'Liest die Einstellungen aus DATEI. Optionen auf der Kommandozeile haben Vorrang vor den Werten aus der Datei.',
    dryrun: 'Zeigt nur an, was getan würde, ohne etwas zu verändern.',
    yes: 'Beantwortet alle Rückfragen mit Ja, sodass {cmd} ohne Eingabeaufforderung durchläuft.',
    force: 'Ignoriert Fehler und setzt die Verarbeitung fort, soweit das möglich ist.',
    color: 'Steuert die farbige Ausgabe. WANN ist always, never oder auto (Vorgabe).',
  },
  exit: ['Erfolgreich beendet.', 'Allgemeiner Fehler.', 'Ungültige Syntax oder unbekannte Option.',
    'Keine Berechtigung; für diese Aktion muss der Befehl als root ausgeführt werden.', 'Der angegebene Benutzer oder die Datei existiert nicht.',
    'Die Datei ist gesperrt, weil ein anderes Programm sie gerade bearbeitet. Versuchen Sie es später noch einmal.',
    'Die Konfigurationsdatei enthält einen Fehler.'],
  env: {
    LANG: 'Bestimmt die Sprache der Meldungen. Sind LC_ALL oder LC_MESSAGES gesetzt, haben sie Vorrang.',
    PAGER: 'Programm zur seitenweisen Anzeige längerer Ausgaben. Ist die Variable leer, wird less verwendet.',
    TMPDIR: 'Verzeichnis für temporäre Dateien; Vorgabe ist /tmp.',
    CONFIG: 'Pfad der Konfigurationsdatei. Überschreibt die eingebaute Vorgabe, wird aber ihrerseits von der Option auf der Kommandozeile überschrieben.',
    NO_COLOR: 'Ist diese Variable gesetzt, erscheint die Ausgabe ohne Farben.',
    TZ: 'Zeitzone, in der Datum und Uhrzeit angezeigt werden.',
  },
  files: {
    logindefs: 'Einstellungen der Passwortverwaltung, zum Beispiel PASS_MAX_DAYS und PASS_WARN_AGE.',
    shadow: 'Geschützte Kontoinformationen einschließlich der Passwort-Hashes. Nur für root lesbar.',
    passwd: 'Informationen über die Benutzerkonten.', group: 'Informationen über die Gruppen.', pam: 'PAM-Konfiguration für {cmd}.',
    conf: 'Systemweite Konfiguration.', userconf: 'Konfiguration des Benutzers; Werte daraus überschreiben die systemweiten.',
    confd: 'Weitere Konfigurationsdateien, in alphabetischer Reihenfolge gelesen.', state: 'Statusdatei mit dem Zeitpunkt des letzten Laufs.',
    log: 'Protokoll der ausgeführten Änderungen.', ifconf: 'Beschreibung der Netzwerkschnittstellen und ihrer Adressen.',
    ifstate: 'Aktueller Zustand der von {cmd} verwalteten Schnittstellen.',
  },
  notes: [
    'Die meisten Änderungen wirken sofort; bereits laufende Sitzungen sind davon jedoch nicht betroffen.',
    'Systemmeldungen von {cmd} gehen zusätzlich an den Protokolldienst und landen je nach Konfiguration in /var/log/syslog.',
    'Ältere Versionen von {cmd} kannten die langen Optionsnamen noch nicht. Skripte, die auch auf alten Systemen laufen sollen, verwenden besser die kurzen Formen.',
    'Weicht die Ausgabe von {cmd} --help von dieser Seite ab, gilt die Ausgabe des Programms: diese Übersetzung ist möglicherweise nicht auf dem neuesten Stand.',
  ],
  bugs: ['Die Option --color hat auf manchen Terminals keine Wirkung.', 'Sehr lange Anmeldenamen werden in der Ausgabe abgeschnitten.',
    'Fehler können im Fehlerverfolgungssystem des Projekts {proj} gemeldet werden. Bitte geben Sie dabei die Ausgabe von {cmd} --version an.'],
  author: ['{cmd} wurde von den Entwicklern des Projekts {proj} geschrieben.', 'Geschrieben von den Mitwirkenden des Projekts {proj}. Fehlerberichte bitte an {mail}.'],
  translation: [
    'Die deutsche Übersetzung dieser Handbuchseite wurde vom Übersetzungsteam {team} erstellt. Wenn Sie Fehler in der Übersetzung finden, schicken Sie bitte eine E-Mail an {mail}.',
    'Diese Übersetzung ist freie Dokumentation; die Bedingungen der Weitergabe stehen in der Lizenz des Projekts {proj}. Hinweise zur Übersetzung bitte an {mail}.',
  ],
  optionsIntro: ['Die folgenden Optionen werden von {cmd} unterstützt:', 'Folgende Optionen stehen zur Verfügung:'],
  exitIntro: ['{cmd} beendet sich mit einem der folgenden Werte:', 'Der Rückgabewert gibt Auskunft über den Erfolg:'],
  tools: {
    pwage: {
      summary: 'ändert die Ablaufinformationen von Benutzerpasswörtern',
      desc: [
        'Der Befehl {cmd} ändert die Anzahl der Tage zwischen zwei Passwortänderungen und das Datum der letzten Änderung. Anhand dieser Angaben entscheidet das System, wann ein Benutzer sein Passwort ändern muss.',
        'Nur der Administrator (root) darf die Werte für beliebige Konten ändern. Ein gewöhnlicher Benutzer kann mit der Option -l lediglich die Ablaufinformationen seines eigenen Kontos anzeigen lassen.',
        'Wird {cmd} ohne Optionen aufgerufen, fragt es die Werte nacheinander ab. Der aktuelle Wert steht jeweils in eckigen Klammern; eine leere Eingabe übernimmt ihn unverändert.',
        'Ein Wert von -1 hebt die jeweilige Einschränkung auf. Wird zum Beispiel das Ablaufdatum auf -1 gesetzt, läuft das Konto nie ab.',
      ],
      opts: {
        lastday: 'Setzt das Datum der letzten Passwortänderung auf TAGE nach dem 1. Januar 1970. Das Datum darf auch im Format JJJJ-MM-TT angegeben werden. Mit dem Wert 0 muss der Benutzer sein Passwort bei der nächsten Anmeldung ändern.',
        expiredate: 'Legt das Datum fest, ab dem das Konto gesperrt ist. Danach ist keine Anmeldung mehr möglich, bis der Administrator ein neues Datum einträgt.',
        inactive: 'Legt fest, wie viele Tage das Konto nach Ablauf des Passworts noch benutzbar bleibt. Nach dieser Frist wird es deaktiviert.',
        list: 'Zeigt die aktuellen Ablaufinformationen des Kontos an, darunter das Datum der letzten Änderung und wie viele Tage noch bleiben, bevor das Passwort abläuft.',
        mindays: 'Setzt die minimale Anzahl von Tagen zwischen zwei Passwortänderungen. Der Wert 0 erlaubt dem Benutzer, sein Passwort jederzeit zu ändern.',
        maxdays: 'Setzt die maximale Anzahl von Tagen, die ein Passwort gültig bleibt. Danach muss es geändert werden.',
        warndays: 'Legt fest, wie viele Tage vor Ablauf des Passworts der Benutzer bei der Anmeldung gewarnt wird.',
      },
      ex: [['Die Ablaufinformationen des Kontos {user} anzeigen:', '{cmd} -l {user}'],
        ['Das Passwort von {user} soll alle 90 Tage geändert werden; eine Warnung erscheint sieben Tage vorher:', '{cmd} -M 90 -W 7 {user}'],
        ['Eine Passwortänderung bei der nächsten Anmeldung erzwingen:', '{cmd} -d 0 {user}']],
      notes: ['{cmd} prüft nicht, ob ein angegebenes Datum in der Vergangenheit liegt. Ein bereits verstrichenes Ablaufdatum sperrt das Konto sofort.'],
    },
    setpw: {
      summary: 'ändert das Passwort eines Benutzers',
      desc: [
        '{cmd} ändert das Passwort eines Benutzerkontos. Ein gewöhnlicher Benutzer kann nur sein eigenes Passwort ändern; dazu fragt {cmd} zuerst nach dem bisherigen Passwort und danach zweimal nach dem neuen.',
        'Während der Eingabe wird das Passwort nicht angezeigt, auch nicht in Form von Sternchen. Stimmen die beiden Eingaben nicht überein, bricht {cmd} ab und das alte Passwort bleibt gültig.',
        'Der Administrator (root) kann das Passwort jedes Kontos ändern, ohne das alte zu kennen. Die Prüfung der Passwortqualität erzeugt in diesem Fall nur eine Warnung.',
        'Ein gutes Passwort besteht aus Groß- und Kleinbuchstaben, Ziffern und Satzzeichen. Wörter aus dem Wörterbuch, der eigene Anmeldename oder ein Geburtsdatum sind leicht zu erraten und werden abgelehnt.',
      ],
      opts: {
        all: 'Zusammen mit -S: zeigt den Zustand aller Konten an.',
        delete: 'Löscht das Passwort, sodass das Konto ohne Passwort benutzt werden kann. Diese Option steht nur dem Administrator zur Verfügung.',
        expire: 'Lässt das Passwort sofort ablaufen. Der Benutzer muss es bei der nächsten Anmeldung ändern.',
        lock: 'Sperrt das Passwort, indem dem gespeicherten Hash ein Ausrufezeichen vorangestellt wird. Anmeldungen auf anderem Weg, etwa mit einem SSH-Schlüssel, bleiben möglich.',
        unlock: 'Hebt eine mit -l gesetzte Sperre wieder auf.',
        status: 'Zeigt den Zustand des Kontos: Anmeldename, ob das Passwort gesperrt (L), gesetzt (P) oder leer (NP) ist, das Datum der letzten Änderung und die Fristen.',
        'keep-tokens': 'Ändert nur Passwörter, die bereits abgelaufen sind; noch gültige bleiben unverändert.',
        stdin: 'Liest das neue Passwort von der Standardeingabe statt vom Terminal, damit {cmd} in Skripten verwendet werden kann.',
      },
      ex: [['Das eigene Passwort ändern:', '{cmd}'], ['Als root das Passwort des Kontos {user} neu setzen:', '{cmd} {user}'],
        ['Den Zustand aller Konten ausgeben:', '{cmd} -S -a']],
      notes: ['Ob und wie streng die Qualität des Passworts geprüft wird, hängt von der PAM-Konfiguration in /etc/pam.d/ ab.'],
    },
    netif: {
      summary: 'konfiguriert Netzwerkschnittstellen',
      desc: [
        '{cmd} aktiviert und deaktiviert Netzwerkschnittstellen und weist ihnen Adressen zu. Ohne Argumente zeigt es den Zustand aller aktiven Schnittstellen an.',
        'Die Einstellungen stammen aus der Datei /etc/netif/interfaces. Optionen auf der Kommandozeile überschreiben die Werte aus der Datei, ändern die Datei selbst aber nicht.',
        'Zum Ändern der Konfiguration sind Administratorrechte nötig; ein gewöhnlicher Benutzer kann den Zustand nur abfragen.',
      ],
      opts: {
        all: 'Bezieht alle Schnittstellen ein, auch die zurzeit deaktivierten.',
        up: 'Aktiviert die Schnittstelle SCHNITTSTELLE.',
        down: 'Deaktiviert die Schnittstelle SCHNITTSTELLE. Bestehende Verbindungen werden dabei getrennt.',
        address: 'Weist der Schnittstelle eine Adresse in der Form Adresse/Präfixlänge zu, zum Beispiel 192.0.2.10/24.',
        mtu: 'Setzt die maximale Paketgröße (MTU) auf ANZAHL Bytes und überschreibt damit den Standardwert des Treibers.',
        promisc: 'Schaltet die Schnittstelle in den Promiscuous-Modus, in dem sie alle Pakete des Netzsegments annimmt. Dieser Modus dient meist der Fehlersuche.',
        'ignore-errors': 'Ignoriert Fehler bei einzelnen Schnittstellen und macht mit der nächsten weiter. Ohne diese Option bricht {cmd} beim ersten Fehler ab.',
        config: 'Liest die Konfiguration aus DATEI statt aus /etc/netif/interfaces.',
      },
      ex: [['Die Schnittstelle {iface} mit einer festen Adresse aktivieren:', '{cmd} -A {ip}/24 -u {iface}'],
        ['Alle eingetragenen Schnittstellen aktivieren, ohne beim ersten Fehler abzubrechen:', '{cmd} -a -i'],
        ['Den Zustand aller Schnittstellen anzeigen:', '{cmd} -a']],
    },
    hexd: {
      summary: 'zeigt den Inhalt von Dateien hexadezimal an',
      desc: [
        '{cmd} gibt den Inhalt einer Datei oder der Standardeingabe als Hexadezimalwerte aus. Jede Zeile beginnt mit dem Versatz in der Datei; danach folgen die Bytes und im kanonischen Format ihre Darstellung als Text.',
        'Nicht druckbare Zeichen erscheinen in der Textspalte als Punkt. Folgen mehrere gleiche Zeilen aufeinander, gibt {cmd} nur die erste aus und ersetzt die übrigen durch einen Stern.',
        'Mit der Option -r arbeitet {cmd} in umgekehrter Richtung: es liest eine zuvor erzeugte Ausgabe und schreibt die ursprünglichen Bytes zurück.',
      ],
      opts: {
        canonical: 'Kanonisches Format: Versatz, sechzehn Bytes hexadezimal und dieselben Bytes als Zeichen zwischen senkrechten Strichen.',
        length: 'Liest nur LÄNGE Bytes der Eingabe.',
        skip: 'Überspringt VERSATZ Bytes am Anfang der Eingabe. Die Suffixe k, M und G sind erlaubt.',
        group: 'Fasst je ANZAHL Bytes zu einer Gruppe zusammen. Vorgabe ist 2.',
        octal: 'Zeigt die Bytes oktal statt hexadezimal an.',
        uppercase: 'Verwendet Großbuchstaben für die Ziffern A bis F.',
        reverse: 'Wandelt eine Hexadezimalausgabe zurück in Binärdaten.',
        all: 'Gibt alle Zeilen aus, auch wiederholte, die sonst durch einen Stern ersetzt werden.',
      },
      ex: [['Die ersten 64 Bytes einer Datei im kanonischen Format anzeigen:', '{cmd} -C -n 64 {file}'],
        ['Angenommen, die Datei {file} beginnt mit einem 512 Byte langen Kopf. Dann zeigt der folgende Aufruf nur die Daten dahinter:', '{cmd} -s 512 {file}'],
        ['Eine bearbeitete Ausgabe wieder in Binärdaten umwandeln:', '{cmd} -r dump.txt > {file}']],
    },
    logrot: {
      summary: 'rotiert, komprimiert und löscht Protokolldateien',
      desc: [
        '{cmd} ist für Systeme gedacht, die viele Protokolldateien erzeugen. Es benennt Protokolle nach einem festen Zeitplan oder ab einer bestimmten Größe um, komprimiert ältere Dateien und löscht die ältesten.',
        'Normalerweise wird {cmd} einmal täglich von einem Zeitgeber des Systems gestartet. Eine Datei wird höchstens einmal pro Lauf rotiert, es sei denn, die Option -f ist angegeben.',
        'Die Konfiguration steht in /etc/{cmd}.conf und in den Dateien unter /etc/{cmd}.d/. Einstellungen im Abschnitt einer bestimmten Datei überschreiben die globalen Vorgaben.',
        'In einer Statusdatei merkt sich {cmd}, wann jede Datei zuletzt rotiert wurde. Geht sie verloren, werden beim nächsten Lauf alle Protokolle rotiert.',
      ],
      opts: {
        force: 'Erzwingt die Rotation, auch wenn sie laut Konfiguration noch nicht fällig ist.',
        debug: 'Testmodus: {cmd} zeigt an, was es tun würde, ändert aber keine Dateien. Schließt -v ein.',
        state: 'Verwendet DATEI als Statusdatei statt /var/lib/{cmd}/status.',
        mode: 'Legt die Zugriffsrechte neu angelegter Protokolldateien als Oktalzahl fest, etwa 0640. Überschreibt den Wert aus der Konfiguration.',
        keep: 'Behält ANZAHL alte Protokolle; ältere werden gelöscht.',
        compress: 'Komprimiert rotierte Protokolle mit gzip.',
        user: 'Neu angelegte Protokolldateien gehören dem Benutzer BENUTZER.',
      },
      ex: [['Prüfen, was bei der nächsten Rotation geschehen würde:', '{cmd} -d /etc/{cmd}.conf'],
        ['Die Protokolle eines Dienstes sofort rotieren:', '{cmd} -f /etc/{cmd}.d/{svc}']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: English (account, password, privilege and key tools)
const EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MAN_EN: ManLang = {
  lang: 'English',
  heads: { name: ['NAME'], synopsis: ['SYNOPSIS'], description: ['DESCRIPTION'], options: ['OPTIONS'], exit: ['EXIT STATUS', 'EXIT VALUES', 'RETURN VALUES'],
    env: ['ENVIRONMENT'], files: ['FILES'], examples: ['EXAMPLES', 'EXAMPLE'], notes: ['NOTES', 'CAVEATS'], bugs: ['BUGS'], seeAlso: ['SEE ALSO'],
    author: ['AUTHOR', 'AUTHORS'], translation: ['HISTORY'] },
  center: { '1': ['User Commands', 'General Commands Manual'], '8': ['System Administration', 'System Management Commands'] },
  optsWord: 'options',
  args: {},
  date: (y, m, d) => (d % 3 === 0 ? `${y}-${pad2(m)}-${pad2(d)}` : `${EN_MON[m - 1]} ${y}`),
  common: {
    help: 'Display a short help text and exit.',
    version: 'Print version information and exit.',
    verbose: 'Report each step as it is carried out.',
    quiet: 'Print nothing except error messages.',
    root: 'Apply changes in the DIR directory and read the configuration files from there instead of from /. Useful when repairing a mounted system.',
    config: 'Read settings from FILE. Options given on the command line take precedence over values from the file.',
    dryrun: 'Show what would be done, but change nothing.',
    yes: 'Assume yes as the answer to every question, so that {cmd} runs without a prompt.',
    force: 'Continue past errors where that is possible, and report them at the end.',
  },
  exit: ['Success.', 'General failure.', 'Invalid command syntax or an unknown option.', 'Permission denied: the operation needs root privileges.',
    'The named user, group or file does not exist.', 'The password file is locked by another program; try again later.', 'The configuration file could not be parsed.'],
  env: {
    LANG: 'Selects the language of messages.', EDITOR: 'The editor started by the -e option; vi if unset.',
    PATH: 'Replaced by the secure_path setting from the configuration file, if one is set, before the command is looked up.',
    PROMPT: 'Overrides the default password prompt. The sequences %u and %h expand to the user name and the short host name.',
    HOME: 'The directory in which keys are looked up when no file is named.',
    ASKPASS: 'A helper program that asks for the passphrase in a window when {cmd} has no terminal. Its output is read as the passphrase.',
    CONFIG: 'Path of the configuration file; overrides the built-in default.', TZ: 'The time zone used when printing dates.',
  },
  files: {
    logindefs: 'Shadow password suite configuration, such as PASS_MAX_DAYS and ENCRYPT_METHOD.', shadow: 'Secure user account information, including password hashes; readable by root only.',
    passwd: 'User account information.', group: 'Group account information.', pam: 'PAM configuration for {cmd}.', conf: 'System-wide configuration.',
    confd: 'Drop-in files, read in lexical order after the main file.', userconf: 'Per-user settings, which override the system-wide ones.',
    log: 'Log of granted and refused requests.', keydir: 'Default location of key pairs. Private key files must not be readable by other users.',
    cadir: 'Certificates of trusted authorities.', skel: 'Files copied into a new home directory.', defaults: 'Default values for new accounts.',
    wtmp: 'History of logins and logouts.', btmp: 'Failed login attempts.', lastlog: 'The time of each user\'s most recent login.',
  },
  notes: [
    'Messages from {cmd} are also sent to the system log with the auth facility, so failed attempts can be reviewed later.',
    'Long option names are not available in older releases of {cmd}; scripts meant to run on such systems should use the short forms.',
    'Changes take effect at the next login. Sessions that are already open keep the old settings.',
    'The administrator can restrict which users may run {cmd} through the PAM configuration.',
  ],
  bugs: ['Report bugs to {mail}.', 'Very long user names are cut off in the tabular output.',
    'Error messages are not translated when the program runs without a terminal. Report other bugs to {mail}.'],
  author: ['Written by the {proj} developers.', '{cmd} was written for the {proj} project. Send comments and patches to {mail}.'],
  translation: ['{cmd} first appeared in {proj} 1.0. The long options were added in version 2.', 'This page describes {cmd} as shipped with {proj}; earlier versions lacked several of the options listed here.'],
  optionsIntro: ['The options which apply to the {cmd} command are:', 'The following options are understood:'],
  exitIntro: ['The {cmd} command exits with the following values:', 'On exit, {cmd} returns one of these values:'],
  tools: {
    setpw: {
      summary: 'change user password',
      desc: [
        '{cmd} changes the password of a user account. An ordinary user may change only the password of their own account: {cmd} first asks for the current password and then prompts twice for the new one.',
        'The password is not displayed while it is typed, not even as asterisks. If the two entries differ, {cmd} gives up and the old password stays in force.',
        'The administrator (root) may change the password of any account without knowing the old one. In that case a weak password only produces a warning.',
        'A good password mixes upper and lower case letters, digits and punctuation. Dictionary words, the login name and dates of birth are easy to guess and are rejected by the quality check.',
      ],
      opts: {
        all: 'With -S, show the status of all accounts.',
        delete: 'Delete the password, making the account usable without one. Only the administrator may do this.',
        expire: 'Expire the password at once, so that the user must choose a new one at the next login.',
        lock: 'Lock the password by prefixing the stored hash with an exclamation mark. Other ways of logging in, such as an SSH key, keep working.',
        unlock: 'Undo a lock set with -l.',
        status: 'Display the account status: the login name, whether the password is locked (L), set (P) or empty (NP), the date of the last change and the ageing limits.',
        'keep-tokens': 'Change only passwords that have already expired.',
        stdin: 'Read the new password from standard input instead of the terminal, so that {cmd} can be used in scripts.',
      },
      ex: [['Change your own password:', '{cmd}'], ['As root, set a new password for the account {user}:', '{cmd} {user}'],
        ['Show the status of every account:', '{cmd} -S -a']],
      notes: ['Whether a new password is checked for quality, and how strictly, depends on the PAM configuration in /etc/pam.d/.'],
    },
    pwage: {
      summary: 'change user password expiry information',
      desc: [
        '{cmd} changes the number of days between password changes and the date of the last change. The system uses these values to decide when a user must change their password.',
        'Only the administrator (root) may change the values for an account. An ordinary user may use -l to display the expiry information of their own account.',
        'Run without options, {cmd} asks for each value in turn, showing the current value in brackets. An empty answer keeps it.',
      ],
      opts: {
        lastday: 'Set the date of the last password change to DAYS days after 1 January 1970, or to a date in YYYY-MM-DD form. The value 0 forces a change at the next login.',
        expiredate: 'Set the date on which the account is locked. After it, logging in is no longer possible until the administrator sets a new date.',
        inactive: 'Set how many days after the password expires the account stays usable before it is disabled.',
        list: 'Show the current expiry information, including how many days remain before the password expires.',
        mindays: 'Set the minimum number of days between password changes. Zero allows a change at any time.',
        maxdays: 'Set the maximum number of days a password remains valid.',
        warndays: 'Set how many days before the password expires the user is warned at login.',
      },
      ex: [['Show the expiry information for {user}:', '{cmd} -l {user}'], ['Require a new password every 90 days, with a warning a week before:', '{cmd} -M 90 -W 7 {user}']],
    },
    acctadd: {
      summary: 'create a new user account',
      desc: [
        '{cmd} creates a new user account from the values given on the command line and the defaults in /etc/default/{cmd} and /etc/login.defs. Only the administrator can create accounts.',
        'The new account has no usable password until one is set with passwd(1); until then the account is locked.',
        'With -m, the home directory is created and the files from /etc/skel are copied into it. The owner of the copied files is the new user.',
      ],
      opts: {
        comment: 'A short description of the account, usually the full name of its user.', 'home-dir': 'Use DIR as the home directory instead of the default.',
        gid: 'The primary group, as a name or number.', groups: 'A comma-separated list of supplementary groups.', 'create-home': 'Create the home directory if it does not exist.',
        shell: 'The login shell of the new account.', system: 'Create a system account: no ageing information and a user ID from the system range.',
        key: 'Override a default from /etc/login.defs for this invocation, for example -K PASS_MAX_DAYS=60. The option may be repeated.',
        password: 'The already hashed password for the new account. Not recommended: the value is visible to other users in the process list.',
        expiredate: 'The date on which the account will be disabled, in YYYY-MM-DD form.',
      },
      ex: [['Create {user} with a home directory and the bash shell:', '{cmd} -m -s /bin/bash {user}'], ['Create a system account for a service, without a login shell:', '{cmd} -r -s /usr/sbin/nologin {svc}']],
    },
    sesslog: {
      summary: 'show recent logins',
      desc: [
        '{cmd} lists the logins recorded in /var/log/wtmp, most recent first: the user, the terminal, the remote host and the time the session began and ended.',
        'Failed login attempts are read from /var/log/btmp, which only the administrator can read.',
        'Names given as arguments limit the list to those users or terminals.',
      ],
      opts: {
        limit: 'Show at most N entries.', user: 'Show only the logins of USER.', until: 'Show only sessions that began before DATE.', file: 'Read FILE instead of /var/log/wtmp.',
        system: 'Also show system shutdown entries and changes of run level.', ip: 'Show remote hosts as numeric addresses.', fullnames: 'Do not truncate user and host names.',
        fulltimes: 'Print full login and logout times and dates.',
      },
      ex: [['Show the last ten logins of {user}:', '{cmd} -n 10 -u {user}'], ['List failed attempts (as root):', '{cmd} -f /var/log/btmp']],
    },
    privrun: {
      summary: 'run a command as another user',
      desc: [
        '{cmd} runs COMMAND as another user, by default the superuser, if the security policy allows it. The policy is read from /etc/{cmd}.conf, which only the administrator can edit.',
        'Before running the command, {cmd} asks for the password of the invoking user, not that of the target user. The password is not displayed while it is typed. After a successful check, {cmd} does not ask again for a few minutes in the same terminal.',
        'Every command run, and every refused attempt, is recorded in the system log. A user who is not allowed to run a command sees a short message, and the attempt is reported to the administrator.',
      ],
      opts: {
        user: 'Run the command as USER instead of root.', group: 'Run the command with GROUP as its primary group.',
        list: 'Print the commands the invoking user may run on this host.', 'reset-timestamp': 'Forget the cached credentials, so that the next invocation asks for the password again.',
        stdin: 'Read the password from standard input instead of the terminal. No prompt is printed.',
        'preserve-env': 'Keep the caller\'s environment. The configuration may forbid this.', login: 'Run the target user\'s login shell, as if that user had logged in.',
        'non-interactive': 'Never prompt. If a password would be needed, fail with an error instead.', timeout: 'End the command after N seconds.',
      },
      ex: [['Restart a service as the superuser:', '{cmd} systemctl restart {svc}'], ['Run a command as the user {user}:', '{cmd} -u {user} make install'],
        ['See what you are allowed to run:', '{cmd} -l']],
      notes: ['The PROMPT variable and the -S option change how the password is asked for; they cannot change which commands are allowed.'],
    },
    mkkey: {
      summary: 'generate and manage authentication keys',
      desc: [
        '{cmd} creates key pairs for public-key authentication. The private key is written to FILE and the public key to FILE.pub. Only the public key is meant to be copied to other machines.',
        'The private key can be protected with a passphrase. {cmd} asks for it twice; it is not shown on the screen. An empty passphrase leaves the key unencrypted, which is convenient for automated jobs but means that anyone who can read the file can use the key.',
        'If the passphrase is lost there is no way to recover it; a new key must be generated and distributed.',
      ],
      opts: {
        type: 'The key type: ed25519 (the default), ecdsa or rsa.', bits: 'The key size in bits, for key types that have one.', file: 'Write the private key to FILE.',
        comment: 'A comment stored with the public key, often user@host.', 'new-passphrase': 'The new passphrase. Avoid this option on shared machines: the value is visible in the process list and in the shell history.',
        'change-passphrase': 'Change the passphrase of an existing private key. {cmd} asks for the old one first.', fingerprint: 'Show the fingerprint of the key in FILE.',
        public: 'Read a private key and print the matching public key.',
      },
      ex: [['Create a key for use with a deployment host:', '{cmd} -t ed25519 -C deploy@build01 -f ~/.keys/deploy'], ['Show the fingerprint of a public key:', '{cmd} -l -f ~/.keys/deploy.pub']],
    },
    certctl: {
      summary: 'create, inspect and verify X.509 certificates',
      desc: [
        '{cmd} creates certificate signing requests and self-signed certificates, shows the contents of certificates and checks them against a set of trusted authorities.',
        'Private keys are written encrypted unless --no-encrypt is given; {cmd} prompts for the password. To use it unattended, name a file that holds the password with --password-file; that file should be readable by its owner only.',
        'The show command prints the subject, issuer, validity period and extensions. It never prints the private key.',
      ],
      opts: {
        show: 'Print the certificate in FILE in readable form.', request: 'Create a key and a signing request.', verify: 'Check the certificate in FILE against the trusted authorities.',
        key: 'The private key to use or create.', out: 'Write the result to FILE instead of standard output.', days: 'Validity of a self-signed certificate, in days.',
        subject: 'The subject name, such as "/CN=www.example.org".', 'no-encrypt': 'Write the private key without a password.',
        'password-file': 'Read the key password from the first line of FILE instead of asking for it.', ca: 'Use the certificates in FILE as the trusted authorities.',
      },
      ex: [['Create a key and a request for a web server:', '{cmd} request --key www.key --subject "/CN=www.example.org" -o www.csr'],
        ['Check when a certificate expires:', '{cmd} show www.crt | grep "Not After"']],
    },
    pwbatch: {
      summary: 'update passwords in batch mode',
      desc: [
        '{cmd} reads lines of the form user:password from standard input and updates the passwords of existing accounts. It is meant for setting up many accounts at once and can only be run by the administrator.',
        'By default the passwords are read in clear text and hashed with the method set by ENCRYPT_METHOD in /etc/login.defs. With -e, the input is expected to contain hashes already.',
        'Because the input holds passwords, it should come from a file that only root can read, not from the command line.',
      ],
      opts: {
        encrypted: 'The passwords in the input are already hashed.', 'crypt-method': 'The hash method: SHA512, YESCRYPT or NONE. This overrides ENCRYPT_METHOD.',
        rounds: 'The number of rounds for the SHA methods.', md5: 'Use MD5 hashes. Kept for old systems only.', prefix: 'Apply changes to the system below DIR.',
      },
      ex: [['Set passwords for the accounts listed in a file that only root can read:', '{cmd} < /root/new-accounts.txt']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: French
const FR_MON = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MAN_FR: ManLang = {
  lang: 'French',
  heads: { name: ['NOM'], synopsis: ['SYNOPSIS'], description: ['DESCRIPTION'], options: ['OPTIONS'], exit: ['CODE DE RETOUR', 'VALEUR RENVOYÉE', 'STATUT DE SORTIE'],
    env: ['ENVIRONNEMENT', 'VARIABLES D\'ENVIRONNEMENT'], files: ['FICHIERS'], examples: ['EXEMPLES', 'EXEMPLE'], notes: ['NOTES', 'REMARQUES'], bugs: ['BOGUES'],
    seeAlso: ['VOIR AUSSI'], author: ['AUTEUR', 'AUTEURS'], translation: ['TRADUCTION'] },
  center: { '1': ['Commandes utilisateur', 'Manuel de l\'utilisateur'], '8': ['Commandes d\'administration système', 'Administration du système'] },
  optsWord: 'options',
  args: { DAYS: 'JOURS', DATE: 'DATE', DIR: 'RÉP', USER: 'UTILISATEUR', GROUP: 'GROUPE', GROUPS: 'GROUPES', FILE: 'FICHIER', TEXT: 'TEXTE', N: 'NOMBRE',
    PORT: 'PORT', POLICY: 'POLITIQUE', LEVEL: 'NIVEAU', ZONE: 'ZONE', KEY: 'CLÉ', VALUE: 'VALEUR', HASH: 'EMPREINTE', SHELL: 'INTERPRÉTEUR', WHEN: 'QUAND' },
  date: (y, m, d) => (d % 2 === 0 ? `${d} ${FR_MON[m - 1]} ${y}` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: 'Afficher un court message d\'aide et quitter.', version: 'Afficher le numéro de version et quitter.',
    verbose: 'Mode bavard : {cmd} décrit chaque opération effectuée.', quiet: 'N\'afficher que les messages d\'erreur.',
    root: 'Appliquer les modifications dans le répertoire RÉP et y lire les fichiers de configuration. Utile pour réparer un système monté ailleurs.',
    config: 'Lire les réglages dans FICHIER. Les options de la ligne de commande l\'emportent sur les valeurs du fichier.',
    dryrun: 'Indiquer ce qui serait fait, sans rien modifier.', yes: 'Répondre oui à toutes les questions, afin que {cmd} s\'exécute sans rien demander.',
    force: 'Ignorer les erreurs et poursuivre le traitement lorsque c\'est possible.', color: 'Colorer la sortie : QUAND vaut always, never ou auto (par défaut).',
  },
  exit: ['Succès.', 'Erreur générale.', 'Syntaxe de la commande incorrecte ou option inconnue.', 'Permission refusée : cette opération doit être effectuée par le superutilisateur.',
    'L\'utilisateur ou le fichier indiqué n\'existe pas.', 'Le fichier des mots de passe est verrouillé par un autre programme ; réessayez plus tard.',
    'Le fichier de configuration est invalide.'],
  env: {
    LANG: 'Détermine la langue des messages. LC_ALL et LC_MESSAGES ont la priorité si elles sont définies.',
    PAGER: 'Le programme utilisé pour afficher page par page les sorties longues ; less par défaut.', TMPDIR: 'Répertoire des fichiers temporaires (/tmp par défaut).',
    CONFIG: 'Chemin du fichier de configuration. Remplace la valeur par défaut, mais l\'option de la ligne de commande a la priorité.',
    NO_COLOR: 'Si elle est définie, la sortie n\'est pas colorée.', TZ: 'Fuseau horaire utilisé pour afficher les dates.',
  },
  files: {
    logindefs: 'Configuration de la suite des mots de passe cachés, par exemple PASS_MAX_DAYS.', shadow: 'Informations sécurisées sur les comptes, dont les empreintes des mots de passe ; lisible par root seulement.',
    passwd: 'Informations sur les comptes des utilisateurs.', group: 'Informations sur les groupes.', skel: 'Fichiers copiés dans chaque nouveau répertoire personnel.',
    defaults: 'Valeurs par défaut pour la création des comptes.', wtmp: 'Historique des connexions et déconnexions.', btmp: 'Tentatives de connexion échouées.',
    conf: 'Configuration globale du système.', userconf: 'Configuration propre à l\'utilisateur ; elle remplace les réglages globaux.',
    confd: 'Fichiers de configuration supplémentaires, lus dans l\'ordre alphabétique.', log: 'Journal des modifications effectuées.', pam: 'Configuration PAM de {cmd}.',
  },
  notes: [
    'Les messages système de {cmd} sont aussi transmis au service de journalisation et apparaissent, selon la configuration, dans /var/log/syslog.',
    'Les modifications prennent effet à la prochaine connexion ; les sessions déjà ouvertes conservent les anciens réglages.',
    'Les anciennes versions de {cmd} ne connaissaient pas les options longues. Les scripts destinés à de vieux systèmes utiliseront plutôt les formes courtes.',
    'Si la sortie de {cmd} --help diffère de cette page, c\'est elle qui fait foi : la traduction n\'est peut-être pas à jour.',
  ],
  bugs: ['Les noms d\'utilisateur très longs sont tronqués dans l\'affichage en colonnes.', 'Signalez les bogues à {mail} en précisant la sortie de {cmd} --version.',
    'L\'option --color est sans effet sur certains terminaux.'],
  author: ['{cmd} a été écrit par les développeurs du projet {proj}.', 'Écrit par les contributeurs du projet {proj}. Envoyez vos remarques à {mail}.'],
  translation: ['La traduction française de cette page de manuel a été réalisée par l\'équipe {team}. Pour signaler une erreur de traduction, écrivez à {mail}.',
    'Cette traduction est une documentation libre, distribuée selon les termes de la licence du projet {proj}. Les remarques sur la traduction sont bienvenues à {mail}.'],
  optionsIntro: ['Les options disponibles pour la commande {cmd} sont :', '{cmd} accepte les options suivantes :'],
  exitIntro: ['La commande {cmd} renvoie les valeurs suivantes :', 'En fin d\'exécution, {cmd} renvoie l\'une de ces valeurs :'],
  tools: {
    setpw: {
      summary: 'modifier le mot de passe d\'un utilisateur',
      desc: [
        '{cmd} modifie le mot de passe d\'un compte. Un utilisateur ordinaire ne peut changer que son propre mot de passe : {cmd} lui demande d\'abord l\'ancien, puis deux fois le nouveau.',
        'Le mot de passe n\'est pas affiché pendant la saisie, pas même sous forme d\'astérisques. Si les deux saisies diffèrent, {cmd} abandonne et l\'ancien mot de passe reste valable.',
        'L\'administrateur (root) peut changer le mot de passe de n\'importe quel compte sans connaître l\'ancien. Dans ce cas, un mot de passe trop faible ne provoque qu\'un avertissement.',
        'Un bon mot de passe mélange majuscules, minuscules, chiffres et signes de ponctuation. Les mots du dictionnaire, le nom de connexion ou une date de naissance sont faciles à deviner et sont refusés.',
      ],
      opts: {
        all: 'Avec -S, afficher l\'état de tous les comptes.', delete: 'Supprimer le mot de passe : le compte devient utilisable sans mot de passe. Réservé à l\'administrateur.',
        expire: 'Faire expirer immédiatement le mot de passe ; l\'utilisateur devra en choisir un nouveau à sa prochaine connexion.',
        lock: 'Verrouiller le mot de passe en ajoutant un point d\'exclamation devant l\'empreinte enregistrée. Les autres méthodes de connexion, comme une clé SSH, restent possibles.',
        unlock: 'Lever un verrouillage posé avec -l.', status: 'Afficher l\'état du compte : nom, mot de passe verrouillé (L), défini (P) ou vide (NP), date du dernier changement et délais.',
        'keep-tokens': 'Ne changer que les mots de passe déjà expirés.', stdin: 'Lire le nouveau mot de passe sur l\'entrée standard plutôt que sur le terminal, pour utiliser {cmd} dans un script.',
      },
      ex: [['Changer son propre mot de passe :', '{cmd}'], ['En tant que root, définir un nouveau mot de passe pour le compte {user} :', '{cmd} {user}'],
        ['Afficher l\'état de tous les comptes :', '{cmd} -S -a']],
      notes: ['La vérification de la qualité du mot de passe dépend de la configuration PAM dans /etc/pam.d/.'],
    },
    acctadd: {
      summary: 'créer un nouveau compte utilisateur',
      desc: [
        '{cmd} crée un compte à partir des valeurs indiquées sur la ligne de commande et des valeurs par défaut du système. Seul l\'administrateur peut créer des comptes.',
        'Le nouveau compte n\'a pas de mot de passe utilisable tant qu\'on ne lui en a pas attribué un avec passwd(1) ; jusque-là, il est verrouillé.',
        'Avec l\'option -m, le répertoire personnel est créé et les fichiers de /etc/skel y sont copiés. Ils appartiennent ensuite au nouvel utilisateur.',
        'Supposons que le groupe indiqué avec -g n\'existe pas : {cmd} refuse alors de créer le compte et affiche un message d\'erreur.',
      ],
      opts: {
        comment: 'Une courte description du compte, en général le nom complet de son utilisateur.', 'home-dir': 'Utiliser RÉP comme répertoire personnel au lieu de la valeur par défaut.',
        gid: 'Le groupe principal, sous forme de nom ou de numéro.', groups: 'Liste de groupes supplémentaires, séparés par des virgules.',
        'create-home': 'Créer le répertoire personnel s\'il n\'existe pas.', shell: 'L\'interpréteur de commandes de connexion du compte.',
        system: 'Créer un compte système, sans informations de vieillissement et avec un identifiant pris dans la plage réservée au système.',
        key: 'Remplacer pour cette exécution une valeur par défaut de /etc/login.defs, par exemple -K PASS_MAX_DAYS=60.',
        password: 'Le mot de passe déjà chiffré du compte. Déconseillé : la valeur est visible par les autres utilisateurs dans la liste des processus.',
        expiredate: 'La date à laquelle le compte sera désactivé, au format AAAA-MM-JJ.',
      },
      ex: [['Créer le compte {user} avec un répertoire personnel :', '{cmd} -m -s /bin/bash {user}'], ['Créer un compte système pour un service, sans interpréteur de connexion :', '{cmd} -r -s /usr/sbin/nologin {svc}']],
    },
    sesslog: {
      summary: 'afficher les dernières connexions',
      desc: [
        '{cmd} parcourt le fichier /var/log/wtmp et affiche les connexions enregistrées, de la plus récente à la plus ancienne : l\'utilisateur, le terminal, l\'hôte distant et les heures de début et de fin de session.',
        'Les tentatives de connexion échouées sont lues dans /var/log/btmp, que seul l\'administrateur peut consulter.',
        'Si des noms sont donnés en argument, seules les connexions de ces utilisateurs ou de ces terminaux sont affichées.',
      ],
      opts: {
        limit: 'Afficher au plus NOMBRE lignes.', user: 'N\'afficher que les connexions de UTILISATEUR.', until: 'N\'afficher que les sessions commencées avant DATE.',
        file: 'Lire FICHIER au lieu de /var/log/wtmp.', system: 'Afficher aussi les arrêts du système et les changements de niveau d\'exécution.',
        ip: 'Afficher l\'adresse numérique des hôtes distants.', fullnames: 'Ne pas tronquer les noms d\'utilisateur et d\'hôte.', fulltimes: 'Afficher les dates et heures complètes.',
      },
      ex: [['Les dix dernières connexions de {user} :', '{cmd} -n 10 -u {user}'], ['Les tentatives échouées (en tant que root) :', '{cmd} -f /var/log/btmp']],
    },
    arcv: {
      summary: 'créer et extraire des archives',
      desc: [
        '{cmd} rassemble des fichiers dans une archive, en affiche le contenu ou les en extrait. Il faut indiquer exactement une des opérations -c, -x ou -t.',
        'Par défaut, {cmd} n\'écrase pas un fichier existant lors de l\'extraction : il affiche un avertissement et passe au suivant. L\'option --overwrite modifie ce comportement.',
        'Une archive chiffrée est protégée par une phrase secrète. {cmd} la demande sur le terminal, sans l\'afficher ; pour un traitement automatique, elle peut être lue dans un fichier.',
      ],
      opts: {
        create: 'Créer une nouvelle archive.', extract: 'Extraire les fichiers de l\'archive.', list: 'Afficher la liste des fichiers contenus dans l\'archive.',
        file: 'Utiliser FICHIER comme archive ; - désigne l\'entrée ou la sortie standard.', compress: 'Compresser l\'archive avec gzip.',
        preserve: 'Conserver les droits d\'accès (le mode), le propriétaire et les dates des fichiers extraits. C\'est le comportement par défaut pour le superutilisateur.',
        overwrite: 'Écraser les fichiers existants lors de l\'extraction.', 'ignore-failed-read': 'Ne pas s\'arrêter quand un fichier ne peut pas être lu ; l\'erreur est seulement signalée.',
        'passphrase-file': 'Lire la phrase secrète dans FICHIER au lieu de la demander. Ce fichier ne doit être lisible que par son propriétaire.',
        directory: 'Se placer dans RÉP avant toute opération.',
      },
      ex: [['Archiver le répertoire projets dans une archive compressée :', '{cmd} -czf projets.arc projets/'], ['Afficher le contenu d\'une archive sans l\'extraire :', '{cmd} -tf projets.arc'],
        ['Extraire une archive dans /tmp en écrasant les fichiers existants :', '{cmd} -xf projets.arc -C /tmp --overwrite']],
    },
    fwctl: {
      summary: 'gérer les règles du pare-feu',
      desc: [
        '{cmd} ajoute, supprime et affiche les règles du pare-feu du noyau. Les règles sont regroupées en zones ; chaque interface réseau appartient à une zone.',
        'La politique par défaut s\'applique aux paquets qu\'aucune règle ne décrit. Une règle explicite l\'emporte toujours sur la politique par défaut.',
        'Les modifications faites avec {cmd} sont immédiates mais ne survivent pas à un redémarrage, à moins d\'être enregistrées dans /etc/{cmd}.conf.',
        'En mode panique, tout le trafic est rejeté, y compris les connexions déjà établies. Sur une machine administrée à distance, ce mode coupe aussi votre propre session.',
      ],
      opts: {
        list: 'Afficher les règles actives de chaque zone.', allow: 'Autoriser les connexions entrantes sur le PORT indiqué.', deny: 'Refuser les connexions entrantes sur le PORT indiqué.',
        'default-policy': 'Définir la politique par défaut : accept, drop ou reject.', reload: 'Relire la configuration sans interrompre les connexions établies.',
        panic: 'Passer en mode panique : tout le trafic est rejeté.', 'log-level': 'Niveau de détail de la journalisation des paquets rejetés.',
        zone: 'Appliquer l\'opération à la zone ZONE plutôt qu\'à la zone par défaut.',
      },
      ex: [['Autoriser les connexions SSH :', '{cmd} --allow 22'], ['Afficher les règles actives :', '{cmd} -l'], ['Rejeter par défaut tout ce qui n\'est pas autorisé :', '{cmd} -P drop']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: Spanish
const ES_MON = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MAN_ES: ManLang = {
  lang: 'Spanish',
  heads: { name: ['NOMBRE'], synopsis: ['SINOPSIS'], description: ['DESCRIPCIÓN'], options: ['OPCIONES'], exit: ['ESTADO DE SALIDA', 'VALORES DEVUELTOS'],
    env: ['ENTORNO', 'VARIABLES DE ENTORNO'], files: ['ARCHIVOS', 'FICHEROS'], examples: ['EJEMPLOS', 'EJEMPLO'], notes: ['NOTAS', 'OBSERVACIONES'], bugs: ['ERRORES', 'FALLOS'],
    seeAlso: ['VÉASE TAMBIÉN', 'VER TAMBIÉN'], author: ['AUTOR', 'AUTORES'], translation: ['TRADUCCIÓN'] },
  center: { '1': ['Órdenes de usuario', 'Manual del usuario'], '8': ['Órdenes de administración del sistema', 'Administración del sistema'] },
  optsWord: 'opciones',
  args: { DAYS: 'DÍAS', DATE: 'FECHA', DIR: 'DIRECTORIO', USER: 'USUARIO', GROUP: 'GRUPO', GROUPS: 'GRUPOS', FILE: 'ARCHIVO', TEXT: 'TEXTO', N: 'NÚMERO',
    ADDR: 'DIRECCIÓN', IFACE: 'INTERFAZ', LEN: 'LONGITUD', OFFSET: 'DESPLAZAMIENTO', PATTERN: 'PATRÓN', KEY: 'CLAVE', VALUE: 'VALOR', WHEN: 'CUÁNDO' },
  date: (y, m, d) => (m % 2 === 0 ? `${d} de ${ES_MON[m - 1]} de ${y}` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: 'Muestra un breve mensaje de ayuda y termina.', version: 'Muestra la versión del programa y termina.', verbose: 'Modo detallado: informa de cada paso.',
    quiet: 'No muestra más que los mensajes de error.', root: 'Aplica los cambios en el directorio DIRECTORIO y lee de allí los archivos de configuración.',
    config: 'Lee la configuración de ARCHIVO. Las opciones de la línea de órdenes tienen prioridad sobre los valores del archivo.',
    dryrun: 'Muestra lo que se haría, sin cambiar nada.', yes: 'Responde que sí a todas las preguntas, de modo que {cmd} no pide confirmación.',
    force: 'Ignora los errores y sigue adelante siempre que sea posible.', color: 'Controla el uso de colores: CUÁNDO puede ser always, never o auto.',
  },
  exit: ['Éxito.', 'Error general.', 'Sintaxis incorrecta u opción desconocida.', 'Permiso denegado: la operación requiere privilegios de superusuario.',
    'El usuario o el archivo indicado no existe.', 'El archivo de contraseñas está bloqueado por otro proceso; inténtelo de nuevo más tarde.', 'El archivo de configuración contiene errores.'],
  env: {
    LANG: 'Determina el idioma de los mensajes.', PAGER: 'Programa con el que se muestran las salidas largas página a página.', TMPDIR: 'Directorio para archivos temporales; por omisión, /tmp.',
    CONFIG: 'Ruta del archivo de configuración. Sustituye a la ruta predeterminada, pero la opción de la línea de órdenes tiene prioridad.', NO_COLOR: 'Si está definida, la salida no usa colores.',
  },
  files: {
    logindefs: 'Configuración del sistema de contraseñas ocultas, por ejemplo PASS_MAX_DAYS.', shadow: 'Información segura de las cuentas, incluidos los hashes de las contraseñas. Solo root puede leerlo.',
    passwd: 'Información de las cuentas de usuario.', group: 'Información de los grupos.', skel: 'Archivos que se copian en cada directorio personal nuevo.',
    defaults: 'Valores predeterminados para las cuentas nuevas.', conf: 'Configuración general.', state: 'Estado de la última ejecución.', log: 'Registro de las operaciones realizadas.',
    ifconf: 'Descripción de las interfaces de red.', ifstate: 'Estado actual de las interfaces gestionadas por {cmd}.', userconf: 'Configuración del usuario; prevalece sobre la general.',
  },
  notes: [
    '{cmd} envía también sus mensajes al registro del sistema, de modo que los intentos fallidos pueden revisarse más adelante.',
    'Los cambios se aplican en el siguiente inicio de sesión; las sesiones abiertas conservan la configuración anterior.',
    'Las versiones antiguas de {cmd} no admitían las opciones largas. En guiones que deban funcionar en sistemas viejos conviene usar las formas cortas.',
  ],
  bugs: ['Los nombres de usuario muy largos aparecen recortados en la salida.', 'Informe de los errores a {mail}, indicando la salida de {cmd} --version.'],
  author: ['{cmd} fue escrito por los desarrolladores del proyecto {proj}.', 'Escrito por los colaboradores de {proj}. Envíe sus comentarios a {mail}.'],
  translation: ['La traducción al español de esta página de manual fue realizada por el equipo {team}. Si encuentra algún error en la traducción, escriba a {mail}.',
    'Esta traducción es documentación libre; consulte la licencia del proyecto {proj} para conocer las condiciones de copia.'],
  optionsIntro: ['Las opciones que admite la orden {cmd} son:', '{cmd} acepta las siguientes opciones:'],
  exitIntro: ['La orden {cmd} termina con alguno de los siguientes valores:', 'Valores de salida:'],
  tools: {
    pwage: {
      summary: 'cambia la información de caducidad de las contraseñas',
      desc: [
        '{cmd} modifica el número de días entre cambios de contraseña y la fecha del último cambio. Con esta información el sistema decide cuándo debe un usuario cambiar su contraseña.',
        'Solo el administrador (root) puede modificar estos valores. Un usuario normal puede usar la opción -l para ver la información de caducidad de su propia cuenta.',
        'Si se ejecuta sin opciones, {cmd} pide cada valor por turno y muestra entre corchetes el valor actual. Una respuesta vacía lo deja como está.',
        'El valor -1 elimina la restricción correspondiente: por ejemplo, una fecha de caducidad de -1 significa que la cuenta no caduca nunca.',
      ],
      opts: {
        lastday: 'Fija la fecha del último cambio de contraseña en DÍAS días desde el 1 de enero de 1970, o en una fecha con el formato AAAA-MM-DD. Con 0, el usuario deberá cambiar la contraseña en su próximo inicio de sesión.',
        expiredate: 'Fija la fecha en la que se bloqueará la cuenta. A partir de ella no se podrá iniciar sesión hasta que el administrador indique una fecha nueva.',
        inactive: 'Cuántos días sigue siendo utilizable la cuenta después de que caduque la contraseña.', list: 'Muestra la información de caducidad actual, incluidos los días que faltan para que caduque la contraseña.',
        mindays: 'Número mínimo de días entre dos cambios de contraseña. Con 0 se permite cambiarla en cualquier momento.', maxdays: 'Número máximo de días durante los que la contraseña es válida.',
        warndays: 'Cuántos días antes de que caduque la contraseña se avisa al usuario al iniciar sesión.',
      },
      ex: [['Ver la información de caducidad de {user}:', '{cmd} -l {user}'], ['Exigir una contraseña nueva cada 60 días, con aviso una semana antes:', '{cmd} -M 60 -W 7 {user}'],
        ['Obligar a cambiar la contraseña en el próximo inicio de sesión:', '{cmd} -d 0 {user}']],
    },
    acctadd: {
      summary: 'crea una cuenta de usuario',
      desc: [
        '{cmd} crea una cuenta nueva con los valores dados en la línea de órdenes y los valores predeterminados del sistema. Solo el administrador puede crear cuentas.',
        'La cuenta nueva no tiene una contraseña válida hasta que se le asigna una con passwd(1); mientras tanto está bloqueada.',
        'Con -m se crea el directorio personal y se copian en él los archivos de /etc/skel, que pasan a ser propiedad del nuevo usuario.',
      ],
      opts: {
        comment: 'Breve descripción de la cuenta, normalmente el nombre completo de su usuario.', 'home-dir': 'Usa DIRECTORIO como directorio personal.', gid: 'Grupo principal, por nombre o por número.',
        groups: 'Lista de grupos adicionales separados por comas.', 'create-home': 'Crea el directorio personal si no existe.', shell: 'Intérprete de órdenes de la cuenta.',
        system: 'Crea una cuenta de sistema, sin caducidad y con un identificador del rango reservado.', key: 'Sustituye para esta ejecución un valor de /etc/login.defs, por ejemplo -K PASS_MAX_DAYS=90.',
        password: 'Contraseña ya cifrada de la cuenta. No se recomienda: otros usuarios pueden verla en la lista de procesos.', expiredate: 'Fecha en la que se desactivará la cuenta (AAAA-MM-DD).',
      },
      ex: [['Crear la cuenta {user} con directorio personal:', '{cmd} -m {user}'], ['Crear una cuenta de sistema para un servicio:', '{cmd} -r -s /usr/sbin/nologin {svc}']],
    },
    bkup: {
      summary: 'copias de seguridad incrementales',
      desc: [
        '{cmd} copia los archivos de uno o varios directorios de origen a un destino y guarda en cada ejecución solo lo que ha cambiado desde la anterior.',
        'Las copias pueden cifrarse. La clave se lee de un archivo que solo debe poder leer root; si se pierde la clave, las copias cifradas no se pueden recuperar.',
        'Supongamos que un archivo cambia mientras se copia: {cmd} lo marca como inconsistente en el registro y lo vuelve a copiar en la siguiente ejecución.',
        'Por omisión, cualquier error de lectura detiene la copia. Con la opción -i, {cmd} ignora los errores, continúa con el resto de archivos y los enumera al final.',
      ],
      opts: {
        source: 'Directorio de origen. Puede indicarse varias veces.', target: 'Directorio o dispositivo de destino.', exclude: 'No copia los archivos cuyo nombre coincide con PATRÓN.',
        encrypt: 'Cifra la copia con la clave indicada en la configuración.', 'key-file': 'Lee la clave de cifrado de ARCHIVO; prevalece sobre la configuración.',
        'ignore-errors': 'Ignora los errores de lectura y sigue con los demás archivos.', verify: 'Después de copiar, compara las sumas de comprobación con el origen.',
        keep: 'Conserva las NÚMERO copias más recientes y borra las demás.', restore: 'Restaura el estado de la copia hecha en FECHA.',
      },
      ex: [['Copiar /home a un disco externo, sin los archivos temporales:', '{cmd} -s /home -t /mnt/copias -x \'*.tmp\''], ['Restaurar la copia del 1 de marzo:', '{cmd} -t /mnt/copias --restore 2024-03-01']],
    },
    netif: {
      summary: 'configura las interfaces de red',
      desc: [
        '{cmd} activa y desactiva interfaces de red y les asigna direcciones. Sin argumentos, muestra el estado de todas las interfaces activas.',
        'La configuración se lee de /etc/netif/interfaces. Las opciones de la línea de órdenes prevalecen sobre los valores del archivo, pero no lo modifican.',
        'Para cambiar la configuración hacen falta privilegios de administrador; un usuario normal solo puede consultar el estado.',
      ],
      opts: {
        all: 'Incluye todas las interfaces, también las desactivadas.', up: 'Activa la interfaz INTERFAZ.', down: 'Desactiva la interfaz INTERFAZ; se cierran las conexiones abiertas.',
        address: 'Asigna una dirección con el formato dirección/prefijo, por ejemplo 192.0.2.20/24.', mtu: 'Fija el tamaño máximo de paquete en NÚMERO bytes.',
        promisc: 'Pone la interfaz en modo promiscuo, en el que recibe todos los paquetes del segmento de red.',
        'ignore-errors': 'Ignora los errores de una interfaz y pasa a la siguiente.', config: 'Lee la configuración de ARCHIVO.',
      },
      ex: [['Activar {iface} con una dirección fija:', '{cmd} -A {ip}/24 -u {iface}'], ['Ver el estado de todas las interfaces:', '{cmd} -a']],
    },
    hexd: {
      summary: 'muestra el contenido de un archivo en hexadecimal',
      desc: [
        '{cmd} muestra el contenido de un archivo o de la entrada estándar en hexadecimal. Cada línea empieza con el desplazamiento dentro del archivo.',
        'Los caracteres no imprimibles se muestran como un punto en la columna de texto. Las líneas repetidas se sustituyen por un asterisco.',
      ],
      opts: {
        canonical: 'Formato canónico: desplazamiento, dieciséis bytes en hexadecimal y los mismos bytes como caracteres.', length: 'Lee solo LONGITUD bytes.',
        skip: 'Salta DESPLAZAMIENTO bytes al principio de la entrada.', group: 'Agrupa los bytes de NÚMERO en NÚMERO.', octal: 'Muestra los bytes en octal.',
        uppercase: 'Usa mayúsculas para los dígitos hexadecimales.', reverse: 'Convierte un volcado hexadecimal de nuevo en datos binarios.', all: 'Muestra también las líneas repetidas.',
      },
      ex: [['Ver los primeros 32 bytes de {file}:', '{cmd} -C -n 32 {file}'], ['Reconstruir un archivo a partir de un volcado editado:', '{cmd} -r volcado.txt > {file}']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: Portuguese
const PT_MON = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MAN_PT: ManLang = {
  lang: 'Portuguese',
  heads: { name: ['NOME'], synopsis: ['SINOPSE'], description: ['DESCRIÇÃO'], options: ['OPÇÕES'], exit: ['STATUS DE SAÍDA', 'CÓDIGOS DE SAÍDA'],
    env: ['AMBIENTE', 'VARIÁVEIS DE AMBIENTE'], files: ['ARQUIVOS', 'FICHEIROS'], examples: ['EXEMPLOS'], notes: ['NOTAS', 'OBSERVAÇÕES'], bugs: ['BUGS', 'PROBLEMAS CONHECIDOS'],
    seeAlso: ['VEJA TAMBÉM', 'VER TAMBÉM'], author: ['AUTOR', 'AUTORES'], translation: ['TRADUÇÃO'] },
  center: { '1': ['Comandos de usuário', 'Manual do usuário'], '8': ['Comandos de administração do sistema', 'Administração do sistema'] },
  optsWord: 'opções',
  args: { DAYS: 'DIAS', DATE: 'DATA', DIR: 'DIRETÓRIO', USER: 'USUÁRIO', FILE: 'ARQUIVO', N: 'NÚMERO', MODE: 'MODO', PORT: 'PORTA', POLICY: 'POLÍTICA',
    LEVEL: 'NÍVEL', ZONE: 'ZONA', CONFIG: 'CONFIGURAÇÃO', WHEN: 'QUANDO' },
  date: (y, m, d) => (y % 2 === 1 ? `${d} de ${PT_MON[m - 1]} de ${y}` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: 'Mostra uma breve ajuda e sai.', version: 'Mostra a versão do programa e sai.', verbose: 'Modo detalhado: informa cada passo executado.',
    quiet: 'Não mostra nada além das mensagens de erro.', root: 'Aplica as alterações no diretório DIRETÓRIO e lê dali os arquivos de configuração.',
    config: 'Lê as configurações de ARQUIVO. As opções da linha de comando têm prioridade sobre os valores do arquivo.', dryrun: 'Mostra o que seria feito, sem alterar nada.',
    yes: 'Responde sim a todas as perguntas, para que {cmd} rode sem pedir confirmação.', force: 'Ignora os erros e continua sempre que possível.',
  },
  exit: ['Sucesso.', 'Erro genérico.', 'Sintaxe inválida ou opção desconhecida.', 'Permissão negada: a operação exige privilégios de superusuário.',
    'O usuário ou arquivo informado não existe.', 'O arquivo está bloqueado por outro processo; tente novamente mais tarde.', 'O arquivo de configuração contém erros.'],
  env: {
    LANG: 'Define o idioma das mensagens.', PAGER: 'Programa usado para paginar saídas longas; o padrão é less.', TMPDIR: 'Diretório para arquivos temporários (padrão: /tmp).',
    CONFIG: 'Caminho do arquivo de configuração. Substitui o caminho padrão, mas a opção da linha de comando tem prioridade.', TZ: 'Fuso horário usado para exibir as datas.',
  },
  files: {
    passwd: 'Informações das contas de usuário.', shadow: 'Informações seguras das contas, incluindo os hashes das senhas; só root pode ler.',
    logindefs: 'Configuração do sistema de senhas sombra, como PASS_MAX_DAYS.', pam: 'Configuração do PAM para o {cmd}.', wtmp: 'Histórico de entradas e saídas de sessão.',
    btmp: 'Tentativas de login que falharam.', conf: 'Configuração geral.', confd: 'Arquivos de configuração adicionais, lidos em ordem alfabética.',
    state: 'Arquivo de estado da última execução.', log: 'Registro das operações realizadas.', userconf: 'Configuração do usuário, que prevalece sobre a geral.',
  },
  notes: [
    'As mensagens do {cmd} também são enviadas ao registro do sistema, o que permite consultar depois as tentativas que falharam.',
    'As alterações valem a partir do próximo login; sessões já abertas mantêm a configuração anterior.',
    'Versões antigas do {cmd} não aceitavam as opções longas. Em scripts que precisem rodar em sistemas antigos, prefira as formas curtas.',
  ],
  bugs: ['Nomes de usuário muito longos aparecem cortados na saída.', 'Relate erros para {mail}, incluindo a saída de {cmd} --version.'],
  author: ['O {cmd} foi escrito pelos desenvolvedores do projeto {proj}.', 'Escrito pelos colaboradores do {proj}. Envie comentários para {mail}.'],
  translation: ['A tradução para o português desta página de manual foi feita pela equipe {team}. Para relatar erros de tradução, escreva para {mail}.',
    'Esta tradução é documentação livre; veja a licença do projeto {proj} para as condições de distribuição.'],
  optionsIntro: ['As opções aceitas pelo comando {cmd} são:', 'O {cmd} aceita as seguintes opções:'],
  exitIntro: ['O comando {cmd} termina com um dos seguintes valores:', 'Valores de saída:'],
  tools: {
    setpw: {
      summary: 'altera a senha de um usuário',
      desc: [
        'O {cmd} altera a senha de uma conta. Um usuário comum só pode alterar a própria senha: o {cmd} pede primeiro a senha atual e depois, duas vezes, a nova.',
        'A senha não é exibida enquanto é digitada, nem mesmo como asteriscos. Se as duas digitações forem diferentes, o {cmd} desiste e a senha antiga continua valendo.',
        'O administrador (root) pode alterar a senha de qualquer conta sem conhecer a antiga. Nesse caso, uma senha fraca gera apenas um aviso.',
        'Uma boa senha mistura letras maiúsculas e minúsculas, números e sinais de pontuação. Palavras de dicionário, o nome de login ou datas de nascimento são fáceis de adivinhar e são recusados.',
      ],
      opts: {
        all: 'Junto com -S, mostra o estado de todas as contas.', delete: 'Apaga a senha, deixando a conta utilizável sem senha. Só o administrador pode fazer isso.',
        expire: 'Faz a senha expirar imediatamente; o usuário terá de escolher outra no próximo login.',
        lock: 'Bloqueia a senha, colocando um ponto de exclamação antes do hash armazenado. Outras formas de acesso, como uma chave SSH, continuam funcionando.',
        unlock: 'Desfaz um bloqueio feito com -l.', status: 'Mostra o estado da conta: nome, se a senha está bloqueada (L), definida (P) ou vazia (NP), a data da última alteração e os prazos.',
        'keep-tokens': 'Altera apenas as senhas que já expiraram.', stdin: 'Lê a nova senha da entrada padrão em vez do terminal, para uso em scripts.',
      },
      ex: [['Alterar a própria senha:', '{cmd}'], ['Como root, definir uma nova senha para a conta {user}:', '{cmd} {user}'], ['Mostrar o estado de todas as contas:', '{cmd} -S -a']],
    },
    sesslog: {
      summary: 'mostra os últimos logins',
      desc: [
        'O {cmd} lê o arquivo /var/log/wtmp e lista os logins registrados, do mais recente ao mais antigo: usuário, terminal, máquina remota e horários de início e fim da sessão.',
        'As tentativas que falharam ficam em /var/log/btmp, que só o administrador pode ler.',
        'Se forem dados nomes como argumento, apenas as sessões desses usuários ou terminais são mostradas.',
      ],
      opts: {
        limit: 'Mostra no máximo NÚMERO linhas.', user: 'Mostra apenas os logins de USUÁRIO.', until: 'Mostra apenas as sessões iniciadas antes de DATA.',
        file: 'Lê ARQUIVO em vez de /var/log/wtmp.', system: 'Mostra também os desligamentos do sistema e as mudanças de nível de execução.',
        ip: 'Mostra o endereço numérico das máquinas remotas.', fullnames: 'Não corta os nomes de usuário e de máquina.', fulltimes: 'Mostra datas e horários completos.',
      },
      ex: [['Os últimos cinco logins de {user}:', '{cmd} -n 5 -u {user}'], ['Tentativas que falharam (como root):', '{cmd} -f /var/log/btmp']],
    },
    arcv: {
      summary: 'cria e extrai arquivos compactados',
      desc: [
        'O {cmd} junta arquivos num pacote, mostra o conteúdo de um pacote ou extrai os arquivos dele. É preciso informar exatamente uma das operações -c, -x ou -t.',
        'Por padrão, o {cmd} não sobrescreve arquivos existentes durante a extração: mostra um aviso e passa para o próximo. A opção --overwrite muda esse comportamento.',
        'Um pacote cifrado é protegido por uma frase secreta. O {cmd} pede a frase no terminal, sem exibi-la; em tarefas automáticas ela pode ser lida de um arquivo.',
      ],
      opts: {
        create: 'Cria um novo pacote.', extract: 'Extrai os arquivos do pacote.', list: 'Lista o conteúdo do pacote.', file: 'Usa ARQUIVO como pacote; - indica a entrada ou saída padrão.',
        compress: 'Compacta o pacote com gzip.', preserve: 'Preserva as permissões (o modo), o dono e as datas dos arquivos extraídos.',
        overwrite: 'Sobrescreve arquivos existentes na extração.', 'ignore-failed-read': 'Não para quando um arquivo não pode ser lido; apenas registra o erro.',
        'passphrase-file': 'Lê a frase secreta de ARQUIVO em vez de pedi-la. Esse arquivo deve ser legível apenas pelo dono.', directory: 'Muda para DIRETÓRIO antes de qualquer operação.',
      },
      ex: [['Criar um pacote compactado do diretório docs:', '{cmd} -czf docs.arc docs/'], ['Extrair o pacote em /tmp:', '{cmd} -xf docs.arc -C /tmp']],
    },
    logrot: {
      summary: 'rotaciona, compacta e remove arquivos de log',
      desc: [
        'O {cmd} serve para sistemas que geram muitos arquivos de log. Ele renomeia os logs conforme um calendário ou a partir de um tamanho, compacta os antigos e remove os mais velhos.',
        'Normalmente o {cmd} é executado uma vez por dia por um temporizador do sistema. Cada arquivo é rotacionado no máximo uma vez por execução, a menos que se use -f.',
        'A configuração fica em /etc/{cmd}.conf e nos arquivos de /etc/{cmd}.d/. As definições da seção de um arquivo específico sobrescrevem os valores globais.',
      ],
      opts: {
        force: 'Força a rotação mesmo que ainda não seja a hora prevista.', debug: 'Modo de teste: mostra o que seria feito sem alterar nenhum arquivo.',
        state: 'Usa ARQUIVO como arquivo de estado.', mode: 'Permissões dos novos arquivos de log, em octal (por exemplo 0640). Sobrescreve o valor da configuração.',
        keep: 'Mantém NÚMERO logs antigos e apaga os demais.', compress: 'Compacta os logs rotacionados.', user: 'Os novos arquivos de log pertencem a USUÁRIO.',
      },
      ex: [['Ver o que aconteceria na próxima rotação:', '{cmd} -d /etc/{cmd}.conf'], ['Rotacionar já os logs de um serviço:', '{cmd} -f /etc/{cmd}.d/{svc}']],
    },
    fwctl: {
      summary: 'gerencia as regras do firewall',
      desc: [
        'O {cmd} adiciona, remove e lista as regras do firewall do kernel. As regras são agrupadas em zonas, e cada interface de rede pertence a uma zona.',
        'A política padrão vale para os pacotes que nenhuma regra descreve. Uma regra explícita sempre prevalece sobre a política padrão.',
        'As alterações feitas com o {cmd} valem de imediato, mas se perdem na reinicialização, a não ser que sejam gravadas em /etc/{cmd}.conf.',
      ],
      opts: {
        list: 'Lista as regras ativas de cada zona.', allow: 'Permite conexões de entrada na PORTA indicada.', deny: 'Recusa conexões de entrada na PORTA indicada.',
        'default-policy': 'Define a política padrão: accept, drop ou reject.', reload: 'Recarrega a configuração sem derrubar as conexões estabelecidas.',
        panic: 'Entra no modo de pânico: todo o tráfego é descartado, inclusive a sua própria sessão remota.', 'log-level': 'Nível de detalhe do registro de pacotes recusados.',
        zone: 'Aplica a operação à zona ZONA em vez da zona padrão.',
      },
      ex: [['Permitir conexões HTTPS:', '{cmd} --allow 443'], ['Listar as regras:', '{cmd} -l']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: Italian
const IT_MON = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MAN_IT: ManLang = {
  lang: 'Italian',
  heads: { name: ['NOME'], synopsis: ['SINTASSI', 'SINOSSI'], description: ['DESCRIZIONE'], options: ['OPZIONI'], exit: ['STATO DI USCITA', 'VALORI RESTITUITI'],
    env: ['AMBIENTE', 'VARIABILI D\'AMBIENTE'], files: ['FILE'], examples: ['ESEMPI', 'ESEMPIO'], notes: ['NOTE'], bugs: ['BUG', 'ERRORI NOTI'], seeAlso: ['VEDERE ANCHE', 'VEDI ANCHE'],
    author: ['AUTORE', 'AUTORI'], translation: ['TRADUZIONE'] },
  center: { '1': ['Comandi utente', 'Manuale dell\'utente'], '8': ['Comandi di amministrazione del sistema', 'Amministrazione di sistema'] },
  optsWord: 'opzioni',
  args: { DAYS: 'GIORNI', DATE: 'DATA', DIR: 'DIRECTORY', USER: 'UTENTE', GROUP: 'GRUPPO', GROUPS: 'GRUPPI', FILE: 'FILE', TEXT: 'TESTO', N: 'NUMERO',
    LEN: 'LUNGHEZZA', OFFSET: 'SCOSTAMENTO', PATTERN: 'MODELLO', KEY: 'CHIAVE', VALUE: 'VALORE', WHEN: 'QUANDO' },
  date: (y, m, d) => (d % 2 === 1 ? `${d} ${IT_MON[m - 1]} ${y}` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: 'Mostra un breve aiuto ed esce.', version: 'Mostra la versione del programma ed esce.', verbose: 'Modalità prolissa: descrive ogni operazione eseguita.',
    quiet: 'Non mostra altro che i messaggi di errore.', root: 'Applica le modifiche nella directory DIRECTORY e legge da lì i file di configurazione.',
    config: 'Legge le impostazioni da FILE. Le opzioni sulla riga di comando hanno la precedenza sui valori del file.', dryrun: 'Mostra cosa verrebbe fatto, senza modificare nulla.',
    yes: 'Risponde sì a tutte le domande, così {cmd} non chiede mai conferma.', force: 'Ignora gli errori e prosegue quando è possibile.',
  },
  exit: ['Successo.', 'Errore generico.', 'Sintassi errata o opzione sconosciuta.', 'Permesso negato: l\'operazione richiede i privilegi di root.',
    'L\'utente o il file indicato non esiste.', 'Il file delle password è bloccato da un altro programma; riprovare più tardi.', 'Il file di configurazione contiene errori.'],
  env: {
    LANG: 'Determina la lingua dei messaggi.', PAGER: 'Il programma usato per mostrare un\'uscita lunga una pagina alla volta.', TMPDIR: 'Directory per i file temporanei; il valore predefinito è /tmp.',
    CONFIG: 'Percorso del file di configurazione. Sostituisce quello predefinito, ma l\'opzione sulla riga di comando ha la precedenza.', NO_COLOR: 'Se è impostata, l\'uscita non è colorata.',
    TZ: 'Il fuso orario con cui vengono mostrate le date.',
  },
  files: {
    logindefs: 'Configurazione delle password shadow, per esempio PASS_MAX_DAYS.', shadow: 'Informazioni riservate sugli account, compresi gli hash delle password; leggibile solo da root.',
    passwd: 'Informazioni sugli account utente.', group: 'Informazioni sui gruppi.', skel: 'File copiati in ogni nuova directory home.', defaults: 'Valori predefiniti per i nuovi account.',
    wtmp: 'Cronologia degli accessi e delle uscite.', btmp: 'Tentativi di accesso falliti.', conf: 'Configurazione di sistema.', state: 'Stato dell\'ultima esecuzione.',
    log: 'Registro delle operazioni eseguite.', userconf: 'Configurazione dell\'utente, che prevale su quella di sistema.',
  },
  notes: [
    'I messaggi di {cmd} vengono inviati anche al registro di sistema, così i tentativi falliti si possono controllare in seguito.',
    'Le modifiche hanno effetto dal prossimo accesso; le sessioni già aperte mantengono le impostazioni precedenti.',
    'Le versioni più vecchie di {cmd} non riconoscevano le opzioni lunghe: negli script destinati a sistemi datati conviene usare le forme brevi.',
  ],
  bugs: ['I nomi utente molto lunghi vengono troncati nell\'uscita.', 'Segnalare i bug a {mail}, allegando l\'uscita di {cmd} --version.'],
  author: ['{cmd} è stato scritto dagli sviluppatori del progetto {proj}.', 'Scritto dai collaboratori di {proj}. Commenti e correzioni a {mail}.'],
  translation: ['La traduzione italiana di questa pagina di manuale è stata curata dal gruppo {team}. Per segnalare errori di traduzione scrivere a {mail}.',
    'Questa traduzione è documentazione libera; le condizioni di copia sono quelle della licenza del progetto {proj}.'],
  optionsIntro: ['Le opzioni del comando {cmd} sono:', '{cmd} accetta le seguenti opzioni:'],
  exitIntro: ['Il comando {cmd} termina con uno dei seguenti valori:', 'Valori di uscita:'],
  tools: {
    pwage: {
      summary: 'modifica le informazioni di scadenza delle password',
      desc: [
        '{cmd} modifica il numero di giorni tra un cambio di password e l\'altro e la data dell\'ultimo cambio. In base a questi dati il sistema stabilisce quando un utente deve cambiare la propria password.',
        'Solo l\'amministratore (root) può modificare questi valori. Un utente normale può usare l\'opzione -l per visualizzare le informazioni di scadenza del proprio account.',
        'Se viene eseguito senza opzioni, {cmd} chiede i valori uno alla volta mostrando tra parentesi quadre quello attuale; una risposta vuota lo lascia invariato.',
      ],
      opts: {
        lastday: 'Imposta la data dell\'ultimo cambio di password a GIORNI giorni dal 1º gennaio 1970, oppure a una data nel formato AAAA-MM-GG. Con 0 l\'utente deve cambiare password al prossimo accesso.',
        expiredate: 'Imposta la data a partire dalla quale l\'account è bloccato.', inactive: 'Quanti giorni dopo la scadenza della password l\'account resta utilizzabile prima di essere disattivato.',
        list: 'Mostra le informazioni di scadenza attuali, compresi i giorni che mancano prima che la password scada.', mindays: 'Numero minimo di giorni tra due cambi di password.',
        maxdays: 'Numero massimo di giorni per cui la password resta valida.', warndays: 'Quanti giorni prima della scadenza l\'utente riceve un avviso all\'accesso.',
      },
      ex: [['Visualizzare le informazioni di scadenza di {user}:', '{cmd} -l {user}'], ['Imporre una nuova password ogni 120 giorni:', '{cmd} -M 120 {user}']],
    },
    acctadd: {
      summary: 'crea un nuovo account utente',
      desc: [
        '{cmd} crea un nuovo account a partire dai valori indicati sulla riga di comando e da quelli predefiniti del sistema. Solo l\'amministratore può creare account.',
        'Il nuovo account non ha una password valida finché non gliene viene assegnata una con passwd(1); fino ad allora è bloccato.',
        'Con -m viene creata la directory home e vi vengono copiati i file di /etc/skel, che diventano di proprietà del nuovo utente.',
      ],
      opts: {
        comment: 'Una breve descrizione dell\'account, di solito il nome completo dell\'utente.', 'home-dir': 'Usa DIRECTORY come directory home.', gid: 'Il gruppo principale, per nome o numero.',
        groups: 'Elenco di gruppi supplementari separati da virgole.', 'create-home': 'Crea la directory home se non esiste.', shell: 'La shell di login dell\'account.',
        system: 'Crea un account di sistema, senza scadenza e con un identificativo dell\'intervallo riservato.', key: 'Sovrascrive per questa esecuzione un valore di /etc/login.defs, per esempio -K UMASK=027.',
        password: 'La password già cifrata. Sconsigliato: il valore è visibile agli altri utenti nell\'elenco dei processi.', expiredate: 'La data in cui l\'account sarà disattivato.',
      },
      ex: [['Creare l\'account {user} con la directory home:', '{cmd} -m {user}'], ['Creare un account di sistema per un servizio:', '{cmd} -r -s /usr/sbin/nologin {svc}']],
    },
    hexd: {
      summary: 'mostra il contenuto di un file in esadecimale',
      desc: [
        '{cmd} visualizza il contenuto di un file, o dello standard input, in esadecimale. Ogni riga comincia con lo scostamento all\'interno del file.',
        'I caratteri non stampabili compaiono come un punto nella colonna di testo. Più righe identiche consecutive vengono sostituite da un asterisco.',
        'Supponiamo che il file contenga un\'intestazione di 128 byte: con -s 128 la visualizzazione parte subito dopo.',
      ],
      opts: {
        canonical: 'Formato canonico: scostamento, sedici byte in esadecimale e gli stessi byte come caratteri.', length: 'Legge solo LUNGHEZZA byte.', skip: 'Salta SCOSTAMENTO byte all\'inizio.',
        group: 'Raggruppa i byte a NUMERO a NUMERO.', octal: 'Mostra i byte in ottale.', uppercase: 'Usa lettere maiuscole per le cifre esadecimali.',
        reverse: 'Riconverte un dump esadecimale in dati binari.', all: 'Mostra anche le righe ripetute.',
      },
      ex: [['I primi 48 byte di {file}:', '{cmd} -C -n 48 {file}'], ['Ricostruire un file binario da un dump modificato:', '{cmd} -r dump.txt > {file}']],
    },
    bkup: {
      summary: 'esegue copie di sicurezza incrementali',
      desc: [
        '{cmd} copia i file di una o più directory di origine in una destinazione e a ogni esecuzione salva solo ciò che è cambiato dalla precedente.',
        'Le copie possono essere cifrate. La chiave viene letta da un file che deve essere leggibile solo da root; se la chiave va persa, le copie cifrate non sono più recuperabili.',
        'Per impostazione predefinita un errore di lettura interrompe la copia. Con -i {cmd} ignora gli errori, continua con gli altri file e li elenca alla fine.',
      ],
      opts: {
        source: 'Directory di origine; può essere ripetuta.', target: 'Directory o dispositivo di destinazione.', exclude: 'Esclude i file il cui nome corrisponde a MODELLO.',
        encrypt: 'Cifra la copia.', 'key-file': 'Legge la chiave di cifratura da FILE; sovrascrive l\'impostazione del file di configurazione.',
        'ignore-errors': 'Ignora gli errori di lettura.', verify: 'Dopo la copia confronta le somme di controllo con l\'origine.', keep: 'Conserva le NUMERO copie più recenti.',
        restore: 'Ripristina la copia eseguita in DATA.',
      },
      ex: [['Copiare /srv su un disco esterno:', '{cmd} -s /srv -t /mnt/backup'], ['Ripristinare la copia del 3 maggio:', '{cmd} -t /mnt/backup --restore 2024-05-03']],
    },
    sesslog: {
      summary: 'mostra gli ultimi accessi',
      desc: [
        '{cmd} legge /var/log/wtmp ed elenca gli accessi registrati, dal più recente al più vecchio: utente, terminale, host remoto e orari di inizio e fine della sessione.',
        'I tentativi di accesso falliti si trovano in /var/log/btmp, che solo l\'amministratore può leggere.',
      ],
      opts: {
        limit: 'Mostra al massimo NUMERO righe.', user: 'Mostra solo gli accessi di UTENTE.', until: 'Mostra solo le sessioni iniziate prima di DATA.', file: 'Legge FILE invece di /var/log/wtmp.',
        system: 'Mostra anche gli arresti del sistema.', ip: 'Mostra l\'indirizzo numerico degli host remoti.', fullnames: 'Non tronca i nomi di utenti e host.', fulltimes: 'Mostra date e orari completi.',
      },
      ex: [['Gli ultimi dieci accessi di {user}:', '{cmd} -n 10 -u {user}'], ['I tentativi falliti (come root):', '{cmd} -f /var/log/btmp']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: Russian
const RU_MON = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MAN_RU: ManLang = {
  lang: 'Russian',
  heads: { name: ['НАЗВАНИЕ', 'ИМЯ'], synopsis: ['СИНТАКСИС', 'ОБЗОР'], description: ['ОПИСАНИЕ'], options: ['ПАРАМЕТРЫ', 'ОПЦИИ'], exit: ['КОД ЗАВЕРШЕНИЯ', 'ВОЗВРАЩАЕМЫЕ ЗНАЧЕНИЯ'],
    env: ['ОКРУЖЕНИЕ', 'ПЕРЕМЕННЫЕ ОКРУЖЕНИЯ'], files: ['ФАЙЛЫ'], examples: ['ПРИМЕРЫ', 'ПРИМЕР'], notes: ['ЗАМЕЧАНИЯ', 'ПРИМЕЧАНИЯ'], bugs: ['ОШИБКИ'],
    seeAlso: ['СМОТРИТЕ ТАКЖЕ', 'СМ. ТАКЖЕ'], author: ['АВТОР', 'АВТОРЫ'], translation: ['ПЕРЕВОД'] },
  center: { '1': ['Пользовательские команды', 'Руководство пользователя'], '8': ['Команды администрирования системы', 'Администрирование системы'] },
  optsWord: 'параметры',
  args: { DAYS: 'ДНИ', DATE: 'ДАТА', USER: 'ПОЛЬЗОВАТЕЛЬ', FILE: 'ФАЙЛ', DIR: 'КАТАЛОГ', N: 'ЧИСЛО', ADDR: 'АДРЕС', IFACE: 'ИНТЕРФЕЙС', PORT: 'ПОРТ',
    POLICY: 'ПОЛИТИКА', LEVEL: 'УРОВЕНЬ', ZONE: 'ЗОНА', WHEN: 'КОГДА' },
  date: (y, m, d) => (m % 2 === 1 ? `${d} ${RU_MON[m - 1]} ${y} г.` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: 'Показать краткую справку и выйти.', version: 'Показать номер версии и выйти.', verbose: 'Подробный режим: сообщать о каждом выполненном шаге.',
    quiet: 'Не выводить ничего, кроме сообщений об ошибках.', root: 'Выполнить изменения в каталоге КАТАЛОГ и брать файлы настройки оттуда же. Полезно при восстановлении смонтированной системы.',
    config: 'Читать настройки из ФАЙЛА. Параметры командной строки имеют приоритет над значениями из файла.', dryrun: 'Показать, что было бы сделано, ничего не изменяя.',
    yes: 'Отвечать «да» на все вопросы, чтобы {cmd} работала без запросов.', force: 'Игнорировать ошибки и продолжать работу, где это возможно.',
  },
  exit: ['Успешное завершение.', 'Общая ошибка.', 'Неверный синтаксис или неизвестный параметр.', 'Доступ запрещён: для этой операции нужны права суперпользователя.',
    'Указанный пользователь или файл не существует.', 'Файл паролей заблокирован другой программой; повторите попытку позже.', 'Ошибка в файле настройки.'],
  env: {
    LANG: 'Определяет язык сообщений.', PAGER: 'Программа для постраничного просмотра длинного вывода; по умолчанию less.', TMPDIR: 'Каталог для временных файлов (по умолчанию /tmp).',
    CONFIG: 'Путь к файлу настройки. Заменяет путь по умолчанию, но параметр командной строки имеет приоритет.',
  },
  files: {
    passwd: 'Информация об учётных записях пользователей.', shadow: 'Защищённая информация об учётных записях, в том числе хеши паролей; доступна для чтения только root.',
    logindefs: 'Настройки теневых паролей, например PASS_MAX_DAYS и PASS_WARN_AGE.', pam: 'Настройка PAM для {cmd}.', ifconf: 'Описание сетевых интерфейсов и их адресов.',
    ifstate: 'Текущее состояние интерфейсов, которыми управляет {cmd}.', conf: 'Общесистемный файл настройки.', confd: 'Дополнительные файлы настройки, читаются в алфавитном порядке.',
    log: 'Журнал выполненных изменений.', userconf: 'Пользовательские настройки; они переопределяют общесистемные.',
  },
  notes: [
    'Системные сообщения {cmd} также передаются службе журналирования и в зависимости от настройки попадают в /var/log/syslog.',
    'Изменения вступают в силу при следующем входе в систему; уже открытые сеансы сохраняют прежние настройки.',
    'Старые версии {cmd} не понимали длинных имён параметров. В сценариях, которые должны работать на старых системах, лучше использовать короткие формы.',
  ],
  bugs: ['Очень длинные имена пользователей в выводе обрезаются.', 'Об ошибках сообщайте по адресу {mail}, приложив вывод {cmd} --version.'],
  author: ['Программа {cmd} написана разработчиками проекта {proj}.', 'Авторы — участники проекта {proj}. Замечания присылайте по адресу {mail}.'],
  translation: ['Перевод этой страницы руководства на русский язык выполнила команда {team}. Об ошибках в переводе пишите по адресу {mail}.',
    'Этот перевод — свободная документация; условия распространения определяет лицензия проекта {proj}.'],
  optionsIntro: ['Команда {cmd} принимает следующие параметры:', 'Параметры:'],
  exitIntro: ['Команда {cmd} завершается с одним из следующих кодов:', 'Коды завершения:'],
  tools: {
    setpw: {
      summary: 'изменяет пароль пользователя',
      desc: [
        'Команда {cmd} изменяет пароль учётной записи. Обычный пользователь может изменить только свой собственный пароль: сначала {cmd} запрашивает текущий пароль, затем дважды новый.',
        'При вводе пароль не отображается на экране, даже звёздочками. Если два введённых значения не совпадают, {cmd} завершает работу, и старый пароль остаётся в силе.',
        'Администратор (root) может изменить пароль любой учётной записи, не зная старого. В этом случае слишком простой пароль вызывает лишь предупреждение.',
        'Надёжный пароль содержит строчные и прописные буквы, цифры и знаки препинания. Словарные слова, имя пользователя и даты рождения легко подобрать, поэтому такие пароли отклоняются.',
      ],
      opts: {
        all: 'Вместе с -S показать состояние всех учётных записей.', delete: 'Удалить пароль, после чего в учётную запись можно войти без пароля. Доступно только администратору.',
        expire: 'Немедленно сделать пароль просроченным: при следующем входе пользователь должен будет задать новый.',
        lock: 'Заблокировать пароль, добавив восклицательный знак перед сохранённым хешем. Другие способы входа, например по ключу SSH, продолжают работать.',
        unlock: 'Снять блокировку, установленную параметром -l.', status: 'Показать состояние учётной записи: имя, заблокирован ли пароль (L), задан (P) или пуст (NP), дату последнего изменения и сроки.',
        'keep-tokens': 'Изменять только пароли с истёкшим сроком действия.', stdin: 'Читать новый пароль со стандартного ввода, а не с терминала, чтобы использовать {cmd} в сценариях.',
      },
      ex: [['Изменить собственный пароль:', '{cmd}'], ['От имени root задать новый пароль для учётной записи {user}:', '{cmd} {user}'], ['Показать состояние всех учётных записей:', '{cmd} -S -a']],
      notes: ['Проверка качества пароля и её строгость зависят от настройки PAM в /etc/pam.d/.'],
    },
    pwage: {
      summary: 'изменяет сведения о сроке действия пароля',
      desc: [
        'Команда {cmd} изменяет число дней между сменами пароля и дату последней смены. По этим сведениям система определяет, когда пользователь должен сменить пароль.',
        'Изменять эти значения может только администратор (root). Обычный пользователь может с помощью -l посмотреть сведения о сроке действия своего пароля.',
        'Если {cmd} запущена без параметров, она по очереди запрашивает каждое значение, показывая текущее в квадратных скобках. Пустой ответ оставляет значение без изменений.',
        'Значение -1 снимает соответствующее ограничение: например, при дате окончания -1 учётная запись не устаревает никогда.',
      ],
      opts: {
        lastday: 'Установить дату последней смены пароля: число ДНЕЙ с 1 января 1970 года или дату в формате ГГГГ-ММ-ДД. При значении 0 пользователь должен сменить пароль при следующем входе.',
        expiredate: 'Дата, после которой учётная запись блокируется.', inactive: 'Сколько дней после истечения срока пароля учётная запись остаётся доступной, прежде чем будет отключена.',
        list: 'Показать текущие сведения, в том числе сколько дней осталось до истечения срока действия пароля.', mindays: 'Минимальное число дней между сменами пароля.',
        maxdays: 'Максимальное число дней, в течение которых пароль действителен.', warndays: 'За сколько дней до истечения срока пароля пользователь получает предупреждение при входе.',
      },
      ex: [['Сведения о сроке действия пароля {user}:', '{cmd} -l {user}'], ['Требовать смены пароля каждые 90 дней с предупреждением за неделю:', '{cmd} -M 90 -W 7 {user}']],
    },
    netif: {
      summary: 'настраивает сетевые интерфейсы',
      desc: [
        '{cmd} включает и отключает сетевые интерфейсы и назначает им адреса. Без аргументов команда показывает состояние всех активных интерфейсов.',
        'Настройки читаются из файла /etc/netif/interfaces. Параметры командной строки переопределяют значения из файла, но сам файл не изменяют.',
        'Для изменения настроек нужны права администратора; обычный пользователь может только просматривать состояние.',
      ],
      opts: {
        all: 'Обрабатывать все интерфейсы, включая отключённые.', up: 'Включить интерфейс ИНТЕРФЕЙС.', down: 'Отключить интерфейс ИНТЕРФЕЙС; открытые соединения разрываются.',
        address: 'Назначить адрес в виде адрес/длина_префикса, например 192.0.2.30/24.', mtu: 'Установить максимальный размер пакета (MTU) в ЧИСЛО байт вместо значения драйвера по умолчанию.',
        promisc: 'Перевести интерфейс в неразборчивый режим, в котором он принимает все пакеты сегмента сети. Обычно этот режим нужен для отладки.',
        'ignore-errors': 'Игнорировать ошибки отдельных интерфейсов и переходить к следующему. Без этого параметра {cmd} останавливается на первой ошибке.', config: 'Читать настройки из ФАЙЛА.',
      },
      ex: [['Включить {iface} с постоянным адресом:', '{cmd} -A {ip}/24 -u {iface}'], ['Показать состояние всех интерфейсов:', '{cmd} -a']],
    },
    arcv: {
      summary: 'создаёт и распаковывает архивы',
      desc: [
        '{cmd} собирает файлы в архив, выводит его содержимое или извлекает из него файлы. Нужно указать ровно одну из операций -c, -x или -t.',
        'По умолчанию при распаковке {cmd} не перезаписывает существующие файлы: выводится предупреждение, и обработка переходит к следующему файлу.',
        'Зашифрованный архив защищён парольной фразой. {cmd} запрашивает её на терминале, не показывая вводимых символов; для автоматической обработки её можно прочитать из файла.',
      ],
      opts: {
        create: 'Создать новый архив.', extract: 'Извлечь файлы из архива.', list: 'Вывести список файлов в архиве.', file: 'Использовать ФАЙЛ в качестве архива; - означает стандартный ввод или вывод.',
        compress: 'Сжимать архив с помощью gzip.', preserve: 'Сохранять права доступа (режим), владельца и время изменения извлекаемых файлов.', overwrite: 'Перезаписывать существующие файлы при распаковке.',
        'ignore-failed-read': 'Не прерывать работу, если файл не удаётся прочитать; только сообщить об ошибке.', 'passphrase-file': 'Читать парольную фразу из ФАЙЛА, а не запрашивать её.',
        directory: 'Перейти в КАТАЛОГ перед выполнением операции.',
      },
      ex: [['Упаковать каталог docs в сжатый архив:', '{cmd} -czf docs.arc docs/'], ['Посмотреть содержимое архива:', '{cmd} -tf docs.arc']],
    },
    fwctl: {
      summary: 'управляет правилами межсетевого экрана',
      desc: [
        '{cmd} добавляет, удаляет и показывает правила межсетевого экрана ядра. Правила объединены в зоны; каждый сетевой интерфейс относится к одной зоне.',
        'Политика по умолчанию применяется к пакетам, которые не описаны ни одним правилом. Явное правило всегда имеет приоритет над политикой по умолчанию.',
        'Изменения, сделанные через {cmd}, действуют сразу, но теряются после перезагрузки, если их не сохранить в /etc/{cmd}.conf.',
      ],
      opts: {
        list: 'Показать действующие правила каждой зоны.', allow: 'Разрешить входящие соединения на ПОРТ.', deny: 'Запретить входящие соединения на ПОРТ.',
        'default-policy': 'Задать политику по умолчанию: accept, drop или reject.', reload: 'Перечитать настройки, не разрывая установленных соединений.',
        panic: 'Аварийный режим: отбрасывать весь трафик, в том числе ваш собственный удалённый сеанс.', 'log-level': 'Уровень подробности журнала отброшенных пакетов.',
        zone: 'Применить операцию к зоне ЗОНА вместо зоны по умолчанию.',
      },
      ex: [['Разрешить входящие соединения SSH:', '{cmd} --allow 22'], ['Показать действующие правила:', '{cmd} -l']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: Japanese
const MAN_JA: ManLang = {
  lang: 'Japanese',
  heads: { name: ['名前'], synopsis: ['書式'], description: ['説明'], options: ['オプション'], exit: ['終了ステータス', '返り値'], env: ['環境変数'], files: ['ファイル'],
    examples: ['例', '使用例'], notes: ['注意', '注意事項'], bugs: ['バグ'], seeAlso: ['関連項目'], author: ['著者'], translation: ['翻訳者', '翻訳'] },
  center: { '1': ['ユーザーコマンド'], '8': ['システム管理コマンド', 'システム管理'] },
  optsWord: 'オプション',
  args: { DAYS: '日数', DATE: '日付', USER: 'ユーザー', GROUP: 'グループ', GROUPS: 'グループ', DIR: 'ディレクトリ', FILE: 'ファイル', N: '数', TEXT: 'コメント',
    LEN: '長さ', OFFSET: 'オフセット', PATTERN: 'パターン', SHELL: 'シェル', KEY: 'キー', VALUE: '値' },
  date: (y, m, d) => (d % 2 === 0 ? `${y}年${m}月${d}日` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: '簡単なヘルプを表示して終了する。', version: 'バージョン情報を表示して終了する。', verbose: '詳細モード。処理の各段階を報告する。',
    quiet: 'エラー以外のメッセージを出力しない。', root: 'ディレクトリ内で変更を行い、設定ファイルもそこから読み込む。マウントしたシステムを修復するときに便利である。',
    config: '設定をファイルから読み込む。コマンドラインで指定したオプションはファイルの値より優先される。', dryrun: '実際には何も変更せず、行う予定の処理だけを表示する。',
    yes: 'すべての問い合わせに「はい」と答えたものとみなし、確認なしで処理を進める。', force: 'エラーを無視し、可能な限り処理を続ける。',
  },
  exit: ['成功。', '一般的なエラー。', 'コマンドの構文が正しくないか、不明なオプションが指定された。', '権限がない。この操作には root 権限が必要である。',
    '指定したユーザーまたはファイルが存在しない。', 'パスワードファイルが他のプログラムによってロックされている。しばらくしてから再実行すること。', '設定ファイルに誤りがある。'],
  env: {
    LANG: 'メッセージの言語を決める。', PAGER: '長い出力を1画面ずつ表示するためのプログラム。指定がなければ less を使う。', TMPDIR: '一時ファイルを置くディレクトリ。デフォルトは /tmp。',
    CONFIG: '設定ファイルのパス。デフォルトのパスを上書きするが、コマンドラインのオプションのほうが優先される。', NO_COLOR: '設定されていると色を付けずに出力する。',
  },
  files: {
    passwd: 'ユーザーアカウントの情報。', shadow: 'パスワードのハッシュを含む、保護されたアカウント情報。root だけが読める。', group: 'グループの情報。',
    logindefs: 'シャドウパスワードの設定。PASS_MAX_DAYS や PASS_WARN_AGE など。', pam: '{cmd} 用の PAM 設定。', skel: '新しいホームディレクトリにコピーされるファイル。',
    defaults: '新規アカウントのデフォルト値。', conf: 'システム全体の設定ファイル。', state: '前回の実行の状態を記録するファイル。', log: '実行した処理のログ。',
    userconf: 'ユーザーごとの設定。システム全体の設定より優先される。',
  },
  notes: [
    '{cmd} のシステムメッセージはシステムログにも送られるため、失敗した試行を後から確認できる。',
    '変更は次回のログインから有効になる。すでに開いているセッションには影響しない。',
    '古いバージョンの {cmd} は長い形式のオプションを受け付けない。古いシステムでも動かすスクリプトでは短い形式を使うほうがよい。',
    'このページの記述と {cmd} --help の出力が異なる場合は、プログラムの出力のほうが正しい。翻訳が最新でない可能性がある。',
  ],
  bugs: ['非常に長いユーザー名は出力の途中で切り詰められる。', 'バグを見つけたら {cmd} --version の出力を添えて {mail} に報告してほしい。'],
  author: ['{cmd} は {proj} プロジェクトの開発者によって書かれた。', '{proj} の貢献者たちが作成した。意見や修正は {mail} まで。'],
  translation: ['この日本語訳は {team} のメンバーが作成した。翻訳の誤りに気付いたら {mail} まで知らせてほしい。', 'この翻訳は自由な文書であり、{proj} プロジェクトのライセンスに従って配布できる。'],
  optionsIntro: ['{cmd} コマンドには以下のオプションがある。', '以下のオプションを指定できる。'],
  exitIntro: ['{cmd} は以下の値を返して終了する。', '終了ステータスは次のとおり。'],
  tools: {
    setpw: {
      summary: 'ユーザーのパスワードを変更する',
      desc: [
        '{cmd} はユーザーアカウントのパスワードを変更する。一般ユーザーが変更できるのは自分自身のパスワードだけである。まず現在のパスワードを尋ね、続いて新しいパスワードを2回入力するよう求める。',
        '入力中のパスワードは表示されない。アスタリスクも表示されない。2回の入力が一致しない場合、{cmd} は処理を中止し、古いパスワードがそのまま有効になる。',
        '管理者 (root) は古いパスワードを知らなくても、どのアカウントのパスワードでも変更できる。この場合、弱いパスワードを指定しても警告が出るだけである。',
        'よいパスワードには大文字と小文字、数字、記号を混ぜるとよい。辞書に載っている単語、ログイン名、誕生日などは推測されやすいため拒否される。',
      ],
      opts: {
        all: '-S と組み合わせて、すべてのアカウントの状態を表示する。', delete: 'パスワードを削除し、パスワードなしでアカウントを使えるようにする。管理者だけが使える。',
        expire: 'パスワードを直ちに期限切れにする。ユーザーは次回のログイン時に新しいパスワードを設定しなければならない。',
        lock: '保存されているハッシュの先頭に感嘆符を付けて、パスワードをロックする。SSH 鍵など他の方法によるログインは引き続き可能である。',
        unlock: '-l で設定したロックを解除する。', status: 'アカウントの状態を表示する。ログイン名、パスワードがロックされている (L) か、設定済み (P) か、空 (NP) か、最終変更日と各期限が表示される。',
        'keep-tokens': '期限切れになったパスワードだけを変更する。', stdin: '新しいパスワードを端末ではなく標準入力から読み込む。スクリプトから {cmd} を使うときに用いる。',
      },
      ex: [['自分のパスワードを変更する。', '{cmd}'], ['root としてアカウント {user} のパスワードを設定し直す。', '{cmd} {user}'], ['すべてのアカウントの状態を表示する。', '{cmd} -S -a']],
      notes: ['パスワードの品質をどこまで検査するかは /etc/pam.d/ の PAM 設定によって決まる。'],
    },
    pwage: {
      summary: 'パスワードの有効期限情報を変更する',
      desc: [
        '{cmd} はパスワードを変更してから次に変更するまでの日数と、最後に変更した日付を変更する。システムはこの情報を使って、ユーザーがいつパスワードを変更しなければならないかを判断する。',
        'これらの値を変更できるのは管理者 (root) だけである。一般ユーザーは -l オプションを使って、自分のアカウントの有効期限情報を表示することだけができる。',
        'オプションを付けずに実行すると、{cmd} は各値を順に尋ねる。現在の値は角括弧の中に示され、何も入力しなければその値が保たれる。',
      ],
      opts: {
        lastday: '最後にパスワードを変更した日を、1970年1月1日からの日数または YYYY-MM-DD 形式の日付で設定する。0 を指定すると、次回ログイン時にパスワードの変更が必要になる。',
        expiredate: 'アカウントがロックされる日付を設定する。', inactive: 'パスワードの期限が切れた後もアカウントを使える日数を設定する。その期間を過ぎるとアカウントは無効になる。',
        list: '現在の有効期限情報を表示する。パスワードの期限が切れるまでの残り日数も含まれる。', mindays: 'パスワードを変更できるようになるまでの最小日数を設定する。',
        maxdays: 'パスワードが有効である最大日数を設定する。', warndays: '有効期限の何日前からログイン時にパスワードの警告を出すかを設定する。',
      },
      ex: [['{user} の有効期限情報を表示する。', '{cmd} -l {user}'], ['90日ごとにパスワードの変更を求め、7日前から警告する。', '{cmd} -M 90 -W 7 {user}']],
    },
    acctadd: {
      summary: '新しいユーザーアカウントを作成する',
      desc: [
        '{cmd} はコマンドラインで指定した値とシステムのデフォルト値を使って、新しいユーザーアカウントを作成する。アカウントを作成できるのは管理者だけである。',
        '新しいアカウントには、passwd(1) でパスワードを設定するまで有効なパスワードがない。それまでアカウントはロックされた状態になる。',
        '-m を指定すると、ホームディレクトリが作成され、/etc/skel のファイルがそこにコピーされる。コピーされたファイルの所有者は新しいユーザーになる。',
      ],
      opts: {
        comment: 'アカウントの簡単な説明。通常は利用者のフルネームを書く。', 'home-dir': 'デフォルトの代わりにディレクトリをホームディレクトリとして使う。',
        gid: 'プライマリグループを名前または番号で指定する。', groups: '追加のグループをカンマ区切りで指定する。', 'create-home': 'ホームディレクトリがなければ作成する。',
        shell: 'ログインシェルを指定する。', system: 'システムアカウントを作成する。有効期限情報は設定されず、ユーザー ID はシステム用の範囲から選ばれる。',
        key: '/etc/login.defs のデフォルト値をこの実行に限り上書きする。例: -K PASS_MAX_DAYS=60', password: 'ハッシュ化済みのパスワードを指定する。値がプロセス一覧で他のユーザーから見えるため、推奨されない。',
        expiredate: 'アカウントが無効になる日付 (YYYY-MM-DD 形式)。',
      },
      ex: [['ホームディレクトリ付きでアカウント {user} を作成する。', '{cmd} -m {user}'], ['サービス用のシステムアカウントを作成する。', '{cmd} -r -s /usr/sbin/nologin {svc}']],
    },
    hexd: {
      summary: 'ファイルの内容を16進数で表示する',
      desc: [
        '{cmd} はファイルまたは標準入力の内容を16進数で表示する。各行の先頭にはファイル内のオフセットが表示される。',
        '表示できない文字はテキスト欄でピリオドとして示される。同じ内容の行が続く場合は最初の1行だけを表示し、残りはアスタリスク1つで置き換える。',
        'たとえばファイルの先頭に256バイトのヘッダーがあるとする。-s 256 を指定すれば、その直後から表示できる。',
      ],
      opts: {
        canonical: '標準形式で表示する。オフセット、16バイト分の16進数、同じバイトを文字として並べたものが1行に出力される。', length: '入力の先頭から長さバイトだけを読む。',
        skip: '入力の先頭からオフセットバイトを読み飛ばす。', group: '何バイトずつまとめて表示するかを指定する。デフォルトは2。', octal: '16進数の代わりに8進数で表示する。',
        uppercase: '16進数の A から F を大文字で表示する。', reverse: '16進ダンプをバイナリデータに戻す。', all: '繰り返される行も省略せずにすべて表示する。',
      },
      ex: [['{file} の先頭64バイトを表示する。', '{cmd} -C -n 64 {file}'], ['編集したダンプからバイナリファイルを作り直す。', '{cmd} -r dump.txt > {file}']],
    },
    bkup: {
      summary: '増分バックアップを作成する',
      desc: [
        '{cmd} は1つ以上のディレクトリのファイルをバックアップ先にコピーする。2回目以降は、前回から変更されたファイルだけを保存する。',
        'バックアップは暗号化できる。鍵は root だけが読めるファイルから読み込む。鍵をなくすと、暗号化したバックアップは復元できなくなる。',
        'デフォルトでは読み込みエラーが起きるとバックアップを中止する。-i を指定すると {cmd} はエラーを無視して残りのファイルの処理を続け、最後にエラーの一覧を表示する。',
      ],
      opts: {
        source: 'バックアップ元のディレクトリ。複数回指定できる。', target: 'バックアップ先のディレクトリまたはデバイス。', exclude: '名前がパターンに一致するファイルを除外する。',
        encrypt: 'バックアップを暗号化する。', 'key-file': '暗号化の鍵をファイルから読み込む。設定ファイルの値より優先される。', 'ignore-errors': '読み込みエラーを無視して処理を続ける。',
        verify: 'コピーした後、チェックサムを元のファイルと比較する。', keep: '新しいほうから数個のバックアップを残し、それより古いものを削除する。', restore: '日付に作成したバックアップの状態に戻す。',
      },
      ex: [['/home を外付けディスクにバックアップする。', '{cmd} -s /home -t /mnt/backup'], ['3月1日のバックアップから復元する。', '{cmd} -t /mnt/backup --restore 2024-03-01']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: Korean
const MAN_KO: ManLang = {
  lang: 'Korean',
  heads: { name: ['이름'], synopsis: ['개요', '사용법'], description: ['설명'], options: ['옵션'], exit: ['종료 상태', '반환값'], env: ['환경 변수', '환경'],
    files: ['파일'], examples: ['예제', '사용 예'], notes: ['참고', '주의 사항'], bugs: ['버그'], seeAlso: ['같이 보기', '관련 항목'], author: ['저자', '만든 사람'],
    translation: ['번역'] },
  center: { '1': ['사용자 명령', '일반 명령 설명서'], '8': ['시스템 관리 명령', '시스템 관리'] },
  optsWord: '옵션',
  args: { USER: '사용자', FILE: '파일', DIR: '디렉터리', N: '개수', DATE: '날짜', IFACE: '인터페이스', ADDR: '주소', MODE: '모드', CONFIG: '설정파일' },
  date: (y, m, d) => (m % 2 === 0 ? `${y}년 ${m}월 ${d}일` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: '간단한 도움말을 출력하고 끝냅니다.', version: '버전 정보를 출력하고 끝냅니다.', verbose: '처리하는 각 단계를 자세히 알려 줍니다.',
    quiet: '오류 메시지 외에는 아무것도 출력하지 않습니다.', root: '디렉터리 안에서 변경을 적용하고 설정 파일도 그곳에서 읽습니다. 마운트한 시스템을 복구할 때 유용합니다.',
    config: '설정을 파일에서 읽습니다. 명령행에서 지정한 옵션이 파일의 값보다 우선합니다.', dryrun: '실제로는 아무것도 바꾸지 않고 수행할 작업만 보여 줍니다.',
    yes: '모든 질문에 예라고 답한 것으로 보고 확인 없이 진행합니다.', force: '오류를 무시하고 가능한 한 작업을 계속합니다.',
  },
  exit: ['성공.', '일반적인 오류.', '명령 구문이 잘못되었거나 알 수 없는 옵션입니다.', '권한이 없습니다. 이 작업은 root 권한이 필요합니다.',
    '지정한 사용자나 파일이 없습니다.', '다른 프로그램이 파일을 잠그고 있습니다. 잠시 후 다시 시도하십시오.', '설정 파일에 오류가 있습니다.'],
  env: {
    LANG: '메시지에 사용할 언어를 정합니다.', PAGER: '긴 출력을 한 화면씩 보여 줄 프로그램입니다. 지정하지 않으면 less를 사용합니다.', TZ: '날짜와 시간을 표시할 때 사용할 시간대입니다.',
    CONFIG: '설정 파일의 경로입니다. 기본 경로를 대신하지만 명령행 옵션이 더 우선합니다.', TMPDIR: '임시 파일을 만들 디렉터리입니다. 기본값은 /tmp입니다.',
  },
  files: {
    passwd: '사용자 계정 정보.', shadow: '비밀번호 해시를 포함한 보호된 계정 정보. root만 읽을 수 있습니다.', logindefs: '섀도 비밀번호 설정. PASS_MAX_DAYS 등이 있습니다.',
    pam: '{cmd}의 PAM 설정.', wtmp: '로그인과 로그아웃 기록.', btmp: '실패한 로그인 시도 기록.', ifconf: '네트워크 인터페이스와 주소 설정.', ifstate: '{cmd}가 관리하는 인터페이스의 현재 상태.',
    conf: '시스템 전체 설정.', confd: '추가 설정 파일. 알파벳 순서로 읽습니다.', state: '마지막 실행 상태를 기록하는 파일.', log: '수행한 작업의 기록.',
  },
  notes: [
    '{cmd}의 시스템 메시지는 시스템 로그에도 기록되므로 실패한 시도를 나중에 확인할 수 있습니다.',
    '변경 사항은 다음 로그인부터 적용됩니다. 이미 열려 있는 세션은 이전 설정을 그대로 사용합니다.',
    '오래된 버전의 {cmd}는 긴 옵션 이름을 지원하지 않습니다. 오래된 시스템에서도 실행할 스크립트에는 짧은 형식을 쓰는 것이 좋습니다.',
  ],
  bugs: ['아주 긴 사용자 이름은 출력에서 잘립니다.', '버그는 {cmd} --version의 출력과 함께 {mail}로 알려 주십시오.'],
  author: ['{cmd}는 {proj} 프로젝트 개발자들이 작성했습니다.', '{proj} 기여자들이 작성했습니다. 의견은 {mail}로 보내 주십시오.'],
  translation: ['이 설명서의 한국어 번역은 {team} 팀이 맡았습니다. 번역 오류를 발견하면 {mail}로 알려 주십시오.', '이 번역은 자유 문서이며 {proj} 프로젝트의 라이선스에 따라 배포할 수 있습니다.'],
  optionsIntro: ['{cmd} 명령은 다음 옵션을 지원합니다.', '사용할 수 있는 옵션은 다음과 같습니다.'],
  exitIntro: ['{cmd}는 다음 값 중 하나를 반환하며 끝납니다.', '종료 상태는 다음과 같습니다.'],
  tools: {
    setpw: {
      summary: '사용자 비밀번호를 바꿉니다',
      desc: [
        '{cmd}는 사용자 계정의 비밀번호를 바꿉니다. 일반 사용자는 자신의 비밀번호만 바꿀 수 있습니다. 먼저 현재 비밀번호를 묻고, 이어서 새 비밀번호를 두 번 입력하라고 요청합니다.',
        '입력하는 동안 비밀번호는 화면에 보이지 않으며 별표도 표시되지 않습니다. 두 번 입력한 값이 다르면 {cmd}는 작업을 중단하고 기존 비밀번호가 그대로 유지됩니다.',
        '관리자(root)는 기존 비밀번호를 몰라도 어떤 계정의 비밀번호든 바꿀 수 있습니다. 이 경우 약한 비밀번호를 지정해도 경고만 나옵니다.',
        '좋은 비밀번호는 대문자와 소문자, 숫자, 문장 부호를 섞어 만듭니다. 사전에 있는 단어, 로그인 이름, 생일 등은 추측하기 쉬우므로 거부됩니다.',
      ],
      opts: {
        all: '-S와 함께 쓰면 모든 계정의 상태를 보여 줍니다.', delete: '비밀번호를 지워 비밀번호 없이 계정을 쓸 수 있게 합니다. 관리자만 사용할 수 있습니다.',
        expire: '비밀번호를 즉시 만료시킵니다. 사용자는 다음 로그인 때 새 비밀번호를 정해야 합니다.',
        lock: '저장된 해시 앞에 느낌표를 붙여 비밀번호를 잠급니다. SSH 키 같은 다른 방법으로는 계속 로그인할 수 있습니다.', unlock: '-l로 건 잠금을 풉니다.',
        status: '계정 상태를 보여 줍니다. 로그인 이름, 비밀번호가 잠겼는지(L), 설정되었는지(P), 비어 있는지(NP), 마지막 변경일과 각 기한이 나옵니다.',
        'keep-tokens': '이미 만료된 비밀번호만 바꿉니다.', stdin: '새 비밀번호를 터미널 대신 표준 입력에서 읽습니다. 스크립트에서 {cmd}를 쓸 때 사용합니다.',
      },
      ex: [['자신의 비밀번호를 바꿉니다.', '{cmd}'], ['root로 {user} 계정의 비밀번호를 새로 정합니다.', '{cmd} {user}'], ['모든 계정의 상태를 봅니다.', '{cmd} -S -a']],
    },
    sesslog: {
      summary: '최근 로그인 기록을 보여 줍니다',
      desc: [
        '{cmd}는 /var/log/wtmp 파일을 읽어 기록된 로그인을 최근 것부터 보여 줍니다. 사용자, 터미널, 원격 호스트, 세션 시작 시각과 종료 시각이 표시됩니다.',
        '실패한 로그인 시도는 /var/log/btmp에 기록되며 이 파일은 관리자만 읽을 수 있습니다.',
        '인수로 이름을 주면 해당 사용자나 터미널의 기록만 보여 줍니다.',
      ],
      opts: {
        limit: '최대 개수 줄만 보여 줍니다.', user: '지정한 사용자의 로그인만 보여 줍니다.', until: '날짜 이전에 시작된 세션만 보여 줍니다.', file: '/var/log/wtmp 대신 파일을 읽습니다.',
        system: '시스템 종료와 런레벨 변경 기록도 보여 줍니다.', ip: '원격 호스트를 숫자 주소로 보여 줍니다.', fullnames: '사용자 이름과 호스트 이름을 자르지 않습니다.',
        fulltimes: '날짜와 시각을 모두 보여 줍니다.',
      },
      ex: [['{user}의 최근 로그인 10개를 봅니다.', '{cmd} -n 10 -u {user}'], ['실패한 로그인 시도를 봅니다(root 권한 필요).', '{cmd} -f /var/log/btmp']],
    },
    netif: {
      summary: '네트워크 인터페이스를 설정합니다',
      desc: [
        '{cmd}는 네트워크 인터페이스를 켜고 끄며 주소를 할당합니다. 인수 없이 실행하면 활성화된 모든 인터페이스의 상태를 보여 줍니다.',
        '설정은 /etc/netif/interfaces 파일에서 읽습니다. 명령행 옵션은 파일의 값을 덮어쓰지만 파일 자체를 바꾸지는 않습니다.',
        '설정을 바꾸려면 관리자 권한이 필요합니다. 일반 사용자는 상태를 조회할 수만 있습니다.',
      ],
      opts: {
        all: '비활성화된 것을 포함해 모든 인터페이스를 대상으로 합니다.', up: '인터페이스를 활성화합니다.', down: '인터페이스를 비활성화합니다. 열려 있던 연결은 끊어집니다.',
        address: '주소/접두사 길이 형식으로 주소를 할당합니다. 예: 192.0.2.40/24', mtu: '최대 패킷 크기(MTU)를 바이트 단위로 정합니다. 드라이버의 기본값을 덮어씁니다.',
        promisc: '인터페이스를 무차별 모드로 바꿉니다. 이 모드에서는 네트워크 구간의 모든 패킷을 받으며, 주로 문제를 분석할 때 씁니다.',
        'ignore-errors': '한 인터페이스에서 오류가 나도 무시하고 다음 인터페이스로 넘어갑니다.', config: '설정을 지정한 파일에서 읽습니다.',
      },
      ex: [['{iface}에 고정 주소를 주고 활성화합니다.', '{cmd} -A {ip}/24 -u {iface}'], ['모든 인터페이스의 상태를 봅니다.', '{cmd} -a']],
    },
    logrot: {
      summary: '로그 파일을 순환, 압축, 삭제합니다',
      desc: [
        '{cmd}는 로그 파일을 많이 만드는 시스템을 위한 도구입니다. 정해진 주기나 크기에 따라 로그 파일의 이름을 바꾸고, 오래된 파일은 압축하며, 가장 오래된 파일은 지웁니다.',
        '보통 {cmd}는 시스템 타이머가 하루에 한 번 실행합니다. -f 옵션을 주지 않으면 한 번 실행할 때 파일마다 최대 한 번만 순환합니다.',
        '설정은 /etc/{cmd}.conf와 /etc/{cmd}.d/ 아래 파일에 있습니다. 특정 파일을 위한 구역의 설정은 전역 설정을 덮어씁니다.',
      ],
      opts: {
        force: '설정상 아직 때가 되지 않았더라도 순환을 강제합니다.', debug: '시험 모드입니다. 수행할 작업만 보여 주고 파일은 바꾸지 않습니다.', state: '지정한 파일을 상태 파일로 사용합니다.',
        mode: '새로 만드는 로그 파일의 권한을 8진수로 정합니다(예: 0640). 설정 파일의 값을 덮어씁니다.', keep: '오래된 로그를 지정한 개수만큼 남기고 나머지는 지웁니다.',
        compress: '순환한 로그를 압축합니다.', user: '새로 만드는 로그 파일의 소유자를 정합니다.',
      },
      ex: [['다음 순환 때 일어날 일을 미리 확인합니다.', '{cmd} -d /etc/{cmd}.conf'], ['서비스의 로그를 지금 바로 순환합니다.', '{cmd} -f /etc/{cmd}.d/{svc}']],
    },
    arcv: {
      summary: '아카이브를 만들고 풉니다',
      desc: [
        '{cmd}는 여러 파일을 하나의 아카이브로 묶거나, 아카이브의 내용을 보여 주거나, 아카이브에서 파일을 꺼냅니다. -c, -x, -t 중 하나를 반드시 지정해야 합니다.',
        '기본적으로 {cmd}는 압축을 풀 때 이미 있는 파일을 덮어쓰지 않고 경고를 출력한 뒤 다음 파일로 넘어갑니다.',
        '암호화된 아카이브는 암호 문구로 보호됩니다. {cmd}는 터미널에서 암호 문구를 묻지만 입력한 내용은 보이지 않습니다.',
      ],
      opts: {
        create: '새 아카이브를 만듭니다.', extract: '아카이브에서 파일을 꺼냅니다.', list: '아카이브에 든 파일 목록을 보여 줍니다.', file: '지정한 파일을 아카이브로 사용합니다.',
        compress: 'gzip으로 압축합니다.', preserve: '꺼낸 파일의 권한(모드), 소유자, 시각을 그대로 유지합니다.', overwrite: '압축을 풀 때 이미 있는 파일을 덮어씁니다.',
        'ignore-failed-read': '읽을 수 없는 파일이 있어도 멈추지 않고 오류만 알립니다.', 'passphrase-file': '암호 문구를 묻는 대신 파일에서 읽습니다.', directory: '작업 전에 디렉터리로 이동합니다.',
      },
      ex: [['docs 디렉터리를 압축 아카이브로 만듭니다.', '{cmd} -czf docs.arc docs/'], ['아카이브를 /tmp에 풉니다.', '{cmd} -xf docs.arc -C /tmp']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: Chinese
const MAN_ZH: ManLang = {
  lang: 'Chinese',
  heads: { name: ['名称'], synopsis: ['概述', '语法'], description: ['描述', '说明'], options: ['选项'], exit: ['退出状态', '返回值'], env: ['环境变量', '环境'],
    files: ['文件'], examples: ['示例', '范例'], notes: ['注意', '备注'], bugs: ['缺陷', 'BUG'], seeAlso: ['参见', '另请参阅'], author: ['作者'], translation: ['翻译', '中文版维护人'] },
  center: { '1': ['用户命令', '通用命令手册'], '8': ['系统管理命令', '系统管理'] },
  optsWord: '选项',
  args: { DAYS: '天数', DATE: '日期', USER: '用户', GROUP: '组', GROUPS: '组列表', DIR: '目录', FILE: '文件', N: '数量', TEXT: '说明', LEN: '长度', OFFSET: '偏移量',
    PATTERN: '模式', PORT: '端口', POLICY: '策略', LEVEL: '级别', ZONE: '区域', KEY: '键', VALUE: '值' },
  date: (y, m, d) => (y % 2 === 0 ? `${y}年${m}月${d}日` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: '显示简短的帮助信息并退出。', version: '显示版本信息并退出。', verbose: '详细模式：报告执行的每一步。', quiet: '除错误信息外不输出任何内容。',
    root: '在目录中进行修改，并从该目录读取配置文件。修复已挂载的系统时很有用。', config: '从文件读取设置。命令行上给出的选项优先于文件中的值。',
    dryrun: '只显示将要执行的操作，不做任何修改。', yes: '对所有询问都回答“是”，从而在不需要确认的情况下运行。', force: '忽略错误，尽可能继续处理。',
  },
  exit: ['成功。', '一般错误。', '命令语法错误或选项未知。', '权限不足：此操作需要 root 权限。', '指定的用户或文件不存在。', '密码文件被其他程序锁定，请稍后再试。', '配置文件有错误。'],
  env: {
    LANG: '决定消息使用的语言。', PAGER: '用于分页显示较长输出的程序，默认为 less。', TMPDIR: '存放临时文件的目录，默认为 /tmp。',
    CONFIG: '配置文件的路径。它会覆盖默认路径，但命令行选项的优先级更高。', NO_COLOR: '设置此变量后，输出不使用颜色。',
  },
  files: {
    passwd: '用户账户信息。', shadow: '受保护的账户信息，包括密码散列值，只有 root 可以读取。', group: '组信息。', logindefs: '影子密码套件的配置，例如 PASS_MAX_DAYS。',
    skel: '复制到新主目录中的文件。', defaults: '新账户的默认值。', conf: '全局配置文件。', confd: '附加配置文件，按字母顺序读取。', state: '记录上次运行状态的文件。', log: '已执行操作的日志。',
  },
  notes: [
    '{cmd} 的系统消息也会发送到系统日志，因此之后可以查看失败的尝试。', '修改在下次登录时生效，已经打开的会话仍使用原来的设置。',
    '旧版本的 {cmd} 不支持长选项。需要在旧系统上运行的脚本最好使用短选项。', '如果本页内容与 {cmd} --help 的输出不一致，请以程序的输出为准，译文可能没有及时更新。',
  ],
  bugs: ['过长的用户名在输出中会被截断。', '发现缺陷时，请附上 {cmd} --version 的输出并发送到 {mail}。'],
  author: ['{cmd} 由 {proj} 项目的开发者编写。', '由 {proj} 的贡献者编写。意见和补丁请发送到 {mail}。'],
  translation: ['本页的中文译文由 {team} 小组完成。如发现翻译错误，请发邮件至 {mail}。', '本译文是自由文档，可按照 {proj} 项目的许可证分发。'],
  optionsIntro: ['{cmd} 命令支持以下选项：', '可用的选项如下：'],
  exitIntro: ['{cmd} 以下列值之一退出：', '退出状态如下：'],
  tools: {
    pwage: {
      summary: '修改用户密码的有效期信息',
      desc: [
        '{cmd} 修改两次更改密码之间的天数以及上次更改密码的日期。系统根据这些信息决定用户何时必须更改密码。',
        '只有管理员（root）可以修改这些值。普通用户只能使用 -l 选项查看自己账户的有效期信息。',
        '不带选项运行时，{cmd} 会依次询问每一个值，方括号中显示当前值；直接按回车则保留原值。',
        '值 -1 表示取消相应的限制。例如，把账户过期日期设为 -1，账户就永不过期。',
      ],
      opts: {
        lastday: '把上次更改密码的日期设为自1970年1月1日起的天数，或 YYYY-MM-DD 格式的日期。设为 0 时，用户下次登录必须更改密码。',
        expiredate: '设置账户被锁定的日期。此后用户无法登录，直到管理员设置新的日期。', inactive: '设置密码过期后账户还能使用多少天，超过这段时间账户将被禁用。',
        list: '显示当前的有效期信息，包括距离密码过期还剩多少天。', mindays: '设置两次更改密码之间的最少天数。设为 0 表示随时可以更改。',
        maxdays: '设置密码保持有效的最多天数。', warndays: '设置在密码过期前多少天开始在登录时提醒用户。',
      },
      ex: [['查看 {user} 的密码有效期信息：', '{cmd} -l {user}'], ['要求每 90 天更改一次密码，并提前 7 天提醒：', '{cmd} -M 90 -W 7 {user}'], ['强制用户下次登录时更改密码：', '{cmd} -d 0 {user}']],
    },
    acctadd: {
      summary: '创建新的用户账户',
      desc: [
        '{cmd} 根据命令行上给出的值和系统默认值创建新账户。只有管理员可以创建账户。',
        '在用 passwd(1) 设置密码之前，新账户没有可用的密码，处于锁定状态。',
        '使用 -m 时会创建主目录，并把 /etc/skel 中的文件复制进去，这些文件的所有者是新用户。',
      ],
      opts: {
        comment: '账户的简短说明，通常是使用者的全名。', 'home-dir': '使用指定目录作为主目录。', gid: '主组的名称或编号。', groups: '以逗号分隔的附加组列表。',
        'create-home': '如果主目录不存在就创建它。', shell: '账户的登录 shell。', system: '创建系统账户：不设有效期，用户 ID 取自系统保留范围。',
        key: '本次运行中覆盖 /etc/login.defs 里的默认值，例如 -K PASS_MAX_DAYS=60。', password: '已经加密的密码。不推荐使用，因为其他用户可以在进程列表中看到这个值。',
        expiredate: '账户被禁用的日期（YYYY-MM-DD）。',
      },
      ex: [['创建带主目录的账户 {user}：', '{cmd} -m {user}'], ['为服务创建不能登录的系统账户：', '{cmd} -r -s /usr/sbin/nologin {svc}']],
    },
    fwctl: {
      summary: '管理防火墙规则',
      desc: [
        '{cmd} 用于添加、删除和列出内核防火墙的规则。规则按区域分组，每个网络接口属于一个区域。',
        '默认策略适用于没有任何规则匹配的数据包。明确写出的规则总是优先于默认策略。',
        '用 {cmd} 所做的修改立即生效，但重启后会丢失，除非把它们保存到 /etc/{cmd}.conf 中。',
        '在紧急模式下，所有流量都会被丢弃，包括已经建立的连接。远程管理机器时，这也会切断你自己的会话。',
      ],
      opts: {
        list: '列出每个区域当前生效的规则。', allow: '允许指定端口的入站连接。', deny: '拒绝指定端口的入站连接。', 'default-policy': '设置默认策略：accept、drop 或 reject。',
        reload: '重新读取配置，不中断已建立的连接。', panic: '进入紧急模式，丢弃所有流量。', 'log-level': '被拒绝数据包的日志详细程度。', zone: '对指定区域而不是默认区域执行操作。',
      },
      ex: [['允许 SSH 连接：', '{cmd} --allow 22'], ['列出当前规则：', '{cmd} -l'], ['默认丢弃所有未允许的流量：', '{cmd} -P drop']],
    },
    hexd: {
      summary: '以十六进制显示文件内容',
      desc: [
        '{cmd} 以十六进制显示文件或标准输入的内容。每行开头是该行在文件中的偏移量。',
        '不可打印的字符在文本栏中显示为句点。连续出现的相同行只显示第一行，其余用一个星号代替。',
        '假设文件开头有 512 字节的文件头，使用 -s 512 就可以从文件头之后开始显示。',
      ],
      opts: {
        canonical: '规范格式：每行显示偏移量、十六个字节的十六进制值以及这些字节对应的字符。', length: '只读取指定长度的字节。', skip: '跳过输入开头指定偏移量的字节。',
        group: '每几个字节为一组显示，默认为 2。', octal: '以八进制代替十六进制显示。', uppercase: '十六进制数字 A 到 F 使用大写。', reverse: '把十六进制转储还原为二进制数据。',
        all: '显示所有行，包括重复的行。',
      },
      ex: [['显示 {file} 的前 64 个字节：', '{cmd} -C -n 64 {file}'], ['把修改过的转储还原为二进制文件：', '{cmd} -r dump.txt > {file}']],
    },
    bkup: {
      summary: '创建增量备份',
      desc: [
        '{cmd} 把一个或多个目录中的文件复制到备份位置。从第二次运行开始，只保存自上次以来发生变化的文件。',
        '备份可以加密。密钥从只有 root 能读的文件中读取；如果密钥丢失，加密的备份将无法恢复。',
        '默认情况下，出现读取错误时备份会中止。使用 -i 时，{cmd} 会忽略错误，继续处理其余文件，并在最后列出出错的文件。',
      ],
      opts: {
        source: '源目录，可以多次指定。', target: '备份的目标目录或设备。', exclude: '不备份名称与模式匹配的文件。', encrypt: '加密备份。',
        'key-file': '从文件读取加密密钥，优先于配置文件中的设置。', 'ignore-errors': '忽略读取错误，继续处理。', verify: '复制完成后，把校验和与源文件进行比较。',
        keep: '保留最近的若干份备份，删除更早的备份。', restore: '恢复到指定日期的备份。',
      },
      ex: [['把 /home 备份到外接磁盘：', '{cmd} -s /home -t /mnt/backup'], ['从 3 月 1 日的备份恢复：', '{cmd} -t /mnt/backup --restore 2024-03-01']],
    },
  },
};

// ------------------------------------------------------------------ manual pages: Polish
const PL_MON = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const MAN_PL: ManLang = {
  lang: 'Polish',
  heads: { name: ['NAZWA'], synopsis: ['SKŁADNIA'], description: ['OPIS'], options: ['OPCJE'], exit: ['KOD ZAKOŃCZENIA', 'STATUS ZAKOŃCZENIA'], env: ['ŚRODOWISKO', 'ZMIENNE ŚRODOWISKOWE'],
    files: ['PLIKI'], examples: ['PRZYKŁADY', 'PRZYKŁAD'], notes: ['UWAGI'], bugs: ['BŁĘDY'], seeAlso: ['ZOBACZ TAKŻE', 'PATRZ TAKŻE'], author: ['AUTOR', 'AUTORZY'], translation: ['TŁUMACZENIE'] },
  center: { '1': ['Polecenia użytkownika'], '8': ['Polecenia administracyjne', 'Administracja systemem'] },
  optsWord: 'opcje',
  args: { USER: 'UŻYTKOWNIK', FILE: 'PLIK', DIR: 'KATALOG', N: 'LICZBA', DATE: 'DATA', GROUP: 'GRUPA', GROUPS: 'GRUPY', TEXT: 'KOMENTARZ', ADDR: 'ADRES', IFACE: 'INTERFEJS',
    MODE: 'TRYB', CONFIG: 'PLIK_KONFIGURACJI', KEY: 'KLUCZ', VALUE: 'WARTOŚĆ', WHEN: 'KIEDY' },
  date: (y, m, d) => (d % 2 === 0 ? `${d} ${PL_MON[m - 1]} ${y}` : `${y}-${pad2(m)}-${pad2(d)}`),
  common: {
    help: 'Wyświetla krótką pomoc i kończy działanie.', version: 'Wyświetla numer wersji i kończy działanie.', verbose: 'Tryb szczegółowy: informuje o każdym wykonanym kroku.',
    quiet: 'Nie wypisuje niczego poza komunikatami o błędach.', root: 'Wprowadza zmiany w katalogu KATALOG i stamtąd czyta pliki konfiguracyjne. Przydaje się przy naprawie zamontowanego systemu.',
    config: 'Czyta ustawienia z PLIKU. Opcje podane w wierszu poleceń mają pierwszeństwo przed wartościami z pliku.', dryrun: 'Pokazuje, co zostałoby zrobione, niczego nie zmieniając.',
    yes: 'Odpowiada „tak” na wszystkie pytania, dzięki czemu {cmd} działa bez potwierdzeń.', force: 'Ignoruje błędy i kontynuuje pracę, o ile to możliwe.',
  },
  exit: ['Sukces.', 'Błąd ogólny.', 'Nieprawidłowa składnia lub nieznana opcja.', 'Brak uprawnień: ta operacja wymaga uprawnień administratora.', 'Podany użytkownik lub plik nie istnieje.',
    'Plik haseł jest zablokowany przez inny program; proszę spróbować ponownie później.', 'Plik konfiguracyjny zawiera błędy.'],
  env: {
    LANG: 'Określa język komunikatów.', PAGER: 'Program do wyświetlania długich wyników strona po stronie; domyślnie less.', TMPDIR: 'Katalog plików tymczasowych (domyślnie /tmp).',
    CONFIG: 'Ścieżka do pliku konfiguracyjnego. Zastępuje ścieżkę domyślną, ale opcja z wiersza poleceń ma pierwszeństwo.',
  },
  files: {
    passwd: 'Informacje o kontach użytkowników.', shadow: 'Chronione informacje o kontach, w tym skróty haseł; czytelne tylko dla roota.', group: 'Informacje o grupach.',
    logindefs: 'Konfiguracja systemu haseł ukrytych, na przykład PASS_MAX_DAYS.', pam: 'Konfiguracja PAM dla {cmd}.', skel: 'Pliki kopiowane do każdego nowego katalogu domowego.',
    defaults: 'Wartości domyślne dla nowych kont.', ifconf: 'Opis interfejsów sieciowych i ich adresów.', ifstate: 'Bieżący stan interfejsów zarządzanych przez {cmd}.',
    conf: 'Ogólnosystemowy plik konfiguracyjny.', confd: 'Dodatkowe pliki konfiguracyjne, czytane w kolejności alfabetycznej.', state: 'Plik stanu z czasem ostatniego uruchomienia.',
  },
  notes: [
    'Komunikaty systemowe {cmd} trafiają również do dziennika systemowego, dzięki czemu nieudane próby można później przejrzeć.',
    'Zmiany obowiązują od następnego logowania; otwarte już sesje zachowują poprzednie ustawienia.',
    'Starsze wersje {cmd} nie znały długich nazw opcji. W skryptach przeznaczonych dla starych systemów lepiej używać form krótkich.',
  ],
  bugs: ['Bardzo długie nazwy użytkowników są obcinane w wynikach.', 'Błędy prosimy zgłaszać na adres {mail}, dołączając wynik polecenia {cmd} --version.'],
  author: ['Program {cmd} napisali twórcy projektu {proj}.', 'Autorami są uczestnicy projektu {proj}. Uwagi prosimy przesyłać na adres {mail}.'],
  translation: ['Polskie tłumaczenie tej strony podręcznika przygotował zespół {team}. Błędy w tłumaczeniu prosimy zgłaszać na adres {mail}.',
    'To tłumaczenie jest wolną dokumentacją; warunki rozpowszechniania określa licencja projektu {proj}.'],
  optionsIntro: ['Polecenie {cmd} przyjmuje następujące opcje:', 'Dostępne opcje:'],
  exitIntro: ['Polecenie {cmd} kończy działanie z jednym z następujących kodów:', 'Kody zakończenia:'],
  tools: {
    setpw: {
      summary: 'zmienia hasło użytkownika',
      desc: [
        '{cmd} zmienia hasło konta użytkownika. Zwykły użytkownik może zmienić tylko własne hasło: {cmd} najpierw pyta o bieżące hasło, a potem dwukrotnie o nowe.',
        'Podczas wpisywania hasło nie jest wyświetlane, nawet w postaci gwiazdek. Jeśli oba wpisy się różnią, {cmd} przerywa działanie, a stare hasło pozostaje ważne.',
        'Administrator (root) może zmienić hasło dowolnego konta bez znajomości starego. W takim przypadku zbyt słabe hasło powoduje jedynie ostrzeżenie.',
        'Dobre hasło łączy wielkie i małe litery, cyfry oraz znaki interpunkcyjne. Słowa ze słownika, nazwa użytkownika czy data urodzenia są łatwe do odgadnięcia i zostaną odrzucone.',
      ],
      opts: {
        all: 'Razem z -S wyświetla stan wszystkich kont.', delete: 'Usuwa hasło, dzięki czemu z konta można korzystać bez hasła. Dostępne tylko dla administratora.',
        expire: 'Natychmiast unieważnia hasło; przy następnym logowaniu użytkownik musi ustawić nowe.',
        lock: 'Blokuje hasło, dodając wykrzyknik przed zapisanym skrótem. Inne sposoby logowania, np. klucz SSH, nadal działają.', unlock: 'Zdejmuje blokadę nałożoną opcją -l.',
        status: 'Wyświetla stan konta: nazwę, czy hasło jest zablokowane (L), ustawione (P) czy puste (NP), datę ostatniej zmiany oraz terminy.',
        'keep-tokens': 'Zmienia tylko hasła, których ważność już wygasła.', stdin: 'Czyta nowe hasło ze standardowego wejścia zamiast z terminala, aby {cmd} można było użyć w skrypcie.',
      },
      ex: [['Zmiana własnego hasła:', '{cmd}'], ['Ustawienie nowego hasła dla konta {user} (jako root):', '{cmd} {user}'], ['Stan wszystkich kont:', '{cmd} -S -a']],
    },
    acctadd: {
      summary: 'tworzy nowe konto użytkownika',
      desc: [
        '{cmd} tworzy nowe konto na podstawie wartości podanych w wierszu poleceń oraz wartości domyślnych systemu. Konta może tworzyć wyłącznie administrator.',
        'Nowe konto nie ma ważnego hasła, dopóki nie zostanie ono nadane poleceniem passwd(1); do tego czasu konto jest zablokowane.',
        'Z opcją -m tworzony jest katalog domowy, a do niego kopiowane są pliki z /etc/skel. Ich właścicielem zostaje nowy użytkownik.',
      ],
      opts: {
        comment: 'Krótki opis konta, zwykle imię i nazwisko jego użytkownika.', 'home-dir': 'Używa KATALOGU jako katalogu domowego.', gid: 'Grupa podstawowa, podana nazwą lub numerem.',
        groups: 'Lista grup dodatkowych oddzielonych przecinkami.', 'create-home': 'Tworzy katalog domowy, jeśli nie istnieje.', shell: 'Powłoka logowania nowego konta.',
        system: 'Tworzy konto systemowe, bez informacji o ważności hasła i z identyfikatorem z zakresu systemowego.', key: 'Nadpisuje na czas tego wywołania wartość z /etc/login.defs, np. -K PASS_MAX_DAYS=60.',
        password: 'Zaszyfrowane już hasło. Niezalecane: wartość jest widoczna dla innych użytkowników na liście procesów.', expiredate: 'Data wyłączenia konta w formacie RRRR-MM-DD.',
      },
      ex: [['Utworzenie konta {user} z katalogiem domowym:', '{cmd} -m {user}'], ['Konto systemowe dla usługi, bez powłoki logowania:', '{cmd} -r -s /usr/sbin/nologin {svc}']],
    },
    netif: {
      summary: 'konfiguruje interfejsy sieciowe',
      desc: [
        '{cmd} włącza i wyłącza interfejsy sieciowe oraz przydziela im adresy. Wywołany bez argumentów wyświetla stan wszystkich aktywnych interfejsów.',
        'Ustawienia są czytane z pliku /etc/netif/interfaces. Opcje z wiersza poleceń nadpisują wartości z pliku, ale samego pliku nie zmieniają.',
        'Zmiana konfiguracji wymaga uprawnień administratora; zwykły użytkownik może jedynie sprawdzić stan.',
      ],
      opts: {
        all: 'Obejmuje wszystkie interfejsy, także wyłączone.', up: 'Włącza INTERFEJS.', down: 'Wyłącza INTERFEJS; otwarte połączenia zostają zerwane.',
        address: 'Przydziela adres w postaci adres/długość_prefiksu, np. 192.0.2.50/24.', mtu: 'Ustawia maksymalny rozmiar pakietu (MTU) na LICZBA bajtów, nadpisując wartość domyślną sterownika.',
        promisc: 'Przełącza interfejs w tryb nasłuchu, w którym odbiera on wszystkie pakiety w segmencie sieci. Tryb ten służy zwykle do diagnostyki.',
        'ignore-errors': 'Ignoruje błędy pojedynczych interfejsów i przechodzi do następnego.', config: 'Czyta konfigurację z PLIKU.',
      },
      ex: [['Włączenie {iface} ze stałym adresem:', '{cmd} -A {ip}/24 -u {iface}'], ['Stan wszystkich interfejsów:', '{cmd} -a']],
    },
    arcv: {
      summary: 'tworzy i rozpakowuje archiwa',
      desc: [
        '{cmd} łączy pliki w archiwum, wyświetla jego zawartość lub wypakowuje z niego pliki. Należy podać dokładnie jedną z operacji -c, -x lub -t.',
        'Domyślnie {cmd} nie nadpisuje istniejących plików podczas rozpakowywania: wypisuje ostrzeżenie i przechodzi do następnego pliku.',
        'Zaszyfrowane archiwum jest chronione hasłem. {cmd} pyta o nie w terminalu, nie pokazując wpisywanych znaków; przy pracy automatycznej hasło można wczytać z pliku.',
      ],
      opts: {
        create: 'Tworzy nowe archiwum.', extract: 'Wypakowuje pliki z archiwum.', list: 'Wyświetla listę plików w archiwum.', file: 'Używa PLIKU jako archiwum.',
        compress: 'Kompresuje archiwum programem gzip.', preserve: 'Zachowuje prawa dostępu (tryb), właściciela i czasy modyfikacji wypakowanych plików.',
        overwrite: 'Nadpisuje istniejące pliki przy rozpakowywaniu.', 'ignore-failed-read': 'Nie przerywa pracy, gdy pliku nie da się odczytać; jedynie zgłasza błąd.',
        'passphrase-file': 'Czyta hasło archiwum z PLIKU zamiast o nie pytać.', directory: 'Przed rozpoczęciem pracy przechodzi do KATALOGU.',
      },
      ex: [['Spakowanie katalogu docs do skompresowanego archiwum:', '{cmd} -czf docs.arc docs/'], ['Rozpakowanie archiwum do /tmp:', '{cmd} -xf docs.arc -C /tmp']],
    },
    logrot: {
      summary: 'rotuje, kompresuje i usuwa pliki dzienników',
      desc: [
        '{cmd} jest przeznaczony dla systemów, które tworzą wiele plików dzienników. Zmienia ich nazwy według harmonogramu lub po przekroczeniu rozmiaru, kompresuje starsze pliki i usuwa najstarsze.',
        'Zwykle {cmd} uruchamiany jest raz dziennie przez systemowy zegar. Plik jest rotowany najwyżej raz na uruchomienie, chyba że podano opcję -f.',
        'Konfiguracja znajduje się w /etc/{cmd}.conf oraz w plikach w /etc/{cmd}.d/. Ustawienia w sekcji konkretnego pliku nadpisują wartości globalne.',
      ],
      opts: {
        force: 'Wymusza rotację, nawet jeśli według konfiguracji nie jest jeszcze potrzebna.', debug: 'Tryb testowy: pokazuje, co zostałoby zrobione, bez zmieniania plików.',
        state: 'Używa PLIKU jako pliku stanu.', mode: 'Uprawnienia nowych plików dzienników w zapisie ósemkowym, np. 0640. Nadpisuje wartość z konfiguracji.',
        keep: 'Zachowuje LICZBA starych dzienników, starsze usuwa.', compress: 'Kompresuje zrotowane dzienniki.', user: 'Właścicielem nowych plików dzienników zostaje UŻYTKOWNIK.',
      },
      ex: [['Sprawdzenie, co stanie się przy następnej rotacji:', '{cmd} -d /etc/{cmd}.conf'], ['Natychmiastowa rotacja dzienników usługi:', '{cmd} -f /etc/{cmd}.d/{svc}']],
    },
  },
};

// ------------------------------------------------------------------ cloud API reference data (English)
/** A field of a product's main resource: camelCase name, JSON type, description (`{noun}`, `{plural}`, `{title}`). */
interface ApiField {
  readonly name: string; readonly type: 'string' | 'integer' | 'boolean' | 'array' | 'object';
  readonly desc: string; readonly flag?: string; readonly help?: string; readonly enum?: readonly string[];
  readonly out?: boolean; readonly parent?: string;
}
interface Product {
  readonly api: string; readonly title: string; readonly noun: string; readonly plural: string; readonly summary: string;
  readonly fields: readonly ApiField[]; readonly verbs: readonly string[];
}
const PRODUCTS: readonly Product[] = [
  { api: 'lanterndb', title: 'Lantern Database', noun: 'instance', plural: 'instances', summary: 'Creates and manages managed relational database instances.',
    verbs: ['restart', 'failover', 'resetAdminPassword', 'export'],
    fields: [
      { name: 'tier', type: 'string', desc: 'The machine tier of the {noun}, such as `db-standard-2`. Changing the tier restarts the {noun}.', flag: 'tier' },
      { name: 'adminPassword', type: 'string', desc: 'Input only. The initial password of the built-in administrator account. The value is write-only: it is never returned in responses and is not shown in the console.', flag: 'admin-password', help: 'Initial password for the built-in administrator account. If the flag is omitted you are prompted for the password; the input is not displayed. To avoid leaving the password in your shell history, use `--admin-password-file` instead.' },
      { name: 'enablePrivateIp', type: 'boolean', parent: 'networkConfig', desc: 'Whether the {noun} is reachable on a private IP address in the consumer network. When `true`, no public address is assigned unless `enablePublicIp` is also set.', flag: 'enable-private-ip', help: 'Assign a private IP address in the given network. Use `--no-enable-private-ip` to remove it.' },
      { name: 'authorizedNetworks', type: 'array', parent: 'networkConfig', desc: 'CIDR ranges that may connect to the public address of the {noun}, for example `203.0.113.0/24`.', flag: 'authorized-networks', help: 'Comma-separated list of CIDR ranges allowed to connect, such as `198.51.100.0/24,203.0.113.8/29`. Overrides the existing list.' },
      { name: 'storageSizeGb', type: 'integer', desc: 'Size of the data disk in GB. The size can be increased but never decreased.', flag: 'storage-size' },
      { name: 'enabled', type: 'boolean', parent: 'backupConfig', desc: 'Whether automated daily backups are taken.', flag: 'enable-backups' },
      { name: 'startTime', type: 'string', parent: 'backupConfig', desc: 'Start of the daily backup window, in `HH:MM` format, UTC.', flag: 'backup-start-time' },
      { name: 'deletionProtection', type: 'boolean', desc: 'If `true`, delete requests for this {noun} fail until the field is set to `false`. The administrator of the project can override it with the `force` parameter.', flag: 'deletion-protection' },
      { name: 'state', type: 'string', out: true, enum: ['STATE_UNSPECIFIED', 'CREATING', 'READY', 'MAINTENANCE', 'FAILED', 'DELETING'], desc: 'Output only. The current state of the {noun}. During `MAINTENANCE` the {noun} rejects new connections for a short time.' },
      { name: 'kmsKeyName', type: 'string', desc: 'The Cloud KMS key used to encrypt the data disk and backups, in the form `projects/{project}/locations/{location}/keyRings/{ring}/cryptoKeys/{key}`. If unset, a key managed by the service is used.', flag: 'kms-key', help: 'KMS key used to encrypt the data of the instance. The service agent must have the `roles/cloudkms.cryptoKeyEncrypterDecrypter` role on the key.' },
    ] },
  { api: 'relayq', title: 'Relay Queue', noun: 'queue', plural: 'queues', summary: 'Stores messages between producers and consumers with at-least-once delivery.',
    verbs: ['purge', 'pause', 'resume', 'seek'],
    fields: [
      { name: 'retentionDuration', type: 'string', desc: 'How long unacknowledged messages are kept, as a duration such as `604800s`. Defaults to seven days.', flag: 'retention-duration' },
      { name: 'ackDeadlineSeconds', type: 'integer', desc: 'The time a consumer has to acknowledge a message before it is delivered again. Between 10 and 600 seconds.', flag: 'ack-deadline' },
      { name: 'deadLetterQueue', type: 'string', parent: 'deadLetterPolicy', desc: 'The queue that receives messages that could not be delivered after `maxDeliveryAttempts` attempts.', flag: 'dead-letter-queue' },
      { name: 'maxDeliveryAttempts', type: 'integer', parent: 'deadLetterPolicy', desc: 'Number of delivery attempts before a message is moved to the dead-letter queue. The default is 5.', flag: 'max-delivery-attempts' },
      { name: 'kmsKeyName', type: 'string', desc: 'The KMS key used to encrypt messages at rest. The service account of the project needs permission to use the key; if it loses that permission, publishing fails.', flag: 'kms-key' },
      { name: 'orderingEnabled', type: 'boolean', desc: 'If `true`, messages with the same ordering key are delivered in the order in which they were published.', flag: 'enable-ordering' },
      { name: 'paused', type: 'boolean', out: true, desc: 'Output only. Whether delivery is paused. Messages published while paused are kept and delivered after `resume` is called.' },
      { name: 'messageCount', type: 'integer', out: true, desc: 'Output only. Approximate number of messages waiting in the {noun}. The value may lag behind by up to a minute.' },
    ] },
  { api: 'cindermedia', title: 'Cinder Media', noun: 'job', plural: 'jobs', summary: 'Converts video and audio files into formats suitable for streaming.',
    verbs: ['cancel', 'retry'],
    fields: [
      { name: 'inputUri', type: 'string', desc: 'Location of the source file, such as `gs://my-bucket/in/video.mp4`.', flag: 'input-uri' },
      { name: 'outputUri', type: 'string', desc: 'Folder in which the output files are written. Existing files with the same name are overwritten.', flag: 'output-uri' },
      { name: 'templateId', type: 'string', desc: 'The job template to use. Settings given in the request override the corresponding settings of the template.', flag: 'template' },
      { name: 'kmsKeyName', type: 'string', parent: 'outputConfig', desc: 'The KMS key used to encrypt your output files. If you don\'t specify a key, the files are encrypted with a key managed by the service.', flag: 'output-kms-key' },
      { name: 'serviceAccount', type: 'string', desc: 'The service account the job runs as. It needs read access to the input and write access to the output location.', flag: 'service-account' },
      { name: 'mode', type: 'string', enum: ['PROCESSING_MODE_UNSPECIFIED', 'INTERACTIVE', 'BATCH'], desc: 'Processing mode. `BATCH` jobs are cheaper but may wait in a queue for several hours.', flag: 'mode' },
      { name: 'ttlAfterCompletionDays', type: 'integer', desc: 'Days after which a finished job is deleted. The output files are kept.', flag: 'ttl-days' },
      { name: 'error', type: 'object', out: true, desc: 'Output only. If the job failed, the reason. Includes the name of the input file and the position at which conversion stopped.' },
    ] },
  { api: 'latticeid', title: 'Lattice Identity', noun: 'tenant', plural: 'tenants', summary: 'Manages user directories, sign-in methods and password policies for your applications.',
    verbs: ['resetUserPassword', 'revokeSessions', 'exportUsers'],
    fields: [
      { name: 'allowPasswordSignup', type: 'boolean', desc: 'Whether users can sign up with an email address and a password. When `false`, only an administrator can create password accounts.', flag: 'allow-password-signup' },
      { name: 'minLength', type: 'integer', parent: 'passwordPolicy', desc: 'Minimum length of a user password. Must be between 8 and 128.', flag: 'password-min-length' },
      { name: 'requireSymbol', type: 'boolean', parent: 'passwordPolicy', desc: 'Whether a password must contain at least one character that is not a letter or a digit.', flag: 'password-require-symbol' },
      { name: 'forceUpgradeOnSignin', type: 'boolean', parent: 'passwordPolicy', desc: 'If `true`, users whose password does not meet the current policy must change it at their next sign-in.', flag: 'force-password-upgrade' },
      { name: 'state', type: 'string', parent: 'mfaConfig', enum: ['STATE_UNSPECIFIED', 'DISABLED', 'ENABLED', 'MANDATORY'], desc: 'Whether multi-factor authentication is offered to users of the {noun}.', flag: 'mfa-state' },
      { name: 'sessionDuration', type: 'string', desc: 'How long a sign-in session stays valid before the user must sign in again.', flag: 'session-duration' },
      { name: 'adminGroups', type: 'array', desc: 'Groups whose members can manage users of this {noun}. Members of these groups can reset passwords but cannot read them.', flag: 'admin-groups' },
      { name: 'userCount', type: 'integer', out: true, desc: 'Output only. Number of user accounts in the {noun}.' },
    ] },
  { api: 'bastionsecrets', title: 'Bastion Secrets', noun: 'secret', plural: 'secrets', summary: 'Stores API keys, passwords, certificates and other sensitive data.',
    verbs: ['addVersion', 'accessVersion', 'disableVersion', 'rotate'],
    fields: [
      { name: 'replication', type: 'object', desc: 'Where the payload of the {noun} is stored. Cannot be changed after the {noun} is created.', flag: 'replication-policy' },
      { name: 'rotationPeriod', type: 'string', parent: 'rotation', desc: 'How often the {noun} should be rotated, such as `2592000s`. The service sends a notification; it does not change the value itself.', flag: 'rotation-period' },
      { name: 'nextRotationTime', type: 'string', parent: 'rotation', desc: 'The time at which the next rotation notification is sent.', flag: 'next-rotation-time' },
      { name: 'versionAliases', type: 'object', desc: 'Map of alias names to version numbers, so that applications can refer to `prod` instead of a version number.', flag: 'version-aliases' },
      { name: 'ttl', type: 'string', desc: 'Input only. Time after which the {noun} is deleted automatically.', flag: 'ttl' },
      { name: 'kmsKeyName', type: 'string', parent: 'customerManagedEncryption', desc: 'The KMS key used to encrypt the payload of new versions. Existing versions stay encrypted with the key that was in effect when they were added.', flag: 'kms-key-name' },
      { name: 'payloadSizeBytes', type: 'integer', out: true, desc: 'Output only. Size of the latest version\'s payload. The payload itself is returned only by `accessVersion`, to callers with the `roles/secretAccessor` role.' },
    ] },
  { api: 'harborconnect', title: 'Harbor Connectors', noun: 'connection', plural: 'connections', summary: 'Connects applications to databases and business systems outside the cloud.',
    verbs: ['repair', 'refreshSchema'],
    fields: [
      { name: 'connectorVersion', type: 'string', desc: 'The connector version, in the form `projects/{project}/locations/global/providers/{provider}/connectors/{connector}/versions/{version}`.', flag: 'connector-version' },
      { name: 'username', type: 'string', parent: 'authConfig.userPassword', desc: 'The user name used to sign in to the remote system.', flag: 'username' },
      { name: 'passwordSecretVersion', type: 'string', parent: 'authConfig.userPassword', desc: 'The secret version that holds the password, such as `projects/my-project/secrets/my-secret/versions/1`. The password is read at connection time and is never stored in the {noun}.', flag: 'password-secret', help: 'Secret version holding the password, for example `projects/my-project/secrets/db-password/versions/latest`. The service account of the connection needs access to it.' },
      { name: 'serviceAccount', type: 'string', desc: 'The service account whose identity the {noun} uses to read secrets and call other services.', flag: 'service-account' },
      { name: 'sslEnabled', type: 'boolean', parent: 'sslConfig', desc: 'Whether traffic to the remote host is encrypted with TLS.', flag: 'enable-ssl' },
      { name: 'trustModel', type: 'string', parent: 'sslConfig', enum: ['PUBLIC', 'PRIVATE', 'INSECURE'], desc: 'How the server certificate is checked. `INSECURE` skips the check and should only be used for testing.', flag: 'trust-model' },
      { name: 'lockConfig', type: 'object', desc: 'If set, the {noun} is locked and cannot be modified until the lock is removed by an administrator.', flag: 'lock-reason' },
      { name: 'status', type: 'object', out: true, desc: 'Output only. Current status of the {noun}, with a human-readable description of any problem.' },
    ] },
  { api: 'foghorn', title: 'Foghorn Analytics', noun: 'dataset', plural: 'datasets', summary: 'Runs SQL queries over large datasets and manages access to them.',
    verbs: ['copy', 'undelete'],
    fields: [
      { name: 'defaultTableExpirationMs', type: 'integer', desc: 'Default lifetime of new tables in the {noun}, in milliseconds. A value set on a table overrides it.', flag: 'default-table-expiration' },
      { name: 'location', type: 'string', desc: 'The geographic location where the data is stored. Cannot be changed later.', flag: 'location' },
      { name: 'access', type: 'array', desc: 'The access control list. Each entry grants a role such as `READER`, `WRITER` or `OWNER` to a user, a group or a service account. If omitted, project owners get `OWNER` access.', flag: 'access' },
      { name: 'defaultKmsKeyName', type: 'string', parent: 'defaultEncryptionConfiguration', desc: 'The KMS key used by default to encrypt new tables and query results written to the {noun}.', flag: 'default-kms-key' },
      { name: 'isCaseInsensitive', type: 'boolean', desc: 'Whether table names in the {noun} are case-insensitive.', flag: 'case-insensitive' },
      { name: 'maxTimeTravelHours', type: 'integer', desc: 'How many hours of history are kept so that earlier versions of a table can be queried or restored. Between 48 and 168.', flag: 'max-time-travel-hours' },
      { name: 'lastModifiedTime', type: 'string', out: true, desc: 'Output only. The time the {noun} or any of its tables was last changed.' },
    ] },
  { api: 'kestrelvm', title: 'Kestrel Workstations', noun: 'workstation', plural: 'workstations', summary: 'Provides managed development environments that run in your project.',
    verbs: ['start', 'stop', 'generateAccessToken'],
    fields: [
      { name: 'machineType', type: 'string', parent: 'host', desc: 'The machine type of the host, such as `e2-standard-4`.', flag: 'machine-type' },
      { name: 'serviceAccount', type: 'string', parent: 'host', desc: 'The service account attached to the host. Code running on the {noun} can obtain tokens for this account, so grant it only the roles it needs.', flag: 'service-account' },
      { name: 'disablePublicIpAddresses', type: 'boolean', parent: 'host', desc: 'Whether the host has no public IP address. Outbound access then requires a NAT gateway.', flag: 'disable-public-ip-addresses' },
      { name: 'idleTimeout', type: 'string', desc: 'How long the {noun} may stay idle before it is stopped automatically. `0s` disables the timeout.', flag: 'idle-timeout' },
      { name: 'enableSshAccess', type: 'boolean', desc: 'Whether users can connect with SSH in addition to the browser editor. SSH access uses short-lived keys; no password is set on the {noun}.', flag: 'enable-ssh' },
      { name: 'bootDiskSizeGb', type: 'integer', parent: 'host', desc: 'Size of the boot disk in GB. The default is 50.', flag: 'boot-disk-size' },
      { name: 'env', type: 'object', desc: 'Environment variables passed to the container of the {noun}. Do not put credentials here: every user with read access to the configuration can see them.', flag: 'env' },
      { name: 'reconciling', type: 'boolean', out: true, desc: 'Output only. `true` while changes to the {noun} are still being applied.' },
    ] },
];
/** JSON with `ind` spaces per level; objects and arrays whose one-line form is at most `inline` characters stay on one line. */
function prettyJson(v: unknown, ind: number, inline: number, depth = 0): string {
  const one = JSON.stringify(v);
  if (v === null || typeof v !== 'object' || one.length <= inline) return one;
  const pre = ' '.repeat(ind * (depth + 1)), end = ' '.repeat(ind * depth);
  const items = Array.isArray(v)
    ? v.map((x) => pre + prettyJson(x, ind, inline, depth + 1))
    : Object.entries(v as Record<string, unknown>).map(([k, x]) => `${pre}${JSON.stringify(k)}: ${prettyJson(x, ind, inline, depth + 1)}`);
  if (items.length === 0) return one;
  return `${Array.isArray(v) ? '[' : '{'}\n${items.join(',\n')}\n${end}${Array.isArray(v) ? ']' : '}'}`;
}
const aOf = (w: string): string => (/^[aeio]/.test(w) ? `an ${w}` : `a ${w}`);
const SVC_PREFIX = ['Amber', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Flint', 'Garnet', 'Helix'];
const camelToPascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const camelToKebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const nounVars = (p: Product): Record<string, string> => ({ noun: p.noun, plural: p.plural, Noun: cap(p.noun), Plural: cap(p.plural), title: p.title });
const LOCATIONS = ['us-east1', 'us-central1', 'europe-west4', 'asia-northeast1', 'europe-north1', 'us-west2', 'southamerica-east1'];
const myName = (p: Product): string => pick([`my-${p.noun}`, `${p.noun}-1`, `prod-${p.noun}`, `test-${p.noun}`, `${pick(['billing', 'orders', 'reports', 'staging'])}-${p.noun}`]);

// ---------------------------------------------------------------- api_service_json: an SDK's service model
/** `code` spans (backquoted in the bank) as <code> elements, the whole text as a paragraph. */
const html = (s: string): string => `<p>${s.trim().replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`;
function apiServiceJson(): string {
  const p = pick(PRODUCTS);
  const v = nounVars(p);
  const Svc = `${pick(SVC_PREFIX)} ${p.title}`;
  const prefix = p.api;
  const N = camelToPascal(p.noun), Ns = camelToPascal(p.plural);
  const MEMBERS: Record<string, { shape: string; doc: string; loc?: string }> = {
    MaxResults: { shape: 'MaxResults', doc: pick([`The maximum number of results to include in the response. If more results exist than the value you specified, a pagination token is included in the response so that you can retrieve the remaining results.`,
      `The maximum number of ${p.plural} to return in one page. The default is 50; values above 100 are treated as 100.`]), loc: 'maxResults' },
    NextToken: { shape: 'String', doc: pick([`The pagination token from the previous response. Send it unchanged to get the next page.`,
      `A pagination token returned by a previous call to \`List${Ns}\`. If the response is truncated, it includes a token that you pass in the next request.`]), loc: 'nextToken' },
    RoleArn: { shape: 'RoleArn', doc: `The ARN of the IAM role that grants ${Svc} access to the resources it reads and writes on your behalf, such as \`arn:aws:iam::111122223333:role/${prefix}-access\`.` },
    KmsKeyId: { shape: 'KmsKeyId', doc: pick([`The KMS key used to encrypt your output files. Any form that identifies the key is accepted: its ID, its ARN or an alias. If you don't specify a key, ${Svc} uses a key that the service manages.`,
      `The identifier of the KMS key that ${Svc} uses to encrypt the ${p.noun} at rest. The key must be in the same Region as the ${p.noun}.`]) },
    ClientToken: { shape: 'ClientToken', doc: `A string that you choose to make the request idempotent. If you retry a request with the same token, ${Svc} returns the ${p.noun} created by the first request instead of creating another.` },
    Tags: { shape: 'TagMap', doc: `Tags to attach to the ${p.noun}. Each tag is a key and an optional value. You can use tags to find ${p.plural} and to control access to them.` },
    Description: { shape: 'Description', doc: `A description of the ${p.noun}. Up to 1,024 characters.` },
    AdminAccountId: { shape: 'AccountId', doc: `The account ID of the administrator account for the organization. Only the administrator account can change the ${p.noun} settings of member accounts.` },
    OverrideExisting: { shape: 'Boolean', doc: pick([`Specifies whether to override the existing settings of the ${p.noun}. If \`false\` and settings already exist, the request fails with a \`ConflictException\`.`,
      `Specifies whether to override settings inherited from the account. The default is \`false\`.`]) },
    IncludeDeleted: { shape: 'Boolean', doc: `Specifies whether to include ${p.plural} that were deleted in the last 30 days in the response.` },
    MasterUserPassword: { shape: 'SensitiveString', doc: `The password of the administrative user of the ${p.noun}. It must be 12 to 64 printable characters and cannot contain the user name. ${Svc} never returns this value; use \`ManageMasterUserPassword\` to keep it in a secrets store instead.` },
    ManageMasterUserPassword: { shape: 'BooleanOptional', doc: `Specifies whether to keep the administrative password in a secrets store managed by the service. If you set this parameter, you can't also specify \`MasterUserPassword\`.` },
    SecretArn: { shape: 'Arn', doc: `The ARN of the secret that holds the credentials ${Svc} uses to connect to the source. The secret must contain the keys \`username\` and \`password\`.` },
    AuthToken: { shape: 'SensitiveString', doc: `A token that clients must present to connect. Only used when \`TransitEncryptionEnabled\` is \`true\`. The token is not returned by \`Describe${Ns}\`.` },
    SortOrder: { shape: 'SortOrder', doc: `The order in which to sort the results. The default is \`DESCENDING\`, newest first.` },
  };
  const fieldMember = (f: ApiField): [string, { shape: string; doc: string }] => {
    const shape = f.type === 'boolean' ? 'Boolean' : f.type === 'integer' ? 'Integer' : f.type === 'array' ? `${camelToPascal(f.name)}List` : f.enum ? camelToPascal(f.name) : 'String';
    return [camelToPascal(f.name), { shape, doc: fill(f.desc, v).replace(/^Output only\. |^Input only\. /, '') }];
  };
  type Op = { name: string; method: string; uri: string; input: string[]; output: string[]; errors: string[]; doc: string };
  const errs = ['ValidationException', 'ResourceNotFoundException', 'AccessDeniedException', 'ThrottlingException', 'InternalServerException', 'ConflictException', 'ServiceQuotaExceededException'];
  const fields = p.fields.filter((f) => !f.out);
  const ops: Op[] = [
    { name: `List${Ns}`, method: 'GET', uri: `/${p.plural}`, input: ['MaxResults', 'NextToken', ...(chance(0.5) ? ['IncludeDeleted'] : []), ...(chance(0.3) ? ['SortOrder'] : [])], output: [Ns, 'NextToken'], errors: sample(errs, 3),
      doc: `Returns a list of the ${p.plural} in the current account and Region. ${pick(['The results are paginated.', 'To retrieve all of them, call the operation again with the token from the previous response.', ''])}` },
    { name: `Create${N}`, method: 'POST', uri: `/${p.plural}`, input: [`${N}Name`, ...sample(fields, int(2, 4)).map((f) => camelToPascal(f.name)), ...sample(['RoleArn', 'KmsKeyId', 'ClientToken', 'Tags', 'Description', 'MasterUserPassword', 'ManageMasterUserPassword', 'SecretArn', 'AuthToken'], int(2, 4))],
      output: [N], errors: sample(errs, 4), doc: `Creates a ${p.noun}. ${p.summary} ${pick(['The operation is asynchronous: the new ' + p.noun + ' is in the `CREATING` state until it is ready.', 'You need the `' + prefix + ':Create' + N + '` permission and, if you pass a role, `iam:PassRole` on that role.'])}` },
    { name: `Get${N}`, method: 'GET', uri: `/${p.plural}/{${N}Name}`, input: [`${N}Name`], output: [N], errors: sample(errs, 3),
      doc: `Returns the configuration and status of a ${p.noun}. Sensitive fields, such as passwords and tokens, are not included in the response.` },
    { name: `Update${N}`, method: 'PATCH', uri: `/${p.plural}/{${N}Name}`, input: [`${N}Name`, ...sample(fields, int(1, 3)).map((f) => camelToPascal(f.name)), ...sample(['OverrideExisting', 'RoleArn', 'KmsKeyId', 'AdminAccountId'], int(1, 2))],
      output: [N], errors: sample(errs, 4), doc: `Updates the settings of a ${p.noun}. Fields that you don't specify keep their current values.` },
    { name: `Delete${N}`, method: 'DELETE', uri: `/${p.plural}/{${N}Name}`, input: [`${N}Name`, ...(chance(0.5) ? ['ClientToken'] : [])], output: [], errors: sample(errs, 3),
      doc: `Deletes a ${p.noun}. ${pick(['This action cannot be undone.', 'Deleted ' + p.plural + ' can be restored for 30 days.', 'The ' + p.noun + ' must not be in use.'])}` },
  ];
  for (const verb of p.verbs) ops.push({ name: `${camelToPascal(verb)}${/[A-Z]/.test(verb) ? '' : N}`, method: 'POST', uri: `/${p.plural}/{${N}Name}/${camelToKebab(verb)}`, input: [`${N}Name`, ...(chance(0.5) ? ['ClientToken'] : [])],
    output: chance(0.5) ? [N] : [], errors: sample(errs, 3), doc: `Starts the ${camelToKebab(verb).replace(/-/g, ' ')} operation on the ${p.noun}. ${pick(['Only the administrator account can call this operation.', 'The call returns before the operation finishes; poll `Get' + N + '` to see the status.', 'While the operation runs, the ' + p.noun + ' does not accept changes.'])}` });
  const chosen = [ops[0], ...sample(ops.slice(1), int(1, 3))];
  const docOf = (m: string): { shape: string; doc: string; loc?: string } => {
    if (MEMBERS[m]) return MEMBERS[m];
    if (m === `${N}Name`) return { shape: `${N}Name`, doc: `The name of the ${p.noun}. Names are unique within an account and Region and can't be changed later.` };
    if (m === N) return { shape: N, doc: `The ${p.noun}.` };
    if (m === Ns) return { shape: `${N}List`, doc: `The ${p.plural} in this page of results.` };
    const f = fields.find((x) => camelToPascal(x.name) === m);
    return f ? fieldMember(f)[1] : { shape: 'String', doc: '' };
  };
  const build = (opsIn: Op[]): string => {
    const operations: Record<string, unknown> = {};
    const shapes: Record<string, unknown> = {};
    for (const o of opsIn) {
      operations[o.name] = { name: o.name, http: { method: o.method, requestUri: o.uri, responseCode: o.method === 'POST' && o.name.startsWith('Create') ? 201 : 200 },
        input: { shape: `${o.name}Request` }, ...(o.output.length ? { output: { shape: `${o.name}Response` } } : {}),
        errors: o.errors.map((e) => ({ shape: e })), documentation: html(o.doc), ...(o.name.startsWith('Create') || o.name.startsWith('Update') ? { idempotent: true } : {}) };
      const mem = (ms: string[], req: boolean): Record<string, unknown> => Object.fromEntries(ms.map((m) => {
        const d = docOf(m);
        const loc = req && o.method === 'GET' && d.loc ? { location: 'querystring', locationName: d.loc } : req && m === `${N}Name` ? { location: 'uri', locationName: `${N}Name` } : {};
        return [m, { shape: d.shape, ...loc, documentation: html(d.doc) }];
      }));
      shapes[`${o.name}Request`] = { type: 'structure', ...(o.input.includes(`${N}Name`) ? { required: [`${N}Name`] } : {}), members: mem(o.input, true) };
      if (o.output.length) shapes[`${o.name}Response`] = { type: 'structure', members: mem(o.output, false) };
    }
    shapes.MaxResults = { type: 'integer', box: true, max: 100, min: 1 };
    if (chance(0.6)) shapes.SensitiveString = { type: 'string', sensitive: true };
    shapes[`${N}Name`] = { type: 'string', max: 63, min: 1, pattern: '^[a-zA-Z][a-zA-Z0-9-]*$' };
    const meta = { apiVersion: `20${int(17, 24)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}`, endpointPrefix: prefix, jsonVersion: '1.1', protocol: pick(['rest-json', 'json']),
      serviceFullName: Svc, serviceId: Svc.replace(/ /g, ''), signatureVersion: 'v4', signingName: prefix, uid: `${prefix}-20${int(17, 24)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}` };
    const doc = { version: '2.0', metadata: meta, operations, shapes, documentation: html(`${p.summary} ${pick(['This guide describes the API operations of ' + Svc + '.', 'For an overview of concepts, see the ' + Svc + ' user guide.', ''])}`) };
    return prettyJson(doc, style[0], style[1]);
  };
  const style = pick([[2, 60], [2, 80], [1, 70], [4, 50], [2, 0]]);
  let opsNow = chosen;
  let out = build(opsNow);
  while (out.length > 3000 && opsNow.length > 2) { opsNow = opsNow.slice(0, -1); out = build(opsNow); }
  return out;
}

// ---------------------------------------------------------------- api_discovery_json: a REST discovery document
function apiDiscoveryJson(): string {
  const p = pick(PRODUCTS);
  const v = nounVars(p);
  const ver = pick(['v1', 'v1', 'v1beta1', 'v2', 'v1alpha']);
  const root = `https://${p.api}.example.com/`;
  const N = camelToPascal(p.noun);
  const coll = `projects.locations.${p.plural}`;
  const pat = `^projects/[^/]+/locations/[^/]+/${p.plural}/[^/]+$`;
  const parentPat = '^projects/[^/]+/locations/[^/]+$';
  const param = (description: string, location: string, type: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ description, location, type, ...extra });
  const methods: Record<string, unknown> = {};
  const scopes = ['https://www.example.com/auth/cloud-platform'];
  const mk = (name: string, http: string, path: string, params: Record<string, unknown>, order: string[], desc: string, req?: string, resp?: string): void => {
    methods[name] = { description: desc, flatPath: `${ver}/projects/{projectsId}/locations/{locationsId}/${p.plural}${path.includes('{+name}') ? `/{${p.plural}Id}` : ''}${path.split('}').pop()?.replace(/^\/[a-z]+$/, '') ?? ''}`,
      httpMethod: http, id: `${p.api}.${coll}.${name}`, parameterOrder: order, parameters: params, path: `${ver}/${path}`, ...(req ? { request: { $ref: req } } : {}), ...(resp ? { response: { $ref: resp } } : {}), scopes };
  };
  const all: (() => void)[] = [
    () => mk('list', 'GET', `{+parent}/${p.plural}`, {
      parent: param(`Required. The parent location, in the form \`projects/{project}/locations/{location}\`. Use \`-\` as the location to list ${p.plural} in all locations.`, 'path', 'string', { pattern: parentPat, required: true }),
      pageSize: param(`Optional. At most this many ${p.plural} are returned per page; fewer may come back even when more exist. Defaults to 50, and the largest accepted value is 1000.`, 'query', 'integer', { format: 'int32' }),
      pageToken: param(`Optional. The \`nextPageToken\` from the previous \`List${camelToPascal(p.plural)}\` response; pass it to get the next page. The other parameters must stay the same from one page to the next.`, 'query', 'string'),
      ...(chance(0.6) ? { filter: param(`Optional. A filter expression, such as \`state = READY AND labels.env = prod\`.`, 'query', 'string') } : {}),
      ...(chance(0.5) ? { orderBy: param('Optional. Comma-separated list of fields to order by, followed by `desc` for descending order.', 'query', 'string') } : {}),
    }, ['parent'], `Lists the ${p.plural} of a project in one location.`, undefined, `List${camelToPascal(p.plural)}Response`),
    () => mk('get', 'GET', '{+name}', { name: param(`Required. The resource name of the ${p.noun}, in the form \`projects/{project}/locations/{location}/${p.plural}/{${p.noun}}\`.`, 'path', 'string', { pattern: pat, required: true }) },
      ['name'], `Returns one ${p.noun}. ${pick(['Write-only fields such as passwords are not returned.', '', 'Requires the `' + p.api + '.' + p.plural + '.get` permission.'])}`, undefined, N),
    () => mk('create', 'POST', `{+parent}/${p.plural}`, {
      parent: param('Required. The parent location.', 'path', 'string', { pattern: parentPat, required: true }),
      [`${p.noun}Id`]: param(`Required. The ID to use for the ${p.noun}, which becomes the final component of its resource name. Must be 4-63 characters: lower-case letters, digits and hyphens.`, 'query', 'string'),
      requestId: param(`Optional. An ID you choose (a UUID) so that the server recognises a retry of the same request and does not create the ${p.noun} twice.`, 'query', 'string'),
      ...(chance(0.5) ? { validateOnly: param('Optional. If set, the request is validated but the resource is not created.', 'query', 'boolean') } : {}),
    }, ['parent'], `Creates ${aOf(p.noun)} in the given project and location.`, N, 'Operation'),
    () => mk('patch', 'PATCH', '{+name}', {
      name: param(`Identifier. The resource name of the ${p.noun}.`, 'path', 'string', { pattern: pat, required: true }),
      updateMask: param(`Required. Comma-separated list of the fields to change, such as \`labels,tier\`. A field named here but missing from the request body is reset to its default; \`*\` replaces the whole ${p.noun}.`, 'query', 'string', { format: 'google-fieldmask' }),
      ...(chance(0.4) ? { allowMissing: param(`Optional. If true and the ${p.noun} is not found, a new ${p.noun} is created.`, 'query', 'boolean') } : {}),
    }, ['name'], `Changes the settings of ${aOf(p.noun)}.`, N, 'Operation'),
    () => mk('delete', 'DELETE', '{+name}', {
      name: param(`Required. The name of the ${p.noun} to delete.`, 'path', 'string', { pattern: pat, required: true }),
      force: param(`Optional. If set to true, any child resources of this ${p.noun} are also deleted. Otherwise, the request only works if the ${p.noun} has no children.`, 'query', 'boolean'),
      ...(chance(0.5) ? { etag: param('Optional. The current etag of the resource. If it does not match, the request fails with `ABORTED`.', 'query', 'string') } : {}),
    }, ['name'], `Deletes ${aOf(p.noun)}.`, undefined, 'Operation'),
    () => mk('getIamPolicy', 'GET', '{+resource}:getIamPolicy', {
      resource: param(`Required. Name of the ${p.noun} whose access policy is read.`, 'path', 'string', { pattern: pat, required: true }),
      'options.requestedPolicyVersion': param('Optional. Policy format version to return. Ask for version 3 if the policy may contain conditional bindings; older clients get version 1.', 'query', 'integer', { format: 'int32' }),
    }, ['resource'], `Returns the IAM policy of the ${p.noun}: which roles are granted to which principals. ${cap(aOf(p.noun))} without a policy returns an empty one.`, undefined, 'Policy'),
    () => mk('setIamPolicy', 'POST', '{+resource}:setIamPolicy', { resource: param(`Required. Name of the ${p.noun} whose policy is replaced.`, 'path', 'string', { pattern: pat, required: true }) },
      ['resource'], `Replaces the IAM policy of the ${p.noun} with the one in the request body. Send the etag you read, so that a change made in the meantime is not lost.`, 'SetIamPolicyRequest', 'Policy'),
  ];
  for (const f of sample(all.slice(1), int(2, 4))) f();
  all[0]();
  const props: Record<string, unknown> = {
    name: { description: `Identifier. The resource name of the ${p.noun}.`, type: 'string' },
    ...Object.fromEntries(sample(p.fields, int(3, 6)).map((f) => [f.parent ? f.parent.split('.').pop() + camelToPascal(f.name) : f.name, {
      description: fill(f.desc, v).replace(/`/g, ''), type: f.type === 'object' ? 'object' : f.type, ...(f.type === 'integer' ? { format: 'int32' } : {}),
      ...(f.type === 'array' ? { items: { type: 'string' } } : {}), ...(f.enum ? { enum: f.enum } : {}), ...(f.out ? { readOnly: true } : {}) }])),
    createTime: { description: `Output only. The time when the ${p.noun} was created.`, format: 'google-datetime', readOnly: true, type: 'string' },
    labels: { additionalProperties: { type: 'string' }, description: 'Optional. Labels as key-value pairs.', type: 'object' },
  };
  const schemas: Record<string, unknown> = {
    [N]: { description: `A ${p.noun} of ${p.title}.`, id: N, properties: props, type: 'object' },
    ...(chance(0.5) ? { Binding: { description: 'One role and the principals that hold it.', id: 'Binding', type: 'object', properties: {
      role: { description: 'The role granted, such as `roles/viewer`, `roles/editor` or `roles/owner`.', type: 'string' },
      members: { description: 'Who holds the role: `user:`, `group:` or `serviceAccount:` followed by an email address, for example `group:admins@example.com` or `serviceAccount:my-app@my-project.iam.example.com`.', items: { type: 'string' }, type: 'array' } } } } : {}),
    ...(chance(0.4) ? { [`Legacy${N}Config`]: { description: `Deprecated: use \`${N}.${pick(p.fields).name}\` instead. Settings of the ${p.noun} in the v1alpha surface.`, id: `Legacy${N}Config`, type: 'object', properties: {} } } : {}),
  };
  const head = { kind: 'discovery#restDescription', discoveryVersion: 'v1', id: `${p.api}:${ver}`, name: p.api, version: ver, revision: `20${int(22, 24)}${pad2(int(1, 12))}${pad2(int(1, 28))}`,
    title: `${p.title} API`, description: p.summary, ownerDomain: 'example.com', rootUrl: root, servicePath: '', baseUrl: root, batchPath: 'batch', protocol: 'rest',
    documentationLink: `https://docs.example.com/${p.api}/`, auth: { oauth2: { scopes: { [scopes[0]]: { description: pick(['Full access to the resources of your projects.', 'Read and change everything in the projects you can access.']) } } } } };
  const res = { resources: { projects: { resources: { locations: { resources: { [p.plural]: { methods } } } } } } };
  const doc = chance(0.5) ? { ...head, ...res, schemas } : { ...head, schemas, ...res };
  const [ind, inline] = pick([[2, 0], [2, 0], [2, 50], [1, 60]]);
  return prettyJson(doc, ind, inline);
}

// ---------------------------------------------------------------- cli_surface_yaml: a cloud CLI's command definitions
/** A YAML block scalar's lines: prose wrapped at `yamlCols`, command lines (starting with `$`) kept whole. */
let yamlCols = 80;
const yamlBlock = (text: string, ind: number): string => text.split('\n')
  .map((l) => (l === '' ? '' : /^\s*\$/.test(l) ? ' '.repeat(ind) + l : wrap(l, ind, yamlCols).join('\n'))).join('\n');
function cliSurfaceYaml(): string {
  yamlCols = pick([72, 80, 80, 100, 1000]);
  return cliSurfaceCommand(pick(PRODUCTS), pick(['create', 'update', 'create', 'update', 'describe', 'delete', 'list']), true);
}
function cliSurfaceCommand(p: Product, verb: string, first: boolean): string {
  const v = nounVars(p);
  const tracks = pick(['[ALPHA, BETA, GA]', '[GA]', '[ALPHA, BETA]', '[BETA, GA]', '[ALPHA]']);
  const name = myName(p);
  const loc = pick(LOCATIONS);
  const fields = p.fields.filter((f) => !f.out && f.flag);
  const flags = verb === 'create' || verb === 'update' ? sample(fields, int(2, Math.min(5, fields.length))) : [];
  const msg = verb === 'update' ? `update${N(p)}Request.${p.noun}` : p.noun;
  const extraFlags: [string, string, string][] = [
    ['service-account', verb === 'create' ? `${p.noun}.serviceAccount` : `${msg}.serviceAccount`, `Email address of the service account the ${p.noun} runs as, such as \`my-sa@my-project.iam.example.com\`. If not given, the default compute service account of the project is used.`],
    ['labels', `${msg}.labels`, 'Labels to attach, as KEY=VALUE pairs separated by commas. Keys are lower case and may contain digits, hyphens and underscores.'],
    ['async', '', 'Do not wait for the operation to finish; print its name and exit.'],
  ];
  const brief: Record<string, string> = { create: `Create a ${p.title} ${p.noun}.`, update: `Update the settings of a ${p.title} ${p.noun}.`, describe: `Show details about a ${p.title} ${p.noun}.`, delete: `Delete a ${p.title} ${p.noun}.`, list: `List ${p.title} ${p.plural}.` };
  const desc: Record<string, string> = {
    create: `Create a new ${p.noun} in the given location. ${p.summary}\n\nThe command waits until the ${p.noun} is ready unless you pass \`--async\`. Flags that are not specified take their default values, which can be overridden in a configuration file.`,
    update: `Update an existing ${p.noun}. Only the fields given as flags are changed; all other settings keep their current values.\n\nSome changes restart the ${p.noun}. You are asked to confirm before such a change is applied unless you pass \`--quiet\`.`,
    describe: `Show the configuration and state of ${aOf(p.noun)}. Write-only values such as passwords are not shown.`,
    delete: `Delete a ${p.noun}. Once deleted, the ${p.noun} and its data cannot be recovered.\n\nYou are prompted to confirm the deletion. To skip the prompt in scripts, use the global \`--quiet\` flag.`,
    list: `List the ${p.plural} in a project. By default, ${p.plural} in all locations are listed; use \`--location\` to restrict the list.`,
  };
  const ex: string[] = [];
  if (verb === 'create') {
    const f1 = flags[0];
    ex.push(`To create ${aOf(p.noun)} named \`${name}\` in \`${loc}\`, run:\n\n  $ {command} ${name} --location=${loc}${f1 ? ` --${f1.flag}=${exampleValue(f1)}` : ''}`);
    if (fields.some((f) => f.flag === 'admin-password') && chance(0.7)) ex.push(`To set the administrator password from a file instead of typing it, run:\n\n  $ {command} ${name} --location=${loc} --admin-password-file=PATH_TO_FILE`);
    else ex.push(`To run the ${p.noun} as a dedicated service account, run:\n\n  $ {command} ${name} --location=${loc} --service-account=my-sa@my-project.iam.example.com`);
  } else if (verb === 'update') {
    ex.push(`To change ${flags[0] ? `\`--${flags[0].flag}\`` : 'the labels'} of the ${p.noun} \`${name}\`, run:\n\n  $ {command} ${name} --location=${loc} ${flags[0] ? `--${flags[0].flag}=${exampleValue(flags[0])}` : '--update-labels=env=prod'}`);
    if (chance(0.5)) ex.push(`To grant a role to a service account on the ${p.noun}, use the add-iam-policy-binding command instead:\n\n  $ {parent_command} add-iam-policy-binding ${name} --member=serviceAccount:my-sa@my-project.iam.example.com --role=roles/${p.api}.viewer`);
  } else if (verb === 'list') {
    ex.push(`To list all ${p.plural} in \`${loc}\`, run:\n\n  $ {command} --location=${loc}`);
    ex.push(`To list only ${p.plural} that are ready, sorted by name, run:\n\n  $ {command} --filter="state:READY" --sort-by=name`);
  } else ex.push(`To ${verb} the ${p.noun} \`${name}\` in \`${loc}\`, run:\n\n  $ {command} ${name} --location=${loc}`);
  const lines: string[] = [`- release_tracks: ${tracks}`];
  if (chance(0.3)) lines.push('  command_type: ' + verb.toUpperCase());
  lines.push('  help_text:', `    brief: ${brief[verb]}`, '    description: |', yamlBlock(desc[verb], 6), '    examples: |', yamlBlock(ex.join('\n\n'), 6), '');
  lines.push('  request:', `    collection: ${p.api}.projects.locations.${p.plural}`, ...(chance(0.5) ? [`    api_version: ${pick(['v1', 'v1beta1', 'v2'])}`] : []));
  if (verb === 'update') lines.push('    method: patch', ...(chance(0.5) ? ['    modify_request_hooks:', `    - googlecloudsdk.command_lib.${p.api}.hooks:SetUpdateMask`] : []));
  lines.push('', '  arguments:', '    resource:', `      help_text: The ${p.noun} to ${verb === 'list' ? 'list' : verb}.`, `      spec: !REF googlecloudsdk.command_lib.${p.api}.resources:${verb === 'list' ? 'location' : p.noun}`);
  const params: string[] = [];
  for (const f of flags) {
    const path = `${msg}.${f.parent ? f.parent + '.' : ''}${f.name}`;
    params.push(`    - arg_name: ${f.flag}`, `      api_field: ${path}`, ...(f.type === 'boolean' ? ['      type: bool', ...(chance(0.5) ? ['      action: store_true'] : [])] : f.type === 'integer' ? ['      type: int'] : []),
      '      help_text: |', yamlBlock(fill(f.help ?? f.desc, v).replace(/^Input only\. /, ''), 8));
    if (f.enum) params.push('      choices:', ...f.enum.filter((e) => !e.endsWith('UNSPECIFIED')).map((e) => `      - arg_value: ${e.toLowerCase().replace(/_/g, '-')}\n        enum_value: ${e}`));
    if (f.flag === 'admin-password' && chance(0.8)) params.push('    - arg_name: admin-password-file', `      api_field: ${path}`, '      processor: googlecloudsdk.core.util.files:ReadFileContents',
      '      help_text: |', yamlBlock('Path to a file that holds the administrator password. The file is read once; the password is not stored in the local configuration.', 8));
  }
  if (verb === 'create' || verb === 'update') for (const [flag, path, help] of sample(extraFlags, int(1, 2))) {
    params.push(`    - arg_name: ${flag}`, ...(path ? [`      api_field: ${path}`] : []), '      help_text: |', yamlBlock(help, 8));
  }
  if (verb === 'create' && chance(0.4)) params.push('    - arg_name: role', `      api_field: ${p.noun}.defaultRole`, '      help_text: |',
    yamlBlock(`IAM role granted to the creator of the ${p.noun}, such as \`roles/${p.api}.admin\`. If omitted, the creator gets \`roles/owner\` on the ${p.noun} only.`, 8));
  if (verb === 'create' && p.api === 'bastionsecrets') params.push('    - arg_name: data-file', `      api_field: ${p.noun}.payload.data`, '      help_text: |',
    yamlBlock('File that holds the secret data, for example `projects/my-project/secrets/my-secret/versions/1` is created from it. Use `-` to read from standard input; the data is not echoed.', 8));
  if (params.length) lines.push('    params:', ...params);
  if (verb !== 'describe' && verb !== 'list' && chance(0.7)) lines.push('', '  async:', `    collection: ${p.api}.projects.locations.operations`);
  if (verb === 'list') lines.push('', '  response:', '    id_field: name', '', '  output:', '    format: |', '      table(', '        name.basename():label=NAME,', '        state:label=STATUS,', '        createTime.date():label=CREATED', '      )');
  else if (chance(0.4)) lines.push('', '  response:', '    id_field: name');
  if (verb === 'delete' && chance(0.6)) lines.push('', '  input:', '    confirmation_prompt: |', yamlBlock(`You are about to delete the ${p.noun} [{__name__}]. All data in it will be lost.`, 6));
  let out = lines.join('\n');
  if (first && out.length < 1500) out += '\n\n' + cliSurfaceCommand(p, verb, false);
  return out;
}
const N = (p: Product): string => camelToPascal(p.noun);
function exampleValue(f: ApiField): string {
  if (f.type === 'boolean') return 'true';
  if (f.type === 'integer') return String(pick([20, 50, 100, 300, 3]));
  if (f.enum) return f.enum[f.enum.length - 1].toLowerCase().replace(/_/g, '-');
  if (f.flag === 'admin-password') return 'PASSWORD';
  if (/kms/.test(f.flag ?? '')) return 'projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key';
  if (/secret/.test(f.flag ?? '')) return 'projects/my-project/secrets/my-secret/versions/1';
  if (/service-account/.test(f.flag ?? '')) return 'my-sa@my-project.iam.example.com';
  if (/uri/.test(f.flag ?? '')) return 'gs://my-bucket/path/';
  if (/duration|period|timeout|ttl/.test(f.flag ?? '')) return pick(['3600s', '86400s', '7d']);
  if (/time$/.test(f.flag ?? '')) return pick(['03:00', '22:30']);
  if (/version/.test(f.flag ?? '')) return 'projects/my-project/locations/global/providers/acme/connectors/postgres/versions/1';
  if (/tier|machine-type|template|location|mode/.test(f.flag ?? '')) return pick(['standard-2', 'e2-standard-4', 'default']);
  if (/networks/.test(f.flag ?? '')) return '203.0.113.0/24';
  return 'VALUE';
}

// ------------------------------------------------------------------ command-line help and gettext catalogues (shared bank)
/** Options of the invented command-line tools: flags and the English help text (the gettext msgid). */
const CLI_OPTS: Readonly<Record<string, readonly [string, string]>> = {
  force: ['-f, --force', 'skip missing files quietly and never ask for confirmation'],
  interactive: ['-i, --interactive', 'prompt before every overwrite'],
  verbose: ['-v, --verbose', 'report each file as it is processed'],
  quiet: ['-q, --quiet', 'suppress most messages'],
  recursive: ['-r, --recursive', 'descend into subdirectories as well'],
  dryrun: ['-n, --dry-run', 'show what would be done without changing anything'],
  output: ['-o, --output=FILE', 'write the result to FILE instead of standard output'],
  config: ['-c, --config=FILE', 'read settings from FILE; options on the command line override them'],
  mode: ['-m, --mode=MODE', 'set the file mode (as in chmod) of created files'],
  passfile: ['    --password-file=FILE', 'read the password from the first line of FILE'],
  askpass: ['-p, --ask-password', 'prompt for the password; the input is not echoed'],
  showpw: ['-s, --show-passwords', 'display stored passwords in plain text instead of asterisks'],
  user: ['-u, --user=NAME', 'log in as NAME instead of the current user'],
  ignoreErrors: ['    --ignore-errors', 'continue after errors and report them at the end'],
  yes: ['-y, --yes', 'assume yes as the answer to all questions'],
  color: ['    --color[=WHEN]', "colorize the output; WHEN is 'always', 'never' or 'auto'"],
  timeout: ['-t, --timeout=SECONDS', 'give up after SECONDS seconds (default: 30)'],
  format: ['    --format=FORMAT', "print the result as FORMAT: 'text', 'json' or 'csv'"],
  root: ['-R, --root=DIR', 'apply the changes in the directory DIR'],
  days: ['-d, --days=N', 'warn about certificates that expire within N days'],
  keep: ['-k, --keep=N', 'keep the N most recent copies'],
  exclude: ['-x, --exclude=PATTERN', 'skip files that match PATTERN'],
  lock: ['-l, --lock', 'lock the store again when the command finishes'],
  help: ['    --help', 'show this help text and exit'],
  version: ['    --version', 'show the version number and exit'],
};
/** Run-time messages (msgids; `%s`, `%d` and `%o` are C format directives). */
const CLI_MSGS: readonly string[] = [
  "cannot open '%s'", 'Password for %s: ', 'wrong password', 'passwords do not match', "ignoring unknown option '%s'", 'the default mode is %o',
  "'%s' is not a regular file", "overwrite '%s'? ", 'the store is locked; unlock it with --ask-password', "Run '%s --help' to see the available options.",
  'operation cancelled', 'connection to %s timed out',
];
interface CliTool { readonly names: readonly string[]; readonly en: string; readonly opts: readonly string[]; readonly operand: string; readonly env: readonly string[] }
const CLI_TOOLS: readonly CliTool[] = [
  { names: ['syncdir', 'mirrorit', 'dsync', 'twinfold'], en: 'Synchronize the contents of SOURCE with DEST.', operand: 'SOURCE DEST',
    opts: ['force', 'interactive', 'verbose', 'recursive', 'dryrun', 'exclude', 'mode', 'ignoreErrors', 'keep', 'config'], env: ['CONFIG', 'TMPDIR'] },
  { names: ['pwvault', 'keycase', 'lockbox', 'pwstore'], en: 'Manage a local encrypted password store.', operand: 'COMMAND [NAME]',
    opts: ['askpass', 'passfile', 'showpw', 'lock', 'timeout', 'output', 'format', 'yes', 'config'], env: ['STORE', 'EDITOR', 'CONFIG'] },
  { names: ['certwatch', 'tlsage', 'expiryd', 'certpeek'], en: 'Check the expiry dates of certificates.', operand: 'FILE|HOST...',
    opts: ['days', 'format', 'quiet', 'output', 'timeout', 'ignoreErrors', 'color', 'verbose'], env: ['CONFIG', 'NO_COLOR'] },
  { names: ['rexec', 'fleetrun', 'hostcmd', 'multish'], en: 'Run a command on several remote hosts.', operand: 'HOST... -- COMMAND',
    opts: ['user', 'askpass', 'passfile', 'timeout', 'yes', 'verbose', 'config', 'format'], env: ['CONFIG', 'ASKPASS'] },
  { names: ['sweep', 'tidyup', 'oldfiles', 'purgeold'], en: 'Remove files older than a given age.', operand: 'DIR...',
    opts: ['force', 'interactive', 'recursive', 'dryrun', 'exclude', 'verbose', 'root', 'quiet'], env: ['TMPDIR'] },
];
interface CliLang {
  readonly lang: string; readonly code: string; readonly plural: string;
  /** Placeholders of option arguments (FILE, MODE, ...) in this language. */
  readonly args: Readonly<Record<string, string>>;
  /** `{cmd}` command name; `{args}` translated operand. */
  readonly usage: string; readonly optionsHead: string; readonly envHead: string; readonly exitHead: string;
  readonly mandatory: string;
  readonly summaries: readonly string[];
  readonly operands: Readonly<Record<string, string>>;
  readonly opts: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
  readonly exit: readonly string[];
  readonly report: string; readonly home: string;
  readonly msgs: readonly string[];
  readonly team: string;
}
const CLI_LANGS: readonly CliLang[] = [
  { lang: 'German', args: { FILE: 'DATEI', MODE: 'MODUS', NAME: 'NAME', WHEN: 'WANN', SECONDS: 'SEKUNDEN', FORMAT: 'FORMAT', DIR: 'VERZ', PATTERN: 'MUSTER' }, code: 'de', plural: 'nplurals=2; plural=(n != 1);', usage: 'Aufruf: {cmd} [OPTION]… {args}', optionsHead: 'Optionen:', envHead: 'Umgebungsvariablen:',
    exitHead: 'Rückgabewerte:', mandatory: 'Kurze Optionen erwarten dieselben Argumente wie ihre lange Form.',
    summaries: ['Gleicht den Inhalt von QUELLE mit ZIEL ab.', 'Verwaltet einen lokalen, verschlüsselten Passwortspeicher.', 'Prüft, wann Zertifikate ablaufen.',
      'Führt einen Befehl auf mehreren entfernten Rechnern aus.', 'Löscht Dateien, die älter als ein bestimmtes Alter sind.'],
    operands: { 'SOURCE DEST': 'QUELLE ZIEL', 'COMMAND [NAME]': 'BEFEHL [NAME]', 'FILE|HOST...': 'DATEI|RECHNER…', 'HOST... -- COMMAND': 'RECHNER… -- BEFEHL', 'DIR...': 'VERZEICHNIS…' },
    opts: { force: 'fehlende Dateien stillschweigend überspringen, nie nachfragen', interactive: 'vor jedem Überschreiben nachfragen', verbose: 'jede Datei bei der Verarbeitung melden',
      quiet: 'die meisten Meldungen unterdrücken', recursive: 'auch Unterverzeichnisse durchlaufen', dryrun: 'nur anzeigen, was getan würde, ohne etwas zu ändern',
      output: 'Ergebnis in DATEI statt auf die Standardausgabe schreiben', config: 'Einstellungen aus DATEI lesen; Optionen auf der Kommandozeile überschreiben sie',
      mode: 'Zugriffsrechte (wie bei chmod) für neu angelegte Dateien setzen', passfile: 'das Passwort aus der ersten Zeile von DATEI lesen',
      askpass: 'nach dem Passwort fragen; die Eingabe wird nicht angezeigt', showpw: 'gespeicherte Passwörter im Klartext statt als Sternchen anzeigen',
      user: 'als NAME statt als aktueller Benutzer anmelden', ignoreErrors: 'nach Fehlern weitermachen und sie am Ende melden', yes: 'alle Fragen mit Ja beantworten',
      color: "Ausgabe einfärben; WANN ist »always«, »never« oder »auto«", timeout: 'nach SEKUNDEN Sekunden aufgeben (Vorgabe: 30)', format: "Ergebnis im FORMAT »text«, »json« oder »csv« ausgeben",
      root: 'Änderungen im Verzeichnis VERZ vornehmen', days: 'vor Zertifikaten warnen, die innerhalb von N Tagen ablaufen', keep: 'die N neuesten Kopien behalten',
      exclude: 'Dateien überspringen, auf die MUSTER passt', lock: 'den Speicher nach dem Befehl wieder sperren', help: 'diesen Hilfetext zeigen und beenden', version: 'die Versionsnummer zeigen und beenden' },
    env: { CONFIG: 'Pfad der Konfigurationsdatei (überschreibt die Vorgabe)', TMPDIR: 'Verzeichnis für temporäre Dateien', STORE: 'Speicherort des Passwortspeichers',
      EDITOR: 'Editor für den Befehl »edit«', NO_COLOR: 'wenn gesetzt, keine Farben verwenden', ASKPASS: 'Hilfsprogramm, das nach dem Passwort fragt, wenn kein Terminal vorhanden ist' },
    exit: ['Erfolg', 'einige Dateien wurden übersprungen', 'der Befehl konnte nicht ausgeführt werden (falsche Option oder fehlende Berechtigung)'],
    report: 'Fehlerberichte bitte an <{mail}> schicken.', home: 'Homepage von {cmd}: <{url}>',
    msgs: ['»%s« kann nicht geöffnet werden', 'Passwort für %s: ', 'falsches Passwort', 'Die Passwörter stimmen nicht überein', 'unbekannte Option »%s« wird ignoriert', 'der voreingestellte Modus ist %o',
      '»%s« ist keine reguläre Datei', '»%s« überschreiben? ', 'der Speicher ist gesperrt; entsperren Sie ihn mit --ask-password',
      '»%s --help« zeigt die verfügbaren Optionen.', 'Vorgang abgebrochen', 'Zeitüberschreitung bei der Verbindung zu %s'],
    team: 'German' },
  { lang: 'French', args: { FILE: 'FICHIER', MODE: 'MODE', NAME: 'NOM', WHEN: 'QUAND', SECONDS: 'SECONDES', FORMAT: 'FORMAT', DIR: 'RÉP', PATTERN: 'MOTIF' }, code: 'fr', plural: 'nplurals=2; plural=(n > 1);', usage: 'Utilisation : {cmd} [OPTION]... {args}', optionsHead: 'Options :', envHead: 'Variables d\'environnement :',
    exitHead: 'Code de retour :', mandatory: 'Les options courtes prennent les mêmes arguments que leur forme longue.',
    summaries: ['Synchronise le contenu de SOURCE avec DEST.', 'Gère un coffre local et chiffré de mots de passe.', 'Vérifie les dates d\'expiration des certificats.',
      'Exécute une commande sur plusieurs hôtes distants.', 'Supprime les fichiers plus anciens qu\'un âge donné.'],
    operands: { 'SOURCE DEST': 'SOURCE DEST', 'COMMAND [NAME]': 'COMMANDE [NOM]', 'FILE|HOST...': 'FICHIER|HÔTE...', 'HOST... -- COMMAND': 'HÔTE... -- COMMANDE', 'DIR...': 'RÉPERTOIRE...' },
    opts: { force: 'ignorer sans rien dire les fichiers absents, ne jamais demander de confirmation', interactive: 'demander avant chaque écrasement', verbose: 'signaler chaque fichier traité',
      quiet: 'supprimer la plupart des messages', recursive: 'parcourir aussi les sous-répertoires', dryrun: 'afficher ce qui serait fait, sans rien modifier',
      output: 'écrire le résultat dans FICHIER au lieu de la sortie standard', config: 'lire les réglages dans FICHIER ; les options de la ligne de commande les remplacent',
      mode: 'définir le mode (comme avec chmod) des fichiers créés', passfile: 'lire le mot de passe sur la première ligne de FICHIER',
      askpass: 'demander le mot de passe ; la saisie n\'est pas affichée', showpw: 'afficher les mots de passe enregistrés en clair au lieu d\'astérisques',
      user: 'se connecter en tant que NOM au lieu de l\'utilisateur courant', ignoreErrors: 'continuer après une erreur et les signaler à la fin', yes: 'répondre oui à toutes les questions',
      color: "colorer la sortie ; QUAND vaut « always », « never » ou « auto »", timeout: 'abandonner après SECONDES secondes (30 par défaut)', format: "afficher le résultat au FORMAT « text », « json » ou « csv »",
      root: 'appliquer les modifications dans le répertoire RÉP', days: 'avertir des certificats qui expirent dans moins de N jours', keep: 'conserver les N copies les plus récentes',
      exclude: 'ignorer les fichiers correspondant au MOTIF', lock: 'verrouiller de nouveau le coffre à la fin de la commande', help: 'afficher ce texte d\'aide et quitter', version: 'afficher le numéro de version et quitter' },
    env: { CONFIG: 'chemin du fichier de configuration (remplace la valeur par défaut)', TMPDIR: 'répertoire des fichiers temporaires', STORE: 'emplacement du coffre de mots de passe',
      EDITOR: 'éditeur utilisé par la commande « edit »', NO_COLOR: 'si elle est définie, ne pas utiliser de couleurs', ASKPASS: 'programme qui demande le mot de passe quand aucun terminal n\'est disponible' },
    exit: ['succès', 'certains fichiers ont été ignorés', 'la commande n\'a pas pu s\'exécuter (option erronée ou permission manquante)'],
    report: 'Merci d\'envoyer les rapports de bogue à <{mail}>.', home: 'Page d\'accueil de {cmd} : <{url}>',
    msgs: ['impossible d\'ouvrir « %s »', 'Mot de passe pour %s : ', 'mot de passe incorrect', 'les mots de passe ne correspondent pas', 'option inconnue « %s » ignorée', 'le mode par défaut est %o',
      '« %s » n\'est pas un fichier ordinaire', 'écraser « %s » ? ', 'le coffre est verrouillé ; déverrouillez-le avec --ask-password',
      'Lancez « %s --help » pour voir les options disponibles.', 'opération annulée', 'délai d\'attente dépassé pour la connexion à %s'],
    team: 'French' },
  { lang: 'Spanish', args: { FILE: 'ARCHIVO', MODE: 'MODO', NAME: 'NOMBRE', WHEN: 'CUÁNDO', SECONDS: 'SEGUNDOS', FORMAT: 'FORMATO', DIR: 'DIR', PATTERN: 'PATRÓN' }, code: 'es', plural: 'nplurals=2; plural=(n != 1);', usage: 'Modo de empleo: {cmd} [OPCIÓN]... {args}', optionsHead: 'Opciones:', envHead: 'Variables de entorno:',
    exitHead: 'Estado de salida:', mandatory: 'Las opciones cortas llevan los mismos argumentos que su forma larga.',
    summaries: ['Sincroniza el contenido de ORIGEN con DESTINO.', 'Gestiona un almacén local y cifrado de contraseñas.', 'Comprueba las fechas de caducidad de los certificados.',
      'Ejecuta una orden en varios equipos remotos.', 'Borra los archivos con más antigüedad de la indicada.'],
    operands: { 'SOURCE DEST': 'ORIGEN DESTINO', 'COMMAND [NAME]': 'ORDEN [NOMBRE]', 'FILE|HOST...': 'ARCHIVO|EQUIPO...', 'HOST... -- COMMAND': 'EQUIPO... -- ORDEN', 'DIR...': 'DIRECTORIO...' },
    opts: { force: 'omite sin avisar los archivos que faltan y nunca pide confirmación', interactive: 'pregunta antes de sobrescribir', verbose: 'informa de cada archivo a medida que se procesa',
      quiet: 'suprime la mayoría de los mensajes', recursive: 'recorre también los subdirectorios', dryrun: 'muestra lo que se haría, sin cambiar nada',
      output: 'escribe el resultado en ARCHIVO en lugar de la salida estándar', config: 'lee la configuración de ARCHIVO; las opciones de la línea de órdenes tienen prioridad',
      mode: 'establece el modo (como en chmod) de los archivos creados', passfile: 'lee la contraseña de la primera línea de ARCHIVO',
      askpass: 'pide la contraseña; lo que se teclea no se muestra', showpw: 'muestra las contraseñas guardadas en texto plano en vez de asteriscos',
      user: 'inicia sesión como NOMBRE en lugar del usuario actual', ignoreErrors: 'continúa tras los errores y los informa al final', yes: 'responde que sí a todas las preguntas',
      color: "colorea la salida; CUÁNDO es «always», «never» o «auto»", timeout: 'desiste tras SEGUNDOS segundos (predeterminado: 30)', format: "muestra el resultado en FORMATO «text», «json» o «csv»",
      root: 'aplica los cambios en el directorio DIR', days: 'avisa de los certificados que caducan en menos de N días', keep: 'conserva las N copias más recientes',
      exclude: 'omite los archivos que coinciden con PATRÓN', lock: 'vuelve a bloquear el almacén al terminar la orden', help: 'muestra este texto de ayuda y termina', version: 'muestra el número de versión y termina' },
    env: { CONFIG: 'ruta del archivo de configuración (sustituye a la predeterminada)', TMPDIR: 'directorio de archivos temporales', STORE: 'ubicación del almacén de contraseñas',
      EDITOR: 'editor que usa la orden «edit»', NO_COLOR: 'si está definida, no se usan colores', ASKPASS: 'programa que pide la contraseña cuando no hay terminal' },
    exit: ['éxito', 'se omitieron algunos archivos', 'la orden no pudo ejecutarse (opción errónea o falta de permisos)'],
    report: 'Envíe los informes de errores a <{mail}>.', home: 'Página web de {cmd}: <{url}>',
    msgs: ['no se puede abrir «%s»', 'Contraseña de %s: ', 'contraseña incorrecta', 'las contraseñas no coinciden', 'se ignora la opción desconocida «%s»', 'el modo predeterminado es %o',
      '«%s» no es un archivo regular', '¿sobrescribir «%s»? ', 'el almacén está bloqueado; desbloquéelo con --ask-password',
      'Ejecute «%s --help» para ver las opciones disponibles.', 'operación cancelada', 'se agotó el tiempo de espera de la conexión con %s'],
    team: 'Spanish' },
  { lang: 'Italian', args: { FILE: 'FILE', MODE: 'MODO', NAME: 'NOME', WHEN: 'QUANDO', SECONDS: 'SECONDI', FORMAT: 'FORMATO', DIR: 'DIR', PATTERN: 'MODELLO' }, code: 'it', plural: 'nplurals=2; plural=(n != 1);', usage: 'Uso: {cmd} [OPZIONE]... {args}', optionsHead: 'Opzioni:', envHead: 'Variabili d\'ambiente:',
    exitHead: 'Stato di uscita:', mandatory: 'Le opzioni brevi richiedono gli stessi argomenti della forma lunga.',
    summaries: ['Sincronizza il contenuto di ORIGINE con DESTINAZIONE.', 'Gestisce un archivio locale e cifrato di password.', 'Controlla le date di scadenza dei certificati.',
      'Esegue un comando su più host remoti.', 'Elimina i file più vecchi di una certa età.'],
    operands: { 'SOURCE DEST': 'ORIGINE DESTINAZIONE', 'COMMAND [NAME]': 'COMANDO [NOME]', 'FILE|HOST...': 'FILE|HOST...', 'HOST... -- COMMAND': 'HOST... -- COMANDO', 'DIR...': 'DIRECTORY...' },
    opts: { force: 'salta in silenzio i file mancanti e non chiede mai conferma', interactive: 'chiede conferma prima di ogni sovrascrittura', verbose: 'segnala ogni file man mano che viene elaborato',
      quiet: 'sopprime la maggior parte dei messaggi', recursive: 'scende anche nelle sottodirectory', dryrun: 'mostra cosa verrebbe fatto senza modificare nulla',
      output: 'scrive il risultato in FILE invece che sullo standard output', config: 'legge le impostazioni da FILE; le opzioni sulla riga di comando hanno la precedenza',
      mode: 'imposta i permessi (come in chmod) dei file creati', passfile: 'legge la password dalla prima riga di FILE', askpass: 'chiede la password; l\'input non viene mostrato',
      showpw: 'mostra le password salvate in chiaro invece che con asterischi', user: 'accede come NOME invece che come utente corrente', ignoreErrors: 'prosegue dopo gli errori e li riporta alla fine',
      yes: 'risponde sì a tutte le domande', color: "colora l'output; QUANDO può essere «always», «never» o «auto»", timeout: 'rinuncia dopo SECONDI secondi (predefinito: 30)',
      format: "mostra il risultato nel FORMATO «text», «json» o «csv»", root: 'applica le modifiche nella directory DIR', days: 'avvisa dei certificati che scadono entro N giorni',
      keep: 'conserva le N copie più recenti', exclude: 'salta i file che corrispondono a MODELLO', lock: "blocca di nuovo l'archivio al termine del comando",
      help: 'mostra questo testo di aiuto ed esce', version: 'mostra il numero di versione ed esce' },
    env: { CONFIG: 'percorso del file di configurazione (sostituisce quello predefinito)', TMPDIR: 'directory per i file temporanei', STORE: "posizione dell'archivio delle password",
      EDITOR: 'editor usato dal comando «edit»', NO_COLOR: 'se impostata, non usa colori', ASKPASS: 'programma che chiede la password quando non c\'è un terminale' },
    exit: ['successo', 'alcuni file sono stati saltati', 'il comando non è stato eseguito (opzione errata o permessi mancanti)'],
    report: 'Segnalare i bug a <{mail}>.', home: 'Sito web di {cmd}: <{url}>',
    msgs: ['impossibile aprire «%s»', 'Password per %s: ', 'password errata', 'le password non coincidono', "opzione sconosciuta «%s» ignorata", 'la modalità predefinita è %o',
      '«%s» non è un file regolare', 'sovrascrivere «%s»? ', "l'archivio è bloccato; sbloccarlo con --ask-password",
      'Eseguire «%s --help» per vedere le opzioni disponibili.', 'operazione annullata', 'tempo scaduto nella connessione a %s'],
    team: 'Italian' },
  { lang: 'Dutch', args: { FILE: 'BESTAND', MODE: 'MODUS', NAME: 'NAAM', WHEN: 'WANNEER', SECONDS: 'SECONDEN', FORMAT: 'OPMAAK', DIR: 'MAP', PATTERN: 'PATROON' }, code: 'nl', plural: 'nplurals=2; plural=(n != 1);', usage: 'Gebruik:  {cmd} [OPTIE]... {args}', optionsHead: 'Opties:', envHead: 'Omgevingsvariabelen:',
    exitHead: 'Afsluitwaarde:', mandatory: 'Korte opties nemen dezelfde argumenten als hun lange vorm.',
    summaries: ['Synchroniseert de inhoud van BRON met DOEL.', 'Beheert een lokale, versleutelde wachtwoordkluis.', 'Controleert de vervaldatums van certificaten.',
      'Voert een opdracht uit op meerdere externe computers.', 'Verwijdert bestanden die ouder zijn dan een opgegeven leeftijd.'],
    operands: { 'SOURCE DEST': 'BRON DOEL', 'COMMAND [NAME]': 'OPDRACHT [NAAM]', 'FILE|HOST...': 'BESTAND|COMPUTER...', 'HOST... -- COMMAND': 'COMPUTER... -- OPDRACHT', 'DIR...': 'MAP...' },
    opts: { force: 'ontbrekende bestanden stilzwijgend overslaan en nooit om bevestiging vragen', interactive: 'om bevestiging vragen vóór elke overschrijving', verbose: 'elk bestand melden zodra het verwerkt wordt',
      quiet: 'de meeste meldingen onderdrukken', recursive: 'ook submappen doorlopen', dryrun: 'tonen wat er gedaan zou worden, zonder iets te wijzigen',
      output: 'het resultaat naar BESTAND schrijven in plaats van naar standaarduitvoer', config: 'instellingen uit BESTAND lezen; opties op de opdrachtregel gaan voor',
      mode: 'de toegangsmodus (zoals bij chmod) van aangemaakte bestanden instellen', passfile: 'het wachtwoord van de eerste regel van BESTAND lezen',
      askpass: 'om het wachtwoord vragen; de invoer wordt niet getoond', showpw: 'opgeslagen wachtwoorden als leesbare tekst tonen in plaats van sterretjes',
      user: 'als NAAM inloggen in plaats van als de huidige gebruiker', ignoreErrors: 'na fouten doorgaan en ze aan het eind melden', yes: 'alle vragen met ja beantwoorden',
      color: "uitvoer kleuren; WANNEER is 'always', 'never' of 'auto'", timeout: 'na SECONDEN seconden opgeven (standaard: 30)', format: "het resultaat tonen als 'text', 'json' of 'csv'",
      root: 'de wijzigingen in map MAP uitvoeren', days: 'waarschuwen voor certificaten die binnen N dagen verlopen', keep: 'de N nieuwste kopieën bewaren',
      exclude: 'bestanden overslaan die overeenkomen met PATROON', lock: 'de kluis na afloop van de opdracht weer vergrendelen', help: 'deze hulptekst tonen en afsluiten', version: 'het versienummer tonen en afsluiten' },
    env: { CONFIG: 'pad van het configuratiebestand (vervangt de standaardwaarde)', TMPDIR: 'map voor tijdelijke bestanden', STORE: 'locatie van de wachtwoordkluis',
      EDITOR: "editor voor de opdracht 'edit'", NO_COLOR: 'indien ingesteld, geen kleuren gebruiken', ASKPASS: 'hulpprogramma dat om het wachtwoord vraagt als er geen terminal is' },
    exit: ['gelukt', 'sommige bestanden zijn overgeslagen', 'de opdracht kon niet worden uitgevoerd (verkeerde optie of onvoldoende rechten)'],
    report: 'Meld fouten via <{mail}>.', home: 'Webpagina van {cmd}: <{url}>',
    msgs: ["kan '%s' niet openen", 'Wachtwoord voor %s: ', 'onjuist wachtwoord', 'de wachtwoorden komen niet overeen', "onbekende optie '%s' wordt genegeerd", 'de standaardmodus is %o',
      "'%s' is geen gewoon bestand", "'%s' overschrijven? ", 'de kluis is vergrendeld; ontgrendel hem met --ask-password',
      'Voer \'%s --help\' uit om de beschikbare opties te zien.', 'bewerking geannuleerd', 'verbinding met %s is verlopen'],
    team: 'Dutch' },
  { lang: 'Russian', args: { FILE: 'ФАЙЛ', MODE: 'РЕЖИМ', NAME: 'ИМЯ', WHEN: 'КОГДА', SECONDS: 'СЕКУНДЫ', FORMAT: 'ФОРМАТ', DIR: 'КАТ', PATTERN: 'ШАБЛОН' }, code: 'ru', plural: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);', usage: 'Использование: {cmd} [ПАРАМЕТР]… {args}',
    optionsHead: 'Параметры:', envHead: 'Переменные окружения:', exitHead: 'Код завершения:', mandatory: 'Короткие параметры принимают те же аргументы, что и их длинная форма.',
    summaries: ['Синхронизирует содержимое ИСТОЧНИКА и НАЗНАЧЕНИЯ.', 'Управляет локальным зашифрованным хранилищем паролей.', 'Проверяет сроки действия сертификатов.',
      'Выполняет команду на нескольких удалённых узлах.', 'Удаляет файлы старше заданного возраста.'],
    operands: { 'SOURCE DEST': 'ИСТОЧНИК НАЗНАЧЕНИЕ', 'COMMAND [NAME]': 'КОМАНДА [ИМЯ]', 'FILE|HOST...': 'ФАЙЛ|УЗЕЛ…', 'HOST... -- COMMAND': 'УЗЕЛ… -- КОМАНДА', 'DIR...': 'КАТАЛОГ…' },
    opts: { force: 'молча пропускать отсутствующие файлы и никогда не запрашивать подтверждение', interactive: 'спрашивать перед каждой перезаписью', verbose: 'сообщать о каждом обрабатываемом файле',
      quiet: 'подавлять большинство сообщений', recursive: 'обходить также подкаталоги', dryrun: 'показать, что было бы сделано, ничего не меняя',
      output: 'записать результат в ФАЙЛ вместо стандартного вывода', config: 'читать настройки из ФАЙЛА; параметры командной строки имеют приоритет',
      mode: 'задать права доступа (как в chmod) для создаваемых файлов', passfile: 'читать пароль из первой строки ФАЙЛА', askpass: 'запросить пароль; вводимые символы не отображаются',
      showpw: 'выводить сохранённые пароли открытым текстом вместо звёздочек', user: 'входить под именем ИМЯ вместо текущего пользователя', ignoreErrors: 'продолжать после ошибок и сообщить о них в конце',
      yes: 'отвечать «да» на все вопросы', color: 'раскрашивать вывод; КОГДА — always, never или auto', timeout: 'прекратить попытки через СЕКУНДЫ секунд (по умолчанию 30)',
      format: 'выводить результат в ФОРМАТЕ text, json или csv', root: 'применить изменения в каталоге КАТ', days: 'предупреждать о сертификатах, истекающих в течение N дней',
      keep: 'хранить N последних копий', exclude: 'пропускать файлы, подходящие под ШАБЛОН', lock: 'снова заблокировать хранилище после выполнения команды',
      help: 'показать этот текст справки и выйти', version: 'показать номер версии и выйти' },
    env: { CONFIG: 'путь к файлу настройки (заменяет путь по умолчанию)', TMPDIR: 'каталог для временных файлов', STORE: 'расположение хранилища паролей',
      EDITOR: 'редактор для команды «edit»', NO_COLOR: 'если задана, вывод не раскрашивается', ASKPASS: 'программа, запрашивающая пароль, когда нет терминала' },
    exit: ['успех', 'некоторые файлы пропущены', 'команду не удалось выполнить (неверный параметр или нет прав)'],
    report: 'Об ошибках сообщайте по адресу <{mail}>.', home: 'Домашняя страница {cmd}: <{url}>',
    msgs: ['не удалось открыть «%s»', 'Пароль для %s: ', 'неверный пароль', 'пароли не совпадают', 'неизвестный параметр «%s» пропущен', 'режим по умолчанию: %o',
      '«%s» не является обычным файлом', 'перезаписать «%s»? ', 'хранилище заблокировано; разблокируйте его с помощью --ask-password',
      'Запустите «%s --help», чтобы увидеть доступные параметры.', 'операция отменена', 'истекло время ожидания соединения с %s'],
    team: 'Russian' },
  { lang: 'Japanese', args: {}, code: 'ja', plural: 'nplurals=1; plural=0;', usage: '使用法: {cmd} [オプション]... {args}', optionsHead: 'オプション:', envHead: '環境変数:', exitHead: '終了ステータス:',
    mandatory: '短い形式のオプションも、長い形式と同じ引数を取ります。',
    summaries: ['転送元の内容を転送先と同期します。', 'ローカルの暗号化されたパスワード保管庫を管理します。', '証明書の有効期限を確認します。',
      '複数のリモートホストでコマンドを実行します。', '指定した期間より古いファイルを削除します。'],
    operands: { 'SOURCE DEST': '転送元 転送先', 'COMMAND [NAME]': 'コマンド [名前]', 'FILE|HOST...': 'ファイル|ホスト...', 'HOST... -- COMMAND': 'ホスト... -- コマンド', 'DIR...': 'ディレクトリ...' },
    opts: { force: '存在しないファイルは黙って飛ばし、確認を求めない', interactive: '上書きする前に毎回確認する', verbose: '処理したファイルを1つずつ報告する', quiet: 'ほとんどのメッセージを表示しない',
      recursive: 'サブディレクトリもたどる', dryrun: '何も変更せず、実行される処理を表示する', output: '結果を標準出力ではなくファイルに書き込む',
      config: '設定をファイルから読み込む (コマンドラインのオプションが優先される)', mode: '作成するファイルのモードを (chmod と同様に) 設定する', passfile: 'パスワードをファイルの1行目から読み込む',
      askpass: 'パスワードの入力を求める (入力内容は画面に出ない)', showpw: '保存されたパスワードをアスタリスクではなく平文で表示する', user: '現在のユーザーではなく指定した名前でログインする',
      ignoreErrors: 'エラーが起きても処理を続け、最後にまとめて報告する', yes: 'すべての質問に「はい」と答える', color: '出力に色を付ける (WHEN は always、never、auto のいずれか)',
      timeout: '指定した秒数が過ぎたらあきらめる (デフォルト: 30)', format: '結果を text、json、csv のいずれかの形式で出力する', root: 'ディレクトリ DIR の中で変更を行う',
      days: 'N 日以内に期限が切れる証明書について警告する', keep: '最新のコピーを N 個残す', exclude: 'パターンに一致するファイルを処理しない', lock: 'コマンドの終了後に保管庫を再びロックする',
      help: 'このヘルプを表示して終了する', version: 'バージョン番号を表示して終了する' },
    env: { CONFIG: '設定ファイルのパス (デフォルトを上書きする)', TMPDIR: '一時ファイル用のディレクトリ', STORE: 'パスワード保管庫の場所', EDITOR: 'edit コマンドで使うエディター',
      NO_COLOR: '設定されていれば色を使わない', ASKPASS: '端末がないときにパスワードを尋ねる補助プログラム' },
    exit: ['成功', '一部のファイルをスキップした', 'コマンドを実行できなかった (オプションの誤りまたは権限不足)'],
    report: 'バグは <{mail}> に報告してください。', home: '{cmd} のホームページ: <{url}>',
    msgs: ["'%s' を開けません", '%s のパスワード: ', 'パスワードが違います', 'パスワードが一致しません', "不明なオプション '%s' を無視します", 'デフォルトのモードは %o です',
      "'%s' は通常ファイルではありません", "'%s' を上書きしますか? ", '保管庫はロックされています。--ask-password でロックを解除してください',
      '使用できるオプションは \'%s --help\' で確認できます。', '操作を取り消しました', '%s への接続がタイムアウトしました'],
    team: 'Japanese' },
  { lang: 'Turkish', args: { FILE: 'DOSYA', MODE: 'KİP', NAME: 'AD', WHEN: 'NE ZAMAN', SECONDS: 'SANİYE', FORMAT: 'BİÇİM', DIR: 'DİZİN', PATTERN: 'DESEN' }, code: 'tr', plural: 'nplurals=2; plural=(n != 1);', usage: 'Kullanım: {cmd} [SEÇENEK]... {args}', optionsHead: 'Seçenekler:', envHead: 'Ortam değişkenleri:',
    exitHead: 'Çıkış durumu:', mandatory: 'Kısa seçenekler, uzun biçimleriyle aynı argümanları alır.',
    summaries: ['KAYNAK dizininin içeriğini HEDEF ile eşitler.', 'Yerel bir parola kasasını yönetir; kasa şifreli olarak saklanır.', 'Sertifikaların son kullanma tarihlerini denetler.',
      'Bir komutu birden çok uzak makinede çalıştırır.', 'Belirtilen yaştan eski dosyaları siler.'],
    operands: { 'SOURCE DEST': 'KAYNAK HEDEF', 'COMMAND [NAME]': 'KOMUT [AD]', 'FILE|HOST...': 'DOSYA|MAKİNE...', 'HOST... -- COMMAND': 'MAKİNE... -- KOMUT', 'DIR...': 'DİZİN...' },
    opts: { force: 'eksik dosyaları sessizce atla, hiçbir zaman onay isteme', interactive: 'her üzerine yazmadan önce sor', verbose: 'işlenen her dosyayı bildir', quiet: 'çoğu iletiyi gösterme',
      recursive: 'alt dizinlere de in', dryrun: 'hiçbir şeyi değiştirmeden yapılacakları göster', output: 'sonucu standart çıktı yerine DOSYA\'ya yaz',
      config: 'ayarları DOSYA\'dan oku; komut satırındaki seçenekler bunların yerine geçer', mode: 'oluşturulan dosyaların kipini (chmod\'daki gibi) ayarla',
      passfile: 'parolayı DOSYA\'nın ilk satırından oku', askpass: 'parolayı sor; yazılanlar ekranda görünmez', showpw: 'kayıtlı parolaları yıldız yerine açık metin olarak göster',
      user: 'geçerli kullanıcı yerine AD olarak oturum aç', ignoreErrors: 'hatalardan sonra devam et ve sonunda bildir', yes: 'tüm sorulara evet yanıtı ver',
      color: "çıktıyı renklendir; NE ZAMAN 'always', 'never' ya da 'auto' olabilir", timeout: 'SANİYE saniye sonra vazgeç (öntanımlı: 30)', format: "sonucu 'text', 'json' ya da 'csv' biçiminde yaz",
      root: 'değişiklikleri DİZİN içinde uygula', days: 'N gün içinde süresi dolacak sertifikalar için uyar', keep: 'en yeni N kopyayı sakla', exclude: 'DESEN ile eşleşen dosyaları atla',
      lock: 'komut bitince kasayı yeniden kilitle', help: 'bu yardım metnini göster ve çık', version: 'sürüm numarasını göster ve çık' },
    env: { CONFIG: 'yapılandırma dosyasının yolu (öntanımlı değerin yerine geçer)', TMPDIR: 'geçici dosyalar için dizin', STORE: 'parola kasasının konumu',
      EDITOR: "'edit' komutunun kullandığı düzenleyici", NO_COLOR: 'tanımlıysa renk kullanılmaz', ASKPASS: 'uçbirim yokken parolayı soran yardımcı program' },
    exit: ['başarılı', 'bazı dosyalar atlandı', 'komut çalıştırılamadı (hatalı seçenek ya da eksik izin)'],
    report: 'Hataları <{mail}> adresine bildirin.', home: '{cmd} ana sayfası: <{url}>',
    msgs: ["'%s' açılamıyor", '%s için parola: ', 'yanlış parola', 'parolalar eşleşmiyor', "bilinmeyen '%s' seçeneği yok sayılıyor", 'öntanımlı kip %o',
      "'%s' normal bir dosya değil", "'%s' üzerine yazılsın mı? ", 'kasa kilitli; --ask-password ile kilidini açın',
      'Kullanılabilir seçenekleri görmek için \'%s --help\' çalıştırın.', 'işlem iptal edildi', '%s ile bağlantı zaman aşımına uğradı'],
    team: 'Turkish' },
];
/** The plural forms of "removed %d file(s)", in the order of the language's Plural-Forms. */
const REMOVED_FORMS: Readonly<Record<string, readonly string[]>> = {
  German: ['%d Datei entfernt', '%d Dateien entfernt'], French: ['%d fichier supprimé', '%d fichiers supprimés'],
  Spanish: ['se eliminó %d archivo', 'se eliminaron %d archivos'], Italian: ['rimosso %d file', 'rimossi %d file'], Dutch: ['%d bestand verwijderd', '%d bestanden verwijderd'],
  Russian: ['удалён %d файл', 'удалено %d файла', 'удалено %d файлов'], Japanese: ['%d 個のファイルを削除しました'], Turkish: ['%d dosya silindi', '%d dosya silindi'],
};
const flagsIn = (L: CliLang, k: string): string => CLI_OPTS[k][0].replace(/[A-Z]{2,}/g, (a) => L.args[a] ?? a);
const CLI_ENV_NAMES: Readonly<Record<string, (cmd: string) => string>> = {
  CONFIG: (c) => `${c.toUpperCase()}_CONFIG`, TMPDIR: () => 'TMPDIR', STORE: (c) => `${c.toUpperCase()}_DIR`, EDITOR: () => 'EDITOR', NO_COLOR: () => 'NO_COLOR', ASKPASS: (c) => `${c.toUpperCase()}_ASKPASS`,
};
/** Languages by round-robin from a shuffled order, so each kind spans many of them. */
let langOrder: number[] = [];
function nextLang<T>(xs: readonly T[]): T {
  if (langOrder.length === 0) langOrder = shuffle(xs.map((_, i) => i));
  return xs[langOrder.shift() ?? 0];
}

function cliHelpMl(): string {
  const L = nextLang(CLI_LANGS);
  docLang = L.lang;
  const ti = int(0, CLI_TOOLS.length - 1);
  const t = CLI_TOOLS[ti];
  const cmd = pick(t.names);
  const opts = [...subset(t.opts, int(Math.min(5, t.opts.length), t.opts.length)), 'help', 'version'];
  const col = pick([24, 26, 28, 30]);
  const indent = pick(['  ', '  ', ' ']);
  const lines: string[] = [fill(L.usage, { cmd, args: L.operands[t.operand] ?? t.operand }), L.summaries[ti], ''];
  if (chance(0.5)) lines.push(L.mandatory);
  if (chance(0.6)) lines.push(L.optionsHead);
  for (const k of opts) {
    const head = indent + flagsIn(L, k);
    const body = L.opts[k];
    if (width(head) + 2 <= col) {
      const w = wrap(body, col, pick([79, 80, 100]));
      lines.push(padTo(head, col) + w[0].trimStart(), ...w.slice(1));
    } else lines.push(head, ...wrap(body, col, 80));
  }
  if (chance(0.7)) {
    lines.push('', L.envHead);
    for (const e of t.env) lines.push(padTo(`${indent}${CLI_ENV_NAMES[e](cmd)}`, col) + L.env[e]);
  }
  if (chance(0.7)) {
    lines.push('', L.exitHead);
    L.exit.forEach((x, i) => lines.push(`${indent}${i}  ${x}`));
  }
  lines.push('', fill(L.report, { mail: mailAt(`bug-${cmd}`) }));
  if (chance(0.6)) lines.push(fill(L.home, { cmd, url: `https://${cmd}.example.org/` }));
  let out = lines.join('\n');
  if (out.length < 650) out = `$ ${cmd} --help\n` + out + `\n$ ${cmd} --version\n${cmd} ${int(0, 4)}.${int(0, 30)}\n` + fill(L.msgs[9], {}).replace('%s', cmd);
  return out;
}

const poQuote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
/** A gettext string, split after newlines into continuation lines as msgmerge writes long strings. */
function poString(key: string, s: string): string {
  const parts = s.split(/(?<=\n)/);
  if (parts.length === 1 && s.length < 70) return `${key} ${poQuote(s)}`;
  return `${key} ""\n${parts.map((x) => poQuote(x)).join('\n')}`;
}
function gettextPoMl(): string {
  const L = nextLang(CLI_LANGS);
  docLang = L.lang;
  const ti = int(0, CLI_TOOLS.length - 1);
  const t = CLI_TOOLS[ti];
  const cmd = pick(t.names);
  const y = int(2019, 2024);
  const ver = `${int(0, 4)}.${int(0, 30)}`;
  const head = [
    `# ${L.lang} translation for ${cmd}.`, `# Copyright (C) ${y} ${pick(PROJECTS)} contributors`, `# This file is distributed under the same license as the ${cmd} package.`,
    '#', 'msgid ""', 'msgstr ""', `"Project-Id-Version: ${cmd} ${ver}\\n"`, `"Report-Msgid-Bugs-To: ${mailAt('bugs')}\\n"`,
    `"POT-Creation-Date: ${y}-${pad2(int(1, 12))}-${pad2(int(1, 28))} ${pad2(int(0, 23))}:${pad2(int(0, 59))}+0000\\n"`,
    `"PO-Revision-Date: ${y}-${pad2(int(1, 12))}-${pad2(int(1, 28))} ${pad2(int(0, 23))}:${pad2(int(0, 59))}+0100\\n"`,
    `"Last-Translator: ${L.lang} translation team <${mailAt(`i18n-${L.code}`)}>\\n"`, `"Language-Team: ${L.lang} <${mailAt(`team-${L.code}`)}>\\n"`,
    `"Language: ${L.code}\\n"`, '"MIME-Version: 1.0\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Content-Transfer-Encoding: 8bit\\n"', `"Plural-Forms: ${L.plural}\\n"`,
  ];
  const src = `src/${pick(['main', 'cli', cmd, 'options', 'usage'])}.c`;
  const entries: string[] = [];
  // The --help text: one msgid per block of option lines, as tools translate them.
  const opts = subset(t.opts, int(3, t.opts.length));
  const blocks: string[][] = [];
  for (let i = 0; i < opts.length; i += int(1, 3)) blocks.push(opts.slice(i, i + int(1, 3)));
  const seen = new Set<string>();
  const col = 30;
  for (const b of blocks) {
    const ks = b.filter((k) => !seen.has(k));
    for (const k of ks) seen.add(k);
    if (ks.length === 0) continue;
    const en = ks.map((k) => padTo(`  ${CLI_OPTS[k][0]}`, col) + CLI_OPTS[k][1] + '\n').join('');
    const tr = ks.map((k) => padTo(`  ${flagsIn(L, k)}`, col) + L.opts[k] + '\n').join('');
    entries.push(`#: ${src}:${int(60, 400)}\n${poString('msgid', en)}\n${poString('msgstr', tr)}`);
  }
  entries.unshift(`#: ${src}:${int(40, 59)}\n#, c-format\n${poString('msgid', `Usage: %s [OPTION]... ${t.operand}\n`)}\n${poString('msgstr', fill(L.usage, { cmd: '%s', args: L.operands[t.operand] ?? t.operand }) + '\n')}`,
    `#: ${src}:${int(40, 59)}\n${poString('msgid', t.en + '\n')}\n${poString('msgstr', L.summaries[ti] + '\n')}`);
  const msgIdx = subset(CLI_MSGS.map((_, i) => i), int(4, 9));
  for (const i of msgIdx) {
    const fmt = /%[sdo]/.test(CLI_MSGS[i]) ? '#, c-format\n' : '';
    const fuzzy = chance(0.08) ? '#, fuzzy\n' : '';
    entries.push(`#: src/${pick(['util', 'store', 'net', 'files', cmd])}.c:${int(30, 900)}\n${fmt || fuzzy}${poString('msgid', CLI_MSGS[i])}\n${poString('msgstr', L.msgs[i])}`);
  }
  const forms = REMOVED_FORMS[L.lang];
  if (forms && chance(0.5)) entries.push(`#: ${src}:${int(400, 600)}\n#, c-format\nmsgid "removed %d file"\nmsgid_plural "removed %d files"\n` +
    forms.map((f, i) => `msgstr[${i}] ${poQuote(f)}`).join('\n'));
  let out = head.join('\n') + '\n\n' + entries.join('\n\n');
  const limit = 3000;
  while (out.length > limit && entries.length > 3) { entries.splice(int(2, entries.length - 1), 1); out = head.join('\n') + '\n\n' + entries.join('\n\n'); }
  return out;
}

// ------------------------------------------------------------------ message_catalog_json: a compiler's diagnostic messages, translated
/** English messages (they name the keys) and their codes; `{0}`, `{1}` are the catalogue's placeholders. */
const CAT_EN: readonly (readonly [string, number])[] = [
  ["Option '{0}' overrides the value set in '{1}'.", 5112], ["Option '{0}' is ignored when '{1}' is set.", 5113],
  ["The default mode '{0}' cannot be changed after the project has been built.", 5120], ["File '{0}' was ignored because it is outside the root directory '{1}'.", 6071],
  ["Cannot find configuration file '{0}'.", 5083], ["The value of '{0}' cannot be displayed because it is marked as a secret.", 6244],
  ["Property '{0}' is deprecated; use '{1}' instead.", 6385], ["The password for user '{0}' has expired.", 7102],
  ["The credentials file '{0}' must not be readable by other users.", 7103], ["The build cache in '{0}' is out of date and will be rebuilt.", 6811],
  ["Build mode '{0}' requires the '{1}' option.", 5121], ["Root directory '{0}' does not contain any input files.", 6059],
  ["Administrator rights are required to write to '{0}'.", 7110], ["Skipping '{0}': the file is empty.", 6402],
  ["Token '{0}' is not valid in this position.", 1127], ["All errors in '{0}' were ignored because of the '--noCheck' flag.", 6505],
  ["Waiting for changes to files under '{0}'.", 6033], ["Show the resolved settings and exit without building.", 6408], ["Key '{0}' is defined more than once.", 1117],
  ["Enable strict mode for all files.", 6521],
];
const catKey = (en: string, code: number): string => `${en.replace(/[^a-zA-Z0-9]+/g, '_').replace(/^_+|_+$/g, '')}_${code}`;
interface CatLang { readonly lang: string; readonly msgs: readonly string[] }
const CAT_LANGS: readonly CatLang[] = [
  { lang: 'German', msgs: ["Die Option \"{0}\" überschreibt den in \"{1}\" festgelegten Wert.", "Die Option \"{0}\" wird ignoriert, wenn \"{1}\" festgelegt ist.",
    "Der Standardmodus \"{0}\" kann nach dem Erstellen des Projekts nicht mehr geändert werden.", "Die Datei \"{0}\" wurde ignoriert, weil sie außerhalb des Stammverzeichnisses \"{1}\" liegt.",
    "Die Konfigurationsdatei \"{0}\" wurde nicht gefunden.", "Der Wert von \"{0}\" kann nicht angezeigt werden, weil er als geheim markiert ist.",
    "Die Eigenschaft \"{0}\" ist veraltet. Verwenden Sie stattdessen \"{1}\".", "Das Passwort für den Benutzer \"{0}\" ist abgelaufen.",
    "Die Anmeldeinformationsdatei \"{0}\" darf für andere Benutzer nicht lesbar sein.", "Der Build-Cache in \"{0}\" ist veraltet und wird neu erstellt.",
    "Der Buildmodus \"{0}\" erfordert die Option \"{1}\".", "Das Stammverzeichnis \"{0}\" enthält keine Eingabedateien.",
    "Zum Schreiben in \"{0}\" sind Administratorrechte erforderlich.", "\"{0}\" wird übersprungen: Die Datei ist leer.", "Das Token \"{0}\" ist an dieser Stelle ungültig.",
    "Alle Fehler in \"{0}\" wurden aufgrund des Flags \"--noCheck\" ignoriert.", "Es wird auf Änderungen an Dateien unter \"{0}\" gewartet.",
    "Die aufgelösten Einstellungen anzeigen und ohne Build beenden.", "Der Schlüssel \"{0}\" ist mehrfach definiert.", "Den strikten Modus für alle Dateien aktivieren."] },
  { lang: 'French', msgs: ["L'option '{0}' remplace la valeur définie dans '{1}'.", "L'option '{0}' est ignorée quand '{1}' est défini.",
    "Le mode par défaut '{0}' ne peut plus être changé une fois le projet généré.", "Le fichier '{0}' a été ignoré, car il se trouve hors du répertoire racine '{1}'.",
    "Le fichier de configuration '{0}' est introuvable.", "La valeur de '{0}' ne peut pas être affichée, car elle est marquée comme secrète.",
    "La propriété '{0}' est dépréciée. Utilisez '{1}' à la place.", "Le mot de passe de l'utilisateur '{0}' a expiré.",
    "Le fichier d'informations d'identification '{0}' ne doit pas être lisible par les autres utilisateurs.", "Le cache de génération de '{0}' n'est plus à jour et sera reconstruit.",
    "Le mode de génération '{0}' nécessite l'option '{1}'.", "Le répertoire racine '{0}' ne contient aucun fichier d'entrée.",
    "Des droits d'administrateur sont nécessaires pour écrire dans '{0}'.", "'{0}' est ignoré : le fichier est vide.", "Le jeton '{0}' n'est pas valide à cet emplacement.",
    "Toutes les erreurs de '{0}' ont été ignorées en raison de l'indicateur '--noCheck'.", "En attente de modifications des fichiers sous '{0}'.",
    "Afficher les réglages résolus et quitter sans générer.", "La clé '{0}' est définie plusieurs fois.", "Activer le mode strict pour tous les fichiers."] },
  { lang: 'Spanish', msgs: ["La opción \"{0}\" invalida el valor establecido en \"{1}\".", "La opción \"{0}\" se omite cuando se establece \"{1}\".",
    "El modo predeterminado \"{0}\" no se puede cambiar una vez compilado el proyecto.", "Se ignoró el archivo \"{0}\" porque está fuera del directorio raíz \"{1}\".",
    "No se encuentra el archivo de configuración \"{0}\".", "El valor de \"{0}\" no se puede mostrar porque está marcado como secreto.",
    "La propiedad \"{0}\" está en desuso; use \"{1}\" en su lugar.", "La contraseña del usuario \"{0}\" ha caducado.",
    "Otros usuarios no deben poder leer el archivo de credenciales \"{0}\".", "La caché de compilación de \"{0}\" está desactualizada y se volverá a generar.",
    "El modo de compilación \"{0}\" requiere la opción \"{1}\".", "El directorio raíz \"{0}\" no contiene ningún archivo de entrada.",
    "Se necesitan derechos de administrador para escribir en \"{0}\".", "Se omite \"{0}\": el archivo está vacío.", "El token \"{0}\" no es válido en esta posición.",
    "Se ignoraron todos los errores de \"{0}\" debido a la marca \"--noCheck\".", "Esperando cambios en los archivos de \"{0}\".",
    "Mostrar la configuración resuelta y salir sin compilar.", "La clave \"{0}\" se ha definido más de una vez.", "Habilitar el modo estricto en todos los archivos."] },
  { lang: 'Polish', msgs: ["Opcja „{0}” zastępuje wartość ustawioną w „{1}”.", "Opcja „{0}” jest ignorowana, gdy ustawiono „{1}”.",
    "Trybu domyślnego „{0}” nie można zmienić po skompilowaniu projektu.", "Plik „{0}” został zignorowany, ponieważ znajduje się poza katalogiem głównym „{1}”.",
    "Nie można odnaleźć pliku konfiguracji „{0}”.", "Nie można wyświetlić wartości „{0}”, ponieważ oznaczono ją jako tajną.",
    "Właściwość „{0}” jest przestarzała; zamiast niej użyj „{1}”.", "Hasło użytkownika „{0}” wygasło.",
    "Plik poświadczeń „{0}” nie może być czytelny dla innych użytkowników.", "Pamięć podręczna kompilacji w „{0}” jest nieaktualna i zostanie odbudowana.",
    "Tryb kompilacji „{0}” wymaga opcji „{1}”.", "Katalog główny „{0}” nie zawiera żadnych plików wejściowych.",
    "Do zapisu w „{0}” wymagane są uprawnienia administratora.", "Pominięto „{0}”: plik jest pusty.", "Token „{0}” jest nieprawidłowy w tym miejscu.",
    "Wszystkie błędy w „{0}” zostały zignorowane z powodu flagi „--noCheck”.", "Oczekiwanie na zmiany plików w „{0}”.",
    "Pokaż ustalone ustawienia i zakończ bez kompilowania.", "Klucz „{0}” został zdefiniowany więcej niż raz.", "Włącz tryb ścisły dla wszystkich plików."] },
  { lang: 'Russian', msgs: ["Параметр \"{0}\" переопределяет значение, заданное в \"{1}\".", "Параметр \"{0}\" пропускается, если задан \"{1}\".",
    "Режим по умолчанию \"{0}\" нельзя изменить после сборки проекта.", "Файл \"{0}\" пропущен, так как он находится вне корневого каталога \"{1}\".",
    "Не удается найти файл конфигурации \"{0}\".", "Значение \"{0}\" нельзя показать, так как оно помечено как секретное.",
    "Свойство \"{0}\" устарело; используйте вместо него \"{1}\".", "Срок действия пароля пользователя \"{0}\" истек.",
    "Файл учетных данных \"{0}\" не должен быть доступен для чтения другим пользователям.", "Кэш сборки в \"{0}\" устарел и будет создан заново.",
    "Для режима сборки \"{0}\" требуется параметр \"{1}\".", "Корневой каталог \"{0}\" не содержит входных файлов.",
    "Для записи в \"{0}\" требуются права администратора.", "Пропуск \"{0}\": файл пуст.", "Токен \"{0}\" недопустим в этой позиции.",
    "Все ошибки в \"{0}\" были пропущены из-за флага \"--noCheck\".", "Ожидание изменений файлов в \"{0}\".",
    "Показать итоговые настройки и выйти без сборки.", "Ключ \"{0}\" определен несколько раз.", "Включить строгий режим для всех файлов."] },
  { lang: 'Korean', msgs: ["'{0}' 옵션이 '{1}'에서 설정한 값을 재정의합니다.", "'{1}'이(가) 설정되면 '{0}' 옵션은 무시됩니다.",
    "프로젝트를 빌드한 후에는 기본 모드 '{0}'을(를) 변경할 수 없습니다.", "'{0}' 파일은 루트 디렉터리 '{1}' 밖에 있으므로 무시되었습니다.",
    "구성 파일 '{0}'을(를) 찾을 수 없습니다.", "'{0}'의 값은 비밀로 표시되어 있으므로 표시할 수 없습니다.",
    "'{0}' 속성은 더 이상 사용되지 않습니다. 대신 '{1}'을(를) 사용하세요.", "사용자 '{0}'의 비밀번호가 만료되었습니다.",
    "자격 증명 파일 '{0}'은(는) 다른 사용자가 읽을 수 없어야 합니다.", "'{0}'의 빌드 캐시가 오래되어 다시 만듭니다.",
    "빌드 모드 '{0}'에는 '{1}' 옵션이 필요합니다.", "루트 디렉터리 '{0}'에 입력 파일이 없습니다.", "'{0}'에 쓰려면 관리자 권한이 필요합니다.",
    "'{0}'을(를) 건너뜁니다. 파일이 비어 있습니다.", "'{0}' 토큰은 이 위치에서 사용할 수 없습니다.", "'--noCheck' 플래그 때문에 '{0}'의 모든 오류가 무시되었습니다.",
    "'{0}' 아래 파일의 변경을 기다리는 중입니다.", "확정된 설정을 표시하고 빌드하지 않고 끝냅니다.", "'{0}' 키가 두 번 이상 정의되었습니다.", "모든 파일에 대해 엄격 모드를 사용합니다."] },
  { lang: 'Chinese', msgs: ["选项“{0}”会覆盖在“{1}”中设置的值。", "设置了“{1}”时，将忽略选项“{0}”。", "项目生成后，无法再更改默认模式“{0}”。",
    "已忽略文件“{0}”，因为它不在根目录“{1}”中。", "找不到配置文件“{0}”。", "无法显示“{0}”的值，因为它被标记为机密。", "属性“{0}”已弃用，请改用“{1}”。",
    "用户“{0}”的密码已过期。", "凭据文件“{0}”不得允许其他用户读取。", "“{0}”中的生成缓存已过期，将重新生成。", "生成模式“{0}”需要“{1}”选项。",
    "根目录“{0}”不包含任何输入文件。", "需要管理员权限才能写入“{0}”。", "正在跳过“{0}”：文件为空。", "标记“{0}”在此位置无效。",
    "由于使用了“--noCheck”标志，已忽略“{0}”中的所有错误。", "正在等待“{0}”下的文件发生更改。", "显示最终确定的设置，然后退出而不进行生成。", "键“{0}”定义了多次。", "为所有文件启用严格模式。"] },
];
function messageCatalogJson(): string {
  const L = nextLang(CAT_LANGS);
  docLang = L.lang;
  const idx = chance(0.5) ? subset(CAT_EN.map((_, i) => i), int(12, CAT_EN.length)) : sample(CAT_EN.map((_, i) => i), int(12, CAT_EN.length));
  const ind = pick(['  ', '    ', '\t']);
  const rows = idx.map((i) => `${ind}${JSON.stringify(catKey(CAT_EN[i][0], CAT_EN[i][1]))}: ${JSON.stringify(L.msgs[i])}`);
  let out = `{\n${rows.join(',\n')}\n}`;
  while (out.length > 3000) { rows.pop(); out = `{\n${rows.join(',\n')}\n}`; }
  return out;
}

// ------------------------------------------------------------------ api_reference_ml: API reference pages, fetched and stripped of HTML
interface RefEndpoint { readonly method: string; readonly path: string; readonly params: readonly string[]; readonly body?: Record<string, unknown>; readonly resp: Record<string, unknown> }
const REF_ENDPOINTS: readonly RefEndpoint[] = [
  { method: 'GET', path: '/v2/invoices', params: ['limit', 'cursor', 'status', 'created_after', 'include_deleted'],
    resp: { data: [{ id: 'inv_0193', status: 'paid', amount: 4200, currency: 'EUR', created_at: '2024-03-02T09:14:00Z' }], next_cursor: 'eyJwIjoyfQ', has_more: true } },
  { method: 'POST', path: '/v2/webhooks', params: ['url', 'events', 'description', 'secret_rotation'],
    body: { url: 'https://hooks.example.com/billing', events: ['invoice.paid', 'invoice.failed'] },
    resp: { id: 'wh_2231', url: 'https://hooks.example.com/billing', events: ['invoice.paid', 'invoice.failed'], signing_secret: 'whsec_…', created_at: '2024-04-11T16:02:45Z' } },
  { method: 'POST', path: '/v2/api-keys', params: ['name', 'scopes', 'expires_in_days'],
    body: { name: 'ci-deploy', scopes: ['invoices:read'], expires_in_days: 90 },
    resp: { id: 'key_5512', name: 'ci-deploy', scopes: ['invoices:read'], key: 'sk_live_…', expires_at: '2024-09-01T00:00:00Z' } },
  { method: 'GET', path: '/v2/users/{user_id}/sessions', params: ['user_id', 'limit', 'cursor', 'active_only'],
    resp: { data: [{ id: 'ses_88', ip: '198.51.100.23', user_agent: 'curl/8.5.0', last_seen_at: '2024-05-20T07:41:10Z' }], next_cursor: null, has_more: false } },
];
interface RefLang {
  readonly lang: string;
  readonly heads: { readonly auth: string; readonly params: string; readonly pagination: string; readonly errors: string; readonly limits: string; readonly example: string; readonly response: string };
  readonly cols: readonly string[]; readonly yes: string; readonly no: string;
  readonly titles: readonly string[]; readonly intros: readonly string[];
  readonly params: Readonly<Record<string, string>>;
  readonly auth: readonly string[]; readonly pagination: readonly string[]; readonly limits: readonly string[];
  readonly errors: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
}
const REF_LANGS: readonly RefLang[] = [
  { lang: 'German', heads: { auth: 'Authentifizierung', params: 'Parameter', pagination: 'Paginierung', errors: 'Fehlercodes', limits: 'Ratenbegrenzung', example: 'Beispielanfrage', response: 'Beispielantwort' },
    cols: ['Name', 'Typ', 'Pflicht', 'Beschreibung'], yes: 'ja', no: 'nein',
    titles: ['Rechnungen auflisten', 'Webhook anlegen', 'API-Schlüssel erstellen', 'Sitzungen eines Benutzers abrufen'],
    intros: ['Gibt die Rechnungen Ihres Kontos zurück, die neuesten zuerst. Gelöschte Rechnungen sind nur enthalten, wenn Sie include_deleted setzen.',
      'Legt einen Webhook an, der bei den angegebenen Ereignissen eine POST-Anfrage an Ihre URL schickt. Jede Zustellung ist mit dem Signaturgeheimnis des Webhooks signiert.',
      'Erstellt einen neuen API-Schlüssel mit den angegebenen Berechtigungen. Der vollständige Schlüssel wird nur in dieser Antwort angezeigt; speichern Sie ihn sofort an einem sicheren Ort.',
      'Listet die Anmeldesitzungen eines Benutzers mit IP-Adresse und Zeitpunkt der letzten Aktivität. Nur Administratoren des Kontos dürfen diesen Endpunkt aufrufen.'],
    params: { limit: 'Maximale Anzahl von Einträgen pro Seite (1–100, Standard 20).', cursor: 'Wert von next_cursor aus der vorherigen Antwort.', status: 'Nur Rechnungen mit diesem Status: draft, open, paid oder void.',
      created_after: 'Nur Einträge, die nach diesem Zeitpunkt (ISO 8601) erstellt wurden.', include_deleted: 'Auch gelöschte Einträge zurückgeben.', url: 'HTTPS-Adresse, an die Ereignisse gesendet werden.',
      events: 'Liste der Ereignistypen, zum Beispiel invoice.paid.', description: 'Freitext zur eigenen Orientierung.', secret_rotation: 'Wenn true, wird ein neues Signaturgeheimnis erzeugt und das alte nach 24 Stunden ungültig.',
      name: 'Bezeichnung des Schlüssels, wie sie in der Übersicht erscheint.', scopes: 'Berechtigungen des Schlüssels. Ohne Angabe hat der Schlüssel nur Lesezugriff.',
      expires_in_days: 'Gültigkeit in Tagen. Ohne Angabe läuft der Schlüssel nicht ab.', user_id: 'Kennung des Benutzers.', active_only: 'Nur Sitzungen, die noch nicht beendet wurden.' },
    auth: ['Alle Anfragen müssen authentifiziert sein. Senden Sie das Token im Authorization-Header im Format Bearer <TOKEN>. Anfragen ohne gültiges Token werden mit 401 abgelehnt.',
      'API-Schlüssel erstellen Sie in der Konsole unter Einstellungen > API-Schlüssel. Der Schlüssel wird nur einmal angezeigt; danach sehen Sie nur noch die letzten vier Zeichen. Geht ein Schlüssel verloren, widerrufen Sie ihn und erstellen Sie einen neuen.',
      'Verwenden Sie für Test und Produktion getrennte Schlüssel und legen Sie Schlüssel niemals im Quellcode ab. Übergeben Sie sie stattdessen über eine Umgebungsvariable oder einen Secret-Speicher.'],
    pagination: ['Listen-Endpunkte liefern höchstens limit Einträge. Ist has_more true, enthält die Antwort einen next_cursor, den Sie in der nächsten Anfrage als cursor übergeben.',
      'Ein Cursor ist 24 Stunden gültig. Ändern Sie zwischen zwei Seiten keine anderen Parameter, sonst antwortet die API mit 400.'],
    limits: ['Pro API-Schlüssel sind 100 Anfragen pro Minute erlaubt. Wird das Limit überschritten, antwortet die API mit 429; der Header Retry-After gibt an, wie viele Sekunden Sie warten sollten.',
      'Die Header X-RateLimit-Remaining und X-RateLimit-Reset zeigen das verbleibende Kontingent und den Zeitpunkt, an dem es zurückgesetzt wird.'],
    errors: { '400': 'Ungültige Anfrage, etwa ein fehlender Pflichtparameter.', '401': 'Kein oder ein ungültiges Token.', '403': 'Das Token hat nicht die nötige Berechtigung.',
      '404': 'Die Ressource existiert nicht.', '409': 'Konflikt mit dem aktuellen Zustand, etwa ein doppelter Name.', '429': 'Zu viele Anfragen.', '500': 'Interner Fehler; versuchen Sie es später erneut.' },
    notes: ['Hinweis: Beträge werden in der kleinsten Währungseinheit angegeben, 4200 entspricht also 42,00 EUR.', 'Alle Zeitangaben sind in UTC.', 'Diese Seite beschreibt Version 2 der API. Version 1 wird nicht mehr weiterentwickelt.'] },
  { lang: 'French', heads: { auth: 'Authentification', params: 'Paramètres', pagination: 'Pagination', errors: 'Codes d\'erreur', limits: 'Limites de débit', example: 'Exemple de requête', response: 'Exemple de réponse' },
    cols: ['Nom', 'Type', 'Obligatoire', 'Description'], yes: 'oui', no: 'non',
    titles: ['Lister les factures', 'Créer un webhook', 'Créer une clé d\'API', 'Lister les sessions d\'un utilisateur'],
    intros: ['Renvoie les factures de votre compte, des plus récentes aux plus anciennes. Les factures supprimées ne sont incluses que si include_deleted vaut true.',
      'Crée un webhook qui envoie une requête POST à votre URL lors des événements indiqués. Chaque envoi est signé avec le secret de signature du webhook.',
      'Crée une clé d\'API avec les autorisations indiquées. La clé complète n\'est affichée que dans cette réponse : enregistrez-la immédiatement dans un endroit sûr.',
      'Liste les sessions de connexion d\'un utilisateur, avec l\'adresse IP et l\'heure de la dernière activité. Seuls les administrateurs du compte peuvent appeler ce point de terminaison.'],
    params: { limit: 'Nombre maximal d\'éléments par page (1 à 100, 20 par défaut).', cursor: 'Valeur de next_cursor renvoyée par la réponse précédente.', status: 'Filtre sur le statut : draft, open, paid ou void.',
      created_after: 'Uniquement les éléments créés après cette date (ISO 8601).', include_deleted: 'Inclure aussi les éléments supprimés.', url: 'Adresse HTTPS à laquelle les événements sont envoyés.',
      events: 'Liste des types d\'événements, par exemple invoice.paid.', description: 'Texte libre pour vous y retrouver.', secret_rotation: 'Si true, un nouveau secret de signature est créé et l\'ancien cesse d\'être valable après 24 heures.',
      name: 'Nom de la clé tel qu\'il apparaît dans la console.', scopes: 'Autorisations de la clé. Sans ce paramètre, la clé n\'a qu\'un accès en lecture.',
      expires_in_days: 'Durée de validité en jours. Sans ce paramètre, la clé n\'expire pas.', user_id: 'Identifiant de l\'utilisateur.', active_only: 'Uniquement les sessions encore ouvertes.' },
    auth: ['Toutes les requêtes doivent être authentifiées. Envoyez le jeton dans l\'en-tête Authorization, sous la forme Bearer <JETON>. Une requête sans jeton valide reçoit une réponse 401.',
      'Les clés d\'API se créent dans la console, sous Paramètres > Clés d\'API. La clé n\'est affichée qu\'une seule fois ; ensuite, seuls ses quatre derniers caractères restent visibles. Si vous perdez une clé, révoquez-la et créez-en une autre.',
      'Utilisez des clés distinctes pour les tests et la production, et ne placez jamais une clé dans le code source : passez-la plutôt par une variable d\'environnement.'],
    pagination: ['Les points de terminaison de liste renvoient au plus limit éléments. Si has_more vaut true, la réponse contient un next_cursor à passer comme cursor dans la requête suivante.',
      'Un curseur reste valable 24 heures. Ne modifiez pas les autres paramètres d\'une page à l\'autre, sinon l\'API répond 400.'],
    limits: ['Chaque clé d\'API peut envoyer 100 requêtes par minute. Au-delà, l\'API répond 429 et l\'en-tête Retry-After indique le nombre de secondes à attendre.',
      'Les en-têtes X-RateLimit-Remaining et X-RateLimit-Reset indiquent le quota restant et le moment où il sera réinitialisé.'],
    errors: { '400': 'Requête invalide, par exemple un paramètre obligatoire manquant.', '401': 'Jeton absent ou invalide.', '403': 'Le jeton n\'a pas l\'autorisation nécessaire.',
      '404': 'La ressource n\'existe pas.', '409': 'Conflit avec l\'état actuel, par exemple un nom déjà utilisé.', '429': 'Trop de requêtes.', '500': 'Erreur interne ; réessayez plus tard.' },
    notes: ['Remarque : les montants sont exprimés dans la plus petite unité de la devise ; 4200 correspond donc à 42,00 EUR.', 'Toutes les dates sont en UTC.', 'Cette page décrit la version 2 de l\'API.'] },
  { lang: 'Spanish', heads: { auth: 'Autenticación', params: 'Parámetros', pagination: 'Paginación', errors: 'Códigos de error', limits: 'Límites de uso', example: 'Ejemplo de solicitud', response: 'Ejemplo de respuesta' },
    cols: ['Nombre', 'Tipo', 'Obligatorio', 'Descripción'], yes: 'sí', no: 'no',
    titles: ['Listar facturas', 'Crear un webhook', 'Crear una clave de API', 'Listar las sesiones de un usuario'],
    intros: ['Devuelve las facturas de su cuenta, de la más reciente a la más antigua. Las facturas eliminadas solo se incluyen si include_deleted es true.',
      'Crea un webhook que envía una solicitud POST a su URL cuando ocurren los eventos indicados. Cada envío va firmado con el secreto de firma del webhook.',
      'Crea una clave de API con los permisos indicados. La clave completa solo se muestra en esta respuesta; guárdela de inmediato en un lugar seguro.',
      'Enumera las sesiones de inicio de sesión de un usuario, con la dirección IP y la hora de la última actividad. Solo los administradores de la cuenta pueden llamar a este punto de conexión.'],
    params: { limit: 'Número máximo de elementos por página (1-100; 20 por defecto).', cursor: 'Valor de next_cursor de la respuesta anterior.', status: 'Filtra por estado: draft, open, paid o void.',
      created_after: 'Solo elementos creados después de esta fecha (ISO 8601).', include_deleted: 'Incluye también los elementos eliminados.', url: 'Dirección HTTPS a la que se envían los eventos.',
      events: 'Lista de tipos de evento, por ejemplo invoice.paid.', description: 'Texto libre para identificar el webhook.', secret_rotation: 'Si es true, se genera un secreto de firma nuevo y el anterior deja de valer a las 24 horas.',
      name: 'Nombre de la clave tal como aparece en la consola.', scopes: 'Permisos de la clave. Si se omite, la clave solo tiene acceso de lectura.',
      expires_in_days: 'Validez en días. Si se omite, la clave no caduca.', user_id: 'Identificador del usuario.', active_only: 'Solo las sesiones que siguen abiertas.' },
    auth: ['Todas las solicitudes deben estar autenticadas. Envíe el token en el encabezado Authorization con el formato Bearer <TOKEN>. Las solicitudes sin un token válido se rechazan con 401.',
      'Las claves de API se crean en la consola, en Configuración > Claves de API. La clave se muestra una sola vez; después solo verá sus cuatro últimos caracteres. Si pierde una clave, revóquela y cree otra.',
      'Use claves distintas para pruebas y producción, y no guarde nunca una clave en el código fuente: pásela mediante una variable de entorno o un almacén de secretos.'],
    pagination: ['Los puntos de conexión de lista devuelven como máximo limit elementos. Si has_more es true, la respuesta incluye un next_cursor que debe enviar como cursor en la siguiente solicitud.',
      'Un cursor es válido durante 24 horas. No cambie los demás parámetros entre páginas; de lo contrario, la API responde con 400.'],
    limits: ['Cada clave de API puede hacer 100 solicitudes por minuto. Si se supera el límite, la API responde con 429 y el encabezado Retry-After indica cuántos segundos hay que esperar.',
      'Los encabezados X-RateLimit-Remaining y X-RateLimit-Reset muestran la cuota restante y el momento en que se restablece.'],
    errors: { '400': 'Solicitud no válida, por ejemplo falta un parámetro obligatorio.', '401': 'Falta el token o no es válido.', '403': 'El token no tiene el permiso necesario.',
      '404': 'El recurso no existe.', '409': 'Conflicto con el estado actual, por ejemplo un nombre repetido.', '429': 'Demasiadas solicitudes.', '500': 'Error interno; vuelva a intentarlo más tarde.' },
    notes: ['Nota: los importes se expresan en la unidad más pequeña de la moneda; 4200 equivale a 42,00 EUR.', 'Todas las fechas están en UTC.', 'Esta página describe la versión 2 de la API.'] },
  { lang: 'Japanese', heads: { auth: '認証', params: 'パラメーター', pagination: 'ページネーション', errors: 'エラーコード', limits: 'レート制限', example: 'リクエスト例', response: 'レスポンス例' },
    cols: ['名前', '型', '必須', '説明'], yes: 'はい', no: 'いいえ',
    titles: ['請求書の一覧を取得する', 'Webhook を作成する', 'API キーを作成する', 'ユーザーのセッション一覧を取得する'],
    intros: ['アカウントの請求書を新しい順に返します。削除済みの請求書は include_deleted を true にした場合にのみ含まれます。',
      '指定したイベントが発生したときに、指定の URL へ POST リクエストを送る Webhook を作成します。送信される各リクエストには Webhook の署名用シークレットで署名が付きます。',
      '指定した権限を持つ API キーを作成します。キーの全体が表示されるのはこのレスポンスの中だけです。すぐに安全な場所に保存してください。',
      'ユーザーのログインセッションを、IP アドレスと最終アクティビティの時刻とともに一覧表示します。このエンドポイントを呼び出せるのはアカウントの管理者だけです。'],
    params: { limit: '1ページあたりの最大件数 (1〜100、デフォルトは20)。', cursor: '前回のレスポンスに含まれていた next_cursor の値。', status: 'ステータスで絞り込みます。draft、open、paid、void のいずれか。',
      created_after: 'この日時 (ISO 8601) より後に作成された項目だけを返します。', include_deleted: '削除済みの項目も返します。', url: 'イベントの送信先となる HTTPS のアドレス。',
      events: 'イベントの種類のリスト。例: invoice.paid', description: '管理用の自由記述テキスト。', secret_rotation: 'true にすると新しい署名用シークレットが作成され、古いものは24時間後に無効になります。',
      name: 'コンソールに表示されるキーの名前。', scopes: 'キーに与える権限。省略すると読み取り専用になります。', expires_in_days: '有効期間 (日数)。省略するとキーは失効しません。',
      user_id: 'ユーザーの ID。', active_only: '終了していないセッションだけを返します。' },
    auth: ['すべてのリクエストには認証が必要です。トークンは Authorization ヘッダーに Bearer <TOKEN> の形式で送ってください。有効なトークンがないリクエストには 401 が返ります。',
      'API キーはコンソールの「設定 > API キー」で作成します。キーが表示されるのは作成時の一度だけで、その後は末尾4文字しか確認できません。キーを紛失した場合は無効化して、新しいキーを作成してください。',
      'テスト用と本番用には別々のキーを使い、キーをソースコードに書き込まないでください。環境変数やシークレット管理サービスを通じて渡すことをおすすめします。'],
    pagination: ['一覧系のエンドポイントは最大で limit 件の項目を返します。has_more が true の場合、レスポンスには next_cursor が含まれるので、次のリクエストで cursor に指定してください。',
      'カーソルの有効期間は24時間です。ページの途中で他のパラメーターを変えると 400 が返ります。'],
    limits: ['API キーごとに1分あたり100リクエストまで送信できます。上限を超えると 429 が返り、Retry-After ヘッダーに待つべき秒数が示されます。',
      'X-RateLimit-Remaining ヘッダーと X-RateLimit-Reset ヘッダーで、残りの回数とリセットされる時刻を確認できます。'],
    errors: { '400': 'リクエストが不正です。必須パラメーターが欠けている場合など。', '401': 'トークンがないか、無効です。', '403': 'トークンに必要な権限がありません。', '404': 'リソースが存在しません。',
      '409': '現在の状態と競合しています。名前の重複など。', '429': 'リクエストが多すぎます。', '500': '内部エラーです。しばらくしてから再試行してください。' },
    notes: ['注: 金額は通貨の最小単位で表します。4200 は 42.00 EUR です。', '日時はすべて UTC です。', 'このページでは API のバージョン2について説明します。'] },
  { lang: 'Korean', heads: { auth: '인증', params: '매개변수', pagination: '페이지 나누기', errors: '오류 코드', limits: '요청 한도', example: '요청 예시', response: '응답 예시' },
    cols: ['이름', '유형', '필수', '설명'], yes: '예', no: '아니요',
    titles: ['청구서 목록 조회', '웹훅 만들기', 'API 키 만들기', '사용자 세션 목록 조회'],
    intros: ['계정의 청구서를 최신순으로 반환합니다. 삭제된 청구서는 include_deleted를 true로 설정한 경우에만 포함됩니다.',
      '지정한 이벤트가 발생하면 사용자의 URL로 POST 요청을 보내는 웹훅을 만듭니다. 각 요청에는 웹훅의 서명 시크릿으로 만든 서명이 붙습니다.',
      '지정한 권한을 가진 API 키를 만듭니다. 전체 키는 이 응답에서만 표시되므로 바로 안전한 곳에 저장하십시오.',
      '사용자의 로그인 세션을 IP 주소, 마지막 활동 시각과 함께 나열합니다. 이 엔드포인트는 계정 관리자만 호출할 수 있습니다.'],
    params: { limit: '페이지당 최대 항목 수입니다(1~100, 기본값 20).', cursor: '이전 응답의 next_cursor 값입니다.', status: '상태로 필터링합니다. draft, open, paid, void 중 하나입니다.',
      created_after: '이 시각(ISO 8601) 이후에 만들어진 항목만 반환합니다.', include_deleted: '삭제된 항목도 함께 반환합니다.', url: '이벤트를 받을 HTTPS 주소입니다.',
      events: '이벤트 유형 목록입니다. 예: invoice.paid', description: '관리용 자유 형식 설명입니다.', secret_rotation: 'true이면 새 서명 시크릿을 만들고, 기존 시크릿은 24시간 뒤에 만료됩니다.',
      name: '콘솔에 표시되는 키 이름입니다.', scopes: '키에 부여할 권한입니다. 생략하면 읽기 전용 키가 됩니다.', expires_in_days: '유효 기간(일)입니다. 생략하면 키가 만료되지 않습니다.',
      user_id: '사용자 ID입니다.', active_only: '아직 끝나지 않은 세션만 반환합니다.' },
    auth: ['모든 요청은 인증되어야 합니다. 토큰은 Authorization 헤더에 Bearer <TOKEN> 형식으로 보내십시오. 유효한 토큰이 없는 요청에는 401이 반환됩니다.',
      'API 키는 콘솔의 설정 > API 키에서 만듭니다. 키는 만들 때 한 번만 표시되며, 그 뒤에는 마지막 네 글자만 확인할 수 있습니다. 키를 잃어버렸다면 해당 키를 폐기하고 새로 만드십시오.',
      '테스트와 운영 환경에는 서로 다른 키를 사용하고, 키를 소스 코드에 넣지 마십시오. 환경 변수나 시크릿 저장소를 통해 전달하는 것이 좋습니다.'],
    pagination: ['목록 엔드포인트는 최대 limit개의 항목을 반환합니다. has_more가 true이면 응답에 next_cursor가 포함되며, 다음 요청의 cursor에 이 값을 넣으면 됩니다.',
      '커서는 24시간 동안 유효합니다. 페이지를 넘기는 도중에 다른 매개변수를 바꾸면 400이 반환됩니다.'],
    limits: ['API 키마다 분당 100개의 요청을 보낼 수 있습니다. 한도를 넘으면 429가 반환되며, Retry-After 헤더에 기다려야 할 시간(초)이 표시됩니다.',
      'X-RateLimit-Remaining 헤더와 X-RateLimit-Reset 헤더로 남은 요청 수와 한도가 초기화되는 시각을 확인할 수 있습니다.'],
    errors: { '400': '잘못된 요청입니다. 필수 매개변수가 빠진 경우 등입니다.', '401': '토큰이 없거나 유효하지 않습니다.', '403': '토큰에 필요한 권한이 없습니다.', '404': '리소스가 없습니다.',
      '409': '현재 상태와 충돌합니다. 이름이 중복된 경우 등입니다.', '429': '요청이 너무 많습니다.', '500': '내부 오류입니다. 잠시 후 다시 시도하십시오.' },
    notes: ['참고: 금액은 통화의 최소 단위로 표시합니다. 4200은 42.00 EUR입니다.', '모든 시각은 UTC 기준입니다.', '이 페이지는 API 버전 2를 설명합니다.'] },
];
const PARAM_TYPES: Readonly<Record<string, string>> = {
  limit: 'integer', cursor: 'string', status: 'string', created_after: 'string', include_deleted: 'boolean', url: 'string', events: 'array', description: 'string',
  secret_rotation: 'boolean', name: 'string', scopes: 'array', expires_in_days: 'integer', user_id: 'string', active_only: 'boolean',
};
const REQUIRED_PARAMS = new Set(['url', 'events', 'name', 'user_id']);
function apiReferenceMl(): string {
  const L = nextLang(REF_LANGS);
  docLang = L.lang;
  const ei = int(0, REF_ENDPOINTS.length - 1);
  const e = REF_ENDPOINTS[ei];
  const host = `https://api.${pick(['ledgerly', 'payrun', 'tallyhub', 'invoicer', 'billfold'])}.example.com`;
  const path = e.path.replace('{user_id}', 'usr_4410');
  const rule = pick(['', '', '=====', '-----']);
  const H = (h: string): string => (rule ? `${h}\n${rule.charAt(0).repeat(Math.min(40, width(h)))}` : chance(0.5) ? `## ${h}` : h);
  // "POST https://…" fires any.send_url (a send verb before a URL): only documents that keep rule phrases write it so.
  const full = docKeep || e.method === 'GET';
  const parts: string[] = [H(L.titles[ei]), full ? `${e.method} ${host}${e.path}` : `${pick(['Base URL', 'URL', 'Host'])}: ${host}\n${e.method} ${e.path}`, L.intros[ei]];
  const paramsBlock = (): string => {
    const rows = subset(e.params, int(Math.min(3, e.params.length), e.params.length)).map((p) => [p, PARAM_TYPES[p], REQUIRED_PARAMS.has(p) ? L.yes : L.no, L.params[p]]);
    const style = int(0, 2);
    if (style === 0) return [L.cols.join(' | '), ...rows.map((r) => r.join(' | '))].join('\n');
    if (style === 1) return rows.map((r) => `${r[0]} (${r[1]}${r[2] === L.yes ? `, ${L.cols[2]}` : ''})\n  ${r[3]}`).join('\n');
    return [L.cols.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n');
  };
  const curl = [`curl ${full && e.method !== 'GET' ? `-X ${e.method} ` : ''}"${host}${path}${e.method === 'GET' && e.params.includes('limit') ? '?limit=20' : ''}" \\`,
    ...(full || e.method === 'GET' ? [] : [`  -X ${e.method} \\`]),
    '  -H "Authorization: Bearer $API_TOKEN"' + (e.body ? ' \\' : ''), ...(e.body ? ['  -H "Content-Type: application/json" \\', `  -d '${JSON.stringify(e.body)}'`] : [])].join('\n');
  const sections: [string, () => string][] = [
    [L.heads.params, paramsBlock],
    [L.heads.auth, () => subset(L.auth, int(1, L.auth.length)).join('\n\n')],
    [L.heads.example, () => curl],
    [L.heads.response, () => JSON.stringify(e.resp, null, 2)],
    [L.heads.pagination, () => subset(L.pagination, int(1, 2)).join('\n\n')],
    [L.heads.errors, () => subset(Object.entries(L.errors), int(3, 7)).map(([c, d]) => `${c}  ${d}`).join('\n')],
    [L.heads.limits, () => subset(L.limits, int(1, 2)).join(' ')],
  ];
  const order = chance(0.5) ? sections : [sections[1], sections[0], sections[2], sections[3], ...shuffle(sections.slice(4))];
  for (const [h, body] of order) if (h === L.heads.params || h === L.heads.example || chance(0.75)) parts.push(H(h), body());
  if (chance(0.5)) parts.push(pick(L.notes));
  let out = parts.join('\n\n');
  if (chance(0.3)) out = `${pick(['API Reference', 'Docs', 'Developer'])} › ${L.titles[ei]}\n\n` + out;
  return out;
}

// ------------------------------------------------------------------ registry
/** Language of the document being generated; generators that choose one per document set it. */
let docLang = 'English';
const manKind = (L: ManLang): (() => string) => () => { docLang = L.lang; return manPage(L); };

const KINDS: readonly { readonly kind: string; readonly gen: () => string }[] = [
  { kind: 'man_de', gen: manKind(MAN_DE) }, { kind: 'man_fr', gen: manKind(MAN_FR) }, { kind: 'man_es', gen: manKind(MAN_ES) },
  { kind: 'man_pt', gen: manKind(MAN_PT) }, { kind: 'man_it', gen: manKind(MAN_IT) }, { kind: 'man_ru', gen: manKind(MAN_RU) },
  { kind: 'man_ja', gen: manKind(MAN_JA) }, { kind: 'man_ko', gen: manKind(MAN_KO) }, { kind: 'man_zh', gen: manKind(MAN_ZH) },
  { kind: 'man_pl', gen: manKind(MAN_PL) }, { kind: 'man_en_accounts', gen: manKind(MAN_EN) },
  { kind: 'api_service_json', gen: apiServiceJson }, { kind: 'api_discovery_json', gen: apiDiscoveryJson }, { kind: 'cli_surface_yaml', gen: cliSurfaceYaml },
  { kind: 'message_catalog_json', gen: messageCatalogJson }, { kind: 'gettext_po_ml', gen: gettextPoMl }, { kind: 'cli_help_ml', gen: cliHelpMl },
  { kind: 'api_reference_ml', gen: apiReferenceMl },
];

/** Long documents are cut at a line boundary below the limit, as a fetch tool would truncate them. */
const MAX_CHARS = 3000;
const clip = (text: string): string => clipAtLine(text, MAX_CHARS);

/**
 * Phrases that fire an injection rule (rules.ts) and their plain rewordings. Real reference documentation says
 * them now and then ("the password is not displayed" in Japanese, "suppose the file…" in French); written freely
 * they fired rules in far more of these documents than in real manuals, so only KEEP_RULE_PHRASES of every
 * kind's documents keep them.
 */
const RULE_PHRASES: readonly [RegExp, string][] = [
  // mul.framing: "suppose …" in the languages of the manual pages
  [/Angenommen, die Datei (\S+) beginnt mit einem 512 Byte langen Kopf\. Dann zeigt/g, 'Beginnt die Datei $1 mit einem 512 Byte langen Kopf, dann zeigt'],
  [/Supposons que le groupe indiqué avec -g n'existe pas : (\S+) refuse alors/g, "Si le groupe indiqué avec -g n'existe pas, $1 refuse"],
  [/Supongamos que un archivo cambia mientras se copia: (\S+) lo marca/g, 'Si un archivo cambia mientras se copia, $1 lo marca'],
  [/Supponiamo che il file contenga un'intestazione di 128 byte: con/g, "Se il file contiene un'intestazione di 128 byte, con"],
  [/假设文件开头有/g, '如果文件开头有'],
  // ja.extraction, zh.extraction: "the password is not displayed", "display … password"
  [/入力中のパスワードは表示されない。アスタリスクも表示されない。/g, '入力中のパスワードは画面に出ず、アスタリスクも出ない。'],
  [/保存されたパスワードをアスタリスクではなく平文で表示する/g, '保存されたパスワードを、アスタリスクで隠さず平文のまま出す'],
  [/显示当前的有效期信息/g, '列出当前的有效期信息'],
];
/** Documents of a kind (by index) that keep the rule phrases: 2 of 16. */
const KEEP_RULE_PHRASES = (i: number): boolean => i % 8 === 5;

const PER_KIND = 16;
function generate(): ReferenceDoc[] {
  const docs: ReferenceDoc[] = [];
  for (const { kind, gen } of KINDS) {
    reseed(kind);
    langOrder = [];
    for (let i = 0; i < PER_KIND; i++) {
      docLang = 'English';
      docKeep = KEEP_RULE_PHRASES(i);
      const text = clip(plain(gen()));
      docs.push({ kind, lang: docLang, text });
    }
  }
  return docs;
}

/** Project-written benign reference documents, 16 per kind: deterministic. */
export const HANDWRITTEN_REFERENCE: readonly ReferenceDoc[] = generate();
