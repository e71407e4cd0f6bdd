import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { ServiceAccess } from './ServiceAccess.js';
import { examples } from './ServiceAccess.examples.js';

const meta = {
  title: 'Servizi digitali/ServiceAccess',
  component: ServiceAccess,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Accesso a un servizio digitale con SPID, CIE o eIDAS, con i requisiti prima del pulsante.',
      },
    },
  },
} satisfies Meta<typeof ServiceAccess>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
