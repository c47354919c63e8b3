// The PII detector: every recognizer in this folder behind one RE2.Set prefilter, scanned through
// normalisation (see ../views.ts). Build once per policy load; scan() is pure.
import type { SetPool } from '../../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../../core/types.ts';
import { buildRecognizerEngine, type Recognizer } from '../recognizer.ts';
import { DEFAULT_VIEW_OPTIONS, decodeLimit, scanViews, type ViewOptions } from '../views.ts';
import { recognizer as address } from './address.ts';
import { recognizer as auTfn } from './au-tfn.ts';
import { recognizer as beNrn } from './be-nrn.ts';
import { recognizer as brCpf } from './br-cpf.ts';
import { recognizer as caSin } from './ca-sin.ts';
import { recognizer as chAhv } from './ch-ahv.ts';
import { recognizer as cnResidentId } from './cn-resident-id.ts';
import { recognizer as creditCard } from './credit-card.ts';
import { recognizer as crypto } from './crypto.ts';
import { recognizer as dateOfBirth } from './date-of-birth.ts';
import { recognizer as deIdCard } from './de-id-card.ts';
import { recognizer as email } from './email.ts';
import { recognizer as emailWords } from './email-words.ts';
import { recognizer as esDni } from './es-dni.ts';
import { recognizer as fiHetu } from './fi-hetu.ts';
import { recognizer as frNir } from './fr-nir.ts';
import { recognizer as iban } from './iban.ts';
import { recognizer as iePps } from './ie-pps.ts';
import { recognizer as inAadhaar } from './in-aadhaar.ts';
import { recognizer as inPan } from './in-pan.ts';
import { recognizer as ipAddress } from './ip-address.ts';
import { recognizer as itFiscalCode } from './it-fiscal-code.ts';
import { recognizer as jpMyNumber } from './jp-my-number.ts';
import { recognizer as krRrn } from './kr-rrn.ts';
import { recognizer as mxCurp } from './mx-curp.ts';
import { recognizer as nlBsn } from './nl-bsn.ts';
import { recognizer as noFnr } from './no-fnr.ts';
import { recognizer as passport } from './passport.ts';
import { recognizer as person } from './person.ts';
import { recognizer as phone } from './phone.ts';
import { recognizer as plPesel } from './pl-pesel.ts';
import { recognizer as postalCode } from './postal-code.ts';
import { recognizer as sePersonnummer } from './se-personnummer.ts';
import { recognizer as sgNric } from './sg-nric.ts';
import { recognizer as ukDrivingLicence } from './uk-driving-licence.ts';
import { recognizer as ukNhs } from './uk-nhs.ts';
import { recognizer as ukNino } from './uk-nino.ts';
import { recognizer as usDriverLicense } from './us-driver-license.ts';
import { recognizer as usItin } from './us-itin.ts';
import { recognizer as usMbi } from './us-mbi.ts';
import { recognizer as usSsn } from './us-ssn.ts';
import { recognizer as zaId } from './za-id.ts';
// Extended coverage (quasi-identifiers: places, organisations, dates, ages, titles, groups, web addresses).
import { recognizer as age } from './age.ts';
import { recognizer as caPostalCode } from './ca-postal-code.ts';
import { recognizer as dateTime } from './date-time.ts';
import { recognizer as domainName } from './domain-name.ts';
import { recognizer as location } from './location.ts';
import { recognizer as addressPlace } from './address-place.ts';
import { recognizer as placePhrase } from './place-phrase.ts';
import { recognizer as nrp } from './nrp.ts';
import { recognizer as organization } from './organization.ts';
import { recognizer as title } from './title.ts';
import { recognizer as url } from './url.ts';

