// The offices of MemoryBookingProvider: those of the "Comune di Esempio" (the default), and the
// check of your own (`officeTypes`, `offices`) when the provider is created, with errors that
// name the office and the field.
import type { BookingOffice, BookingReason, OfficeType } from './types.js';

/** Length of every slot, in minutes. */
export const SLOT_MINUTES = 30;

/**
 * A weekly opening of an office, split into 30-minute slots: `weekday` 1 Monday … 7 Sunday
 * (0 is Sunday too, as `Date.getDay()` counts), `from` and `to` as "HH:MM" in Rome time.
 */
export interface MemoryOpening {
  weekday: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** "09:00" */
  from: string;
  /** "12:30": the last slot ends by then. */
  to: string;
}

/** An office of `MemoryBookingProvider`: what `offices()` answers, with its schedule and reasons. */
export interface MemoryOffice extends BookingOffice {
  /** When it takes appointments, e.g. `[{ weekday: 1, from: '09:00', to: '12:30' }]`. */
  schedule: readonly MemoryOpening[];
  /** What it takes appointments for (at least one). */
  reasons: readonly BookingReason[];
}

const ADDRESS_CENTRE = 'Piazza del Municipio 1, 00100 Esempio';

export const EXAMPLE_OFFICE_TYPES: readonly OfficeType[] = [
  { id: 'anagrafe', name: 'Anagrafe e stato civile' },
  { id: 'tributi', name: 'Tributi' },
  { id: 'edilizia', name: 'Edilizia e urbanistica' },
  { id: 'urp', name: 'Relazioni con il pubblico' },
];

export const EXAMPLE_OFFICES: readonly MemoryOffice[] = [
  {
    id: 'anagrafe-municipio',
    typeId: 'anagrafe',
    name: 'Ufficio Anagrafe – Sede municipale',
    address: ADDRESS_CENTRE,
    hours: 'Lunedì, mercoledì e venerdì 9:00–12:30; giovedì 15:00–17:30',
    phone: '+39 06 0000 1001',
    email: 'anagrafe@comune.esempio.it',
    schedule: [
      { weekday: 1, from: '09:00', to: '12:30' },
      { weekday: 3, from: '09:00', to: '12:30' },
      { weekday: 4, from: '15:00', to: '17:30' },
      { weekday: 5, from: '09:00', to: '12:30' },
    ],
    reasons: [
      { id: 'cie', label: 'Carta d’identità elettronica' },
      { id: 'residenza', label: 'Cambio di residenza o di indirizzo' },
      { id: 'certificati', label: 'Certificati anagrafici' },
      { id: 'autentica', label: 'Autentica di firma o di copia' },
    ],
  },
  {
    id: 'anagrafe-borgo',
    typeId: 'anagrafe',
    name: 'Ufficio Anagrafe – Delegazione di Borgo San Rocco',
    address: 'Via della Stazione 14, 00100 Esempio',
    hours: 'Martedì e giovedì 9:00–12:00',
    phone: '+39 06 0000 1002',
    schedule: [
      { weekday: 2, from: '09:00', to: '12:00' },
      { weekday: 4, from: '09:00', to: '12:00' },
    ],
    reasons: [
      { id: 'cie', label: 'Carta d’identità elettronica' },
      { id: 'certificati', label: 'Certificati anagrafici' },
    ],
  },
  {
    id: 'tributi',
    typeId: 'tributi',
    name: 'Ufficio Tributi',
    address: 'Via Giuseppe Garibaldi 5, 00100 Esempio',
    hours: 'Lunedì e giovedì 9:00–12:00',
    phone: '+39 06 0000 1003',
    email: 'tributi@comune.esempio.it',
    schedule: [
      { weekday: 1, from: '09:00', to: '12:00' },
      { weekday: 4, from: '09:00', to: '12:00' },
    ],
    reasons: [
      { id: 'tari', label: 'TARI – tassa sui rifiuti' },
      { id: 'imu', label: 'IMU – imposta municipale' },
      { id: 'rateizzazione', label: 'Rateizzazione di un avviso di pagamento' },
    ],
  },
  {
    id: 'edilizia',
    typeId: 'edilizia',
    name: 'Ufficio Tecnico – Sportello Edilizia',
    address: 'Via Giuseppe Mazzini 20, 00100 Esempio',
    hours: 'Martedì 9:00–12:00; giovedì 14:30–16:30',
    phone: '+39 06 0000 1004',
    email: 'edilizia@comune.esempio.it',
    schedule: [
      { weekday: 2, from: '09:00', to: '12:00' },
      { weekday: 4, from: '14:30', to: '16:30' },
    ],
    reasons: [
      { id: 'pratiche', label: 'Consultazione di pratiche edilizie' },
      { id: 'cila-scia', label: 'Informazioni su CILA e SCIA' },
      { id: 'accesso-atti', label: 'Accesso agli atti' },
    ],
  },
  {
    id: 'urp',
    typeId: 'urp',
    name: 'URP – Ufficio Relazioni con il Pubblico',
    address: ADDRESS_CENTRE,
    hours: 'Dal lunedì al venerdì 8:30–13:00',
    phone: '+39 06 0000 1000',
    email: 'urp@comune.esempio.it',
    schedule: ([1, 2, 3, 4, 5] as const).map((weekday) => ({
      weekday,
      from: '08:30',
      to: '13:00',
    })),
    reasons: [
      { id: 'informazioni', label: 'Informazioni generali' },
      { id: 'reclami', label: 'Reclami e segnalazioni' },
      { id: 'ritiro', label: 'Ritiro di documenti' },
    ],
  },
];

