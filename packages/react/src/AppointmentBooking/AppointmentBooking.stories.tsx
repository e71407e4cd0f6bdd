import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { AppointmentBooking } from './AppointmentBooking.js';
import { examples } from './AppointmentBooking.examples.js';

const meta = {
  title: 'Servizi digitali/AppointmentBooking',
  component: AppointmentBooking,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Prenotazione di un appuntamento con un ufficio, in più passaggi, con bozza salvata e riepilogo.',
      },
    },
  },
} satisfies Meta<typeof AppointmentBooking>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const SignedIn: Story = story(examples.signedIn) as Story;
export const SubmitFails: Story = story(examples.submitFails) as Story;
export const SlotTaken: Story = story(examples.slotTaken) as Story;
export const Slow: Story = story(examples.slow) as Story;
export const LoadFails: Story = story(examples.loadFails) as Story;
