// `npm start`: installs what is missing, builds, serves the static Storybook (and the demo
// comune site, once the theme can build it) on 127.0.0.1, and prints the URLs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root, log, run, runPnpm, ensureDependencies, buildAll } from './lib.mjs';
import { serveDir } from '../test/lib/serve.mjs';

ensureDependencies();
if (buildAll() !== 0) process.exit(1);

log('building Storybook');
const sb = runPnpm(
  ['exec', 'storybook', 'build', '-o', 'storybook-static', '--quiet', '--disable-telemetry'],
  {
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  },
);
if (sb !== 0) process.exit(sb);

const port = Number(process.env.PORT ?? 6006);
const storybook = await serveDir(path.join(root, 'storybook-static'), { port });
const urls = [`Storybook:        ${storybook.url}/`];

// The demo comune, when the theme package provides its CLI.
const cli = path.join(root, 'packages', 'theme', 'dist', 'cli.js');
if (existsSync(cli)) {
  log('building the demo comune site');
  const out = path.join(root, 'site');
  const code = run(process.execPath, [cli, 'build', '--demo', '--out', out]);
  if (code === 0) {
    const { serveSite } = await import(path.join(root, 'packages', 'theme', 'dist', 'serve.js'));
    const site = await serveSite(out, { port: port + 1 });
    urls.push(`Comune di Esempio: ${site.url}/`);
  }
}

console.log(`\nPiazza is running (Ctrl-C to stop):\n  ${urls.join('\n  ')}\n`);
