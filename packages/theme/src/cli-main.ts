// The piazza command (loaded by cli.ts once NODE_ENV is set).
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  ContentValidationError,
  MarkdownContentSource,
  WordPressContentSource,
  formatIssue,
} from './content/index.js';
import type { ContentSource } from './content/index.js';
import { buildSite } from './generator/build.js';
import { ColourError } from './generator/css.js';
import { exportPartials } from './generator/partials.js';
import { DEMO_CONTENT_DIR, THEME_VERSION } from './paths.js';
import { SERVE_USAGE, SOURCE_OPTIONS, serveCommand } from './serve-cli.js';

const USAGE = `piazza ${THEME_VERSION} — il tema dei siti dei Comuni (Modello Comuni)

Uso:
  piazza build --content CARTELLA --out CARTELLA   costruisce il sito statico
  piazza build --demo --out CARTELLA               costruisce il Comune di Esempio
  piazza build --source wordpress --wp-url URL --out CARTELLA
                                                   costruisce il sito dai contenuti di WordPress
                                                   (plugin Piazza); utente e password applicativa
                                                   in PIAZZA_WP_USER e PIAZZA_WP_APP_PASSWORD
${SERVE_USAGE}  piazza export partials --out CARTELLA            header, footer, rating e cookie bar con {{segnaposto}}
  piazza css --primary-color '#rrggbb' --out FILE [--purge 'dist/**/*.{html,js}']
                                                   Bootstrap Italia col colore del Comune per un'app,
                                                   purgato sui file compilati dell'app

Opzioni di WordPress: --wp-user UTENTE (o PIAZZA_WP_USER), --site FILE (site.yml con le
  impostazioni che WordPress non ha: baseUrl, description, logo, social…), --media CARTELLA
  (dove scaricare i media, predefinita .cache/piazza-wordpress/<host>).
Opzioni di build: --no-purge (un solo CSS per tutto il sito), --cache CARTELLA (cache del CSS),
  --no-precompress (senza i file .br e .gz accanto a ogni file di testo).
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 1;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${THEME_VERSION}\n`);
    return 0;
  }
  if (command === 'build') {
    const { values } = parseArgs({
      args: rest,
      options: {
        ...SOURCE_OPTIONS,
        out: { type: 'string' },
        'no-purge': { type: 'boolean', default: false },
        'no-precompress': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    });
    const wordpress = values.source === 'wordpress';
    if (values.source !== undefined && !wordpress && values.source !== 'markdown') {
      process.stderr.write(
        `piazza build: --source accetta markdown o wordpress, non "${values.source}"\n`,
      );
      return 2;
    }
    if (!values.out || (!wordpress && !values.content && !values.demo)) {
      process.stderr.write(`piazza build: servono --out e --content (o --demo)\n\n${USAGE}`);
      return 2;
    }
    const log = values.quiet ? undefined : (m: string) => process.stdout.write(`  ${m}\n`);
    try {
      let source: ContentSource | undefined;
      if (wordpress) {
        const made = wordpressSource(values);
        if (typeof made === 'string') {
          process.stderr.write(`piazza build: ${made}\n`);
          return 2;
        }
        source = made;
        log?.(`contenuti da WordPress: ${made.url}`);
      }
      const result = await buildSite({
        ...(source ? { source } : {}),
        ...(values.content ? { content: values.content } : {}),
        demo: values.demo,
        out: values.out,
        ...(values.cache ? { cacheDir: values.cache } : {}),
        purge: !values['no-purge'],
        precompress: !values['no-precompress'],
        ...(log ? { log } : {}),
      });
      for (const w of result.warnings) process.stderr.write(`${formatIssue(w)}\n`);
      process.stdout.write(
        `Sito costruito in ${result.outDir}: ${String(result.pages.length)} pagine in ${result.seconds.toFixed(1)} s\n`,
      );
      return 0;
    } catch (err) {
      if (err instanceof ContentValidationError) {
        const errors = err.issues.filter((i) => i.severity === 'error');
        process.stderr.write(
          `Contenuti non validi: ${String(errors.length)} ${errors.length === 1 ? 'errore' : 'errori'} (invalid content)\n`,
        );
        for (const i of err.issues) process.stderr.write(`  ${formatIssue(i)}\n`);
        return 1;
      }
      if (err instanceof ColourError) {
        process.stderr.write(`Colore non valido: ${err.message}\n`);
        return 1;
      }
      process.stderr.write(`piazza build: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
  }
  if (command === 'serve')
    return serveCommand(rest, USAGE, (v) => {
      if (v.source === 'wordpress') return wordpressSource(v);
      if (v.source !== undefined && v.source !== 'markdown')
        return `--source accetta markdown o wordpress, non "${v.source}"`;
      if (v.demo) return new MarkdownContentSource(DEMO_CONTENT_DIR);
      return v.content ? new MarkdownContentSource(v.content) : undefined;
    });
  if (command === 'css') {
    let values;
    try {
      ({ values } = parseArgs({
        args: rest,
        options: {
          'primary-color': { type: 'string' },
          out: { type: 'string' },
          purge: { type: 'string', multiple: true },
          cache: { type: 'string' },
        },
      }));
    } catch (err) {
      process.stderr.write(`piazza css: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
    if (!values['primary-color'] || !values.out) {
      process.stderr.write(
        `piazza css: servono --primary-color e --out (primary colour and output file needed)\n\n${USAGE}`,
      );
      return 2;
    }
    try {
      const { appCss, readOutput } = await import('./app-css.js');
      let purge: { name: string; text: string }[] | undefined;
      if (values.purge) {
        purge = readOutput(values.purge, process.cwd());
        if (purge.length === 0) {
          process.stderr.write(
            `piazza css: nessun file corrisponde a --purge ${values.purge.join(' ')} ` +
              `(no file matches: build the app first)\n`,
          );
          return 1;
        }
      }
      const result = await appCss({
        primaryColor: values['primary-color'],
        ...(values.cache ? { cacheDir: values.cache } : {}),
        ...(purge ? { purge } : {}),
      });
      const { mkdirSync, writeFileSync } = await import('node:fs');
      const { dirname } = await import('node:path');
      mkdirSync(dirname(values.out), { recursive: true });
      writeFileSync(values.out, result.css);
      process.stdout.write(
        `${values.out}: ${(result.gzipBytes / 1024).toFixed(1)} KB gzip ` +
          `(${(result.bytes / 1024).toFixed(1)} KB)` +
          (purge ? `, purgato su ${String(purge.length)} file\n` : ', non purgato\n'),
      );
      return 0;
    } catch (err) {
      process.stderr.write(`piazza css: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
  }
  if (command === 'export') {
    const [what, ...args] = rest;
    const { values } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        'primary-color': { type: 'string' },
        cache: { type: 'string' },
      },
    });
    if (what !== 'partials' || !values.out) {
      process.stderr.write(`piazza export partials --out CARTELLA\n`);
      return 2;
    }
    try {
      const res = await exportPartials(values.out, {
        ...(values['primary-color'] ? { primaryColor: values['primary-color'] } : {}),
        ...(values.cache ? { cacheDir: values.cache } : {}),
      });
      process.stdout.write(`Scritti: ${res.files.join(', ')} (e assets/js)\n`);
      return 0;
    } catch (err) {
      process.stderr.write(`piazza export: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
  }
  process.stderr.write(`piazza: comando sconosciuto "${command}"\n\n${USAGE}`);
  return 2;
}

/** The WordPress source of `piazza build --source wordpress`, or what is missing. */
function wordpressSource(values: {
  'wp-url'?: string | undefined;
  'wp-user'?: string | undefined;
  site?: string | undefined;
  media?: string | undefined;
}): WordPressContentSource | string {
  const url = values['wp-url'];
  if (!url) return "--source wordpress: serve --wp-url con l'indirizzo di WordPress";
  const user = values['wp-user'] ?? process.env.PIAZZA_WP_USER;
  const password = process.env.PIAZZA_WP_APP_PASSWORD;
  if (!user || !password)
    return (
      '--source wordpress: servono un utente di WordPress (--wp-user o PIAZZA_WP_USER) e una sua ' +
      'password applicativa (PIAZZA_WP_APP_PASSWORD; Utenti → Profilo → Password applicative)'
    );
  let siteBase: Record<string, unknown> | undefined;
  if (values.site) {
    let parsed: unknown;
    try {
      parsed = parseYaml(readFileSync(values.site, 'utf8'), { maxAliasCount: 100 });
    } catch (err) {
      return `--site ${values.site}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return `--site ${values.site}: atteso un file YAML di coppie chiave: valore`;
    siteBase = parsed as Record<string, unknown>;
  }
  let host = 'wordpress';
  try {
    host = new URL(url).host.replace(/[^A-Za-z0-9.-]/g, '_');
  } catch {
    /* the source names the bad URL */
  }
  return new WordPressContentSource({
    url,
    auth: { user, password },
    mediaDir: values.media ?? path.join('.cache', 'piazza-wordpress', host),
    ...(siteBase ? { siteBase } : {}),
    ...(values.site ? { siteBaseDir: path.dirname(path.resolve(values.site)) } : {}),
  });
}
