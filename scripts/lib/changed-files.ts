/**
 * Which content files a pull request adds or changes, from git, so that the checker can report a
 * clash between two digests on the new one, and require an `added` date of a digest the change
 * adds. The checker itself never runs git: this is the command line's side of
 * `CheckOptions.changed` and `CheckOptions.newFiles`.
 *
 * The base is, in order: `--base REF`; `origin/$GITHUB_BASE_REF` on a pull request in GitHub
 * Actions (fetched when the shallow checkout lacks it); `origin/HEAD` in a clone. Files not yet
 * committed (new or modified) count as changed too, so a contributor who has not committed sees
 * the same report as the pull request will.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** What was found, and from what, for the report's first line. */
export interface ChangedFiles {
  /** Absolute paths of the files added or changed under the content folder. */
  files: Set<string>;
  /** The subset of `files` that the change adds (new to the base, or not yet tracked). */
  added: Set<string>;
  /** The base compared with, or undefined when only uncommitted files could be seen. */
  base: string | undefined;
}

function git(args: readonly string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const resolves = (ref: string, cwd: string) => git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);

/** The base commit to compare with, or undefined when there is none. */
function findBase(cwd: string, requested: string | undefined, pullRequestBase: string | undefined): string | undefined {
  if (requested !== undefined) return resolves(requested, cwd) ? requested : undefined;
  if (pullRequestBase) {
    const ref = `origin/${pullRequestBase}`;
    if (resolves(ref, cwd)) return ref;
    // actions/checkout fetches only the merge commit; the base tip is one shallow fetch away.
    if (
      git(['fetch', '--no-tags', '--depth=1', 'origin', pullRequestBase], cwd) !== undefined &&
      resolves('FETCH_HEAD', cwd)
    )
      return 'FETCH_HEAD';
  }
  return resolves('origin/HEAD', cwd) ? 'origin/HEAD' : undefined;
}

const lines = (text: string | undefined) => (text ?? '').split('\n').filter(Boolean);

/**
 * The content files changed against the base, plus uncommitted ones, or undefined outside a git
 * work tree. `changedFiles('/repo/content', 'main')` after adding a digest on a branch holds it.
 */
export function changedFiles(
  contentRoot: string,
  requested?: string,
  pullRequestBase = process.env['GITHUB_BASE_REF'],
): ChangedFiles | undefined {
  const top = git(['rev-parse', '--show-toplevel'], contentRoot)?.trim();
  if (!top) return undefined;
  const base = findBase(contentRoot, requested, pullRequestBase);
  const changed: string[] = [];
  const added: string[] = [];
  if (base !== undefined) {
    const diff = ['diff', '--name-status', '--diff-filter=AM', '--no-renames'];
    // Three dots compare with where the branch left the base; a shallow clone may not have that
    // point, and then the base's tip is what the pull request's merge commit was made on.
    for (const entry of lines(
      git([...diff, `${base}...HEAD`, '--', contentRoot], top) ?? git([...diff, base, 'HEAD', '--', contentRoot], top),
    )) {
      // "A\tpath" or "M\tpath".
      const name = entry.slice(2);
      changed.push(name);
      if (entry.startsWith('A')) added.push(name);
    }
  }
  for (const entry of lines(
    git(['status', '--porcelain', '--untracked-files=all', '--no-renames', '--', contentRoot], top),
  )) {
    // "?? path" is untracked, " M path" modified, "A  path" added; deletions leave nothing to blame.
    const code = entry.slice(0, 2);
    if (/D/.test(code)) continue;
    changed.push(entry.slice(3));
    if (code === '??' || code.startsWith('A')) added.push(entry.slice(3));
  }
  const absolute = (names: string[]) => new Set(names.map((name) => resolve(top, name)));
  return { files: absolute(changed), added: absolute(added), base };
}
