import {
  EXAMPLE_OFFICES,
  EXAMPLE_OFFICE_TYPES,
  MemoryBookingProvider,
  type MemoryBookingProviderOptions,
  type MemoryOffice,
} from './MemoryBookingProvider.js';

const now = () => new Date('2026-02-02T08:00:00Z'); // Monday 2 February 2026, 9:00 in Rome

const sportello: MemoryOffice = {
  id: 'sportello-sociale',
  typeId: 'sociale',
  name: 'Sportello sociale',
  address: 'Via Roma 1, 00100 Esempio',
  hours: 'Martedì 14:00–16:00; sabato 9:00–10:30 e 11:00–12:00',
  schedule: [
    { weekday: 6, from: '11:00', to: '12:00' },
    { weekday: 2, from: '14:00', to: '16:00' },
    { weekday: 6, from: '09:00', to: '10:30' },
  ],
  reasons: [{ id: 'colloquio', label: 'Colloquio con l’assistente sociale' }],
};
const sociale = { id: 'sociale', name: 'Servizi sociali' };

/** A provider built from `offices` changed by `change` (for the checks of bad data). */
const withOffice = (
  change: (o: Record<string, unknown>) => void,
  extra?: MemoryBookingProviderOptions,
) => {
  const office = structuredClone(sportello) as unknown as Record<string, unknown>;
  change(office);
  return () =>
    new MemoryBookingProvider({
      officeTypes: [sociale],
      offices: [office as unknown as MemoryOffice],
      ...extra,
    });
};

describe('MemoryBookingProvider with its own offices', () => {
  test('answers the given types, offices and reasons, without schedules', async () => {
    const p = new MemoryBookingProvider({ now, officeTypes: [sociale], offices: [sportello] });
    expect(await p.officeTypes()).toEqual([sociale]);
    const [office] = await p.offices('sociale');
    expect(office).toEqual({
      id: 'sportello-sociale',
      typeId: 'sociale',
      name: 'Sportello sociale',
      address: 'Via Roma 1, 00100 Esempio',
      hours: 'Martedì 14:00–16:00; sabato 9:00–10:30 e 11:00–12:00',
    });
    expect(await p.offices('anagrafe')).toEqual([]);
    expect(await p.reasons('sportello-sociale')).toEqual(sportello.reasons);
    await expect(p.reasons('anagrafe-municipio')).rejects.toMatchObject({ kind: 'invalid' });
  });

  test('its slots follow its schedule: weekdays, openings in time order, 30 minutes each', async () => {
    const p = new MemoryBookingProvider({ now, officeTypes: [sociale], offices: [sportello] });
    const slots = [
      ...(await p.slots('sportello-sociale', '2026-03')),
      ...(await p.slots('sportello-sociale', '2026-04')),
    ];
    expect(slots.length).toBeGreaterThan(3);
    const allowed = new Set([
      'Tue 14:00', 'Tue 14:30', 'Tue 15:00', 'Tue 15:30',
      'Sat 09:00', 'Sat 09:30', 'Sat 10:00', 'Sat 11:00', 'Sat 11:30',
    ]); // prettier-ignore
    for (const { start, end } of slots) {
      const day = new Date(start).toLocaleDateString('en-GB', {
        weekday: 'short',
        timeZone: 'Europe/Rome',
      });
      expect(allowed).toContain(`${day} ${start.slice(11, 16)}`);
      expect(new Date(end).getTime() - new Date(start).getTime()).toBe(30 * 60000);
    }
    expect(slots.map((s) => s.start)).toEqual(slots.map((s) => s.start).sort());
    // Every opening offers slots (the free ones are a stable pseudo-random quarter).
    const times = new Set(slots.map((s) => s.start.slice(11, 16)));
    expect([...times].some((t) => t >= '14:00')).toBe(true);
    expect([...times].some((t) => t < '11:00')).toBe(true);
    expect([...times].some((t) => t.startsWith('11:'))).toBe(true);
    // A booking works on a custom office like on the examples.
    const booking = await p.submit({
      officeId: 'sportello-sociale',
      reasonId: 'colloquio',
      details: '',
      slot: slots[0]!,
      applicant: { name: 'A', surname: 'B', email: 'a@b.it', phone: '' },
      idempotencyKey: 'k',
    });
    expect(booking.officeId).toBe('sportello-sociale');
  });

  test('weekday 7 and weekday 0 are both Sunday', async () => {
    const sunday = (weekday: 0 | 7) =>
      new MemoryBookingProvider({
        now,
        officeTypes: [sociale],
        offices: [{ ...sportello, schedule: [{ weekday, from: '08:00', to: '20:00' }] }],
      }).freeSlots('sportello-sociale', '2026-03');
    const slots = sunday(7);
    expect(slots.length).toBeGreaterThan(0);
    expect(sunday(0)).toEqual(slots);
    for (const s of slots) expect(new Date(s.start).getUTCDay()).toBe(0);
  });

  test('offices alone: the example types they use; the examples stay the default', async () => {
    const mine = { ...sportello, id: 'anagrafe-nord', typeId: 'anagrafe' };
    const p = new MemoryBookingProvider({ now, offices: [mine] });
    expect(await p.officeTypes()).toEqual([EXAMPLE_OFFICE_TYPES[0]]);
    expect((await p.offices('anagrafe')).map((o) => o.id)).toEqual(['anagrafe-nord']);
    // With the examples and one more office.
    const more = new MemoryBookingProvider({ now, offices: [...EXAMPLE_OFFICES, mine] });
    expect((await more.offices('anagrafe')).map((o) => o.id)).toEqual([
      'anagrafe-municipio',
      'anagrafe-borgo',
      'anagrafe-nord',
    ]);
    expect(await new MemoryBookingProvider({ now }).officeTypes()).toEqual(EXAMPLE_OFFICE_TYPES);
  });

  test('the provider keeps a copy: changing the options afterwards changes nothing', async () => {
    const office = structuredClone(sportello) as MemoryOffice & { reasons: { label: string }[] };
    const p = new MemoryBookingProvider({ now, officeTypes: [sociale], offices: [office] });
    office.reasons[0]!.label = 'Altro';
    (office as { name: string }).name = 'Altro';
    expect((await p.reasons('sportello-sociale'))[0]!.label).toBe(
      'Colloquio con l’assistente sociale',
    );
    expect((await p.offices('sociale'))[0]!.name).toBe('Sportello sociale');
  });
});

