// Every built package loads in plain Node (no bundler) through its `exports` map, declares its
// side effects, and leaves the global scope alone on import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const packages = readdirSync(path.join(root, 'packages'))
  .map((dir) => path.join(root, 'packages', dir))
  .filter((dir) => existsSync(path.join(dir, 'package.json')))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) }));

test('the workspace has the four packages of the product', () => {
  const names = packages.map((p) => p.pkg.name);
  for (const n of ['@piazza/vocabularies', '@piazza/fonts', '@piazza/react', '@piazza/theme']) {
    assert.ok(names.includes(n), `${n} missing`);
  }
});

/**
 * Globals a dependency sets by design and that we accept: zod 4 (the content schema of
 * @piazza/theme) keeps its metadata registry and config on `globalThis` under these two
 * namespaced keys (`??=`, so several copies of zod share them). Nothing else may appear.
 */
const DEPENDENCY_GLOBALS = new Set(['__zod_globalConfig', '__zod_globalRegistry']);

for (const { dir, pkg } of packages) {
  test(`${pkg.name}: exports map with types/import/default and a sideEffects field`, () => {
    assert.equal(pkg.type, 'module');
    assert.ok('sideEffects' in pkg, 'sideEffects missing');
    const main = pkg.exports?.['.'];
    assert.ok(main, 'no "." export');
    for (const cond of ['types', 'import', 'default']) assert.ok(main[cond], `"." has no ${cond}`);
    assert.ok(existsSync(path.join(dir, main.types)), `${main.types} not built`);
  });

  const entries = Object.entries(pkg.exports ?? {}).filter(
    ([, v]) => typeof v === 'object' && v.import,
  );
  for (const [subpath] of entries) {
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    test(`${specifier} imports in plain Node without touching globals`, async () => {
      const before = new Set(Object.getOwnPropertyNames(globalThis));
      const mod = await import(specifier);
      assert.ok(Object.keys(mod).length > 0, 'no exports');
      const added = Object.getOwnPropertyNames(globalThis).filter(
        (k) => !before.has(k) && !DEPENDENCY_GLOBALS.has(k),
      );
      assert.deepEqual(added, [], 'import added globals');
    });
  }
}
