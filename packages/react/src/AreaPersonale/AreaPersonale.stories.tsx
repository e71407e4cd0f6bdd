import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { AreaPersonale } from './AreaPersonale.js';
import { examples } from './AreaPersonale.examples.js';

const meta = {
  title: 'Servizi digitali/Area personale',
  component: AreaPersonale,
  tags: ['autodocs'],
} satisfies Meta<typeof AreaPersonale>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
export const StatoPerCodice: Story = story(examples.lookup) as Story;
