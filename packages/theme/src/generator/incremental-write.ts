// File writing for the incremental rebuild (see incremental.ts): each file (and its `.br`/`.gz`)
// is written beside its target and renamed over it, so the server sends the old file until the new
// one is complete; a removed page goes with its compressed copies.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible } from '../serve-http.js';
import { pageFile } from './build.js';
import { PRECOMPRESS_MAX_BYTES } from './precompress.js';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Writes `file` (and its `.br`/`.gz`) beside itself, then renames over the old ones. */
export async function writeAtomic(file: string, data: string, precompress: boolean): Promise<void> {
  const raw = Buffer.from(data);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = (suffix: string) =>
    path.join(
      path.dirname(file),
      `.${path.basename(file)}${suffix}.${randomBytes(6).toString('hex')}.tmp`,
    );
  const compress = precompress && isCompressible(file) && raw.length <= PRECOMPRESS_MAX_BYTES;
  const [br, gz] = compress
    ? await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 6,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
        gzipAsync(raw, { level: 6 }),
      ])
    : [null, null];
  const t = tmp('');
  writeFileSync(t, raw);
  renameSync(t, file);
  // The old .br/.gz are older than the new file: the server ignores them from now on.
  for (const [suffix, body] of [
    ['.br', br],
    ['.gz', gz],
  ] as const) {
    if (body && body.length < raw.length) {
      const tc = tmp(suffix);
      writeFileSync(tc, body);
      renameSync(tc, file + suffix);
    } else rmSync(file + suffix, { force: true });
  }
}

export function removePage(out: string, p: string): void {
  const file = pageFile(out, p);
  for (const f of [file, `${file}.br`, `${file}.gz`]) {
    try {
      unlinkSync(f);
    } catch {
      // already gone
    }
  }
}
