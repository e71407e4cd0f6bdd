// `piazza serve`: serves a build; with --rebuild-secret (or PIAZZA_REBUILD_SECRET) it first builds
// the folder from the content (--content or --demo) and then rebuilds what changed on each signed
// call of the publish webhook (POST /__piazza/rebuild, see rebuild-hook.ts).
import { parseArgs } from 'node:util';
import { ContentValidationError, MarkdownContentSource, formatIssue } from './content/index.js';
import type { ContentSource } from './content/index.js';
import { IncrementalSite, type RebuildReport } from './generator/incremental.js';
import { DEMO_CONTENT_DIR } from './paths.js';
import { MIN_SECRET_LENGTH, REBUILD_PATH } from './rebuild-hook.js';
import { SECURITY_HEADERS, serveSite } from './serve.js';

export const SERVE_USAGE = `  piazza serve CARTELLA [--port 8080] [--host H]   serve una build con gli header di sicurezza
  piazza serve CARTELLA --content CONTENUTI --rebuild-secret SEGRETO
                                                   costruisce CARTELLA e la ricostruisce in parte a ogni
                                                   chiamata firmata di POST ${REBUILD_PATH}
                                                   (segreto anche da PIAZZA_REBUILD_SECRET)
  piazza serve CARTELLA --source wordpress --wp-url URL --rebuild-secret SEGRETO
                                                   lo stesso con i contenuti di WordPress: il webhook
                                                   del plugin chiama POST ${REBUILD_PATH}
`;

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

/** The content flags `piazza build` and `piazza serve` share (parseArgs options). */
export const SOURCE_OPTIONS = {
  content: { type: 'string' },
  demo: { type: 'boolean', default: false },
  source: { type: 'string' },
  'wp-url': { type: 'string' },
  'wp-user': { type: 'string' },
  site: { type: 'string' },
  media: { type: 'string' },
  cache: { type: 'string' },
} as const;

/** The content flags of `piazza serve` (the same as `piazza build`'s). */
export interface ServeSourceFlags {
  content?: string | undefined;
  demo?: boolean | undefined;
  source?: string | undefined;
  'wp-url'?: string | undefined;
  'wp-user'?: string | undefined;
  site?: string | undefined;
  media?: string | undefined;
}

/**
 * The `serve` command. `sourceFor` turns the parsed flags into the content source (the Markdown
 * folder or the demo; a CMS adapter plugs in here).
 */
export async function serveCommand(
  rest: string[],
  usage: string,
  sourceFor: (values: ServeSourceFlags) => ContentSource | string | undefined = (v) =>
    v.demo
      ? new MarkdownContentSource(DEMO_CONTENT_DIR)
      : v.content
        ? new MarkdownContentSource(v.content)
        : undefined,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string' },
        'rebuild-secret': { type: 'string' },
        ...SOURCE_OPTIONS,
      },
    });
  } catch (e) {
    err(`piazza serve: ${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const dir = positionals[0];
  if (!dir) {
    err(`piazza serve: indica la cartella della build\n\n${usage}`);
    return 2;
  }
  const secret = values['rebuild-secret'] ?? process.env.PIAZZA_REBUILD_SECRET;
  let rebuild;
  if (secret !== undefined) {
    if (secret.length < MIN_SECRET_LENGTH) {
      err(
        `piazza serve: --rebuild-secret deve avere almeno ${String(MIN_SECRET_LENGTH)} caratteri (the secret needs at least ${String(MIN_SECRET_LENGTH)} characters)\n`,
      );
      return 2;
    }
    const source = sourceFor(values);
    if (typeof source === 'string') {
      err(`piazza serve: ${source}\n`);
      return 2;
    }
    if (!source) {
      err(
        `piazza serve: con --rebuild-secret servono --content CARTELLA o --demo (the content to rebuild from)\n\n${usage}`,
      );
      return 2;
    }
    out(`Costruisco ${dir}…\n`);
    let site: IncrementalSite;
    try {
      site = await IncrementalSite.create({
        source,
        out: dir,
        ...(values.cache ? { cacheDir: values.cache } : {}),
      });
    } catch (e) {
      if (e instanceof ContentValidationError) {
        err('Contenuti non validi (invalid content)\n');
        for (const i of e.issues) err(`  ${formatIssue(i)}\n`);
      } else err(`piazza serve: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    out(`${String(site.result.pages.length)} pagine in ${site.result.seconds.toFixed(1)} s\n`);
    rebuild = {
      secret,
      site,
      onResult: (r: { ok: true; report: unknown } | { ok: false; error: unknown }) => {
        const time = new Date().toISOString();
        if (r.ok) {
          const p = r.report as RebuildReport;
          out(
            `${time} ricostruito (${p.reason}): ${String(p.pages.length)} pagine, ${String(p.removed.length)} rimosse, ${p.files.join(', ') || 'nessun indice'} in ${p.seconds.toFixed(2)} s\n`,
          );
        } else if (r.error instanceof ContentValidationError) {
          err(`${time} ricostruzione annullata, contenuti non validi: il sito resta com'era\n`);
          for (const i of r.error.issues) err(`  ${formatIssue(i)}\n`);
        } else {
          err(
            `${time} ricostruzione non riuscita: ${r.error instanceof Error ? r.error.message : String(r.error)}\n`,
          );
        }
      },
    };
  }
  let site;
  try {
    site = await serveSite(dir, {
      port: Number(values.port),
      ...(values.host ? { host: values.host } : {}),
      ...(rebuild ? { rebuild } : {}),
    });
  } catch (e) {
    err(`piazza serve: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  out(`Sito servito su ${site.url}/ (Ctrl-C per fermare)\n`);
  if (rebuild) out(`Webhook di pubblicazione: POST ${site.url}${REBUILD_PATH}\n`);
  out(`Header: ${Object.keys(SECURITY_HEADERS).join(', ')}\n`);
  await new Promise(() => undefined);
  return 0;
}
