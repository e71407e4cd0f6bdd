import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Header } from './Header.js';
import { examples } from './Header.examples.js';

const meta = {
  title: 'Navigazione/Header',
  component: Header,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Intestazione completa del sito del comune: barra dell'ente, nome del comune, ricerca e menu principale.",
      },
    },
  },
} satisfies Meta<typeof Header>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const VivereNome: Story = story(examples.vivereNome) as Story;
