// The client entries of the islands, bundled with esbuild: ESM, code splitting (React and
// the shared components in common chunks), minified, hashed names. Each island imports the
// @piazza/react entry point of its own area (/navigation, /content, /forms, /intl,
// /cookie-consent), so one island's components do not land in the chunk every page loads.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptWords } from './purge.js';

export interface IslandScripts {
  /** Site URL of each entry's script, by island name (plus "loadmore"). */
  entries: Map<string, string>;
  /** Chunks each entry imports (site URLs), for `<link rel="modulepreload">`. */
  imports: Map<string, string[]>;
  /** Words in each entry's own code (not React's): class names it may add at run time. */
  words: Map<string, Set<string>>;
  /** Gzip-free byte size of each output file, by site URL. */
  sizes: Map<string, number>;
}

const ENTRIES_DIR = fileURLToPath(new URL('../islands/entries/', import.meta.url));

function entryFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(ENTRIES_DIR)) {
    const m = /^([a-z0-9-]+)\.(js|ts|tsx)$/.exec(f);
    if (m && !f.endsWith('.d.ts')) out[m[1] as string] = path.join(ENTRIES_DIR, f);
  }
  return out;
}

const VENDOR =
  /node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(react|react-dom|scheduler)[\\/]/;

/** Bundles every island entry into `outDir/assets/js`. */
export async function bundleIslands(outDir: string): Promise<IslandScripts> {
  const { build } = await import('esbuild');
  const jsDir = path.join(outDir, 'assets', 'js');
  const result = await build({
    entryPoints: entryFiles(),
    outdir: jsDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    write: true,
    legalComments: 'linked',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const siteUrl = (file: string) =>
    '/' + path.relative(outDir, path.resolve(file)).split(path.sep).join('/');
  const scripts: IslandScripts = {
    entries: new Map(),
    imports: new Map(),
    words: new Map(),
    sizes: new Map(),
  };
  const { readFileSync } = await import('node:fs');
  const wordsOf = new Map<string, Set<string>>();
  /** Words of the non-React sources bundled into an output file. */
  const ownWords = (file: string): Set<string> => {
    const all = new Set<string>();
    for (const input of Object.keys(outputs[file]?.inputs ?? {})) {
      if (VENDOR.test(input)) continue;
      let w = wordsOf.get(input);
      if (!w) {
        try {
          w = scriptWords(readFileSync(path.resolve(input), 'utf8'));
        } catch {
          w = new Set();
        }
        wordsOf.set(input, w);
      }
      for (const x of w) all.add(x);
    }
    return all;
  };
  for (const [file, meta] of Object.entries(outputs)) {
    scripts.sizes.set(siteUrl(file), meta.bytes);
    if (!meta.entryPoint || !file.endsWith('.js')) continue;
    const name = path.basename(meta.entryPoint).replace(/\.(js|ts|tsx)$/, '');
    // Static imports load with the page; dynamic ones (lazy islands) later: both count for
    // the words (classes the code may add), only the static ones for preloading.
    const collect = (dynamic: boolean): Set<string> => {
      const seen = new Set<string>();
      const walk = (f: string) => {
        for (const imp of outputs[f]?.imports ?? []) {
          const ok = imp.kind === 'import-statement' || (dynamic && imp.kind === 'dynamic-import');
          if (!ok || seen.has(imp.path)) continue;
          seen.add(imp.path);
          walk(imp.path);
        }
      };
      walk(file);
      return seen;
    };
    const seen = collect(false);
    const words = new Set(ownWords(file));
    for (const f of collect(true)) for (const w of ownWords(f)) words.add(w);
    scripts.entries.set(name, siteUrl(file));
    scripts.imports.set(name, [...seen].map(siteUrl));
    scripts.words.set(name, words);
  }
  return scripts;
}
