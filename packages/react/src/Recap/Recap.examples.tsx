import { defineExamples } from '../utils/examples.js';
import { Recap } from './Recap.js';

const noop = () => undefined;

export const examples = defineExamples({
  default: {
    name: 'Riepilogo',
    description:
      'Ogni valore inserito, per passo, con "Modifica" e la conferma della privacy (CSE.1.4).',
    render: () => (
      <Recap
        privacyHref="/privacy/"
        onSubmit={noop}
        groups={[
          {
            title: 'Luogo',
            onEdit: noop,
            items: [
              { label: 'Tipo di ufficio', value: 'Anagrafe e stato civile' },
              { label: 'Ufficio', value: 'Ufficio Anagrafe – Sede municipale' },
            ],
          },
          {
            title: 'Data e orario',
            onEdit: noop,
            items: [
              { label: 'Data', value: 'martedì 3 febbraio 2026' },
              { label: 'Orario', value: '09:00–09:30' },
            ],
          },
          {
            title: 'Richiedente',
            editHref: '/prenota/richiedente/',
            items: [
              { label: 'Nome', value: 'Maria' },
              { label: 'Cognome', value: 'Bianchi' },
              { label: 'Telefono', value: '' },
            ],
          },
        ]}
      />
    ),
  },
});
