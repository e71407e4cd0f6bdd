import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { TopicCard } from './TopicCard.js';
import { examples } from './TopicCard.examples.js';

const meta = {
  title: 'Contenuti/Card/TopicCard',
  component: TopicCard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: { component: 'Card di un argomento con icona, descrizione e collegamento.' },
    },
  },
} satisfies Meta<typeof TopicCard>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const WithLinks: Story = story(examples.withLinks) as Story;
