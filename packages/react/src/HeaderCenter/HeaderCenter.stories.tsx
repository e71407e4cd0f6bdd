import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { HeaderCenter } from './HeaderCenter.js';
import { examples } from './HeaderCenter.examples.js';

const meta = {
  title: 'Navigazione/Header/HeaderCenter',
  component: HeaderCenter,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: "Parte centrale dell'header: stemma, nome del comune, social e ricerca.",
      },
    },
  },
} satisfies Meta<typeof HeaderCenter>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Minimal: Story = story(examples.minimal) as Story;
