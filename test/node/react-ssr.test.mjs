// The built @piazza/react renders every example on the server with react-dom/server, in plain
// Node, with React 19 and with React 18 (WordPress's editor ships 18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const renderAll = path.join(here, 'render-examples.mjs');
const react18 = path.join(here, 'react18-hooks.mjs');

function renderWith(args) {
  const res = spawnSync(process.execPath, [...args, renderAll], { encoding: 'utf8', cwd: here });
  assert.equal(res.status, 0, res.stderr);
  return JSON.parse(res.stdout);
}

for (const [label, args, major] of [
  ['React 19', [], '19'],
  ['React 18', ['--import', react18], '18'],
]) {
  test(`every example renders on the server with ${label}`, () => {
    const out = renderWith(args);
    assert.equal(out.reactVersion.split('.')[0], major);
    assert.ok(out.rendered.length > 0, 'no examples rendered');
    for (const r of out.rendered) {
      assert.ok(r.html.length > 0, `${r.id} rendered nothing`);
      assert.doesNotMatch(r.html, /undefined|\[object Object\]/, r.id);
    }
    assert.deepEqual(out.errors, []);
  });
}

test('React 18 and 19 produce the same markup for every example', () => {
  const a = renderWith([]);
  const b = renderWith(['--import', react18]);
  const by = (o) => Object.fromEntries(o.rendered.map((r) => [r.id, normalise(r.html)]));
  assert.deepEqual(by(b), by(a));
});

test('fixtures.json holds the rendered markup of every example', () => {
  const fixtures = JSON.parse(
    readFileSync(path.resolve(here, '../../packages/react/fixtures.json'), 'utf8'),
  );
  const out = renderWith([]);
  const ids = Object.entries(fixtures).flatMap(([c, ex]) =>
    Object.keys(ex).map((k) => `${c}.${k}`),
  );
  assert.deepEqual(ids.sort(), out.rendered.map((r) => r.id).sort());
});

// What may differ between React majors without changing the DOM: useId() formats («r0» vs
// :r0:), attribute order and the case of attribute names (noValidate vs novalidate).
function normalise(html) {
  return html
    .replace(/(?:«|:|_R_)[a-zA-Z0-9_]*(?:»|:|_)/g, 'ID')
    .replace(
      /<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>/g,
      (_, tag, attrs, slash) => {
        const list = attrs.match(/[^\s=>]+(?:="[^"]*")?/g) ?? [];
        const sorted = list.map((a) => a.replace(/^[^=]+/, (n) => n.toLowerCase())).sort();
        return `<${tag}${sorted.map((a) => ` ${a}`).join('')}${slash}>`;
      },
    );
}
