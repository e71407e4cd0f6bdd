import type { Preview } from '@storybook/react-vite';
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '@piazza/fonts/fonts.css';
import '../packages/react/src/styles.css';
import {
  BootstrapItaliaVersion,
  PiazzaProvider,
  type Locale,
} from '../packages/react/src/index.js';

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Lingua dei testi predefiniti / Language of the default texts',
      toolbar: {
        title: 'Lingua',
        icon: 'globe',
        items: [
          { value: 'it', title: 'Italiano' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'it' },
  decorators: [
    (Story, context) => (
      <PiazzaProvider
        locale={(context.globals['locale'] as Locale) ?? 'it'}
        spriteUrl="./svg/sprites.svg"
      >
        {/* C.SI.1.2: the version of the loaded Bootstrap Italia CSS, in double quotes */}
        <BootstrapItaliaVersion />
        <Story />
      </PiazzaProvider>
    ),
  ],
  parameters: {
    a11y: {
      // WCAG 2.1 A and AA plus best practice, as in the browser harness (test/browser).
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      },
      test: 'error',
    },
    options: { storySort: { order: ['Introduzione', 'Come iniziare', 'Conformità', '*'] } },
  },
  tags: ['autodocs'],
};
export default preview;
