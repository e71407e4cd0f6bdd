// Renders every example of the built @piazza/react with react-dom/server and prints JSON.
// Run directly (React 19) or with `--import ./react18-hooks.mjs` (React 18).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';

const dist = path.resolve(import.meta.dirname, '../../packages/react/dist');
const { PiazzaProvider } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const rendered = [];
const errors = [];
for (const file of readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.examples.js'))
  .sort()) {
  const component = path.basename(file, '.examples.js');
  const { examples } = await import(pathToFileURL(path.join(dist, file)).href);
  for (const [key, example] of Object.entries(examples)) {
    try {
      rendered.push({
        id: `${component}.${key}`,
        html: renderToString(createElement(PiazzaProvider, null, example.render())),
      });
    } catch (e) {
      errors.push(`${component}.${key}: ${e.message}`);
    }
  }
}
process.stdout.write(JSON.stringify({ reactVersion: version, rendered, errors }));
