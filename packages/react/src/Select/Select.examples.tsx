import { defineExamples } from '../utils/examples.js';
import { Select } from './Select.js';

const options = [
  { value: 'anagrafe', label: 'Anagrafe e stato civile' },
  { value: 'tributi', label: 'Tributi' },
  { value: 'edilizia', label: 'Edilizia e urbanistica' },
];

export const examples = defineExamples({
  default: {
    name: 'Selezione',
    render: () => <Select label="Tipo di ufficio" name="tipo" required options={options} />,
  },
  error: {
    name: 'Con errore',
    render: () => (
      <Select
        label="Tipo di ufficio"
        name="tipo"
        required
        hint="Scegli l’area che segue la tua pratica."
        options={options}
        error="Seleziona il tipo di ufficio"
      />
    ),
  },
});
