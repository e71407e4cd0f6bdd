import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ErrorSummary } from './ErrorSummary.js';
import { examples } from './ErrorSummary.examples.js';

const meta = {
  title: 'Moduli/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Riepilogo degli errori di un modulo all'invio: riceve il focus e collega ogni errore al suo campo.",
      },
    },
  },
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
