// A Vite/Rolldown plugin for the single-file bundles: minifies the static text of Lit's css``, html`` and svg``
// literals in src/, which the JavaScript minifier keeps as written (indentation, comments). It finds them in the
// syntax tree (rolldown's parser), so only the text between a literal's backticks and `${…}` parts ever changes.
//  - css``: comments removed, whitespace collapsed, no spaces around { } ; , or after a colon
//    (quoted strings are left alone; a space before a colon is kept, as in `.a :hover`).
//  - html``/svg``: a run of whitespace that holds a line break becomes one space. Browsers collapse such runs when
//    they render (no element of the kit uses `white-space: pre`), so no text the user sees changes.
import { parseAst } from 'rolldown/parseAst';
import { minifyCss, unquoted } from './minify-css.mjs';

export { minifyCss };

export const minifyHtml = (text) => unquoted(text, (s) => s.replace(/\s*\n\s*/g, ' '));

const MINIFIERS = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

function visit(node, fn) {
  if (Array.isArray(node)) for (const n of node) visit(n, fn);
  else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') fn(node);
    for (const k in node) if (k !== 'parent' && node[k] && typeof node[k] === 'object') visit(node[k], fn);
  }
}

/** Rewrites the static parts of every css``/html``/svg`` literal of a TypeScript module. */
export function minifyModule(code, filename = 'module.ts') {
  const edits = [];
  visit(parseAst(code, { lang: 'ts', sourceType: 'module' }, filename), (n) => {
    const min = n.type === 'TaggedTemplateExpression' && n.tag.type === 'Identifier' ? MINIFIERS[n.tag.name] : undefined;
    if (!min) return;
    for (const q of n.quasi.quasis) {
      const start = q.start + 1; // after the backtick or the `}` of the previous expression
      const raw = q.value.raw;
      if (code.slice(start, start + raw.length) !== raw) throw new Error('unexpected literal offsets');
      const out = min(raw);
      if (out !== raw) edits.push([start, start + raw.length, out]);
    }
  });
  let out = code;
  for (const [a, b, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + text + out.slice(b);
  return out;
}

/** @returns {import('vite').Plugin} */
export function minifyLiterals() {
  return {
    name: 'eco-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      try {
        const out = minifyModule(code, id);
        return out === code ? null : { code: out, map: null };
      } catch (e) {
        this.warn(`${id}: literals left as written (${e.message})`);
        return null;
      }
    },
  };
}
