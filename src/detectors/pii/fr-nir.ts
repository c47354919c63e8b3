// FR_NIR: French social security number (INSEE/NIR), 13 digits + 2-digit key = 97 − (number mod 97);
// Corsican departments 2A/2B are read as 19/18 for the key.
import { alnumUpper } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export function nirKeyValid(v: string): boolean {
  if (v.length !== 15) return false;
  let body = v.slice(0, 13);
  if (body.slice(5, 7) === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (body.slice(5, 7) === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  let rem = 0;
  for (const ch of body) {
    if (ch < '0' || ch > '9') return false;
    rem = (rem * 10 + (ch.charCodeAt(0) - 48)) % 97;
  }
  if (v.slice(5, 7) === '2A') rem = (rem + 97 - (1000000 % 97)) % 97; // key is computed on the number minus 1,000,000
  else if (v.slice(5, 7) === '2B') rem = (rem + 97 - (2000000 % 97)) % 97;
  return 97 - rem === Number(v.slice(13));
}

export const recognizer: Recognizer = {
  id: 'fr_nir',
  type: 'FR_NIR',
  country: 'FR',
  patterns: [{ name: 'nir', regex: '\\b[12] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\\d) ?(?:\\d{2}|2[ABab]) ?\\d{3} ?\\d{3} ?\\d{2}\\b', score: 0.4 }],
  maxLength: 21,
  context: ['sécurité sociale', 'securite sociale', 'insee', 'nir', 'numéro de sécu', 'social security'],
  validate(value) {
    return nirKeyValid(alnumUpper(value)) ? { score: 0.85, note: 'key' } : null;
  },
  examples: {
    match: ['numéro de sécurité sociale 2 55 08 14 168 025 38', '255081416802538'],
    noMatch: ['2 55 08 14 168 025 39', '355081416802538'],
  },
};
