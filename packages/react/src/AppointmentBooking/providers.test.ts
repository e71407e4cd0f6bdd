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
      return json(200, { items: [{ id: 'x', name: 'X' }] });
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
      json(201, { code: 'PRN-1', officeId: 'urp', slot: { start: 'a', end: 'b' }, createdAt: 'c' }),
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
