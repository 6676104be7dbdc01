/**
 * The "Common cases" of CONTRIBUTING.md, read out of the guide: each case's commands
 * (`<!-- case:NAME commands -->`) and files (`<!-- case:NAME file content/… -->`), so a test can
 * run the commands, fill what they write with the guide's values and check the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fill, runGuideCommand } from './contributing-example.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface GuideCase {
  name: string;
  commands: string[];
  /** Path (content/…) to the text the guide shows. */
  files: Map<string, string>;
}

/** Every case in the guide, in the order it gives them. */
export function readGuideCases(guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')): GuideCase[] {
  const cases = new Map<string, GuideCase>();
  const block = (from: number) => {
    const start = guide.indexOf('\n', guide.indexOf('```', from)) + 1;
    return guide.slice(start, guide.indexOf('\n```', start) + 1);
  };
  for (const m of guide.matchAll(/<!-- case:(\S+) (commands|file (\S+)) -->/g)) {
    const name = m[1] ?? '';
    const entry: GuideCase = cases.get(name) ?? { name, commands: [], files: new Map() };
    cases.set(name, entry);
    const text = block(m.index);
    if (m[2] === 'commands') entry.commands.push(...text.trim().split('\n'));
    else entry.files.set(m[3] ?? '', text);
  }
  return [...cases.values()];
}

/**
 * Writes every case into `contentDir` (a copy of content/): runs a case's commands, then fills
 * the files they wrote with the guide's values, or writes the guide's file as it stands.
 */
export function followGuideCases(contentDir: string): { written: string[]; output: string } {
  let output = '';
  const written: string[] = [];
  for (const guideCase of readGuideCases()) {
    for (const command of guideCase.commands) {
      const run = runGuideCommand(command, contentDir);
      output += run.stdout + run.stderr;
      if (run.status !== 0) throw new Error(`${command}\nexited ${run.status}:\n${run.stdout}${run.stderr}`);
    }
    for (const [path, text] of guideCase.files) {
      const relative = path.replace(/^content\//, '');
      const file = join(contentDir, relative);
      writeFileSync(file, guideCase.commands.length > 0 ? fill(readFileSync(file, 'utf8'), text) : text);
      written.push(relative);
    }
  }
  return { written, output };
}
