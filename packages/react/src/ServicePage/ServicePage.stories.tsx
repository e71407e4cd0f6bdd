import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ServicePage } from './ServicePage.js';
import { examples } from './ServicePage.examples.js';

const meta = {
  title: 'Contenuti/ServicePage',
  component: ServicePage,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Parti della scheda di un servizio al cittadino secondo il Modello Comuni: intestazione, indice, sezioni, tempi e dati strutturati.',
      },
    },
  },
} satisfies Meta<typeof ServicePage>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Full: Story = story(examples.full) as Story;
export const Minimal: Story = story(examples.minimal) as Story;
