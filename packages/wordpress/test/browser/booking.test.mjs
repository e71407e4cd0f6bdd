// Bookings in a real WordPress 6.1 + MariaDB 10.11 + PHP 8.2 (Debian's packages, started by the
// test): the contract of docs/booking-api.yaml through @piazza/react's own HttpBookingProvider,
// Idempotency-Key, the race for the last place, hostile bookings, CORS in real Chromium.
// Skips, saying why, only when the Debian packages cannot be installed here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { HttpBookingProvider } from '@piazza/react';
import { skipReason } from '../lib/setup.mjs';
import { MONTH, applicant, countRows, json, key, startBackOffice } from '../lib/back-office.mjs';

const skip = skipReason ? `WordPress not available: ${skipReason}` : false;

let wp;
let browser;
let siteUrl;
let stop;

before(async () => {
  if (skip) return;
  ({ wp, browser, siteUrl, stop } = await startBackOffice());
});

after(async () => {
  await stop?.();
});

const count = (table, where) => countRows(wp, table, where);

test(
  'the booking contract, through HttpBookingProvider of @piazza/react unchanged',
  { skip },
  async () => {
    const t0 = Date.now();
    const provider = new HttpBookingProvider({ baseUrl: wp.api });
    const types = await provider.officeTypes();
    assert.deepEqual(types.map((t) => t.id).sort(), ['anagrafe', 'tributi']);
    const offices = await provider.offices('anagrafe');
    assert.equal(offices.length, 1);
    assert.equal(offices[0].id, 'anagrafe-municipio');
    assert.equal(offices[0].name, 'Ufficio Anagrafe – Sede municipale');
    const reasons = await provider.reasons('anagrafe-municipio');
    assert.deepEqual(
      reasons.map((r) => r.label),
      ["Carta d'identità elettronica", 'Cambio di residenza'],
    );
    const slots = await provider.slots('anagrafe-municipio', MONTH);
    const days = new Set(slots.map((s) => s.start.slice(0, 10)));
    // Two 30-minute slots a day (09:00–10:00), every day but the closure and the holidays.
    assert.ok(slots.length > 40, `only ${slots.length} slots`);
    assert.ok(!days.has(`${MONTH}-10`), 'a slot on the office closure');
    const fixed = [
      '01-01',
      '01-06',
      '04-25',
      '05-01',
      '06-02',
      '08-15',
      '11-01',
      '12-08',
      '12-25',
      '12-26',
    ];
    for (const d of fixed)
      assert.ok(!days.has(`${MONTH.slice(0, 4)}-${d}`), `a slot on the holiday ${d}`);
    assert.match(slots[0].start, /T09:00:00\+0[12]:00$/);
    assert.match(slots[1].start, /T09:30:00\+0[12]:00$/);

    const booking = await provider.submit({
      idempotencyKey: key(),
      officeId: 'anagrafe-municipio',
      reasonId: reasons[0].id,
      details: 'Rinnovo della carta scaduta',
      slot: slots[0],
      applicant,
    });
    assert.match(booking.code, /^PRN-\d{4}-[0-9A-F]{8}$/);
    assert.equal(Date.parse(booking.slot.start), Date.parse(slots[0].start));
    console.log(`# booked in ${Date.now() - t0} ms`);
    const after = await provider.slots('anagrafe-municipio', MONTH);
    assert.ok(!after.some((s) => s.start === slots[0].start), 'the booked slot is still offered');
    // Taken again: the provider's "slot-taken", the citizen is asked to choose another.
    await assert.rejects(
      provider.submit({
        idempotencyKey: key(),
        officeId: 'anagrafe-municipio',
        reasonId: reasons[0].id,
        details: '',
        slot: slots[0],
        applicant,
      }),
      (e) => e.kind === 'slot-taken',
    );
  },
);

test('the same Idempotency-Key books once and answers the same booking', { skip }, async () => {
  const slots = (
    await (await fetch(`${wp.api}/offices/anagrafe-municipio/slots?month=${MONTH}`)).json()
  ).items;
  const k = key();
  const body = {
    officeId: 'anagrafe-municipio',
    reasonId: 'cambio-di-residenza',
    details: '',
    slot: slots[3],
    applicant,
  };
  const first = await fetch(`${wp.api}/bookings`, json(body, { 'Idempotency-Key': k }));
  const second = await fetch(`${wp.api}/bookings`, json(body, { 'Idempotency-Key': k }));
  assert.equal(first.status, 201);
  assert.equal(second.status, 200);
  assert.equal((await first.json()).code, (await second.json()).code);
  assert.equal(await count('piazza_bookings', `idempotency_key = '${k}'`), 1);
});

