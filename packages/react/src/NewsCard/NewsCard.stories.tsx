import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { NewsCard } from './NewsCard.js';
import { examples } from './NewsCard.examples.js';

const meta = {
  title: 'Contenuti/Card/NewsCard',
  component: NewsCard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Card di una notizia o di un comunicato con data e tipo di contenuto.',
      },
    },
  },
} satisfies Meta<typeof NewsCard>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const WithImage: Story = story(examples.withImage) as Story;
