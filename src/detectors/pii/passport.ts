// PASSPORT: passport numbers of the US (9 digits, or a letter + 8 digits on newer books), the UK
// (9 digits), Germany (C + 8 characters from the machine-readable alphabet), and the generic
// 6–9 character alphanumeric shape many countries use. No public checksum on the printed number, so
// a passport context word is required.
import type { Recognizer } from '../recognizer.ts';

export const recognizer: Recognizer = {
  id: 'passport',
  type: 'PASSPORT',
  patterns: [
    { name: 'us-uk', regex: '\\b[A-Z]?\\d{8,9}\\b', score: 0.35, contextRequired: true },
    { name: 'de', regex: '\\b[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}\\b', score: 0.35, contextRequired: true },
    { name: 'generic', regex: '\\b[A-Z]{1,2}\\d{6,8}\\b', score: 0.3, contextRequired: true },
  ],
  maxLength: 10,
  context: ['passport', 'reisepass', 'passeport', 'pasaporte', 'passaporto'],
  contextBoost: 0.4,
  examples: {
    match: ['passport number 123456789', 'Passport: A12345678', 'my passport is C01X00T47'],
    noMatch: ['order 123456789 shipped', 'passport photo size 35x45'],
  },
};
