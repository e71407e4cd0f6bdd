// Writes the vocabularies as JSON files into json/, for CMSs that are not JavaScript (PHP, Python…).
// Run by `pnpm run build` after tsc: it reads the built dist/index.js and dist/eurovoc.js.
// The tests import buildJsonFiles() with the TypeScript sources to check the files are up to date.
// json/eurovoc.json is not generated: it is the one copy of the checker's EuroVoc list (the
// eurovoc entry imports it), kept as is; it is only listed in index.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const JSON_DIR = fileURLToPath(new URL('../json/', import.meta.url));
/** The source file of the EuroVoc list (hand-kept, never rewritten). */
export const EUROVOC_FILE = 'eurovoc.json';

const stringify = (value) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The JSON files, by file name.
 * @param {{ VOCABULARIES: readonly { id: string, title: string, source: string, data: unknown }[] }} main the main entry
 * @param {{ EUROVOC_TERMS: readonly string[], EUROVOC_SOURCE: string }} eurovoc the eurovoc entry
 * @returns {Record<string, string>}
 */
export function buildJsonFiles(main, eurovoc) {
  const entries = [
    ...main.VOCABULARIES,
    {
      id: 'eurovoc',
      title: 'Termini EuroVoc accettati come argomenti',
      source: eurovoc.EUROVOC_SOURCE,
      data: eurovoc.EUROVOC_TERMS,
    },
  ];
  /** @type {Record<string, string>} */
  const files = {};
  for (const { id, title, source, data } of entries) {
    files[`${id}.json`] = stringify({ id, title, source, data });
  }
  // The EuroVoc file is the source itself: passed through unchanged.
  files[EUROVOC_FILE] = readFileSync(new URL(EUROVOC_FILE, pathToFileURL(JSON_DIR)), 'utf8');
  files['index.json'] = stringify({
    package: '@piazza/vocabularies',
    files: entries.map(({ id, title, source, data }) => ({
      id,
      file: `${id}.json`,
      title,
      source,
      ...(Array.isArray(data) ? { count: data.length } : {}),
    })),
  });
  return files;
}

/** Replaces the JSON files of `dir` with `files` (files already up to date are left untouched). */
export function writeJsonFiles(files, dir = JSON_DIR) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && !(name in files)) rmSync(new URL(name, pathToFileURL(dir)));
  }
  for (const [name, content] of Object.entries(files)) {
    const url = new URL(name, pathToFileURL(dir));
    if (existsSync(url) && readFileSync(url, 'utf8') === content) continue;
    writeFileSync(url, content);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const main = await import(new URL('../dist/index.js', import.meta.url).href);
  const eurovoc = await import(new URL('../dist/eurovoc.js', import.meta.url).href);
  const files = buildJsonFiles(main, eurovoc);
  writeJsonFiles(files);
  console.log(`@piazza/vocabularies: ${Object.keys(files).length} JSON files written to json/`);
}
