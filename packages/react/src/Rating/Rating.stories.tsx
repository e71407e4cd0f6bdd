import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Rating } from './Rating.js';
import { examples } from './Rating.examples.js';

const meta = {
  title: 'Contenuti/Rating',
  component: Rating,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Valutazione della pagina ("Quanto sono chiare le informazioni su questa pagina?") in più passaggi, come richiesto dal Modello Comuni.',
      },
    },
  },
} satisfies Meta<typeof Rating>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const Default: Story = story(examples.default) as Story;
export const Level3: Story = story(examples.level3) as Story;
