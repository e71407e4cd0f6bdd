import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { RequestReceipt } from './RequestReceipt.js';
import { examples } from './RequestReceipt.examples.js';

const meta = {
  title: 'Servizi digitali/RequestReceipt',
  component: RequestReceipt,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Ricevuta di una richiesta inviata: numero di protocollo, data e prossimi passi.',
      },
    },
  },
} satisfies Meta<typeof RequestReceipt>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
