// IN_PAN: Indian Permanent Account Number (income tax), ten characters AAAPA9999A: three letters, a
// letter for the holder's kind (P person, C company, H Hindu undivided family, F firm, A association,
// T trust, B body of individuals, L local authority, J artificial juridical person, G government,
// K krish), the first letter of the surname (or name), four digits and a letter the Income Tax
// Department does not publish a rule for. Upper-case as issued; no check digit: 0.6 alone, 0.95 with
// a context word.
import type { Recognizer } from '../recognizer.ts';

export const recognizer: Recognizer = {
  id: 'in_pan',
  type: 'IN_PAN',
  country: 'IN',
  patterns: [{ name: 'pan', regex: '\\b[A-Z]{3}[ABCFGHJKLPT][A-Z]\\d{4}[A-Z]\\b', score: 0.6 }],
  maxLength: 10,
  context: ['pan', 'permanent account number', 'income tax', 'pan card'],
  examples: {
    match: ['PAN: ABCPE1234F', 'permanent account number ABCPE1234F'],
    noMatch: ['ABCDE1234F', 'abcpe1234f', 'ABCPE12345F'],
  },
};
