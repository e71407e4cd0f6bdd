import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { RequestStatus } from './RequestStatus.js';
import { examples } from './RequestStatus.examples.js';

const meta = {
  title: 'Servizi digitali/RequestStatus',
  component: RequestStatus,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'Stato di una richiesta inviata al comune, con le tappe già compiute.',
      },
    },
  },
} satisfies Meta<typeof RequestStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const Lookup: Story = story(examples.lookup) as Story;
