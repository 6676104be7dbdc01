/**
 * The content files that the change under check adds, as git sees them: files not yet committed
 * (untracked or staged as added) and, where `ARAS_NEW_SINCE` names a commit (a pull request's base,
 * `HEAD^1` in its merge checkout), files added since it. Outside a git work tree (a benchmark's or
 * a test's temporary copy) nothing counts as new.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Absolute paths of the files under `dir` that are new in this change. */
export function newFilesUnder(dir: string, since = process.env['ARAS_NEW_SINCE']): string[] {
  if (git(dir, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return [];
  const found = new Set<string>();
  const status = git(dir, ['status', '--porcelain', '--untracked-files=all', '--no-renames', '-z', '--', '.']) ?? '';
  const top = git(dir, ['rev-parse', '--show-toplevel'])?.trim() ?? dir;
  for (const record of status.split('\0')) {
    const code = record.slice(0, 2);
    if (code === '??' || code[0] === 'A') found.add(join(top, record.slice(3)));
  }
  if (since) {
    const added = git(dir, ['diff', '--name-only', '--diff-filter=A', '--no-renames', '-z', since, '--', '.']);
    if (added === undefined)
      throw new Error(`ARAS_NEW_SINCE=${since} is not a commit git knows here: fetch it (fetch-depth) or unset it.`);
    for (const path of added.split('\0')) if (path) found.add(join(top, path));
  }
  return [...found];
}
