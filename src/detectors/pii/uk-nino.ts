// UK_NINO: National Insurance number, two prefix letters (D, F, I, Q, U, V never used; O not second;
// BG, GB, KN, NK, NT, TN, ZZ not allocated), six digits, suffix A–D.
import { alnumUpper } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

const BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const recognizer: Recognizer = {
  id: 'uk_nino',
  type: 'UK_NINO',
  country: 'GB',
  patterns: [{ name: 'nino', regex: '\\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b', caseInsensitive: true, score: 0.65 }],
  maxLength: 13,
  context: ['national insurance', 'nino', 'ni number', 'ni no'],
  validate(value) {
    const v = alnumUpper(value);
    if (BAD_PREFIX.has(v.slice(0, 2))) return null;
    return { note: 'prefix rules' };
  },
  examples: {
    match: ['NI number AB 12 34 56 C', 'nino: JG103759A'],
    noMatch: ['GB123456A', 'DA123456C', 'AB123456E'],
  },
};
