// US_MBI: Medicare Beneficiary Identifier (CMS, since 2018), eleven characters with a fixed pattern of
// kinds: digit 1-9, letter, letter or digit, digit, letter, letter or digit, digit, letter, letter,
// digit, digit; the letters exclude S L O I B Z. Shown with dashes after the 4th and 7th characters
// (1EG4-TE5-MK73). No check digit: the pattern of kinds alone leaves about one random upper-case
// alphanumeric token of this length in 10,000, so a finding alone scores 0.6, with a context word 0.95.
import { hyphenJoined, type Recognizer } from '../recognizer.ts';

const L = '[AC-HJKMNP-RT-Y]';
const LD = '[AC-HJKMNP-RT-Y0-9]';

export const recognizer: Recognizer = {
  id: 'us_mbi',
  type: 'US_MBI',
  country: 'US',
  patterns: [{ name: 'mbi', regex: `\\b[1-9]${L}${LD}\\d-?${L}${LD}\\d-?${L}${L}\\d\\d\\b`, score: 0.6 }],
  maxLength: 13,
  context: ['medicare', 'mbi', 'beneficiary', 'cms'],
  validate(value, text, start, end) {
    // One dash without the other is no MBI layout; a token that continues with a dash is a longer code.
    const dashes = value.length - value.replaceAll('-', '').length;
    if (dashes === 1 || hyphenJoined(text, start, end)) return null;
    return { note: 'pattern' };
  },
  examples: {
    match: ['Medicare number 1EG4-TE5-MK73', 'member 1EG4TE5MK73 eligible'],
    noMatch: ['1EG4-TE5MK73', '1SG4-TE5-MK73', 'build 1EG4-TE5-MK73-2'],
  },
};
