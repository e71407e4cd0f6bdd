// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as api from './index.js';

// A server component (Next.js App Router, any React Server Components bundler) may render a
// client component but may not call a function of a "use client" module: it gets a reference,
// not the function ("Attempted to call … from the server"). So the public helpers live in
// modules without the directive, and docs/server-components.md lists the client components.

const modules = import.meta.glob<Record<string, unknown>>(
  ['./**/*.{ts,tsx}', '!./**/*.{test,stories,examples}.{ts,tsx}', '!./test-utils/**'],
  { eager: true },
);
// value → its public names (one binding can be public under two names, e.g. an alias)
const publicValues = new Map<unknown, string[]>();
for (const [k, v] of Object.entries(api)) publicValues.set(v, [...(publicValues.get(v) ?? []), k]);

const isClient = (path: string) =>
  /^\s*(\/\/[^\n]*\n\s*)*['"]use client['"]/.test(
    readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'),
  );
const isClass = (v: unknown) =>
  typeof v === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(v));
const isComponent = (name: string, v: unknown) =>
  /^[A-Z]/.test(name) &&
  ((typeof v === 'function' && !isClass(v)) ||
    (typeof v === 'object' && v !== null && '$$typeof' in v));

function clientExports() {
  const components = new Set<string>();
  const wrong: string[] = [];
  for (const [path, mod] of Object.entries(modules)) {
    if (!isClient(path)) continue;
    for (const [name, value] of Object.entries(mod)) {
      for (const publicName of publicValues.get(value) ?? []) {
        if (isComponent(publicName, value)) components.add(publicName);
        else if (!/^use[A-Z]/.test(publicName)) wrong.push(`${publicName} (${path}: ${name})`);
      }
    }
  }
  return { components: [...components].sort(), wrong: wrong.sort() };
}

test('no public helper, constant or class lives in a "use client" module', () => {
  expect(clientExports().wrong).toEqual([]);
});

test('docs/server-components.md lists exactly the client components', () => {
  const doc = readFileSync(
    fileURLToPath(new URL('../../../docs/server-components.md', import.meta.url)),
    'utf8',
  );
  const section = doc.split(/^## /m).find((s) => s.startsWith('Componenti client'));
  expect(section, 'the "## Componenti client" section').toBeDefined();
  const listed = [...section!.matchAll(/^- `(\w+)`/gm)].map((m) => m[1]).sort();
  expect(listed).toEqual(clientExports().components);
});