/** An office as the provider keeps it: a copy, its openings by `getUTCDay()` in minutes. */
export interface StoredOffice {
  office: BookingOffice;
  reasons: BookingReason[];
  /** Weekday (0 Sunday … 6 Saturday) → opening intervals in minutes from midnight, in order. */
  days: Array<Array<[number, number]>>;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const show = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws the error of bad options: "MemoryBookingProvider: office "x": …". */
export function fail(where: string, problem: string): never {
  throw new TypeError(`MemoryBookingProvider: ${where}: ${problem}`);
}

/** `officeTypes` checked and copied. */
function checkTypes(types: unknown): OfficeType[] {
  if (!Array.isArray(types) || types.length === 0) {
    fail('officeTypes', `expected a non-empty array of { id, name }, got ${show(types)}`);
  }
  const seen = new Map<string, number>();
  return types.map((t: unknown, i) => {
    if (!isObject(t)) fail(`officeTypes[${i}]`, `expected { id, name }, got ${show(t)}`);
    if (!isText(t.id)) fail(`officeTypes[${i}]`, `id ${show(t.id)} is not a non-empty string`);
    const where = `office type "${t.id}"`;
    if (seen.has(t.id)) fail(where, `id used twice (officeTypes[${seen.get(t.id)}] and [${i}])`);
    seen.set(t.id, i);
    if (!isText(t.name)) fail(where, `name ${show(t.name)} is not a non-empty string`);
    return { id: t.id, name: t.name };
  });
}

/** One office (`offices[i]`) checked and copied, its schedule in minutes by weekday. */
function checkOffice(o: unknown, i: number, typeIds: string[], customTypes: boolean): StoredOffice {
  if (!isObject(o)) fail(`offices[${i}]`, `expected an office object, got ${show(o)}`);
  if (!isText(o.id)) fail(`offices[${i}]`, `id ${show(o.id)} is not a non-empty string`);
  const where = `office "${o.id}"`;
  if (!typeIds.includes(o.typeId as string)) {
    fail(
      where,
      `typeId ${show(o.typeId)} is not one of the office types (${typeIds.join(', ')})` +
        (customTypes ? '' : '; pass your own `officeTypes`'),
    );
  }
  for (const field of ['name', 'address', 'hours'] as const) {
    if (!isText(o[field])) fail(where, `${field} ${show(o[field])} is not a non-empty string`);
  }
  for (const field of ['phone', 'email'] as const) {
    if (o[field] !== undefined && typeof o[field] !== 'string') {
      fail(where, `${field} ${show(o[field])} is not a string`);
    }
  }

  if (!Array.isArray(o.schedule) || o.schedule.length === 0) {
    fail(
      where,
      `no schedule: expected a non-empty array of { weekday, from, to }, got ${show(o.schedule)}`,
    );
  }
  // By weekday (0 Sunday … 6 Saturday): [from, to, how the errors name it].
  const openings: Array<Array<[number, number, string]>> = [[], [], [], [], [], [], []];
  o.schedule.forEach((s: unknown, j) => {
    const at = `schedule[${j}]`;
    if (!isObject(s)) fail(where, `${at} is not { weekday, from, to }: ${show(s)}`);
    const { weekday, from, to } = s;
    if (typeof weekday !== 'number' || !Number.isInteger(weekday) || weekday < 0 || weekday > 7) {
      fail(
        where,
        `${at}.weekday ${show(weekday)} is not a weekday (1 Monday … 7 Sunday, or 0 Sunday)`,
      );
    }
    const minutes = (field: 'from' | 'to', value: unknown) => {
      const m = typeof value === 'string' ? HH_MM.exec(value) : null;
      if (!m) fail(where, `${at}.${field} ${show(value)} is not HH:MM (e.g. "09:00")`);
      return Number(m[1]) * 60 + Number(m[2]);
    };
    const open = minutes('from', from);
    const close = minutes('to', to);
    const named = `${at} ${from as string}–${to as string}`;
    if (close - open < SLOT_MINUTES) {
      fail(where, `${named} is shorter than one ${SLOT_MINUTES}-minute slot`);
    }
    const day = openings[weekday % 7]!;
    const clash = day.find(([a, b]) => open < b && a < close);
    if (clash) fail(where, `${named} overlaps ${clash[2]} on ${WEEKDAYS[weekday % 7]}`);
    day.push([open, close, named]);
  });
  const days = openings.map((day) =>
    day.map(([open, close]): [number, number] => [open, close]).sort((a, b) => a[0] - b[0]),
  );

  if (!Array.isArray(o.reasons) || o.reasons.length === 0) {
    fail(where, `no reasons: expected a non-empty array of { id, label }, got ${show(o.reasons)}`);
  }
  const reasonIds = new Set<string>();
  const reasons = o.reasons.map((r: unknown, j) => {
    const at = `reasons[${j}]`;
    if (!isObject(r)) fail(where, `${at} is not { id, label }: ${show(r)}`);
    if (!isText(r.id)) fail(where, `${at}.id ${show(r.id)} is not a non-empty string`);
    if (reasonIds.has(r.id)) fail(where, `${at}.id "${r.id}" is used twice`);
    reasonIds.add(r.id);
    if (!isText(r.label)) fail(where, `${at}.label ${show(r.label)} is not a non-empty string`);
    return { id: r.id, label: r.label };
  });

  const { schedule: _s, reasons: _r, ...office } = o;
  return { office: office as unknown as BookingOffice, reasons, days };
}

/** The options' office types and offices, checked; the defaults when they are not given. */
export function checkData(
  officeTypes: readonly OfficeType[] | undefined,
  offices: readonly MemoryOffice[] | undefined,
): { types: OfficeType[]; offices: Map<string, StoredOffice> } {
  const known = checkTypes(officeTypes ?? EXAMPLE_OFFICE_TYPES);
  const list: unknown = offices ?? EXAMPLE_OFFICES;
  if (!Array.isArray(list) || list.length === 0) {
    fail('offices', `expected a non-empty array of offices, got ${show(list)}`);
  }
  const ids = known.map((t) => t.id);
  const stored = new Map<string, StoredOffice>();
  const index = new Map<string, number>();
  list.forEach((o: unknown, i) => {
    const office = checkOffice(o, i, ids, officeTypes !== undefined);
    const id = office.office.id;
    if (index.has(id))
      fail(`office "${id}"`, `id used twice (offices[${index.get(id)}] and [${i}])`);
    index.set(id, i);
    stored.set(id, office);
  });
  const used = new Set([...stored.values()].map((o) => o.office.typeId));
  if (officeTypes !== undefined) {
    const empty = known.find((t) => !used.has(t.id));
    if (empty) fail(`office type "${empty.id}"`, 'no office has this typeId');
  }
  return { types: known.filter((t) => used.has(t.id)), offices: stored };
}
