// One-off migration (issue 13): the scheda servizio's keys are named after the section anchors of
// the service page, so `accesso` becomes `accediAlServizio` and `ufficio` becomes `contatti`.
// Renames the top-level keys of the front matter of every servizi/*.md (and of the entries of a
// servizi.yml list) under the given content folders, leaving every other byte as it was.
//   node packages/theme/scripts/migrate-servizi-keys.mjs <content folder>...
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RENAMES = { accesso: 'accediAlServizio', ufficio: 'contatti' };
const keyLine = (indent) =>
  new RegExp(`^(${indent})(${Object.keys(RENAMES).join('|')}):(?=\\s|$)`, 'gm');
const rename = (text, indent) =>
  text.replace(keyLine(indent), (_, pre, key) => `${pre}${RENAMES[key]}:`);

function migrateMarkdown(file) {
  const text = readFileSync(file, 'utf8');
  const m = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/.exec(text);
  if (!m) return false;
  const front = rename(m[2], '');
  if (front === m[2]) return false;
  writeFileSync(file, m[1] + front + m[3] + text.slice(m[0].length));
  return true;
}

function migrateList(file) {
  const text = readFileSync(file, 'utf8');
  // Keys of list entries: `- ufficio:` or the entry's own indentation after `- `.
  const out = rename(rename(text, '- '), '  ');
  if (out === text) return false;
  writeFileSync(file, out);
  return true;
}

function* contentFolders(dir) {
  if (existsSync(join(dir, 'servizi')) || existsSync(join(dir, 'servizi.yml'))) yield dir;
  for (const name of readdirSync(dir)) {
    const sub = join(dir, name);
    if (name !== 'servizi' && name !== 'node_modules' && statSync(sub).isDirectory())
      yield* contentFolders(sub);
  }
}

let changed = 0;
for (const root of process.argv.slice(2)) {
  for (const dir of contentFolders(root)) {
    const folder = join(dir, 'servizi');
    if (existsSync(folder))
      for (const name of readdirSync(folder))
        if (name.endsWith('.md') && migrateMarkdown(join(folder, name))) changed += 1;
    const list = join(dir, 'servizi.yml');
    if (existsSync(list) && migrateList(list)) changed += 1;
  }
}
console.log(`${String(changed)} file aggiornati (files updated)`);
