import type { StorybookConfig } from '@storybook/react-vite';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const biDist = path.join(path.dirname(require.resolve('bootstrap-italia/package.json')), 'dist');

const config: StorybookConfig = {
  stories: ['../docs/storybook/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Bootstrap Italia's icon sprite, served from the Storybook's own host.
  staticDirs: [{ from: path.join(biDist, 'svg'), to: '/svg' }],
  typescript: { reactDocgen: 'react-docgen' },
  async viteFinal(config) {
    config.resolve ??= {};
    // Read the workspace packages from their TypeScript sources (the "source" export condition).
    config.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    return config;
  },
};
export default config;
