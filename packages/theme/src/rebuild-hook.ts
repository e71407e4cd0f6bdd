// The publish webhook of `piazza serve --rebuild-secret`: POST /__piazza/rebuild, signed by the
// back office (the WordPress plugin) with HMAC-SHA256. Scheme (docs/wordpress.md):
//
//   X-Piazza-Timestamp: <Unix seconds>
//   X-Piazza-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
//
// A request is accepted only when the signature matches (constant-time comparison), the timestamp
// is within `windowSeconds` of the server's clock and the same signature was not seen before
// (replay); the body is at most `maxBodyBytes` of JSON {event, collection, id, slug, modified}.
// Accepted requests are answered 202 at once; the rebuild runs after, one at a time: requests that
// arrive while one runs are coalesced into a single next rebuild.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { plain } from './serve-http.js';

/** The path of the webhook unless configured otherwise. */
export const REBUILD_PATH = '/__piazza/rebuild';
export const SIGNATURE_HEADER = 'x-piazza-signature';
export const TIMESTAMP_HEADER = 'x-piazza-timestamp';
/** Shortest secret accepted (characters). */
export const MIN_SECRET_LENGTH = 16;

export interface Rebuildable<R = unknown> {
  rebuild(): Promise<R>;
}

export interface RebuildHookOptions<R = unknown> {
  /** The shared secret (also the plugin's setting). At least 16 characters. */
  secret: string;
  /** What is rebuilt (an IncrementalSite). */
  site: Rebuildable<R>;
  /** @default '/__piazza/rebuild' */
  path?: string;
  /** @default 65536 */
  maxBodyBytes?: number;
  /** Accepted clock difference, seconds. @default 300 */
  windowSeconds?: number;
  /** Each rebuild's report, or its error (the server keeps serving the old files). */
  onResult?: (result: { ok: true; report: R } | { ok: false; error: unknown }) => void;
  /** The clock (tests). */
  now?: () => number;
}

/** The publish notice the webhook carries. */
export interface PublishEvent {
  event: 'publish' | 'update' | 'trash' | 'term';
  collection: string;
  id: string | number;
  slug: string;
  modified: string;
}

const EVENTS = new Set(['publish', 'update', 'trash', 'term']);

/** `sha256=<hex>` for a timestamp and body (what the plugin sends). */
export function signRebuild(secret: string, timestamp: string, body: string | Buffer): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(body);
  return `sha256=${mac.digest('hex')}`;
}

/** Checks the body's fields; returns the problem (naming the field) or the event. */
export function parsePublishEvent(body: Buffer): PublishEvent | string {
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch {
    return 'corpo non JSON (body is not JSON)';
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return 'atteso un oggetto JSON (expected a JSON object)';
  const d = data as Record<string, unknown>;
  if (typeof d.event !== 'string' || !EVENTS.has(d.event))
    return 'event: atteso publish, update, trash o term (expected publish, update, trash or term)';
  for (const f of ['collection', 'slug', 'modified'] as const) {
    if (typeof d[f] !== 'string' || (d[f] as string).length > 200)
      return `${f}: attesa una stringa di al massimo 200 caratteri (expected a string of up to 200 characters)`;
  }
  if (
    !(typeof d.id === 'number' && Number.isInteger(d.id)) &&
    !(typeof d.id === 'string' && d.id.length <= 200)
  )
    return 'id: atteso un numero intero o una stringa (expected an integer or a string)';
  return d as unknown as PublishEvent;
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new TooLarge());
        req.pause();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** One rebuild at a time; requests during a rebuild make exactly one more afterwards. */
export class RebuildQueue<R = unknown> {
  #running: Promise<void> | null = null;
  #pending = false;
  /** Rebuilds started so far. */
  started = 0;
  constructor(
    readonly site: Rebuildable<R>,
    readonly onResult?: RebuildHookOptions<R>['onResult'],
  ) {}

  request(): void {
    if (this.#running) {
      this.#pending = true;
      return;
    }
    this.#running = this.#loop().finally(() => {
      this.#running = null;
    });
  }

  async #loop(): Promise<void> {
    do {
      this.#pending = false;
      this.started++;
      try {
        const report = await this.site.rebuild();
        this.onResult?.({ ok: true, report });
      } catch (error) {
        this.onResult?.({ ok: false, error });
      }
    } while (this.#pending);
  }

  /** Resolves when no rebuild is running or pending. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }
}

/** The request handler of the webhook; returns false for requests to other paths. */
export function rebuildHook<R>(opts: RebuildHookOptions<R>) {
  if (opts.secret.length < MIN_SECRET_LENGTH)
    throw new Error(
      `--rebuild-secret: servono almeno ${String(MIN_SECRET_LENGTH)} caratteri (the secret needs at least ${String(MIN_SECRET_LENGTH)} characters)`,
    );
  const hookPath = opts.path ?? REBUILD_PATH;
  const max = opts.maxBodyBytes ?? 64 * 1024;
  const windowMs = (opts.windowSeconds ?? 300) * 1000;
  const now = opts.now ?? Date.now;
  const queue = new RebuildQueue(opts.site, opts.onResult);
  /** Signatures accepted within the window, with their timestamp (ms). */
  const seen = new Map<string, number>();

  const handle = async (
    pathname: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<boolean> => {
    if (pathname !== hookPath) return false;
    res.setHeader('cache-control', 'no-store');
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      plain(res, 405, 'Metodo non consentito: usa POST (method not allowed)');
      return true;
    }
    let body: Buffer;
    try {
      body = await readBody(req, max);
    } catch (err) {
      if (err instanceof TooLarge) {
        res.setHeader('connection', 'close');
        plain(res, 413, `Corpo troppo grande: al massimo ${String(max)} byte (body too large)`);
        return true;
      }
      throw err;
    }
    const ts = req.headers[TIMESTAMP_HEADER];
    const sig = req.headers[SIGNATURE_HEADER];
    if (typeof ts !== 'string' || !/^\d{1,12}$/.test(ts) || typeof sig !== 'string') {
      plain(res, 401, `Firma mancante: servono ${TIMESTAMP_HEADER} e ${SIGNATURE_HEADER}`);
      return true;
    }
    const expected = Buffer.from(signRebuild(opts.secret, ts, body));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      plain(res, 401, 'Firma non valida (invalid signature)');
      return true;
    }
    const at = Number(ts) * 1000;
    const t = now();
    if (Math.abs(t - at) > windowMs) {
      plain(res, 401, 'Firma scaduta: controlla l’orologio dei due server (stale timestamp)');
      return true;
    }
    for (const [s, when] of seen) if (Math.abs(t - when) > windowMs) seen.delete(s);
    if (seen.has(sig)) {
      plain(res, 401, 'Richiesta già ricevuta (replayed request)');
      return true;
    }
    const event = parsePublishEvent(body);
    if (typeof event === 'string') {
      plain(res, 400, `Richiesta non valida: ${event}`);
      return true;
    }
    seen.set(sig, at);
    queue.request();
    const text = JSON.stringify({ accepted: true, event: event.event, slug: event.slug });
    res.writeHead(202, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
    return true;
  };
  return { handle, queue, path: hookPath };
}
