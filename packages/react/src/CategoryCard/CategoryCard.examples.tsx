import { defineExamples } from '../utils/examples.js';
import { CategoryCard } from './CategoryCard.js';

export const examples = defineExamples({
  service: {
    name: 'Categoria di servizi',
    description: 'Sulla pagina Servizi il collegamento porta `service-category-link` (C.SI.1.7).',
    render: () => (
      <CategoryCard
        section="all-services"
        title="Anagrafe e stato civile"
        href="/servizi/anagrafe-e-stato-civile/"
        description="Cambio di residenza, certificati, carta d’identità, matrimoni."
        links={[
          { label: 'Carta d’identità elettronica', href: '/servizi/carta-identita-elettronica/' },
          { label: 'Cambio di residenza', href: '/servizi/cambio-di-residenza/' },
        ]}
      />
    ),
  },
  management: {
    name: 'Sezione di Amministrazione',
    render: () => (
      <CategoryCard
        section="management"
        title="Uffici"
        href="/amministrazione/uffici/"
        description="Gli uffici comunali, i loro orari e i loro contatti."
      />
    ),
  },
});
