import { ServiceError } from '../service-contracts/errors.js';
import { HttpAssistanceProvider } from './HttpAssistanceProvider.js';
import { MemoryAssistanceProvider } from './MemoryAssistanceProvider.js';
import { isAssistanceDraft } from './draft.js';
import type { AssistanceRequest } from './types.js';

const request: AssistanceRequest = {
  name: 'Maria',
  surname: 'Rossi',
  email: 'maria.rossi@example.it',
  categoryId: 'tributi',
  serviceId: 'tari',
  message: 'Bolletta doppia',
  privacyAccepted: true,
  idempotencyKey: 'k-1',
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function failure(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ServiceError);
    return e as ServiceError;
  }
  throw new Error('expected a failure');
}

describe('HttpAssistanceProvider', () => {
  test('posts the request to /requests with its Idempotency-Key and returns the receipt', async () => {
    const fetch = vi.fn(async (_u: RequestInfo | URL, _i?: RequestInit) =>
      json({ code: 'AS-2026-000042', receivedAt: '2026-03-02T10:15:00Z' }, 201),
    );
    const p = new HttpAssistanceProvider({ baseUrl: 'https://c.it/api/assistenza/', fetch });
    expect(await p.submit(request)).toEqual({
      code: 'AS-2026-000042',
      receivedAt: '2026-03-02T10:15:00Z',
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://c.it/api/assistenza/requests');
    expect(init!.method).toBe('POST');
    expect(init!.credentials).toBe('same-origin');
    expect((init!.headers as Record<string, string>)['Idempotency-Key']).toBe('k-1');
    const { idempotencyKey: _k, ...body } = request;
    expect(JSON.parse(init!.body as string)).toEqual(body);
  });

  test('an answer without a usable code or date is "unavailable", naming the field', async () => {
    const bad = async (answer: unknown) =>
      failure(
        new HttpAssistanceProvider({
          baseUrl: 'https://c.it',
          fetch: async () => json(answer),
        }).submit(request),
      );
    expect((await bad({ receivedAt: '2026-03-02T10:15:00Z' })).message).toMatch(
      /POST \/requests: unexpected answer, response\.code/,
    );
    expect((await bad({ code: '<script>', receivedAt: '2026-03-02T10:15:00Z' })).kind).toBe(
      'unavailable',
    );
    expect((await bad({ code: 'AS-1', receivedAt: 'yesterday' })).message).toMatch(
      /response\.receivedAt/,
    );
    expect((await bad('ok')).message).toMatch(/response: is not an object/);
  });

  test('422 is "invalid"; 5xx, a network error and no answer in time are "unavailable"', async () => {
    const with_ = (fetch: typeof globalThis.fetch, timeoutMs?: number) =>
      new HttpAssistanceProvider({
        baseUrl: 'https://c.it',
        fetch,
        ...(timeoutMs ? { timeoutMs } : {}),
      });
    expect(
      (await failure(with_(async () => json({ message: 'email' }, 422)).submit(request))).kind,
    ).toBe('invalid');
    expect((await failure(with_(async () => json({}, 503)).submit(request))).kind).toBe(
      'unavailable',
    );
    expect(
      (
        await failure(
          with_(async () => {
            throw new TypeError('Failed to fetch');
          }).submit(request),
        )
      ).message,
    ).toMatch(/network unreachable/);
    const hanging: typeof fetch = (_u, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const e = await failure(with_(hanging, 20).submit(request));
    expect(e.kind).toBe('unavailable');
    expect(e.message).toMatch(/no answer in 20 ms/);
  });

  test('the caller can abort: the AbortError is not turned into a service failure', async () => {
    const hanging: typeof fetch = (_u, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const controller = new AbortController();
    const p = new HttpAssistanceProvider({ baseUrl: 'https://c.it', fetch: hanging }).submit(
      request,
      controller.signal,
    );
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('bad options are named', () => {
    expect(() => new HttpAssistanceProvider({ baseUrl: '' })).toThrow(/"baseUrl" is required/);
    expect(() => new HttpAssistanceProvider({ baseUrl: 'https://c.it', timeoutMs: -1 })).toThrow(
      /"timeoutMs" must be a positive number/,
    );
  });
});

describe('MemoryAssistanceProvider', () => {
  test('gives codes in order, once per idempotency key, and refuses an incomplete request', async () => {
    const p = new MemoryAssistanceProvider({ now: () => new Date('2026-03-02T10:15:00Z') });
    const a = await p.submit(request);
    expect(a.code).toBe('AS-2026-000001');
    expect(await p.submit(request)).toEqual(a);
    expect((await p.submit({ ...request, idempotencyKey: 'k-2' })).code).toBe('AS-2026-000002');
    expect(p.requests).toHaveLength(2);
    const e = await failure(p.submit({ ...request, email: ' ', idempotencyKey: 'k-3' }));
    expect(e.kind).toBe('invalid');
    expect(e.message).toBe('request.email is empty');
  });
});

test('a stored draft is checked field by field', () => {
  const ok = {
    name: 'a',
    surname: 'b',
    email: 'c',
    categoryId: 'd',
    serviceId: '',
    message: 'e',
    privacy: true,
  };
  expect(isAssistanceDraft(ok)).toBe(true);
  expect(isAssistanceDraft({ ...ok, privacy: 'yes' })).toBe(false);
  expect(isAssistanceDraft({ ...ok, message: 'x'.repeat(1001) })).toBe(false);
  expect(isAssistanceDraft({ ...ok, name: 1 })).toBe(false);
  expect(isAssistanceDraft(null)).toBe(false);
  expect(isAssistanceDraft([])).toBe(false);
});
