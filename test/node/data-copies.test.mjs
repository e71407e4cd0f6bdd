// Reference lists are kept once in the repository (issue 13): the EuroVoc labels in
// packages/vocabularies/json/eurovoc.json, the Bootstrap Italia class names in
// packages/conformity/data/bootstrap-italia-css-classes.json. Every long list of strings in the
// sources, data and fixtures (JSON arrays, array literals of string literals in .ts/.tsx/.js/.mjs)
// is reduced to its set of terms; two lists with the same or almost the same set are two copies.
// Plain Node, reads the files only (no build needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
/** Shorter lists (menus, a handful of labels) are not counted: they may be repeated on purpose. */
const MIN_TERMS = 100;
/** Two lists sharing this share of the smaller one are the same list (e.g. one copy edited). */
const SAME_LIST = 0.9;

const SKIP_DIRS = new Set(['node_modules', 'dist', 'storybook-static', '.cache', 'coverage']);
const EXTENSIONS = /\.(json|ts|tsx|js|mjs|cjs)$/;
/**
 * The JSON files the vocabularies build writes from the TypeScript data (for CMSs in other
 * languages; json.test.ts keeps them equal to it): build output, not reference copies.
 * json/eurovoc.json is not among them: it is the source of the EuroVoc list.
 */
const GENERATED = (rel) =>
  /^packages\/vocabularies\/json\/[^/]+\.json$/.test(rel) &&
  rel !== 'packages/vocabularies/json/eurovoc.json';

function* files(dir) {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* files(rel);
    } else if (EXTENSIONS.test(entry.name) && !GENERATED(rel)) {
      yield rel;
    }
  }
}

/** Every array of strings in a JSON value. */
function jsonLists(value, out = []) {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string')) out.push(value);
    else for (const v of value) jsonLists(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) jsonLists(v, out);
  }
  return out;
}

const STRING = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
/** Between two items of one list: a comma, white space and comments. */
const SEPARATOR = /^\s*,\s*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*$/;

function unquote(literal) {
  if (literal.startsWith('"')) return JSON.parse(literal);
  const body = literal.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"');
  return JSON.parse(`"${body}"`);
}

/** Runs of string literals separated only by commas: the string arrays of a source file. */
function sourceLists(text) {
  const out = [];
  let run = [];
  let end = -1;
  for (const m of text.matchAll(STRING)) {
    if (run.length > 0 && !SEPARATOR.test(text.slice(end, m.index))) {
      out.push(run);
      run = [];
    }
    try {
      run.push(unquote(m[0]));
    } catch {
      run = [];
    }
    end = m.index + m[0].length;
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** The long lists of the repository: file, term set (trimmed, lowercased) and its hash. */
function collect() {
  const lists = [];
  for (const top of ['packages', 'test', 'scripts']) {
    for (const rel of files(top)) {
      const text = readFileSync(path.join(root, rel), 'utf8');
      let found;
      if (rel.endsWith('.json')) {
        try {
          found = jsonLists(JSON.parse(text));
        } catch {
          continue; // not JSON data (e.g. a tsconfig with comments)
        }
      } else {
        found = sourceLists(text);
      }
      for (const list of found) {
        const terms = new Set(list.map((t) => t.trim().toLowerCase()));
        if (terms.size < MIN_TERMS) continue;
        const hash = createHash('sha256')
          .update([...terms].sort().join('\n'))
          .digest('hex');
        lists.push({ file: rel, terms, hash });
      }
    }
  }
  return lists;
}

const lists = collect();

function overlap(a, b) {
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small.terms) if (large.terms.has(t)) shared++;
  return shared / small.terms.size;
}

test('the EuroVoc list is stored once: packages/vocabularies/json/eurovoc.json', () => {
  const source = JSON.parse(
    readFileSync(path.join(root, 'packages/vocabularies/json/eurovoc.json'), 'utf8'),
  );
  assert.equal(source.data.length, 20030);
  assert.match(source.source, /pa-website-validator-ng v1\.1\.38 \(commit bb31fe9/);
  assert.ok(source.licence, 'eurovoc.json: "licence" missing');
  const euro = lists.filter((l) => l.terms.has('acnur') && l.terms.size > 10000);
  assert.deepEqual(
    euro.map((l) => l.file),
    ['packages/vocabularies/json/eurovoc.json'],
  );
});

test('the Bootstrap Italia class list is stored once: packages/conformity/data', () => {
  const source = JSON.parse(
    readFileSync(
      path.join(root, 'packages/conformity/data/bootstrap-italia-css-classes.json'),
      'utf8',
    ),
  );
  assert.equal(source.cssClasses.length, 3462);
  assert.match(source._provenance, /pa-website-validator-ng v1\.1\.38 \(commit bb31fe9/);
  assert.ok(source._licence, 'bootstrap-italia-css-classes.json: "_licence" missing');
  const bi = lists.filter((l) => l.terms.has('primary-bg-a1') && l.terms.has('icon-900'));
  assert.deepEqual(
    bi.map((l) => l.file),
    ['packages/conformity/data/bootstrap-italia-css-classes.json'],
  );
});

test(`no list of ${MIN_TERMS}+ strings is stored twice (same or almost the same terms)`, () => {
  assert.ok(lists.length >= 2, 'the scan found no long list: is the tokenizer broken?');
  const copies = [];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const [a, b] = [lists[i], lists[j]];
      if (a.hash === b.hash || overlap(a, b) >= SAME_LIST)
        copies.push(`${a.file} (${a.terms.size} terms) = ${b.file} (${b.terms.size} terms)`);
    }
  }
  assert.deepEqual(copies, [], `lists stored twice:\n${copies.join('\n')}`);
});

test('accent folding and slugs are written once: packages/vocabularies/src/slug.ts', () => {
  // Stripping the combining marks (U+0300–U+036F) after NFD is the folding; every other
  // module calls foldAccents() or slugify() from @piazza/vocabularies.
  const FOLDING = /\\u0300-\\u036f|normalize\(\s*['"]NFD['"]\s*\)/i;
  const found = [];
  for (const top of ['packages', 'test', 'scripts']) {
    for (const rel of files(top)) {
      if (rel.endsWith('.json') || /\.test\.[cm]?[jt]sx?$/.test(rel)) continue;
      if (FOLDING.test(readFileSync(path.join(root, rel), 'utf8'))) found.push(rel);
    }
  }
  assert.deepEqual(found, ['packages/vocabularies/src/slug.ts']);
});
