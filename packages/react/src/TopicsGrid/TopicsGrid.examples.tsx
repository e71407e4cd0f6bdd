import { defineExamples } from '../utils/examples.js';
import { TopicsGrid } from './TopicsGrid.js';

export const examples = defineExamples({
  all: {
    name: 'Tutti gli argomenti',
    description: 'I 64 argomenti del modello, ciascuno con `topic-element` (C.SI.1.5).',
    render: () => <TopicsGrid />,
  },
  some: {
    name: 'Alcuni argomenti',
    render: () => (
      <TopicsGrid
        headingLevel={3}
        topics={[
          {
            topic: 'Mobilità sostenibile',
            href: '/argomenti/mobilita-sostenibile/',
            description: 'Biciclette, bus, car sharing.',
          },
          { topic: 'Gestione rifiuti', href: '/argomenti/gestione-rifiuti/' },
          { topic: 'Tempo libero', href: '/argomenti/tempo-libero/' },
        ]}
      />
    ),
  },
});
