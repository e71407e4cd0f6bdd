// An in-memory BookingProvider: the offices of the "Comune di Esempio" by default, or your own
// (`offices`, `officeTypes`), for stories, tests, demos and sites without a booking back office.
// Deterministic: the free slots depend only on the office, its schedule, the day and `now`.
import { romeParts, romeTime } from '../forms-support/dates.js';
import { italianHolidays, parseMonthDay } from '../forms-support/holidays.js';
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
import {
  checkData,
  fail,
  show,
  SLOT_MINUTES,
  type MemoryOffice,
  type StoredOffice,
} from './memory-offices.js';

export {
  EXAMPLE_OFFICES,
  EXAMPLE_OFFICE_TYPES,
  type MemoryOffice,
  type MemoryOpening,
} from './memory-offices.js';

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
  /**
   * The kinds of office, each with at least one office.
   * @default EXAMPLE_OFFICE_TYPES; with your own `offices`, those of them that the offices use
   */
  officeTypes?: readonly OfficeType[];
  /**
   * The offices, each with its weekly schedule and its reasons. Checked when the provider is
   * created: bad data throws a `TypeError` that names the office and the field.
   * @default EXAMPLE_OFFICES
   */
  offices?: readonly MemoryOffice[];
  /**
   * The comune's patron saint day, "MM-DD" (e.g. "06-29"): closed, like the Italian national
   * holidays (1 and 6 January, Easter Monday, 25 April, 1 May, 2 June, 15 August, 1 November,
   * 8, 25 and 26 December), on which no slot is ever offered. A bad value throws a `TypeError`.
   */
  patronDay?: string;
}

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

/**
 * The in-memory provider: realistic data, no network, configurable latency and failures. The
 * offices are the examples, or your own:
 *
 * ```ts
 * new MemoryBookingProvider({
 *   officeTypes: [{ id: 'sociale', name: 'Servizi sociali' }],
 *   offices: [{
 *     id: 'sportello-sociale', typeId: 'sociale', name: 'Sportello sociale',
 *     address: 'Via Roma 1, 00100 Esempio', hours: 'Martedì 14:00–16:00',
 *     schedule: [{ weekday: 2, from: '14:00', to: '16:00' }],
 *     reasons: [{ id: 'colloquio', label: 'Colloquio con l’assistente sociale' }],
 *   }],
 * });
 * ```
 */
export class MemoryBookingProvider implements BookingProvider {
  private readonly now: () => Date;
  private readonly delayMs: number;
  private failSubmits: number;
  private takeSlot: number;
  private failLoads: number;
  private readonly types: OfficeType[];
  private readonly data: Map<string, StoredOffice>;
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, Booking>();
  private readonly patronDay: string | undefined;
  private readonly closed = new Map<number, Set<string>>();
  private counter = 1041;
  /** Every booking made, in order (for tests and demos). */
  readonly bookings: Booking[] = [];

  constructor(options: MemoryBookingProviderOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.delayMs = options.delayMs ?? 0;
    this.failSubmits = options.failSubmits ?? 0;
    this.takeSlot = options.takeSlotOnSubmit ?? 0;
    this.failLoads = options.failLoads ?? 0;
    if (options.patronDay !== undefined) {
      const patron = parseMonthDay(options.patronDay);
      if (!patron) fail('patronDay', `${show(options.patronDay)} is not "MM-DD" (e.g. "06-29")`);
      this.patronDay = patron;
    }
    const { types, offices } = checkData(options.officeTypes, options.offices);
    this.types = types;
    this.data = offices;
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

  private office(id: string): StoredOffice {
    const office = this.data.get(id);
    if (!office) throw new BookingError('invalid', `Ufficio sconosciuto: ${id}`);
    return office;
  }

  officeTypes(signal?: AbortSignal): Promise<OfficeType[]> {
    return this.answer(() => this.types.map((t) => ({ ...t })), signal);
  }

  offices(typeId: string, signal?: AbortSignal): Promise<BookingOffice[]> {
    return this.answer(
      () =>
        [...this.data.values()]
          .filter(({ office }) => office.typeId === typeId)
          .map(({ office }) => ({ ...office })),
      signal,
    );
  }

  reasons(officeId: string, signal?: AbortSignal): Promise<BookingReason[]> {
    return this.answer(() => this.office(officeId).reasons.map((r) => ({ ...r })), signal);
  }

  slots(officeId: string, month: string, signal?: AbortSignal): Promise<BookingSlot[]> {
    return this.answer(() => this.freeSlots(officeId, month), signal);
  }

  /** Whether offices are closed on a calendar day (a holiday or the patron saint day). */
  private isClosed(y: number, m: number, d: number): boolean {
    let days = this.closed.get(y);
    if (!days) {
      const holidays = italianHolidays(y, { patronDay: this.patronDay });
      days = new Set(holidays.map((h) => h.date));
      this.closed.set(y, days);
    }
    return days.has(`${y}-${pad(m)}-${pad(d)}`);
  }

  /** The free slots (computed synchronously); none on holidays and the patron saint day. */
  freeSlots(officeId: string, month: string): BookingSlot[] {
    const office = this.office(officeId);
    const [y, m] = month.split('-').map(Number) as [number, number];
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || y < 1583)
      throw new BookingError('invalid', `Mese non valido: ${month}`);
    const from = this.now().getTime() + 86400000;
    const to = this.now().getTime() + 92 * 86400000;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const out: BookingSlot[] = [];
    for (let d = 1; d <= days; d++) {
      if (this.isClosed(y, m, d)) continue;
      const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
      for (const [open, close] of office.days[weekday] ?? []) {
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

  submit(request: BookingRequest, signal?: AbortSignal): Promise<Booking> {
    return this.answer(
      () => {
        const again = this.byKey.get(request.idempotencyKey);
        if (again) return { ...again };
        if (this.failSubmits > 0) {
          this.failSubmits--;
          throw new BookingError('unavailable', 'Servizio temporaneamente non disponibile');
        }
        const { office, reasons } = this.office(request.officeId);
        const key = `${office.id}|${request.slot.start}`;
        if (this.takeSlot > 0) {
          this.takeSlot--;
          this.taken.add(key);
        }
        const free = this.freeSlots(office.id, request.slot.start.slice(0, 7));
        if (!free.some((s) => s.start === request.slot.start)) {
          throw new BookingError('slot-taken', 'L’orario non è più disponibile');
        }
        if (!reasons.some((r) => r.id === request.reasonId)) {
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
      signal,
      false,
    );
  }
}
