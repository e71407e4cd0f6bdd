import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Faq } from './Faq.js';
import { examples } from './Faq.examples.js';

const meta = {
  title: 'Contenuti/Faq',
  component: Faq,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Domande frequenti in una fisarmonica: ogni domanda apre e chiude la sua risposta.',
      },
    },
  },
} satisfies Meta<typeof Faq>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Open: Story = story(examples.open) as Story;
export const Details: Story = story(examples.details) as Story;
