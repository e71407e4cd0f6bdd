import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { CardList } from './CardList.js';
import { examples } from './CardList.examples.js';

const meta = {
  title: 'Contenuti/CardList',
  component: CardList,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Elenco di card con ricerca testuale, filtri e conteggio dei risultati annunciato.',
      },
    },
  },
} satisfies Meta<typeof CardList>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Services: Story = story(examples.services) as Story;
export const News: Story = story(examples.news) as Story;
export const StaticSite: Story = story(examples.staticSite) as Story;
export const Teasers: Story = story(examples.teasers) as Story;
const servicesPage = story<Story>(examples.servicesPage);
export const ServicesPage: Story = {
  ...servicesPage,
  parameters: { ...servicesPage.parameters, layout: 'fullscreen' },
};
