import { defineExamples } from '../utils/examples.js';
import { PersonCard } from './PersonCard.js';

export const examples = defineExamples({
  default: {
    name: 'Persona',
    render: () => (
      <PersonCard
        name="Giulia Rossi"
        jobTitle="Sindaca"
        href="/amministrazione/politici/giulia-rossi/"
        image={{
          src: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 1 1%22%3E%3Crect width=%221%22 height=%221%22 fill=%22%23ccc%22/%3E%3C/svg%3E',
        }}
      />
    ),
  },
  plain: {
    name: 'Senza foto né collegamento',
    render: () => <PersonCard name="Marco Bianchi" jobTitle="Responsabile dell’Ufficio Tributi" />,
  },
});
