import { expect } from '@open-wc/testing';
// @ts-expect-error plain JavaScript shared with the build (scripts/bundles.mjs writes dist/eco-nudge.css with it)
import { minifyCss } from '../../scripts/minify-css.mjs';

/**
 * Every rule of `text` as the browser parsed and serialises it (nested rules of @layer and @media included). A value
 * with `var()` keeps its tokens as written, so `var(--a, 1em)` and `var(--a,1em)` (the same value) differ only by the
 * space after the comma: that one space is left out of the comparison.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) => r.cssText.replace(/,\s+(?=[\d.]+rem\))/g, ','));
}

describe('the shipped page stylesheet (dist/eco-nudge.css, minified from src/styles/eco-nudge.css)', () => {
  it('has the same rules as the source, in under 70 % of the bytes', async () => {
    const source = await (await fetch(new URL('../../src/styles/eco-nudge.css', import.meta.url))).text();
    const shipped = (minifyCss as (css: string) => string)(source);
    const expected = rules(source);
    expect(expected.join('\n')).to.contain('calc(var(--_eco-reserve) - 1.7em - 2px)');
    expect(expected.join('\n')).to.match(/eco-provider:is\(\[locale\|="de"\], \[locale\|="fr"\], \[locale\|="es"\]\) eco-footprint-badge/);
    expect(rules(shipped)).to.deep.equal(expected);
    expect(shipped).not.to.contain('/*');
    expect(shipped.length).to.be.below(source.length * 0.7);
  });

  it('keeps what looks like a comment inside a string, and a custom property whose whole value is a space', () => {
    const css = 'a::before { content: "/* not a comment */"; } /* a "quote */ b { --on: ; --off: initial; }';
    const shipped = (minifyCss as (css: string) => string)(css);
    expect(shipped).to.contain('"/* not a comment */"');
    expect(shipped).to.contain('--on: ;');
    expect(rules(shipped)).to.deep.equal(rules(css));
  });
});
