// A tiny static server on 127.0.0.1 (port 0) for the browser tests and the benchmark.
import { createServer } from 'node:http';

/**
 * @param {(pathname: string) => { status?: number, body: string, type?: string } | null} resolve
 * @returns {Promise<{ url: string, close: () => Promise<void>, server: import('node:http').Server }>}
 */
export async function serve(resolve) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const r = resolve(decodeURIComponent(pathname));
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><h1>Non trovato</h1>');
      return;
    }
    res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : r.body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
