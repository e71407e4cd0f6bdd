// Shared helpers of the theme's plain-Node tests: the built CLI, temporary folders, the demo.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(PACKAGE, 'dist', 'cli.js');
export const DEMO = path.join(PACKAGE, 'demo');

/** Runs the built `piazza` CLI; returns { code, stdout, stderr }. */
export function piazza(args, opts = {}) {
  const res = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 180_000,
    ...opts,
  });
  return { code: res.status, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
}

/** A new temporary folder, removed by `cleanup()`. */
export function tempDir(prefix = 'piazza-theme-') {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function cleanup(...dirs) {
  for (const d of dirs) if (d) rmSync(d, { recursive: true, force: true });
}

/** A copy of the demo content that a test may break. */
export function demoCopy() {
  const dir = tempDir('piazza-content-');
  cpSync(DEMO, dir, { recursive: true });
  return dir;
}

/** Paths listed in a built site's sitemap.xml (without the base URL). */
export function sitemapPaths(out) {
  const xml = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
}

/** The file of a site path. */
export function pageFile(out, p) {
  return p.endsWith('/') ? path.join(out, p, 'index.html') : path.join(out, p);
}

/** Version of the bootstrap-italia package the theme resolves (what its CSS must declare). */
export function installedBootstrapItaliaVersion() {
  const require = createRequire(path.join(PACKAGE, 'package.json'));
  return JSON.parse(readFileSync(require.resolve('bootstrap-italia/package.json'), 'utf8')).version;
}

/**
 * The demo comune built by the built CLI into a new temporary folder (for the browser tests):
 * `{ out, serve, remove }`; `serve()` starts `piazza serve`'s server on a free port. Throws with
 * the CLI's output when the build fails.
 */
export async function builtDemo(prefix = 'piazza-demo-', extraArgs = []) {
  const out = tempDir(prefix);
  const build = piazza(['build', '--demo', '--out', out, ...extraArgs], { timeout: 600_000 });
  if (build.code !== 0) throw new Error(`demo build failed:\n${build.stdout}\n${build.stderr}`);
  const { serveSite } = await import(path.join(PACKAGE, 'dist', 'index.js'));
  return {
    out,
    serve: () => serveSite(out, { port: 0 }),
    remove: () => cleanup(out),
  };
}
