// `piazza serve`: serves a build on 127.0.0.1 with the security headers a PA site should send.
//
// Every request is answered by one async handler whose errors become a 400/500 response: no
// request can end the process. Only regular files whose real path lies inside the real root are
// served (symlinks leading out are 404), never dotfiles. Text is sent compressed from the `.br` /
// `.gz` files `piazza build` writes beside it; without them, only files up to
// `maxCompressBytes` are compressed, off the event loop, and cached. ETag / Last-Modified answer
// conditional requests with 304, and single byte ranges get 206 (or 416).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { SECURITY_HEADERS, connectOriginsOf, securityHeaders } from './security.js';
import {
  BadRequest,
  COMPRESSIBLE,
  contentType,
  locationOf,
  plain,
  requestPath,
} from './serve-http.js';

import { rebuildHook, type RebuildHookOptions, type RebuildQueue } from './rebuild-hook.js';

export { contentType, isCompressible, requestPath } from './serve-http.js';

export {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from './security.js';

export interface ServeOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * Text files without a precompressed `.br`/`.gz` beside them are compressed on the request path
   * (off the event loop, then cached) only up to this size; larger ones are sent as they are.
   * @default 1048576 (1 MiB)
   */
  maxCompressBytes?: number;
  /**
   * The publish webhook (POST /__piazza/rebuild, HMAC-signed): each accepted call rebuilds what
   * changed (see rebuild-hook.ts); without it the server only serves files.
   */
  rebuild?: RebuildHookOptions;
}

export interface ServedSite {
  url: string;
  server: Server;
  close(): Promise<void>;
  /** The rebuild queue, when the webhook is on (`idle()` waits for the rebuilds to finish). */
  rebuilds?: RebuildQueue;
}

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Dotfiles and dot-folders are never served (`.well-known` excepted). */
function hasDotSegment(rel: string): boolean {
  return rel.split(/[\\/]/).some((s) => s.startsWith('.') && s !== '.well-known');
}

function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + path.sep);
}

interface Resolved {
  file: string;
  stats: Stats;
  /** A directory was asked for (its index.html is served). */
  directory: boolean;
}

/** The real path of `p`, or null when it does not exist. */
function realOrNull(p: string): string | null {
  try {
    return realpathSync.native(p);
  } catch {
    return null;
  }
}

/**
 * The regular file for a site path, or null (missing, outside the root, a dotfile). Metadata
 * calls are synchronous: on a local folder they take microseconds, less than a hop to the thread
 * pool; reading the file is asynchronous.
 */
function resolveFile(root: string, pathname: string): Resolved | null {
  if (hasDotSegment(pathname)) return null;
  const real = realOrNull(path.join(root, pathname));
  if (!real || !inside(root, real) || hasDotSegment(path.relative(root, real))) return null;
  const st = statSync(real);
  if (st.isFile()) return { file: real, stats: st, directory: false };
  if (!st.isDirectory()) return null;
  // index.html of a real folder inside the root: a plain file needs no further resolution
  const plainIndex = path.join(real, 'index.html');
  const lst = lstatSync(plainIndex, { throwIfNoEntry: false });
  if (!lst) return null;
  if (lst.isFile()) return { file: plainIndex, stats: lst, directory: true };
  const index = realOrNull(plainIndex);
  if (!index || !inside(root, index) || hasDotSegment(path.relative(root, index))) return null;
  const ist = statSync(index);
  return ist.isFile() ? { file: index, stats: ist, directory: true } : null;
}

/** The encodings the request accepts (q=0 excluded), brotli preferred. */
function acceptedEncodings(header: string | string[] | undefined): Encoding[] {
  const accepted = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name?.trim().toLowerCase());
  const out: Encoding[] = [];
  if (accepted.includes('br')) out.push('br');
  if (accepted.includes('gzip')) out.push('gzip');
  return out;
}