/** Every PII recognizer, in a stable order. */
export const PII_RECOGNIZERS: readonly Recognizer[] = [
  email, emailWords, phone, creditCard, iban, usSsn, ipAddress, dateOfBirth, passport, usDriverLicense, ukNino, deIdCard, frNir,
  esDni, itFiscalCode, nlBsn, inAadhaar, caSin, auTfn, sgNric, usItin, ukNhs, brCpf, cnResidentId, plPesel, sePersonnummer,
  fiHetu, noFnr, chAhv, zaId, mxCurp, krRrn, jpMyNumber, beNrn, usMbi, ukDrivingLicence, iePps, inPan, crypto, person,
  address, postalCode,
  location, addressPlace, placePhrase, organization, dateTime, age, title, nrp, url, domainName, caPostalCode,
];

/** Closed set of PII finding types. */
export const PII_TYPES: readonly string[] = [...new Set(PII_RECOGNIZERS.map((r) => r.type))];

/** Countries with national-identifier recognizers. */
export const PII_COUNTRIES: readonly string[] = [...new Set(PII_RECOGNIZERS.flatMap((r) => (r.country === undefined ? [] : [r.country])))].sort();

/**
 * Drop a finding that overlaps a strictly higher-scoring finding of another type: one stretch of text
 * is one entity (a name inside an e-mail address, a street name that looks like a person, a card
 * number that also parses as a phone number). The stronger finding still covers those bytes.
 */
export function suppressOverlapped(fs: Finding[]): Finding[] {
  if (fs.length < 2) return fs;
  const out: Finding[] = [];
  // fs is sorted by start; compare each finding with neighbours that can overlap it.
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i];
    let beaten = false;
    for (let j = i - 1; j >= 0 && !beaten; j--) {
      const g = fs[j];
      if (g.end <= f.start) { if (f.start - g.start > 4096) break; continue; }
      if (g.type !== f.type && g.score > f.score) beaten = true;
    }
    for (let j = i + 1; j < fs.length && fs[j].start < f.end && !beaten; j++) {
      const g = fs[j];
      if (g.type !== f.type && g.score > f.score) beaten = true;
    }
    if (!beaten) out.push(f);
  }
  return out;
}

export interface PiiConfig {
  readonly id: string;
  /** Finding types to report (default: all). */
  readonly entities?: readonly string[];
  /** Drop findings scoring below this (default 0: policy thresholds decide). */
  readonly minScore?: number;
  /** Country-specific recognizers to enable (default: all); global ones always run. */
  readonly countries?: readonly string[];
  /** Extra context words per finding type. */
  readonly contextWords?: Readonly<Record<string, readonly string[]>>;
  readonly views?: Partial<ViewOptions>;
  /** Share the recognisers' set pass with the policy's other detectors of the same phases (SetPool). */
  readonly setPool?: SetPool;
}

export function createPiiDetector(cfg: PiiConfig): Detector {
  const entities = cfg.entities === undefined ? null : new Set(cfg.entities);
  const countries = cfg.countries === undefined ? null : new Set(cfg.countries.map((c) => c.toUpperCase()));
  const recs = PII_RECOGNIZERS.filter((r) =>
    (entities === null || entities.has(r.type)) && (r.country === undefined || countries === null || countries.has(r.country)));
  const views: ViewOptions = { ...DEFAULT_VIEW_OPTIONS, original: 'near_changes', ...cfg.views };
  // scanViews normalises each text right after the engine scanned it: the engine's set pass answers
  // the decode gate too (see primeDecode).
  const engine = buildRecognizerEngine(recs, { detector: cfg.id, extraContext: cfg.contextWords, primeDecode: views.decode, setPool: cfg.setPool });
  const minScore = cfg.minScore ?? 0;
  return {
    id: cfg.id,
    maxMatchLength: Math.max(engine.maxMatchLength, views.decode ? views.maxDecodeSpan : 0),
    spanwise: true,
    scan(text: string, ctx: DetectionContext): Finding[] {
      const memo = ctx.memo;
      const found = suppressOverlapped(scanViews(text, (t) => engine.scan(t, memo), views, ctx.rot13 === true));
      const limit = decodeLimit(cfg.id, text, views, ctx.rot13 === true); // after the overlap step: it covers the text, it suppresses nothing
      const all = limit === null ? found : [limit, ...found];
      return minScore > 0 ? all.filter((f) => f.score >= minScore) : all;
    },
  };
}
