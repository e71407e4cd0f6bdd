// An in-memory BookingProvider with the offices of the "Comune di Esempio": for stories,
// tests and demos. Deterministic: the free slots depend only on the office, the day and `now`.
import { romeParts, romeTime } from '../forms-support/dates.js';
import {
  BookingError,
  type Booking,
  type BookingOffice,
  type BookingProvider,
  type BookingReason,
  type BookingRequest,
  type BookingSlot,
  type OfficeType,
} from './types.js';

export interface MemoryBookingProviderOptions {
  /** The clock: slots are offered from the next day on. @default () => new Date() */
  now?: () => Date;
  /** Delay of every answer, in ms (a slow back office). @default 0 */
  delayMs?: number;
  /** The first N submissions fail as `unavailable` (then it works). @default 0 */
  failSubmits?: number;
  /** The first N submissions find their slot taken meanwhile (`slot-taken`). @default 0 */
  takeSlotOnSubmit?: number;
  /** The first N loads (office types, offices, reasons, slots) fail as `unavailable`. @default 0 */
  failLoads?: number;
}

interface Schedule {
  /** Weekday (0 Sunday … 6 Saturday) → opening intervals in minutes from midnight. */
  [weekday: number]: Array<[number, number]>;
}

const h = (hh: number, mm = 0) => hh * 60 + mm;
const ADDRESS_CENTRE = 'Piazza del Municipio 1, 00100 Esempio';

export const EXAMPLE_OFFICE_TYPES: readonly OfficeType[] = [
  { id: 'anagrafe', name: 'Anagrafe e stato civile' },
  { id: 'tributi', name: 'Tributi' },
  { id: 'edilizia', name: 'Edilizia e urbanistica' },
  { id: 'urp', name: 'Relazioni con il pubblico' },
];

export const EXAMPLE_OFFICES: ReadonlyArray<
  BookingOffice & { schedule: Schedule; reasons: BookingReason[] }
> = [
  {
    id: 'anagrafe-municipio',
    typeId: 'anagrafe',
    name: 'Ufficio Anagrafe – Sede municipale',
    address: ADDRESS_CENTRE,
    hours: 'Lunedì, mercoledì e venerdì 9:00–12:30; giovedì 15:00–17:30',
    phone: '+39 06 0000 1001',
    email: 'anagrafe@comune.esempio.it',
    schedule: {
      1: [[h(9), h(12, 30)]],
      3: [[h(9), h(12, 30)]],
      4: [[h(15), h(17, 30)]],
      5: [[h(9), h(12, 30)]],
    },
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
    schedule: { 2: [[h(9), h(12)]], 4: [[h(9), h(12)]] },
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
    schedule: { 1: [[h(9), h(12)]], 4: [[h(9), h(12)]] },
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
    schedule: { 2: [[h(9), h(12)]], 4: [[h(14, 30), h(16, 30)]] },
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
    schedule: Object.fromEntries(
      [1, 2, 3, 4, 5].map((d) => [d, [[h(8, 30), h(13)]]]),
    ) as unknown as Schedule,
    reasons: [
      { id: 'informazioni', label: 'Informazioni generali' },
      { id: 'reclami', label: 'Reclami e segnalazioni' },
      { id: 'ritiro', label: 'Ritiro di documenti' },
    ],
  },
];

const SLOT_MINUTES = 30;

/** FNV-1a: a stable pseudo-random choice of the free slots. */
function hash(s: string): number {
  let x = 2166136261;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619);
  return x >>> 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 with Rome's offset: "2026-02-10T09:00:00+01:00". */
