import { HttpBookingProvider } from './HttpBookingProvider.js';
import { EXAMPLE_OFFICES, MemoryBookingProvider, toRomeIso } from './MemoryBookingProvider.js';
import { BookingError, type BookingRequest } from './types.js';

const now = () => new Date('2026-02-02T08:00:00Z');

function request(
  p: MemoryBookingProvider,
  slotStart: string,
  end: string,
  key = 'k1',
): BookingRequest {
  void p;
  return {
    officeId: 'anagrafe-municipio',
    reasonId: 'cie',
    details: 'x',
    slot: { start: slotStart, end },
    applicant: { name: 'A', surname: 'B', email: 'a@b.it', phone: '' },
    idempotencyKey: key,
  };
}

describe('MemoryBookingProvider', () => {
  test('the Comune di Esempio offices, with realistic types and reasons', async () => {
    const p = new MemoryBookingProvider({ now });
    expect((await p.officeTypes()).map((t) => t.name)).toEqual([
      'Anagrafe e stato civile',
      'Tributi',
      'Edilizia e urbanistica',
      'Relazioni con il pubblico',
    ]);
    expect((await p.offices('anagrafe')).map((o) => o.name)).toEqual([
      'Ufficio Anagrafe – Sede municipale',
      'Ufficio Anagrafe – Delegazione di Borgo San Rocco',
    ]);
    const office = (await p.offices('tributi'))[0]!;
    expect(office).not.toHaveProperty('schedule');
    expect((await p.reasons('tributi')).map((r) => r.id)).toEqual(['tari', 'imu', 'rateizzazione']);
    expect(EXAMPLE_OFFICES.map((o) => o.name)).toContain('URP – Ufficio Relazioni con il Pubblico');
  });

  test('slots: deterministic, from the next day, within opening hours, Rome time', async () => {
    const p = new MemoryBookingProvider({ now });
    const feb = await p.slots('anagrafe-municipio', '2026-02');
    expect(feb.length).toBeGreaterThan(5);
    expect(await new MemoryBookingProvider({ now }).slots('anagrafe-municipio', '2026-02')).toEqual(
      feb,
    );
    for (const s of feb) {
      expect(s.start > '2026-02-03').toBe(true);
      expect(s.start).toMatch(/^2026-02-\d\dT(09|1[0-7]):(00|30):00\+01:00$/);
    }
    // Summer time in April.
    const apr = await p.slots('anagrafe-municipio', '2026-04');
    expect(apr[0]!.start).toMatch(/\+02:00$/);
    expect(toRomeIso(new Date('2026-07-01T07:00:00Z'))).toBe('2026-07-01T09:00:00+02:00');
  });

  test('submit books, the same key books once, a taken slot is refused', async () => {
    const p = new MemoryBookingProvider({ now });
    const [s] = await p.slots('anagrafe-municipio', '2026-02');
    const b1 = await p.submit(request(p, s!.start, s!.end));
    const again = await p.submit(request(p, s!.start, s!.end));
    expect(again.code).toBe(b1.code);
    expect(p.bookings).toHaveLength(1);
    await expect(p.submit(request(p, s!.start, s!.end, 'k2'))).rejects.toMatchObject({
      kind: 'slot-taken',
    });
    expect((await p.slots('anagrafe-municipio', '2026-02')).map((x) => x.start)).not.toContain(
      s!.start,
    );
  });

  test('configurable failures and latency', async () => {
    const p = new MemoryBookingProvider({ now, failSubmits: 1, failLoads: 1, delayMs: 20 });
    const t0 = Date.now();
    await expect(p.officeTypes()).rejects.toBeInstanceOf(BookingError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(15);
    const [s] = await p.slots('anagrafe-municipio', '2026-02');
    await expect(p.submit(request(p, s!.start, s!.end))).rejects.toMatchObject({
      kind: 'unavailable',
    });
    await expect(p.submit(request(p, s!.start, s!.end))).resolves.toHaveProperty('code');
  });
});

describe('HttpBookingProvider', () => {
  const json = (status: number, body: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });

  test('GETs the documented paths and reads { items }', async () => {
    const calls: string[] = [];
    const fetch = vi.fn(async (url: RequestInfo | URL) => {
      calls.push(String(url));
      return json(200, { items: [] });
    });
    const p = new HttpBookingProvider({ baseUrl: 'https://comune.esempio.it/api/v1/', fetch });
    await p.officeTypes();
    await p.offices('anagrafe e stato');
    await p.reasons('a/b');
    await p.slots('urp', '2026-02');
    expect(calls).toEqual([
      'https://comune.esempio.it/api/v1/office-types',
      'https://comune.esempio.it/api/v1/offices?type=anagrafe%20e%20stato',
      'https://comune.esempio.it/api/v1/offices/a%2Fb/reasons',
      'https://comune.esempio.it/api/v1/offices/urp/slots?month=2026-02',
    ]);
  });

  test('POST /bookings with the Idempotency-Key header; errors mapped to kinds', async () => {
    let sent: RequestInit | undefined;
    const responses = [
      json(201, {
        code: 'PRN-1',
        officeId: 'urp',
        slot: { start: '2026-02-10T09:00:00+01:00', end: '2026-02-10T09:30:00+01:00' },
        createdAt: '2026-02-02T09:00:00+01:00',
      }),
      json(409, { message: 'preso' }),
      json(422, { message: 'no' }),
      json(503, undefined),
    ];
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      sent = init;
      return responses.shift()!;
    });
    const p = new HttpBookingProvider({
      baseUrl: 'https://x.it/api',
      fetch,
      headers: { 'X-CSRF': 't' },
    });
    const req = request(new MemoryBookingProvider(), 'a', 'b', 'key-1');
    expect((await p.submit(req)).code).toBe('PRN-1');
    expect(sent?.method).toBe('POST');
    expect(sent?.headers).toMatchObject({
      'Idempotency-Key': 'key-1',
      'Content-Type': 'application/json',
      'X-CSRF': 't',
    });
    expect(JSON.parse(String(sent?.body))).not.toHaveProperty('idempotencyKey');
    await expect(p.submit(req)).rejects.toMatchObject({ kind: 'slot-taken', message: 'preso' });
    await expect(p.submit(req)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(p.submit(req)).rejects.toMatchObject({ kind: 'unavailable' });
  });

  test('a network failure is "unavailable"; an abort stays an abort', async () => {
    const down = new HttpBookingProvider({
      baseUrl: 'https://x.it',
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(down.officeTypes()).rejects.toMatchObject({ kind: 'unavailable' });
    const aborted = new HttpBookingProvider({
      baseUrl: 'https://x.it',
      fetch: async () => Promise.reject(new DOMException('Aborted', 'AbortError')),
    });
    await expect(aborted.officeTypes()).rejects.toHaveProperty('name', 'AbortError');
    expect(() => new HttpBookingProvider({ baseUrl: '' })).toThrow(/baseUrl/);
  });
});

describe('HttpBookingProvider: a back office that hangs, is cancelled or answers nonsense', () => {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const req: BookingRequest = {
    officeId: 'urp',
    reasonId: 'informazioni',
    details: 'x',
    slot: { start: '2026-02-10T09:00:00+01:00', end: '2026-02-10T09:30:00+01:00' },
    applicant: { name: 'A', surname: 'B', email: 'a@b.it', phone: '' },
    idempotencyKey: 'key-1',
  };
  /** A fetch that never answers; it records the signal it was given. */
  const hanging = () => {
    const signals: AbortSignal[] = [];
    const fetch = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>(() => {
          if (init?.signal) signals.push(init.signal);
        }),
    );
    return { fetch, signals };
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a submission that never answers fails as "unavailable" after 30 s by default', async () => {
    vi.useFakeTimers();
    const { fetch, signals } = hanging();
    const p = new HttpBookingProvider({ baseUrl: 'https://x.it', fetch });
    const sent = p.submit(req);
    const outcome = sent.then(
      () => 'booked',
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(29_000);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await outcome;
    expect(error).toBeInstanceOf(BookingError);
    expect(error).toMatchObject({ kind: 'unavailable' });
    // the request itself is cancelled
    expect(signals[0]?.aborted).toBe(true);
  }, 3000);

  test('every read has a time limit (15 s by default, or the one given)', async () => {
    vi.useFakeTimers();
    const { fetch } = hanging();
    const byDefault = new HttpBookingProvider({ baseUrl: 'https://x.it', fetch });
    const calls = [
      byDefault.officeTypes(),
      byDefault.offices('a'),
      byDefault.reasons('a'),
      byDefault.slots('a', '2026-02'),
    ].map((c) => c.catch((e: unknown) => e));
    await vi.advanceTimersByTimeAsync(15_000);
    for (const e of await Promise.all(calls)) expect(e).toMatchObject({ kind: 'unavailable' });
    const quick = new HttpBookingProvider({ baseUrl: 'https://x.it', fetch, timeoutMs: 500 });
    const read = quick.officeTypes().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    expect(await read).toMatchObject({ kind: 'unavailable' });
    expect(() => new HttpBookingProvider({ baseUrl: 'https://x.it', timeoutMs: 0 })).toThrow(
      /timeoutMs/,
    );
  }, 3000);

  test('an answer whose body never ends is also cut off', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(
      async () =>
        new Response(
          new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) }),
          {
            status: 200,
          },
        ),
    );
    const p = new HttpBookingProvider({ baseUrl: 'https://x.it', fetch, timeoutMs: 1000 });
    const read = p.officeTypes().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await read).toMatchObject({ kind: 'unavailable' });
  }, 3000);

  test("the caller's AbortSignal cancels the request (reads and submit)", async () => {
    const { fetch, signals } = hanging();
    const p = new HttpBookingProvider({ baseUrl: 'https://x.it', fetch });
    const controller = new AbortController();
    const read = p.slots('urp', '2026-02', controller.signal).catch((e: unknown) => e);
    const sent = p.submit(req, controller.signal).catch((e: unknown) => e);
    controller.abort();
    expect(await read).toHaveProperty('name', 'AbortError');
    expect(await sent).toHaveProperty('name', 'AbortError');
    expect(signals.every((s) => s.aborted)).toBe(true);
    // already aborted: no request at all
    fetch.mockClear();
    await expect(p.officeTypes(controller.signal)).rejects.toHaveProperty('name', 'AbortError');
    expect(fetch).not.toHaveBeenCalled();
  }, 3000);

  test.each<[string, string, unknown, RegExp]>([
    ['a null item', 'officeTypes', { items: [null] }, /items\[0\]: expected an object, got null/],
    ['no items', 'officeTypes', { data: [] }, /expected \{ items/],
    [
      'an office without a name',
      'offices',
      { items: [{ id: 'a', typeId: 't', address: 'x', hours: 'y' }] },
      /items\[0\]\.name/,
    ],
    [
      'a reason id that is a number',
      'reasons',
      { items: [{ id: 3, label: 'x' }] },
      /items\[0\]\.id/,
    ],
    [
      'a slot date that is not a date',
      'slots',
      { items: [{ start: 'domani', end: '2026-02-10T09:30:00+01:00' }] },
      /items\[0\]\.start: expected an ISO 8601/,
    ],
    [
      'a slot date that does not exist',
      'slots',
      { items: [{ start: '2026-02-31T09:00:00+01:00', end: '2026-02-31T09:30:00+01:00' }] },
      /items\[0\]\.start/,
    ],
    [
      'a slot without offset',
      'slots',
      { items: [{ start: '2026-02-10T09:00:00', end: '2026-02-10T09:30:00' }] },
      /items\[0\]\.start/,
    ],
    [
      'a slot that ends before it starts',
      'slots',
      { items: [{ start: '2026-02-10T09:30:00+01:00', end: '2026-02-10T09:00:00+01:00' }] },
      /end is not after start/,
    ],
    [
      'a booking without code',
      'submit',
      { officeId: 'urp', slot: req.slot, createdAt: '2026-02-02T09:00:00+01:00' },
      /booking\.code/,
    ],
    [
      'a booking with a bad date',
      'submit',
      { code: 'P', officeId: 'urp', slot: req.slot, createdAt: 'ieri' },
      /booking\.createdAt/,
    ],
    ['an answer that is not JSON', 'officeTypes', undefined, /HTTP 200/],
  ])('%s is "unavailable", never handed to the flow', async (_, method, body, message) => {
    const fetch = vi.fn(async () =>
      body === undefined ? new Response('<html>', { status: 200 }) : json(200, body),
    );
    const p = new HttpBookingProvider({ baseUrl: 'https://x.it', fetch });
    const call =
      method === 'submit'
        ? p.submit(req)
        : method === 'slots'
          ? p.slots('urp', '2026-02')
          : method === 'officeTypes'
            ? p.officeTypes()
            : (p[method as 'offices'] as (a: string) => Promise<unknown>).call(p, 'a');
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BookingError);
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect((error as Error).message).toMatch(message);
  });

  test('good answers pass, slots in time order, optional fields kept', async () => {
    const answers = [
      json(200, {
        items: [{ id: 'a', typeId: 't', name: 'N', address: 'A', hours: 'H', phone: '+39 1' }],
      }),
      json(200, {
        items: [
          { start: '2026-02-11T09:00:00+01:00', end: '2026-02-11T09:30:00+01:00' },
          { start: '2026-02-10T08:00:00Z', end: '2026-02-10T08:30:00Z' },
        ],
      }),
    ];
    const p = new HttpBookingProvider({
      baseUrl: 'https://x.it',
      fetch: async () => answers.shift()!,
    });
    expect(await p.offices('t')).toEqual([
      { id: 'a', typeId: 't', name: 'N', address: 'A', hours: 'H', phone: '+39 1' },
    ]);
    expect((await p.slots('a', '2026-02')).map((s) => s.start)).toEqual([
      '2026-02-10T08:00:00Z',
      '2026-02-11T09:00:00+01:00',
    ]);
  });
});
