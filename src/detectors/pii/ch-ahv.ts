// CH_AHV: Swiss social security number (AHV/AVS, since 2008), thirteen digits beginning 756 (the
// country's ISO code), written 756.XXXX.XXXX.XX, with an EAN-13 check digit. The prefix, the layout and
// the check make the dotted form strong alone; bare digits need a context word.
import { digitsOf } from '../checksums.ts';
import { dotJoined, type Recognizer } from '../recognizer.ts';

export function ahvValid(d: string): boolean {
  if (d.length !== 13 || !d.startsWith('756')) return false;
  let s = 0;
  for (let i = 0; i < 12; i++) {
    const c = d.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    s += c * (i % 2 === 0 ? 1 : 3);
  }
  return (10 - (s % 10)) % 10 === d.charCodeAt(12) - 48;
}

export const recognizer: Recognizer = {
  id: 'ch_ahv',
  type: 'CH_AHV',
  country: 'CH',
  patterns: [
    { name: 'ahv', regex: '\\b756\\.\\d{4}\\.\\d{4}\\.\\d{2}\\b', score: 0.5 },
    { name: 'bare', regex: '\\b756 ?\\d{4} ?\\d{4} ?\\d{2}\\b', score: 0.4, contextRequired: true },
  ],
  maxLength: 16,
  context: ['ahv', 'avs', 'sozialversicherungsnummer', 'numéro avs', 'numero avs', 'social security', 'versichertennummer'],
  validate(value, text, start, end) {
    if (dotJoined(text, start, end)) return null;
    if (!ahvValid(digitsOf(value))) return null;
    return value.includes('.') ? { score: 0.85, note: 'ean-13' } : { score: 0.5, note: 'ean-13' };
  },
  examples: {
    match: ['AHV-Nr. 756.1234.5678.97', 'numéro AVS: 7561234567897', 'versichert unter 756.1234.5678.97.'],
    noMatch: ['756.1234.5678.98', 'artikel 7561234567897', '1.756.1234.5678.97'],
  },
};
