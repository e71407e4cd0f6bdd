// @vitest-environment node
// WordPressContentSource against a fake WordPress on 127.0.0.1 (the real one is in
// packages/wordpress/test/browser/content-source.test.mjs): what it does with hostile or broken
// answers (each error names the URL), pagination, terms, media downloads and edit links.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WordPressContentSource, WordPressSourceError } from './wordpress-source.js';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;

let handler: Handler = () => false;
let base = '';
let tmp = '';
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.headers.authorization !== `Basic ${Buffer.from('redazione:app pw').toString('base64')}`) {
    res.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"rest_not_logged_in"}');
    return;
  }
  if (!handler(req, res, url)) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"rest_no_route"}');
  }
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'piazza-wp-unit-'));
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}): true => {
  res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
  return true;
};

const source = (opts: Partial<ConstructorParameters<typeof WordPressContentSource>[0]> = {}) =>
  new WordPressContentSource({
    url: base,
    auth: { user: 'redazione', password: 'app pw' },
    mediaDir: path.join(tmp, 'media'),
    timeoutMs: 2000,
    ...opts,
  });

const SITE = {
  name: 'Comune di Prova',
  region: 'Regione Prova',
  primaryColor: '#0066CC',
  contacts: {
    email: 'info@prova.it',
    pec: 'comune@pec.prova.it',
    phone: '+39 0123 000000',
    address: 'Piazza 1',
  },
  legal: {
    privacy: '/privacy/',
    notes: '/note-legali/',
    accessibility: 'https://form.agid.gov.it/x',
  },
  menuExtra: [],
};
const SITE_BASE = {
  baseUrl: 'https://www.comune.prova.it',
  description: 'Il sito del Comune di Prova, per i test.',
  region: { url: 'https://www.regione.prova.it' },
  contacts: { codiceFiscale: '00000000001' },
};

/** A WordPress with `faqCount` FAQ (pages of 100), terms, one upload. */
function fakeWordPress(faqCount: number, extra: Handler = () => false): Handler {
  return (req, res, url) => {
    if (extra(req, res, url)) return true;
    const p = url.pathname;
    if (p === '/wp-json/piazza/v1/site') return json(res, SITE);
    if (p === '/wp-content/uploads/2026/12/foto.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from('not really a jpeg'));
      return true;
    }
    const m = /^\/wp-json\/wp\/v2\/([a-z_-]+)$/.exec(p);
    if (!m) return false;
    const page = Number(url.searchParams.get('page'));
    if (m[1] === 'pz_argomenti') return json(res, [{ id: 7, name: 'Tributi &amp; tasse' }]);
    if (m[1]?.startsWith('pz_')) return json(res, []);
    if (m[1] !== 'faq') return json(res, [], { 'x-wp-totalpages': '0' });
    const all = Array.from({ length: faqCount }, (_, i) => ({
      id: 1000 + i,
      slug: `domanda-${String(i)}`,
      title: { raw: '' },
      content: { raw: `Risposta ${String(i)}.` },
      meta: {
        question: `Domanda ${String(i)}?`,
        category: i === 3 ? '' : 'Tributi',
        servizi: [],
      },
      pz_argomenti: [7],
    }));
    return json(res, all.slice((page - 1) * 100, page * 100), {
      'x-wp-totalpages': String(Math.ceil(faqCount / 100)),
    });
  };
}

describe('WordPressContentSource', () => {
  it('reads every page, maps terms, names an invalid item by its edit link', async () => {
    handler = fakeWordPress(250);
    const src = source({ siteBase: SITE_BASE });
    const raw = await src.read();
    const faq = raw.collections.faq ?? [];
    expect(faq).toHaveLength(250);
    expect(faq[249]?.data).toMatchObject({ slug: 'domanda-249', answer: 'Risposta 249.' });
    expect(faq[0]?.data).toMatchObject({ topics: ['Tributi & tasse'] });
    const { errors } = await src.check();
    const bad = errors.find((e) => e.field === 'category');
    expect(bad?.file).toBe(`${base}/wp-admin/post.php?post=1003&action=edit`);
    expect(bad?.message).toBe('manca il campo obbligatorio');
  });

  it('downloads WordPress uploads into the media folder and points the field at the copy', async () => {
    handler = fakeWordPress(0, (_req, res, url) => {
      if (url.pathname !== '/wp-json/wp/v2/pagine') return false;
      return json(res, [
        {
          id: 5,
          slug: 'privacy',
          title: { raw: 'Privacy' },
          content: { raw: 'Testo.' },
          meta: {},
        },
      ]);
    });
    const src = source({
      siteBase: {
        ...SITE_BASE,
        logo: { src: `${base}/wp-content/uploads/2026/12/foto.jpg`, alt: 'Stemma' },
      },
    });
    const raw = await src.read();
    const logo = (raw.site?.data as { logo: { src: string } }).logo;
    expect(logo.src).toBe('media/wp/2026/12/foto.jpg');
    expect(readFileSync(path.join(tmp, 'media', logo.src), 'utf8')).toBe('not really a jpeg');
    expect(src.stats.downloaded).toBe(1);
  });

  it('a wrong application password: 401 named with the URL', async () => {
    handler = fakeWordPress(0);
    await expect(
      source({ auth: { user: 'redazione', password: 'sbagliata' } }).read(),
    ).rejects.toThrow(/accesso negato \(401\).*\/wp-json\//);
  });

  it('not JSON, a wrong shape, an oversized answer, a bad page count: each named with its URL', async () => {
    const cases: [Handler, RegExp][] = [
      [
        (_q, res, url) =>
          url.pathname === '/wp-json/piazza/v1/site' &&
          (res.writeHead(200, { 'content-type': 'text/html' }).end('<html>'), true),
        /risposta non JSON \(text\/html\).*\/wp-json\/piazza\/v1\/site/,
      ],
      [
        (_q, res, url) => url.pathname === '/wp-json/wp/v2/servizi' && json(res, { not: 'a list' }),
        /attesa una lista JSON.*\/wp-json\/wp\/v2\/servizi\?/,
      ],
      [
        (_q, res, url) => url.pathname === '/wp-json/wp/v2/servizi' && json(res, [{ id: 'x' }]),
        /elemento 0: atteso un oggetto con "id" intero/,
      ],
      [
        (_q, res, url) =>
          url.pathname === '/wp-json/wp/v2/servizi' &&
          json(res, [], { 'x-wp-totalpages': 'molte' }),
        /X-WP-TotalPages non valida/,
      ],
      [
        (_q, res, url) =>
          url.pathname === '/wp-json/wp/v2/servizi' && json(res, ['x'.repeat(4096)]),
        /risposta troppo grande.*servizi/,
      ],
    ];
    for (const [extra, re] of cases) {
      handler = fakeWordPress(0, extra);
      await expect(source({ maxJsonBytes: 2048 }).read()).rejects.toThrow(re);
    }
  });

  it('an unreachable WordPress and a silent one: named, not hanging', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = await source({ url: `http://127.0.0.1:${String(port)}` })
      .read()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WordPressSourceError);
    expect(String(err)).toMatch(/WordPress non raggiungibile.*ECONNREFUSED.*127\.0\.0\.1/);

    handler = fakeWordPress(0, (_q, _res, url) => url.pathname === '/wp-json/piazza/v1/site');
    const started = Date.now();
    await expect(source({ timeoutMs: 300 }).read()).rejects.toThrow(/timeout.*piazza\/v1\/site/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
