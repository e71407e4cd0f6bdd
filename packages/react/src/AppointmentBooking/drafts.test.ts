import { DRAFT_TTL_DAYS, LocalStorageDraftStore } from './drafts.js';

const KEY = 'piazza:draft:k';
let clock = new Date('2026-02-02T08:00:00Z');
const store = () => new LocalStorageDraftStore<{ a: number }>({ now: () => clock });
const isA = (x: unknown): x is { a: number } => typeof (x as { a?: unknown })?.a === 'number';

beforeEach(() => {
  localStorage.clear();
  clock = new Date('2026-02-02T08:00:00Z');
});

describe('LocalStorageDraftStore', () => {
  test('saves and loads, kept at least one year', async () => {
    const s = store();
    const info = await s.save('k', { a: 1 });
    expect(DRAFT_TTL_DAYS).toBeGreaterThanOrEqual(366);
    expect(info.expiresAt.toISOString()).toBe('2027-02-03T08:00:00.000Z');
    clock = new Date('2027-02-02T08:00:00Z'); // one year later: still there
    const r = await s.load('k', isA);
    expect(r).toMatchObject({ status: 'found', data: { a: 1 } });
  });

  test('dropped once expired', async () => {
    const s = store();
    await s.save('k', { a: 1 });
    clock = new Date('2027-02-04T08:00:00Z');
    expect(await s.load('k', isA)).toEqual({ status: 'none' });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('other expired drafts are pruned on load', async () => {
    const s = store();
    await s.save('old', { a: 1 });
    clock = new Date('2027-03-01T00:00:00Z');
    await s.save('k', { a: 2 });
    await s.load('k', isA);
    expect(localStorage.getItem('piazza:draft:old')).toBeNull();
    expect(localStorage.getItem(KEY)).not.toBeNull();
  });

  test('unreadable drafts are reported corrupt and removed, never thrown', async () => {
    const s = store();
    for (const raw of [
      '{nope',
      '"text"',
      '{"v":2}',
      '{"v":1,"savedAt":"x","expiresAt":"y","data":{}}',
    ]) {
      localStorage.setItem(KEY, raw);
      expect(await s.load('k', isA)).toEqual({ status: 'corrupt' });
      expect(localStorage.getItem(KEY)).toBeNull();
    }
    // Well-formed envelope, data of the wrong shape.
    await s.save('k', { a: 'x' } as unknown as { a: number });
    expect(await s.load('k', isA)).toEqual({ status: 'corrupt' });
  });

  test('no storage (server, private mode) reads as no draft', async () => {
    const s = new LocalStorageDraftStore({ storage: () => null });
    expect(await s.load('k')).toEqual({ status: 'none' });
    await expect(s.save('k', {})).rejects.toThrow(/no localStorage/);
    const throwing = new LocalStorageDraftStore({
      storage: () => {
        throw new Error('SecurityError');
      },
    });
    expect(await throwing.load('k')).toEqual({ status: 'none' });
  });
});

describe('LocalStorageDraftStore: sizes and envelopes', () => {
  test('a draft larger than maxChars is refused on save and discarded on load', async () => {
    const s = new LocalStorageDraftStore<{ text: string }>({ now: () => clock });
    // a 4 MB field: refused, and nothing is written
    await expect(s.save('k', { text: 'x'.repeat(4_000_000) })).rejects.toThrow(/more than 100000/);
    expect(localStorage.getItem(KEY)).toBeNull();
    // written by someone else: discarded as corrupt
    localStorage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        savedAt: '2026-02-01T08:00:00.000Z',
        expiresAt: '2027-02-01T08:00:00.000Z',
        data: { text: 'x'.repeat(200_000) },
      }),
    );
    expect(await s.load('k')).toEqual({ status: 'corrupt' });
    expect(localStorage.getItem(KEY)).toBeNull();
    // the limit can be set
    const small = new LocalStorageDraftStore<{ text: string }>({ now: () => clock, maxChars: 150 });
    await expect(small.save('k', { text: 'x'.repeat(60) })).rejects.toThrow(RangeError);
    await expect(small.save('k', { text: 'ok' })).resolves.toHaveProperty('savedAt');
  });

  test('envelope dates must be instants; a validator that throws discards the draft', async () => {
    const s = store();
    for (const env of [
      { v: 1, savedAt: '1', expiresAt: '2', data: { a: 1 } }, // Date.parse reads these as years
      {
        v: 1,
        savedAt: '2026-02-01T08:00:00.000Z',
        expiresAt: '2025-01-01T00:00:00.000Z',
        data: { a: 1 },
      },
      [1, 2],
    ]) {
      localStorage.setItem(KEY, JSON.stringify(env));
      expect(await s.load('k', isA)).toEqual({ status: 'corrupt' });
    }
    await s.save('k', { a: 1 });
    const throwing = (x: unknown): x is { a: number } => {
      throw new Error(String(x));
    };
    expect(await s.load('k', throwing)).toEqual({ status: 'corrupt' });
  });
});
