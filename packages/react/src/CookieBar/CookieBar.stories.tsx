import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { CookieBar } from './CookieBar.js';
import { examples } from './CookieBar.examples.js';

const meta = {
  title: 'Navigazione/CookieBar',
  component: CookieBar,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Informativa sui cookie con scelta di accettare o rifiutare, ricordata nel browser.',
      },
    },
  },
} satisfies Meta<typeof CookieBar>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
