// @vitest-environment node
import { resultsText, searchEntries, type SearchEntry } from './search-index.js';

const entries: SearchEntry[] = [
  { t: 'Pagamento TARI', u: '/servizi/tari/', d: 'Tassa sui rifiuti.', k: 'Servizio' },
  {
    t: 'Nuovo calendario della raccolta',
    u: '/novita/raccolta/',
    d: 'TARI e rifiuti.',
    k: 'Notizia',
  },
  {
    t: "Carta d'identità elettronica",
    u: '/servizi/cie/',
    d: 'Rilascio della CIE.',
    k: 'Servizio',
  },
];

test('every word must match; matches in the title come first', () => {
  expect(searchEntries(entries, 'rifiuti tari').map((e) => e.u)).toEqual([
    '/servizi/tari/',
    '/novita/raccolta/',
  ]);
  expect(searchEntries(entries, 'tari calendario').map((e) => e.u)).toEqual(['/novita/raccolta/']);
});

test('case and accents do not matter; an empty query finds nothing', () => {
  expect(searchEntries(entries, 'IDENTITA')).toHaveLength(1);
  expect(searchEntries(entries, '   ')).toEqual([]);
});

test('the status line counts the results in Italian', () => {
  expect(resultsText(0, 'xyz')).toBe('Nessun risultato per «xyz».');
  expect(resultsText(1, 'cie')).toBe('1 risultato per «cie».');
  expect(resultsText(12, 'tari')).toBe('12 risultati per «tari».');
});
