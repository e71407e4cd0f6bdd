import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Select } from './Select.js';
import { examples } from './Select.examples.js';

const meta = {
  title: 'Moduli/Selezione',
  component: Select,
  tags: ['autodocs'],
} satisfies Meta<typeof Select>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const WithError: Story = story(examples.error) as Story;
