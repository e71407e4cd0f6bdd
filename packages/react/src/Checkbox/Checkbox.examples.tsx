import { defineExamples } from '../utils/examples.js';
import { Checkbox, CheckboxGroup } from './Checkbox.js';

export const examples = defineExamples({
  single: {
    name: 'Casella singola',
    render: () => (
      <Checkbox
        label="Voglio ricevere un promemoria via SMS"
        name="promemoria"
        hint="Il giorno prima dell’appuntamento."
      />
    ),
  },
  error: {
    name: 'Casella obbligatoria con errore',
    render: () => (
      <Checkbox
        label="Ho letto e compreso l’informativa sulla privacy"
        name="privacy"
        required
        error="Per proseguire conferma di aver letto l’informativa sulla privacy"
      />
    ),
  },
  group: {
    name: 'Gruppo di caselle',
    render: () => (
      <CheckboxGroup
        label="Come vuoi essere avvisato?"
        name="canali"
        hint="Scegli uno o più canali."
        defaultValue={['email']}
        options={[
          { value: 'email', label: 'Email' },
          { value: 'sms', label: 'SMS' },
          { value: 'app', label: 'App IO', hint: 'Serve l’app IO con lo SPID o la CIE.' },
        ]}
      />
    ),
  },
});
