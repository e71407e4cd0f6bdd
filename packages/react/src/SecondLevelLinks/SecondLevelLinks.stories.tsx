import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { SecondLevelLinks } from './SecondLevelLinks.js';
import { examples } from './SecondLevelLinks.examples.js';

const meta = {
  title: 'Navigazione/SecondLevelLinks',
  component: SecondLevelLinks,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Pagina di secondo livello: i collegamenti alle pagine della sezione.',
      },
    },
  },
} satisfies Meta<typeof SecondLevelLinks>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Management: Story = story(examples.management) as Story;
export const News: Story = story(examples.news) as Story;
export const Services: Story = story(examples.services) as Story;
export const Live: Story = story(examples.live) as Story;
