#!/usr/bin/env node
// npm run manifest (and the last step of npm run build):
//   custom-elements.json              the Custom Elements Manifest (analyzer + custom-elements-manifest.config.mjs)
//   dist/vscode.html-custom-data.json  VS Code HTML completions  ("html.customData": ["./node_modules/eco-nudge/dist/vscode.html-custom-data.json"])
//   dist/web-types.json                JetBrains IDEs (found through "web-types" in package.json)
//   dist/jsx.d.ts                      React 19 JSX typings      (import type {} from 'eco-nudge/jsx')
//   dist/vue.d.ts                      Vue 3 typings (vue-tsc)   (import type {} from 'eco-nudge/vue')
// The derived files are written from the manifest, so they can never disagree with it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

execFileSync(process.execPath, [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--quiet', '--config', `${root}custom-elements-manifest.config.mjs`], { cwd: root, stdio: 'inherit' });

// The published package has no src/: point module paths at the built files.
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'), function (key, value) {
  return (key === 'path' || key === 'module') && typeof value === 'string' ? value.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js') : value;
});
writeFileSync(`${root}custom-elements.json`, `${JSON.stringify(manifest, null, 2)}\n`);

/** Every element: its class declaration and the module it lives in. */
const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ mod, decl })))
  .filter(({ decl }) => decl.kind === 'class' && decl.tagName)
  .sort((a, b) => a.decl.tagName.localeCompare(b.decl.tagName));

// Every tag a define entry registers must be in the manifest: a class whose JSDoc (with its @tag) got detached from it
// drops out silently, and with it its Storybook controls and its JSX and Vue typings.
const tags = readdirSync(`${root}src/define`).flatMap((f) => [...readFileSync(`${root}src/define/${f}`, 'utf8').matchAll(/defineElement\('([a-z-]+)'/g)].map((m) => m[1]));
const missing = [...new Set(tags)].filter((t) => !elements.some(({ decl }) => decl.tagName === t));
if (missing.length) {
  console.error(`manifest: ${missing.join(', ')} registered by src/define/ but not in custom-elements.json (is the class's JSDoc with its @tag right above the class?)`);
  process.exit(1);
}

const clean = (t) => (t ?? '').replace(/\s+/g, ' ').trim();
const describe = (decl) => [decl.summary, decl.description].map(clean).filter(Boolean).join('\n\n');
const bare = (text) => clean(text).split('|').map((s) => s.trim()).filter((s) => s && s !== 'undefined' && s !== 'null');
/** `'a' | 'b'` → ['a', 'b']; anything else → undefined. */
const literals = (text) => {
  const parts = bare(text);
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
};
const props = (decl) => (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public');
const attrs = (decl) => decl.attributes ?? [];
/** Links to the docs only where package.json names a homepage. */
const docsUrl = (tag) => (pkg.homepage ? `${pkg.homepage}#${tag}` : undefined);

mkdirSync(`${root}dist`, { recursive: true });

// ─── VS Code custom data (version 1.1) ───
const vscode = {
  version: 1.1,
  tags: elements.map(({ decl }) => ({
    name: decl.tagName,
    description: [describe(decl), ...(decl.events?.length ? ['Events: ' + decl.events.map((e) => `\`${e.name}\``).join(', ')] : [])].join('\n\n'),
    attributes: attrs(decl).map((a) => {
      const values = literals(a.type?.text);
      const isBool = bare(a.type?.text).join() === 'boolean';
      return {
        name: a.name,
        description: [clean(a.description), a.default !== undefined && a.default !== "''" ? `Default: ${a.default}` : ''].filter(Boolean).join(' '),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
        ...(isBool ? { valueSet: 'v' } : {}),
      };
    }),
    ...(docsUrl(decl.tagName) ? { references: [{ name: 'Documentation', url: docsUrl(decl.tagName) }] } : {}),
  })),
};
writeFileSync(`${root}dist/vscode.html-custom-data.json`, `${JSON.stringify(vscode, null, 2)}\n`);

// ─── JetBrains web-types ───
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map(({ mod, decl }) => ({
        name: decl.tagName,
        description: describe(decl),
        ...(docsUrl(decl.tagName) ? { 'doc-url': docsUrl(decl.tagName) } : {}),
        source: { module: `./${mod.path}`, symbol: decl.name },
        attributes: attrs(decl).map((a) => {
          const isBool = bare(a.type?.text).join() === 'boolean';
          return {
            name: a.name,
            description: clean(a.description),
            ...(a.default !== undefined ? { default: a.default } : {}),
            value: isBool ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: bare(a.type?.text).join(' | ') || 'string' },
            ...(literals(a.type?.text) ? { values: literals(a.type?.text).map((name) => ({ name })) } : {}),
          };
        }),
        slots: (decl.slots ?? []).map((s) => ({ name: s.name, description: clean(s.description) })),
        events: (decl.events ?? []).map((e) => ({ name: e.name, description: clean(e.description) })),
        js: {
          properties: props(decl).map((m) => ({ name: m.name, description: clean(m.description), type: bare(m.type?.text).join(' | ') || 'unknown' })),
          events: (decl.events ?? []).map((e) => ({ name: e.name, description: clean(e.description) })),
        },
        css: {
          properties: (decl.cssProperties ?? []).map((p) => ({ name: p.name, description: [clean(p.description), p.default ? `Default: \`${p.default}\`` : ''].filter(Boolean).join(' ') })),
          parts: (decl.cssParts ?? []).map((p) => ({ name: p.name, description: clean(p.description) })),
        },
      })),
    },
  },
};
writeFileSync(`${root}dist/web-types.json`, `${JSON.stringify(webTypes, null, 2)}\n`);

