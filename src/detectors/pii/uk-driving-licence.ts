// UK_DRIVING_LICENCE: DVLA driving licence number (Great Britain), sixteen characters: the first five
// letters of the surname padded with 9s, the decade digit of the birth year, the birth month (plus 50
// for women), the day, the year's last digit, two initials (9 for none), a digit and two check
// characters the DVLA does not publish. The layout with a real birth date is distinctive: 0.6 alone,
// 0.95 with a context word.
import { isDayOfTwoDigitYear } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

/** `v`: 16 characters, upper-case. */
export function dvlaValid(v: string): boolean {
  if (v.length !== 16) return false;
  // Surname: letters, then 9s only as padding.
  let k = 0;
  while (k < 5 && v[k] >= 'A' && v[k] <= 'Z') k++;
  if (k === 0) return false;
  for (let i = k; i < 5; i++) if (v[i] !== '9') return false;
  const month = Number(v.slice(6, 8)) % 50;
  return isDayOfTwoDigitYear(Number(v[5] + v[10]), month, Number(v.slice(8, 10)));
}

export const recognizer: Recognizer = {
  id: 'uk_driving_licence',
  type: 'UK_DRIVING_LICENCE',
  country: 'GB',
  patterns: [{ name: 'dvla', regex: '\\b[A-Z][A-Z9]{4}\\d[0156]\\d[0-3]\\d\\d[A-Z9]{2}\\d[A-Z0-9]{2}\\b', score: 0.4 }],
  maxLength: 16,
  context: ['driving licence', 'driving license', "driver's licence", "driver's license", 'dvla', 'licence number', 'licence no'],
  validate(value) {
    return dvlaValid(value) ? { score: 0.6, note: 'layout, birth date' } : null;
  },
  examples: {
    match: ['driving licence MORGA753116SM9IJ', 'holder MORGA753116SM9IJ 35'],
    noMatch: ['MORGA713116SM9IJ', 'MO9GA753116SM9IJ', 'morga753116sm9ij'],
  },
};
