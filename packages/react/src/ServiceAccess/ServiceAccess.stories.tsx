import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ServiceAccess } from './ServiceAccess.js';
import { examples } from './ServiceAccess.examples.js';

const meta = {
  title: 'Servizi digitali/Accesso al servizio',
  component: ServiceAccess,
  tags: ['autodocs'],
} satisfies Meta<typeof ServiceAccess>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
