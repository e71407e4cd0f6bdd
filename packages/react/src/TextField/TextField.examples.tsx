import { defineExamples } from '../utils/examples.js';
import { TextField } from './TextField.js';

export const examples = defineExamples({
  default: {
    name: 'Testo',
    render: () => <TextField label="Nome" name="nome" autoComplete="given-name" required />,
  },
  hint: {
    name: 'Con suggerimento',
    render: () => (
      <TextField
        label="Codice fiscale"
        name="cf"
        hint="16 caratteri, come sulla tessera sanitaria"
        autoComplete="off"
        required
      />
    ),
  },
  error: {
    name: 'Con errore',
    description: 'L’errore è legato al campo con aria-describedby e aria-invalid.',
    render: () => (
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        required
        defaultValue="mario.rossi@"
        error="Inserisci un indirizzo email valido, ad esempio nome@esempio.it"
      />
    ),
  },
  types: {
    name: 'Telefono, numero, data',
    render: () => (
      <>
        <TextField label="Telefono" type="tel" name="tel" autoComplete="tel" />
        <TextField
          label="Componenti del nucleo familiare"
          type="number"
          name="n"
          min={1}
          max={20}
        />
        <TextField label="Data di nascita" type="date" name="nascita" autoComplete="bday" />
      </>
    ),
  },
});
