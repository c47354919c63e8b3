// CN_RESIDENT_ID: Chinese resident identity card number (GB 11643-1999), eighteen characters: a
// six-digit address code whose first two digits are a province, the holder's birth date YYYYMMDD, a
// three-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X). Check character, province
// and a real calendar date together leave about one random 18-digit number in 50,000, so no context
// word is needed. The 15-digit cards issued before 1999 carry no check character: not covered.
import { alnumUpper, isCalendarDate } from '../checksums.ts';
import { hyphenJoined, type Recognizer } from '../recognizer.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** Province-level codes (first two digits of the address code). */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);

/** `v`: 18 characters, digits and an upper-case X last. */
export function cnIdValid(v: string): boolean {
  if (v.length !== 18) return false;
  let s = 0;
  for (let i = 0; i < 17; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    s += c * WEIGHTS[i];
  }
  if (CHECK[s % 11] !== v[17]) return false;
  if (!PROVINCES.has(Number(v.slice(0, 2)))) return false;
  const y = Number(v.slice(6, 10));
  return y >= 1900 && y <= 2099 && isCalendarDate(y, Number(v.slice(10, 12)), Number(v.slice(12, 14)));
}

export const recognizer: Recognizer = {
  id: 'cn_resident_id',
  type: 'CN_RESIDENT_ID',
  country: 'CN',
  patterns: [{ name: 'resident id', regex: '\\b\\d{6} ?\\d{8} ?\\d{3}[\\dXx]\\b', score: 0.4 }],
  maxLength: 20,
  context: ['身份证号码', '身份证号', '公民身份号码', 'resident id', 'resident identity', 'identity card', 'id card', 'citizen id'],
  validate(value, text, start, end) {
    if (hyphenJoined(text, start, end)) return null;
    return cnIdValid(alnumUpper(value)) ? { score: 0.85, note: 'check character, date' } : null;
  },
  examples: {
    match: ['身份证号码：11010519491231002X', 'Resident ID 320106 19850317 1237', 'applicant 11010519491231002x.'],
    noMatch: ['11010519491231002Y', '110105194912310021', '11010519491331002X', '99010519491231002X', 'order 110105194912310029-1'],
  },
};
