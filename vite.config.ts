/**
 * Shared Vite settings. Storybook's builder loads this file (and ignores any
 * `build.lib`); scripts/build.mjs, scripts/size-budget.mjs and bench/run.mjs
 * use it as the base of their bundles and add the library settings there.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const ownSource = (id: string) => {
  const file = id.split('?')[0];
  return file.startsWith(root) && !file.includes('/node_modules/') && /\.[cm]?[jt]s$/.test(file);
};

/**
 * package.json `sideEffects` lists the *published* side-effect modules
 * (dist/…/define.js). Bundlers also apply that field to this repo's own sources,
 * so without this plugin a bare `import './components/x/define.js'` (in
 * src/index.ts or a story) would be tree-shaken away and the element never
 * defined. Our own sources (outside node_modules) keep their side effects.
 */
export function keepOwnSideEffects(): Plugin {
  return {
    name: 'pw:keep-own-side-effects',
    enforce: 'post',
    transform(code, id) {
      if (!ownSource(id)) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

/**
 * Minifies the CSS inside Lit `css\`…\`` templates of our sources (builds only):
 * comments go, whitespace runs collapse, and spaces around `{ } ; , >` are dropped.
 * Quoted strings are kept verbatim, and interpolations (`${…}`) are not touched.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'pw:minify-css-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!ownSource(id) || !/\.ts$/.test(id.split('?')[0]) || !code.includes('css`')) return null;
      const out = minifyCssInSource(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

export function minifyCssInSource(code: string, fileName = 'x.ts'): string {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges: Array<[number, number]> = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const p of parts) {
        const closesWithBacktick = ts.isNoSubstitutionTemplateLiteral(p) || ts.isTemplateTail(p);
        ranges.push([p.getStart(sf) + 1, p.end - (closesWithBacktick ? 1 : 2)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = code;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + minifyCssText(out.slice(start, end)) + out.slice(end);
  }
  return out;
}

function minifyCssText(css: string): string {
  let result = '';
  let plain = '';
  const flush = () => {
    result += plain.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1');
    plain = '';
  };
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      if (close < 0) return css; // unterminated: leave the whole chunk alone
      i = close + 1;
      plain += ' ';
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      if (j >= css.length) return css;
      flush();
      result += css.slice(i, j + 1);
      i = j;
    } else {
      plain += c;
    }
  }
  flush();
  return result;
}

export default defineConfig({
  plugins: [keepOwnSideEffects(), minifyCssTemplates()],
});
