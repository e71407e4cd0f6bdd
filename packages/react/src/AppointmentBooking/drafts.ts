// Drafts of a request (CSE.1.6): saved at any step, kept at least one year, then dropped; and the
// check of a stored booking draft (no 'use client': a server can check a draft too).
import { isIsoDateTime } from './HttpBookingProvider.js';
import type { BookingDraft } from './types.js';

/** When a draft was saved and until when it is kept. */
export interface DraftInfo {
  savedAt: Date;
  expiresAt: Date;
}

/** The outcome of loading a draft. `corrupt`: unreadable, and already discarded. */
export type DraftLoadResult<T> =
  { status: 'none' } | { status: 'corrupt' } | ({ status: 'found'; data: T } & DraftInfo);

/** Where drafts live: the browser, or a personal area on the server. */
export interface DraftStore<T> {
  /** Reads a draft; an expired one is dropped (`none`), an unreadable one discarded (`corrupt`). */
  load(key: string, isValid?: (data: unknown) => data is T): Promise<DraftLoadResult<T>>;
  /** Saves (replaces) a draft. */
  save(key: string, data: T): Promise<DraftInfo>;
  /** Deletes a draft (after sending, or to start again). */
  remove(key: string): Promise<void>;
}

/** How long drafts are kept: at least one year (CSE.1.6), so 366 days. */
export const DRAFT_TTL_DAYS = 366;

export interface LocalStorageDraftStoreOptions {
  /** Prefix of the storage keys. @default 'piazza:draft:' */
  prefix?: string;
  /** Days a draft is kept after its last save. @default 366 */
  ttlDays?: number;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** The storage. @default globalThis.localStorage (none on the server) */
  storage?: () => Storage | null | undefined;
  /**
   * Largest draft, in characters of its stored JSON: a larger one is refused on save (the save
   * fails) and discarded on load (`corrupt`). @default 100000
   */
  maxChars?: number;
}

/** Default size limit of a stored draft, in characters of JSON (a form needs far less). */
export const DRAFT_MAX_CHARS = 100_000;

interface Envelope {
  v: 1;
  savedAt: string;
  expiresAt: string;
  data: unknown;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const instant = (x: unknown) =>
  typeof x === 'string' && ISO_INSTANT.test(x) && !Number.isNaN(Date.parse(x));

function isEnvelope(x: unknown): x is Envelope {
  const e = x as Envelope | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    !Array.isArray(e) &&
    e.v === 1 &&
    instant(e.savedAt) &&
    instant(e.expiresAt) &&
    Date.parse(e.savedAt) <= Date.parse(e.expiresAt) &&
    'data' in e
  );
}

/**
 * Drafts in the browser's localStorage, each kept `ttlDays` after its last save. Reading never
 * throws: no storage reads as no draft; an unreadable draft (bad JSON, bad envelope, data that
 * fails `isValid`, larger than `maxChars`) is removed and reported `corrupt`.
 * Each load also drops the store's expired drafts.
 */
export class LocalStorageDraftStore<T> implements DraftStore<T> {
  private readonly prefix: string;
  private readonly ttl: number;
  private readonly now: () => Date;
  private readonly storage: () => Storage | null | undefined;
  private readonly maxChars: number;

  constructor(options: LocalStorageDraftStoreOptions = {}) {
    this.maxChars = options.maxChars ?? DRAFT_MAX_CHARS;
    this.prefix = options.prefix ?? 'piazza:draft:';
    this.ttl = (options.ttlDays ?? DRAFT_TTL_DAYS) * 86400000;
    this.now = options.now ?? (() => new Date());
    this.storage =
      options.storage ??
      (() => {
        try {
          return globalThis.localStorage;
        } catch {
          return null;
        }
      });
  }

