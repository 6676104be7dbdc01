/**
 * Follows the worked example in CONTRIBUTING.md on a copy of the content: runs the two scaffold
 * commands exactly as the guide gives them, then fills the files they write with the values the
 * guide shows. Unit tests check the result with the checker; build tests can build it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { load, CORE_SCHEMA } from 'js-yaml';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface GuideExample {
  /** The commands of the `example:commands` block, one per line. */
  commands: string[];
  /** The files of the `example:file` blocks: path (content/…) to text. */
  files: Map<string, string>;
  /** The translation of the section on translating: path (content/translations/…) to text. */
  translations: Map<string, string>;
  /** The lines that section says the checker refuses: an event that states its own date. */
  wrongDate: string;
}

/** Reads the worked example out of CONTRIBUTING.md. */
export function readGuideExample(guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')): GuideExample {
  const block = (after: string) => {
    const start = guide.indexOf('\n', guide.indexOf('```', guide.indexOf(after))) + 1;
    return guide.slice(start, guide.indexOf('\n```', start) + 1);
  };
  const commands = block('<!-- example:commands -->').trim().split('\n');
  const files = new Map<string, string>();
  for (const match of guide.matchAll(/<!-- example:file (\S+) -->/g)) files.set(match[1] ?? '', block(match[0]));
  const translations = new Map<string, string>();
  for (const match of guide.matchAll(/<!-- translation-example:file (\S+) -->/g))
    translations.set(match[1] ?? '', block(match[0]));
  return { commands, files, translations, wrongDate: block('<!-- translation-example:wrong-date -->') };
}

/** Splits a command line as a POSIX shell would for our simple, double-quoted arguments. */
export function shellWords(line: string): string[] {
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? ''),
  );
}

/** Runs `npm run <script> -- args` as the guide writes it, against another content folder. */
export function runGuideCommand(line: string, contentDir: string) {
  const [npm, run, script, dashes, ...args] = shellWords(line);
  if (npm !== 'npm' || run !== 'run' || dashes !== '--') throw new Error(`Not an npm run command: ${line}`);
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as { [name: string]: string };
  const file = scripts[script ?? '']?.replace(/^node /, '');
  if (!file) throw new Error(`package.json has no script "${script}".`);
  return spawnSync(process.execPath, [join(ROOT, file), ...args, '--content', contentDir], {
    encoding: 'utf8',
    cwd: ROOT,
    stdio: 'pipe',
  });
}

function splitFrontmatter(text: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('No frontmatter.');
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * Fills a scaffolded YAML text with the guide's values, field by field: each field the scaffold
 * wrote takes the guide's value, or is deleted where the guide leaves it out. Throws if the guide
 * uses a field the scaffold did not write, or if a value the scaffold filled in from the command
 * line differs from the guide's.
 */
export function fill(scaffold: string, example: string): string {
  const doc = parseDocument(scaffold);
  const wanted = load(example, { schema: CORE_SCHEMA }) as { [key: string]: unknown };
  const written = doc.toJS() as { [key: string]: unknown };
  for (const key of Object.keys(wanted))
    if (!(key in written)) throw new Error(`The guide uses "${key}", which the scaffold does not write.`);
  for (const [key, value] of Object.entries(written)) {
    const given = JSON.stringify(value);
    if (
      !given.includes('TODO') &&
      key in wanted &&
      given !== JSON.stringify(wanted[key]) &&
      !Array.isArray(value) &&
      typeof value !== 'object'
    )
      throw new Error(`The scaffold wrote ${key}: ${given}, the guide shows ${JSON.stringify(wanted[key])}.`);
    if (key in wanted) doc.set(key, wanted[key]);
    else doc.delete(key);
  }
  return String(doc);
}

/**
 * Scaffolds and fills the guide's example in `contentDir` (a copy of content/), returning the
 * files written, relative to the content folder: `articles/….md`, `places/meghri.yaml`.
 */
export function followWorkedExample(contentDir: string): { written: string[]; output: string } {
  const { commands, files } = readGuideExample();
  let output = '';
  for (const command of commands) {
    const run = runGuideCommand(command, contentDir);
    output += run.stdout + run.stderr;
    if (run.status !== 0) throw new Error(`${command}\nexited ${run.status}:\n${run.stdout}${run.stderr}`);
  }
  const written: string[] = [];
  for (const [path, example] of files) {
    const relative = path.replace(/^content\//, '');
    const file = join(contentDir, relative);
    const scaffold = readFileSync(file, 'utf8');
    if (path.endsWith('.md')) {
      const from = splitFrontmatter(scaffold);
      const to = splitFrontmatter(example);
      writeFileSync(file, `---\n${fill(from.yaml, to.yaml)}---\n${to.body}`);
    } else writeFileSync(file, fill(scaffold, example));
    written.push(relative);
  }
  return { written, output };
}
