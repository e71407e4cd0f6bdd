// @vitest-environment node
// docs/applications-api.yaml is the contract of the three HTTP clients: every call they make
// is an operation of the file (method and path), and every operation of the file is called.
import { readFileSync } from 'node:fs';
import { HttpApplicationsApi } from './applications.js';
import { HttpIdentityProvider } from './identity.js';
import { HttpPaymentsProvider } from './payments.js';

const yaml = readFileSync(
  new URL('../../../../docs/applications-api.yaml', import.meta.url),
  'utf8',
);

/** "get /drafts/{id}" for every operation, read from the file's `paths`. */
function documented(): Set<string> {
  const ops = new Set<string>();
  let path = '';
  for (const line of yaml
    .slice(yaml.indexOf('\npaths:'), yaml.indexOf('\ncomponents:'))
    .split('\n')) {
    const p = /^ {2}(\/\S*):$/.exec(line);
    if (p) path = p[1]!;
    const m = /^ {4}(get|post|put|delete):$/.exec(line);
    if (m) ops.add(`${m[1]} ${path}`);
  }
  return ops;
}

test('every call of the HTTP clients is an operation of docs/applications-api.yaml, and back', async () => {
  const called = new Set<string>();
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    const u = new URL(String(url));
    const path = u.pathname
      .replace(/^\/(api|auth|pay)/, '')
      .replace(/\/drafts\/[^/]+$/, '/drafts/{id}')
      .replace(/\/applications\/[^/]+/, '/applications/{code}')
      .replace(/\/dues\/[^/]+$/, '/dues/{noticeCode}')
      .replace(/\/checkouts\/[^/]+$/, '/checkouts/{paymentId}');
    called.add(`${(init?.method ?? 'GET').toLowerCase()} ${path}`);
    return new Response('{}', { status: 500 });
  };
  const apps = new HttpApplicationsApi({ baseUrl: 'https://c.it/api', fetch });
  const id = new HttpIdentityProvider({ baseUrl: 'https://c.it/auth', fetch, spidProviders: [] });
  const pay = new HttpPaymentsProvider({ baseUrl: 'https://c.it/pay', fetch });
  const values = {};
  const calls: Promise<unknown>[] = [
    apps.upload(new File(['x'], 'a.txt')),
    apps.saveDraft({ serviceId: 's', serviceName: 'S', step: 'privacy', values }),
    apps.saveDraft({ id: 'd1', serviceId: 's', serviceName: 'S', step: 'privacy', values }),
    apps.drafts(),
    apps.deleteDraft('d1'),
    apps.submit({ serviceId: 's', serviceName: 'S', values, idempotencyKey: 'k' }),
    apps.status('C1'),
    apps.applications(),
    apps.messages(),
    apps.appointments(),
    apps.complete('C1', values, 'k'),
    id.current(),
    pay.findDue('301000000000004242'),
    pay.payments(),
    pay.checkout({ description: 'x', amount: 1, returnUrl: '/', idempotencyKey: 'k' }),
    pay.outcome('p1'),
  ];
  await Promise.allSettled(calls);
  // The login page is a link, not a call.
  expect(new URL(id.loginHref('cie', '/')).pathname).toBe('/auth/login/cie');
  called.add('get /login/{method}');
  expect([...called].sort()).toEqual([...documented()].sort());
});
