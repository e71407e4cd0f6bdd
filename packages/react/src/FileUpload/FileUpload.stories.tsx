import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { FileUpload } from './FileUpload.js';
import { examples } from './FileUpload.examples.js';

const meta = {
  title: 'Moduli/FileUpload',
  component: FileUpload,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Caricamento di file con formati e dimensione massima dichiarati, elenco dei file e rimozione.',
      },
    },
  },
} satisfies Meta<typeof FileUpload>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const WithError: Story = story(examples.error) as Story;
