import { defineExamples } from '../utils/examples.js';
import { BackToTop } from './BackToTop.js';

export const examples = defineExamples({
  default: {
    name: 'Torna su',
    description: 'Appare dopo 400 px di scorrimento (qui dopo 0, per mostrarlo).',
    render: () => (
      <div id="top">
        <p>Inizio della pagina</p>
        <BackToTop threshold={-1} />
      </div>
    ),
  },
});
