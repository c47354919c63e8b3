// FI_HETU: Finnish personal identity code (henkilötunnus), DDMMYY, a century sign ("+" 1800s; "-" or
// Y X W V U 1900s; A or B C D E F 2000s, the extra letters since 2023), a three-digit individual number
// and a check character: the nine digits DDMMYYNNN as one number mod 31, written from
// 0-9 A-F H J K L M N P R S T U V W X Y. The check and the date leave about one random figure of this
// layout in 60, so a finding alone scores 0.7, with a context word 1.
import { isCalendarDate } from '../checksums.ts';
import { hyphenJoined, type Recognizer } from '../recognizer.ts';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Readonly<Record<string, number>> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

/** `v`: 11 characters, upper-case. */
export function hetuValid(v: string): boolean {
  if (v.length !== 11) return false;
  const century = CENTURY[v[6]];
  if (century === undefined) return false;
  const digits = v.slice(0, 6) + v.slice(7, 10);
  let n = 0;
  for (let i = 0; i < 9; i++) {
    const c = digits.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    n = n * 10 + c;
  }
  if (CHECK[n % 31] !== v[10]) return false;
  return Number(v.slice(7, 10)) >= 2 && isCalendarDate(century + Number(v.slice(4, 6)), Number(v.slice(2, 4)), Number(v.slice(0, 2)));
}

export const recognizer: Recognizer = {
  id: 'fi_hetu',
  type: 'FI_HETU',
  country: 'FI',
  patterns: [{ name: 'hetu', regex: '\\b\\d{6}[-+ABCDEFUVWXY]\\d{3}[0-9ABCDEFHJKLMNPRSTUVWXY]\\b', score: 0.4 }],
  maxLength: 11,
  context: ['henkilötunnus', 'henkilotunnus', 'hetu', 'sotu', 'personbeteckning', 'personal identity code'],
  validate(value, text, start, end) {
    if (hyphenJoined(text, start, end)) return null;
    return hetuValid(value) ? { score: 0.7, note: 'check character, date' } : null;
  },
  examples: {
    match: ['henkilötunnus 131052-308T', 'asiakas 131052-308T'],
    noMatch: ['henkilötunnus 131052-308A', 'henkilötunnus 131352-308T', 'tilaus 131052-3089'],
  },
};
