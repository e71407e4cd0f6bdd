// Source: Avviso PNRR misura 1.4.1 "Esperienza del cittadino nei servizi pubblici" (presentation, May 2022): the 26 services funded by the avviso, in the avviso's order.
// flowType: from a public data dump of a comune-services demo (25 of 26); "Richiedere iscrizione a corsi di
// Formazione" is not in it, so its flow type is unconfirmed: null.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { ServizioAvvisoTerm } from '../types.js';

export const SERVIZI_AVVISO = deepFreeze([
  {
    label: 'Richiedere permesso di Parcheggio per residenti',
    slug: 'richiedere-permesso-di-parcheggio-per-residenti',
    n: 1,
    flowType: 'Permessi e autorizzazioni',
  },
  { label: 'Pagare tributi IMU', slug: 'pagare-tributi-imu', n: 2, flowType: 'Pagamenti dovuti' },
  { label: 'Pagare canone CIMP', slug: 'pagare-canone-cimp', n: 3, flowType: 'Pagamenti dovuti' },
  { label: 'Pagare canone COSAP', slug: 'pagare-canone-cosap', n: 4, flowType: 'Pagamenti dovuti' },
  {
    label: 'Pagare canone idrico',
    slug: 'pagare-canone-idrico',
    n: 5,
    flowType: 'Pagamenti dovuti',
  },
  {
    label: 'Richiedere agevolazioni scolastiche',
    slug: 'richiedere-agevolazioni-scolastiche',
    n: 6,
    flowType: 'Vantaggi economici',
  },
  {
    label: 'Richiedere assegnazione alloggio',
    slug: 'richiedere-assegnazione-alloggio',
    n: 7,
    flowType: 'Domande con graduatoria',
  },
  {
    label: 'Presentare domanda per assegno di maternità',
    slug: 'presentare-domanda-per-assegno-di-maternita',
    n: 8,
    flowType: 'Vantaggi economici',
  },
  {
    label: 'Presentare domanda per bonus economici',
    slug: 'presentare-domanda-per-bonus-economici',
    n: 9,
    flowType: 'Vantaggi economici',
  },
  {
    label: 'Presentare domanda per un contributo',
    slug: 'presentare-domanda-per-un-contributo',
    n: 10,
    flowType: 'Vantaggi economici',
  },
  {
    label: 'Presentare domanda di agevolazione tributaria',
    slug: 'presentare-domanda-di-agevolazione-tributaria',
    n: 11,
    flowType: 'Vantaggi economici',
  },
  {
    label: 'Richiedere permesso di accesso ad area ZTL',
    slug: 'richiedere-permesso-di-accesso-ad-area-ztl',
    n: 12,
    flowType: 'Permessi e autorizzazioni',
  },
  {
    label: 'Pagare contravvenzioni',
    slug: 'pagare-contravvenzioni',
    n: 13,
    flowType: 'Pagamenti dovuti',
  },
  {
    label: 'Richiedere permesso per Parcheggio invalidi',
    slug: 'richiedere-permesso-per-parcheggio-invalidi',
    n: 14,
    flowType: 'Permessi e autorizzazioni',
  },
  {
    label: 'Richiedere permesso per passo carrabile',
    slug: 'richiedere-permesso-per-passo-carrabile',
    n: 15,
    flowType: 'Permessi e autorizzazioni',
  },
  {
    label: 'Richiedere iscrizione al trasporto scolastico',
    slug: 'richiedere-iscrizione-al-trasporto-scolastico',
    n: 16,
    flowType: 'Servizi a pagamento',
  },
  {
    label: 'Richiedere iscrizione alla mensa scolastica',
    slug: 'richiedere-iscrizione-alla-mensa-scolastica',
    n: 17,
    flowType: 'Servizi a pagamento',
  },
  {
    label: 'Richiedere iscrizione a corsi di Formazione',
    slug: 'richiedere-iscrizione-a-corsi-di-formazione',
    n: 18,
    flowType: null,
  },
  {
    label: "Richiedere iscrizione alla scuola dell'infanzia",
    slug: 'richiedere-iscrizione-alla-scuola-dell-infanzia',
    n: 19,
    flowType: 'Domande con graduatoria',
  },
  {
    label: "Richiedere iscrizione all'asilo nido",
    slug: 'richiedere-iscrizione-all-asilo-nido',
    n: 20,
    flowType: 'Domande con graduatoria',
  },
  {
    label: 'Presentare domanda di partecipazione a un concorso pubblico',
    slug: 'presentare-domanda-di-partecipazione-a-un-concorso-pubblico',
    n: 21,
    flowType: 'Domande con graduatoria',
  },
  {
    label: 'Richiedere una pubblicazione di matrimonio',
    slug: 'richiedere-una-pubblicazione-di-matrimonio',
    n: 22,
    flowType: 'Permessi e autorizzazioni',
  },
  {
    label: 'Richiedere la sepoltura di un defunto',
    slug: 'richiedere-la-sepoltura-di-un-defunto',
    n: 23,
    flowType: 'Servizi a pagamento',
  },
  {
    label: 'Pagare il canone per le lampade votive',
    slug: 'pagare-il-canone-per-le-lampade-votive',
    n: 24,
    flowType: 'Pagamenti dovuti',
  },
  {
    label: "Richiedere l'accesso agli atti",
    slug: 'richiedere-l-accesso-agli-atti',
    n: 25,
    flowType: 'Permessi e autorizzazioni',
  },
  {
    label: 'Richiedere permesso di occupazione suolo pubblico',
    slug: 'richiedere-permesso-di-occupazione-suolo-pubblico',
    n: 26,
    flowType: 'Permessi e autorizzazioni',
  },
] as const satisfies readonly ServizioAvvisoTerm[]);
