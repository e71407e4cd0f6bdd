// The HTTP + JSON client shared by the Http* implementations of the service contracts:
// a timeout, the caller's AbortSignal, the answer's shape checked; any trouble is a
// ServiceError ('unavailable', or 'session-expired' on 401, 'not-found' on 404, 'invalid' on 4xx).
import { ServiceError } from './errors.js';
import type { Check } from './shape.js';

export interface HttpContractOptions {
  /** Base address of the API, e.g. "https://comune.esempio.it/api/pratiche/v1". */
  baseUrl: string;
  /** The fetch to use (tests, auth wrappers). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers on every request (e.g. a CSRF token). */
  headers?: Record<string, string>;
  /** Milliseconds before a request is given up as 'unavailable'. @default 15000 */
  timeoutMs?: number;
  /** Whether cookies go with the requests (the session of the comune's gateway). @default 'include' */
  credentials?: RequestCredentials;
}

export interface HttpCall {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export class HttpContract {
  private readonly base: string;
  private readonly fetcher: typeof fetch;
  private readonly headers: Record<string, string>;
  private readonly timeout: number;
  private readonly credentials: RequestCredentials;

  constructor(name: string, o: HttpContractOptions) {
    if (!o?.baseUrl) throw new TypeError(`${name}: "baseUrl" is required`);
    this.base = o.baseUrl.replace(/\/+$/, '');
    this.fetcher = o.fetch ?? ((...args) => globalThis.fetch(...args));
    this.headers = o.headers ?? {};
    this.timeout = o.timeoutMs ?? 15000;
    this.credentials = o.credentials ?? 'include';
  }

  /** The absolute address of `path`. */
  url(path: string): string {
    return this.base + path;
  }

  /** Calls `path`; `check` validates the JSON answer (none: the answer is ignored). */
  async call<T>(
    path: string,
    { method = 'GET', body, headers, signal }: HttpCall,
    check?: Check<T>,
  ): Promise<T> {
    const where = `${method} ${path}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    const onAbort = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', onAbort);
    let res: Response;
    try {
      res = await this.fetcher(this.url(path), {
        method,
        credentials: this.credentials,
        signal: controller.signal,
        headers: {
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...this.headers,
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new ServiceError(
        'unavailable',
        controller.signal.aborted
          ? `${where}: no answer in ${this.timeout} ms`
          : `${where}: network unreachable`,
      );
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    let json: unknown = undefined;
    try {
      const text = await res.text();
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const message = (json as { message?: unknown } | undefined)?.message;
      const m = `${where}: HTTP ${res.status}${typeof message === 'string' ? ` (${message})` : ''}`;
      if (res.status === 401) throw new ServiceError('session-expired', m);
      if (res.status === 404) throw new ServiceError('not-found', m);
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429)
        throw new ServiceError('invalid', m);
      throw new ServiceError('unavailable', m);
    }
    if (!check) return undefined as T;
    try {
      return check(json, 'response');
    } catch (e) {
      throw new ServiceError('unavailable', `${where}: unexpected answer, ${(e as Error).message}`);
    }
  }
}
