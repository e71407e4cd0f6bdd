import { defineExamples } from '../utils/examples.js';
import { MemoryApplicationsApi } from '../service-contracts/MemoryApplicationsApi.js';
import { SIMULATED_CITIZEN } from '../service-contracts/identity.js';
import { SimulatedPayments } from '../service-contracts/payments.js';
import { AreaPersonale } from './AreaPersonale.js';
import { RequestLookup } from './RequestLookup.js';

/** The demo's personal area: one request of each kind of state, a draft, a booking, payments. */
export const exampleAreaApi = () =>
  new MemoryApplicationsApi({
    now: () => new Date('2026-02-02T10:00:00+01:00'),
    applications: [
      {
        code: 'ISC-2026-001004',
        serviceId: 'iscrizione-asilo-nido',
        serviceName: "Richiedere iscrizione all'asilo nido",
        submittedAt: '2026-01-10T09:00:00+01:00',
        takenInChargeAt: '2026-01-10T09:00:00+01:00',
        outcomeBy: '2026-03-11T09:00:00+01:00',
        status: "Si richiede un'azione da parte dell'utente",
        stages: [
          { label: 'Richiesta inviata', state: 'done', date: '2026-01-10T09:00:00+01:00' },
          {
            label: 'Graduatoria pubblicata: domanda ammessa',
            state: 'done',
            date: '2026-01-30T09:00:00+01:00',
          },
          { label: 'Perfezionamento della domanda', state: 'current' },
          { label: 'Esito', state: 'pending', date: '2026-03-11T09:00:00+01:00' },
        ],
        actionHref: '/servizi/iscrizione-asilo-nido/richiesta/?perfeziona=ISC-2026-001004',
      },
      {
        code: 'PER-2026-001002',
        serviceId: 'permesso-ztl',
        serviceName: 'Richiedere permesso di accesso ad area ZTL',
        submittedAt: '2026-01-20T11:00:00+01:00',
        takenInChargeAt: '2026-01-20T11:00:00+01:00',
        outcomeBy: '2026-02-19T11:00:00+01:00',
        status: 'Processo in corso',
        stages: [
          { label: 'Richiesta inviata', state: 'done', date: '2026-01-20T11:00:00+01:00' },
          { label: 'Presa in carico', state: 'current', date: '2026-01-20T11:00:00+01:00' },
          { label: 'Esito', state: 'pending', date: '2026-02-19T11:00:00+01:00' },
        ],
      },
    ],
    messages: [
      {
        id: 'm1',
        date: '2026-01-30T09:00:00+01:00',
        subject: 'Graduatoria asilo nido pubblicata: la tua domanda è ammessa',
        body: 'La domanda ISC-2026-001004 è al 12° posto ed è ammessa. Perfezionala entro il 15 febbraio 2026.',
        code: 'ISC-2026-001004',
        action: {
          label: 'Perfeziona la domanda',
          href: '/servizi/iscrizione-asilo-nido/richiesta/?perfeziona=ISC-2026-001004',
        },
      },
    ],
    drafts: [
      {
        id: 'draft-1',
        serviceId: 'iscrizione-mensa-scolastica',
        serviceName: 'Richiedere iscrizione alla mensa scolastica',
        step: 'specific',
        values: {},
        savedAt: '2026-01-28T18:00:00+01:00',
        expiresAt: '2027-01-29T18:00:00+01:00',
      },
    ],
    appointments: [
      {
        code: 'APP-7F3K',
        office: 'Ufficio Anagrafe – Sede municipale',
        start: '2026-02-10T09:00:00+01:00',
        end: '2026-02-10T09:30:00+01:00',
      },
    ],
  });

export const examplePayments = () =>
  new SimulatedPayments({
    dues: [
      {
        noticeCode: '301000000000004242',
        description: 'Verbale n. 4242 del 10/01/2026',
        amount: 4200,
        dueDate: '2026-03-10',
        status: 'due',
      },
      {
        noticeCode: '301000000000001111',
        description: 'Canone lampade votive 2025',
        amount: 1800,
        status: 'paid',
        paidAt: '2025-12-01T10:00:00+01:00',
        receiptHref: '/ricevute/1111.pdf',
      },
    ],
  });

export const examples = defineExamples({
  default: {
    name: 'Area personale',
    description:
      'Le schede Scrivania, Messaggi, Attività e Servizi (frecce, Home e Fine): richieste con stato e fasi (CSE.1.9), bozze, appuntamenti, pagamenti, messaggi.',
    render: () => (
      <AreaPersonale
        api={exampleAreaApi()}
        payments={examplePayments()}
        citizen={SIMULATED_CITIZEN}
        resumeHref={(d) => `/servizi/${d.serviceId}/richiesta/?bozza=${d.id}`}
        payHref={(p) => `/servizi/pagare-contravvenzioni/richiesta/?avviso=${p.noticeCode}`}
        servicesHref="/servizi/"
      />
    ),
  },
  lookup: {
    name: 'Stato di una richiesta per codice',
    description: 'Lo stato di una richiesta con il suo codice, senza accedere (CSE.1.9).',
    render: () => <RequestLookup api={exampleAreaApi()} />,
  },
});
