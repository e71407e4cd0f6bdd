import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Checkbox } from './Checkbox.js';
import { examples } from './Checkbox.examples.js';

const meta = {
  title: 'Moduli/Checkbox',
  component: Checkbox,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Casella di controllo singola o gruppo di caselle con legenda ed errore.',
      },
    },
  },
} satisfies Meta<typeof Checkbox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Single: Story = story(examples.single) as Story;
export const WithError: Story = story(examples.error) as Story;
export const Group: Story = story(examples.group) as Story;
