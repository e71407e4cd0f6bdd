import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { PersonCard } from './PersonCard.js';
import { examples } from './PersonCard.examples.js';

const meta = {
  title: 'Contenuti/Card/PersonCard',
  component: PersonCard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Card di una persona dell'amministrazione (sindaco, assessori, personale) con ruolo e collegamento alla sua pagina.",
      },
    },
  },
} satisfies Meta<typeof PersonCard>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Plain: Story = story(examples.plain) as Story;