test(
  '8 parallel requests for the last place: one 201, seven 409, one row (UNIQUE key)',
  { skip },
  async () => {
    const slots = (
      await (await fetch(`${wp.api}/offices/anagrafe-municipio/slots?month=${MONTH}`)).json()
    ).items;
    const slot = slots[6];
    const body = {
      officeId: 'anagrafe-municipio',
      reasonId: 'cambio-di-residenza',
      details: '',
      slot,
      applicant,
    };
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${wp.api}/bookings`, json(body, { 'Idempotency-Key': key() })).then((r) => r.status),
      ),
    );
    assert.deepEqual(statuses.filter((s) => s === 201).length, 1, `statuses ${statuses}`);
    assert.deepEqual(statuses.filter((s) => s === 409).length, 7, `statuses ${statuses}`);
    const start = new Date(slot.start).toISOString().slice(0, 19).replace('T', ' ');
    assert.equal(
      await count(
        'piazza_bookings',
        `office_id = 'anagrafe-municipio' AND slot_start = '${start}' AND seat IS NOT NULL`,
      ),
      1,
    );
    // An office with two desks: two 201 for the same hour, then 409.
    const t = (
      await (await fetch(`${wp.api}/offices/tributi-sportello/slots?month=${MONTH}`)).json()
    ).items[0];
    const b2 = { officeId: 'tributi-sportello', reasonId: 'imu', details: '', slot: t, applicant };
    const s2 = await Promise.all(
      Array.from({ length: 6 }, () =>
        fetch(`${wp.api}/bookings`, json(b2, { 'Idempotency-Key': key() })).then((r) => r.status),
      ),
    );
    assert.equal(s2.filter((s) => s === 201).length, 2, `statuses ${s2}`);
    assert.equal(s2.filter((s) => s === 409).length, 4, `statuses ${s2}`);
  },
);

test(
  'hostile bookings are refused with a clear error naming the field, nothing stored',
  { skip },
  async () => {
    const slots = (
      await (await fetch(`${wp.api}/offices/anagrafe-municipio/slots?month=${MONTH}`)).json()
    ).items;
    const good = {
      officeId: 'anagrafe-municipio',
      reasonId: 'cambio-di-residenza',
      details: '',
      slot: slots[8],
      applicant,
    };
    const before = await count('piazza_bookings');
    const cases = [
      [json(good), 422, /Idempotency-Key/],
      [
        json(
          { ...good, applicant: { ...applicant, email: 'not-an-email' } },
          { 'Idempotency-Key': key() },
        ),
        422,
        /applicant\.email/,
      ],
      [
        json(
          { ...good, applicant: { ...applicant, name: '<script>alert(1)</script>' } },
          { 'Idempotency-Key': key() },
        ),
        422,
        /applicant\.name.*HTML/,
      ],
      [
        json({ ...good, details: 'x'.repeat(201) }, { 'Idempotency-Key': key() }),
        422,
        /details.*200/,
      ],
      [
        json(
          {
            ...good,
            slot: { start: '2026-02-31T09:00:00+01:00', end: '2026-03-01T09:30:00+01:00' },
          },
          { 'Idempotency-Key': key() },
        ),
        422,
        /slot\.start/,
      ],
      [
        json(
          {
            ...good,
            slot: {
              start: slots[8].start.replace('09:', '03:'),
              end: slots[8].end.replace('09:', '03:'),
            },
          },
          { 'Idempotency-Key': key() },
        ),
        422,
        /slot/,
      ],
      [json({ ...good, officeId: 42 }, { 'Idempotency-Key': key() }), 422, /officeId/],
      [json({ ...good, reasonId: 'nope' }, { 'Idempotency-Key': key() }), 422, /reasonId/],
      [json({ ...good, extra: 1 }, { 'Idempotency-Key': key() }), 422, /extra/],
      [json('{"officeId": ', { 'Idempotency-Key': key() }), 400, /JSON/],
      [json({ ...good, details: 'x'.repeat(20000) }, { 'Idempotency-Key': key() }), 413, /byte/],
      [
        {
          ...json(good, { 'Idempotency-Key': key() }),
          headers: { 'content-type': 'text/plain', 'Idempotency-Key': key() },
        },
        415,
        /JSON/,
      ],
    ];
    for (const [init, status, message] of cases) {
      const res = await fetch(`${wp.api}/bookings`, init);
      const body = await res.json();
      assert.equal(res.status, status, `${init.body?.slice?.(0, 80)}: ${JSON.stringify(body)}`);
      assert.ok(['invalid'].includes(body.error), JSON.stringify(body));
      assert.match(body.message, message);
    }
    assert.equal(await count('piazza_bookings'), before, 'a refused booking was stored');
    const missing = await fetch(`${wp.api}/offices/nope/slots?month=${MONTH}`);
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).error, 'not-found');
    const badMonth = await fetch(`${wp.api}/offices/anagrafe-municipio/slots?month=2026-13`);
    assert.equal(badMonth.status, 422);
  },
);

test('CORS in Chromium: the site origin may call, another origin may not', { skip }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const call = (url) =>
    page.evaluate(async (u) => {
      try {
        const res = await fetch(u, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ page: '/cors/', rating: 4, answer: null, details: '' }),
        });
        return res.status;
      } catch (e) {
        return `blocked: ${e.message}`;
      }
    }, url);
  await page.goto(siteUrl);
  assert.equal(await call(`${wp.api}/feedback`), 201);
  // The booking POST's preflight lets Idempotency-Key through (an empty body: a readable 422).
  const booking = await page.evaluate(async (u) => {
    try {
      const res = await fetch(u, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': 'browser-key-0001' },
        body: '{}',
      });
      return `${res.status} ${(await res.json()).error}`;
    } catch (e) {
      return `blocked: ${e.message}`;
    }
  }, `${wp.api}/bookings`);
  assert.equal(booking, '422 invalid');
  // Same server, other origin (localhost is not 127.0.0.1): the browser refuses the answer.
  await page.goto(siteUrl.replace('127.0.0.1', 'localhost'));
  const before = await count('piazza_feedback');
  assert.match(String(await call(`${wp.api}/feedback`)), /^blocked/);
  assert.equal(await count('piazza_feedback'), before, 'a request from another origin was stored');
  const direct = await fetch(`${wp.api}/office-types`, {
    headers: { Origin: 'https://evil.example' },
  });
  assert.equal(direct.status, 403);
  assert.equal(direct.headers.get('access-control-allow-origin'), null);
  await context.close();
});
