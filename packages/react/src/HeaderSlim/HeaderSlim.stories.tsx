import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { HeaderSlim } from './HeaderSlim.js';
import { examples } from './HeaderSlim.examples.js';

const meta = {
  title: 'Navigazione/Header/HeaderSlim',
  component: HeaderSlim,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Barra sottile in cima all'header: ente di appartenenza, lingua e accesso all'area personale.",
      },
    },
  },
} satisfies Meta<typeof HeaderSlim>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const SignedIn: Story = story(examples.signedIn) as Story;
