import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ServiceCard } from './ServiceCard.js';
import { examples } from './ServiceCard.examples.js';

const meta = {
  title: 'Contenuti/Card/ServiceCard',
  component: ServiceCard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Card di un servizio al cittadino con categoria e collegamento alla scheda.',
      },
    },
  },
} satisfies Meta<typeof ServiceCard>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Minimal: Story = story(examples.minimal) as Story;
