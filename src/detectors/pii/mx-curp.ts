// MX_CURP: Mexican population registry code (Clave Única de Registro de Población), eighteen
// characters: four letters from the holder's names, the birth date YYMMDD, the sex (H, M; X since
// 2023), a two-letter state code (NE: born abroad), three consonants from the names, a
// homonym-and-century character (a digit for births before 2000, a letter from 2000) and a check digit
// (the 17 characters valued in 0-9 A-N Ñ O-Z, weighted 18 down to 2; 10 minus the sum mod 10).
// The layout, the state list, the date and the check together are strong alone.
import { isCalendarDate } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const STATES = new Set(['AS', 'BC', 'BS', 'CC', 'CL', 'CM', 'CS', 'CH', 'DF', 'DG', 'GT', 'GR', 'HG', 'JC', 'MC', 'MN', 'MS', 'NT', 'NL', 'OC', 'PL', 'QT', 'QR', 'SP', 'SL', 'SR', 'TC', 'TS', 'TL', 'VZ', 'YN', 'ZS', 'NE']);

/** `v`: 18 characters, upper-case. */
export function curpValid(v: string): boolean {
  if (v.length !== 18 || !STATES.has(v.slice(11, 13))) return false;
  let s = 0;
  for (let i = 0; i < 17; i++) {
    const k = ALPHABET.indexOf(v[i]);
    if (k < 0) return false;
    s += k * (18 - i);
  }
  if ((10 - (s % 10)) % 10 !== v.charCodeAt(17) - 48) return false;
  // The 17th character: a digit for births before 2000, a letter from 2000.
  const century = v[16] >= '0' && v[16] <= '9' ? 1900 : 2000;
  return isCalendarDate(century + Number(v.slice(4, 6)), Number(v.slice(6, 8)), Number(v.slice(8, 10)));
}

export const recognizer: Recognizer = {
  id: 'mx_curp',
  type: 'MX_CURP',
  country: 'MX',
  patterns: [{ name: 'curp', regex: '\\b[A-Z][AEIOUX][A-Z]{2}\\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\\d\\b', caseInsensitive: true, score: 0.4 }],
  maxLength: 18,
  context: ['curp', 'clave única de registro', 'clave unica de registro'],
  validate(value) {
    return curpValid(value.toUpperCase()) ? { score: 0.85, note: 'check digit, state, date' } : null;
  },
  examples: {
    match: ['CURP: GODE561231HDFRRN00', 'registrado con godE561231hdfrrn00.'],
    noMatch: ['GODE561231HDFRRN05', 'GODE561331HDFRRN00', 'GODE561231HXXRRN00'],
  },
};
