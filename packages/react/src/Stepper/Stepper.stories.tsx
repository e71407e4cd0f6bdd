import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Stepper } from './Stepper.js';
import { examples } from './Stepper.examples.js';

const meta = {
  title: 'Servizi digitali/Passaggi',
  component: Stepper,
  tags: ['autodocs'],
} satisfies Meta<typeof Stepper>;
export default meta;
type Story = StoryObj<typeof meta>;

export const First: Story = story(examples.first) as Story;
export const Middle: Story = story(examples.middle) as Story;
