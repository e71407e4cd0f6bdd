// Benchmarks of the theme (`npm run bench` runs this file): build time of the demo and of a
// generated 5,000-item site, CSS and JS bytes per page (gzip), and — when lighthouse is
// installed — Lighthouse mobile performance of the home page, the services list and a service
// page. Writes the "Tema" section of docs/benchmarks.md; exits 1 when a goal is missed.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(PACKAGE, '..', '..');
const CLI = path.join(PACKAGE, 'dist', 'cli.js');
const DEMO = path.join(PACKAGE, 'demo');
const GOALS = { bigBuildSeconds: 60, lighthouse: 95 };
const ITEMS = Number(process.env.PIAZZA_BENCH_ITEMS ?? 5000);
const tmp = (p) => mkdtempSync(path.join(os.tmpdir(), p));
const failures = [];

function build(content, out, extra = []) {
  const t = Date.now();
  const res = spawnSync(
    process.execPath,
    [
      CLI,
      'build',
      ...(content ? ['--content', content] : ['--demo']),
      '--out',
      out,
      '--quiet',
      ...extra,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (res.status !== 0) throw new Error(`build failed:\n${res.stdout}\n${res.stderr}`);
  return (Date.now() - t) / 1000;
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** CSS and JS (with the chunks it preloads) of a built page, gzipped. */
function pageWeight(out, p) {
  const html = readFileSync(
    p.endsWith('/') ? path.join(out, p, 'index.html') : path.join(out, p),
    'utf8',
  );
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
  const js = [
    ...html.matchAll(/<script type="module" src="([^"]+)">/g),
    ...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g),
  ].map((m) => m[1]);
  // the chunks the entry scripts import statically (loaded with the page; dynamic imports are not)
  const seen = new Set();
  const follow = (u) => {
    if (seen.has(u)) return;
    seen.add(u);
    const code = readFileSync(path.join(out, u), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) {
      follow(path.posix.join(path.posix.dirname(u), m[1]));
    }
  };
  js.forEach(follow);
  const sum = (list) => [...new Set(list)].reduce((a, u) => a + gz(path.join(out, u)), 0);
  return { html: gzipSync(html).length, css: sum(css), js: sum([...seen]) };
}

// 1. The demo.
const demoOut = tmp('piazza-bench-demo-');
build(null, demoOut); // warm the CSS cache
const demoSeconds = build(null, demoOut);
const sitemap = readFileSync(path.join(demoOut, 'sitemap.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
const service = paths.find((p) => /^\/servizi\/[^/]+\/[^/]+\/$/.test(p));
const sample = [
  ['Home', '/'],
  ['Servizi', '/servizi/'],
  ['Scheda servizio', service],
  ['Novità', '/novita/'],
  ['Ricerca', '/ricerca/'],
  ['Prenota appuntamento', '/prenota-appuntamento/'],
];
const weights = sample.map(([name, p]) => ({ name, p, ...pageWeight(demoOut, p) }));
const all = paths.map((p) => pageWeight(demoOut, p));
const avg = (k) => all.reduce((a, w) => a + w[k], 0) / all.length;
const max = (k) => Math.max(...all.map((w) => w[k]));
const fullCss = readdirSync(path.join(demoOut, 'assets', 'css'));
console.log(
  `demo: ${paths.length} pages in ${demoSeconds.toFixed(1)} s (CSS cached), ${fullCss.length} stylesheets`,
);
for (const w of weights)
  console.log(`  ${w.name.padEnd(22)} CSS ${kb(w.css)}  JS ${kb(w.js)}  HTML ${kb(w.html)}`);
console.log(
  `  every page: CSS avg ${kb(avg('css'))} (max ${kb(max('css'))}), JS avg ${kb(avg('js'))} (max ${kb(max('js'))})`,
);

// 2. A generated site of ITEMS items (services, news, events copied from the demo).
const bigContent = tmp('piazza-bench-content-');
cpSync(DEMO, bigContent, { recursive: true });
const kinds = [
  ['servizi', 0.4],
  ['notizie', 0.4],
  ['eventi', 0.2],
];
let generated = 0;
for (const [dir, share] of kinds) {
  const files = readdirSync(path.join(bigContent, dir)).filter((f) => f.endsWith('.md'));
  const n = Math.round(ITEMS * share) - files.length;
  for (let i = 0; i < n; i++) {
    const src = files[i % files.length];
    const text = readFileSync(path.join(bigContent, dir, src), 'utf8').replace(
      /^title: (.*)$/m,
      (_m, t) =>
        `title: ${t.replace(/^['"]|['"]$/g, '')} ${i + 1}`.replace(/: (.*[:#].*)$/, ': "$1"'),
    );
    writeFileSync(path.join(bigContent, dir, `${src.slice(0, -3)}-${i + 1}.md`), text);
    generated++;
  }
}
const bigOut = tmp('piazza-bench-big-');
const bigSeconds = build(bigContent, bigOut);
const bigPages = (readFileSync(path.join(bigOut, 'sitemap.xml'), 'utf8').match(/<loc>/g) ?? [])
  .length;
console.log(
  `generated site: ${ITEMS} items (${generated} generated), ${bigPages} pages in ${bigSeconds.toFixed(1)} s (goal < ${GOALS.bigBuildSeconds} s, ${os.cpus().length} cores)`,
);
if (bigSeconds >= GOALS.bigBuildSeconds)
  failures.push(`5,000-item build ${bigSeconds.toFixed(1)} s`);
rmSync(bigContent, { recursive: true, force: true });
rmSync(bigOut, { recursive: true, force: true });

// 3. Lighthouse (optional dependency).
const lighthouse = [];
const require = createRequire(import.meta.url);
let lhPath = null;
try {
  lhPath = require.resolve('lighthouse/cli/index.js');
} catch {
  console.log('lighthouse not installed: Lighthouse scores skipped');
}
if (lhPath) {
  const { serveSite } = await import(path.join(PACKAGE, 'dist', 'index.js'));
  const site = await serveSite(demoOut, { port: 0 });
  for (const [name, p] of sample.slice(0, 3)) {
    const report = path.join(os.tmpdir(), `piazza-lh-${process.pid}.json`);
    // Asynchronous: the site is served by this very process.
    const res = await new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [
          lhPath,
          site.url + p,
          '--only-categories=performance',
          '--form-factor=mobile',
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking',
        ],
        {
          env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stderr }));
    });
    if (res.status !== 0 || !existsSync(report)) {
      console.log(`  lighthouse ${name}: failed\n${res.stderr.slice(-500)}`);
      failures.push(`lighthouse ${name} failed`);
      continue;
    }
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    rmSync(report, { force: true });
    const score = Math.round(lhr.categories.performance.score * 100);
    const a = lhr.audits;
    const row = {
      name,
      p,
      score,
      fcp: a['first-contentful-paint'].displayValue,
      lcp: a['largest-contentful-paint'].displayValue,
      tbt: a['total-blocking-time'].displayValue,
      cls: a['cumulative-layout-shift'].displayValue,
    };
    lighthouse.push(row);
    console.log(
      `  Lighthouse ${name}: ${score} (FCP ${row.fcp}, LCP ${row.lcp}, TBT ${row.tbt}, CLS ${row.cls})`,
    );
    if (score < GOALS.lighthouse)
      failures.push(`Lighthouse ${name} ${score} < ${GOALS.lighthouse}`);
  }
  await site.close();
}
rmSync(demoOut, { recursive: true, force: true });

// 4. docs/benchmarks.md, section "Tema".
const date = new Date().toISOString().slice(0, 10);
const section = [
  '<!-- tema:start (written by packages/theme/bench/site.bench.mjs) -->',
  '## Tema',
  '',
  `Misurato il ${date} su ${os.cpus().length} core (${os.cpus()[0]?.model ?? 'CPU'}), Node ${process.version}.`,
  '',
  '### Tempi di build',
  '',
  '| sito | pagine | tempo | obiettivo |',
  '|---|---:|---:|---:|',
  `| Comune di Esempio (demo, CSS in cache) | ${paths.length} | ${demoSeconds.toFixed(1)} s | |`,
  `| generato, ${ITEMS} contenuti | ${bigPages} | ${bigSeconds.toFixed(1)} s | < ${GOALS.bigBuildSeconds} s |`,
  '',
  'La prima compilazione di Bootstrap Italia con un nuovo colore primario costa alcuni secondi in più (poi è in `.cache/`).',
  '',
  '### Peso delle pagine (gzip)',
  '',
  '| pagina | CSS | JS | HTML |',
  '|---|---:|---:|---:|',
  ...weights.map((w) => `| ${w.name} (\`${w.p}\`) | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.html)} |`),
  `| media di tutte le ${all.length} pagine | ${kb(avg('css'))} | ${kb(avg('js'))} | ${kb(avg('html'))} |`,
  `| massimo | ${kb(max('css'))} | ${kb(max('js'))} | ${kb(max('html'))} |`,
  '',
  "CSS: solo le regole di Bootstrap Italia che la pagina usa (purge per pagina). JS: gli script che la pagina carica all'apertura con i chunk che importano (header e rating caricano React e i componenti solo alla prima interazione: non contati; ricerca e prenotazione li caricano subito). Il server (`piazza serve`) invia HTML, CSS e JS compressi con brotli.",
  '',
  '### Lighthouse 12.2.3, mobile',
  '',
  ...(lighthouse.length
    ? [
        '| pagina | performance | FCP | LCP | TBT | CLS |',
        '|---|---:|---:|---:|---:|---:|',
        ...lighthouse.map(
          (r) => `| ${r.name} | ${r.score} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} |`,
        ),
      ]
    : ['Non misurato: `lighthouse` non è installato.']),
  '<!-- tema:end -->',
].join('\n');
const docs = path.join(ROOT, 'docs', 'benchmarks.md');
let text = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Benchmark\n';
const re = /<!-- tema:start[^]*?<!-- tema:end -->/;
text = re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n${section}\n`;
writeFileSync(docs, text);
console.log(`docs/benchmarks.md: section "Tema" written`);
if (failures.length) {
  console.error(`goals missed: ${failures.join('; ')}`);
  process.exit(1);
}
