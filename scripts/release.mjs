// npm run release [-- --out CARTELLA]: writes an installable tarball of every package
// (packages/*) into a folder (default: release/). Run `npm run build` first.
//
// What `pnpm pack` in a package folder does not do, this does:
// - `workspace:` versions become the real versions of the sibling packages;
// - README and LICENSE (the fonts: the SIL OFL 1.1 of each family) in every tarball;
// - no tests, stories, examples, test helpers or build info; no dev dependencies or scripts;
// - the `source` condition (TypeScript sources of the monorepo) is dropped from `exports`;
// - `main`, `types` and `typesVersions` fallbacks for TypeScript's older resolutions (node10).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = path.resolve(
  outArg >= 0 && args[outArg + 1] ? args[outArg + 1] : path.join(root, 'release'),
);

/** Files that never ship. */
const EXCLUDED =
  /(^|\/)(test-utils|__snapshots__|__fixtures__)(\/|$)|\.(test|spec|stories|examples)\.[cm]?[jt]sx?(\.map)?$|\.(test|spec|stories|examples)\.d\.[cm]?ts(\.map)?$|\.tsbuildinfo$|(^|\/)(src|dist)\/utils\/examples\.(ts|js|d\.ts)(\.map)?$/;

const dirs = readdirSync(path.join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'packages', d.name, 'package.json')))
  .map((d) => path.join(root, 'packages', d.name));
const manifests = new Map(
  dirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return [pkg.name, { dir, pkg }];
  }),
);

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** `workspace:*` → 0.1.0, `workspace:^` → ^0.1.0, `workspace:~` → ~0.1.0, `workspace:1.2.3` → 1.2.3. */
function resolveWorkspace(deps, where) {
  if (!deps) return deps;
  return Object.fromEntries(
    Object.entries(deps).map(([name, range]) => {
      if (!range.startsWith('workspace:')) return [name, range];
      const sibling = manifests.get(name);
      if (!sibling)
        fail(`${where}: "${name}" is a workspace dependency but no package has that name`);
      const spec = range.slice('workspace:'.length);
      const version = sibling.pkg.version;
      return [name, spec === '*' ? version : spec === '^' || spec === '~' ? spec + version : spec];
    }),
  );
}

function withoutSource(exp) {
  if (typeof exp !== 'object' || exp === null) return exp;
  return Object.fromEntries(
    Object.entries(exp)
      .filter(([k]) => k !== 'source')
      .map(([k, v]) => [k, withoutSource(v)]),
  );
}

function manifestFor(pkg) {
  const where = `packages/${path.basename(manifests.get(pkg.name).dir)}/package.json`;
  const rest = { ...pkg };
  for (const key of ['devDependencies', 'scripts', 'files']) delete rest[key];
  const next = {
    ...rest,
    dependencies: resolveWorkspace(pkg.dependencies, where),
    peerDependencies: resolveWorkspace(pkg.peerDependencies, where),
    optionalDependencies: resolveWorkspace(pkg.optionalDependencies, where),
    exports: withoutSource(pkg.exports),
  };
  for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies'])
    if (!next[key]) delete next[key];
  const main = pkg.exports?.['.'];
  if (main && typeof main === 'object') {
    next.main ??= (main.import ?? main.default)?.replace(/^\.\//, '');
    if (main.types) next.types ??= main.types.replace(/^\.\//, '');
  }
  // TypeScript's node10 resolution ignores "exports": map each subpath to its .d.ts.
  const subpaths = Object.entries(pkg.exports ?? {}).filter(
    ([k, v]) => k !== '.' && typeof v === 'object' && v?.types,
  );
  if (subpaths.length > 0) {
    next.typesVersions = {
      '*': Object.fromEntries(
        subpaths.map(([k, v]) => [k.replace(/^\.\//, ''), [v.types.replace(/^\.\//, '')]]),
      ),
    };
  }
  return next;
}

function stage({ dir, pkg }, into) {
  const rel = `packages/${path.basename(dir)}`;
  for (const entry of pkg.files ?? []) {
    if (entry.startsWith('!')) continue;
    const from = path.join(dir, entry);
    if (!existsSync(from))
      fail(`${rel}: "${entry}" (package.json files) is missing: run npm run build first`);
    cpSync(from, path.join(into, entry), {
      recursive: true,
      filter: (src) => !EXCLUDED.test(path.relative(dir, src).split(path.sep).join('/')),
    });
  }
  writeFileSync(path.join(into, 'package.json'), JSON.stringify(manifestFor(pkg), null, 2) + '\n');
  const readme = path.join(dir, 'README.md');
  if (!existsSync(readme)) fail(`${rel}: README.md is missing`);
  cpSync(readme, path.join(into, 'README.md'));
  if (pkg.license === 'OFL-1.1') {
    const ofl = path.join(dir, 'files', 'OFL.txt');
    if (!existsSync(ofl)) fail(`${rel}: files/OFL.txt is missing: run npm run build first`);
    cpSync(ofl, path.join(into, 'LICENSE'));
  } else {
    cpSync(path.join(root, 'LICENSE'), path.join(into, 'LICENSE'));
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const stageRoot = path.join(out, '.stage');
const written = [];
for (const entry of manifests.values()) {
  if (entry.pkg.private) continue;
  const into = path.join(stageRoot, path.basename(entry.dir));
  mkdirSync(into, { recursive: true });
  stage(entry, into);
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
      cwd: into,
      encoding: 'utf8',
    }),
  );
  written.push(packed);
  console.log(
    `${packed.name}@${packed.version}: ${packed.filename} (${packed.entryCount} file, ${(packed.size / 1024).toFixed(0)} KB)`,
  );
}
rmSync(stageRoot, { recursive: true, force: true });
writeFileSync(
  path.join(out, 'manifest.json'),
  JSON.stringify(
    written.map((p) => ({ name: p.name, version: p.version, file: p.filename })),
    null,
    2,
  ) + '\n',
);
console.log(`release: ${written.length} tarballs in ${path.relative(process.cwd(), out) || '.'}`);
