// DATE_OF_BIRTH: a calendar date (numeric d/m/y, m/d/y, ISO y-m-d, or with an English month name)
// that is only reported when a birth context word is near ("born", "DOB", "date of birth", …), a field
// name included ("date_of_birth:", "dob=", "birthDate", "Geburtsdatum:", "date de naissance").
import type { Recognizer } from '../recognizer.ts';

const MON = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

export const recognizer: Recognizer = {
  id: 'date_of_birth',
  type: 'DATE_OF_BIRTH',
  patterns: [
    { name: 'numeric', regex: `\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]${YEAR}\\b`, score: 0.45, contextRequired: true },
    { name: 'iso', regex: `\\b${YEAR}-\\d{2}-\\d{2}\\b`, score: 0.45, contextRequired: true },
    { name: 'day-month', regex: `\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MON}\\.?,? ${YEAR}\\b`, caseInsensitive: true, score: 0.45, contextRequired: true },
    { name: 'month-day', regex: `\\b${MON}\\.? \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR}\\b`, caseInsensitive: true, score: 0.45, contextRequired: true },
  ],
  maxLength: 24,
  context: [
    'born', 'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'geboren', 'né le', 'née le', 'fecha de nacimiento', 'data di nascita',
    // Field names of forms, records and code ("date_of_birth: …", "dateOfBirth=…", "birth-date", "Geburtsdatum:").
    'date_of_birth', 'date-of-birth', 'dateofbirth', 'birth_date', 'birth-date', 'geburtsdatum', 'geburtstag', 'date de naissance', 'date_naissance',
    'fecha_nacimiento', 'data_nascita', 'data de nascimento', 'geboortedatum', 'födelsedatum', 'fødselsdato', 'data urodzenia', 'syntymäaika',
  ],
  contextWindow: 40,
  validate(value) {
    // Numeric forms: check that some reading gives month 1–12 and day 1–31.
    const parts: number[] = [];
    let cur = '';
    for (const ch of value) {
      if (ch >= '0' && ch <= '9') cur += ch;
      else if (cur !== '') { parts.push(Number(cur)); cur = ''; }
    }
    if (cur !== '') parts.push(Number(cur));
    if (parts.length === 3) {
      const [a, b, c] = parts;
      const ok = a > 1000 ? b >= 1 && b <= 12 && c >= 1 && c <= 31
        : (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
      if (!ok) return null;
    }
    return { note: 'date' };
  },
  examples: {
    match: ['I was born on 14/02/1985 in Leeds', 'DOB: 1990-07-23', 'date of birth March 3, 1971', 'born 3rd of March 1971', 'date_of_birth: 1984-03-12', 'Geburtsdatum: 12.03.1984'],
    noMatch: ['the meeting is on 14/02/2025', 'born 45/13/1985', 'invoice 2023-04-05'],
  },
};
