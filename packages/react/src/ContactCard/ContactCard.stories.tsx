import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ContactCard } from './ContactCard.js';
import { examples } from './ContactCard.examples.js';

const meta = {
  title: 'Contenuti/Card/ContactCard',
  component: ContactCard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Card dei contatti di un ufficio: telefono, email, PEC e indirizzo, con collegamenti attivi.',
      },
    },
  },
} satisfies Meta<typeof ContactCard>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const ServiceArea: Story = story(examples.serviceArea) as Story;
export const Contact: Story = story(examples.contact) as Story;
export const Links: Story = story(examples.links) as Story;
