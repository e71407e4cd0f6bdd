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
});
