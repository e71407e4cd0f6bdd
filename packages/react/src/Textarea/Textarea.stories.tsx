import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Textarea } from './Textarea.js';
import { examples } from './Textarea.examples.js';

const meta = {
  title: 'Moduli/Area di testo',
  component: Textarea,
  tags: ['autodocs'],
} satisfies Meta<typeof Textarea>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Counter: Story = story(examples.counter) as Story;
export const WithError: Story = story(examples.error) as Story;
