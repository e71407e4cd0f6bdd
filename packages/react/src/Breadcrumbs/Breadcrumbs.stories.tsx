import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Breadcrumbs } from './Breadcrumbs.js';
import { examples } from './Breadcrumbs.examples.js';

const meta = {
  title: 'Navigazione/Breadcrumbs',
  component: Breadcrumbs,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Percorso di navigazione (briciole di pane) dalla home alla pagina corrente.',
      },
    },
  },
} satisfies Meta<typeof Breadcrumbs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ServicePage: Story = story(examples.servicePage) as Story;
export const Short: Story = story(examples.short) as Story;
export const Long: Story = story(examples.long) as Story;
