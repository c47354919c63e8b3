// CONNECTION_STRING: URLs with an embedded password (postgres://user:pass@host, mongodb+srv://,
// redis://:pass@, amqp(s)://, mysql, mssql, ldap, ftp, smtp …), also with a `+driver` suffix on the
// scheme as SQLAlchemy and friends write it (postgresql+psycopg2://, mysql+pymysql://, mssql+pyodbc://,
// oracle+cx_oracle://). The finding covers the password only,
// so a mask keeps the rest of the URL readable. Obvious placeholders are dropped.
import { ALNUM, randomString, type SecretRule } from './rule.ts';

const BASE_SCHEMES = 'postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|ldaps?|s?ftp|smtps?|imaps?|nats|kafka|couchdb|neo4j|jdbc:[a-z]{2,16}';
/** Longest `+driver` suffix (`+mariadbconnector`, `+cx_oracle`, `+srv`, `+s`). */
const DRIVER_MAX = 24;
const SCHEMES = `(?:${BASE_SCHEMES})(?:\\+[a-z][a-z0-9_]{0,${DRIVER_MAX - 1}})?`;

/** Passwords that are documentation placeholders, not credentials. */
/**
 * "Password" as translated manuals write the metavariable (`http://Benutzer:Passwort@Server:Port/`, apt.conf(5) in
 * German), lower case.
 */
export const PASSWORD_WORDS: readonly string[] = [
  'passwort', 'kennwort', 'motdepasse', 'mot-de-passe', 'mot_de_passe', 'contraseña', 'contrasena', 'clave', 'senha', 'parola', 'wachtwoord',
  'hasło', 'haslo', 'şifre', 'sifre', 'heslo', 'salasana', 'lösenord', 'passord', 'adgangskode', 'jelszó', 'пароль', 'パスワード', '密码', '密碼', '비밀번호',
];
const PLACEHOLDERS = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'xxx', 'user', 'username', 'pw', 'mypassword', 'yourpassword', 'your_password', 'example', ...PASSWORD_WORDS]);

/** `s` without the `]` that close a usage text's optional parts at its end (`ftp://[[user][:pass]@]host`: `pass]`). */
export function withoutClosingBrackets(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 0x5d) e--;
  return s.slice(0, e);
}

/**
 * A URL of one of `schemes` (an RE2 alternation) with a password in its userinfo, the password in
 * group 1 (at least `minPassword` characters), and the stop words that mark a templated one. Shared
 * with http-credentials.ts (the web and VCS schemes).
 */
export function userinfoPassword(schemes: string, minPassword: number): Pick<SecretRule, 'regex' | 'group' | 'keywords' | 'stopwords'> {
  return {
    // The password runs to the last '@' of the authority, as URL parsers read it ("p@ssw0rd!2024@db" has
    // the password "p@ssw0rd!2024"; with '@' left out of it, "p" was the finding and the rest stayed in clear).
    regex: `(?i:\\b(?:${schemes})://)[^\\s:/@"'<>]{0,128}:([^\\s/"'<>]{${minPassword},256})@[^\\s/"'<>?#@]{1,256}`,
    group: 1,
    keywords: ['://'],
    stopwords: ['****', '${', '{{', '<', '%s', '%(', 'xxxx'],
  };
}

export const connectionStringRule: SecretRule = {
  id: 'connection-string',
  type: 'CONNECTION_STRING',
  ...userinfoPassword(SCHEMES, 1),
  password: true,
  // The scheme before "://" is at most 21 characters (jdbc: plus a 16-letter driver name), plus a
  // `+driver` suffix of at most DRIVER_MAX + 1.
  anchor: { literals: ['://'], within: 21 + DRIVER_MAX + 1 },
  score: 0.85,
  maxLength: 650,
  validate: (s) => {
    if (PLACEHOLDERS.has(withoutClosingBrackets(s).toLowerCase())) return null;
    return s.length < 3 ? { score: 0.5, note: 'short password' } : {};
  },
  sample: (r) => {
    const scheme = ['postgres', 'mongodb+srv', 'redis', 'amqp', 'mysql', 'postgresql+psycopg2', 'mysql+pymysql'][Math.floor(r() * 7)];
    const user = scheme === 'redis' ? '' : 'app';
    return `DATABASE_URL=${scheme}://${user}:${randomString(r, ALNUM, 16)}@db.internal:5432/prod`;
  },
};
