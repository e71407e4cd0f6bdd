// A stand-in for the comune's SPID/CIE gateway (docs/applications-api.yaml, tag `identita`), for
// the tests only: `/login/{method}` signs a test citizen in with a session cookie and goes back
// to `returnTo`; `/me` answers the citizen of the cookie (401 without one), with CORS for the
// site's origin. No SPID/CIE involved: the plugin's side of the contract is what is tested.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';

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

/** Starts the gateway; `origin` is the site allowed to read `/me` from the browser. */
export async function startGateway({ origin = null } = {}) {
  const sessions = new Map();
  const calls = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://gateway');
    const cookie = /(?:^|;\s*)gw_session=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    calls.push({ path: url.pathname, cookie: req.headers.cookie ?? '' });
    const cors = {};
    if (origin && req.headers.origin === origin) {
      cors['access-control-allow-origin'] = origin;
      cors['access-control-allow-credentials'] = 'true';
      cors.vary = 'Origin';
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
    if (url.pathname === '/me') {
      const who = cookie && sessions.get(cookie);
      res.writeHead(who ? 200 : 401, { 'content-type': 'application/json', ...cors });
      return res.end(
        JSON.stringify(who ?? { error: 'session-expired', message: 'Nessun accesso' }),
      );
    }
    res.writeHead(404, cors);
    res.end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    calls,
    /** A session for `who` (a key of CITIZENS): the Cookie header to send. */
    session(who = 'maria') {
      const token = randomBytes(16).toString('hex');
      sessions.set(token, CITIZENS[who]);
      return `${COOKIE}=${token}`;
    },
    /** Ends every session (the citizen's session expires). */
    expireAll: () => sessions.clear(),
    close: () => new Promise((r) => server.close(r)),
  };
}
