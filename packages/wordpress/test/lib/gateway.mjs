// A stand-in for the comune's SPID/CIE gateway and pagoPA checkout (docs/applications-api.yaml,
// tags `identita` and `pagamenti`), for the tests only: `/login/{method}` signs a test citizen in
// with a session cookie and goes back to `returnTo`; `/me` answers the citizen of the cookie (401
// without one); `/checkouts` starts a payment whose page (https, as the contract demands, with a
// throwaway self-signed certificate) settles it and goes back to `returnUrl`. CORS with
// credentials for the site's origin. No SPID/CIE/pagoPA involved: the plugin's and the site's
// side of the contracts is what is tested.
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const COOKIE = 'gw_session';

export const CITIZENS = {
  maria: {
    fiscalCode: 'BNCMRA80A41H501X',
    name: 'Maria',
    surname: 'Bianchi',
    email: 'maria.bianchi@example.com',
    method: 'spid',
  },
  luca: {
    fiscalCode: 'RSSLCU75C12F205Z',
    name: 'Luca',
    surname: 'Rossi',
    email: 'luca.rossi@example.com',
    method: 'cie',
  },
};

/** A self-signed certificate for 127.0.0.1 (openssl), valid one day. */
function certificate() {
  const dir = mkdtempSync(path.join(tmpdir(), 'piazza-gw-'));
  try {
    const res = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (res.status !== 0) throw new Error(`openssl failed: ${res.stderr}`);
    return {
      key: readFileSync(path.join(dir, 'key.pem')),
      cert: readFileSync(path.join(dir, 'cert.pem')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const readBody = (req) =>
  new Promise((resolve) => {
    let s = '';
    req.on('data', (d) => (s += d));
    req.on('end', () => resolve(s));
  });

/**
 * Starts the gateway; `origin` is the site allowed to call it from the browser. With `pagoPA`,
 * also the https payment page (needs openssl).
 */
export async function startGateway({ origin = null, pagoPA = false } = {}) {
  const sessions = new Map();
  const payments = new Map();
  const calls = [];
  let payUrl = '';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://gateway');
    const cookie = /(?:^|;\s*)gw_session=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    calls.push({ method: req.method, path: url.pathname, cookie: req.headers.cookie ?? '' });
    const cors = {};
    if (origin && req.headers.origin === origin) {
      cors['access-control-allow-origin'] = origin;
      cors['access-control-allow-credentials'] = 'true';
      cors['access-control-allow-headers'] = 'Content-Type, Idempotency-Key, Accept';
      cors['access-control-allow-methods'] = 'GET, POST, OPTIONS';
      cors.vary = 'Origin';
    }
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json', ...cors });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      return res.end();
    }
    const login = /^\/login\/(spid|cie|other)$/.exec(url.pathname);
    if (login) {
      const token = randomBytes(16).toString('hex');
      sessions.set(token, { ...CITIZENS.maria, method: login[1] });
      res.writeHead(302, {
        'set-cookie': `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax`,
        location: url.searchParams.get('returnTo') ?? '/',
      });
      return res.end();
    }
    const who = cookie && sessions.get(cookie);
    if (url.pathname === '/me') {
      return send(who ? 200 : 401, who ?? { error: 'session-expired', message: 'Nessun accesso' });
    }
    if (url.pathname === '/checkouts' && req.method === 'POST' && payUrl) {
      if (!who) return send(401, { error: 'session-expired', message: 'Nessun accesso' });
      const body = JSON.parse(await readBody(req));
      const paymentId = `PAY-${randomBytes(4).toString('hex')}`;
      payments.set(paymentId, {
        paymentId,
        status: 'pending',
        amount: body.amount,
        returnUrl: body.returnUrl,
      });
      return send(201, { paymentId, redirectUrl: `${payUrl}/pay/${paymentId}` });
    }
    const outcome = /^\/checkouts\/([A-Za-z0-9-]+)$/.exec(url.pathname);
    if (outcome && payments.has(outcome[1])) {
      const { paymentId, status, amount, paidAt } = payments.get(outcome[1]);
      return send(200, { paymentId, status, amount, ...(paidAt ? { paidAt } : {}) });
    }
    if (url.pathname === '/payments') return send(who ? 200 : 401, { items: [] });
    send(404, { error: 'not-found', message: url.pathname });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  let pay = null;
  if (pagoPA) {
    // The payment page: paid at once, back to the site.
    pay = createHttpsServer(certificate(), (req, res) => {
      const id = /^\/pay\/([A-Za-z0-9-]+)$/.exec(new URL(req.url, 'https://pay').pathname)?.[1];
      const p = id && payments.get(id);
      if (!p) {
        res.writeHead(404);
        return res.end();
      }
      Object.assign(p, { status: 'paid', paidAt: new Date().toISOString() });
      res.writeHead(302, { location: p.returnUrl });
      res.end();
    });
    await new Promise((r) => pay.listen(0, '127.0.0.1', r));
    payUrl = `https://127.0.0.1:${pay.address().port}`;
  }
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    calls,
    payments,
    /** A session for `who` (a key of CITIZENS): the Cookie header to send. */
    session(who = 'maria') {
      const token = randomBytes(16).toString('hex');
      sessions.set(token, CITIZENS[who]);
      return `${COOKIE}=${token}`;
    },
    /** Ends every session (the citizen's session expires). */
    expireAll: () => sessions.clear(),
    close: async () => {
      await new Promise((r) => server.close(r));
      if (pay) await new Promise((r) => pay.close(r));
    },
  };
}
