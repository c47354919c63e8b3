// US_ITIN: Individual Taxpayer Identification Number, issued by the IRS to people who cannot have an
// SSN: nine digits 9XX-XX-XXXX whose middle group is 50–65, 70–88, 90–92 or 94–99. No check digit; the
// area 9XX is one US_SSN never takes. Undashed nine digits need a context word.
import { digitsOf } from '../checksums.ts';
import { hyphenJoined, type Recognizer } from '../recognizer.ts';

export function itinGroupValid(g: number): boolean {
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

export const recognizer: Recognizer = {
  id: 'us_itin',
  type: 'US_ITIN',
  country: 'US',
  patterns: [
    { name: 'dashed', regex: '\\b9\\d{2}-\\d{2}-\\d{4}\\b', score: 0.6 },
    { name: 'spaced', regex: '\\b9\\d{2} \\d{2} \\d{4}\\b', score: 0.4 },
    { name: 'bare', regex: '\\b9\\d{8}\\b', score: 0.3, contextRequired: true },
  ],
  maxLength: 11,
  context: ['itin', 'individual taxpayer', 'taxpayer identification', 'tax id', 'w-7'],
  validate(value, text, start, end) {
    if (hyphenJoined(text, start, end)) return null;
    const d = digitsOf(value);
    return itinGroupValid(Number(d.slice(3, 5))) ? { note: 'ranges' } : null;
  },
  examples: {
    match: ['ITIN 912-70-1234', 'individual taxpayer identification number: 987 65 4321', 'itin: 900941234'],
    noMatch: ['912-40-1234', '912-93-1234', 'ref 900941234', 'call 912-70-1234-5'],
  },
};
