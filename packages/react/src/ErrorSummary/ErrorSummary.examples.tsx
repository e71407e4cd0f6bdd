import { TextField } from '../TextField/TextField.js';
import { defineExamples } from '../utils/examples.js';
import { ErrorSummary } from './ErrorSummary.js';

export const examples = defineExamples({
  default: {
    name: 'Riepilogo degli errori',
    description:
      'Compare all’invio, prende il focus e porta a ogni campo in errore. Qui senza focus automatico.',
    render: () => (
      <form noValidate>
        <ErrorSummary
          focusOnChange={false}
          errors={[
            { fieldId: 'es-nome', message: 'Inserisci il nome' },
            {
              fieldId: 'es-email',
              message: 'Inserisci un indirizzo email valido, ad esempio nome@esempio.it',
            },
          ]}
        />
        <TextField id="es-nome" label="Nome" required error="Inserisci il nome" />
        <TextField
          id="es-email"
          label="Email"
          type="email"
          required
          defaultValue="mario@"
          error="Inserisci un indirizzo email valido, ad esempio nome@esempio.it"
        />
      </form>
    ),
  },
});
