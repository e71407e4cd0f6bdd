// Writes the JSON Schema of every collection of the content model to dist/schema/ (run by
// `pnpm run build` after tsc): index.json and <name>.schema.json, exported as @piazza/theme/schema/*.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFiles } from '../dist/content/json-schema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'schema');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = schemaFiles();
for (const [name, schema] of Object.entries(files)) {
  writeFileSync(join(out, name), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`dist/schema: ${String(Object.keys(files).length)} file`);
