import { defineExamples } from '../utils/examples.js';
import { ContactCard } from './ContactCard.js';

export const examples = defineExamples({
  serviceArea: {
    name: 'Ufficio responsabile di un servizio',
    description: 'Sulla scheda servizio il nome dell’ufficio porta `service-area` (C.SI.2.2).',
    render: () => (
      <ContactCard
        serviceArea
        title="Ufficio Anagrafe"
        href="/amministrazione/uffici/anagrafe/"
        address="Piazza del Municipio 1, 10100"
        hours={['Lunedì–venerdì 9:00–12:30', 'Giovedì anche 14:30–17:00']}
        phone="(+39) 011 123 4567"
        email="anagrafe@comune.esempio.it"
        pec="anagrafe@pec.comune.esempio.it"
      />
    ),
  },
  contact: {
    name: 'Punto di contatto',
    render: () => <ContactCard title="Centralino" phone="011 123 0000" headingLevel={4} />,
  },
  links: {
    name: 'Con altri collegamenti',
    description: 'Dopo i recapiti, altri collegamenti: la pagina dell’ufficio, la sede, un sito.',
    render: () => (
      <ContactCard
        title="Biblioteca comunale"
        phone="011 123 0185"
        email="biblioteca@comune.esempio.it"
        links={[
          { label: 'Catalogo online', href: 'https://biblioteca.comune.esempio.it' },
          { label: 'Sede: Palazzo Civico', href: '/vivere-il-comune/luoghi/palazzo-civico/' },
        ]}
      />
    ),
  },
});
