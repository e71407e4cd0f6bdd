// `npm test`: installs what is missing, then type-check, lint, format, unit tests (vitest +
// jsdom), plain-Node tests, the Storybook build and the browser tests (real Chromium).
// Ends with one plain line `N passed, N failed` totalling every test it ran.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root, log, run, runPnpm, ensureDependencies, ensureChromium, buildAll } from './lib.mjs';

const started = Date.now();
const cache = path.join(root, '.cache');
mkdirSync(cache, { recursive: true });
const stages = [];

function record(name, passed, failed, seconds) {
  stages.push({ name, passed, failed, seconds });
}

/** A check that is one test: passes when the command exits 0. */
function check(name, args) {
  log(name);
  const t = Date.now();
  const code = runPnpm(args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, (Date.now() - t) / 1000);
  return code === 0;
}

function nodeTests(name, files, env = {}) {
  if (files.length === 0) return;
  log(name);
  const t = Date.now();
  const tap = path.join(cache, `${name.replace(/\W+/g, '-')}.tap`);
  rmSync(tap, { force: true });
  const code = run(
    process.execPath,
    [
      '--test',
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { env: { ...process.env, ...env } },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  let passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (code !== 0 && failed === 0) failed = 1; // the runner itself failed
  record(name, passed, failed, (Date.now() - t) / 1000);
}

/** Test files matching `suffix` in `dirs` (relative to the root). */
function findTests(dirs, suffix) {
  const out = [];
  for (const dir of dirs) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { recursive: true })) {
      const rel = String(entry);
      if (rel.endsWith(suffix) && !rel.includes('node_modules')) out.push(path.join(dir, rel));
    }
  }
  return out.sort();
}

function packageTestDirs(kind) {
  return readdirSync(path.join(root, 'packages')).map((p) =>
    path.join('packages', p, 'test', kind),
  );
}

// 1. What is missing.
ensureDependencies();
const haveChromium = ensureChromium();

// 2. Build every package (the plain-Node and browser tests use the built output).
{
  const t = Date.now();
  const code = buildAll();
  record('build', code === 0 ? 1 : 0, code === 0 ? 0 : 1, (Date.now() - t) / 1000);
}

// 3. Static checks.
check('type-check', ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', ['exec', 'eslint', '.', '--max-warnings=0']);
check('format', ['exec', 'prettier', '--check', '.', '--log-level', 'warn']);

// 4. Unit and component tests (vitest, jsdom + node environments).
{
  log('unit tests (vitest)');
  const t = Date.now();
  const out = path.join(cache, 'vitest.json');
  rmSync(out, { force: true });
  const code = runPnpm([
    'exec',
    'vitest',
    'run',
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  let passed = 0;
  let failed = 0;
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    for (const file of report.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
    }
  }
  if (code !== 0 && failed === 0) failed = 1;
  record('unit (vitest)', passed, failed, (Date.now() - t) / 1000);
}

// 5. Plain Node: the built packages imported and rendered without a bundler.
nodeTests('node', [
  ...findTests(['test/node'], '.test.mjs'),
  ...findTests(packageTestDirs('node'), '.test.mjs'),
]);

// 6. Browser: the built Storybook and the packages' own browser tests, in real Chromium.
{
  log('building Storybook');
  const t = Date.now();
  const code = runPnpm(
    ['exec', 'storybook', 'build', '-o', 'storybook-static', '--quiet', '--disable-telemetry'],
    {
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    },
  );
  record('storybook build', code === 0 ? 1 : 0, code === 0 ? 0 : 1, (Date.now() - t) / 1000);
}
if (haveChromium) {
  nodeTests('browser', [
    ...findTests(['test/browser'], '.test.mjs'),
    ...findTests(packageTestDirs('browser'), '.test.mjs'),
  ]);
} else {
  record('browser (no chromium)', 0, 1, 0);
}

// Summary.
const total = stages.reduce(
  (acc, s) => ({ passed: acc.passed + s.passed, failed: acc.failed + s.failed }),
  { passed: 0, failed: 0 },
);
console.log('\n────────────────────────────────────────────────────');
for (const s of stages) {
  console.log(
    `${s.failed ? '✗' : '✓'} ${s.name.padEnd(22)} ${String(s.passed).padStart(5)} passed ${String(s.failed).padStart(4)} failed  ${s.seconds.toFixed(1)} s`,
  );
}
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
