import type { Meta, StoryObj } from '@storybook/react-vite';
import { story } from '../test-utils/story.js';
import { PageFrame } from './PageFrame.js';
import { examples } from './PageFrame.examples.js';

const meta = {
  title: 'Navigazione/PageFrame',
  component: PageFrame,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Cornice completa di una pagina: link di salto, header, contenuto, valutazione, footer e cookie.',
      },
    },
  },
} satisfies Meta<typeof PageFrame>;
export default meta;
// Stories render their example (no args): typed without the component's required props.
type Story = StoryObj;

export const FirstLevelPage: Story = story(examples.firstLevelPage) as Story;
export const LegalNotesPage: Story = story(examples.legalNotesPage) as Story;
