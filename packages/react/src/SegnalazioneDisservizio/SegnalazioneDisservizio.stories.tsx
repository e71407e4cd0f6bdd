import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { SegnalazioneDisservizio } from './SegnalazioneDisservizio.js';
import { examples } from './SegnalazioneDisservizio.examples.js';

const meta = {
  title: 'Servizi digitali/SegnalazioneDisservizio',
  component: SegnalazioneDisservizio,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'La segnalazione di un disservizio (C.SI.2.4) come flusso: informativa, categoria, luogo, descrizione, foto, riepilogo e conferma con codice.',
      },
    },
  },
} satisfies Meta<typeof SegnalazioneDisservizio>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const DatiDiSegnalazione: Story = story(examples.data) as Story;
