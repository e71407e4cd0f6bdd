import { defineExamples } from '../utils/examples.js';
import { NewsCard } from './NewsCard.js';

export const examples = defineExamples({
  default: {
    name: 'Notizia',
    render: () => (
      <NewsCard
        type="Comunicati"
        date="2025-03-14"
        title="Nuovi orari dello sportello anagrafe"
        href="/novita/nuovi-orari-anagrafe/"
        description="Da lunedì lo sportello apre anche il giovedì pomeriggio."
      />
    ),
  },
  withImage: {
    name: 'Notizia con immagine',
    render: () => (
      <NewsCard
        type="Notizie"
        date="2025-05-02"
        title="Riapre il parco del Valentino"
        href="/novita/riapre-il-parco/"
        image={{
          src: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 9%22%3E%3Crect width=%2216%22 height=%229%22 fill=%22%2306c%22/%3E%3C/svg%3E',
          alt: 'Il viale principale del parco',
        }}
      />
    ),
  },
});
