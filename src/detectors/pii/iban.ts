// IBAN: country code + check digits + BBAN (compact, or in groups of four joined by spaces or by dashes),
// per-country length table and ISO 7064 mod 97-10.
import { alnumUpper, mod97 } from '../checksums.ts';
import { isAsciiAlnum } from '../../core/units.ts';
import { charBefore, type Recognizer } from '../recognizer.ts';

/** IBAN length per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33,
  SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

/** True when `s` (separators allowed) is a valid IBAN. */
export function isValidIban(s: string): boolean {
  const v = alnumUpper(s);
  const len = IBAN_LENGTHS[v.slice(0, 2)];
  return len !== undefined && v.length === len && mod97(v.slice(4) + v.slice(0, 4)) === 1;
}

export const recognizer: Recognizer = {
  id: 'iban',
  type: 'IBAN',
  patterns: [
    { name: 'iban', regex: '\\b[A-Za-z]{2}\\d{2} ?(?:[A-Za-z0-9]{4} ?){2,7}[A-Za-z0-9]{1,4}\\b', score: 0.3 },
    // Groups of four joined by dashes, as some forms and exports print it ("DE89-3704-0044-0532-0130-00").
    { name: 'iban-dashed', regex: '\\b[A-Za-z]{2}\\d{2}-(?:[A-Za-z0-9]{4}-){2,7}[A-Za-z0-9]{1,4}\\b', score: 0.3 },
  ],
  maxLength: 34 + 8,
  context: ['iban', 'bank', 'account', 'transfer', 'swift', 'bic'],
  contextBoost: 0.05,
  validate(value, text, start) {
    const cc = value.slice(0, 2).toUpperCase();
    const len = IBAN_LENGTHS[cc];
    if (len === undefined) return null;
    // Take exactly `len` alphanumerics: the greedy pattern may have run into a following word.
    let taken = 0;
    let cut = -1;
    for (let i = 0; i < value.length; i++) {
      if (value[i] !== ' ' && value[i] !== '-') taken++;
      if (taken === len) { cut = i + 1; break; }
    }
    if (cut < 0) return null;
    // A dashed run that goes on before or after the IBAN's characters is a longer identifier.
    if (value[4] === '-' && (charBefore(text, start) === '-' || (text[start + cut] === '-' && isAsciiAlnum(text.charCodeAt(start + cut + 1))))) return null;
    const v = alnumUpper(value.slice(0, cut));
    if (mod97(v.slice(4) + v.slice(0, 4)) !== 1) return null;
    return { score: 0.95, note: 'mod97', start, end: start + cut };
  },
  examples: {
    match: ['IBAN DE89 3704 0044 0532 0130 00 please', 'GB82WEST12345698765432', 'fr1420041010050500013m02606', 'IBAN: DE89-3704-0044-0532-0130-00'],
    noMatch: ['DE89 3704 0044 0532 0130 01', 'GB82WEST1234569876543', 'XX82WEST12345698765432'],
  },
};