describe('MemoryBookingProvider checks its options', () => {
  test.each<[string, () => unknown, string]>([
    [
      'a typeId that is not an office type',
      withOffice((o) => (o.typeId = 'sport')),
      'MemoryBookingProvider: office "sportello-sociale": typeId "sport" is not one of the office types (sociale)',
    ],
    [
      'a typeId of the example types when the offices come alone',
      () => new MemoryBookingProvider({ offices: [sportello] }),
      'office "sportello-sociale": typeId "sociale" is not one of the office types (anagrafe, tributi, edilizia, urp); pass your own `officeTypes`',
    ],
    [
      'a time that is not HH:MM',
      withOffice((o) => {
        (o.schedule as Array<{ from: string }>)[2]!.from = '9';
      }),
      'office "sportello-sociale": schedule[2].from "9" is not HH:MM (e.g. "09:00")',
    ],
    [
      'a time out of the day',
      withOffice((o) => {
        (o.schedule as Array<{ to: string }>)[0]!.to = '25:00';
      }),
      'office "sportello-sociale": schedule[0].to "25:00" is not HH:MM',
    ],
    [
      'a missing time',
      withOffice((o) => {
        delete (o.schedule as Array<{ to?: string }>)[1]!.to;
      }),
      'office "sportello-sociale": schedule[1].to missing is not HH:MM',
    ],
    [
      'a weekday out of range',
      withOffice((o) => {
        (o.schedule as Array<{ weekday: number }>)[1]!.weekday = 8;
      }),
      'office "sportello-sociale": schedule[1].weekday 8 is not a weekday (1 Monday … 7 Sunday, or 0 Sunday)',
    ],
    [
      'an opening that ends before it starts',
      withOffice((o) => (o.schedule = [{ weekday: 1, from: '12:00', to: '09:00' }])),
      'office "sportello-sociale": schedule[0] 12:00–09:00 is shorter than one 30-minute slot',
    ],
    [
      'overlapping openings',
      withOffice((o) => (o.schedule as unknown[]).push({ weekday: 6, from: '10:00', to: '11:30' })),
      'office "sportello-sociale": schedule[3] 10:00–11:30 overlaps schedule[0] 11:00–12:00 on Saturday',
    ],
    [
      'no schedule',
      withOffice((o) => (o.schedule = [])),
      'office "sportello-sociale": no schedule: expected a non-empty array of { weekday, from, to }, got []',
    ],
    [
      'no reasons',
      withOffice((o) => delete o.reasons),
      'office "sportello-sociale": no reasons: expected a non-empty array of { id, label }, got missing',
    ],
    [
      'a reason without a label',
      withOffice((o) => (o.reasons = [{ id: 'x', label: ' ' }])),
      'office "sportello-sociale": reasons[0].label " " is not a non-empty string',
    ],
    [
      'a reason given twice',
      withOffice(
        (o) =>
          (o.reasons = [
            { id: 'x', label: 'X' },
            { id: 'x', label: 'Y' },
          ]),
      ),
      'office "sportello-sociale": reasons[1].id "x" is used twice',
    ],
    [
      'an office without an id: named by its index',
      withOffice((o) => (o.id = 42)),
      'MemoryBookingProvider: offices[0]: id 42 is not a non-empty string',
    ],
    [
      'an office without an address',
      withOffice((o) => delete o.address),
      'office "sportello-sociale": address missing is not a non-empty string',
    ],
    [
      'a phone that is not text',
      withOffice((o) => (o.phone = 600123456)),
      'office "sportello-sociale": phone 600123456 is not a string',
    ],
    [
      'two offices with one id',
      () => new MemoryBookingProvider({ officeTypes: [sociale], offices: [sportello, sportello] }),
      'office "sportello-sociale": id used twice (offices[0] and [1])',
    ],
    [
      'no offices',
      () => new MemoryBookingProvider({ offices: [] }),
      'MemoryBookingProvider: offices: expected a non-empty array of offices, got []',
    ],
    [
      'an office type without offices',
      withOffice(() => {}, { officeTypes: [sociale, { id: 'sport', name: 'Sport' }] }),
      'MemoryBookingProvider: office type "sport": no office has this typeId',
    ],
    [
      'an office type without a name',
      () => new MemoryBookingProvider({ officeTypes: [{ id: 'sociale' } as never] }),
      'office type "sociale": name missing is not a non-empty string',
    ],
    [
      'office types given as an object',
      () => new MemoryBookingProvider({ officeTypes: sociale as never }),
      'MemoryBookingProvider: officeTypes: expected a non-empty array of { id, name }, got {"id":"sociale","name":"Servizi sociali"}',
    ],
  ])('%s', (_, make, message) => {
    expect(make).toThrow(TypeError);
    expect(make).toThrow(message);
  });

  test('good data passes, the examples included', () => {
    expect(() => new MemoryBookingProvider()).not.toThrow();
    expect(
      () =>
        new MemoryBookingProvider({
          officeTypes: [...EXAMPLE_OFFICE_TYPES, sociale],
          offices: [...EXAMPLE_OFFICES, sportello],
        }),
    ).not.toThrow();
  });
});

