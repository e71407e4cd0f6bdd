import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { Attachment } from './Attachment.js';
import { examples } from './Attachment.examples.js';

const meta = {
  title: 'Contenuti/Card/Attachment',
  component: Attachment,
  tags: ['autodocs'],
  parameters: {
    docs: { description: { component: 'Allegato scaricabile con formato e dimensione del file.' } },
  },
} satisfies Meta<typeof Attachment>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const ServiceFile: Story = story(examples.serviceFile) as Story;
export const Written: Story = story(examples.written) as Story;
