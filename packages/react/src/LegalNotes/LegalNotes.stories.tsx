import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { LegalNotes } from './LegalNotes.js';
import { examples } from './LegalNotes.examples.js';

const meta = {
  title: 'Navigazione/LegalNotes',
  component: LegalNotes,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Note legali e link obbligatori a piè di pagina (privacy, accessibilità, note legali).',
      },
    },
  },
} satisfies Meta<typeof LegalNotes>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
