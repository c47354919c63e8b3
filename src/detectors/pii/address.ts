// ADDRESS: street addresses by pattern:
//   - US/UK/AU style "123 Main St", "42 N. Elm Avenue, Apt 5" (number + 1–4 capitalised words + a
//     street-type word), with an optional unit;
//   - continental style "Koskikatu 25", "Hauptstraße 5a", "Rua do Arenque 1634", "Via Roma 10"
//     (street word with a known suffix/prefix + house number);
//   - PO boxes and US military addresses (PSC 0413, Box 8144);
//   - a bare unit ("Apt. 864", "Suite 501") at 0.5.
// Cities, regions and free-form addresses without a street pattern are not covered.
import type { Recognizer } from '../recognizer.ts';

const W = "\\p{Lu}[\\p{L}'’\\-]*\\.?";
const TYPES = 'Street|Str|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Alley|Row|Close|Crescent|Cres|Gardens|Grove|Mews|Hill|Park|Loop|Pike|Plaza|Walk|Wharf|Heights';
const UNIT = '(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|#)\\.? ?[A-Za-z0-9\\-]{1,6})?';
// ", Springfield, IL 62704" (US city, state, ZIP) after a street line.
const CITY_STATE_ZIP = "(?:,?\\s{1,3}\\p{Lu}[\\p{L}'\\-]+(?: \\p{Lu}[\\p{L}'\\-]+){0,2},? [A-Z]{2} \\d{5}(?:-\\d{4})?)?";
const EU_SUFFIX = "\\p{Lu}[\\p{L}'’\\-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|katu|kuja|tie|polku|gatan|gata|vägen|väg|gade|vej|vænget|veien|vegen|laan|straat|plein|gracht|utca|ulica|ulice|cesta)";
const EU_PREFIX = "(?:Rue|Avenue|Boulevard|Chemin|Place|Via|Viale|Piazza|Corso|Calle|Avenida|Avda\\.?|Av\\.?|C/|Paseo|Plaza|Rua|Rúa|Travessa|Largo|Praça|Ulica|ul\\.|Strada)(?: (?:de|du|des|la|le|do|da|dos|das|del|di|della|degli|dei|delle|dello|van|von|der|den|het)){0,2}(?: \\p{Lu}[\\p{L}'’\\-]*){1,3}";

// "28245 Puruntie 82", "172 Maneeži 75", "2224 Trenerys gate 232": a building or lot number, one to four
// street-name words, and a house number, at the start of a line or after "at" / "is" / ":" / ",".
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|do|dos|das|del|la|le|van|von|der|den|ten|ul\\.|u\\.|gate|vej|gade|tér|utca|út|útja|str\\.)";
const NUMBER_NAME_NUMBER = `(?:(?m:^)[ \\t>]*|[:,] |\\b(?:at|is|to|on) )(\\d{1,6} \\p{Lu}[\\p{L}'’.\\-]*(?: ${NAME_WORD}){0,3} \\d{1,5}(?:[A-H]|[a-h])?\\.?)(?:$|[\\s,?!)]|\\b)`;
// "the corner of 35 Pentelis Str. and Waechter Turnpike": two street names joined by "and".
const CORNER_SIDE = "(?:\\d{1,5}[A-Za-z]? )?\\p{Lu}[\\p{L}'’.\\-]*(?: (?:\\p{Lu}[\\p{L}'’.\\-]*|\\d{1,5}[A-Za-z]?\\.?|de|da|do|del|la|le|van|von|der)){0,4}";
const CORNER = `\\b(?:corner of|junction of|intersection of) ((?:the )?${CORNER_SIDE} (?:and|&) ${CORNER_SIDE})`;
// US military mail: an optional ship or unit line, then APO/FPO/DPO with the AA/AE/AP "state" and a ZIP.
const MILITARY = "(?:\\b(?i:USNS|USNV|USS|USCGC) \\p{L}[\\p{L}'’\\-]*(?: \\p{L}[\\p{L}'’\\-]*)?[ \\t]*\\r?\\n[ \\t>]*)?\\b(?i:APO|FPO|DPO) (?i:AA|AE|AP) \\d{5}\\b";

/** Title-case words that make a "number words number" run a heading ("5 Musicians Of The 70s"), not a street. */
const HEADING_WORDS = new Set(['Of', 'The', 'And', 'For', 'With', 'In', 'On', 'At', 'To', 'A', 'An', 'Or', 'By', 'From', 'Is', 'Are', 'You', 'Your', 'Our', 'My']);

export const recognizer: Recognizer = {
  id: 'address',
  type: 'ADDRESS',
  patterns: [
    { name: 'street', regex: `\\b(?:\\d{1,6} )?\\d{1,6}[A-Za-z]?(?: [NSEW]\\.?)?(?: ${W}){1,4} (?:${TYPES})\\b\\.?${UNIT}${CITY_STATE_ZIP}`, score: 0.7 },
    { name: 'eu-suffix', regex: `\\b${EU_SUFFIX} \\d{1,5}[a-zA-Z]?\\b${UNIT}`, score: 0.65 },
    { name: 'eu-prefix', regex: `\\b${EU_PREFIX},? \\d{1,5}[a-zA-Z]?\\b`, score: 0.65 },
    { name: 'number-first-eu', regex: `\\b\\d{1,5},? ${EU_PREFIX}\\b`, score: 0.65 },
    { name: 'po-box', regex: '\\b(?:P\\.? ?O\\.?|Post Office|PSC \\d{1,5},?) Box \\d{1,6}\\b', caseInsensitive: true, score: 0.65 },
    { name: 'number-name-number', regex: NUMBER_NAME_NUMBER, group: 1, score: 0.6 },
    { name: 'corner', regex: CORNER, group: 1, score: 0.6 },
    { name: 'military', regex: MILITARY, score: 0.7 },
    { name: 'unit', regex: '\\b(?:Apt|Apartment|Suite|Ste|Unit|Flat)\\.? \\d{1,5}[A-Za-z]?\\b', score: 0.5 },
  ],
  validate(value) {
    const c = value.charCodeAt(0);
    if (c >= 48 && c <= 57 && value.split(' ').some((w) => HEADING_WORDS.has(w))) return null;
    return {};
  },
  maxLength: 120,
  context: ['address', 'live at', 'lives at', 'located at', 'ship to', 'deliver to', 'street', 'adresse', 'dirección', 'indirizzo'],
  contextBoost: 0.2,
  examples: {
    match: ['ship to 1600 Pennsylvania Avenue NW', '12 Oak Street, Springfield, IL 62704', 'I live at 42 N. Elm St, Apt 5', 'Koskikatu 25', 'Hauptstraße 5a, Berlin', 'Rua do Arenque 1634', 'PSC 0413, Box 8144'],
    noMatch: ['I have 3 Big Dogs', 'chapter 12 of the book', 'the street is long'],
  },
};
