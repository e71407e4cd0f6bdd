import { defineExamples } from '../utils/examples.js';
import { SkipLinks } from './SkipLinks.js';

export const examples = defineExamples({
  default: {
    name: 'Skip link',
    description: 'Visibili solo al focus da tastiera: premi Tab.',
    render: () => (
      <>
        <SkipLinks />
        <div id="main-content" tabIndex={-1}>
          <p>Contenuto</p>
        </div>
        <div id="footer" tabIndex={-1}>
          <p>Footer</p>
        </div>
      </>
    ),
  },
});
