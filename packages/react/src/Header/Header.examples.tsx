import { defineExamples } from '../utils/examples.js';
import { exampleSite } from '../PageFrame/PageFrame.examples.js';
import { Header } from './Header.js';

export const examples = defineExamples({
  default: {
    name: 'Header completo',
    description:
      'Slim header, marchio con social e ricerca, menu di primo livello con i megamenu di secondo livello.',
    render: () => <Header {...exampleSite.header} />,
  },
  vivereNome: {
    name: 'Con "Vivere {nome}"',
    render: () => (
      <Header
        {...exampleSite.header}
        navbar={{ ...exampleSite.header.navbar, liveLabel: 'Vivere Esempio' }}
      />
    ),
  },
});
