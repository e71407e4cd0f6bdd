import { defineExamples } from '../utils/examples.js';
import { RequestReceipt } from './RequestReceipt.js';

export const examples = defineExamples({
  default: {
    name: 'Richiesta inviata',
    render: () => (
      <RequestReceipt
        code="RIC-2026-004217"
        service="Richiedere il contributo per i libri di testo"
        takenInCharge="2026-02-02T10:15:00+01:00"
        maxDays={30}
        notification="Riceverai l’esito via email all’indirizzo maria.bianchi@example.com e nella tua area personale."
        statusHref="/area-personale/richieste/RIC-2026-004217/"
      />
    ),
  },
});
