// `npm run bench`: sizes and speed, measured (not asserted in tests). Writes docs/benchmarks.md
// sections from the numbers and exits non-zero when a budget is exceeded.
//
// Sizes: every `packages/*/bench/*.budgets.json` lists entries
//   { "name": "Header family", "imports": ["Header", "HeaderSlim"], "limitKB": 10, "package": "@piazza/react" }
// each bundled from the BUILT package with esbuild (minified, ESM), react, react-dom and
// styled-components external, then gzipped.
// Other benchmarks: every `packages/*/bench/*.bench.mjs` runs as its own process (it prints its
// own numbers and exits non-zero when over its goal). `--sizes-only` skips them.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

// The sizes table goes into docs/benchmarks.md, between its markers.
const docs = path.join(root, 'docs', 'benchmarks.md');
const section =
  '<!-- sizes:start (written by scripts/bench.mjs) -->\n## Componenti: dimensioni\n\n' +
  `Misurato il ${new Date().toISOString().slice(0, 10)}: ogni voce è il bundle ESM minificato dei ` +
  'suoi import dal pacchetto compilato (esbuild), con react, react-dom e styled-components esterni, ' +
  'compresso con gzip -9. Il bench fallisce sopra il budget.\n\n' +
  table +
  '\n<!-- sizes:end -->';
const current = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Benchmark\n';
writeFileSync(
  docs,
  /<!-- sizes:start[\s\S]*<!-- sizes:end -->/.test(current)
    ? current.replace(/<!-- sizes:start[\s\S]*<!-- sizes:end -->/, section)
    : current.replace(/^(# .*\n)/, `$1\n${section}\n`),
);

let failedScripts = 0;
const sizesOnly = process.argv.includes('--sizes-only');
for (const pkg of sizesOnly ? [] : readdirSync(packagesDir)) {
  const benchDir = path.join(packagesDir, pkg, 'bench');
  if (!existsSync(benchDir)) continue;
  for (const file of readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()) {
    log(`${pkg}/bench/${file}`);
    if (run(process.execPath, [path.join(benchDir, file)]) !== 0) failedScripts++;
  }
}

console.log('\nSizes written to docs/benchmarks.md.');
if (over || failedScripts) {
  console.error(
    `${over} size budget(s) exceeded, ${failedScripts} benchmark script(s) over their goal.`,
  );
  process.exit(1);
}
