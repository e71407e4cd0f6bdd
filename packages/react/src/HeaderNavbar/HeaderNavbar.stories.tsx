import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { HeaderNavbar } from './HeaderNavbar.js';
import { examples } from './HeaderNavbar.examples.js';

const meta = {
  title: 'Navigazione/Header/HeaderNavbar',
  component: HeaderNavbar,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Menu principale del sito con le quattro sezioni del Modello Comuni, anche su mobile.',
      },
    },
  },
} satisfies Meta<typeof HeaderNavbar>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const CustomLive: Story = story(examples.customLive) as Story;
export const ExtraItems: Story = story(examples.extraItems) as Story;
export const LongExtraItem: Story = story(examples.longExtraItem) as Story;
