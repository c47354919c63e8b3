// HTTP_CREDENTIAL: a user name and password as HTTP clients carry them (added in the twenty-fourth
// round; none of these shapes was found before): an `Authorization: Basic` header, the `auth` of a
// Docker config or the `_auth` of an .npmrc (base64 of "user:password"), a password in the userinfo
// of an http(s), ws(s), git, ssh or ftp URL (database schemes are CONNECTION_STRING's), a .netrc
// entry, and a password given to curl (`curl -u user:password`). Since the forty-fourth round also
// passwords given on other command lines: `mysql -pPASSWORD` (and mysqldump, mysqladmin, mariadb …),
// `sshpass -p PASSWORD`, `docker login -p TOKEN` (podman, nerdctl, buildah) and `--password=VALUE` /
// `--password VALUE` (also `--db-password` and the like) in any command, and in an exec-form argument list
// (`["app", "--password", "VALUE"]`). The finding is the secret
// part: the base64 value, or the password alone. Also a keyword-free `Bearer <token>` of the generic
// kind (GENERIC_SECRET, so a specific rule over the same bytes wins).
import { shannonEntropy } from '../checksums.ts';
import { isUnspacedScript } from '../../core/units.ts';
import { PASSWORD_WORDS, userinfoPassword, withoutClosingBrackets } from './connection-string.ts';
import { ALNUM, randomString, type Rand, type SecretRule } from './rule.ts';

const PLACEHOLDERS = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'token', 'xxx', 'xxxx', 'user', 'username', 'mypassword',
  'yourpassword', 'your_password', 'example', 'pat', 'oauth2', 'x-oauth-basic', 'xyz', 'abc', 'foo', 'bar', 'baz', 'qux', 'pass123', 'password123',
  ...PASSWORD_WORDS]);

/** base64 of "user:password" with printable ASCII on both sides of the first ':' and a real password. */
function userPassword(b64: string): { note: string } | null {
  const flat = b64.length % 4 === 0 ? b64 : b64 + '='.repeat(4 - (b64.length % 4));
  const s = Buffer.from(flat, 'base64').toString('latin1');
  const colon = s.indexOf(':');
  if (colon < 1 || colon === s.length - 1) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return null;
  }
  const password = s.slice(colon + 1);
  if (password.length < 3 || PLACEHOLDERS.has(password.toLowerCase())) return null;
  return { note: 'base64 of user:password' };
}

/**
 * A usage text's metavariable in another language: capital letters only (`-` and `_` between), one of them
 * outside ASCII (`--password=ЛОЗИНКА`, `-p, --password ПАРОЛЬ`, `--password=MẬT-KHẨU`): the translated help of
 * wget and passwd in their message catalogues. Written onto its option too, where ASCII capitals stay a password
 * (`mysql -pROOTPASS`).
 */
function translatedMetavariable(s: string): boolean {
  let other = false;
  for (const ch of s) {
    if (ch === '-' || ch === '_') continue;
    if (ch === ch.toLowerCase() || ch !== ch.toUpperCase()) return false; // not a capital letter
    if (ch.charCodeAt(0) > 0x7f) other = true;
  }
  return other;
}

/**
 * A .netrc password, read without the quotes a manual may put around it: not a placeholder (`password
 * "PASSWORD"`, `password changeme`) nor a template or metavariable (`password "{password}"`, `<password>`,
 * `$NETRC_PASS`), as an editor's manual shows the file.
 */
function netrcPassword(s: string): { note?: string } | null {
  const q = s[0];
  const v = s.length >= 2 && (q === '"' || q === "'") && s[s.length - 1] === q ? s.slice(1, -1) : s;
  return standIn(v) ? null : {};
}

/**
 * A word that stands in for a password: a variable or substitution (`$PASS`, `${PASS}`, `$(cat f)`, `%PASS%`), a
 * template (`{{ pw }}`, `{pw}`), a metavariable of usage text (`<password>`, `[password]`) or a placeholder, also
 * with its words joined by `-` or `_` (`my-password`, `your_password`).
 */
function standIn(s: string): boolean {
  const c = s[0];
  if (c === '$' || c === '%' || c === '{' || c === '[' || c === '<') return true;
  const lower = s.toLowerCase();
  return PLACEHOLDERS.has(lower) || PLACEHOLDERS.has(lower.split('-').join('').split('_').join(''));
}

