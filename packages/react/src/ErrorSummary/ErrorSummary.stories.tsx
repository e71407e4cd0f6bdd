import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ErrorSummary } from './ErrorSummary.js';
import { examples } from './ErrorSummary.examples.js';

const meta = {
  title: 'Moduli/Riepilogo degli errori',
  component: ErrorSummary,
  tags: ['autodocs'],
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
