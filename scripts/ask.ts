/**
 * Flags first, questions second: a scaffold script takes its values from the command line and,
 * in a terminal, asks for any that are missing. Outside a terminal (CI, a pipe) it stops instead.
 */
import { createInterface } from 'node:readline/promises';
import { CONTENT_DIR } from '../src/consts.ts';

export interface Question {
  flag: string;
  prompt: string;
  /** May the answer be empty? */
  optional?: boolean;
}

/** Fills in the missing values, asking in a terminal; exits with usage text when it cannot. */
export async function complete(
  values: { [flag: string]: string | undefined },
  questions: readonly Question[],
  usage: string,
) {
  const missing = questions.filter((q) => values[q.flag] === undefined);
  if (missing.length === 0) return values;
  if (!process.stdin.isTTY) {
    const required = missing.filter((q) => !q.optional);
    if (required.length > 0) {
      console.error(`Missing ${required.map((q) => `--${q.flag}`).join(', ')}.\n${usage}`);
      process.exit(2);
    }
    return values;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const q of missing) {
      let answer = '';
      do answer = (await rl.question(`${q.prompt}${q.optional ? ' (Enter to skip)' : ''}: `)).trim();
      while (!answer && !q.optional);
      if (answer) values[q.flag] = answer;
    }
  } catch (error) {
    // Ctrl+C or Ctrl+D at a question: stop without writing anything.
    if ((error as Error).name !== 'AbortError') throw error;
    console.error('\nCancelled; nothing was written.');
    process.exit(130);
  } finally {
    rl.close();
  }
  return values;
}

/** Where the content lives: --content, then ARAS_CONTENT_DIR, then CONTENT_DIR (./content). */
export function contentDir(flag: string | undefined): string {
  return flag ?? process.env['ARAS_CONTENT_DIR'] ?? CONTENT_DIR;
}
