// `piazza serve`: serves a build on 127.0.0.1 with the security headers a PA site should send.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.csv': 'text/csv; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The Content-Security-Policy of a Piazza site: everything from the site's own origin, no inline
 * script or style (JSON data blocks are not executed, so they need no exception), no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' mailto:",
  "frame-ancestors 'none'",
].join('; ');

/** The headers `piazza serve` sends with every response (copy them to your web server). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

export interface ServeOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export interface ServedSite {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      const index = path.join(file, 'index.html');
      return existsSync(index) ? index : null;
    }
    return st.isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Text types, sent compressed to the clients that accept it. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

/** `br` or `gzip` when the request accepts it (brotli preferred), else null. */
function acceptedEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/** Compressed bodies, kept while the file is unchanged (a built site is static). */
const cache = new Map<string, { mtime: number; body: Buffer }>();
const CACHE_ENTRIES = 2000;

function compressed(file: string, encoding: 'br' | 'gzip'): Buffer {
  const key = `${encoding}:${file}`;
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(key);
  if (hit && hit.mtime === mtime) return hit.body;
  const raw = readFileSync(file);
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 9,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        })
      : gzipSync(raw, { level: 9 });
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { mtime, body });
  return body;
}

/** Serves the built site in `dir`; resolves when listening. */
export function serveSite(dir: string, opts: ServeOptions = {}): Promise<ServedSite> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    // Directories without the trailing slash: redirect, so relative links keep working.
    const direct = resolveFile(root, url.pathname);
    if (
      direct &&
      !url.pathname.endsWith('/') &&
      direct.endsWith(`${path.sep}index.html`) &&
      !url.pathname.endsWith('index.html')
    ) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = direct ?? resolveFile(root, '/404.html');
    const status = direct ? 200 : 404;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Pagina non trovata');
      return;
    }
    const ext = path.extname(file);
    const type = TYPES[ext] ?? 'application/octet-stream';
    const encoding = COMPRESSIBLE.test(type)
      ? acceptedEncoding(req.headers['accept-encoding'])
      : null;
    const immutable = file.includes(`${path.sep}assets${path.sep}`) && ext !== '.woff2';
    res.writeHead(status, {
      'content-type': type,
      'cache-control':
        immutable || ext === '.woff2' ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(COMPRESSIBLE.test(type) ? { vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (encoding) res.end(compressed(file, encoding));
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      resolve({
        url: `http://${opts.host ?? '127.0.0.1'}:${String(port)}`,
        server,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
