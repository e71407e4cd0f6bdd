// `npm run bench`: sizes and speed, measured (not asserted in tests). Writes docs/benchmarks.md
// sections from the numbers and exits non-zero when a budget is exceeded.
//
// Sizes: every `packages/*/bench/*.budgets.json` lists entries
//   { "name": "Header family", "imports": ["Header", "HeaderSlim"], "limitKB": 10, "package": "@piazza/react" }
// each bundled from the BUILT package with esbuild (minified, ESM), react, react-dom and
// styled-components external, then gzipped.
// Other benchmarks: every `packages/*/bench/*.bench.mjs` runs as its own process (it prints its
// own numbers and exits non-zero when over its goal).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { root, log, run, ensureDependencies, buildAll } from './lib.mjs';

ensureDependencies();
if (buildAll() !== 0) process.exit(1);

const EXTERNAL = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react-dom/*',
  'styled-components',
  'bootstrap-italia',
];
const packagesDir = path.join(root, 'packages');
const rows = [];
let over = 0;

async function gzippedSize(pkg, imports) {
  const entry = `export { ${imports.join(', ')} } from '${pkg}';\n`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: EXTERNAL,
    conditions: ['import'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

log('bundle sizes (gzip, peers external)');
for (const pkg of readdirSync(packagesDir)) {
  const benchDir = path.join(packagesDir, pkg, 'bench');
  if (!existsSync(benchDir)) continue;
  for (const file of readdirSync(benchDir)
    .filter((f) => f.endsWith('.budgets.json'))
    .sort()) {
    const entries = JSON.parse(readFileSync(path.join(benchDir, file), 'utf8'));
    for (const e of entries) {
      const name = e.package ?? `@piazza/${pkg}`;
      const size = await gzippedSize(name, e.imports);
      const ok = size.gzip <= e.limitKB * 1024;
      if (!ok) over++;
      rows.push({ ...e, package: name, ...size, ok });
      console.log(
        `${ok ? '✓' : '✗'} ${e.name.padEnd(34)} ${(size.gzip / 1024).toFixed(2).padStart(6)} KB gzip (budget ${e.limitKB} KB, ${(size.raw / 1024).toFixed(1)} KB min)`,
      );
    }
  }
}

const table = [
  '| entry | imports | gzip | budget | minified |',
  '|---|---|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.ok ? '' : '**over** '}${r.name} | ${r.imports.map((i) => `\`${i}\``).join(', ')} | ${(r.gzip / 1024).toFixed(2)} KB | ${r.limitKB} KB | ${(r.raw / 1024).toFixed(1)} KB |`,
  ),
].join('\n');

let failedScripts = 0;
for (const pkg of readdirSync(packagesDir)) {
  const benchDir = path.join(packagesDir, pkg, 'bench');
  if (!existsSync(benchDir)) continue;
  for (const file of readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()) {
    log(`${pkg}/bench/${file}`);
    if (run(process.execPath, [path.join(benchDir, file)]) !== 0) failedScripts++;
  }
}

mkdirSync(path.join(root, '.cache'), { recursive: true });
writeFileSync(path.join(root, '.cache', 'bench-sizes.md'), table + '\n');
console.log(`\nSizes table written to .cache/bench-sizes.md (copy it into docs/benchmarks.md).`);
if (over || failedScripts) {
  console.error(
    `${over} size budget(s) exceeded, ${failedScripts} benchmark script(s) over their goal.`,
  );
  process.exit(1);
}