/** A precompressed sibling (`x.html.br`) newer than the file itself, as a regular file. */
function precompressed(file: Resolved, encoding: Encoding): Stats | null {
  const st = lstatSync(file.file + SUFFIX[encoding], { throwIfNoEntry: false });
  return st?.isFile() && st.mtimeMs >= file.stats.mtimeMs ? st : null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Bodies kept in memory while their file is unchanged (same modification time and size): small
 * files as they are on disk (pages, their `.br`/`.gz`) and the bodies compressed on the request
 * path. At most 64 MB, the least recently used go first.
 */
const cache = new Map<string, { mtime: number; size: number; body: Buffer }>();
const CACHE_BYTES = 64 * 1024 * 1024;
/** Files up to this size are kept in memory once read. */
const CACHE_FILE_BYTES = 256 * 1024;
let cacheBytes = 0;

function cached(key: string, stats: Stats): Buffer | undefined {
  const hit = cache.get(key);
  if (!hit || hit.mtime !== stats.mtimeMs || hit.size !== stats.size) return undefined;
  cache.delete(key);
  cache.set(key, hit);
  return hit.body;
}

function remember(key: string, stats: Stats, body: Buffer): void {
  const old = cache.get(key);
  if (old) {
    cache.delete(key);
    cacheBytes -= old.body.length;
  }
  while (cacheBytes + body.length > CACHE_BYTES && cache.size > 0) {
    const [oldest, entry] = cache.entries().next().value as [string, { body: Buffer }];
    cache.delete(oldest);
    cacheBytes -= entry.body.length;
  }
  cache.set(key, { mtime: stats.mtimeMs, size: stats.size, body });
  cacheBytes += body.length;
}

async function readWhole(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

/** A small file's bytes, from memory when unchanged. */
async function smallFile(file: string, stats: Stats): Promise<Buffer> {
  const key = `raw:${file}`;
  const hit = cached(key, stats);
  if (hit) return hit;
  const body = await readWhole(file);
  // a file that changed while it was read is not kept
  if (body.length === stats.size) remember(key, stats, body);
  return body;
}

async function compressOnTheFly(file: Resolved, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${file.file}`;
  const hit = cached(key, file.stats);
  if (hit) return hit;
  const raw = await readWhole(file.file);
  // Quality 5 / level 6: a fraction of the cost of the maximum for a few percent more bytes;
  // `piazza build` precompresses the files beforehand anyway.
  const body =
    encoding === 'br'
      ? await brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        })
      : await gzipAsync(raw, { level: 6 });
  remember(key, file.stats, body);
  return body;
}

/** A strong validator from modification time and size (as nginx does), per encoding. */
function etagOf(stats: Stats, encoding: Encoding | null): string {
  const base = `${Math.floor(stats.mtimeMs).toString(16)}-${stats.size.toString(16)}`;
  return `"${base}${encoding ? `-${encoding}` : ''}"`;
}

/** If-None-Match matches any representation of the same file version. */
function noneMatchHits(header: string, stats: Stats): boolean {
  const base = etagOf(stats, null).slice(1, -1);
  return header.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === '*') return true;
    const value = tag.replace(/^"|"$/g, '').replace(/-(br|gzip)$/, '');
    return value === base;
  });
}

/** Seconds-resolution comparison, as HTTP dates carry no milliseconds. */
function notModifiedSince(header: string, stats: Stats): boolean {
  const since = Date.parse(header);
  return Number.isFinite(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}

type RangeResult = { start: number; end: number } | 'unsatisfiable' | null;

/** One `bytes=` range (multiple or malformed ranges are ignored: the whole file is sent). */
function parseRange(header: string, size: number): RangeResult {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return null;
  if (a === '') {
    const n = Number(b);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (b !== '' && Number(b) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** Streams `[start, end]` of an open file; a read error mid-way ends the connection only. */
function sendFile(res: ServerResponse, fh: FileHandle, start?: number, end?: number): void {
  const stream = fh.createReadStream({
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
  });
  pipeline(stream, res, () => {
    // errors (EIO, a client gone) are already handled: the stream closed the file, the
    // response was destroyed
  });
}

type Hook = ReturnType<typeof rebuildHook>;

async function handle(
  root: string,
  opts: Required<Pick<ServeOptions, 'maxCompressBytes'>> & {
    headers: Readonly<Record<string, string>>;
    hook?: Hook | undefined;
  },
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  for (const [k, v] of Object.entries(opts.headers)) res.setHeader(k, v);
  if (opts.hook && (await opts.hook.handle(requestPath(req.url ?? '/').pathname, req, res))) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    plain(res, 405, 'Metodo non consentito');
    return;
  }
  const { pathname, search } = requestPath(req.url ?? '/');
  const direct = resolveFile(root, pathname);
  // Directories without the trailing slash: redirect, so relative links keep working. The target
  // comes from the normalised path, so it can never be `//host/…` (another site).
  if (direct?.directory && !pathname.endsWith('/')) {
    res.writeHead(301, { location: locationOf(`${pathname}/`, search), 'content-length': 0 });
    res.end();
    return;
  }
  const file = direct ?? resolveFile(root, '/404.html');
  if (!file) {
    plain(res, 404, 'Pagina non trovata');
    return;
  }
  const status = direct ? 200 : 404;
  const type = contentType(file.file);
  const compressible = COMPRESSIBLE.test(type);
  const immutable =
    path.relative(root, file.file).split(path.sep)[0] === 'assets' || type === 'font/woff2';
  const headers: Record<string, string | number> = {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
  };
  const lastModified = new Date(file.stats.mtimeMs).toUTCString();
  if (status === 200) {
    headers['last-modified'] = lastModified;
    headers['accept-ranges'] = 'bytes';
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if (
      inm !== undefined
        ? noneMatchHits(inm, file.stats)
        : ims !== undefined && notModifiedSince(ims, file.stats)
    ) {
      headers.etag = etagOf(file.stats, null);
      res.writeHead(304, headers);
      res.end();
      return;
    }
  }

  // A byte range (of the file as it is, never of a compressed body).
  const rangeHeader = status === 200 ? req.headers.range : undefined;
  const ifRangeHeader = req.headers['if-range'];
  const ifRange = Array.isArray(ifRangeHeader) ? ifRangeHeader[0] : ifRangeHeader;
  const rangeApplies =
    rangeHeader !== undefined &&
    (ifRange === undefined ||
      ifRange === etagOf(file.stats, null) ||
      (!ifRange.startsWith('"') && !ifRange.startsWith('W/') && ifRange === lastModified));
  const range = rangeApplies ? parseRange(rangeHeader, file.stats.size) : null;
  if (range === 'unsatisfiable') {
    res.writeHead(416, {
      'content-range': `bytes */${String(file.stats.size)}`,
      'content-type': 'text/plain; charset=utf-8',
    });
    res.end();
    return;
  }

  // The body: a precompressed sibling, a small file compressed now, or the file itself.
  let encoding: Encoding | null = null;
  let bodyFile = file.file;
  let bodyStats = file.stats;
  let buffer: Buffer | null = null;
  if (compressible && !range) {
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    for (const enc of accepted) {
      const pre = precompressed(file, enc);
      if (pre) {
        encoding = enc;
        bodyFile = file.file + SUFFIX[enc];
        bodyStats = pre;
        break;
      }
    }
    const first = accepted[0];
    if (!encoding && first && file.stats.size <= opts.maxCompressBytes && file.stats.size > 0) {
      encoding = first;
      buffer = await compressOnTheFly(file, first);
    }
  }
  if (encoding) headers['content-encoding'] = encoding;
  if (status === 200) headers.etag = etagOf(file.stats, encoding);
  // Small files (pages) are read whole, once, and kept while unchanged.
  if (!buffer && bodyStats.size <= CACHE_FILE_BYTES) {
    buffer = await smallFile(bodyFile, bodyStats);
    if (range) buffer = buffer.subarray(range.start, range.end + 1);
  }
  if (range) {
    headers['content-range'] =
      `bytes ${String(range.start)}-${String(range.end)}/${String(file.stats.size)}`;
  }

  if (buffer) {
    headers['content-length'] = buffer.length;
    res.writeHead(range ? 206 : status, headers);
    res.end(req.method === 'HEAD' ? undefined : buffer);
    return;
  }
  // Opened before the headers go out: a file that cannot be read is a 500, not a cut response.
  const fh = await open(bodyFile, 'r');
  headers['content-length'] = range ? range.end - range.start + 1 : bodyStats.size;
  res.writeHead(range ? 206 : status, headers);
  if (req.method === 'HEAD') {
    await fh.close();
    res.end();
    return;
  }
  sendFile(res, fh, range?.start, range?.end);
}

function fail(res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const name of res.getHeaderNames()) {
    if (!(name in lowerSecurityHeaders)) res.removeHeader(name);
  }
  if (err instanceof BadRequest) plain(res, 400, `Richiesta non valida: ${err.message}`);
  else plain(res, 500, 'Errore del server: il file non può essere letto');
}

const lowerSecurityHeaders = Object.fromEntries(
  Object.keys(SECURITY_HEADERS).map((k) => [k.toLowerCase(), true]),
);

/** Serves the built site in `dir`; resolves when listening. */
export function serveSite(dir: string, opts: ServeOptions = {}): Promise<ServedSite> {
  let root: string;
  try {
    root = realpathSync(path.resolve(dir));
  } catch {
    return Promise.reject(
      new Error(`cartella non trovata: ${dir} (folder not found)`, { cause: dir }),
    );
  }
  // The back offices the pages call (their meta policy's connect-src): the header allows them too.
  let home = '';
  try {
    home = readFileSync(path.join(root, 'index.html'), 'utf8');
  } catch {
    // no home page: the default policy
  }
  let hook: Hook | undefined;
  try {
    hook = opts.rebuild ? rebuildHook(opts.rebuild) : undefined;
  } catch (err) {
    return Promise.reject(err as Error);
  }
  const settings = {
    maxCompressBytes: opts.maxCompressBytes ?? 1024 * 1024,
    headers: securityHeaders(connectOriginsOf(home)),
    hook,
  };
  const server = createServer((req, res) => {
    res.on('error', () => res.destroy());
    handle(root, settings, req, res).catch((err: unknown) => {
      try {
        fail(res, err);
      } catch {
        res.destroy();
      }
    });
  });
  // Malformed requests the HTTP parser rejects: 400, never an exception.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      resolve({
        url: `http://${opts.host ?? '127.0.0.1'}:${String(port)}`,
        server,
        ...(hook ? { rebuilds: hook.queue } : {}),
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
