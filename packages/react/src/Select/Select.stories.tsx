import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Select } from './Select.js';
import { examples } from './Select.examples.js';

const meta = {
  title: 'Moduli/Select',
  component: Select,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Menu a tendina per scegliere un valore da un elenco, con etichetta ed errore.',
      },
    },
  },
} satisfies Meta<typeof Select>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const WithError: Story = story(examples.error) as Story;
