import { defineExamples } from '../utils/examples.js';
import { ServiceCard } from './ServiceCard.js';

export const examples = defineExamples({
  default: {
    name: 'Scheda di un servizio',
    description:
      'Il titolo è il collegamento `service-link` che il controllo raccoglie (C.SI.1.3).',
    render: () => (
      <ServiceCard
        title="Richiedere la carta d’identità elettronica"
        href="/servizi/carta-identita-elettronica/"
        category="Anagrafe e stato civile"
        categoryHref="/servizi/anagrafe-e-stato-civile/"
        description="Come richiedere la CIE, il documento di riconoscimento con microchip."
      />
    ),
  },
  minimal: {
    name: 'Solo titolo',
    render: () => (
      <ServiceCard title="Pagare la TARI" href="/servizi/pagare-la-tari/" headingLevel={2} />
    ),
  },
});