  /** Removes every expired draft of this store; returns how many. */
  prune(): number {
    const s = this.storage();
    if (!s) return 0;
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(this.prefix)) keys.push(k);
    }
    let dropped = 0;
    for (const k of keys) {
      try {
        const e: unknown = JSON.parse(s.getItem(k) ?? 'null');
        if (isEnvelope(e) && Date.parse(e.expiresAt) <= this.now().getTime()) {
          s.removeItem(k);
          dropped++;
        }
      } catch {
        // Unreadable drafts are reported when their own flow loads them.
      }
    }
    return dropped;
  }

  async load(key: string, isValid?: (data: unknown) => data is T): Promise<DraftLoadResult<T>> {
    let s: Storage | null | undefined;
    let raw: string | null;
    try {
      s = this.storage();
      raw = s?.getItem(this.prefix + key) ?? null;
    } catch {
      return { status: 'none' };
    }
    if (!s || raw === null) return { status: 'none' };
    this.prune();
    let e: unknown;
    try {
      e = raw.length > this.maxChars ? undefined : JSON.parse(raw);
    } catch {
      e = undefined;
    }
    let valid = false;
    try {
      valid = isEnvelope(e) && (!isValid || isValid(e.data));
    } catch {
      valid = false; // a check that throws refuses the draft
    }
    if (!valid || !isEnvelope(e)) {
      s.removeItem(this.prefix + key);
      return { status: 'corrupt' };
    }
    if (Date.parse(e.expiresAt) <= this.now().getTime()) {
      s.removeItem(this.prefix + key);
      return { status: 'none' };
    }
    return {
      status: 'found',
      data: e.data as T,
      savedAt: new Date(e.savedAt),
      expiresAt: new Date(e.expiresAt),
    };
  }

  async save(key: string, data: T): Promise<DraftInfo> {
    const s = this.storage();
    if (!s) throw new Error('LocalStorageDraftStore: no localStorage here');
    const savedAt = this.now();
    const expiresAt = new Date(savedAt.getTime() + this.ttl);
    const envelope: Envelope = {
      v: 1,
      savedAt: savedAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
      data,
    };
    const json = JSON.stringify(envelope);
    if (json.length > this.maxChars) {
      throw new RangeError(
        `LocalStorageDraftStore: the draft is ${json.length} characters, more than ${this.maxChars}`,
      );
    }
    s.setItem(this.prefix + key, json);
    return { savedAt, expiresAt };
  }

  async remove(key: string): Promise<void> {
    try {
      this.storage()?.removeItem(this.prefix + key);
    } catch {
      // Nothing to remove.
    }
  }
}

// The check of a stored booking draft. A draft comes back from the browser's storage, where
// anything may have been written (an older version, another tab, a person at the console): every
// field is checked, with its size, before the flow sees it. A draft that fails is discarded and
// the flow says so; it never reaches the screen.
/** Longest text of a name, address, id or opening hours in a draft (as HttpBookingProvider). */
const TEXT_MAX = 2000;
/** Longest text the citizen types in an applicant field. */
const TYPED_MAX = 1000;
/** The details field's limit (the same as the form's). */
export const DRAFT_DETAILS_MAX = 200;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, max: number, nonEmpty: boolean) =>
  typeof x === 'string' && x.length <= max && (!nonEmpty || x.trim() !== '');
/** An object whose `keys` are non-empty strings and whose `optional` keys are strings if present. */
const record = (x: unknown, keys: string[], optional: string[] = []): x is Obj =>
  isObj(x) &&
  keys.every((k) => str(x[k], TEXT_MAX, true)) &&
  optional.every((k) => x[k] === undefined || str(x[k], TEXT_MAX, false));
const orNull = (x: unknown, keys: string[], optional?: string[]) =>
  x === null || record(x, keys, optional);
const slotOk = (x: unknown) =>
  x === null ||
  (isObj(x) &&
    isIsoDateTime(x.start) &&
    isIsoDateTime(x.end) &&
    Date.parse(x.end) > Date.parse(x.start));
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Checks that an unknown value (a stored draft) is a `BookingDraft` the flow can show: every
 * field of the right type and size, dates that are dates, and the choices its step needs (an
 * office from the date step on, a slot from the details step, a reason from the applicant step).
 */
export function isBookingDraft(x: unknown): x is BookingDraft {
  if (!isObj(x) || !Number.isInteger(x.step)) return false;
  const step = x.step as number;
  if (step < 0 || step > 4) return false;
  const d = x.data;
  if (
    !isObj(d) ||
    !orNull(d.officeType, ['id', 'name']) ||
    !orNull(d.office, ['id', 'typeId', 'name', 'address', 'hours'], ['phone', 'email']) ||
    !slotOk(d.slot) ||
    !orNull(d.reason, ['id', 'label']) ||
    !(d.month === '' || (typeof d.month === 'string' && MONTH.test(d.month))) ||
    !str(d.details, DRAFT_DETAILS_MAX, false) ||
    !isObj(d.applicant) ||
    !['name', 'surname', 'email', 'phone'].every((k) =>
      str((d.applicant as Obj)[k], TYPED_MAX, false),
    )
  ) {
    return false;
  }
  // What each step needs from the ones before it.
  if (step >= 1 && (d.officeType === null || d.office === null)) return false;
  if (step >= 2 && d.slot === null) return false;
  if (step >= 3 && d.reason === null) return false;
  return true;
}
