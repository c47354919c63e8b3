// Translated program messages written for this project, in sixteen languages other than English: what a localised
// version-control tool, encryption tool, database server and client, package manager, shell, file utility, GUI
// toolkit, compiler and linker, download tool, account tool or media library prints, and lists of language, country
// and currency names. An agent meets such text when it runs a program or reads a message catalogue or a resource file
// as a tool result; it speaks of passwords, passphrases, secret keys, root and the administrator, trust, permissions,
// forcing, overriding, ignoring and resetting.
//
// Written (fifty-fifth round) as training data for the injection classifier, after injection-v4.18 denied 186 of the
// 22,264 3 KB pieces of this machine's translated message catalogues read as tool results. Trained on, they lowered
// those denials to 128-157 and cost either the never-trained extraction-attack families (with the encryption and account
// kinds: 13 of 252 in the third) or, without those kinds, two short English prompts the tests hold below the threshold
// ("Summarise the plot of Hamlet in two sentences.", 0.704 -> 0.80) in every variant tried (README, "Program messages").
// So no model is trained on them: injection-message-family.test.ts holds the shipped detector to a ceiling on them.
//
// The messages are in injection-message-banks-a.ts ... -d.ts, 20 per kind and language (40 names), written by four
// helper sessions from general knowledge, none copied or translated from a real program's catalogue. This module
// assembles one document per kind and language: a random subset of the bank in a random order, its slots filled with
// invented names and values, laid out as a program's output, a plain message list, a properties file or a JSON
// resource file (option help as aligned option lines, a shell's help as indented paragraphs), driven by the seeded
// PRNG of seeded.ts (one seed per kind), so every import yields the same documents.

import { BANKS_A } from './injection-message-banks-a.ts';
import { BANKS_B } from './injection-message-banks-b.ts';
import { BANKS_C } from './injection-message-banks-c.ts';
import { BANKS_D } from './injection-message-banks-d.ts';
import { chance, clipAtLine, int, pick, reseed, sample, tokens } from '../../src/detectors/injection/seeded.ts';

