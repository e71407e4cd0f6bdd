// Bootstrap Italia for an app: compiled from its Sass with the comune's primary colour (the same
// compile and cache as `piazza build`) and, optionally, purged against the app's built output
// (its HTML class attributes and the words of its scripts). Used by `piazza css` and by the
// Vite plugin (`@piazza/theme/vite`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileBootstrapItalia, withoutDataFonts, type CompileOptions } from './generator/css.js';
import { Purger, htmlClasses, scriptWords } from './generator/purge.js';

export interface AppCssOptions extends CompileOptions {
  /** The comune's primary colour, `#rrggbb` (at least 4.5:1 on white). */
  primaryColor: string;
  /**
   * The app's built files to purge against: HTML (class attributes) and scripts (every word
   * that could be a class name). Without them the CSS is not purged.
   */
  purge?: readonly { name: string; text: string }[];
}

export interface AppCss {
  css: string;
  /** Bytes, and bytes with gzip -9. */
  bytes: number;
  gzipBytes: number;
  /** Whether it was purged. */
  purged: boolean;
}

/** The words of an app's built files: classes of HTML attributes and words of scripts. */
export function outputClasses(files: readonly { name: string; text: string }[]): Set<string> {
  const classes = new Set<string>();
  for (const f of files) {
    if (/\.html?$/i.test(f.name)) htmlClasses(f.text, classes);
    // scripts and HTML alike: a class may be written in a script or an inline attribute
    scriptWords(f.text, classes);
  }
  return classes;
}

/** Bootstrap Italia with the app's colour, purged against its output when given. */
export async function appCss(opts: AppCssOptions): Promise<AppCss> {
  const compiled = await compileBootstrapItalia(
    opts.primaryColor,
    opts.cacheDir ? { cacheDir: opts.cacheDir } : {},
  );
  // the video player's data: font (the library's apps ship no video player)
  const full = withoutDataFonts(compiled.css);
  const purged = opts.purge !== undefined;
  const css = purged ? new Purger(full).purge(outputClasses(opts.purge ?? [])) : full;
  const out = `/*! Bootstrap Italia, colore ${opts.primaryColor.toLowerCase()} (piazza css) */\n${css}`;
  return {
    css: out,
    bytes: Buffer.byteLength(out),
    gzipBytes: gzipSync(out, { level: 9 }).length,
    purged,
  };
}

/**
 * `*`, `**`, `?` and `{a,b}` globs as a regular expression over `/`-separated relative paths.
 * Throws on an empty pattern.
 */
export function globToRegExp(glob: string): RegExp {
  if (!glob.trim()) throw new Error('pattern --purge vuoto (empty --purge pattern)');
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files under `cwd` matching any of the globs (relative `/` paths), sorted. */
export function globFiles(patterns: readonly string[], cwd: string): string[] {
  const res = patterns.map(globToRegExp);
  // walk from the longest fixed prefix of each pattern
  const roots = new Set(
    patterns.map((p) => {
      const fixed = p.split('/');
      const stop = fixed.findIndex((s) => /[*?{]/.test(s));
      return fixed.slice(0, stop < 0 ? fixed.length - 1 : stop).join('/');
    }),
  );
  const found = new Set<string>();
  const walk = (rel: string) => {
    const abs = path.join(cwd, rel);
    let entries: string[];
    try {
      entries = readdirSync(abs);
    } catch {
      return;
    }
    for (const e of entries) {
      if (e === 'node_modules' || e.startsWith('.')) continue;
      const child = rel ? `${rel}/${e}` : e;
      const st = statSync(path.join(cwd, child));
      if (st.isDirectory()) walk(child);
      else if (res.some((r) => r.test(child))) found.add(child);
    }
  };
  for (const r of roots) walk(r);
  return [...found].sort();
}

/** The files of `globFiles` with their text. */
export function readOutput(
  patterns: readonly string[],
  cwd: string,
): { name: string; text: string }[] {
  return globFiles(patterns, cwd).map((name) => ({
    name,
    text: readFileSync(path.join(cwd, name), 'utf8'),
  }));
}
