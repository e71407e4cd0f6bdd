import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { SearchDialog } from './SearchDialog.js';
import { examples } from './SearchDialog.examples.js';

const meta = {
  title: 'Navigazione/SearchDialog',
  component: SearchDialog,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Finestra di ricerca del sito: si apre dall'header, porta il focus nel campo e si chiude con Esc.",
      },
    },
  },
} satisfies Meta<typeof SearchDialog>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Open: Story = story(examples.open) as Story;
