import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import cem from '../custom-elements.json';
import '../src/define/all.js';
import { ECO_EVENTS, LOCALES, THEMES, declarationOf, type ProviderParams } from '../stories/support.js';

setCustomElementsManifest(cem);

/**
 * Controls from the manifest's types: `'a' | 'b'` → a select, `number | undefined` → a number field,
 * `boolean` → a switch, `string` → text; structured properties (`.product`, `.options`) get an object editor.
 */
const controlsFromTypes: ArgTypesEnhancer = ({ argTypes }) => {
  for (const at of Object.values(argTypes)) {
    const category = at.table?.category;
    if (category !== 'attributes' && category !== 'properties') continue;
    if (at.control !== undefined) continue;
    const parts = String(at.table?.type?.summary ?? '').split('|').map((s) => s.trim()).filter((s) => s && s !== 'undefined' && s !== 'null');
    if (parts.length && parts.every((p) => /^'[^']*'$/.test(p))) Object.assign(at, { control: 'select', options: parts.map((p) => p.slice(1, -1)) });
    else if (parts.join() === 'number') at.control = 'number';
    else if (parts.join() === 'boolean') at.control = 'boolean';
    else if (parts.join() === 'string') at.control = 'text';
    else if (category === 'properties') at.control = 'object';
    else at.control = false;
  }
  return argTypes;
};

/**
 * Every story is wrapped in `<eco-provider>` with the toolbar's locale and theme, on a canvas whose colour
 * scheme matches the theme (so dark stories are dark around the element too, and axe checks real contrast).
 * `parameters.provider` adds provider attributes (units, country, currency) or, set to `false`, leaves the
 * story to render its own provider (the ledger stories do).
 */
const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsFromTypes],
  globalTypes: {
    locale: {
      description: 'Locale given to <eco-provider>',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES.map(([value, title]) => ({ value, title })), dynamicTitle: true },
    },
    theme: {
      description: 'Theme given to <eco-provider>',
      toolbar: { title: 'Theme', icon: 'mirror', items: THEMES.map((value) => ({ value, title: value })), dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    withActions,
    (story, { globals, parameters }) => {
      const theme = (globals.theme as string) || 'light';
      const scheme = theme === 'auto' ? 'light dark' : theme;
      const p = parameters.provider as ProviderParams | false | undefined;
      return html`<div class="eco-story" style="color-scheme: ${scheme}">
        ${p === false
          ? story()
          : html`<eco-provider
              locale=${globals.locale || 'en'}
              theme=${theme}
              units=${ifDefined(p?.units)}
              country=${ifDefined(p?.country)}
              currency=${ifDefined(p?.currency)}
              >${story()}</eco-provider
            >`}
      </div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    actions: { handles: [...ECO_EVENTS] },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      toc: true,
      extractComponentDescription: (tag: string) => {
        const d = declarationOf(tag);
        return d ? [d.summary, d.description].filter(Boolean).join('\n\n') : undefined;
      },
    },
    options: { storySort: { order: ['Introduction', 'Docs', 'Elements', 'Recipes'] } },
  },
};
export default preview;
