// CSS text minifier shared by Lit's css`` literals in the bundles (scripts/minify-literals.mjs) and the shipped page
// stylesheet dist/eco-nudge.css (scripts/bundles.mjs, pageStylesheet). No imports, so a browser test can load it
// (test/internal/page-stylesheet.test.ts checks that the stylesheet's rules come out the same).

/** Applies `fn` to the parts of `text` outside quoted strings. */
export const unquoted = (text, fn) => text.replace(/('[^'\n]*'|"[^"\n]*")|([^'"]+|['"])/g, (m, quoted, free) => quoted ?? fn(free));

export const minifyCss = (text) =>
  unquoted(text.replace(/\/\*[\s\S]*?\*\//g, ''), (s) =>
    s.replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}'),
  );

