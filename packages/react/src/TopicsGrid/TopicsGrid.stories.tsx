import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { TopicsGrid } from './TopicsGrid.js';
import { examples } from './TopicsGrid.examples.js';

const meta = {
  title: 'Contenuti/Argomenti/TopicsGrid',
  component: TopicsGrid,
  tags: ['autodocs'],
  parameters: {
    docs: { description: { component: 'Griglia degli argomenti in evidenza del sito.' } },
  },
} satisfies Meta<typeof TopicsGrid>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const All: Story = story(examples.all) as Story;
export const Some: Story = story(examples.some) as Story;
