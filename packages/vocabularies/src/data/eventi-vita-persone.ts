// Source: italia/daf-ontologie-vocabolari-controllati (commit d8596ae), CC-BY 4.0 (life-event.csv): life events (eventi della vita delle persone).
// aliases: the different spelling used by italia/design-comuni-wordpress-theme (commit 1c15e7b) (eventi_vita_persone), when it differs.
// Drift: where the two disagree the national vocabulary wins (the theme has typos, e.g. "Espatri oper lavoro").
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const EVENTI_VITA_PERSONE = deepFreeze([
  {
    label: 'Iscrizione scuola/università e/o richiesta borsa di studio',
    slug: 'iscrizione-scuola-universita-e-o-richiesta-borsa-di-studio',
    code: '1',
    labelEn: 'Enrolling in school/university and/or applying for a study grant',
  },
  { label: 'Invalidità', slug: 'invalidita', code: '2', labelEn: 'Disability' },
  {
    label: 'Ricerca di lavoro, avvio nuovo lavoro, disoccupazione',
    slug: 'ricerca-di-lavoro-avvio-nuovo-lavoro-disoccupazione',
    code: '3',
    labelEn: 'Looking for a job, starting a new job, becoming unemployed',
  },
  { label: 'Pensionamento', slug: 'pensionamento', code: '4', labelEn: 'Retirement' },
  {
    label: 'Richiesta o rinnovo patente',
    slug: 'richiesta-o-rinnovo-patente',
    code: '5',
    labelEn: "Applying to a driver's licence (or renewing an existing one)",
  },
  {
    label: 'Registrazione/possesso veicolo',
    slug: 'registrazione-possesso-veicolo',
    code: '6',
    labelEn: 'Registering/owning a vehicle',
    aliases: ['Registrazione o possesso veicolo'],
  },
  {
    label: 'Accesso al trasporto pubblico',
    slug: 'accesso-al-trasporto-pubblico',
    code: '7',
    labelEn: 'Access to public transportation',
  },
  {
    label:
      'Compravendita/affitto casa/edifici/terreni, costruzione o ristrutturazione casa/edificio',
    slug: 'compravendita-affitto-casa-edifici-terreni-costruzione-o-ristrutturazione-casa-edificio',
    code: '8',
    labelEn: 'Buying/renting a house/building/land, building, renovating a house/building',
  },
  {
    label: 'Cambio di residenza/domicilio',
    slug: 'cambio-di-residenza-domicilio',
    code: '9',
    labelEn: 'Moving and changing address within one country',
    aliases: ['Cambio di residenza o domicilio'],
  },
  {
    label: 'Espatrio per lavoro, studio, pensionamento',
    slug: 'espatrio-per-lavoro-studio-pensionamento',
    code: '10',
    labelEn: 'Moving or preparing to move to another country (e.g., to study, work, retire, ..)',
    aliases: ['Espatri oper lavoro, studio o pensionamento'],
  },
  {
    label: 'Richiesta passaporto, visto e assistenza viaggi internazionali',
    slug: 'richiesta-passaporto-visto-e-assistenza-viaggi-internazionali',
    code: '11',
    labelEn: 'Needing a passport/visa or assistance to travel to another country',
  },
  {
    label: 'Nascita di un bambino, richiesta adozioni',
    slug: 'nascita-di-un-bambino-richiesta-adozioni',
    code: '12',
    labelEn: 'Declaring the birth of a child and/or applying for a birth grant',
  },
  {
    label: 'Matrimonio e/o cambio stato civile',
    slug: 'matrimonio-e-o-cambio-stato-civile',
    code: '13',
    labelEn: 'Marrying and/or changing martal status',
  },
  {
    label: 'Morte ed eredità',
    slug: 'morte-ed-eredita',
    code: '14',
    labelEn: 'Death of a close relative and/or starting an inheritance procedure',
  },
  {
    label: 'Prenotazione e disdetta visite/esami',
    slug: 'prenotazione-e-disdetta-visite-esami',
    code: '15',
    labelEn: "Making/cancelling a doctor's appointment",
  },
  {
    label: 'Denuncia crimini',
    slug: 'denuncia-crimini',
    code: '16',
    labelEn: 'Reporting a crime (smaller offences, e.g., theft, burglary, etc)',
  },
  {
    label: 'Dichiarazione dei redditi, versamento e riscossione tributi/imposte e contributi',
    slug: 'dichiarazione-dei-redditi-versamento-e-riscossione-tributi-imposte-e-contributi',
    code: '17',
    labelEn: 'Declaring income taxes, paying contributions',
  },
  {
    label: 'Accesso luoghi della cultura',
    slug: 'accesso-luoghi-della-cultura',
    code: '18',
    labelEn: 'Access to public cultural sites',
    aliases: ['Accesso ai luoghi della cultura'],
  },
  {
    label: 'Possesso, cura, smarrimento animale da compagnia',
    slug: 'possesso-cura-smarrimento-animale-da-compagnia',
    code: '19',
    labelEn: 'Owning, taking care, losing pets',
  },
] as const satisfies readonly Term[]);