describe('MemoryBookingProvider: closed on holidays and the patron saint day', () => {
  /** An office open every day of the week, 9:00–13:00 (every slot offered somewhere). */
  const always: MemoryOffice = {
    ...sportello,
    schedule: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
      weekday,
      from: '09:00',
      to: '13:00',
    })),
  };
  const days = async (p: MemoryBookingProvider, month: string) =>
    new Set((await p.slots('sportello-sociale', month)).map((s) => s.start.slice(0, 10)));
  const make = (at: string, patronDay?: string) =>
    new MemoryBookingProvider({
      now: () => new Date(at),
      officeTypes: [sociale],
      offices: [always],
      ...(patronDay ? { patronDay } : {}),
    });

  test('no slot on 8, 25 and 26 December; the days around them are offered', async () => {
    const dec = await days(make('2026-11-20T08:00:00Z'), '2026-12');
    for (const closed of ['2026-12-08', '2026-12-25', '2026-12-26']) {
      expect(dec.has(closed), closed).toBe(false);
    }
    expect(dec.has('2026-12-07')).toBe(true);
    expect(dec.has('2026-12-09')).toBe(true);
    expect(dec.has('2026-12-24')).toBe(true);
  });

  test('no slot on the January holidays, on Easter Monday (computed), 25 April, 1 May, 2 June', async () => {
    const p = make('2026-12-20T08:00:00Z');
    const jan = await days(p, '2027-01');
    expect(jan.has('2027-01-01')).toBe(false);
    expect(jan.has('2027-01-06')).toBe(false);
    expect(jan.has('2027-01-07')).toBe(true);
    const spring = make('2026-03-20T08:00:00Z');
    const apr = await days(spring, '2026-04');
    expect(apr.has('2026-04-05')).toBe(false); // Easter Sunday
    expect(apr.has('2026-04-06')).toBe(false); // Easter Monday
    expect(apr.has('2026-04-25')).toBe(false);
    expect(apr.has('2026-04-07')).toBe(true);
    const may = await days(spring, '2026-05');
    expect(may.has('2026-05-01')).toBe(false);
    const jun = await days(make('2026-05-20T08:00:00Z'), '2026-06');
    expect(jun.has('2026-06-02')).toBe(false);
  });

  test('the patron saint day is closed; a booking on a closed day is refused', async () => {
    expect((await days(make('2026-06-10T08:00:00Z'), '2026-06')).has('2026-06-29')).toBe(true);
    const p = make('2026-06-10T08:00:00Z', '06-29');
    expect((await days(p, '2026-06')).has('2026-06-29')).toBe(false);
    await expect(
      p.submit({
        officeId: 'sportello-sociale',
        reasonId: 'colloquio',
        details: 'x',
        slot: { start: '2026-06-29T09:00:00+02:00', end: '2026-06-29T09:30:00+02:00' },
        applicant: { name: 'A', surname: 'B', email: 'a@b.it', phone: '' },
        idempotencyKey: 'k',
      }),
    ).rejects.toMatchObject({ kind: 'slot-taken' });
    expect(() => make('2026-06-10T08:00:00Z', '31-12')).toThrow(
      'MemoryBookingProvider: patronDay: "31-12" is not "MM-DD"',
    );
  });
});