/**
 * Shell words a command-line password is not: a stand-in (standIn: `$PASS`, `{pw}`, `<password>`, `my-password`),
 * the next option, an elided value, a translated metavariable. After an option that reads its value as the next word
 * (`--password VALUE`, `docker login -p VALUE`) also not letters of one case (`_` allowed): a word of prose
 * ("the --password flag") or of usage text (`--password string`, `--password TEXT`, `--password DB_PASS`,
 * `--password PALAVRA-PASSE`). A
 * value written onto its option (`mysql -proot`, `sshpass -p root`) is a password whatever its letters.
 */
function commandLinePassword(words: boolean): (s: string) => { note: string } | null {
  return (s) => {
    // A stand-in, or the next option (`--password --user bob`).
    if (standIn(s) || s[0] === '-') return null;
    // An elided value of usage text (`--password=...     Password for mysqladmin user.`, `--password ***`).
    if ([...s].every((ch) => ch === '.' || ch === '*' || ch === '…' || ch === '•')) return null;
    if (translatedMetavariable(s)) return null;
    // A translated sentence runs straight on from the option it names (`--password を両方指定することはできません`,
    // wget's Japanese messages; `-p로 암호를 묻습니다`): no password starts with a Han, kana, Hangul or Thai letter.
    if (isUnspacedScript(s.charCodeAt(0))) return null;
    if (!words) return { note: 'command-line password' };
    let lowerOnly = true;
    let upperOnly = true;
    for (const ch of s) {
      if (ch === '_' || ch === '-') continue;
      if (!(ch >= 'a' && ch <= 'z')) lowerOnly = false;
      if (!(ch >= 'A' && ch <= 'Z')) upperOnly = false;
    }
    return lowerOnly || upperOnly ? null : { note: 'command-line password' };
  };
}

/**
 * A password in shell words after an option: single- or double-quoted (not starting with a blank, so the
 * quote that closes a string of code, `"--password=" + pw + "…"`, does not open one), or bare up to a blank
 * or a shell operator (`;`, `|`, `&`, `<`, `>`, parentheses, which unquoted are never part of a word) and not
 * starting with `-` (the next option). In the first group that takes part.
 */
const SHELL_VALUE = `(?:'([^'\\s][^'\\n]{2,127})'|"([^"\\s][^"\\n]{2,127})"|([^\\s'"\`;|&<>()\\-][^\\s'"\`;|&<>()]{2,127}))`;
/**
 * Options on one line or continued with a backslash, up to the next command (`|`, `;`, `&&`): at most 400
 * characters or continuations (up to 1,200 units).
 */
const SAME_COMMAND = '(?:[^\\n|;&]|\\\\\\r?\\n){0,400}?';
/** `password` and at most one word before it (`db-password`), after `--`. */
const OPTION_NAME = '(?:[a-z][a-z0-9]{0,15}-)?password';
/** Stop words of the command-line rules, as curl-user-password's. */
const SHELL_STOPWORDS: readonly string[] = ['$', '<', '{{', '%s', '****', 'xxxx', 'your_', 'your-'];

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const pair = (r: Rand): string => `svc${randomString(r, '0123456789', 3)}:${randomString(r, ALNUM, 18)}`;

