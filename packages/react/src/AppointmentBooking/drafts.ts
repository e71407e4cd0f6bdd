// Drafts of a request (CSE.1.6): saved at any step, kept at least one year, then dropped.

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
}

interface Envelope {
  v: 1;
  savedAt: string;
  expiresAt: string;
  data: unknown;
}

function isEnvelope(x: unknown): x is Envelope {
  const e = x as Envelope | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    e.v === 1 &&
    !Number.isNaN(Date.parse(e.savedAt)) &&
    !Number.isNaN(Date.parse(e.expiresAt)) &&
    'data' in e
  );
}

/**
 * Drafts in the browser's localStorage, each kept `ttlDays` after its last save. Reading never
 * throws: no storage reads as no draft; an unreadable draft is removed and reported `corrupt`.
 * Each load also drops the store's expired drafts.
 */
export class LocalStorageDraftStore<T> implements DraftStore<T> {
  private readonly prefix: string;
  private readonly ttl: number;
  private readonly now: () => Date;
  private readonly storage: () => Storage | null | undefined;

  constructor(options: LocalStorageDraftStoreOptions = {}) {
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
      e = JSON.parse(raw);
    } catch {
      e = undefined;
    }
    if (!isEnvelope(e) || (isValid && !isValid(e.data))) {
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
    s.setItem(this.prefix + key, JSON.stringify(envelope));
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
