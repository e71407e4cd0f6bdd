import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { AreaPersonale } from './AreaPersonale.js';
import { examples } from './AreaPersonale.examples.js';

const meta = {
  title: 'Servizi digitali/AreaPersonale',
  component: AreaPersonale,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'L\'area personale del cittadino in quattro schede (Scrivania, Messaggi, Attività, Servizi, pattern APG "tabs"): richieste con stato e fasi, bozze da riprendere, appuntamenti, pagamenti e messaggi.',
      },
    },
  },
} satisfies Meta<typeof AreaPersonale>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const StatoPerCodice: Story = story(examples.lookup) as Story;
