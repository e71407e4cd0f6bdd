// Renders every example of the built package with react-dom/server, in plain Node, into
// fixtures.json: { component: { example: { name, description, html } } }. Other ports of the
// components (PHP, Java templates, the theme) test their markup against these.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'dist');
const { PiazzaProvider } = await import(pathToFileURL(path.join(dist, 'index.js')).href);

const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.examples.js'))
  .sort();
const fixtures = {};
let count = 0;
for (const file of files) {
  const component = path.basename(file, '.examples.js');
  const { examples } = await import(pathToFileURL(path.join(dist, file)).href);
  fixtures[component] = {};
  for (const [key, example] of Object.entries(examples)) {
    const html = renderToStaticMarkup(createElement(PiazzaProvider, null, example.render()));
    fixtures[component][key] = { name: example.name, description: example.description ?? '', html };
    count++;
  }
}
writeFileSync(path.join(here, '..', 'fixtures.json'), JSON.stringify(fixtures, null, 2) + '\n');
console.log(
  `@piazza/react: ${count} examples of ${files.length} components written to fixtures.json`,
);
