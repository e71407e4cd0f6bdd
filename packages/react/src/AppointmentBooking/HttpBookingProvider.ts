// A BookingProvider over HTTP + JSON. The contract is docs/booking-api.yaml (OpenAPI 3.1):
//   GET  {baseUrl}/office-types                       → { items: OfficeType[] }
//   GET  {baseUrl}/offices?type={typeId}              → { items: BookingOffice[] }
//   GET  {baseUrl}/offices/{officeId}/reasons         → { items: BookingReason[] }
//   GET  {baseUrl}/offices/{officeId}/slots?month=YYYY-MM → { items: BookingSlot[] }
//   POST {baseUrl}/bookings (Idempotency-Key header)  → 201 Booking | 409 slot taken | 422 invalid
// The back office is outside the page: every call has a time limit and can be aborted, and every
// answer is checked (shape, types, dates, sizes) before the flow sees it. A call that does not
// answer in time, or answers something else, is `unavailable`: the flow says so and offers to
// retry, keeping what the citizen typed.
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

export interface HttpBookingProviderOptions {
  /** Base address of the API, e.g. "https://comune.esempio.it/api/prenotazioni/v1". */
  baseUrl: string;
  /** The fetch to use (tests, auth wrappers). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers on every request (e.g. a CSRF token). */
  headers?: Record<string, string>;
  /**
   * Time limit of each read (office types, offices, reasons, slots), in ms, answer body included:
   * past it the request is aborted and the call fails as `unavailable`. @default 15000
   */
  timeoutMs?: number;
  /** Time limit of `submit`, in ms (a retry sends the same Idempotency-Key). @default 30000 */
  submitTimeoutMs?: number;
}

/** Default time limit of a read, in ms. */
export const BOOKING_LOAD_TIMEOUT_MS = 15000;
/** Default time limit of a submission, in ms. */
export const BOOKING_SUBMIT_TIMEOUT_MS = 30000;

/** Answers larger than this (characters of JSON) are refused as `unavailable`. */
const MAX_BODY = 2_000_000;
/** Lists longer than this are refused. */
const MAX_ITEMS = 5000;
/** Strings longer than this are refused (no name, address or id is that long). */
const MAX_TEXT = 2000;
/** ISO 8601 date and time with an explicit offset, as the contract says. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A bad answer: the `BookingError` names where in the answer, and what was wrong. */
class BadAnswer extends Error {}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function text(o: Record<string, unknown>, key: string, at: string, optional = false): string {
  const v = o[key];
  if (optional && v === undefined) return '';
  if (typeof v !== 'string' || (!optional && v.trim() === '') || v.length > MAX_TEXT) {
    throw new BadAnswer(
      `${at}.${key}: expected a non-empty string of at most ${MAX_TEXT} characters`,
    );
  }
  return v;
}

function object(x: unknown, at: string): Record<string, unknown> {
  if (!isObject(x))
    throw new BadAnswer(`${at}: expected an object, got ${x === null ? 'null' : typeof x}`);
  return x;
}

/** Whether `value` is an ISO 8601 date and time with offset that denotes a real instant. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return false;
  const [y, m, d, hh, mi] = value.slice(0, 16).split(/[-T:]/).map(Number) as number[];
  // Date.parse takes 31 February for 3 March: check the calendar day and the clock ourselves.
  const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return (
    m! >= 1 &&
    m! <= 12 &&
    d! >= 1 &&
    d! <= days &&
    hh! < 24 &&
    mi! < 60 &&
    !Number.isNaN(Date.parse(value))
  );
}

function dateTime(o: Record<string, unknown>, key: string, at: string): string {
  const v = o[key];
  if (!isIsoDateTime(v)) {
    throw new BadAnswer(`${at}.${key}: expected an ISO 8601 date and time with offset`);
  }
  return v;
}

const checkOfficeType = (x: unknown, at: string): OfficeType => {
  const o = object(x, at);
  return { id: text(o, 'id', at), name: text(o, 'name', at) };
};

const checkOffice = (x: unknown, at: string): BookingOffice => {
  const o = object(x, at);
  const office: BookingOffice = {
    id: text(o, 'id', at),
    typeId: text(o, 'typeId', at),
    name: text(o, 'name', at),
    address: text(o, 'address', at),
    hours: text(o, 'hours', at),
  };
  for (const key of ['phone', 'email'] as const) {
    if (o[key] !== undefined && o[key] !== null) office[key] = text(o, key, at, true);
  }
  return office;
};

const checkReason = (x: unknown, at: string): BookingReason => {
  const o = object(x, at);
  return { id: text(o, 'id', at), label: text(o, 'label', at) };
};

const checkSlot = (x: unknown, at: string): BookingSlot => {
  const o = object(x, at);
  const start = dateTime(o, 'start', at);
  const end = dateTime(o, 'end', at);
  if (Date.parse(end) <= Date.parse(start)) throw new BadAnswer(`${at}: end is not after start`);
  return { start, end };
};

const checkBooking = (x: unknown): Booking => {
  const o = object(x, 'booking');
  return {
    code: text(o, 'code', 'booking'),
    officeId: text(o, 'officeId', 'booking'),
    slot: checkSlot(o.slot, 'booking.slot'),
    createdAt: dateTime(o, 'createdAt', 'booking'),
  };
};

function positive(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new TypeError(`HttpBookingProvider: "${name}" must be a positive number of ms`);
  }
  return value;
}

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

/** Talks to a back office that implements docs/booking-api.yaml. */
export class HttpBookingProvider implements BookingProvider {
  private readonly base: string;
  private readonly fetcher: typeof fetch;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;
  private readonly submitTimeoutMs: number;

