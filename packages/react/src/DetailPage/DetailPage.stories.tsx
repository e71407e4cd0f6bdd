import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { DetailPage } from './DetailPage.js';
import { examples } from './DetailPage.examples.js';

const meta = {
  title: 'Contenuti/DetailPage',
  component: DetailPage,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Corpo di una pagina di dettaglio (luogo, evento, unità organizzativa, persona, documento, notizia): indice della pagina e sezioni tratti da una sola lista.',
      },
    },
  },
} satisfies Meta<typeof DetailPage>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Place: Story = story(examples.place) as Story;
export const Collapsible: Story = story(examples.collapsible) as Story;
