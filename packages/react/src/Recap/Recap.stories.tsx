import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Recap } from './Recap.js';
import { examples } from './Recap.examples.js';

const meta = {
  title: 'Servizi digitali/Recap',
  component: Recap,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Riepilogo dei dati inseriti in un servizio digitale prima dell'invio, con i collegamenti per modificarli.",
      },
    },
  },
} satisfies Meta<typeof Recap>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = story(examples.default) as Story;
