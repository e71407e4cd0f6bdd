import { defineExamples } from '../utils/examples.js';
import { SecondLevelLinks } from './SecondLevelLinks.js';

export const examples = defineExamples({
  management: {
    name: 'Amministrazione',
    description: 'Le 7 sezioni, link con management-category-link.',
    render: () => <SecondLevelLinks section="management" />,
  },
  news: {
    name: 'Novità',
    render: () => <SecondLevelLinks section="news" />,
  },
  services: {
    name: 'Servizi',
    description: 'Le 15 categorie di servizio, link con service-category-link.',
    render: () => <SecondLevelLinks section="all-services" />,
  },
  live: {
    name: 'Vivere il Comune',
    description:
      '"Tutti i luoghi" e "Tutti gli eventi" (live-button-locations, live-button-events).',
    render: () => <SecondLevelLinks section="live" />,
  },
});
