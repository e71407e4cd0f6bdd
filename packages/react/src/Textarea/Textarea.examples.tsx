import { defineExamples } from '../utils/examples.js';
import { Textarea } from './Textarea.js';

export const examples = defineExamples({
  counter: {
    name: 'Con contatore di caratteri',
    render: () => (
      <Textarea
        label="Dettagli"
        name="dettagli"
        hint="Descrivi brevemente di cosa hai bisogno."
        maxLength={200}
        required
        defaultValue="Rinnovo della carta d’identità scaduta."
      />
    ),
  },
  error: {
    name: 'Con errore',
    render: () => (
      <Textarea
        label="Descrizione del disservizio"
        name="descrizione"
        required
        error="Inserisci la descrizione del disservizio"
      />
    ),
  },
});
