import { defineExamples } from '../utils/examples.js';
import { exampleSite } from '../PageFrame/PageFrame.examples.js';
import { Footer } from './Footer.js';
import { footerSections } from './sections.js';

export const examples = defineExamples({
  default: {
    name: 'Footer completo',
    description:
      'Le sezioni con i link di secondo livello, i contatti, i social e i link legali con i loro data-element.',
    render: () => <Footer {...exampleSite.footer} sections={footerSections()} />,
  },
  minimal: {
    name: 'Essenziale',
    description:
      'Solo i dati obbligatori (nome e dichiarazione di accessibilità): senza sezioni, contatti e social.',
    render: () => (
      <Footer
        name="Comune di Esempio"
        legalLinks={{ accessibility: 'https://form.agid.gov.it/view/esempio' }}
      />
    ),
  },
});