  constructor({
    baseUrl,
    fetch: f,
    headers = {},
    timeoutMs,
    submitTimeoutMs,
  }: HttpBookingProviderOptions) {
    if (!baseUrl) throw new TypeError('HttpBookingProvider: "baseUrl" is required');
    this.base = baseUrl.replace(/\/+$/, '');
    this.fetcher = f ?? ((...args) => globalThis.fetch(...args));
    this.headers = headers;
    this.timeoutMs = positive(timeoutMs, 'timeoutMs', BOOKING_LOAD_TIMEOUT_MS);
    this.submitTimeoutMs = positive(submitTimeoutMs, 'submitTimeoutMs', BOOKING_SUBMIT_TIMEOUT_MS);
  }

  /**
   * One request, answer body included, within `timeout` ms and `signal`: an abort by the caller
   * rejects with its `AbortError`; the time limit, the network and bad answers with a
   * `BookingError`.
   */
  private async call(
    path: string,
    init: RequestInit,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    if (signal?.aborted) throw abortError();
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    // Settles when the caller aborts or the time is up, even if `fetch` ignores the signal.
    const stop = new Promise<never>((_, reject) => {
      onAbort = () => {
        controller.abort();
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new BookingError('unavailable', 'Il servizio di prenotazione non ha risposto in tempo'),
        );
      }, timeout);
    });
    try {
      return await Promise.race([stop, this.request(path, init, controller.signal)]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  private async request(path: string, init: RequestInit, signal: AbortSignal): Promise<unknown> {
    let res: Response;
    try {
      res = await this.fetcher(this.base + path, {
        ...init,
        signal,
        headers: {
          Accept: 'application/json',
          ...this.headers,
          ...(init.headers as Record<string, string>),
        },
      });
    } catch (e) {
      if ((e as Error | null)?.name === 'AbortError') throw e;
      throw new BookingError('unavailable', 'Rete non raggiungibile');
    }
    let body: unknown = null;
    try {
      const raw = await res.text();
      body = raw.length > MAX_BODY ? null : (JSON.parse(raw) as unknown);
    } catch {
      body = null;
    }
    if (res.ok && body !== null) return body;
    const m = isObject(body) ? body.message : undefined;
    const message = typeof m === 'string' && m.length <= MAX_TEXT ? m : undefined;
    if (res.status === 409) throw new BookingError('slot-taken', message);
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw new BookingError('invalid', message ?? `HTTP ${res.status}`);
    }
    throw new BookingError('unavailable', message ?? `HTTP ${res.status}`);
  }

  /** A checked answer: a bad one is `unavailable`, its message says what was wrong and where. */
  private static checked<T>(path: string, check: () => T): T {
    try {
      return check();
    } catch (e) {
      if (e instanceof BadAnswer) {
        throw new BookingError('unavailable', `Risposta non valida da ${path}: ${e.message}`);
      }
      throw e;
    }
  }

  private async items<T>(
    path: string,
    check: (x: unknown, at: string) => T,
    signal?: AbortSignal,
  ): Promise<T[]> {
    const body = await this.call(path, {}, this.timeoutMs, signal);
    return HttpBookingProvider.checked(path, () => {
      const items = isObject(body) ? body.items : undefined;
      if (!Array.isArray(items)) throw new BadAnswer('expected { items: [...] }');
      if (items.length > MAX_ITEMS) throw new BadAnswer(`more than ${MAX_ITEMS} items`);
      return items.map((x, i) => check(x, `items[${i}]`));
    });
  }

  officeTypes(signal?: AbortSignal): Promise<OfficeType[]> {
    return this.items('/office-types', checkOfficeType, signal);
  }

  offices(typeId: string, signal?: AbortSignal): Promise<BookingOffice[]> {
    return this.items(`/offices?type=${encodeURIComponent(typeId)}`, checkOffice, signal);
  }

  reasons(officeId: string, signal?: AbortSignal): Promise<BookingReason[]> {
    return this.items(`/offices/${encodeURIComponent(officeId)}/reasons`, checkReason, signal);
  }

  async slots(officeId: string, month: string, signal?: AbortSignal): Promise<BookingSlot[]> {
    const slots = await this.items(
      `/offices/${encodeURIComponent(officeId)}/slots?month=${encodeURIComponent(month)}`,
      checkSlot,
      signal,
    );
    // "In time order", as the contract says.
    return slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }

  async submit(request: BookingRequest, signal?: AbortSignal): Promise<Booking> {
    const { idempotencyKey, ...body } = request;
    const answer = await this.call(
      '/bookings',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(body),
      },
      this.submitTimeoutMs,
      signal,
    );
    return HttpBookingProvider.checked('/bookings', () => checkBooking(answer));
  }
}
