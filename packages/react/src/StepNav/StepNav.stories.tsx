import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { StepNav } from './StepNav.js';
import { examples } from './StepNav.examples.js';

const meta = {
  title: 'Servizi digitali/StepNav',
  component: StepNav,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Pulsanti Indietro/Avanti in fondo a ogni passaggio di un servizio digitale.',
      },
    },
  },
} satisfies Meta<typeof StepNav>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Middle: Story = story(examples.middle) as Story;
export const Last: Story = story(examples.last) as Story;
export const Busy: Story = story(examples.busy) as Story;
