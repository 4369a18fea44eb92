import type { StorybookConfig } from '@storybook/web-components-vite';

// `npm run storybook` (dev server on 127.0.0.1:6006) and `npm run build-storybook` (→ storybook-static/).
// Both regenerate custom-elements.json first (scripts/manifest.mjs): preview.ts feeds it to the autodocs.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'API' },
};
export default config;
