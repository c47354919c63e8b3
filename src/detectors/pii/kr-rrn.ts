// KR_RRN: Korean resident registration number (주민등록번호), YYMMDD-GNNNNNN: the birth date, a digit
// G for sex and century (9, 0: 1800s; 1, 2, 5, 6: 1900s; 3, 4, 7, 8: 2000s; 5-8 foreign residents)
// and six more digits. Numbers issued until October 2020 end in a check digit (weights 2..9, 2..5;
// (11 − sum mod 11) mod 10); later ones end in random digits, so a failed check only lowers the score.
// With the dash, the date and the century digit the layout is distinctive (0.5; 0.85 when the check
// digit holds); bare thirteen digits need a context word.
import { allDigits, digitsOf, isCalendarDate, weightedSum } from '../checksums.ts';
import { hyphenJoined, type Recognizer } from '../recognizer.ts';

const CENTURY = [1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800];

/** `d`: 13 digits. 'checked': date, century digit and check digit hold; 'shape': the check digit does not; null: neither. */
export function rrnValidity(d: string): 'checked' | 'shape' | null {
  if (d.length !== 13 || !allDigits(d)) return null;
  const year = CENTURY[d.charCodeAt(6) - 48] + Number(d.slice(0, 2));
  if (!isCalendarDate(year, Number(d.slice(2, 4)), Number(d.slice(4, 6)))) return null;
  const check = (11 - (weightedSum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return check === d.charCodeAt(12) - 48 ? 'checked' : 'shape';
}

export const recognizer: Recognizer = {
  id: 'kr_rrn',
  type: 'KR_RRN',
  country: 'KR',
  patterns: [
    { name: 'rrn', regex: '\\b\\d{6}-\\d{7}\\b', score: 0.4 },
    { name: 'bare', regex: '\\b\\d{13}\\b', score: 0.4, contextRequired: true },
  ],
  maxLength: 14,
  context: ['주민등록번호', '주민번호', 'resident registration', 'rrn'],
  validate(value, text, start, end) {
    if (hyphenJoined(text, start, end)) return null;
    const dashed = value.includes('-');
    const v = rrnValidity(digitsOf(value));
    if (v === null) return null;
    if (v === 'checked') return { score: dashed ? 0.85 : 0.5, note: 'date, check digit' };
    return { score: dashed ? 0.5 : 0.4, note: 'date' };
  },
  examples: {
    match: ['주민등록번호: 900101-1234568', '900101-1234568', 'RRN 9001011234568'],
    noMatch: ['901301-1234568', 'order 9001011234568', '900101-1234568-1'],
  },
};
