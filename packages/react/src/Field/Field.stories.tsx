import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { RequiredFieldsNote } from './Field.js';
import { examples } from './Field.examples.js';

const meta = {
  title: 'Moduli/Campi obbligatori',
  component: RequiredFieldsNote,
  tags: ['autodocs'],
} satisfies Meta<typeof RequiredFieldsNote>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RequiredNote: Story = story(examples.requiredNote) as Story;
