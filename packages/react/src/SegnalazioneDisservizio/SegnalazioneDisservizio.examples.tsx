import { SIMULATED_CITIZEN } from '../service-contracts/identity.js';
import { demoBackOffices } from '../ServiceFlow/ServiceFlow.examples.js';
import { defineExamples } from '../utils/examples.js';
import { SegnalazioneDisservizio } from './SegnalazioneDisservizio.js';

export const examples = defineExamples({
  default: {
    name: 'Segnalazione disservizio',
    description:
      'Autorizzazioni e condizioni, dati di segnalazione (categoria, luogo, descrizione, foto), riepilogo, conferma con codice (C.SI.2.4).',
    render: () => {
      const { api, identity } = demoBackOffices();
      return (
        <SegnalazioneDisservizio
          api={api}
          identity={identity}
          citizen={SIMULATED_CITIZEN}
          draftStore={null}
          privacyHref="/privacy/"
          statusHref="/area-personale/"
        />
      );
    },
  },
  data: {
    name: 'Dati di segnalazione',
    description: 'Il secondo passo: categoria, luogo, titolo, descrizione e foto.',
    render: () => {
      const { api, identity } = demoBackOffices();
      return (
        <SegnalazioneDisservizio
          api={api}
          identity={identity}
          citizen={SIMULATED_CITIZEN}
          draftStore={null}
          privacyHref="/privacy/"
          statusHref="/area-personale/"
          initialDraft={{
            at: 'specific',
            reached: ['privacy', 'specific'],
            values: { privacy: true },
            payment: null,
          }}
        />
      );
    },
  },
});
