// POSTAL_CODE: UK postcodes (outward + inward code), and US ZIP / ZIP+4 codes when they follow a US
// state abbreviation ("Springfield, IL 62704") or a "zip" context word. Other countries' bare numeric
// codes are indistinguishable from other numbers and are not covered.
import type { Recognizer } from '../recognizer.ts';

const US_STATES = new Set(('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP AA AE AP').split(' '));

export const recognizer: Recognizer = {
  id: 'postal_code',
  type: 'POSTAL_CODE',
  patterns: [
    { name: 'uk', regex: '\\b(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2}\\b', score: 0.55 },
    { name: 'us-state-zip', regex: '\\b([A-Z]{2}),? (\\d{5}(?:-\\d{4})?)\\b', score: 0.6, group: 2 },
    { name: 'us-zip', regex: '\\b\\d{5}(?:-\\d{4})?\\b', score: 0.2, contextRequired: true },
  ],
  maxLength: 10,
  context: ['zip', 'postcode', 'postal code', 'post code', 'plz'],
  contextWindow: 24,
  validate(value, text, start) {
    if (value.length >= 5 && value[0] >= '0' && value[0] <= '9') {
      // us-state-zip: the state is the two letters before the code
      const before = text.slice(Math.max(0, start - 4), start).replace(',', '').trim();
      if (before.length === 2 && before === before.toUpperCase() && before >= 'AA' && before <= 'ZZ') {
        return US_STATES.has(before) ? { note: 'state' } : null;
      }
    }
    return {};
  },
  examples: {
    match: ['London SW1A 1AA', 'Springfield, IL 62704', 'zip code 94105-1234', 'Manchester M1 1AE'],
    noMatch: ['zip file 123', 'XX 62704 units', 'order 62704'],
  },
};
