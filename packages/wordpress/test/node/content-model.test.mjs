// The build-time reader of @piazza/theme's JSON Schema and the plugin zip, in plain Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentModel, postTypeKey } from '../../scripts/content-model.mjs';
import { build } from '../../scripts/build.mjs';

const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'schema',
);

test('every collection of the schema becomes a post type, vocabularies taxonomies, the rest meta', () => {
  const model = readContentModel(FIXTURE);
  const servizio = model.collections.find((c) => c.name === 'servizio');
  assert.equal(servizio.postType, 'pz_servizio');
  assert.equal(servizio.folder, 'servizi');
  assert.deepEqual(servizio.label, { it: 'Servizio', en: 'Service' });
  const field = (k) => servizio.fields.find((f) => f.key === k);
  assert.equal(field('aChiERivolto').required, true);
  assert.equal(field('aChiERivolto').markdown, true);
  assert.equal(field('maxDays').required, false);
  assert.equal(field('category').taxonomy, 'pz_categorie_servizio');
  assert.equal(field('topics').multiple, true);
  assert.equal(field('ufficio').ref, 'unita-organizzativa');
  assert.equal(field('image').image, true);
  // The REST schema keeps what WordPress understands, drops the rest (format "date", x-*).
  assert.equal(field('updated').schema.format, undefined);
  assert.equal(field('description').schema.minLength, 3);
  assert.equal(field('tempiEScadenze').schema.additionalProperties, false);
  assert.equal(
    field('tempiEScadenze').schema.properties.calendar.items.properties.date.type,
    'string',
  );
  const notizia = model.collections.find((c) => c.name === 'notizia');
  assert.ok(notizia.fields.find((f) => f.key === 'body').body);
  // The settings schema is not a post type.
  assert.equal(model.collections.find((c) => c.name === 'site').postType, null);
  // Post type keys fit WordPress's 20 characters.
  assert.equal(postTypeKey('unita-organizzativa'), 'pz_unita_organizzati');
  assert.deepEqual(
    model.vocabularies.map((v) => [v.name, v.postTypes]),
    [
      ['categorie-servizio', ['pz_servizio']],
      ['argomenti', ['pz_servizio']],
      ['tipi-notizia', ['pz_notizia']],
    ],
  );
});

/** A copy of the fixture with `change(files)` applied; returns the folder. */
function broken(change) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'piazza-schema-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const read = (f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
  const write = (f, v) =>
    writeFileSync(path.join(dir, f), typeof v === 'string' ? v : JSON.stringify(v));
  change(read, write);
  return dir;
}

test('a schema outside the contract is refused naming the file and the property', () => {
  const cases = [
    [(r, w) => w('servizio.schema.json', '{ nope'), /servizio\.schema\.json: not valid JSON/],
    [
      (r, w) => {
        const s = r('servizio.schema.json');
        delete s.properties.title.title;
        w('servizio.schema.json', s);
      },
      /servizio\.schema\.json \(properties\.title\): "title"/,
    ],
    [
      (r, w) => {
        const s = r('servizio.schema.json');
        s.properties.ufficio['x-piazza-ref'] = 'inesistente';
        w('servizio.schema.json', s);
      },
      /servizio\.schema\.json \(properties\.ufficio\): "x-piazza-ref" names "inesistente"/,
    ],
    [
      (r, w) => {
        const s = r('notizia.schema.json');
        s.properties.date['x-piazza-body'] = true;
        w('notizia.schema.json', s);
      },
      /notizia\.schema\.json \(properties\): more than one "x-piazza-body"/,
    ],
    [
      (r, w) => {
        const s = r('servizio.schema.json');
        delete s.properties.category.enum;
        w('servizio.schema.json', s);
      },
      /properties\.category\): a vocabulary needs its "enum"/,
    ],
    [
      (r, w) => {
        const s = r('servizio.schema.json');
        s.$schema = 'http://json-schema.org/draft-07/schema#';
        w('servizio.schema.json', s);
      },
      /servizio\.schema\.json \(\$schema\)/,
    ],
    [
      (r, w) => {
        const i = r('index.json');
        i.collections[0].file = '../../etc/passwd.json';
        w('index.json', i);
      },
      /index\.json \(collections\[0\]\.file\)/,
    ],
    [
      (r, w) => {
        const s = r('servizio.schema.json');
        s.required.push('nonEsiste');
        w('servizio.schema.json', s);
      },
      /servizio\.schema\.json \(required\): "nonEsiste" is not a property/,
    ],
  ];
  for (const [change, message] of cases) {
    const dir = broken(change);
    try {
      assert.throws(() => readContentModel(dir), message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

/** The entries of a zip: name → inflated bytes (reads the central directory). */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const n = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < n; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const localName = buf.readUInt16LE(offset + 26);
    const localExtra = buf.readUInt16LE(offset + 28);
    const start = offset + 30 + localName + localExtra;
    out.set(name, inflateRawSync(buf.subarray(start, start + size)));
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

test('the build writes an installable zip: plugin header, generated model, vocabularies', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'piazza-wp-build-'));
  try {
    const { zip } = build({ schemaDir: FIXTURE, outDir: out });
    const files = unzip(readFileSync(zip));
    const main = files.get('piazza/piazza.php').toString('utf8');
    assert.match(main, /Plugin Name:\s+Piazza/);
    assert.match(main, /Requires at least:\s+6\.1/);
    assert.match(main, /Requires PHP:\s+8\.2/);
    assert.ok(files.has('piazza/uninstall.php'));
    const model = JSON.parse(files.get('piazza/data/content-model.json').toString('utf8'));
    assert.deepEqual(
      model.collections.map((c) => c.name),
      ['servizio', 'notizia', 'unita-organizzativa', 'site'],
    );
    const argomenti = JSON.parse(
      files.get('piazza/data/vocabularies/argomenti.json').toString('utf8'),
    );
    assert.equal(argomenti.data.length, 64);
    assert.match(argomenti.source, /pa-website-validator-ng/);
    assert.ok(
      ![...files.keys()].some((f) => f.includes('eval') || f.includes('router')),
      'dev files in the zip',
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

const THEME_SCHEMA = path.resolve(FIXTURE, '..', '..', '..', '..', 'theme', 'dist', 'schema');

test(
  "the theme's published schema: required-field messages pass through, dates keep their own form",
  { skip: !existsSync(path.join(THEME_SCHEMA, 'index.json')) && 'theme not built' },
  () => {
    const model = readContentModel(THEME_SCHEMA);
    const field = (c, k) =>
      model.collections.find((x) => x.name === c).fields.find((f) => f.key === k);
    const published = JSON.parse(
      readFileSync(path.join(THEME_SCHEMA, 'servizio.schema.json'), 'utf8'),
    );
    // The edit screen shows the theme validation's own message, not a re-typed one.
    assert.deepEqual(
      field('servizio', 'comeFare').requiredMessage,
      published.properties.comeFare['x-piazza-required-message'],
    );
    assert.match(
      field('servizio', 'comeFare').requiredMessage.it,
      /^manca la sezione obbligatoria "Come fare" della scheda servizio/,
    );
    assert.equal(field('servizio', 'quantoCosta').requiredMessage, undefined);
    // WordPress's "date-time" format (RFC 3339 with seconds) would null "2026-06-21T18:30".
    assert.equal(field('evento', 'start').schema.format, undefined);
    assert.ok(field('evento', 'start').schema.pattern);
  },
);
