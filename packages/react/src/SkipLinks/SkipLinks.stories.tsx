import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { SkipLinks } from './SkipLinks.js';
import { examples } from './SkipLinks.examples.js';

const meta = {
  title: 'Navigazione/SkipLinks',
  component: SkipLinks,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Link di salto al contenuto e al piè di pagina, visibili al primo Tab.',
      },
    },
  },
} satisfies Meta<typeof SkipLinks>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
