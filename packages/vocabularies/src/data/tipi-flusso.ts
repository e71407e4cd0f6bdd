// Source: Avviso PNRR misura 1.4.1 "Esperienza del cittadino nei servizi pubblici" (presentation, May 2022): the five flow types of the funded services, with their definitions.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const TIPI_FLUSSO = deepFreeze([
  {
    label: 'Permessi e autorizzazioni',
    slug: 'permessi-e-autorizzazioni',
    definition:
      "Istanze presentate dal cittadino che prevedono il rilascio di un contestuale permesso o autorizzazione, determinato dall'amministrazione",
  },
  {
    label: 'Domande con graduatoria',
    slug: 'domande-con-graduatoria',
    definition:
      "Istanze presentate dal cittadino che prevedono una erogazione contestuale di una prestazione, vincolata a una graduatoria di precedenza redatta dall'amministrazione",
  },
  {
    label: 'Servizi a pagamento',
    slug: 'servizi-a-pagamento',
    definition:
      'Istanze presentate dal cittadino che prevedono una erogazione contestuale di una prestazione, vincolata esclusivamente al pagamento della stessa',
  },
  {
    label: 'Vantaggi economici',
    slug: 'vantaggi-economici',
    definition:
      "Istanze presentate dal cittadino che prevedono l'erogazione contestuale di un vantaggio economico, vincolato unicamente alla presenza di determinate caratteristiche",
  },
  {
    label: 'Pagamenti dovuti',
    slug: 'pagamenti-dovuti',
    definition:
      "Istanze presentate dal cittadino che prevedono il pagamento di un onere, senza l'erogazione un servizio contestuale",
  },
] as const satisfies readonly Term[]);
