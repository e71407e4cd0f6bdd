// @vitest-environment node
// Broken content folders are rejected with messages naming the file, the field, what was expected
// (Italian, with English beside) and what was found; every problem is reported at once.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentValidationError, MarkdownContentSource, formatIssue } from './index.js';
import type { ContentIssue, LoadResult } from './index.js';

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test/fixtures/content',
);

async function check(name: string): Promise<LoadResult & { lines: string[] }> {
  const result = await new MarkdownContentSource(path.join(FIXTURES, name), {
    relativeTo: FIXTURES,
  }).check();
  return { ...result, lines: result.errors.map(formatIssue) };
}

const find = (issues: readonly ContentIssue[], file: string, field: string): ContentIssue => {
  const issue = issues.find((i) => i.file === file && i.field === field);
  if (!issue) {
    throw new Error(`no issue for ${file}: ${field} in\n${issues.map(formatIssue).join('\n')}`);
  }
  return issue;
};

describe('broken content fixtures', () => {
  it('wrong category: names the file, the field, the 15 allowed values and what was found', async () => {
    const r = await check('wrong-category');
    expect(r.content).toBeUndefined();
    const line = formatIssue(
      find(r.errors, 'wrong-category/servizi/carta-identita.md', 'category'),
    );
    expect(line).toMatch(
      /^wrong-category\/servizi\/carta-identita\.md: category: atteso uno dei 15 valori di CategoriaServizio \(expected one of the 15 values of CategoriaServizio\), trovato "Anagrafe"/,
    );
    expect(line).toContain('"Anagrafe e stato civile"');
    expect(r.errors).toHaveLength(1);
  });

  it('missing required sections: one error per missing section, named as on the page', async () => {
    const r = await check('missing-section');
    const file = 'missing-section/servizi/carta-identita.md';
    expect(find(r.errors, file, 'comeFare').message).toBe(
      'manca la sezione obbligatoria "Come fare" della scheda servizio (criterio C.SI.1.3)',
    );
    expect(find(r.errors, file, 'comeFare').messageEn).toContain(
      'missing the required service page section "Come fare"',
    );
    expect(find(r.errors, file, 'tempiEScadenze').message).toContain('"Tempi e scadenze"');
    expect(find(r.errors, file, 'condizioniDiServizio').message).toContain(
      '"Condizioni di servizio"',
    );
    expect(r.errors).toHaveLength(3);
  });

  it('dangling references: the office of a service and the place of an event', async () => {
    const r = await check('dangling-ref');
    const office = find(r.errors, 'dangling-ref/servizi/carta-identita.md', 'contatti');
    expect(office.message).toContain('unità organizzativa');
    expect(office.message).toContain('uffici/ufficio-anagrafee.md');
    expect(office.messageEn).toContain('existing organisational unit');
    expect(office.found).toBe('"ufficio-anagrafee"');
    const place = find(r.errors, 'dangling-ref/eventi/festa.md', 'luogo');
    expect(place.message).toContain('luoghi/piazza-grande.md');
    expect(r.errors).toHaveLength(2);
  });

  it('bad YAML, missing and unclosed front matter: each file reported with the line', async () => {
    const r = await check('bad-yaml');
    const yaml = find(r.errors, 'bad-yaml/servizi/carta-identita.md', '');
    expect(yaml.message).toMatch(/^YAML non valido alla riga \d+, colonna \d+$/);
    expect(yaml.messageEn).toMatch(/^invalid YAML at line \d+/);
    // Lines are counted in the file (line 1 is "---"): the repeated key is on line 3.
    const duplicate = find(r.errors, 'bad-yaml/luoghi/chiave-doppia.md', '');
    expect(duplicate.message).toBe('YAML non valido alla riga 3, colonna 1');
    expect(duplicate.hint).toContain('Map keys must be unique');
    expect(find(r.errors, 'bad-yaml/notizie/senza-front-matter.md', '').message).toContain(
      'manca il front matter YAML',
    );
    expect(find(r.errors, 'bad-yaml/pagine/non-chiuso.md', '').message).toContain(
      'front matter non chiuso',
    );
    // An unreadable service still counts as a service (no "nessun servizio" warning).
    expect(r.warnings.some((w) => w.message.startsWith('nessun servizio'))).toBe(false);
  });

  it('unknown topics: rejected, with the exact spelling suggested when it is only a matter of case', async () => {
    const r = await check('unknown-topic');
    const file = 'unknown-topic/servizi/carta-identita.md';
    const first = find(r.errors, file, 'topics.0');
    expect(formatIssue(first)).toContain(
      'atteso uno dei 64 valori di Argomento (expected one of the 64 values of Argomento), trovato "Carta d\'identità"',
    );
    expect(find(r.errors, file, 'topics.1').hint).toBe(
      'forse "Anagrafe"? (did you mean "Anagrafe"?)',
    );
    expect(r.errors).toHaveLength(2);
  });

  it('bad colour: not #rrggbb', async () => {
    const r = await check('bad-colour');
    const issue = find(r.errors, 'bad-colour/site.yml', 'primaryColor');
    expect(issue.message).toContain('atteso un colore esadecimale #rrggbb');
    expect(issue.messageEn).toContain('expected a hex colour #rrggbb');
    expect(issue.found).toBe('"blu"');
  });

  it('low-contrast colour: refused with the ratio named', async () => {
    const r = await check('low-contrast');
    const issue = find(r.errors, 'low-contrast/site.yml', 'primaryColor');
    expect(issue.message).toContain('contrasto almeno 4.5:1 sul bianco');
    expect(issue.message).toContain('1.51:1');
  });

  it('empty folder: explains that site.yml is missing and warns that there are no services', async () => {
    const r = await check('empty');
    expect(r.content).toBeUndefined();
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^empty\/site\.yml: manca empty\/site\.yml/);
    const warnings = r.warnings.map(formatIssue);
    expect(warnings).toContain(
      'empty/servizi/: avviso (warning): nessun servizio: il criterio C.SI.1.3 richiede almeno 10 servizi (aggiungi file in servizi/) (no services: criterion C.SI.1.3 needs at least 10 services (add files to servizi/))',
    );
    expect(warnings.some((w) => w.includes('nessuna unità organizzativa'))).toBe(true);
  });

  it('half-filled folder: lists every missing site field, section and reference at once', async () => {
    const r = await check('half-filled');
    const fields = r.errors.map((e) => `${e.file}: ${e.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'half-filled/site.yml: baseUrl',
        'half-filled/site.yml: description',
        'half-filled/site.yml: region',
        'half-filled/site.yml: contacts',
        'half-filled/site.yml: legal',
        'half-filled/servizi/carta-identita.md: aChiERivolto',
        'half-filled/servizi/carta-identita.md: comeFare',
        'half-filled/servizi/carta-identita.md: cosaServe',
        'half-filled/servizi/carta-identita.md: cosaSiOttiene',
        'half-filled/servizi/carta-identita.md: tempiEScadenze',
        'half-filled/servizi/carta-identita.md: accediAlServizio',
        'half-filled/servizi/carta-identita.md: condizioniDiServizio',
        // The service is invalid, and its office reference is still checked.
        'half-filled/servizi/carta-identita.md: contatti',
      ]),
    );
    expect(r.errors).toHaveLength(13);
    expect(find(r.errors, 'half-filled/site.yml', 'contacts').message).toBe(
      'manca il campo obbligatorio',
    );
    expect(r.warnings.map((w) => w.message)).toContain(
      'un solo servizio: il criterio C.SI.1.3 richiede almeno 10 servizi',
    );
  });

  it('many errors in many files: all reported, none hidden by the first', async () => {
    const r = await check('many-errors');
    const fields = r.errors.map((e) => `${e.file}: ${e.field}`).sort();
    expect(fields).toEqual(
      [
        'many-errors/notizie/n.md: date',
        'many-errors/notizie/n.md: type',
        'many-errors/servizi/a.md: category',
        'many-errors/servizi/a.md: topics.0',
        'many-errors/servizi/b.md: cosaServe',
        'many-errors/servizi/b.md: contatti',
        'many-errors/servizi/c.md: ',
        'many-errors/site.yml: primaryColor',
      ].sort(),
    );
    expect(find(r.errors, 'many-errors/notizie/n.md', 'date').found).toBe('"2026-02-30"');
    // load() rejects with the same list.
    const source = new MarkdownContentSource(path.join(FIXTURES, 'many-errors'), {
      relativeTo: FIXTURES,
    });
    const error = await source.load().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentValidationError);
    const message = (error as ContentValidationError).message;
    expect(message).toContain('8 errori (invalid content: 8 errors)');
    for (const line of r.lines) expect(message).toContain(line);
  });

  it('site rules: at most 3 extra menu items, known social networks, unknown fields warned', async () => {
    const r = await check('site-rules');
    expect(find(r.errors, 'site-rules/site.yml', 'extraMenu').message).toBe(
      'attese al massimo 3 voci',
    );
    expect(find(r.errors, 'site-rules/site.yml', 'social.0.network').found).toBe('"myspace"');
    const unknown = find(r.warnings, 'site-rules/site.yml', 'categoria');
    expect(unknown.message).toBe('campo sconosciuto, ignorato');
  });
});
