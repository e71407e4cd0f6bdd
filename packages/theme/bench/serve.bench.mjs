// Throughput of `piazza serve` next to a plain static server (http-server 14.1.1, pinned
// devDependency), in the same run, on the same built demo, on 127.0.0.1 only. Each server runs
// as its own process; this process sends a bounded number of keep-alive GET requests (fixed
// concurrency) over the demo's pages and measures requests per second, without and with brotli
// (http-server with -b -g serves the same precompressed .br/.gz files). Then: does a large text
// file asked for with brotli block the other requests? Writes the "Server" section of
// docs/benchmarks.md; exits 1 when a small request waits more than a second behind a large file.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(PACKAGE, '..', '..');
const CLI = path.join(PACKAGE, 'dist', 'cli.js');
const require = createRequire(path.join(PACKAGE, 'package.json'));
const HTTP_SERVER = path.join(
  path.dirname(require.resolve('http-server/package.json')),
  'bin',
  'http-server',
);
const HTTP_SERVER_VERSION = require('http-server/package.json').version;
const REQUESTS = Number(process.env.PIAZZA_BENCH_REQUESTS ?? 4000);
const CONCURRENCY = 16;
const ROUNDS = 5;
const GOAL_BLOCKED_MS = 1000;

const LOAD = os.loadavg()[0];
const out = mkdtempSync(path.join(os.tmpdir(), 'piazza-bench-serve-'));
const build = spawnSync(process.execPath, [CLI, 'build', '--demo', '--out', out, '--quiet'], {
  encoding: 'utf8',
});
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts a server process; resolves once it answers. */
async function start(name, args) {
  const port = await freePort();
  const child = spawn(process.execPath, args(port), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${url}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { name, url, child };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${name} did not start: ${stderr}`);
}

function get(agent, url, encoding) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request(url, { agent, headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode, bytes, ms: performance.now() - t }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** REQUESTS GETs over the pages, CONCURRENCY at a time: requests per second and bytes. */
async function load(server, encoding) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  let bytes = 0;
  let bad = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const p = pages[next++ % pages.length];
        const res = await get(agent, server.url + p, encoding);
        bytes += res.bytes;
        if (res.status !== 200) bad++;
      }
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  agent.destroy();
  if (bad) throw new Error(`${server.name}: ${bad} responses were not 200`);
  return { rps: REQUESTS / seconds, kbPerPage: bytes / REQUESTS / 1024 };
}

const piazzaServer = await start('piazza serve', (port) => [
  CLI,
  'serve',
  out,
  '--port',
  String(port),
]);
const httpServer = await start(`http-server ${HTTP_SERVER_VERSION}`, (port) => [
  HTTP_SERVER,
  out,
  '-p',
  String(port),
  '-a',
  '127.0.0.1',
  '-s',
  '-b',
  '-g',
  '-c-1',
]);

/** Per encoding and server, the requests per second of every round. */
const results = {};
try {
  for (const encoding of ['identity', 'br']) {
    for (const server of [piazzaServer, httpServer]) {
      await load(server, encoding); // warm-up (file cache, JIT)
    }
    // the servers alternate, round after round: the machine is shared, so each round's pair is
    // compared and the median of the rounds is kept
    for (let round = 0; round < ROUNDS; round++) {
      for (const server of [piazzaServer, httpServer]) {
        const r = await load(server, encoding);
        (results[`${server.name}|${encoding}`] ??= []).push(r);
      }
    }
  }
} finally {
  httpServer.child.kill();
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// A 50 MB text file without a precompressed sibling, asked for with brotli, while small pages
// are requested: the longest wait of a small request.
const big = path.join(out, 'grande.txt');
writeFileSync(big, 'Albo pretorio del Comune di Esempio, riga di prova.\n'.repeat(1_000_000));
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
const bigRequest = get(agent, `${piazzaServer.url}/grande.txt`, 'br');
let worst = 0;
let small = 0;
let done = false;
bigRequest.then(() => (done = true));
while (!done || small < 20) {
  const r = await get(agent, `${piazzaServer.url}/`, 'br');
  worst = Math.max(worst, r.ms);
  small++;
  if (small > 5000) break;
}
const bigResult = await bigRequest;
agent.destroy();
piazzaServer.child.kill();
rmSync(out, { recursive: true, force: true });

const fmt = (n) => Math.round(n).toLocaleString('it-IT');
const rows = [];
for (const encoding of ['identity', 'br']) {
  const p = results[`piazza serve|${encoding}`];
  const h = results[`${httpServer.name}|${encoding}`];
  const rps = (rs) => median(rs.map((r) => r.rps));
  const share = Math.round(median(p.map((r, i) => r.rps / h[i].rps)) * 100);
  const range = `${Math.round(Math.min(...p.map((r, i) => (r.rps / h[i].rps) * 100)))}–${Math.round(Math.max(...p.map((r, i) => (r.rps / h[i].rps) * 100)))} %`;
  rows.push(
    `| ${encoding === 'br' ? 'brotli (file .br precompressi)' : 'non compresso'} | ${fmt(rps(p))} | ${fmt(rps(h))} | ${share} % (${range}) | ${p[0].kbPerPage.toFixed(1)} KB / ${h[0].kbPerPage.toFixed(1)} KB |`,
  );
  console.log(
    `${encoding.padEnd(8)} piazza serve ${fmt(rps(p))} req/s, ${httpServer.name} ${fmt(rps(h))} req/s: ${share} % (rounds ${range}), ${p[0].kbPerPage.toFixed(1)} / ${h[0].kbPerPage.toFixed(1)} KB per page`,
  );
}
console.log(
  `50 MB text file with br: sent ${bigResult.bytes > 50e6 ? 'as it is' : 'compressed'} (${(bigResult.bytes / 1e6).toFixed(1)} MB in ${fmt(bigResult.ms)} ms); ${small} small requests meanwhile, the slowest ${fmt(worst)} ms (goal < ${GOAL_BLOCKED_MS} ms)`,
);

const date = new Date().toISOString().slice(0, 10);
const section = [
  '<!-- serve:start (written by packages/theme/bench/serve.bench.mjs) -->',
  '## Server (`piazza serve`)',
  '',
  `Misurato il ${date} su ${os.cpus().length} core (carico medio della macchina all'inizio: ${LOAD.toFixed(1)}), Node ${process.version}, nella stessa esecuzione: \`piazza serve\` e http-server ${HTTP_SERVER_VERSION} (\`-b -g\`: serve gli stessi file \`.br\`/\`.gz\` precompressi dalla build) sulla stessa build della demo, ciascuno nel suo processo, su 127.0.0.1. ${fmt(REQUESTS)} richieste GET keep-alive sulle ${pages.length} pagine, ${CONCURRENCY} alla volta; ${ROUNDS} giri alternati: mediana delle richieste al secondo e del rapporto di ogni giro (tra parentesi il minimo e il massimo), perché la macchina è condivisa.`,
  '',
  `| risposta | piazza serve (req/s) | http-server (req/s) | piazza / http-server (giri) | byte per pagina (piazza / http-server) |`,
  '|---|---:|---:|---:|---:|',
  ...rows,
  '',
  `\`piazza serve\` fa in più: header di sicurezza, ETag e 304, percorso reale dentro la cartella, niente dotfile. Un file di testo di 50 MB senza \`.br\` chiesto con brotli: inviato ${bigResult.bytes > 50e6 ? 'non compresso' : 'compresso'} (${(bigResult.bytes / 1e6).toFixed(1)} MB in ${fmt(bigResult.ms)} ms); nel frattempo ${small} richieste di pagine, la più lenta in ${fmt(worst)} ms (obiettivo < ${GOAL_BLOCKED_MS} ms; prima della correzione la compressione brotli 9 sincrona bloccava ogni richiesta per 16 s).`,
  '<!-- serve:end -->',
].join('\n');
const docs = path.join(ROOT, 'docs', 'benchmarks.md');
let text = readFileSync(docs, 'utf8');
const re = /<!-- serve:start[^]*?<!-- serve:end -->/;
text = re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n${section}\n`;
writeFileSync(docs, text);
console.log('docs/benchmarks.md: section "Server" written');
if (worst >= GOAL_BLOCKED_MS) {
  console.error(`a small request waited ${fmt(worst)} ms behind a large file`);
  process.exit(1);
}
