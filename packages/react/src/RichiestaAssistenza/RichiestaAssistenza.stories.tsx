import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { RichiestaAssistenza } from './RichiestaAssistenza.js';
import { examples } from './RichiestaAssistenza.examples.js';

const meta = {
  title: 'Servizi digitali/RichiestaAssistenza',
  component: RichiestaAssistenza,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'La richiesta di assistenza del modello (assistenza-01-dati, assistenza-02-conferma): chi scrive, su quale servizio o ufficio, il messaggio, l’informativa sulla privacy e la conferma con il codice della richiesta. I dati inseriti restano in bozza fino all’invio.',
      },
    },
  },
} satisfies Meta<typeof RichiestaAssistenza>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const NoLogin: Story = story(examples.noLogin) as Story;
