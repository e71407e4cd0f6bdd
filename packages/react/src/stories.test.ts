// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The convention of docs/contributing.md ("Titoli delle storie"): a component's stories are
// titled `<Area>[/<Famiglia>]/<NomeComponente>` (the component's own name, as exported), the area
// in Italian, and the meta carries an Italian description for the docs page. Pages that are not
// a component live under "Tema/".
const AREAS = ['Navigazione', 'Contenuti', 'Moduli', 'Servizi digitali', 'Tema'];
const files = import.meta.glob('./**/*.stories.tsx', { query: '?raw', import: 'default' });

test('every story file follows the title convention and has an Italian description', () => {
  const problems: string[] = [];
  expect(Object.keys(files).length).toBeGreaterThan(40);
  for (const path of Object.keys(files)) {
    const text = readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
    const title = /^\s+title: '([^']+)',$/m.exec(text)?.[1];
    const component = /\/([A-Za-z]+)\.stories\.tsx$/.exec(path)![1]!;
    if (!title) {
      problems.push(`${path}: no title`);
      continue;
    }
    const parts = title.split('/');
    if (!AREAS.includes(parts[0]!)) problems.push(`${path}: area "${parts[0]}" not in ${AREAS}`);
    if (parts[0] !== 'Tema' && parts.at(-1) !== component)
      problems.push(`${path}: title "${title}" does not end with "${component}"`);
    if (!/description:\s*\{\s*component:\s*\n?\s*['"`]/.test(text))
      problems.push(`${path}: no docs.description.component`);
  }
  expect(problems).toEqual([]);
});
