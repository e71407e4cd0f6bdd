import { defineExamples } from '../utils/examples.js';
import { PageFrame } from '../PageFrame/PageFrame.js';
import { exampleSite } from '../PageFrame/PageFrame.examples.js';
import { ServiceAccess } from '../ServiceAccess/ServiceAccess.js';
import { ServicePage, type ServicePageData } from './ServicePage.js';

/** A complete service: every section, the SPID/CIE access, a timeline. */
export const cieService: ServicePageData = {
  title: 'Richiedere la carta d’identità elettronica',
  description:
    'Come richiedere la carta d’identità elettronica (CIE), il documento personale di riconoscimento con microchip.',
  category: { label: 'Anagrafe e stato civile', href: '/servizi/anagrafe-e-stato-civile/' },
  topics: [
    { topic: 'Anagrafe', href: '/argomenti/anagrafe/' },
    { topic: 'Residenza', href: '/argomenti/residenza/' },
  ],
  addressed: (
    <p>
      Ai cittadini italiani residenti nel Comune e ai cittadini stranieri con regolare permesso di
      soggiorno.
    </p>
  ),
  extendedDescription: (
    <p>La CIE vale come documento di identità e, per i cittadini italiani, per l’espatrio.</p>
  ),
  howTo: (
    <ol>
      <li>Prenota un appuntamento online o per telefono.</li>
      <li>Presentati allo sportello con la fototessera e la vecchia carta.</li>
      <li>Paga allo sportello con carta o bancomat.</li>
    </ol>
  ),
  needed: (
    <ul>
      <li>una fototessera recente;</li>
      <li>il documento scaduto o la denuncia di smarrimento;</li>
      <li>il codice fiscale.</li>
    </ul>
  ),
  achieved: <p>La carta d’identità elettronica, spedita a casa entro 6 giorni lavorativi.</p>,
  calendar: {
    text: <p>La carta arriva entro 6 giorni lavorativi dalla richiesta.</p>,
    steps: [
      { date: '2025-01-07', label: 'Apertura delle prenotazioni per gennaio' },
      { date: '2025-01-13', label: 'Spedizione della carta a casa' },
    ],
  },
  cost: <p>22,21 euro; 27,37 euro in caso di smarrimento.</p>,
  access: {
    text: <p>Prenota l’appuntamento allo sportello con SPID o CIE, oppure per telefono.</p>,
    online: { href: '/servizi/carta-identita-elettronica/prenota/', label: 'Prenota online' },
    booking: { href: '/servizi/prenotazione-appuntamento/' },
    extra: (
      <ServiceAccess
        headingLevel={3}
        spidProviders={[
          { name: 'Poste ID', href: '/login/spid/poste/' },
          { name: 'Aruba ID', href: '/login/spid/aruba/' },
        ]}
        cieHref="/login/cie/"
      />
    ),
  },
  moreInfo: (
    <p>
      I minori di 18 anni devono essere accompagnati da chi esercita la responsabilità genitoriale.
    </p>
  ),
  conditions: {
    file: {
      title: 'Termini e condizioni di servizio',
      href: '/documenti/condizioni-cie.pdf',
      format: 'PDF',
      size: 1258291,
    },
  },
  contacts: {
    office: {
      title: 'Ufficio Anagrafe',
      href: '/amministrazione/uffici/anagrafe/',
      address: 'Piazza del Municipio 1, 00100 Esempio',
      hours: 'Lunedì–venerdì 9:00–12:30',
      phone: '+39 0123 456780',
      email: 'anagrafe@comune.esempio.it',
    },
  },
  metadata: {
    operator: 'Comune di Esempio',
    areaServed: 'Esempio',
    audience: 'Cittadini residenti',
    url: 'https://www.comune.esempio.it/servizi/carta-identita-elettronica/',
    location: {
      name: 'Ufficio Anagrafe',
      streetAddress: 'Piazza del Municipio 1',
      postalCode: '00100',
      addressLocality: 'Esempio',
    },
  },
  updated: '2025-03-14',
};

/** Only what the checker requires. */
export const minimalService: ServicePageData = {
  title: 'Pagare la TARI',
  description: 'La tassa sui rifiuti: importi, scadenze e pagamento con pagoPA.',
  status: { active: false, reason: 'I pagamenti online riaprono il 1° aprile.' },
  category: { label: 'Tributi, finanze e contravvenzioni', href: '/servizi/tributi/' },
  topics: [{ topic: 'Tassa sui servizi' }],
  addressed: <p>A chi possiede o occupa locali nel Comune.</p>,
  howTo: <p>Paga con l’avviso pagoPA che ricevi a casa.</p>,
  needed: <p>L’avviso di pagamento.</p>,
  achieved: <p>La quietanza di pagamento.</p>,
  calendar: { text: <p>Due rate: 16 luglio e 16 dicembre.</p> },
  access: { text: <p>Paga online o presso un punto abilitato pagoPA.</p> },
  conditions: { file: { title: 'Regolamento TARI', href: '/documenti/tari.pdf', format: 'PDF' } },
  contacts: { office: { title: 'Ufficio Tributi', email: 'tributi@comune.esempio.it' } },
  metadata: {
    operator: 'Comune di Esempio',
    areaServed: 'Esempio',
    audience: 'Contribuenti',
    url: 'https://www.comune.esempio.it/servizi/pagare-la-tari/',
    location: {
      name: 'Ufficio Tributi',
      streetAddress: 'Piazza del Municipio 1',
      postalCode: '00100',
      addressLocality: 'Esempio',
    },
  },
};

const contactsBox = {
  faqHref: '/leggi-le-faq/',
  assistanceHref: '/servizi/richiesta-assistenza/',
  tollFreeNumber: '800 123 456',
  bookingHref: '/servizi/prenotazione-appuntamento/',
  reportHref: '/segnalazione-disservizio/',
};

export const examples = defineExamples({
  full: {
    name: 'Scheda servizio completa',
    page: true,
    description:
      'Una scheda servizio nella cornice del sito: tutte le sezioni nell’ordine del controllo, indice, metadati JSON-LD, valutazione e “Contatta il comune” (C.SI.1.3, 2.1, 2.2, 2.6, R.SI.1.1).',
    render: () => (
      <PageFrame {...exampleSite} currentHref="/servizi/">
        <ServicePage service={cieService} contactsBox={contactsBox} />
      </PageFrame>
    ),
  },
  minimal: {
    name: 'Scheda servizio essenziale',
    description:
      'Solo le otto sezioni richieste: le facoltative spariscono, dall’indice e dalla pagina. Servizio non attivo, con il motivo.',
    render: () => <ServicePage service={minimalService} contactsBox={contactsBox} />,
  },
});
