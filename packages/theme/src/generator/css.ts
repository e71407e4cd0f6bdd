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

const VERSION_PROPERTY = /(--bootstrap-italia-version\s*:\s*)(?:"[^"]*"|'[^']*'|[^;}!]*)/g;

/**
 * Bootstrap Italia's compiled CSS declares `--bootstrap-italia-version: '2.18.3'` (single quotes).
 * The official validator (italia/pa-website-validator-ng, src/audits/municipality_bootstrap/index.ts)
 * reads that property from `getComputedStyle(document.body)`, trims it, removes only double quotes
 * and compares it as semver with 2.0.0: `'2.18.3'` is not valid semver and C.SI.1.2 fails on every
 * page. This rewrites the value, wherever Bootstrap Italia declares it, as `"<version>"` (the version
 * of the installed package, never a constant); every other declaration stays as compiled. When the
 * compiled CSS has no such declaration, one `:root` rule carrying it is appended.
 */
export function withParsableVersion(css: string, version: string): string {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new Error(
      `bootstrap-italia/package.json: versione "${version}" non valida (attesa x.y.z) / invalid version`,
    );
  }
  const value = JSON.stringify(version);
  let found = false;
  const out = css.replace(VERSION_PROPERTY, (_m, prefix: string) => {
    found = true;
    return `${prefix}${value}`;
  });
  return found ? out : `${out}\n:root{--bootstrap-italia-version:${value}}`;
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
  if (existsSync(file))
    return {
      css: withParsableVersion(readFileSync(file, 'utf8'), biVersion),
      cached: true,
      seconds: 0,
    };

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
  return {
    css: withParsableVersion(css, biVersion),
    cached: false,
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * Bootstrap Italia embeds the video player's icon font as a data: URL; the theme ships no video
 * player and `font-src 'self'` would block it, so it goes.
 */
export function withoutDataFonts(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*url\(\s*["']?data:[^}]*\}/g, '');
}
