// HTTP helpers of `piazza serve`: content types, the request target as a site path, plain-text
// answers.
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
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

/** Text types, sent compressed to the clients that accept it. */
export const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

/** The content type `piazza serve` sends for a file name. */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** True for the files sent compressed (and precompressed by `piazza build`). */
export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(contentType(file));
}

/** A request the server refuses with 400. */
export class BadRequest extends Error {}

/** The request target as a normalised site path (always one leading `/`) and its query. */
export function requestPath(target: string): { pathname: string; search: string } {
  let t = target;
  if (!t.startsWith('/')) {
    // absolute-form (`GET http://host/x`); anything else (`*`, garbage) is a bad request
    let u: URL;
    try {
      u = new URL(t);
    } catch {
      throw new BadRequest('richiesta non valida');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      throw new BadRequest('richiesta non valida');
    t = u.pathname + u.search;
  }
  const q = t.indexOf('?');
  const raw = q < 0 ? t : t.slice(0, q);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new BadRequest('percorso non valido');
  }
  if (decoded.includes('\0')) throw new BadRequest('percorso non valido');
  // `..` and `.` segments resolve, repeated slashes collapse: the result starts with one `/`.
  let pathname = path.posix.normalize(`/${decoded.replace(/\\/g, '/')}`).replace(/\/{2,}/g, '/');
  if (!pathname.startsWith('/')) pathname = `/${pathname}`;
  return { pathname, search: q < 0 ? '' : t.slice(q) };
}

/** The path as it goes into a `Location` header: percent-encoded segments, one leading slash. */
export function locationOf(pathname: string, search: string): string {
  const encoded = pathname
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
  // the query as it came, but with nothing a header cannot carry
  const query = search.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  return `/${encoded.replace(/^\/+/, '')}${query}`;
}

/** A short plain-text answer that is never cached. */
export function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
