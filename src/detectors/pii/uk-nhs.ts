// UK_NHS: NHS number (England, Wales, Isle of Man), ten digits usually written 3-3-4, the last a mod-11
// check digit over the nine before (weights 10..2; 11 minus the remainder, 11 read as 0, 10 never
// issued). The layout is a telephone number's, and one random number in eleven passes, so a context
// word is required.
import { digitsOf, oneRepeatedChar, weightedSum } from '../checksums.ts';
import { charBefore, hyphenJoined, type Recognizer } from '../recognizer.ts';

export function nhsValid(d: string): boolean {
  if (d.length !== 10 || oneRepeatedChar(d)) return false;
  const c = 11 - (weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (c === 10) return false;
  return (c === 11 ? 0 : c) === d.charCodeAt(9) - 48;
}

export const recognizer: Recognizer = {
  id: 'uk_nhs',
  type: 'UK_NHS',
  country: 'GB',
  patterns: [{ name: 'nhs', regex: '\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b', score: 0.4, contextRequired: true }],
  maxLength: 12,
  context: ['nhs', 'national health service', 'health and care number', 'chi number'],
  validate(value, text, start, end) {
    if (hyphenJoined(text, start, end) || charBefore(text, start) === '+') return null;
    return nhsValid(digitsOf(value)) ? { score: 0.5, note: 'check digit' } : null;
  },
  examples: {
    match: ['NHS number: 943 476 5919', 'nhs no 9434765919'],
    noMatch: ['NHS number: 943 476 5918', 'NHS number 111 111 1111', 'call 943 476 5919'],
  },
};
