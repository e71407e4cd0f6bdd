// Rewrites the generated field tables of docs/content-model.md from the content schema (the
// built dist/, so run `pnpm --filter @piazza/theme run build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withContentModelTables } from '../dist/content/docs.js';

const file = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'docs',
  'content-model.md',
);
const before = readFileSync(file, 'utf8');
const after = withContentModelTables(before);
writeFileSync(file, after);
console.log(
  after === before
    ? 'docs/content-model.md: già aggiornato'
    : 'docs/content-model.md: tabelle aggiornate',
);
