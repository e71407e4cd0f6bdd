import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Stepper } from './Stepper.js';
import { examples } from './Stepper.examples.js';

const meta = {
  title: 'Servizi digitali/Stepper',
  component: Stepper,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Indicatore dei passaggi di un servizio digitale: dice a che punto si è e quanti passaggi mancano.',
      },
    },
  },
} satisfies Meta<typeof Stepper>;
export default meta;
type Story = StoryObj<typeof meta>;

export const First: Story = story(examples.first) as Story;
export const Middle: Story = story(examples.middle) as Story;
