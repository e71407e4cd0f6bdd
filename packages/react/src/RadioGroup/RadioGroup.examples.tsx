import { defineExamples } from '../utils/examples.js';
import { RadioGroup } from './RadioGroup.js';

const offices = [
  {
    value: 'municipio',
    label: 'Ufficio Anagrafe – Sede municipale',
    hint: 'Piazza del Municipio 1, 00100 Esempio',
  },
  {
    value: 'borgo',
    label: 'Ufficio Anagrafe – Delegazione di Borgo San Rocco',
    hint: 'Via della Stazione 14, 00100 Esempio',
  },
];

export const examples = defineExamples({
  default: {
    name: 'Scelta singola',
    render: () => <RadioGroup label="Ufficio" name="ufficio" required options={offices} />,
  },
  inline: {
    name: 'In linea',
    render: () => (
      <RadioGroup
        label="Sei il diretto interessato?"
        name="interessato"
        inline
        defaultValue="si"
        options={[
          { value: 'si', label: 'Sì' },
          { value: 'no', label: 'No, agisco per conto di un’altra persona' },
        ]}
      />
    ),
  },
  error: {
    name: 'Con errore',
    render: () => (
      <RadioGroup
        label="Ufficio"
        name="ufficio"
        required
        options={offices}
        error="Seleziona l’ufficio"
      />
    ),
  },
});
