// A BookingProvider over HTTP + JSON. The contract is docs/booking-api.yaml (OpenAPI 3.1):
//   GET  {baseUrl}/office-types                       → { items: OfficeType[] }
//   GET  {baseUrl}/offices?type={typeId}              → { items: BookingOffice[] }
//   GET  {baseUrl}/offices/{officeId}/reasons         → { items: BookingReason[] }
//   GET  {baseUrl}/offices/{officeId}/slots?month=YYYY-MM → { items: BookingSlot[] }
//   POST {baseUrl}/bookings (Idempotency-Key header)  → 201 Booking | 409 slot taken | 422 invalid
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
}

/** Talks to a back office that implements docs/booking-api.yaml. */
export class HttpBookingProvider implements BookingProvider {
  private readonly base: string;
  private readonly fetcher: typeof fetch;
  private readonly headers: Record<string, string>;

  constructor({ baseUrl, fetch: f, headers = {} }: HttpBookingProviderOptions) {
    if (!baseUrl) throw new TypeError('HttpBookingProvider: "baseUrl" is required');
    this.base = baseUrl.replace(/\/+$/, '');
    this.fetcher = f ?? ((...args) => globalThis.fetch(...args));
    this.headers = headers;
  }

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let res: Response;
    try {
      res = await this.fetcher(this.base + path, {
        ...init,
        headers: {
          Accept: 'application/json',
          ...this.headers,
          ...(init.headers as Record<string, string>),
        },
      });
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      throw new BookingError('unavailable', 'Rete non raggiungibile');
    }
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    if (res.ok && body !== null) return body as T;
    const message = (body as { message?: string } | null)?.message;
    if (res.status === 409) throw new BookingError('slot-taken', message);
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw new BookingError('invalid', message ?? `HTTP ${res.status}`);
    }
    throw new BookingError('unavailable', message ?? `HTTP ${res.status}`);
  }

  private async items<T>(path: string, signal?: AbortSignal): Promise<T[]> {
    const body = await this.call<{ items?: T[] }>(path, { signal });
    if (!Array.isArray(body.items)) throw new BookingError('unavailable', 'Risposta non valida');
    return body.items;
  }

  officeTypes(signal?: AbortSignal): Promise<OfficeType[]> {
    return this.items('/office-types', signal);
  }

  offices(typeId: string, signal?: AbortSignal): Promise<BookingOffice[]> {
    return this.items(`/offices?type=${encodeURIComponent(typeId)}`, signal);
  }

  reasons(officeId: string, signal?: AbortSignal): Promise<BookingReason[]> {
    return this.items(`/offices/${encodeURIComponent(officeId)}/reasons`, signal);
  }

  slots(officeId: string, month: string, signal?: AbortSignal): Promise<BookingSlot[]> {
    return this.items(
      `/offices/${encodeURIComponent(officeId)}/slots?month=${encodeURIComponent(month)}`,
      signal,
    );
  }

  async submit(request: BookingRequest): Promise<Booking> {
    const { idempotencyKey, ...body } = request;
    const booking = await this.call<Booking>('/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(body),
    });
    if (typeof booking.code !== 'string')
      throw new BookingError('unavailable', 'Risposta non valida');
    return booking;
  }
}
