import { elementUpdated, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { fixtureDataset } from './dataset.fixture.js';
import '../../src/define/provider.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';

export interface ProviderOptions {
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
  units?: 'metric' | 'imperial';
  country?: string;
  currency?: string;
  /** Dataset for `.factors`; default the test fixture. `null`: none (the bundled dataset serves). */
  factors?: unknown;
}

/**
 * Renders `story` inside <eco-provider> (fixture dataset, zero durations; SWC's sp-theme fixture idea)
 * and returns the provider's first element child, updated.
 */
export async function withProvider<T extends HTMLElement = HTMLElement>(story: TemplateResult, opts: ProviderOptions = {}, container?: HTMLElement): Promise<T> {
  const factors = opts.factors === undefined ? fixtureDataset : opts.factors ?? undefined;
  const tpl = html`<eco-provider
    .factors=${factors}
    locale=${opts.locale ?? 'en'}
    theme=${opts.theme ?? 'auto'}
    units=${opts.units ?? 'metric'}
    country=${opts.country ?? ''}
    currency=${opts.currency ?? 'EUR'}
    style="--eco-duration-fast:0s;--eco-duration-slow:0s"
    >${story}</eco-provider
  >`;
  let provider: EcoProvider;
  if (container) {
    render(tpl, container);
    provider = container.querySelector('eco-provider')!;
  } else provider = await fixture<EcoProvider>(tpl);
  await elementUpdated(provider);
  const child = provider.firstElementChild as T | null;
  if (child) await elementUpdated(child);
  return child as T;
}

/**
 * `emulateMedia` where the browser supports it (Chromium over CDP); resolves `false` where it does not
 * (Firefox over WebDriver BiDi), so a test can skip itself instead of failing.
 */
export async function tryEmulateMedia(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}
