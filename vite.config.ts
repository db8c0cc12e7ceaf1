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
 * comments go, whitespace runs collapse, spaces around `{ } ; , >`, after `:` and before `!important` are dropped.
 * Quoted strings are kept verbatim, and interpolations (`${…}`) are not touched.
 */
export const minifyCssTemplates = (): Plugin =>
  templateMinifier('pw:minify-css-templates', 'PW_NO_CSS_MINIFY', /\bcss`/, minifyCssInSource);

/**
 * A build-only plugin that rewrites template literals in our TypeScript sources with `minify`.
 * `disableEnv` set to anything turns it off (bench/render-check.mjs builds with and without).
 */
function templateMinifier(
  name: string,
  disableEnv: string,
  tag: RegExp,
  minify: (code: string, id: string) => string,
): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (process.env[disableEnv] || !ownSource(id) || !/\.ts$/.test(id.split('?')[0]) || !tag.test(code)) return null;
      const out = minify(code, id);
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
    // A space after a colon is never needed (`color: red`, `(min-width: 30em)`; `a: hover` is not CSS),
    // nor before `!important`; one before a colon can be (`.a :hover`), so that one stays.
    result += plain
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/ !important/g, '!important');
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

/**
 * Minifies the markup inside Lit `html\`…\`` and `svg\`…\`` templates of our sources
 * (builds only): every run of whitespace between tags, inside text and between a
 * tag's attributes becomes one space. That is rendering-neutral under the default
 * `white-space: normal` (no template here sets another `white-space` on its text).
 * Never touched: quoted attribute values, the content of `<pre>`, `<textarea>`,
 * `<script>`, `<style>`, comments, interpolations (`${…}`), and any template part
 * holding a backslash (escapes and line continuations are kept verbatim).
 */
export const minifyHtmlTemplates = (): Plugin =>
  templateMinifier('pw:minify-html-templates', 'PW_NO_HTML_MINIFY', /\b(html|svg)`/, minifyHtmlInSource);

export function minifyHtmlInSource(code: string, fileName = 'x.ts'): string {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Array<[number, number, string]> = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg)$/.test(node.tag.text)) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      const state: HtmlState = { mode: 'text', quote: '', raw: '' };
      for (const p of parts) {
        const closesWithBacktick = ts.isNoSubstitutionTemplateLiteral(p) || ts.isTemplateTail(p);
        const start = p.getStart(sf) + 1;
        const end = p.end - (closesWithBacktick ? 1 : 2);
        const text = code.slice(start, end);
        const min = minifyHtmlText(text, state);
        if (min !== text && !text.includes('\\')) edits.push([start, end, min]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

interface HtmlState {
  /** text | tag (inside `<…>`) | comment | raw (inside pre/textarea/script/style) */
  mode: 'text' | 'tag' | 'comment' | 'raw';
  /** the open quote of an attribute value inside a tag, or '' */
  quote: string;
  /** the raw-text element being skipped, e.g. 'pre' */
  raw: string;
  /** the name of the tag being read (kept across interpolations) */
  tag?: string;
}

const RAW_ELEMENTS = /^(pre|textarea|script|style)$/i;

/** Minifies one template part, carrying the parser state over interpolations. */
export function minifyHtmlText(src: string, state: HtmlState): string {
  let out = '';
  let i = 0;
  const n = src.length;
  let tagName = state.tag ?? '';
  let readingName = false;
  while (i < n) {
    const c = src[i];
    if (state.mode === 'comment') {
      const close = src.indexOf('-->', i);
      const stop = close < 0 ? n : close + 3;
      out += src.slice(i, stop);
      i = stop;
      if (close >= 0) state.mode = 'text';
    } else if (state.mode === 'raw') {
      const re = new RegExp(`</${state.raw}\\b`, 'i');
      const m = re.exec(src.slice(i));
      const stop = m ? i + m.index : n;
      out += src.slice(i, stop);
      i = stop;
      if (m) state.mode = 'text';
    } else if (state.mode === 'tag') {
      if (state.quote) {
        const close = src.indexOf(state.quote, i);
        const stop = close < 0 ? n : close + 1;
        out += src.slice(i, stop);
        i = stop;
        if (close >= 0) state.quote = '';
      } else if (c === '"' || c === "'") {
        state.quote = c;
        readingName = false;
        out += c;
        i++;
      } else if (c === '>') {
        out += c;
        i++;
        readingName = false;
        if (RAW_ELEMENTS.test(tagName)) {
          state.mode = 'raw';
          state.raw = tagName;
        } else state.mode = 'text';
      } else if (/\s/.test(c)) {
        readingName = false;
        let j = i;
        while (j < n && /\s/.test(src[j])) j++;
        out += ' ';
        i = j;
      } else {
        if (readingName) tagName += c;
        out += c;
        i++;
      }
    } else if (c === '<' && src.startsWith('<!--', i)) {
      state.mode = 'comment';
      out += '<!--';
      i += 4;
    } else if (c === '<' && /[a-zA-Z/]/.test(src[i + 1] ?? '')) {
      state.mode = 'tag';
      tagName = '';
      readingName = src[i + 1] !== '/';
      out += c;
      i++;
    } else if (/\s/.test(c)) {
      let j = i;
      while (j < n && /\s/.test(src[j])) j++;
      out += ' ';
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  state.tag = tagName;
  return out;
}

export default defineConfig({
  plugins: [keepOwnSideEffects(), minifyCssTemplates(), minifyHtmlTemplates()],
});
