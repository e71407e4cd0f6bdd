import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { PlaceCard } from './PlaceCard.js';
import { examples } from './PlaceCard.examples.js';

const meta = {
  title: 'Contenuti/Card/PlaceCard',
  component: PlaceCard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: { component: 'Card di un luogo con indirizzo e collegamento alla sua pagina.' },
    },
  },
} satisfies Meta<typeof PlaceCard>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
