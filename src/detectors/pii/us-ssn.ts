// US_SSN: AAA-GG-SSSS. No checksum exists; validity rules: area not 000, 666 or 900–999; group not 00;
// serial not 0000; and a short deny list of numbers known to be published examples (078-05-1120,
// 219-09-9999, 123-45-6789, 111-11-1111 style repeats). Undashed nine digits need context.
import { digitsOf, oneRepeatedChar } from '../checksums.ts';
import { hyphenJoined, type Recognizer } from '../recognizer.ts';

const KNOWN_INVALID = new Set(['078051120', '219099999', '123456789', '987654320']);

export const recognizer: Recognizer = {
  id: 'us_ssn',
  type: 'US_SSN',
  country: 'US',
  patterns: [
    { name: 'dashed', regex: '\\b\\d{3}-\\d{2}-\\d{4}\\b', score: 0.6 },
    { name: 'spaced', regex: '\\b\\d{3} \\d{2} \\d{4}\\b', score: 0.4 },
    { name: 'bare', regex: '\\b\\d{9}\\b', score: 0.3, contextRequired: true },
  ],
  maxLength: 11,
  context: ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'taxpayer'],
  validate(value, text, start, end) {
    if (hyphenJoined(text, start, end)) return null;
    const d = digitsOf(value);
    const area = d.slice(0, 3);
    if (area === '000' || area === '666' || area[0] === '9') return null;
    if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return null;
    if (KNOWN_INVALID.has(d) || oneRepeatedChar(d)) return null;
    return { note: 'ranges' };
  },
  examples: {
    match: ['SSN 460-89-9847', 'my social security number is 514 69 0360', 'ssn: 054286917'],
    noMatch: ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000', '123-45-6789', '078-05-1120', 'call 555-12-3456-7'],
  },
};