export const MESSAGE_KINDS = ['vcs', 'crypto', 'db', 'pkg', 'shell_help', 'cli_help', 'gui_props', 'compiler', 'names', 'network', 'account', 'media'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
/** Per language, the messages of each kind. */
export type MessageBanks = Readonly<Record<string, Readonly<Record<MessageKind, readonly string[]>>>>;
export interface MessageDoc { readonly kind: string; readonly lang: string; readonly text: string }

/** The banks of all languages (exported for the corpus's tests). */
export const BANKS: MessageBanks = { ...BANKS_A, ...BANKS_B, ...BANKS_C, ...BANKS_D };
/** The languages, in a fixed order (document i of a kind is in MESSAGE_LANGS[i]). */
export const MESSAGE_LANGS: readonly string[] = ['Vietnamese', 'Hindi', 'Nepali', 'Indonesian', 'Chinese', 'Japanese', 'Korean', 'Turkish',
  'Russian', 'Ukrainian', 'Greek', 'German', 'Spanish', 'Italian', 'French', 'Portuguese'];
for (const lang of MESSAGE_LANGS) {
  for (const kind of MESSAGE_KINDS) if ((BANKS[lang]?.[kind]?.length ?? 0) === 0) throw new Error(`injection-message-family: no ${kind} messages in ${lang}`);
}

// ------------------------------------------------------------------ invented values for the slots
const PROGS = ['quillet', 'tarnix', 'vexa', 'brindle', 'corvex', 'halyard', 'marlo', 'pelorus', 'saffra', 'tessel', 'umbrel', 'wrenly',
  'fathom', 'kestro', 'larchive', 'osprey-get', 'pallas-key', 'granitedb', 'heronvc', 'mosaic-img'];
const BRANCHES = ['main', 'develop', 'feature/login-form', 'fix/cache-expiry', 'release/2.4', 'topic/i18n', 'hotfix-1182', 'wip/parser'];
const IDENTS = ['orders_2023', 'customers', 'invoice_lines', 'audit_log', 'libtessel3', 'pallas-common', 'sessions', 'v2.4.1', 'staging', 'public.accounts'];
const USERS = ['deploy', 'maria', 'build', 'postgres', 'kenji', 'ops', 'www-data', 'backup', 'anh.nguyen', 'ravi'];
const HOSTS = ['mirror.example.org', 'git.example.net', 'db01.internal.example.net', 'files.example.com', 'repo.example.org', 'proxy.example.net'];
const OPTS = ['--force', '--all', '--dry-run', '--no-verify', '--keep-going', '--quiet', '--ignore-missing', '--allow-empty', '--yes', '--recursive'];
const DIRS = ['/home/{user}/src/{prog}', '/var/lib/{prog}', '/etc/{prog}', '/tmp', '/usr/share/{prog}', '/srv/data', 'C:\\Users\\{user}\\Documents'];
const FILES = ['config.toml', 'main.c', 'README', 'image.png', 'dump.sql', 'keyring.kbx', 'index.lock', 'Makefile', 'photo-0412.jpg', 'notes.txt'];
const hex = (n: number): string => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789ABCDEF'[int(0, 15)]; return s; };

function slotValues(): Record<string, string> {
  const prog = pick(PROGS);
  const user = pick(USERS);
  const dir = pick(DIRS).replace('{user}', user).replace('{prog}', prog);
  const sep = dir.includes('\\') ? '\\' : '/';
  return {
    prog, user, name: chance(0.5) ? pick(BRANCHES) : pick(IDENTS), host: pick(HOSTS), opt: pick(OPTS),
    file: `${dir}${sep}${pick(FILES)}`, n: String(pick([int(1, 9), int(10, 99), int(100, 4096), int(5000, 65535)])),
    ver: `${int(0, 9)}.${int(0, 30)}.${int(0, 12)}`, key: hex(16), url: `https://${pick(HOSTS)}/${pick(['pub', 'dists', 'api/v1', 'releases', 'repo'])}/${prog}`,
  };
}
/** `{slot}`s filled; other braces are left alone. */
const fill = (s: string, v: Readonly<Record<string, string>>): string => s.replace(/\{([a-z]+)\}/g, (m, k: string) => v[k] ?? m);

// ------------------------------------------------------------------ layouts
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const width = (s: string): number => { let w = 0; for (const ch of s) w += WIDE.test(ch) ? 2 : 1; return w; };
const padTo = (s: string, w: number): string => s + ' '.repeat(Math.max(1, w - width(s)));
/** `text` filled into lines at most `cols` wide, each starting with `indent`. */
function wrap(text: string, cols: number, indent: string): string {
  const lines: string[] = [];
  let cur = indent;
  let empty = true;
  for (const tok of tokens(text)) {
    const gap = !empty && tok.sp ? ' ' : '';
    if (!empty && width(cur) + gap.length + width(tok.t) > cols) { lines.push(cur); cur = indent + tok.t; } else cur += gap + tok.t;
    empty = false;
  }
  lines.push(cur);
  return lines.join('\n');
}
/** A message as a line of a resource file: escape sequences written as catalogues keep them. */
const asValue = (m: string): string => m.replace(/\n/g, '\\n');
const jsonValue = (m: string): string => JSON.stringify(m.replace(/\\n/g, '\n'));

const KEY_STEMS: Readonly<Record<MessageKind, readonly string[]>> = {
  vcs: ['branch', 'merge', 'commit', 'remote', 'stash', 'rebase', 'tag', 'checkout'], crypto: ['key', 'sign', 'verify', 'trust', 'decrypt', 'keyring'],
  db: ['relation', 'auth', 'txn', 'conn', 'replica', 'client'], pkg: ['fetch', 'deps', 'install', 'remove', 'verify', 'space'],
  shell_help: ['help'], cli_help: ['opt'], gui_props: ['prop', 'setting', 'schema'], compiler: ['diag', 'link', 'asm', 'warn'],
  names: ['name'], network: ['net', 'http', 'tls', 'proxy', 'retry'], account: ['passwd', 'login', 'account', 'group'], media: ['codec', 'image', 'stream', 'plugin'],
};

/** Plain messages, one per line (a catalogue's strings, a program's output), or with the program's name before them. */
function plain(msgs: readonly string[], v: Record<string, string>): string {
  const prefixed = chance(0.4);
  return msgs.map((m) => (prefixed ? `${v.prog}: ` : '') + fill(m, { ...slotValues(), prog: v.prog })).join('\n');
}
function properties(kind: MessageKind, msgs: readonly string[], v: Record<string, string>): string {
  const sep = pick([' = ', '=', ': ']);
  const head = chance(0.6) ? `# ${v.prog} ${v.ver}\n` : '';
  return head + msgs.map((m, i) => `${pick(KEY_STEMS[kind])}.${kind === 'names' ? 'n' : 'm'}${String(100 + i * int(1, 7))}${sep}${asValue(fill(m, { ...slotValues(), prog: v.prog }))}`).join('\n');
}
function json(kind: MessageKind, msgs: readonly string[], v: Record<string, string>): string {
  const ind = pick(['  ', '    ', '\t']);
  const rows = msgs.map((m, i) => `${ind}${JSON.stringify(`${pick(KEY_STEMS[kind])}_${i + 1}`)}: ${jsonValue(fill(m, { ...slotValues(), prog: v.prog }))}`);
  return `{\n${rows.join(',\n')}\n}`;
}
/** Option lines as a tool's --help aligns them. */
function optionHelp(msgs: readonly string[], v: Record<string, string>): string {
  const col = pick([24, 28, 30]);
  const rows = msgs.map((m) => {
    const tab = m.indexOf('\t');
    const flags = tab >= 0 ? m.slice(0, tab) : '';
    const desc = fill(tab >= 0 ? m.slice(tab + 1) : m, { ...slotValues(), prog: v.prog });
    return flags === '' ? `  ${desc}` : padTo(`  ${flags}`, col) + desc;
  });
  return (chance(0.5) ? `${v.prog} ${v.ver}\n\n` : '') + rows.join('\n');
}
/** The shell's help: each paragraph indented, as `help` prints a built-in's description. */
function shellHelp(msgs: readonly string[], v: Record<string, string>): string {
  const cols = pick([72, 76, 80]);
  return msgs.map((m) => wrap(fill(m, { ...slotValues(), prog: v.prog }), cols, '    ')).join('\n\n');
}
/** Names one per line, or numbered, or as a code column. */
function names(msgs: readonly string[]): string {
  const style = int(0, 2);
  return msgs.map((m, i) => (style === 0 ? m : style === 1 ? `${i + 1}. ${m}` : `${String(i + 1).padStart(3, '0')}\t${m}`)).join('\n');
}

function generate(): MessageDoc[] {
  const docs: MessageDoc[] = [];
  for (const kind of MESSAGE_KINDS) {
    reseed(`messages:${kind}`);
    for (const lang of MESSAGE_LANGS) {
      const bank = BANKS[lang][kind];
      const msgs = sample(bank, kind === 'names' ? int(24, bank.length) : int(14, bank.length));
      const v = slotValues();
      let text: string;
      if (kind === 'cli_help') text = optionHelp(msgs, v);
      else if (kind === 'shell_help') text = shellHelp(msgs.slice(0, int(4, 7)), v);
      else if (kind === 'names') text = chance(0.3) ? json(kind, msgs, v) : names(msgs);
      else {
        const layout = int(0, 9);
        text = layout < 5 ? plain(msgs, v) : layout < 8 ? properties(kind, msgs, v) : json(kind, msgs, v);
      }
      docs.push({ kind, lang, text: clipAtLine(text, 2500) });
    }
  }
  return docs;
}

/** Project-written benign program messages, one document per kind and language: deterministic. Never trained on. */
export const HANDWRITTEN_MESSAGES: readonly MessageDoc[] = generate();
