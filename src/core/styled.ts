// Letters and digits written in a decorative style that Unicode normalisation (NFKC) leaves alone or turns
// into something else: what "fancy text" generators and a model told to "write it in bubble letters" or
// "in small caps" produce. Both normalisers (src/detectors/normalize.ts, injection/normalize.ts) read them
// as the plain letters and digits they stand for, so a pattern or a model sees "jane.doe@example.com" in
// "🅙🅐🅝🅔.🅓🅞🅔@…", "ᴊᴀɴᴇ.ᴅᴏᴇ@…" or "⒥⒜⒩⒠.⒟⒪⒠@…", and "ignore" in "ȧ" styles ("ïġṅȯṙė").
// NFKC already reads the circled (ⓐ Ⓐ ① ⑪), squared (🄰), full-width and mathematical forms.
import { codeUnits } from './units.ts';

/** Small capitals (IPA and phonetic-extension letters, no language's orthography) by code point. */
const SMALL_CAPS: ReadonlyMap<number, string> = new Map(
  [...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ'].map((c, k) => [c.codePointAt(0)!, 'abcdefghijklmnoprstuvwyz'[k]]),
);

/**
 * The plain letters or digits a styled code point stands for, or undefined: small capitals; negative
 * circled and squared letters (🅐 🅰), regional indicator letters (🇦, which pair into flags: a flag reads as
 * its two-letter code); parenthesised letters and digits (⒜ ⑴, which NFKC turns into "(a)" and "(1)") and
 * digits with a full stop (⒈); negative circled and dingbat circled digits (❶ ➀ ➊ ⓫ ⓿).
 */
export function styledOf(cp: number): string | undefined {
  if (cp < 0x262) return undefined;
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(0x41 + cp - 0x1f150); // 🅐–🅩
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(0x41 + cp - 0x1f170); // 🅰–🆉
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return String.fromCharCode(0x41 + cp - 0x1f1e6); // 🇦–🇿
  if (cp >= 0x249c && cp <= 0x24b5) return String.fromCharCode(0x61 + cp - 0x249c); // ⒜–⒵
  if (cp >= 0x2474 && cp <= 0x2487) return String(cp - 0x2474 + 1); // ⑴–⒇
  if (cp >= 0x2488 && cp <= 0x249b) return String(cp - 0x2488 + 1); // ⒈–⒛
  if (cp >= 0x2776 && cp <= 0x277f) return String(cp - 0x2776 + 1); // ❶–❿
  if (cp >= 0x2780 && cp <= 0x2789) return String(cp - 0x2780 + 1); // ➀–➉
  if (cp >= 0x278a && cp <= 0x2793) return String(cp - 0x278a + 1); // ➊–➓
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11); // ⓫–⓴
  if (cp === 0x24ff) return '0'; // ⓿
  return SMALL_CAPS.get(cp);
}

/** Whether a code unit may begin a styled code point (a cheap pre-check; both halves of the astral ones' first unit). */
export function mayBeStyled(c: number): boolean {
  return c === 0xd83c || (c >= 0x2474 && c <= 0x24ff) || (c >= 0x2776 && c <= 0x2793) ||
    (((c >= 0x262 && c <= 0x29f) || (c >= 0x1d00 && c <= 0x1d22) || c === 0xa730 || c === 0xa731) && SMALL_CAPS.has(c));
}

/**
 * A precomposed Latin letter with marks over an ASCII letter ("ȧ", "ṅ", "é"): that ASCII letter, or
 * undefined. Read by decoratedTokens.
 */
export function accentBase(cp: number): string | undefined {
  if (cp < 0xc0 || cp > 0x1eff) return undefined;
  const b = ACCENT_BASE[cp - 0xc0];
  return b === 0 ? undefined : String.fromCharCode(b);
}

/** accentBase for U+00C0–1EFF, read off NFD once: the ASCII letter, or 0. */
const ACCENT_BASE = Uint8Array.from({ length: 0x1f00 - 0xc0 }, (_, k) => {
  const cp = 0xc0 + k;
  if (cp > 0x24f && cp < 0x1e00) return 0;
  const d = String.fromCharCode(cp).normalize('NFD');
  const b = d.charCodeAt(0);
  return d.length > 1 && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ? b : 0;
});

/** Whether a code unit is a letter accentBase reads. */
export function isAccented(c: number): boolean {
  return c >= 0xc0 && c <= 0x1eff && ACCENT_BASE[c - 0xc0] !== 0;
}

/** Letters in a token, at least, for it to be read as decorated; and the share of them with marks. */
const DECORATED_LETTERS = 4;
const DECORATED_SHARE = 0.75;

/**
 * Ranges [start, end) of `text`'s decorated tokens, flat: whitespace-separated tokens of DECORATED_LETTERS
 * Latin letters or more, three in four of them precomposed with marks over an ASCII letter ("ġṅȯṙė",
 * "jȧṅė.ḋȯė@ėẋȧṁṗlė.ċȯṁ"): a style, not a language's spelling (French "été" has three letters, Czech
 * "příští" four accented of six, Vietnamese "người" two of five). Their letters are read without the
 * marks. Linear; empty for a text without such a letter.
 */
export function decoratedTokens(text: string): readonly number[] {
  if (text === lastText) return lastRanges;
  const out: number[] = [];
  const u = codeUnits(text);
  const n = text.length;
  let start = 0;
  let letters = 0;
  let accented = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? u[i] : 0x20;
    if (c < 0x80) {
      const k = TOKEN_CLASS[c];
      if (k === 1) letters++;
      else if (k === 2) {
        if (letters >= DECORATED_LETTERS && accented >= letters * DECORATED_SHARE) out.push(start, i);
        start = i + 1;
        letters = 0;
        accented = 0;
      }
    } else if (isAccented(c)) {
      letters++;
      accented++;
    }
  }
  lastText = text;
  lastRanges = out;
  return out;
}

/** ASCII classes for decoratedTokens: 1 a letter, 2 whitespace (a token's end), 0 other. */
const TOKEN_CLASS = Uint8Array.from({ length: 0x80 }, (_, c) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c ? 2 : 0);

// The last text and its ranges: the normaliser's mayChange and its walk, and several detectors, ask for the
// same text in turn.
let lastText: string | null = null;
let lastRanges: readonly number[] = [];
