// How long building the demo comune from WordPress takes (docs/benchmarks.md): starts WordPress,
// imports the demo, then times reading + validating over the REST API, and `piazza build --source
// wordpress` with the media not yet downloaded and again with them downloaded, next to
// `piazza build --demo` from Markdown. Development only.
//   node packages/wordpress/dev/bench-source.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WordPressContentSource } from '@piazza/theme';
import { startWordPress, pkgDir } from './wordpress.mjs';
import { DEMO_CONTENT, applicationPassword, importContent } from './import.mjs';

const CLI = path.join(pkgDir, '..', 'theme', 'dist', 'cli.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'piazza-wp-bench-'));
const wp = await startWordPress({ smtp: false });
const seconds = (t) => ((Date.now() - t) / 1000).toFixed(1);
try {
  const imported = await importContent({ wpDir: wp.wp });
  console.log(
    `import: ${imported.items} items, ${imported.media.uploaded} media, ${imported.seconds.toFixed(1)} s`,
  );
  const password = applicationPassword(wp.wp);
  const env = { ...process.env, PIAZZA_WP_USER: 'admin', PIAZZA_WP_APP_PASSWORD: password };
  const media = path.join(tmp, 'media');
  let t = Date.now();
  const src = new WordPressContentSource({
    url: wp.url,
    auth: { user: 'admin', password },
    mediaDir: path.join(tmp, 'media-read'),
  });
  await src.read();
  console.log(
    `read over REST (${src.stats.requests} requests, ${src.stats.media} media): ${seconds(t)} s`,
  );
  const build = (label, args) => {
    t = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'build', ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
    console.log(`${label}: ${seconds(t)} s — ${r.stdout.trim().split('\n').at(-1)}`);
  };
  const wpArgs = (out) => [
    '--source',
    'wordpress',
    '--wp-url',
    wp.url,
    '--site',
    path.join(DEMO_CONTENT, 'site.yml'),
    '--media',
    media,
    '--out',
    path.join(tmp, out),
    '--quiet',
  ];
  build('build --demo (Markdown)', ['--demo', '--out', path.join(tmp, 'md'), '--quiet']);
  build('build --source wordpress, media to download', wpArgs('wp1'));
  build('build --source wordpress, media downloaded', wpArgs('wp2'));
} finally {
  await wp.stop();
  rmSync(tmp, { recursive: true, force: true });
}
