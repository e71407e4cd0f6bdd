import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { TopicChip } from './TopicChip.js';
import { examples } from './TopicChip.examples.js';

const meta = {
  title: 'Contenuti/Argomenti/TopicChip',
  component: TopicChip,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: "Etichetta di un argomento del sito, collegata alla pagina dell'argomento.",
      },
    },
  },
} satisfies Meta<typeof TopicChip>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const ServiceTopics: Story = story(examples.serviceTopics) as Story;
export const Text: Story = story(examples.text) as Story;
export const List: Story = story(examples.list) as Story;
