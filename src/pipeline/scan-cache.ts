// Segment verdict cache: the findings of a phase's local detectors for one segment, remembered under a
// salted BLAKE2b digest of everything that decides them, so that text a caller sends again is not scanned again.
//
// Why: chat and agent clients re-send the whole conversation with every turn (system prompt, earlier
// user and assistant turns, every tool result so far). Without a cache each request re-scans all of it,
// so the detector work of a conversation grows with the square of its length; with it, a request costs
// the scan of what is new in it.
//
// What the key covers: the compiled phase (its detector instances: a policy reload makes new ones, so
// entries of an old policy are never hit and age out), the caller's scope, the direction, the segment's
// role / kind / untrusted flag, the request's system prompts (leak detectors read them on responses) and
// the text. Detectors are pure functions of exactly these (see Detector in core/types.ts).
//
// Privacy and side channels:
//  - No text is stored: keys are salted BLAKE2b digests (a random salt per process, so a digest cannot
//    be recomputed from a guessed text outside the process) and values are content-free findings.
//  - Scope: entries are only shared within one caller identity (tenant + principal established by a
//    trusted identity source). A hit is faster than a miss; without scoping, one caller could time its
//    requests to learn whether another caller recently sent a given text. Anonymous traffic (no trusted
//    identity) is never cached. Callers that multiplex many end users behind one workload identity and
//    consider this timing difference a risk turn the cache off (--scan-cache-entries 0).
//  - Only complete, successful scans are stored: a segment on which any detector failed or ran out of
//    budget is rescanned next time.
// Bounded: at most `maxEntries` entries and FINDINGS_PER_ENTRY * maxEntries findings in all (a
// document with thousands of PII findings must not make one entry cost megabytes), least recently used
// evicted first; a segment with more findings than a sixteenth of the findings budget is not stored.
// Lifetime: the process.
import { hash, randomBytes } from 'node:crypto';
import type { Finding, Segment } from '../core/types.ts';
import { scanCacheEntries, scanCacheLookups } from '../observability/metrics.ts';
import type { ScanFacts } from './scan.ts';

export interface ScanCacheOptions {
  /** Entry bound (0 disables the cache). */
  readonly maxEntries: number;
  /** Segments shorter than this (UTF-16 code units) are scanned every time: hashing would cost about as much. */
  readonly minChars: number;
}

export const SCAN_CACHE_DEFAULTS: ScanCacheOptions = Object.freeze({ maxEntries: 10_000, minChars: 256 });

/** Findings budget per entry on average (most segments have none or a few). */
export const FINDINGS_PER_ENTRY = 4;

/** The cache as seen by the scan of one body: keys derived from the body's shared facts (see forBody()). */
export interface BodyScanCache {
  /** The segment's key, or null when it is too short to be worth caching. */
  key(seg: Segment): string | null;
  get(key: string): Finding[] | undefined;
  set(key: string, findings: readonly Finding[]): void;
}

/**
 * The string itself when it is well-formed UTF-16 (hashed as UTF-8, one-to-one), else its exact UTF-16
 * code units: UTF-8 encoding turns every lone surrogate into U+FFFD, so two texts differing only in
 * their lone surrogates would otherwise share a key (and one could take the other's verdict).
 */
function utf16Exact(s: string): string | Buffer {
  return s.isWellFormed() ? s : Buffer.from(s, 'utf16le');
}

export class ScanCache {
  readonly options: ScanCacheOptions;
  private readonly entries = new Map<string, readonly Finding[]>();
  private readonly phaseIds = new WeakMap<object, number>();
  private nextPhaseId = 1;
  private readonly salt = randomBytes(32).toString('base64');
  private findings = 0;
  private readonly maxFindings: number;

  constructor(options: Partial<ScanCacheOptions> = {}) {
    const maxEntries = options.maxEntries ?? SCAN_CACHE_DEFAULTS.maxEntries;
    const minChars = options.minChars ?? SCAN_CACHE_DEFAULTS.minChars;
    if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new RangeError('scan cache maxEntries must be an integer >= 0');
    if (!Number.isInteger(minChars) || minChars < 0) throw new RangeError('scan cache minChars must be an integer >= 0');
    this.options = Object.freeze({ maxEntries, minChars });
    this.maxFindings = maxEntries * FINDINGS_PER_ENTRY;
  }

  /** Findings held by all entries (bounded by FINDINGS_PER_ENTRY * maxEntries). */
  get storedFindings(): number {
    return this.findings;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * A key function for the segments of one body, or null when nothing of it may be cached (cache off,
   * or no caller scope). `phase` is the compiled phase object whose detectors run; `scope` identifies
   * the caller (undefined: anonymous).
   */
  forBody(phase: object, scope: string | undefined, direction: 'request' | 'response', facts: ScanFacts | undefined): BodyScanCache | null {
    if (this.options.maxEntries === 0 || scope === undefined) return null;
    let id = this.phaseIds.get(phase);
    if (id === undefined) this.phaseIds.set(phase, (id = this.nextPhaseId++));
    // Everything shared by the body's segments is digested once; each segment's key is the digest of
    // that digest, its provenance and its text. BLAKE2b: a cryptographic hash (a key collision would
    // let one text take another's verdict), about twice SHA-256's speed where the CPU has no SHA
    // instructions; one-shot crypto.hash() calls, because per-call overhead dominates short segments.
    const systemPrompts = facts?.systemPrompts;
    const shared = [`${id}`, direction, scope, ...(systemPrompts ?? []).map((p) => `${p.length}:${p}`), `${systemPrompts?.length ?? -1}`, facts?.rot13 === true ? 'rot13' : ''];
    const base = hash('blake2b512', utf16Exact(`${this.salt}\u0000${shared.map((x) => `${x.length}:${x}`).join('\u0000')}`), 'base64');
    const minChars = this.options.minChars;
    return {
      key: (seg) => (seg.text.length < minChars ? null : hash('blake2b512', utf16Exact(`${base}${seg.role}\u0000${seg.kind}\u0000${seg.untrusted ? 1 : 0}\u0000${seg.text}`), 'base64')),
      get: (key) => this.get(key),
      set: (key, findings) => this.set(key, findings),
    };
  }

  /** The findings stored under `key` (a fresh array; the findings themselves are frozen), or undefined. */
  get(key: string): Finding[] | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) {
      scanCacheLookups.inc({ result: 'miss' });
      return undefined;
    }
    // Most recently used last: re-insert.
    this.entries.delete(key);
    this.entries.set(key, hit);
    scanCacheLookups.inc({ result: 'hit' });
    return hit.slice();
  }

  set(key: string, findings: readonly Finding[]): void {
    if (this.options.maxEntries === 0 || findings.length * 16 > this.maxFindings) return;
    const stored = Object.freeze(findings.map((f) => (Object.isFrozen(f) ? f : Object.freeze({ ...f }))));
    this.remove(key);
    this.entries.set(key, stored);
    this.findings += stored.length;
    while (this.entries.size > this.options.maxEntries || this.findings > this.maxFindings) {
      this.remove(this.entries.keys().next().value as string);
    }
    scanCacheEntries.set(this.entries.size);
  }

  clear(): void {
    this.entries.clear();
    this.findings = 0;
    scanCacheEntries.set(0);
  }

  private remove(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.findings -= old.length;
  }
}
