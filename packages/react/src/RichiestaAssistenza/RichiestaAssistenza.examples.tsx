import { defineExamples } from '../utils/examples.js';
import { MemoryAssistanceProvider } from './MemoryAssistanceProvider.js';
import { RichiestaAssistenza } from './RichiestaAssistenza.js';
import type { AssistanceCategory } from './types.js';

/** Categories of the examples: two with their services, one office alone. */
export const EXAMPLE_ASSISTANCE_CATEGORIES: AssistanceCategory[] = [
  {
    id: 'anagrafe-e-stato-civile',
    name: 'Anagrafe e stato civile',
    services: [
      { id: 'carta-identita-elettronica', name: 'Carta d’identità elettronica' },
      { id: 'cambio-di-residenza', name: 'Cambio di residenza' },
    ],
  },
  {
    id: 'tributi',
    name: 'Tributi, finanze e contravvenzioni',
    services: [
      { id: 'tari', name: 'Tassa sui rifiuti (TARI)' },
      { id: 'imu', name: 'Imposta municipale (IMU)' },
    ],
  },
  { id: 'urp', name: 'Ufficio relazioni con il pubblico' },
];

export const examples = defineExamples({
  default: {
    name: 'Richiesta di assistenza',
    description:
      'Richiedente (nome, cognome, email), richiesta (categoria, servizio, dettagli), informativa sulla privacy e invio; la conferma mostra il codice della richiesta.',
    render: () => (
      <RichiestaAssistenza
        provider={new MemoryAssistanceProvider()}
        categories={EXAMPLE_ASSISTANCE_CATEGORIES}
        privacyHref="/privacy/"
        loginHref="/area-personale/"
        draftStore={null}
      />
    ),
  },
  noLogin: {
    name: 'Senza accesso',
    description: 'Senza il link all’accesso con SPID o CIE e con titoli di livello 3.',
    render: () => (
      <RichiestaAssistenza
        provider={new MemoryAssistanceProvider()}
        categories={EXAMPLE_ASSISTANCE_CATEGORIES}
        privacyHref="/privacy/"
        draftStore={null}
        headingLevel={3}
      />
    ),
  },
});
