// CSS text minifier shared by Lit's css`` literals in the bundles (scripts/minify-literals.mjs) and the shipped page
// stylesheet dist/eco-nudge.css (scripts/bundles.mjs, pageStylesheet). No imports, so a browser test can load it
// (test/internal/page-stylesheet.test.ts checks that the stylesheet's rules come out the same).

/** Applies `fn` to the parts of `text` outside quoted strings. */
export const unquoted = (text, fn) => text.replace(/('[^'\n]*'|"[^"\n]*")|([^'"]+|['"])/g, (m, quoted, free) => quoted ?? fn(free));

/**
 * Comments out, whitespace collapsed, outside quoted strings only (a comment-like text inside a string stays, and a
 * quote inside a comment does not start a string). A custom property whose whole value is whitespace (`--on: ;`, the
 * "space toggle") keeps one space: the empty form is not the same value everywhere.
 */
export const minifyCss = (text) =>
  unquoted(
    text.replace(/(\/\*[\s\S]*?(?:\*\/|$))|('[^'\n]*'|"[^"\n]*")/g, (m, comment, quoted) => (comment ? '' : quoted)),
    (s) =>
      s
        .replace(/\s+/g, ' ')
        .replace(/(--[\w-]+) ?: (?=[;}])/g, '$1:\u0000')
        .replace(/ ?([{};,]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/;}/g, '}')
        .replace(/\u0000/g, ' '),
  );
