// ES_DNI: Spanish DNI (8 digits + check letter) and NIE (X/Y/Z + 7 digits + check letter); the letter
// is TRWAGMYFPDXBNJZSQVHLCKE[number mod 23] with X=0, Y=1, Z=2 for NIE.
import { alnumUpper } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function dniValid(v: string): boolean {
  let digits = v.slice(0, -1);
  const first = digits[0];
  if (first === 'X' || first === 'Y' || first === 'Z') digits = String('XYZ'.indexOf(first)) + digits.slice(1);
  if (digits.length !== 8) return false;
  for (const ch of digits) if (ch < '0' || ch > '9') return false;
  return LETTERS[Number(digits) % 23] === v[v.length - 1];
}

export const recognizer: Recognizer = {
  id: 'es_dni',
  type: 'ES_DNI',
  country: 'ES',
  patterns: [
    { name: 'dni', regex: '\\b\\d{8}[ \\-]?[A-Za-z]\\b', score: 0.4 },
    { name: 'nie', regex: '\\b[XYZxyz][ \\-]?\\d{7}[ \\-]?[A-Za-z]\\b', score: 0.4 },
  ],
  maxLength: 11,
  context: ['dni', 'nie', 'documento nacional', 'identidad', 'nif'],
  contextBoost: 0.1,
  validate(value) {
    return dniValid(alnumUpper(value)) ? { score: 0.85, note: 'check letter' } : null;
  },
  examples: {
    match: ['DNI 12345678Z', 'NIE X1234567L', 'nif: 00000000-T'],
    noMatch: ['12345678A', 'X1234567A'],
  },
};
