import { defineExamples } from '../utils/examples.js';
import { EventCard } from './EventCard.js';

export const examples = defineExamples({
  range: {
    name: 'Evento su più giorni',
    render: () => (
      <EventCard
        title="Festa di primavera"
        href="/vivere/eventi/festa-di-primavera/"
        start="2025-05-03"
        end="2025-05-05"
        place="Piazza del Municipio"
        description="Tre giorni di musica, mercatini e laboratori per bambini."
      />
    ),
  },
  day: {
    name: 'Evento di un giorno',
    render: () => (
      <EventCard
        title="Consiglio comunale aperto"
        href="/vivere/eventi/consiglio/"
        start="2025-06-12"
      />
    ),
  },
});
