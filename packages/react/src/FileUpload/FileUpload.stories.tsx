import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { FileUpload } from './FileUpload.js';
import { examples } from './FileUpload.examples.js';

const meta = {
  title: 'Moduli/Caricamento di file',
  component: FileUpload,
  tags: ['autodocs'],
} satisfies Meta<typeof FileUpload>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const WithError: Story = story(examples.error) as Story;
