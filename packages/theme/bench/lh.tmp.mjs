import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { serveSite } = await import('../dist/index.js');
const site = await serveSite(process.argv[2], { port: 0 });
const lh = require.resolve('lighthouse/cli/index.js');
for (const p of (process.argv[3] ?? '/').split(',')) {
  await new Promise((r) =>
    spawn(
      process.execPath,
      [
        lh,
        site.url + p,
        '--only-categories=performance',
        '--form-factor=mobile',
        '--output=json',
        '--output-path=/tmp/lh.json',
        '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking',
      ],
      { stdio: 'inherit', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } },
    ).on('close', r),
  );
  const j = JSON.parse(readFileSync('/tmp/lh.json', 'utf8'));
  const a = j.audits;
  console.log(
    p,
    Math.round(j.categories.performance.score * 100),
    [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'speed-index',
      'interactive',
    ]
      .map((k) => k + '=' + a[k].displayValue)
      .join(' '),
  );
  console.log(
    ' bootup',
    a['bootup-time'].details?.items
      ?.slice(0, 4)
      .map((i) => `${i.url.split('/').pop()} ${Math.round(i.total)}ms`)
      .join(', '),
  );
  console.log(
    ' mainthread',
    a['mainthread-work-breakdown'].details?.items
      ?.map((i) => `${i.group} ${Math.round(i.duration)}`)
      .join(', '),
  );
  console.log(
    ' render-blocking',
    a['render-blocking-resources'].details?.items
      ?.map((i) => `${i.url.split('/').pop()} ${i.wastedMs}`)
      .join(', '),
  );
  console.log(
    ' lcp el',
    JSON.stringify(a['largest-contentful-paint-element'].details).slice(0, 600),
  );
  console.log(' benchmarkIndex', j.environment.benchmarkIndex);
}
await site.close();
