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
const TYPES = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Alley|Row|Close|Crescent|Cres|Gardens|Grove|Mews|Hill|Park|Loop|Pike|Plaza|Walk|Wharf|Heights';
const UNIT = '(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|#)\\.? ?[A-Za-z0-9\\-]{1,6})?';
// ", Springfield, IL 62704" (US city, state, ZIP) after a street line.
const CITY_STATE_ZIP = "(?:,?\\s{1,3}\\p{Lu}[\\p{L}'\\-]+(?: \\p{Lu}[\\p{L}'\\-]+){0,2},? [A-Z]{2} \\d{5}(?:-\\d{4})?)?";
const EU_SUFFIX = "\\p{Lu}[\\p{L}'’\\-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|katu|kuja|tie|polku|gatan|gata|vägen|väg|gade|vej|vænget|veien|vegen|laan|straat|plein|gracht|utca|ulica|ulice|cesta)";
const EU_PREFIX = "(?:Rue|Avenue|Boulevard|Chemin|Place|Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Plaza|Rua|Travessa|Largo|Praça|Ulica|Strada)(?: (?:de|du|des|la|le|do|da|dos|das|del|di|della|degli)){0,2}(?: \\p{Lu}[\\p{L}'’\\-]*){1,3}";

export const recognizer: Recognizer = {
  id: 'address',
  type: 'ADDRESS',
  patterns: [
    { name: 'street', regex: `\\b\\d{1,6}[A-Za-z]?(?: [NSEW]\\.?)?(?: ${W}){1,4} (?:${TYPES})\\b\\.?${UNIT}${CITY_STATE_ZIP}`, score: 0.7 },
    { name: 'eu-suffix', regex: `\\b${EU_SUFFIX} \\d{1,5}[a-zA-Z]?\\b${UNIT}`, score: 0.65 },
    { name: 'eu-prefix', regex: `\\b${EU_PREFIX},? \\d{1,5}[a-zA-Z]?\\b`, score: 0.65 },
    { name: 'number-first-eu', regex: `\\b\\d{1,5},? ${EU_PREFIX}\\b`, score: 0.65 },
    { name: 'po-box', regex: '\\b(?:P\\.? ?O\\.?|Post Office|PSC \\d{1,5},?) Box \\d{1,6}\\b', caseInsensitive: true, score: 0.65 },
    { name: 'unit', regex: '\\b(?:Apt|Apartment|Suite|Ste|Unit|Flat)\\.? \\d{1,5}[A-Za-z]?\\b', score: 0.5 },
  ],
  maxLength: 120,
  context: ['address', 'live at', 'lives at', 'located at', 'ship to', 'deliver to', 'street', 'adresse', 'dirección', 'indirizzo'],
  contextBoost: 0.2,
  examples: {
    match: ['ship to 1600 Pennsylvania Avenue NW', '12 Oak Street, Springfield, IL 62704', 'I live at 42 N. Elm St, Apt 5', 'Koskikatu 25', 'Hauptstraße 5a, Berlin', 'Rua do Arenque 1634', 'PSC 0413, Box 8144'],
    noMatch: ['I have 3 Big Dogs', 'chapter 12 of the book', 'the street is long'],
  },
};
