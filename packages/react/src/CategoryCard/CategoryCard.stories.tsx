import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { CategoryCard } from './CategoryCard.js';
import { examples } from './CategoryCard.examples.js';

const meta = {
  title: 'Contenuti/Card/CategoryCard',
  component: CategoryCard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Card di una categoria di servizi con descrizione e collegamento.',
      },
    },
  },
} satisfies Meta<typeof CategoryCard>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Service: Story = story(examples.service) as Story;
export const Management: Story = story(examples.management) as Story;
