// SE_PERSONNUMMER: Swedish personal identity number, the birth date YYMMDD (or YYYYMMDD), "-" ("+"
// from the holder's hundredth year), three serial digits and a Luhn check digit over the ten digits
// YYMMDDNNNC. Coordination numbers (samordningsnummer) add 60 to the day. Luhn and the date leave one
// date-and-serial figure in ten (invoice and ticket numbers are written that way), so without a context
// word a finding stays weak (0.45); bare digits need the word.
import { digitsOf, isDayOfTwoDigitYear, luhn } from '../checksums.ts';
import { hyphenJoined, type Recognizer } from '../recognizer.ts';

/** `d`: the 10 or 12 digits of the number, separators dropped. */
export function personnummerValid(d: string): boolean {
  if (d.length === 12) {
    const c = d.slice(0, 2);
    if (c !== '18' && c !== '19' && c !== '20') return false;
    d = d.slice(2);
  }
  if (d.length !== 10 || !luhn(d)) return false;
  let day = Number(d.slice(4, 6));
  if (day > 60) day -= 60;
  // The ten-digit form does not write the century.
  return isDayOfTwoDigitYear(Number(d.slice(0, 2)), Number(d.slice(2, 4)), day);
}

export const recognizer: Recognizer = {
  id: 'se_personnummer',
  type: 'SE_PERSONNUMMER',
  country: 'SE',
  patterns: [
    { name: 'personnummer', regex: '\\b(?:\\d{2})?\\d{6}[-+]\\d{4}\\b', score: 0.4 },
    { name: 'bare', regex: '\\b(?:\\d{2})?\\d{10}\\b', score: 0.4, contextRequired: true },
  ],
  maxLength: 13,
  context: ['personnummer', 'personnr', 'person nr', 'samordningsnummer', 'personal identity number', 'pnr'],
  validate(value, text, start, end) {
    if (hyphenJoined(text, start, end)) return null;
    return personnummerValid(digitsOf(value)) ? { score: 0.45, note: 'luhn, date' } : null;
  },
  examples: {
    match: ['personnummer 811218-9876', 'Personnr: 19811218-9876', 'samordningsnummer 701063-2391'],
    noMatch: ['personnummer 811218-9875', 'personnummer 811318-9874', 'faktura 811218-9876'],
  },
};
