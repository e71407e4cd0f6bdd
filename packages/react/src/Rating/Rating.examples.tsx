import { defineExamples } from '../utils/examples.js';
import { Rating } from './Rating.js';

export const examples = defineExamples({
  default: {
    name: 'Valutazione della pagina',
    description:
      'Il componente di valutazione richiesto da C.SI.2.5 e C.SI.2.6: stessa domanda su ogni pagina, ' +
      'domande di approfondimento presenti dal primo caricamento e mostrate subito al clic.',
    render: () => <Rating />,
  },
  level3: {
    name: 'Dentro una sezione (titolo h3)',
    render: () => <Rating headingLevel={3} maxLength={120} />,
  },
});
