// Copies the woff2 files from the Fontsource packages into files/ and writes files/fonts.css.
// Runs after tsc (it reads the face list from dist/index.js).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FACES, familySlug, fontFaceCss } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'files');
const require = createRequire(import.meta.url);
mkdirSync(out, { recursive: true });

for (const face of FONT_FACES) {
  const pkgJson = require.resolve(`@fontsource/${familySlug(face.family)}/package.json`);
  copyFileSync(path.join(path.dirname(pkgJson), 'files', face.file), path.join(out, face.file));
}
const banner =
  '/*! @piazza/fonts — Titillium Web, Lora, Roboto Mono (SIL Open Font License 1.1), self-hosted */\n';
writeFileSync(path.join(out, 'fonts.css'), banner + fontFaceCss('./'));
// The fonts' licence travels with them: the SIL OFL 1.1 notice of each family, as Fontsource ships it.
const families = [...new Set(FONT_FACES.map((f) => f.family))];
writeFileSync(
  path.join(out, 'OFL.txt'),
  families
    .map((family) => {
      const dir = path.dirname(require.resolve(`@fontsource/${familySlug(family)}/package.json`));
      return `${family}\n${'='.repeat(family.length)}\n\n${readFileSync(path.join(dir, 'LICENSE'), 'utf8').trim()}\n`;
    })
    .join('\n\n'),
);
console.log(`@piazza/fonts: ${FONT_FACES.length} faces written to files/`);
