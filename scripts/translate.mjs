#!/usr/bin/env node
/**
 * Adds or updates English translations, then regenerates the locale modules.
 *   node scripts/translate.mjs '{"news.more": "More news"}'   (or a path to a JSON file)
 * For str`` messages, copy the <x id="…" equiv-text="…"/> placeholders from the <source>.
 * Runs `lit-localize extract`, writes <target>s into xliff/en.xlf, runs
 * `lit-localize build` and scripts/split-translations.mjs (one module per element). A lock directory serializes concurrent runs.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';

const arg = process.argv[2] ?? '{}';
const pairs = JSON.parse(existsSync(arg) ? readFileSync(arg, 'utf8') : arg);
const lock = '.translate.lock';
for (let i = 0; ; i++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (i > 600) throw new Error(`${lock} is held; remove it if no translate run is active`);
    execSync('sleep 0.1');
  }
}
try {
  execSync('npx lit-localize extract', { stdio: 'ignore' });
  const file = 'xliff/en.xlf';
  let xlf = readFileSync(file, 'utf8');
  // Targets are XLIFF fragments: placeholders are written as <x id="0" equiv-text="${n}"/>.
  const esc = (s) => s.replace(/&(?![a-z]+;|#\d+;)/g, '&amp;');
  for (const [id, target] of Object.entries(pairs)) {
    const unit = new RegExp(
      `(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">[\\s\\S]*?</source>)(\\s*<target>[\\s\\S]*?</target>)?`,
    );
    if (!unit.test(xlf)) {
      console.error(`translate: no message with id "${id}" (is it used in src/ with msg(..., {id})?)`);
      process.exitCode = 1;
      continue;
    }
    xlf = xlf.replace(unit, (_, head) => `${head}\n  <target>${esc(target)}</target>`);
  }
  writeFileSync(file, xlf);
  execSync('npx lit-localize build', { stdio: 'inherit' });
  execSync('node scripts/split-translations.mjs', { stdio: 'inherit' });
  // One unit at a time: a lazy match across units would blame the wrong id.
  const missing = [...xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)]
    .filter((m) => !m[2].includes('<target>'))
    .map((m) => m[1]);
  if (missing.length) console.warn(`translate: untranslated ids: ${missing.join(', ')}`);
} finally {
  rmdirSync(lock);
}
