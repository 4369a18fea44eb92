// custom-elements.json from the components' JSDoc (`npm run manifest`; also the last step of `npm run build`).
// It feeds Storybook's autodocs and scripts/manifest.mjs, which derives the VS Code, JetBrains and JSX typings from it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const srcFiles = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? srcFiles(p) : /(?<!\.d)\.ts$/.test(f) ? [p] : [];
  });

/**
 * Project conventions the analyzer does not know (STYLE.md §20):
 * - class tags `@status` and `@since` → `status`, `since` on the declaration;
 * - members marked `@internal`, private/protected members and `_`-prefixed names are dropped;
 * - type aliases of string unions (`ThemeMode`, `(typeof STRATEGIES)[number]`) are written out, so the docs,
 *   Storybook controls and IDE completions show the allowed values;
 * - only classes with a `@tag` count as custom elements (the abstract EcoElement base is kept for inheritance only).
 */
function ecoConventions() {
  const internal = new Set();
  const litTypes = new Map();
  const initialisers = new Map();
  let tsApi; // packageLinkPhase is not given `ts`
  return {
    name: 'eco-nudge-conventions',
    analyzePhase({ ts, node, moduleDoc }) {
      tsApi = ts;
      if (ts.isClassDeclaration(node) && node.name) {
        const doc = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        for (const tag of ts.getJSDocTags(node)) {
          const name = tag.tagName.getText();
          if (doc && (name === 'status' || name === 'since')) doc[name] = String(ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
        }
        for (const m of node.members) {
          if (!m.name) continue;
          const key = `${node.name.getText()}.${m.name.getText()}`;
          if (ts.getJSDocTags(m).some((t) => t.tagName.getText() === 'internal')) internal.add(key);
          // `@property({ type: Number })` with a non-literal initialiser: the analyzer leaves the type empty
          const opts = ts.getDecorators?.(m)?.map((d) => d.expression).find((e) => ts.isCallExpression(e) && e.expression.getText() === 'property')?.arguments[0];
          const type = opts && ts.isObjectLiteralExpression(opts) && opts.properties.find((p) => p.name?.getText() === 'type');
          if (type && ts.isPropertyAssignment(type)) litTypes.set(key, type.initializer.getText().toLowerCase());
          if (ts.isPropertyDeclaration(m) && m.initializer) initialisers.set(key, m.initializer.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // modules under src/components that define no element (helpers such as the ledger store) are not public API
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (mod) => !mod.path.startsWith('src/components/') || mod.declarations?.some((d) => d.tagName),
      );
      const { aliases, values } = collectConstants(tsApi);
      const expand = (type) => {
        if (!type?.text) return;
        const parts = type.text.split('|').map((s) => s.trim());
        type.text = parts.map((p) => aliases.get(p) ?? p).join(' | ');
      };
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          if (!decl.tagName) delete decl.customElement;
          decl.members = (decl.members ?? []).filter(
            (m) => !internal.has(`${decl.name}.${m.name}`) && !internal.has(`${m.inheritedFrom?.name}.${m.name}`) && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && !m.name.startsWith('#'),
          );
          decl.events = (decl.events ?? []).filter((e) => e.name);
          for (const m of decl.members) {
            const t = litTypes.get(`${m.inheritedFrom?.name ?? decl.name}.${m.name}`);
            if (!m.type?.text && t) m.type = { text: t };
            m.default ??= initialisers.get(`${m.inheritedFrom?.name ?? decl.name}.${m.name}`);
            // fields declared in `static properties` come out with an explicit `privacy: 'public'` (the default)
            if (m.privacy === 'public') delete m.privacy;
            if (m.default && values.has(m.default)) m.default = values.get(m.default);
          }
          decl.attributes = (decl.attributes ?? []).filter((a) => !a.fieldName || decl.members.some((m) => m.name === a.fieldName));
          for (const a of decl.attributes) {
            const field = decl.members.find((m) => m.name === a.fieldName);
            if (!a.type?.text && field?.type) a.type = { ...field.type };
            if (field?.default !== undefined) a.default = field.default;
          }
          for (const x of [...decl.members, ...decl.attributes]) expand(x.type);
        }
      }
    },
  };
}

/**
 * Across src/: `type X = 'a' | 'b'` and `type X = (typeof XS)[number]` with `const XS = ['a', 'b'] as const` (→ aliases),
 * and literal members of `const DEFAULTS = { max: 3 }` (→ values, so a default written `DEFAULTS.max` reads `3`).
 */
function collectConstants(ts) {
  const consts = new Map();
  const values = new Map();
  const types = new Map();
  for (const file of srcFiles('src')) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          let init = d.initializer;
          while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init))) init = init.expression;
          if (init && ts.isArrayLiteralExpression(init) && init.elements.length && init.elements.every(ts.isStringLiteral)) {
            consts.set(d.name.getText(), init.elements.map((e) => `'${e.text}'`).join(' | '));
          }
          if (init && ts.isObjectLiteralExpression(init)) {
            for (const p of init.properties) {
              if (ts.isPropertyAssignment(p) && (ts.isNumericLiteral(p.initializer) || ts.isStringLiteral(p.initializer) || p.initializer.kind === ts.SyntaxKind.TrueKeyword || p.initializer.kind === ts.SyntaxKind.FalseKeyword)) {
                values.set(`${d.name.getText()}.${p.name.getText()}`, ts.isStringLiteral(p.initializer) ? `'${p.initializer.text}'` : p.initializer.getText());
              }
            }
          }
        }
      } else if (ts.isTypeAliasDeclaration(st)) {
        types.set(st.name.getText(), st.type);
      }
    }
  }
  const out = new Map();
  for (const [name, node] of types) {
    if (ts.isUnionTypeNode(node) && node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
      out.set(name, node.types.map((t) => `'${t.literal.text}'`).join(' | '));
    } else if (ts.isIndexedAccessTypeNode(node)) {
      let obj = node.objectType;
      if (ts.isParenthesizedTypeNode(obj)) obj = obj.type;
      if (ts.isTypeQueryNode(obj) && consts.has(obj.exprName.getText())) out.set(name, consts.get(obj.exprName.getText()));
    }
  }
  return { aliases: out, values };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/eco-element.ts', 'src/internal/eco-consumer.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts', '**/*.stories.ts', '**/*.d.ts'],
  litelement: true,
  outdir: '.',
  plugins: [ecoConventions()],
};
