import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { PageHeading } from './PageHeading.js';
import { examples } from './PageHeading.examples.js';

const meta = {
  title: 'Navigazione/PageHeading',
  component: PageHeading,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Titolo della pagina (h1) con sottotitolo e data di aggiornamento.',
      },
    },
  },
} satisfies Meta<typeof PageHeading>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Actions: Story = story(examples.actions) as Story;
export const Contained: Story = story(examples.contained) as Story;
