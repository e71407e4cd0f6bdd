import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { RadioGroup } from './RadioGroup.js';
import { examples } from './RadioGroup.examples.js';

const meta = {
  title: 'Moduli/RadioGroup',
  component: RadioGroup,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Scelta singola tra più opzioni (pulsanti radio) in un gruppo con legenda ed errore.',
      },
    },
  },
} satisfies Meta<typeof RadioGroup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const Inline: Story = story(examples.inline) as Story;
export const WithError: Story = story(examples.error) as Story;