export const HTTP_CREDENTIAL_RULES: readonly SecretRule[] = [
  {
    id: 'basic-auth-header',
    type: 'HTTP_CREDENTIAL',
    regex: `(?i:authorization)["']?\\s{0,3}[:=]\\s{0,3}["']?(?i:basic)\\s{1,3}([A-Za-z0-9+/]{8,}={0,2})`,
    group: 1,
    keywords: ['authorization'],
    anchor: { literals: ['authorization'], within: 0 },
    score: 0.9,
    maxLength: 1100,
    validate: userPassword,
    sample: (r) => `curl -H "Authorization: Basic ${b64(pair(r))}" https://api.example.net/v1`,
  },
  {
    id: 'registry-auth',
    type: 'HTTP_CREDENTIAL',
    // Docker config.json `"auth": "…"` and .npmrc `_auth=…`.
    regex: `(?:"auth"\\s{0,3}:\\s{0,3}"|\\b_auth\\s{0,3}=\\s{0,3}["']?)([A-Za-z0-9+/]{8,}={0,2})`,
    group: 1,
    keywords: ['auth'],
    score: 0.9,
    maxLength: 1100,
    validate: userPassword,
    sample: (r) => `{"auths": {"registry.example.net": {"auth": "${b64(pair(r))}"}}}`,
  },
  {
    id: 'url-credentials',
    type: 'HTTP_CREDENTIAL',
    ...userinfoPassword('https?|wss?|git|ssh|ftps?|svn', 3),
    password: true,
    anchor: { literals: ['://'], within: 5 },
    score: 0.85,
    maxLength: 650,
    // Not a placeholder, also in a usage text's brackets (`ftp://[[user][:pass]@]host`), and not a port number
    // (`https://host:8080@…` is a URL trick, not a password).
    validate: (s) => (PLACEHOLDERS.has(withoutClosingBrackets(s).toLowerCase()) || (s.length <= 5 && [...s].every((c) => c >= '0' && c <= '9')) ? null : {}),
    sample: (r) => `git remote add origin https://deploy:${randomString(r, ALNUM, 20)}@git.example.net/org/app.git`,
  },
  {
    id: 'curl-user-password',
    type: 'HTTP_CREDENTIAL',
    // `curl … -u user:password` / `--user user:password` / `--user=…`, options on one line or continued
    // with a backslash; the finding is the password. `-u user` alone (curl prompts), `-u key:` (the key
    // is the user name, a vendor rule's) and shell variables are not passwords.
    // A quoted pair may hold spaces; the password is in the first group that took part.
    regex: `\\bcurl\\b(?:[^\\n]|\\\\\\r?\\n){0,400}?\\s(?:-u\\s{0,3}|--user(?:\\s{1,3}|=))(?:"[^\\s:"]{1,128}:([^"\\n]{3,256})"|'[^\\s:']{1,128}:([^'\\n]{3,256})'|[^\\s:"']{1,128}:([^\\s"']{3,256}))`,
    keywords: ['curl'],
    anchor: { literals: ['curl'], within: 0 },
    password: true,
    score: 0.85,
    maxLength: 800,
    stopwords: ['$', '<', '{{', '%s', '****', 'xxxx'],
    validate: (s) => (PLACEHOLDERS.has(s.toLowerCase()) ? null : {}),
    sample: (r) => `curl -sS -u deploy:${randomString(r, ALNUM, 20)} https://ci.example.net/api/json`,
  },
  {
    id: 'mysql-password',
    type: 'HTTP_CREDENTIAL',
    // `mysql -u root -pS3cr3t db`: the MySQL and MariaDB clients read a password written right after `-p`
    // (`-p` alone, or followed by a blank, prompts). The command starts a shell word; `-p` starts another.
    regex: `(?:^|[\\s;|&(\`'"])(?:mysql(?:dump|admin|import|show|check|pump|sh)?|mariadb(?:-?dump|-?admin|-?import|-?show|-?check)?)(?:\\s${SAME_COMMAND})?\\s-p${SHELL_VALUE}`,
    keywords: ['mysql', 'mariadb'],
    anchor: { literals: ['mysql', 'mariadb'], within: 1, caseSensitive: true },
    password: true,
    score: 0.85,
    maxLength: 1400,
    stopwords: SHELL_STOPWORDS,
    validate: commandLinePassword(false),
    sample: (r) => `mysqldump -h db.internal -u backup -p${randomString(r, ALNUM, 14)}9 --single-transaction shop > shop.sql`,
  },
  {
    id: 'sshpass-password',
    type: 'HTTP_CREDENTIAL',
    // `sshpass -p PASSWORD ssh …`: only sshpass's own options may come before `-p` (-f file, -d fd, -P prompt,
    // -e, -v, -h, -V), so the `-p 2222` port of the ssh command after it is not read.
    regex: `\\bsshpass(?:\\s{1,3}-(?:[fdP]\\s{0,3}[^\\s\\-][^\\s]{0,127}|[evhV])){0,4}\\s{1,3}-p\\s{0,3}${SHELL_VALUE}`,
    keywords: ['sshpass'],
    anchor: { literals: ['sshpass'], within: 0, caseSensitive: true },
    password: true,
    score: 0.85,
    maxLength: 700,
    stopwords: SHELL_STOPWORDS,
    validate: commandLinePassword(false),
    sample: (r) => `sshpass -p '${randomString(r, ALNUM, 12)}7!' ssh -o StrictHostKeyChecking=no deploy@10.0.4.12 'systemctl restart app'`,
  },
  {
    id: 'registry-login-password',
    type: 'HTTP_CREDENTIAL',
    // `docker login -u bob -p TOKEN registry.example.net` (podman, nerdctl, buildah alike); `--password` is
    // cli-password-option's, and `--password-stdin` reads no value from the line.
    regex: `\\b(?:docker|podman|nerdctl|buildah)\\s{1,3}login\\b${SAME_COMMAND}\\s-p(?:\\s{1,3}|=)?${SHELL_VALUE}`,
    keywords: ['docker', 'podman', 'nerdctl', 'buildah'],
    anchor: { literals: ['docker', 'podman', 'nerdctl', 'buildah'], within: 0, caseSensitive: true },
    password: true,
    score: 0.85,
    maxLength: 1400,
    stopwords: SHELL_STOPWORDS,
    validate: commandLinePassword(true),
    sample: (r) => `echo building && docker login -u ci-bot -p ${randomString(r, ALNUM, 20)}3 registry.example.net`,
  },
  {
    id: 'cli-password-option',
    type: 'HTTP_CREDENTIAL',
    // `--password=VALUE` or `--password VALUE` in any command, also `--db-password` and the like (one word
    // before it); `--password-stdin`, `--password-file` and a following option are no value. Also the exec
    // form of a list of arguments (`["app", "--password", "VALUE"]`: a Dockerfile's CMD, a Kubernetes
    // container's args, Python's subprocess), where the value is the next quoted item (not `default="…"`).
    regex: `(?:^|[\\s"'])--${OPTION_NAME}(?:=|\\s{1,3})${SHELL_VALUE}` +
      `|"--${OPTION_NAME}"\\s{0,3},\\s{0,3}"([^"\\s][^"\\n]{2,127})"|'--${OPTION_NAME}'\\s{0,3},\\s{0,3}'([^'\\s][^'\\n]{2,127})'`,
    keywords: ['-password'],
    anchor: { literals: ['-password'], within: 19, caseSensitive: true },
    password: true,
    score: 0.8,
    // The exec form is the longest: a quote, `--`, 17 + 8 option characters, a quote, 7 around the comma,
    // 130 quoted characters (166).
    maxLength: 170,
    stopwords: SHELL_STOPWORDS,
    validate: commandLinePassword(true),
    sample: (r) => `helm install app ./chart --set image.tag=1.4.2 --db-password=${randomString(r, ALNUM, 16)}2 --namespace prod`,
  },
  {
    id: 'netrc-password',
    type: 'HTTP_CREDENTIAL',
    regex: `\\bmachine\\s{1,8}\\S{1,253}\\s{1,8}login\\s{1,8}\\S{1,128}\\s{1,8}password\\s{1,8}(\\S{3,256})`,
    group: 1,
    keywords: ['machine'],
    password: true,
    anchor: { literals: ['machine'], within: 0 },
    score: 0.85,
    maxLength: 680,
    validate: netrcPassword,
    sample: (r) => `~/.netrc:\nmachine api.example.net login ci password ${randomString(r, ALNUM, 20)}\n`,
  },
  {
    id: 'bearer-token',
    type: 'GENERIC_SECRET',
    regex: `(?i:\\bbearer)\\s{1,3}([A-Za-z0-9._~+/\\-]{20,}=*)`,
    group: 1,
    keywords: ['bearer'],
    anchor: { literals: ['bearer'], within: 0 },
    score: 0.7,
    maxLength: 4096,
    validate(s) {
      let digit = false;
      let letter = false;
      for (const ch of s) {
        if (ch >= '0' && ch <= '9') digit = true;
        else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) letter = true;
      }
      return digit && letter && shannonEntropy(s) >= 3.5 ? { note: 'bearer token' } : null;
    },
    sample: (r) => `Authorization: Bearer ${randomString(r, ALNUM, 40)}`,
  },
];
