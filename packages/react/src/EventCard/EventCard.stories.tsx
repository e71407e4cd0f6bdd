import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { EventCard } from './EventCard.js';
import { examples } from './EventCard.examples.js';

const meta = {
  title: 'Contenuti/Card/EventCard',
  component: EventCard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Card di un evento con data, luogo e collegamento alla sua pagina.',
      },
    },
  },
} satisfies Meta<typeof EventCard>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Range: Story = story(examples.range) as Story;
export const Day: Story = story(examples.day) as Story;
