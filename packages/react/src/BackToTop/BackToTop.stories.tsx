import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { BackToTop } from './BackToTop.js';
import { examples } from './BackToTop.examples.js';

const meta = {
  title: 'Navigazione/BackToTop',
  component: BackToTop,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: { component: 'Pulsante "Torna su" che riporta all\'inizio della pagina.' },
    },
  },
} satisfies Meta<typeof BackToTop>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
