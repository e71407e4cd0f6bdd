import type { ReactElement } from 'react';
import { defineExamples, type Example } from '../utils/examples.js';
import { MemoryApplicationsApi } from '../service-contracts/MemoryApplicationsApi.js';
import { SIMULATED_CITIZEN, SimulatedIdentity } from '../service-contracts/identity.js';
import { SimulatedPayments } from '../service-contracts/payments.js';
import { ServiceFlow, type ServiceFlowDraft, type ServiceFlowProps } from './ServiceFlow.js';
import { EXAMPLE_SERVICES } from './services.js';

/** The demo's back offices: in memory, simulated identity and payments (they say so on screen). */
export function demoBackOffices(signedIn = true) {
  const identity = new SimulatedIdentity({ signedIn });
  return {
    identity,
    api: new MemoryApplicationsApi({ signedIn: () => identity.signedIn }),
    payments: new SimulatedPayments({
      dues: [
        {
          noticeCode: '301000000000004242',
          description: 'Verbale n. 4242 del 10/01/2026',
          amount: 4200,
          status: 'due',
        },
      ],
    }),
  };
}

type Flow = keyof typeof EXAMPLE_SERVICES;
const flow = (type: Flow, props: Partial<ServiceFlowProps> = {}): ReactElement => (
  <ServiceFlow
    service={EXAMPLE_SERVICES[type]}
    {...demoBackOffices()}
    citizen={SIMULATED_CITIZEN}
    draftStore={null}
    statusHref="/area-personale/"
    ratingHref="/valuta/"
    {...props}
  />
);

const ztlValues = {
  privacy: true,
  motivo: 'residente',
  targa: 'AB123CD',
  name: 'Maria',
  surname: 'Rossi',
  fiscalCode: 'RSSMRA85T10A562S',
  email: 'maria.rossi@esempio.it',
  phone: '333 123 4567',
};
const at = (step: ServiceFlowDraft['at'], paid = false): ServiceFlowDraft => ({
  at: step,
  reached: ['privacy', 'personal', 'specific', 'payment', 'recap'],
  values: ztlValues,
  payment: paid
    ? { paymentId: 'SIM-1', status: 'paid', amount: 3000, paidAt: '2026-02-02T10:00:00+01:00' }
    : null,
});

const byType = (type: Flow, name: string): Example => ({
  name,
  description: `Il primo passo del flusso "${EXAMPLE_SERVICES[type].name}", con i passi del suo tipo.`,
  render: () => flow(type),
});

export const examples = defineExamples({
  access: {
    name: 'Accesso (simulato)',
    description:
      'Subito dopo la scheda, l’accesso con SPID o CIE (CSE.1.1). Nella demo l’accesso è simulato e lo dice.',
    render: () => flow('permessi-e-autorizzazioni', { ...demoBackOffices(false), citizen: null }),
  },
  permessi: byType('permessi-e-autorizzazioni', 'Permessi e autorizzazioni'),
  graduatoria: byType('domande-con-graduatoria', 'Domande con graduatoria'),
  pagamento: byType('servizi-a-pagamento', 'Servizi a pagamento'),
  vantaggi: byType('vantaggi-economici', 'Vantaggi economici'),
  dovuti: byType('pagamenti-dovuti', 'Pagamenti dovuti'),
  personal: {
    name: 'Dati generali',
    description:
      'I dati della persona dall’identità digitale: certificati in sola lettura, contatti modificabili (CSE.1.5).',
    render: () => flow('permessi-e-autorizzazioni', { initialDraft: at('personal') }),
  },
  specific: {
    name: 'Preferenze di servizio',
    description:
      'I campi propri del servizio, dichiarati come dati (condizioni, controlli, documenti).',
    render: () => flow('permessi-e-autorizzazioni', { initialDraft: at('specific') }),
  },
  payment: {
    name: 'Pagamento (simulato)',
    description:
      'L’importo, pagoPA e il pagamento (CSE.2.1). Nella demo il pagamento è simulato e lo dice.',
    render: () => flow('permessi-e-autorizzazioni', { initialDraft: at('payment') }),
  },
  completion: {
    name: 'Perfezionamento (graduatoria)',
    description:
      'Domande con graduatoria: dopo la graduatoria pubblicata, la domanda ammessa si perfeziona con i campi `completion` del servizio.',
    render: () => flow('domande-con-graduatoria', { completes: 'ISC-2026-001004' }),
  },
  recap: {
    name: 'Riepilogo',
    description: 'Tutti i dati su una schermata, con "Modifica" per ogni passo (CSE.1.4).',
    render: () => flow('permessi-e-autorizzazioni', { initialDraft: at('recap', true) }),
  },
});
