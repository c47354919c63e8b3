// IN_AADHAAR: 12 digits, first digit 2–9, Verhoeff check digit. One in ten random numbers passes,
// so the score stays weak without an "aadhaar"/"uidai" context word. Twelve digits that continue in
// another digit group ("4000 0000 0051 4735", a card; "6726 0574 9277 60.43", a ledger line's account
// number and amount), or follow one, are part of a longer number, not an Aadhaar number.
import { digitsOf, verhoeff } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export const recognizer: Recognizer = {
  id: 'in_aadhaar',
  type: 'IN_AADHAAR',
  country: 'IN',
  patterns: [{ name: 'aadhaar', regex: '\\b[2-9]\\d{3}[ \\-]?\\d{4}[ \\-]?\\d{4}\\b', score: 0.3 }],
  maxLength: 14,
  context: ['aadhaar', 'aadhar', 'uidai', 'uid'],
  contextBoost: 0.55,
  validate(value, text, start, end) {
    if (groupContinues(text, start, end)) return null;
    return verhoeff(digitsOf(value)) ? { score: 0.35, note: 'verhoeff' } : null;
  },
  examples: {
    match: ['Aadhaar: 2345 6789 0124', 'my aadhaar number is 499118665246'],
    noMatch: ['Aadhaar 2345 6789 0125', 'aadhaar 1234 5678 9012', 'card 2345 6789 0124 4735', 'ref 4000 2345 6789 0124'],
  },
};

/** A space or hyphen and a digit right after text[start, end), or a digit and a space or hyphen right before it. */
function groupContinues(text: string, start: number, end: number): boolean {
  const sep = (c: number): boolean => c === 0x20 || c === 0x2d;
  const digit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  return (sep(text.charCodeAt(end)) && digit(text.charCodeAt(end + 1))) || (start >= 2 && sep(text.charCodeAt(start - 1)) && digit(text.charCodeAt(start - 2)));
}
