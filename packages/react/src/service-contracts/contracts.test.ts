import { HttpApplicationsApi } from './applications.js';
import { ServiceError } from './errors.js';
import { HttpIdentityProvider, SimulatedIdentity } from './identity.js';
import { MemoryApplicationsApi } from './MemoryApplicationsApi.js';
import { HttpPaymentsProvider, SimulatedPayments } from './payments.js';

const app = {
  code: 'ZTL-2026-001001',
  serviceId: 'ztl',
  serviceName: 'Permesso ZTL',
  submittedAt: '2026-02-02T10:00:00Z',
  takenInChargeAt: '2026-02-02T10:00:00Z',
  status: 'Processo in corso',
  stages: [{ label: 'Presa in carico', state: 'current' }],
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

describe('HttpApplicationsApi', () => {
  test('sends the submission with its Idempotency-Key and reads the request', async () => {
    const fetch = vi.fn(async (_u: RequestInfo | URL, _i?: RequestInit) => json(app, 201));
    const api = new HttpApplicationsApi({ baseUrl: 'https://c.it/api/', fetch });
    const r = await api.submit({
      serviceId: 'ztl',
      serviceName: 'Permesso ZTL',
      values: { targa: 'AB123CD' },
      idempotencyKey: 'k-1',
    });
    expect(r.code).toBe('ZTL-2026-001001');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://c.it/api/applications');
    expect((init!.headers as Record<string, string>)['Idempotency-Key']).toBe('k-1');
    expect(JSON.parse(init!.body as string)).toEqual({
      serviceId: 'ztl',
      serviceName: 'Permesso ZTL',
      values: { targa: 'AB123CD' },
    });
  });

  test('an answer of the wrong shape is "unavailable", naming the field', async () => {
    const api = new HttpApplicationsApi({
      baseUrl: 'https://c.it',
      fetch: async () => json({ ...app, stages: [{ label: 'x', state: 'weird' }] }),
    });
    const e = await failure(api.status('ZTL-2026-001001'));
    expect(e.kind).toBe('unavailable');
    expect(e.message).toMatch(/GET \/applications\/ZTL-2026-001001.*response\.stages\[0\]\.state/);
  });

  test('not JSON, 5xx and a network error are "unavailable"; 401 "session-expired"; 404 "not-found"', async () => {
    const with_ = (f: () => Promise<Response>) =>
      new HttpApplicationsApi({ baseUrl: 'https://c.it', fetch: f });
    expect((await failure(with_(async () => new Response('<html>')).drafts())).kind).toBe(
      'unavailable',
    );
    expect((await failure(with_(async () => json({}, 503)).drafts())).kind).toBe('unavailable');
    expect((await failure(with_(() => Promise.reject(new TypeError('x'))).drafts())).kind).toBe(
      'unavailable',
    );
    expect((await failure(with_(async () => json({}, 401)).drafts())).kind).toBe('session-expired');
    expect((await failure(with_(async () => json({}, 404)).status('X'))).kind).toBe('not-found');
  });

  test('gives up after the timeout, and passes the caller’s abort through', async () => {
    const hang = (_u: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init!.signal!.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const api = new HttpApplicationsApi({ baseUrl: 'https://c.it', fetch: hang, timeoutMs: 20 });
    const e = await failure(api.messages());
    expect(e.kind).toBe('unavailable');
    expect(e.message).toMatch(/no answer in 20 ms/);
    const c = new AbortController();
    const p = api.messages(c.signal);
    c.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('HttpIdentityProvider and HttpPaymentsProvider', () => {
  test('nobody signed in (401) reads as null; the login address goes to the gateway', async () => {
    const id = new HttpIdentityProvider({
      baseUrl: 'https://c.it/auth',
      fetch: async () => json({}, 401),
      spidProviders: [{ id: 'poste', name: 'Poste ID' }],
    });
    expect(await id.current()).toBeNull();
    expect(id.loginHref('spid', '/servizi/ztl/richiesta/', 'poste')).toBe(
      'https://c.it/auth/login/spid?idp=poste&returnTo=%2Fservizi%2Fztl%2Frichiesta%2F',
    );
  });

  test('a checkout must redirect to an https page', async () => {
    const pay = new HttpPaymentsProvider({
      baseUrl: 'https://c.it/pay',
      fetch: async () => json({ paymentId: 'p1', redirectUrl: 'javascript:alert(1)' }),
    });
    const e = await failure(
      pay.checkout({ description: 'x', amount: 100, returnUrl: '/', idempotencyKey: 'k' }),
    );
    expect(e.message).toMatch(/redirectUrl: is not https/);
  });
});

describe('MemoryApplicationsApi', () => {
  test('the same Idempotency-Key records one request', async () => {
    const api = new MemoryApplicationsApi({ now: () => new Date('2026-02-02T10:00:00Z') });
    const input = { serviceId: 'ztl', serviceName: 'ZTL', values: {}, idempotencyKey: 'k' };
    const a = await api.submit(input);
    const b = await api.submit(input);
    expect(b.code).toBe(a.code);
    expect(await api.applications()).toHaveLength(1);
    expect((await api.status(a.code)).code).toBe(a.code);
  });

  test('drafts are kept at least one year (CSE.1.6), then dropped', async () => {
    let now = new Date('2026-02-02T10:00:00Z');
    const api = new MemoryApplicationsApi({ now: () => now });
    const d = await api.saveDraft({
      serviceId: 's',
      serviceName: 'S',
      step: 'specific',
      values: {},
    });
    expect(Date.parse(d.expiresAt) - Date.parse(d.savedAt)).toBeGreaterThanOrEqual(365 * 86400000);
    now = new Date('2027-02-02T09:00:00Z');
    expect(await api.drafts()).toHaveLength(1);
    now = new Date('2027-02-04T10:00:00Z');
    expect(await api.drafts()).toHaveLength(0);
  });

  test('the citizen’s calls need the session; the status by code does not', async () => {
    const identity = new SimulatedIdentity({ signedIn: true });
    const api = new MemoryApplicationsApi({ signedIn: () => identity.signedIn });
    const a = await api.submit({
      serviceId: 's',
      serviceName: 'S',
      values: {},
      idempotencyKey: 'k',
    });
    identity.expire();
    expect((await failure(api.drafts())).kind).toBe('session-expired');
    expect((await api.status(a.code)).code).toBe(a.code);
  });
  test('with a store, requests, drafts and messages survive a new instance (a reload)', async () => {
    const saved = new Map<string, string>();
    const store = {
      load: () => JSON.parse(saved.get('state') ?? 'null') as unknown,
      save: (state: unknown) => void saved.set('state', JSON.stringify(state)),
    };
    const now = () => new Date('2026-02-02T10:00:00Z');
    const first = new MemoryApplicationsApi({
      now,
      store,
      rankedServices: { asilo: '/servizi/asilo/richiesta/' },
    });
    const draft = await first.saveDraft({
      serviceId: 's',
      serviceName: 'S',
      step: 'specific',
      values: { a: 'b' },
    });
    const a = await first.submit({
      serviceId: 'asilo',
      serviceName: 'Asilo',
      values: {},
      idempotencyKey: 'k',
    });

    const second = new MemoryApplicationsApi({ now, store });
    expect((await second.drafts()).map((d) => [d.id, d.values])).toEqual([[draft.id, { a: 'b' }]]);
    expect((await second.status(a.code)).status).toBe('Richiesta ammessa: da perfezionare');
    expect((await second.messages())[0]!.action?.href).toBe(
      `/servizi/asilo/richiesta/?completa=${a.code}`,
    );
    // the same idempotency key, from the new instance: still one request
    expect(
      (
        await second.submit({
          serviceId: 'asilo',
          serviceName: 'Asilo',
          values: {},
          idempotencyKey: 'k',
        })
      ).code,
    ).toBe(a.code);
    // a new request gets a new code (the counter was kept too)
    const b = await second.submit({
      serviceId: 'asilo',
      serviceName: 'Asilo',
      values: {},
      idempotencyKey: 'k2',
    });
    expect(b.code).not.toBe(a.code);
    expect((await first.applications()).map((x) => x.code)).toEqual([b.code, a.code]);
  });

  test('a store holding something else (old, tampered with) starts empty', async () => {
    for (const junk of [null, 'x', { n: 'one' }, { n: 1, applications: [{}] }]) {
      const api = new MemoryApplicationsApi({ store: { load: () => junk, save: () => undefined } });
      expect(await api.applications()).toEqual([]);
    }
  });
});

describe('SimulatedPayments', () => {
  test('finds a notice, pays it in the page, and lists it as paid', async () => {
    const pay = new SimulatedPayments({
      dues: [
        { noticeCode: '301000000000000123', description: 'Multa', amount: 4200, status: 'due' },
      ],
    });
    expect((await failure(pay.findDue('000'))).kind).toBe('not-found');
    const due = await pay.findDue('3010 0000 0000 0001 23');
    const c = await pay.checkout({ ...due, returnUrl: '/', idempotencyKey: 'k' });
    expect((await pay.outcome(c.paymentId)).status).toBe('pending');
    expect((await pay.settle(c.paymentId, 'paid')).status).toBe('paid');
    expect((await pay.payments())[0]!.status).toBe('paid');
  });
});