export function toRomeIso(date: Date): string {
  const [y, m, d, hh, mi] = romeParts(date);
  const offset = Math.round((Date.UTC(y, m - 1, d, hh, mi) - date.getTime()) / 60000);
  return `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mi)}:00+${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}

/** The in-memory provider: realistic data, no network, configurable latency and failures. */
export class MemoryBookingProvider implements BookingProvider {
  private readonly now: () => Date;
  private readonly delayMs: number;
  private failSubmits: number;
  private takeSlot: number;
  private failLoads: number;
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, Booking>();
  private counter = 1041;
  /** Every booking made, in order (for tests and demos). */
  readonly bookings: Booking[] = [];

  constructor(options: MemoryBookingProviderOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.delayMs = options.delayMs ?? 0;
    this.failSubmits = options.failSubmits ?? 0;
    this.takeSlot = options.takeSlotOnSubmit ?? 0;
    this.failLoads = options.failLoads ?? 0;
  }

  private answer<T>(make: () => T, signal?: AbortSignal, load = true): Promise<T> {
    return new Promise((resolve, reject) => {
      const run = () => {
        if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
        if (load && this.failLoads > 0) {
          this.failLoads--;
          return reject(new BookingError('unavailable', 'Servizio non raggiungibile'));
        }
        try {
          resolve(make());
        } catch (e) {
          reject(e);
        }
      };
      if (this.delayMs > 0) setTimeout(run, this.delayMs);
      else queueMicrotask(run);
    });
  }

  private office(id: string) {
    const office = EXAMPLE_OFFICES.find((o) => o.id === id);
    if (!office) throw new BookingError('invalid', `Ufficio sconosciuto: ${id}`);
    return office;
  }

  officeTypes(signal?: AbortSignal): Promise<OfficeType[]> {
    return this.answer(() => EXAMPLE_OFFICE_TYPES.map((t) => ({ ...t })), signal);
  }

  offices(typeId: string, signal?: AbortSignal): Promise<BookingOffice[]> {
    return this.answer(
      () =>
        EXAMPLE_OFFICES.filter((o) => o.typeId === typeId).map(
          ({ schedule: _s, reasons: _r, ...o }) => ({ ...o }),
        ),
      signal,
    );
  }

  reasons(officeId: string, signal?: AbortSignal): Promise<BookingReason[]> {
    return this.answer(() => this.office(officeId).reasons.map((r) => ({ ...r })), signal);
  }

  slots(officeId: string, month: string, signal?: AbortSignal): Promise<BookingSlot[]> {
    return this.answer(() => this.freeSlots(officeId, month), signal);
  }

  /** The free slots (computed synchronously). */
  freeSlots(officeId: string, month: string): BookingSlot[] {
    const office = this.office(officeId);
    const [y, m] = month.split('-').map(Number) as [number, number];
    if (!y || !m) throw new BookingError('invalid', `Mese non valido: ${month}`);
    const from = this.now().getTime() + 86400000;
    const to = this.now().getTime() + 92 * 86400000;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const out: BookingSlot[] = [];
    for (let d = 1; d <= days; d++) {
      const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
      for (const [open, close] of office.schedule[weekday] ?? []) {
        for (let t = open; t + SLOT_MINUTES <= close; t += SLOT_MINUTES) {
          const start = romeTime(y, m, d, Math.floor(t / 60), t % 60);
          if (start.getTime() < from || start.getTime() > to) continue;
          const iso = toRomeIso(start);
          if (hash(`${officeId}|${iso}`) % 4 !== 0 || this.taken.has(`${officeId}|${iso}`))
            continue;
          out.push({
            start: iso,
            end: toRomeIso(new Date(start.getTime() + SLOT_MINUTES * 60000)),
          });
        }
      }
    }
    return out;
  }

  submit(request: BookingRequest): Promise<Booking> {
    return this.answer(
      () => {
        const again = this.byKey.get(request.idempotencyKey);
        if (again) return { ...again };
        if (this.failSubmits > 0) {
          this.failSubmits--;
          throw new BookingError('unavailable', 'Servizio temporaneamente non disponibile');
        }
        const office = this.office(request.officeId);
        const key = `${office.id}|${request.slot.start}`;
        if (this.takeSlot > 0) {
          this.takeSlot--;
          this.taken.add(key);
        }
        const free = this.freeSlots(office.id, request.slot.start.slice(0, 7));
        if (!free.some((s) => s.start === request.slot.start)) {
          throw new BookingError('slot-taken', 'L’orario non è più disponibile');
        }
        if (!office.reasons.some((r) => r.id === request.reasonId)) {
          throw new BookingError('invalid', 'Motivo non valido');
        }
        this.taken.add(key);
        this.counter++;
        const booking: Booking = {
          code: `PRN-${romeParts(this.now())[0]}-${String(this.counter).padStart(6, '0')}`,
          officeId: office.id,
          slot: { ...request.slot },
          createdAt: toRomeIso(this.now()),
        };
        this.byKey.set(request.idempotencyKey, booking);
        this.bookings.push(booking);
        return { ...booking };
      },
      undefined,
      false,
    );
  }
}
