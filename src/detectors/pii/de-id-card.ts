// DE_ID_CARD: German Personalausweis document number (since Nov 2010): 9 characters from the
// alphabet C F G H J K L M N P R T V W X Y Z 0–9, then a check digit (ICAO 9303 7-3-1 weighting).
import type { Recognizer } from '../recognizer.ts';

function icaoValue(c: number): number {
  return c <= 57 ? c - 48 : c - 55;
}

/** ICAO 9303 check digit over uppercase alphanumerics. */
export function icaoCheckDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += icaoValue(s.charCodeAt(i)) * w[i % 3];
  return sum % 10;
}

export const recognizer: Recognizer = {
  id: 'de_id_card',
  type: 'DE_ID_CARD',
  country: 'DE',
  patterns: [{ name: 'personalausweis', regex: '\\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d\\b', score: 0.3 }],
  maxLength: 10,
  context: ['personalausweis', 'ausweis', 'id card', 'identity card', 'ausweisnummer'],
  contextBoost: 0.45,
  validate(value) {
    if (icaoCheckDigit(value.slice(0, 9)) !== value.charCodeAt(9) - 48) return null;
    let digits = 0;
    for (const ch of value.slice(0, 9)) if (ch >= '0' && ch <= '9') digits++;
    // All-letter or all-digit bodies are rare for real numbers and common in other codes.
    return { score: digits === 0 || digits === 9 ? 0.3 : 0.5, note: 'icao check digit' };
  },
  examples: {
    match: ['Personalausweis L01X00T471', 'Ausweisnummer T220001293'],
    noMatch: ['Personalausweis L01X00T470', 'AB12345678'],
  },
};
