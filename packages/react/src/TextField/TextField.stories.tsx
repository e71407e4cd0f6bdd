import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { TextField } from './TextField.js';
import { examples } from './TextField.examples.js';

const meta = {
  title: 'Moduli/TextField',
  component: TextField,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: "Campo di testo su una riga con etichetta, aiuto e messaggio d'errore.",
      },
    },
  },
} satisfies Meta<typeof TextField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const Hint: Story = story(examples.hint) as Story;
export const WithError: Story = story(examples.error) as Story;
export const Types: Story = story(examples.types) as Story;
