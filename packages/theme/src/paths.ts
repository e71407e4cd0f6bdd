// Where the package's own files are, from src/ (vitest) and from dist/ (plain Node) alike.
import { createRequire } from 'node:module';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder (`packages/theme`). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The demo comune's content folder, shipped with the package. */
export const DEMO_CONTENT_DIR = path.join(PACKAGE_ROOT, 'demo');

/** Version of @piazza/theme, from its package.json. */
export const THEME_VERSION: string = (
  JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

const require = createRequire(import.meta.url);

/** Folder of an installed package (resolved from this package, symlinks followed). */
export function packageDir(name: string): string {
  // bootstrap-italia has no "./package.json" export: resolve its main entry and walk up.
  let entry: string;
  try {
    entry = require.resolve(`${name}/package.json`);
  } catch {
    entry = require.resolve(name);
  }
  let dir = path.dirname(realpathSync(entry));
  while (!isPackageRoot(dir, name)) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`Cannot find the folder of ${name}`);
    dir = up;
  }
  return dir;
}

function isPackageRoot(dir: string, name: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      name?: string;
    };
    return pkg.name === name;
  } catch {
    return false;
  }
}