// ─── Framework typings: React 19 JSX (dist/jsx.d.ts) and Vue 3 (dist/vue.d.ts) ───
// One model of each element (its properties, attributes, events and slots, from the manifest), written out twice, so
// the two can never drift. Types are taken from the element classes and the event map, never copied as text.
const jsdoc = (text, indent = '  ') => (clean(text) ? `${indent}/** ${clean(text).replace(/\*\//g, '*\\/')} */\n` : '');
const attrType = (text) => {
  const parts = bare(text);
  if (literals(text)) return parts.join(' | ');
  if (parts.join() === 'boolean') return 'boolean';
  if (parts.join() === 'number') return 'number | string';
  return 'string';
};
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const model = elements.map(({ mod, decl }) => {
  const fields = props(decl);
  return {
    tag: decl.tagName,
    cls: decl.name,
    module: mod.path.replace(/^dist\//, './'),
    summary: describe(decl).split('\n\n')[0],
    /** Properties: typed from the class. */
    properties: fields.map((m) => ({ name: m.name, type: `${decl.name}['${m.name}']`, doc: m.description })),
    /** Attributes whose name is not also a property (`weight-grams` for `weightGrams`), with their attribute type. */
    attributes: attrs(decl)
      .filter((a) => !fields.some((m) => m.name === a.name))
      .map((a) => ({ name: a.name, field: a.fieldName, type: attrType(a.type?.text), doc: `${clean(a.description)} (attribute)` })),
    /** The kit's events (native ones, `change` and `input`, come with each framework's own HTML typings). */
    events: (decl.events ?? []).filter((e) => e.name.startsWith('eco-')).map((e) => ({ name: e.name, doc: e.description })),
    slots: (decl.slots ?? []).map((sl) => ({ name: sl.name, doc: sl.description })),
  };
});
const slotsDoc = (el) =>
  el.slots.length ? ` Slots (native, set with the \`slot\` attribute on a child): ${el.slots.map((sl) => `${sl.name ? `\`${sl.name}\`` : 'default'}: ${clean(sl.doc).replace(/\.$/, '')}`).join('; ')}` : '';
const header = (what, use) => `// Generated by scripts/manifest.mjs from custom-elements.json: do not edit.
// ${what} for the eco-* elements. Use:  ${use}
import type {} from './events/index.js';
${model.map((el) => `import type { ${el.cls} } from '${el.module}';`).join('\n')}
`;
const handler = `type EcoHandler<K extends string> = (event: K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event) => void;\n`;

// React 19 sets a prop as a property when the element has it (`key in el`), else as an attribute, and turns
// `on<event-name>` props with a function into addEventListener('<event-name>'). So each element takes its
// properties (typed from the class), its kebab-case attributes, and `oneco-*` handlers typed from the event map.
let jsx = `${header('React 19 typings', "import type {} from 'eco-nudge/jsx';")}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type EcoJsx<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;
${handler}`;
for (const el of model) {
  const lines = [
    ...el.properties.map((p) => `${jsdoc(p.doc)}  ${p.name}?: ${p.type};`),
    ...el.attributes.map((a) => `${jsdoc(a.doc)}  '${a.name}'?: ${a.type};`),
    ...el.events.map((e) => `${jsdoc(e.doc)}  'on${e.name}'?: EcoHandler<'${e.name}'>;`),
  ];
  jsx += `\n${jsdoc(el.summary + slotsDoc(el), '')}export interface ${pascal(el.tag)}Props {\n${lines.join('\n')}\n}\n`;
}
jsx += `
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${model.map((el) => `      '${el.tag}': EcoJsx<${el.cls}, ${pascal(el.tag)}Props>;`).join('\n')}
    }
  }
}
`;
writeFileSync(`${root}dist/jsx.d.ts`, jsx);

// Vue 3 (with `isCustomElement` for eco-* tags) sets a binding as a property when the element has it, else as an
// attribute; vue-tsc matches `weight-grams` and `weightGrams` to the same prop, and `@eco-delivery-select` to the prop
// `onEcoDeliverySelect`. So each element's props are its properties (typed from the class; where the attribute is
// numeric a string is accepted too, `weight-grams="180"`) and `onEco…` handlers typed from the event map. Other
// attributes (class, id, aria-*) fall through as on any element. Slots of a custom element are native slots
// (`<span slot="heading">`), not Vue slots: they are described on each tag.
let vue = `${header('Vue 3 typings (vue-tsc, Volar)', "import type {} from 'eco-nudge/vue';  (or \"types\": [\"eco-nudge/vue\"] in tsconfig.json)")}import type { DefineComponent } from 'vue';

${handler}`;
for (const el of model) {
  const lines = el.properties.map((p) => {
    const attr = el.attributes.find((a) => a.field === p.name);
    return `${jsdoc(attr ? `${clean(p.doc)} (attribute \`${attr.name}\`)` : p.doc)}  ${p.name}?: ${p.type}${attr?.type === 'number | string' ? ' | string' : ''};`;
  });
  for (const a of el.attributes) if (!el.properties.some((p) => p.name === a.field)) lines.push(`${jsdoc(a.doc)}  ${camel(a.name)}?: ${a.type};`);
  for (const e of el.events) lines.push(`${jsdoc(e.doc)}  on${pascal(e.name)}?: EcoHandler<'${e.name}'>;`);
  vue += `\n${jsdoc(el.summary + slotsDoc(el), '')}export interface ${pascal(el.tag)}VueProps {\n${lines.join('\n')}\n}\n`;
}
vue += `
declare module 'vue' {
  interface GlobalComponents {
${model.map((el) => `${jsdoc(el.summary + slotsDoc(el), '    ')}    '${el.tag}': DefineComponent<${pascal(el.tag)}VueProps>;`).join('\n')}
  }
}
`;
writeFileSync(`${root}dist/vue.d.ts`, vue);

const size = (f) => `${f} ${(readFileSync(`${root}${f}`).length / 1024).toFixed(1)} kB`;
console.log(`manifest: ${elements.length} elements → ${['custom-elements.json', 'dist/vscode.html-custom-data.json', 'dist/web-types.json', 'dist/jsx.d.ts', 'dist/vue.d.ts'].map(size).join(', ')}`);
