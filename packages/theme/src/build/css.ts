// Bootstrap Italia compiled from its Sass with the comune's primary colour, cached by colour.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT, THEME_VERSION, packageDir } from '../paths.js';
import { normaliseHex, parseHex, primaryColourProblem, toHsb } from './color.js';

export class ColourError extends Error {
  override name = 'ColourError';
}

/** Version of the installed bootstrap-italia. */
export function bootstrapItaliaVersion(): string {
  const pkg = JSON.parse(
    readFileSync(path.join(packageDir('bootstrap-italia'), 'package.json'), 'utf8'),
  ) as { version: string };
  return pkg.version;
}

/** Sass load paths for bootstrap-italia under pnpm's strict layout (TOOLCHAIN trap 8). */
function loadPaths(): string[] {
  const bi = packageDir('bootstrap-italia');
  const paths = [path.join(bi, 'src', 'scss'), path.dirname(bi)];
  // The hoisted folder of the pnpm store (videojs-font is a dependency of a dependency).
  const parts = bi.split(path.sep);
  const store = parts.lastIndexOf('.pnpm');
  if (store > 0) paths.push(path.join(parts.slice(0, store + 1).join(path.sep), 'node_modules'));
  return paths.filter((p) => existsSync(p));
}

function defaultCacheDir(): string {
  const preferred = path.join(PACKAGE_ROOT, '.cache', 'css');
  try {
    mkdirSync(preferred, { recursive: true });
    return preferred;
  } catch {
    return path.join(os.tmpdir(), 'piazza-theme-cache', 'css');
  }
}

export interface CompileOptions {
  /** Folder for the cached CSS. @default packages/theme/.cache/css */
  cacheDir?: string;
}

export interface CompiledCss {
  css: string;
  /** True when it came from the cache. */
  cached: boolean;
  /** Seconds spent compiling (0 when cached). */
  seconds: number;
}

/**
 * Bootstrap Italia's CSS with `primary` as its primary colour. Throws a {@link ColourError}
 * (with the contrast ratio) when the colour is too light for white text.
 */
export async function compileBootstrapItalia(
  primary: string,
  opts: CompileOptions = {},
): Promise<CompiledCss> {
  const problem = primaryColourProblem(primary);
  if (problem) throw new ColourError(problem);
  const hex = normaliseHex(primary);
  const biVersion = bootstrapItaliaVersion();
  const dir = opts.cacheDir ?? defaultCacheDir();
  const key = createHash('sha256')
    .update(`${biVersion}|${hex}|${THEME_VERSION}`)
    .digest('hex')
    .slice(0, 16);
  const file = path.join(dir, `bootstrap-italia-${biVersion}-${hex.slice(1)}-${key}.css`);
  if (existsSync(file)) return { css: readFileSync(file, 'utf8'), cached: true, seconds: 0 };

  const started = Date.now();
  const { h, s, b } = toHsb(parseHex(hex)!);
  const sass = await import('sass-embedded');
  const source = `$primary-h: ${h};\n$primary-s: ${s};\n$primary-b: ${b};\n@import 'bootstrap-italia';\n`;
  const result = await sass.compileStringAsync(source, {
    loadPaths: loadPaths(),
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'mixed-decls'],
    logger: sass.Logger.silent,
  });
  const css = result.css.replace(/^\uFEFF/, '');
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, css);
  } catch {
    // a read-only cache folder only costs the next build a compile
  }
  return { css, cached: false, seconds: (Date.now() - started) / 1000 };
}
