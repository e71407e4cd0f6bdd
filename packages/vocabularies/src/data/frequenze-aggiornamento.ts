// Source: italia/design-comuni-wordpress-theme (commit 1c15e7b) (frequenze_aggiornamento): dataset update frequencies, lowercase as in the source.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const FREQUENZE_AGGIORNAMENTO = deepFreeze([
  { label: 'altro', slug: 'altro' },
  { label: 'annuale', slug: 'annuale' },
  { label: 'bidecennale', slug: 'bidecennale' },
  { label: 'biennale', slug: 'biennale' },
  { label: 'bimensile', slug: 'bimensile' },
  { label: 'bimestrale', slug: 'bimestrale' },
  { label: 'bisettimanale', slug: 'bisettimanale' },
  { label: 'continuo', slug: 'continuo' },
  { label: 'decennale', slug: 'decennale' },
  { label: 'due volte al giorno', slug: 'due-volte-al-giorno' },
  { label: 'in continuo aggiornamento', slug: 'in-continuo-aggiornamento' },
  { label: 'irregolare', slug: 'irregolare' },
  { label: 'mai', slug: 'mai' },
  { label: 'mensile', slug: 'mensile' },
  { label: 'ogni cinque anni', slug: 'ogni-cinque-anni' },
  { label: 'ogni due ore', slug: 'ogni-due-ore' },
  { label: 'ogni ora', slug: 'ogni-ora' },
  { label: 'ogni quattro anni', slug: 'ogni-quattro-anni' },
  { label: 'ogni tre ore', slug: 'ogni-tre-ore' },
  { label: 'quindicinale', slug: 'quindicinale' },
  { label: 'quotidiano', slug: 'quotidiano' },
  { label: 'sconosciuto', slug: 'sconosciuto' },
  { label: 'semestrale', slug: 'semestrale' },
  { label: 'settimanale', slug: 'settimanale' },
  { label: 'tre volte a settimana', slug: 'tre-volte-a-settimana' },
  { label: 'tre volte al mese', slug: 'tre-volte-al-mese' },
  { label: "tre volte all'anno", slug: 'tre-volte-all-anno' },
  { label: 'tridecennale', slug: 'tridecennale' },
  { label: 'triennale', slug: 'triennale' },
  { label: 'trimestrale', slug: 'trimestrale' },
] as const satisfies readonly Term[]);
