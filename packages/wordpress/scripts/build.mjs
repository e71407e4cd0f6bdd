// Builds the plugin: dist/piazza/ (the folder WordPress loads) and dist/piazza.zip (to upload).
// The content model comes from @piazza/theme's published JSON Schema (../theme/dist/schema/ when
// it exists, or `--schema DIR`); the vocabularies from @piazza/vocabularies' JSON.
//   node scripts/build.mjs [--schema DIR] [--out DIR]
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasSchema, readContentModel } from './content-model.mjs';
import { zip } from './zip.mjs';

const pkgDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Every file under `dir`, relative, with "/" separators, sorted. */
function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      path
        .relative(dir, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join('/'),
    )
    .sort();
}

export function build({ schemaDir, outDir } = {}) {
  const out = path.resolve(outDir ?? path.join(pkgDir, 'dist'));
  const schema = schemaDir ?? path.join(pkgDir, '..', 'theme', 'dist', 'schema');
  const target = path.join(out, 'piazza');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(path.join(pkgDir, 'plugin', 'piazza'), target, { recursive: true });

  // The content model, generated from the theme's schema.
  const data = path.join(target, 'data');
  mkdirSync(path.join(data, 'vocabularies'), { recursive: true });
  const model = hasSchema(schema)
    ? { source: '@piazza/theme dist/schema', ...readContentModel(schema) }
    : { source: null, collections: [], vocabularies: [] };
  writeFileSync(path.join(data, 'content-model.json'), JSON.stringify(model, null, 1) + '\n');

  // The vocabularies, as @piazza/vocabularies publishes them (each file names its source).
  const require = createRequire(import.meta.url);
  const vocDir = path.dirname(require.resolve('@piazza/vocabularies/json/index.json'));
  for (const f of readdirSync(vocDir).filter((n) => n.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(path.join(vocDir, f), 'utf8'));
    if (f === 'index.json' || Array.isArray(json.data)) {
      writeFileSync(path.join(data, 'vocabularies', f), JSON.stringify(json) + '\n');
    }
  }

  const entries = files(target).map((rel) => ({
    name: `piazza/${rel}`,
    data: readFileSync(path.join(target, rel)),
  }));
  writeFileSync(path.join(out, 'piazza.zip'), zip(entries));
  return { dir: target, zip: path.join(out, 'piazza.zip'), model };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { zip: z, model } = build({ schemaDir: option('schema'), outDir: option('out') });
    console.log(
      `${path.relative(process.cwd(), z)}: ${model.collections.length} collections` +
        (model.source ? '' : ' (no @piazza/theme schema found: content types not generated)'),
    );
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
