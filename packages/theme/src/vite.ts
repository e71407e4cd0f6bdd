// `@piazza/theme/vite`: Bootstrap Italia with the comune's colour in a Vite app, purged against
// the app's own output. At build time, once the app's chunks and HTML exist, it compiles
// Bootstrap Italia (cached by colour), keeps the rules whose classes appear in the HTML or as
// words of the scripts, writes the stylesheet and links it from every HTML page. In `vite dev`
// it serves the whole compiled stylesheet (nothing to purge against yet).
//
// No import of Vite: the hooks are typed structurally, so the plugin works with the app's Vite.
import { appCss, type AppCss } from './app-css.js';
import { ColourError } from './generator/css.js';
import { primaryColourProblem } from './generator/color.js';

export interface PiazzaCssPluginOptions {
  /** The comune's primary colour, `#rrggbb` (at least 4.5:1 on white). */
  primaryColor: string;
  /** Keep only the rules the app uses. @default true */
  purge?: boolean;
  /** Folder for the compiled-CSS cache. @default node_modules/@piazza/theme/.cache/css */
  cacheDir?: string;
  /** Called with the result of each build (size report, tests). */
  onCss?: (css: AppCss & { fileName: string }) => void;
}

interface OutputChunk {
  type: 'chunk';
  code: string;
}
interface OutputAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
type Bundle = Record<string, OutputChunk | OutputAsset>;
interface PluginContext {
  emitFile(file: { type: 'asset'; name: string; source: string }): string;
  getFileName(ref: string): string;
}
interface DevServer {
  middlewares: {
    use(
      route: string,
      fn: (
        req: unknown,
        res: { setHeader(k: string, v: string): void; end(body: string): void },
        next: (err?: unknown) => void,
      ) => void,
    ): void;
  };
}

const DEV_URL = '/@piazza/bootstrap-italia.css';

/** The Vite plugin; see docs/theming.md. Throws at once on a colour under 4.5:1. */
export function piazzaCss(opts: PiazzaCssPluginOptions) {
  const problem = primaryColourProblem(opts.primaryColor);
  if (problem) throw new ColourError(`piazzaCss(): ${problem}`);
  const compile = (purge?: { name: string; text: string }[]) =>
    appCss({
      primaryColor: opts.primaryColor,
      ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
      ...(purge ? { purge } : {}),
    });
  let base = '/';
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'piazza-css',
    enforce: 'post' as const,
    configResolved(config: { base: string; command: 'build' | 'serve' }) {
      base = config.base || '/';
      command = config.command;
    },
    configureServer(server: DevServer) {
      server.middlewares.use(DEV_URL, (_req, res, next) => {
        compile().then(
          (r) => {
            res.setHeader('Content-Type', 'text/css');
            res.end(r.css);
          },
          (err: unknown) => next(err),
        );
      });
    },
    transformIndexHtml(html: string) {
      if (command !== 'serve') return html;
      return html.replace('</head>', `<link rel="stylesheet" href="${DEV_URL}"></head>`);
    },
    async generateBundle(this: PluginContext, _options: unknown, bundle: Bundle) {
      const files: { name: string; text: string }[] = [];
      const pages: OutputAsset[] = [];
      for (const [name, out] of Object.entries(bundle)) {
        if (out.type === 'chunk') files.push({ name, text: out.code });
        else if (/\.html?$/i.test(name)) {
          const text =
            typeof out.source === 'string' ? out.source : Buffer.from(out.source).toString('utf8');
          files.push({ name, text });
          pages.push(out);
        } else if (/\.(m?js|css)$/i.test(name) && typeof out.source === 'string') {
          files.push({ name, text: out.source });
        }
      }
      const result = await compile(opts.purge === false ? undefined : files);
      const ref = this.emitFile({
        type: 'asset',
        name: 'bootstrap-italia.css',
        source: result.css,
      });
      const fileName = this.getFileName(ref);
      const href = `${base.endsWith('/') ? base : `${base}/`}${fileName}`;
      for (const page of pages) {
        const text =
          typeof page.source === 'string' ? page.source : Buffer.from(page.source).toString('utf8');
        // before the app's own stylesheets (they may override it), else at the end of <head>
        const link = `<link rel="stylesheet" href="${href}">`;
        const at = text.search(/<link\b[^>]*rel="stylesheet"/i);
        page.source =
          at >= 0
            ? `${text.slice(0, at)}${link}\n    ${text.slice(at)}`
            : text.replace(/<\/head>/i, `  ${link}\n  </head>`);
      }
      opts.onCss?.({ ...result, fileName });
    },
  };
}

export default piazzaCss;
