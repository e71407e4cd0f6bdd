import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Textarea } from './Textarea.js';
import { examples } from './Textarea.examples.js';

const meta = {
  title: 'Moduli/Textarea',
  component: Textarea,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Area di testo su più righe con etichetta, aiuto, contatore dei caratteri e messaggio d'errore.",
      },
    },
  },
} satisfies Meta<typeof Textarea>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Counter: Story = story(examples.counter) as Story;
export const WithError: Story = story(examples.error) as Story;
