import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ContactsBox } from './ContactsBox.js';
import { examples } from './ContactsBox.examples.js';

const meta = {
  title: 'Contenuti/ContactsBox',
  component: ContactsBox,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Riquadro "Contatta il comune" con i canali di contatto e di segnalazione.',
      },
    },
  },
} satisfies Meta<typeof ContactsBox>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Minimal: Story = story(examples.minimal) as Story;
