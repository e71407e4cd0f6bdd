import { defineExamples } from '../utils/examples.js';
import { ContactsBox } from './ContactsBox.js';

export const examples = defineExamples({
  default: {
    name: 'Contatta il comune',
    description: '“Prenota appuntamento” è un collegamento con `appointment-booking` (C.SI.2.1).',
    render: () => (
      <ContactsBox
        faqHref="/domande-frequenti/"
        assistanceHref="/servizi/richiesta-assistenza/"
        tollFreeNumber="800 123 456"
        bookingHref="/servizi/prenotazione-appuntamento/"
        reportHref="/servizi/segnalazione-disservizio/"
      />
    ),
  },
  minimal: {
    name: 'Solo prenotazione',
    render: () => <ContactsBox bookingHref="/prenota/" />,
  },
});
