// SG_NRIC: Singapore NRIC/FIN, prefix S/T (citizens) or F/G (foreigners) + 7 digits + check letter
// (weights 2,7,6,5,4,3,2; +4 for T/G). M-series FINs (since 2022) use a different table and are
// accepted on shape with a lower score.
import type { Recognizer } from '../recognizer.ts';

const ST = 'JZIHGFEDCBA';
const FG = 'XWUTRQPNMLK';

export function nricValid(v: string): boolean | 'unchecked' {
  const p = v[0];
  if (p === 'M') return 'unchecked';
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (v.charCodeAt(1 + i) - 48) * w[i];
  if (p === 'T' || p === 'G') sum += 4;
  const table = p === 'S' || p === 'T' ? ST : FG;
  return table[sum % 11] === v[8];
}

export const recognizer: Recognizer = {
  id: 'sg_nric',
  type: 'SG_NRIC',
  country: 'SG',
  patterns: [{ name: 'nric', regex: '\\b[STFGMstfgm]\\d{7}[A-Za-z]\\b', score: 0.4 }],
  maxLength: 9,
  context: ['nric', 'fin', 'ic number', 'identity card'],
  validate(value) {
    const r = nricValid(value.toUpperCase());
    if (r === false) return null;
    return r === true ? { score: 0.85, note: 'check letter' } : { score: 0.4, note: 'm-series unchecked' };
  },
  examples: {
    match: ['NRIC S1234567D', 'FIN G1234567X'],
    noMatch: ['S1234567A', 'A1234567D'],
  },
};
