import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Footer } from './Footer.js';
import { examples } from './Footer.examples.js';

const meta = {
  title: 'Navigazione/Footer',
  component: Footer,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Piè di pagina del sito del comune: contatti, sezioni, social e note legali.',
      },
    },
  },
} satisfies Meta<typeof Footer>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Minimal: Story = story(examples.minimal) as Story;
