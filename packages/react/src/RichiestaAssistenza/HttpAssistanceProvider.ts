// An AssistanceProvider over HTTP + JSON. The contract is docs/assistance-api.yaml (OpenAPI 3.1):
//   POST {baseUrl}/requests (Idempotency-Key header) → 201 { code, receivedAt } | 422 invalid
// The back office is outside the page: the call has a time limit and can be aborted, and the
// answer is checked before the form sees it. A call that does not answer in time, or answers
// something else, is `unavailable`: the form says so and keeps what the citizen typed.
import { HttpContract } from '../service-contracts/http.js';
import { date, obj, type Check } from '../service-contracts/shape.js';
import type { AssistanceProvider, AssistanceReceipt, AssistanceRequest } from './types.js';

export interface HttpAssistanceProviderOptions {
  /** Base address of the API, e.g. "https://comune.esempio.it/api/assistenza/v1". */
  baseUrl: string;
  /** The fetch to use (tests, auth wrappers). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers on every request (e.g. a CSRF token). */
  headers?: Record<string, string>;
  /** Milliseconds before the submission is given up as `unavailable`. @default 30000 */
  timeoutMs?: number;
}

/** Default time limit of a submission, in ms. */
export const ASSISTANCE_SUBMIT_TIMEOUT_MS = 30000;

/** A request code: 1 to 64 letters, digits, dashes, dots, slashes or underscores. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

const checkReceipt: Check<AssistanceReceipt> = (x, at) => {
  const o = obj(x, at);
  if (typeof o.code !== 'string' || !CODE.test(o.code)) {
    throw new TypeError(`${at}.code: expected a request code (1–64 letters, digits, - . / _)`);
  }
  return { code: o.code, receivedAt: date(o.receivedAt, `${at}.receivedAt`) };
};

/** Talks to a back office that implements docs/assistance-api.yaml. */
export class HttpAssistanceProvider implements AssistanceProvider {
  private readonly http: HttpContract;

  constructor({ timeoutMs = ASSISTANCE_SUBMIT_TIMEOUT_MS, ...o }: HttpAssistanceProviderOptions) {
    if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || !Number.isFinite(timeoutMs)) {
      throw new TypeError('HttpAssistanceProvider: "timeoutMs" must be a positive number of ms');
    }
    // No cookies: the request for assistance is anonymous.
    this.http = new HttpContract('HttpAssistanceProvider', {
      ...o,
      timeoutMs,
      credentials: 'same-origin',
    });
  }

  submit(request: AssistanceRequest, signal?: AbortSignal): Promise<AssistanceReceipt> {
    const { idempotencyKey, ...body } = request;
    return this.http.call(
      '/requests',
      {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        ...(signal ? { signal } : {}),
      },
      checkReceipt,
    );
  }
}
