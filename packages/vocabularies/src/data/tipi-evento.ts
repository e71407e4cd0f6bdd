// Source: italia/daf-ontologie-vocabolari-controllati (commit d8596ae), CC-BY 4.0 (public-event-types.csv): public event types, 3 levels, with codes.
// Drift: only the complete rows are used; the partial rows at the end of the CSV repeat them with typos
// ("Evento sprotivo", "Maniferstazione sportiva", "Marcato / Mercatino") and are ignored. The WordPress theme
// (tipi_evento) writes "o" for "/" (e.g. "Fiera o Salone"): the national spelling wins.
// A level-3 term that repeats its parent's label gets the slug suffix -2.
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const TIPI_EVENTO = deepFreeze([
  {
    label: 'Evento culturale',
    slug: 'evento-culturale',
    code: '1',
    labelEn: 'Cultural event',
    plural: 'Eventi culturali',
    definition:
      "Evento pubblico prevalentemente focalizzato attorno alla fruizione di prodotti/contenuti legati all'educazione/istruzione, alle arti (visive, letterarie, performative, musicali ...) e alle discipline dei settori scientifico disciplinari",
    children: [
      {
        label: 'Manifestazione artistica',
        slug: 'manifestazione-artistica',
        code: '1.1',
        labelEn: 'Arts exhibition',
        plural: 'Manifestazioni artistiche',
        definition:
          'Questo concetto include eventi pubblici che radunano/aggregano/richiamano  pubblico interessato a fruire di prodotti culturali, siano essi intesi come prodotti culturali di "arte alta" sia di  "arte popolare". Per es. spettacoli teatrali anche amatoriali, ballo e danza classica ma non solo, letture pubbliche di libri, mostre d\'arte ecc., spettacoli cinematografici, ecc.',
        children: [
          { label: 'Festival', slug: 'festival', code: '1.1.1', labelEn: 'Festival' },
          {
            label: 'Mostra',
            slug: 'mostra',
            code: '1.1.2',
            labelEn: 'Exhibition',
            plural: 'Mostre',
          },
          {
            label: 'Spettacolo teatrale',
            slug: 'spettacolo-teatrale',
            code: '1.1.3',
            labelEn: 'Theathral show',
            plural: 'Spettacoli teatrali',
            definition:
              'Tutti i tipi di eventi relativi al teatro rientrano in questo concetto (e.g., teatro di prosa, spettacoli di teatro in generale)',
            aliases: ['Teatro'],
          },
          {
            label: 'Spettacolo di danza',
            slug: 'spettacolo-di-danza',
            code: '1.1.4',
            labelEn: 'Dance show',
            plural: 'Spettacoli di danza',
            definition:
              'Tutti i tipi di spettacoli che coinvolgono la danza e il balletto rientrano in questo concetto',
            aliases: ['Danza'],
          },
          {
            label: 'Manifestazione musicale',
            slug: 'manifestazione-musicale',
            code: '1.1.5',
            labelEn: 'Music event',
            plural: 'Manifestazioni musicali',
            definition:
              'Tutti i tipi di eventi che riguardano la musica rientrano in questo concetto (e.g., concerti, tour, galà, audizioni, ecc.)',
            aliases: ['Concerto di musica'],
          },
          {
            label: 'Visita guidata',
            slug: 'visita-guidata',
            code: '1.1.6',
            labelEn: 'Guided tour',
            plural: 'Visite guidate',
          },
          {
            label: 'Lettura (pubblica)',
            slug: 'lettura-pubblica',
            code: '1.1.7',
            labelEn: '(Public) reading',
            plural: 'Letture (pubbliche)',
          },
          {
            label: 'Proiezione cinematografica',
            slug: 'proiezione-cinematografica',
            code: '1.1.8',
            labelEn: 'Cinema projection',
            plural: 'Proiezioni cinematografiche',
            definition:
              'Tutti i tipi di eventi e spettacoli riguardanti il cinema rientrano in questo concetto',
            aliases: ['Cinema'],
          },
          {
            label: 'Visita libera',
            slug: 'visita-libera',
            code: '1.1.9',
            labelEn: 'Free tour',
            plural: 'Visite libere',
          },
        ],
      },
      {
        label: 'Evento di formazione',
        slug: 'evento-di-formazione',
        code: '1.2',
        labelEn: 'Training and workshop event',
        plural: 'Eventi di formazione',
        definition:
          'Questo concetto include eventi pubblici che radunano/aggregano/richiamano un pubblico interessato ad attività formative come corsi, scuole estive, webinar, workshop, seminari ecc.',
        children: [
          {
            label: 'Scuola estiva / invernale',
            slug: 'scuola-estiva-invernale',
            code: '1.2.1',
            labelEn: 'Summer/Winter school',
            plural: 'Scuole estive/invernali',
          },
          { label: 'Webinar', slug: 'webinar', code: '1.2.2', labelEn: 'Webinar' },
          {
            label: 'Seminario',
            slug: 'seminario',
            code: '1.2.3',
            labelEn: 'Seminar',
            plural: 'Seminari',
          },
          {
            label: 'Laboratorio',
            slug: 'laboratorio',
            code: '1.2.4',
            labelEn: 'Workshop',
            plural: 'Laboratori',
          },
          {
            label: 'Presentazione libro',
            slug: 'presentazione-libro',
            code: '1.2.5',
            labelEn: 'Book presentation',
            plural: 'Presentazioni libri',
          },
          {
            label: 'Corso',
            slug: 'corso',
            code: '1.2.6',
            labelEn: 'Course',
            plural: 'Corsi',
            definition:
              'In questo concetto rientrano anche  corsi su materie specifiche come per esempio corsi musicali, corsi di teatro, corsi di danza,  o corsi sportivi',
          },
        ],
      },
      {
        label: 'Conferenza e summit',
        slug: 'conferenza-e-summit',
        code: '1.3',
        labelEn: 'Confernce and summit',
        plural: 'Conferenze',
        definition:
          "Questo concetto include eventi pubblici che radunano/aggregano/richiamano un pubblico interessato a partecipare a  conferenze e raduni quali che hanno finalità di presentazione e discussione di tematiche contemporanee su campi vari della cultura quali la scienza, l'economia, la tecnica, questioni sociali, non prevalentemente a scopi commerciali.",
        children: [
          {
            label: 'Convegno / Conferenza',
            slug: 'convegno-conferenza',
            code: '1.3.1',
            labelEn: 'Conference',
            plural: 'Convegni',
            aliases: ['Conferenze'],
          },
          {
            label: 'Vertice',
            slug: 'vertice',
            code: '1.3.2',
            labelEn: 'Summit',
            definition: 'Rientrano in questo concetto anche eventi come il G7 il G20',
          },
          {
            label: 'Congresso',
            slug: 'congresso',
            code: '1.3.3',
            labelEn: 'Congress',
            plural: 'Congressi',
          },
        ],
      },
      {
        label: 'Giornata informativa',
        slug: 'giornata-informativa',
        code: '1.4',
        labelEn: 'Info day',
        plural: 'Giornate informative',
        definition:
          'Questo concetto include eventi pubblici come giornate aperte, giornate informative, incontri informativi e eventi di networking.',
        children: [
          {
            label: 'Giornata aperta',
            slug: 'giornata-aperta',
            code: '1.4.1',
            labelEn: 'Open day',
            plural: 'Incontro informativo',
            aliases: ['Giornate aperte'],
          },
        ],
      },
    ],
  },
  {
    label: 'Evento sociale',
    slug: 'evento-sociale',
    code: '2',
    labelEn: 'Social event',
    plural: 'Eventi sociali',
    definition:
      'Evento pubblico prevalentemente focalizzato sulla funzione aggregativa sociale, ricreativa',
    children: [
      {
        label: 'Concorso e cerimonia',
        slug: 'concorso-e-cerimonia',
        code: '2.1',
        labelEn: 'Competition and award ceremony',
        plural: 'Concorsi e cerimonie',
        definition:
          'Questo concetto include eventi pubblici come cerimonie di premiazione, competizioni e concorsi.',
        children: [
          {
            label: 'Cerimonia',
            slug: 'cerimonia',
            code: '2.1.1',
            labelEn: 'Ceremony',
            plural: 'Cerimonie',
            definition:
              'Questo concetto include quindi anche le inaugurazioni e le assegnazioni di premi',
          },
          {
            label: 'Concorso / Competizione',
            slug: 'concorso-competizione',
            code: '2.1.2',
            labelEn: 'Competetion',
            plural: 'Concorsi / Competizioni',
            aliases: ['Contest'],
          },
        ],
      },
      {
        label: 'Dibattito pubblico',
        slug: 'dibattito-pubblico',
        code: '2.2',
        labelEn: 'Public Debate',
        plural: 'Dibattiti pubblici',
        definition:
          'Questo concetto include eventi pubblici come dibattiti pubblici, dialoghi, forum e incontri pubblici, prevalentemente finalizzati attorno a temi relativi a questioni civiche, sociali.',
        children: [
          {
            label: 'Dibattito / Dialogo pubblico',
            slug: 'dibattito-dialogo-pubblico',
            code: '2.2.1',
            labelEn: 'Public Debate / Dialogue',
            plural: 'Dibattiti / Dialoghi pubblici',
          },
          { label: 'Forum', slug: 'forum', code: '2.2.2', labelEn: 'Forum' },
        ],
      },
      {
        label: 'Incontro con esperti',
        slug: 'incontro-con-esperti',
        code: '2.3',
        labelEn: 'Partner meeting',
        plural: 'Incontri con gli esperti',
        definition:
          'Questo concetto include eventi pubblici come incontri con esperti, riunioni generali e incontri con i portatori di interesse.',
        children: [
          {
            label: 'Riunione esperti / portatori interesse',
            slug: 'riunione-esperti-portatori-interesse',
            code: '2.3.1',
            labelEn: 'Experts / stakeholdesr meeting',
            plural: 'Riunione esperti / portatori interesse',
          },
          {
            label: 'Hackathon / Datathon',
            slug: 'hackathon-datathon',
            code: '2.3.2',
            labelEn: 'Hackathon /Datathon',
          },
        ],
      },
      {
        label: 'Raduno di comunità',
        slug: 'raduno-di-comunita',
        code: '2.4',
        labelEn: 'Community gathering',
        plural: 'Raduni di comunità',
        definition:
          'Questo concetto include eventi pubblici che richiamano un pubblico interessato a partecipare a "momenti aggregativi comunitari" di vario genere, come feste di quartiere, festa patronale, raduni amatoriali, hobbistici, ma non religiose ecc.',
        children: [
          {
            label: 'Sfilata',
            slug: 'sfilata',
            code: '2.4.1',
            labelEn: 'Parade',
            plural: 'Sfilate',
            definition: 'Per esempio la sfilata dei carri di carnevale, le sfilate di moda',
          },
          {
            label: 'Sagra',
            slug: 'sagra',
            code: '2.4.2',
            labelEn: 'Popular feast',
            plural: 'Sagre',
          },
          {
            label: 'Torneo storico / Palio',
            slug: 'torneo-storico-palio',
            code: '2.4.3',
            labelEn: 'Historical Tournament',
            plural: 'Tornei storici',
          },
          {
            label: 'Festa patronale / Festa dei santi',
            slug: 'festa-patronale-festa-dei-santi',
            code: '2.4.4',
            labelEn: 'Patronal Feat / Saint Feast',
            plural: 'Feste patronali / Feste dei santi',
          },
          {
            label: 'Mercato / Mercatino',
            slug: 'mercato-mercatino',
            code: '2.4.5',
            labelEn: 'Market / Street market',
            plural: 'Mercati / Mercatini',
          },
          {
            label: 'Commemorazione',
            slug: 'commemorazione',
            code: '2.4.6',
            labelEn: 'Commemoration',
            plural: 'Commemorazioni',
          },
        ],
      },
      {
        label: 'Evento religioso',
        slug: 'evento-religioso',
        code: '2.5',
        labelEn: 'Religious event',
        plural: 'Eventi religiosi',
        definition:
          'Questo concetto include eventi pubblici focalizzati principalmente su attività aggregative connesse alle pratiche religiose',
        children: [
          {
            label: 'Giubileo',
            slug: 'giubileo',
            code: '2.5.1',
            labelEn: 'Jubilee',
            plural: 'Giubilei',
          },
          {
            label: 'Udienza giubilare',
            slug: 'udienza-giubilare',
            code: '2.5.2',
            labelEn: 'Jubilee hearing',
            plural: 'Udienze giubilari',
          },
          {
            label: 'Processione',
            slug: 'processione',
            code: '2.5.3',
            labelEn: 'Procession',
            plural: 'Processioni',
          },
          {
            label: 'Celebrazione ecumenica',
            slug: 'celebrazione-ecumenica',
            code: '2.5.4',
            labelEn: 'Ecumenical Celebration',
            plural: 'Celebrazioni ecumeniche',
          },
          {
            label: 'Lettura religiosa',
            slug: 'lettura-religiosa',
            code: '2.5.5',
            labelEn: 'Religious reading',
            plural: 'Letture religiose',
          },
          {
            label: 'Raduno religioso',
            slug: 'raduno-religioso',
            code: '2.5.6',
            labelEn: 'Religious Gathering',
            plural: 'Raduni religiosi',
            definition: 'Per esempio il raduno della gioventù cattolica',
          },
          {
            label: 'Santificazione',
            slug: 'santificazione',
            code: '2.5.7',
            labelEn: 'Sanctification',
            plural: 'Santificazioni',
          },
        ],
      },
    ],
  },
  {
    label: 'Evento politico',
    slug: 'evento-politico',
    code: '3',
    labelEn: 'Political event',
    plural: 'Eventi politici',
    definition:
      "Evento pubblico generalmente riconducibile all'iniziativa di partito/movimento politico focalizzato prevalentemente sulla funzione aggregativa di un gruppo o comunità",
    children: [
      {
        label: 'Incontro politico',
        slug: 'incontro-politico',
        code: '3.1',
        labelEn: 'Political meeting',
        plural: 'Incontri politici',
        definition: 'Questo concetto include eventi politici che coinvolgono il pubblico.',
        children: [
          {
            label: 'Congresso / riunione di partito',
            slug: 'congresso-riunione-di-partito',
            code: '3.1.1',
            labelEn: 'Party congress / meeting',
            plural: 'Congressi / riunioni di partito',
          },
          {
            label: 'Corteo / sciopero',
            slug: 'corteo-sciopero',
            code: '3.1.2',
            labelEn: 'Political procession / strike',
            plural: 'Cortei / scioperi',
          },
          {
            label: 'Comizio elettorale',
            slug: 'comizio-elettorale',
            code: '3.1.3',
            labelEn: 'Electoral speech',
            plural: 'Comizi elettorali',
          },
        ],
      },
    ],
  },
  {
    label: "Evento d'affari o commerciale",
    slug: 'evento-d-affari-o-commerciale',
    code: '4',
    labelEn: 'Business event',
    plural: "Eventi d'affari o commerciali",
    definition: 'Evento Commerciale - promozionale, di mercato, a scopo di business',
    children: [
      {
        label: 'Fiera / Salone',
        slug: 'fiera-salone',
        code: '4.1',
        labelEn: 'Exhibition',
        plural: 'Fiere / Saloni',
        definition:
          'Questo concetto include eventi pubblici quali expo, fiere, saloni orientati al business.',
        children: [
          {
            label: 'Fiera / Salone',
            slug: 'fiera-salone-2',
            code: '4.1.1',
            labelEn: 'Exhibition',
            plural: 'Fiere / Saloni',
          },
          {
            label: 'Esposizione / Esposizione globale',
            slug: 'esposizione-esposizione-globale',
            code: '4.1.2',
            labelEn: 'Expo global',
            plural: 'Esposizioni / Esposizioni globali',
          },
        ],
      },
      {
        label: "Riunione d'affari",
        slug: 'riunione-d-affari',
        code: '4.2',
        labelEn: 'Business meeting',
        plural: "Riunioni d'affari",
        definition:
          "Questo concetto include tutti quegli eventi pubblici riconducibili a riunioni d'affari come per esempio convention, tavole rotonde, ecc.",
        children: [
          {
            label: "Riunione d'affari",
            slug: 'riunione-d-affari-2',
            code: '4.2.1',
            labelEn: 'Business meeting',
            plural: "Riunioni d'affari",
          },
          { label: 'Convention', slug: 'convention', code: '4.2.2', labelEn: 'Convention' },
          {
            label: 'Tavola rotonda',
            slug: 'tavola-rotonda',
            code: '4.2.3',
            labelEn: 'Round table',
            plural: 'Tavole rotonde',
          },
        ],
      },
      {
        label: 'Evento stagionale commerciale',
        slug: 'evento-stagionale-commerciale',
        code: '4.3',
        labelEn: 'Seasonal business event',
        plural: 'Eventi stagionali commerciali',
        definition:
          'Questo concetto include quegli eventi commerciali di impatto pubblico che avvengono solo stagionalmente come i saldi',
        children: [
          {
            label: 'Vendita di fine stagione',
            slug: 'vendita-di-fine-stagione',
            code: '4.3.1',
            labelEn: 'Sale',
            plural: 'Saldi stagionali',
            aliases: ['Saldi'],
          },
        ],
      },
    ],
  },
  {
    label: 'Evento sportivo',
    slug: 'evento-sportivo',
    code: '5',
    labelEn: 'Sport event',
    plural: 'Eventi sportivi',
    definition:
      'Evento pubblico prevalentemente focalizzato sulla fruizione e/o partecipazione ad attività sportive (competitive e non competitive)',
    children: [
      {
        label: 'Manifestazione sportiva',
        slug: 'manifestazione-sportiva',
        code: '5.1',
        labelEn: 'Sport show',
        plural: 'Manifestazioni sportive',
        definition:
          'Questo concetto include tutti gli eventi pubblici sportivi sia con che senza competizione',
        children: [
          { label: 'Partita', slug: 'partita', code: '5.1.1', labelEn: 'Match', plural: 'Partite' },
          {
            label: 'Gara / Torneo / Competizione',
            slug: 'gara-torneo-competizione',
            code: '5.1.2',
            labelEn: 'Sport competition',
            plural: 'Gare / Tornei / Competizioni',
          },
          {
            label: 'Escursione',
            slug: 'escursione',
            code: '5.1.3',
            labelEn: 'Excursion',
            plural: 'Escursioni',
          },
          {
            label: 'Galà sportivo',
            slug: 'gala-sportivo',
            code: '5.1.4',
            labelEn: 'Sport gala',
            plural: 'Galà sportivi',
          },
          { label: 'Corsa', slug: 'corsa', code: '5.1.5', labelEn: 'Race', plural: 'Corse' },
          {
            label: 'Raduno sportivo',
            slug: 'raduno-sportivo',
            code: '5.1.6',
            labelEn: 'Sport gathering',
            plural: 'Raduni sportivi',
          },
        ],
      },
    ],
  },
] as const satisfies readonly Term[]);
