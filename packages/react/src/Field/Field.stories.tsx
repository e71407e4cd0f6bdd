import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { RequiredFieldsNote } from './Field.js';
import { examples } from './Field.examples.js';

const meta = {
  title: 'Moduli/Field',
  component: RequiredFieldsNote,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Struttura comune dei campi dei moduli: etichetta, indicazione di obbligatorietà, aiuto ed errore.',
      },
    },
  },
} satisfies Meta<typeof RequiredFieldsNote>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RequiredNote: Story = story(examples.requiredNote) as Story;
