import { defineExamples } from '../utils/examples.js';
import { TopicCard } from './TopicCard.js';

export const examples = defineExamples({
  default: {
    name: 'Argomento',
    render: () => (
      <TopicCard
        topic="Mobilità sostenibile"
        href="/argomenti/mobilita-sostenibile/"
        description="Piste ciclabili, trasporto pubblico, car sharing."
      />
    ),
  },
  withLinks: {
    name: 'Argomento in evidenza, con immagine e collegamenti',
    render: () => (
      <TopicCard
        topic="Mobilità sostenibile"
        href="/argomenti/mobilita-sostenibile/"
        description="Piste ciclabili, trasporto pubblico, car sharing."
        image={{
          src: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%22160%22 height=%2290%22%3E%3Crect width=%22160%22 height=%2290%22 fill=%22%2390c67c%22/%3E%3C/svg%3E',
          alt: 'Una pista ciclabile tra gli alberi',
          width: 160,
          height: 90,
        }}
        links={[
          { label: 'Permesso ZTL', href: '/servizi/mobilita-e-trasporti/permesso-ztl/' },
          { label: 'Nuova pista ciclabile stazione-centro', href: '/novita/notizie/pista/' },
        ]}
      />
    ),
  },
});
