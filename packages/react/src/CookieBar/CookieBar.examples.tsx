import { defineExamples } from '../utils/examples.js';
import { CookieBar } from './CookieBar.js';

export const examples = defineExamples({
  default: {
    name: 'Cookie bar',
    description:
      'Solo cookie tecnici finché il visitatore non sceglie; "Accetta" e "Rifiuta" hanno lo stesso peso; la scelta resta nel localStorage del sito.',
    render: () => (
      <CookieBar
        policyHref="/informativa-privacy/#cookie"
        storageKey="piazza-cookie-consent-esempio"
      />
    ),
  },
});
