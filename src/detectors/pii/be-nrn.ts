// BE_NRN: Belgian national register number (rijksregisternummer, numéro de registre national),
// YY.MM.DD-SSS.CC: the birth date (month or day 00 when unknown; bis numbers add 20 or 40 to the
// month), a serial (odd: men, even: women) and a check 97 − (the first nine digits mod 97), with a 2
// written before those digits for births from 2000. The dotted layout with its check is strong alone;
// bare digits need a context word.
import { allDigits, digitsOf, isCalendarDate } from '../checksums.ts';
import { dotJoined, hyphenJoined, type Recognizer } from '../recognizer.ts';

export function nrnValid(d: string): boolean {
  if (d.length !== 11 || !allDigits(d)) return false;
  const body = Number(d.slice(0, 9));
  const check = Number(d.slice(9));
  const century = check === 97 - (body % 97) ? 1900 : check === 97 - ((2_000_000_000 + body) % 97) ? 2000 : 0;
  if (century === 0) return false;
  const serial = Number(d.slice(6, 9));
  if (serial === 0 || serial === 999) return false;
  const month = Number(d.slice(2, 4)) % 20;
  const day = Number(d.slice(4, 6));
  if (Number(d.slice(2, 4)) > 52 || month > 12) return false;
  // A birth date not fully known is written with zeros.
  return month === 0 || day === 0 ? day <= 31 : isCalendarDate(century + Number(d.slice(0, 2)), month, day);
}

export const recognizer: Recognizer = {
  id: 'be_nrn',
  type: 'BE_NRN',
  country: 'BE',
  patterns: [
    { name: 'nrn', regex: '\\b\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}\\b', score: 0.5 },
    { name: 'bare', regex: '\\b\\d{6}[- ]?\\d{3}[- .]?\\d{2}\\b', score: 0.4, contextRequired: true },
  ],
  maxLength: 15,
  context: ['rijksregisternummer', 'rijksregister', 'registre national', 'numéro national', 'insz', 'niss', 'national number', 'nationaal nummer'],
  validate(value, text, start, end) {
    if (hyphenJoined(text, start, end) || dotJoined(text, start, end)) return null;
    if (!nrnValid(digitsOf(value))) return null;
    return value.includes('.') && value.length === 15 ? { score: 0.85, note: 'mod 97, date' } : { score: 0.5, note: 'mod 97, date' };
  },
  examples: {
    match: ['rijksregisternummer 85.07.30-033.28', '85.07.30-033.28', 'NISS: 85073003328'],
    noMatch: ['85.07.30-033.29', 'factuur 85073003328', '1.85.07.30-033.28'],
  },
};
