/**
 * A throwaway copy of the project to build in, shared by the benchmark and the build tests so that
 * both build under the same rules: the site's own files (from the working tree or from a commit),
 * no content/ (the caller writes the content it wants), and node_modules linked package by package.
 *
 * Linking packages one by one instead of the whole folder is the rule that matters: Astro and Vite
 * write their caches (the content data store, dependency pre-bundles) into node_modules/.astro and
 * node_modules/.vite, so a copy that shared the folder would build from, and overwrite, the
 * project's own caches. Each copy starts cold and leaves the project as it was.
 *
 *   await copyProject(projectRoot, dest);               // the working tree
 *   await copyProject(projectRoot, dest, { ref: 'HEAD' }); // the last commit
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** What of the project a build needs, besides content/ and node_modules/. */
export const PROJECT_FILES: readonly string[] = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/** A file to write, its path relative to the folder it is written under. */
export interface FileToWrite {
  path: string;
  text: string;
}

export interface CopyOptions {
  /** A commit (e.g. "HEAD") to copy instead of the working tree, so a result can be tied to its code. */
  ref?: string;
}

/** Copies the project's build files into `dest` and links its packages; content/ is left to the caller. */
export async function copyProject(projectRoot: string, dest: string, options: CopyOptions = {}): Promise<void> {
  await mkdir(dest, { recursive: true });
  if (options.ref === undefined) {
    for (const name of PROJECT_FILES) await cp(join(projectRoot, name), join(dest, name), { recursive: true });
  } else {
    const tar = execFileSync('git', ['archive', '--format=tar', options.ref, '--', ...PROJECT_FILES], {
      cwd: projectRoot,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dest], { input: tar });
  }
  await linkNodeModules(projectRoot, dest);
}

/**
 * Links every package of the project's node_modules into `dest`/node_modules, and its .bin, but
 * none of the other dot-folders (the caches), which each copy makes for itself.
 */
export async function linkNodeModules(projectRoot: string, dest: string): Promise<void> {
  const from = join(projectRoot, 'node_modules');
  const to = join(dest, 'node_modules');
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    await symlink(join(from, name), join(to, name));
  }
}

/** Writes files under `root`, creating folders as needed. */
export async function writeFiles(root: string, files: readonly FileToWrite[]): Promise<void> {
  const dirs = new Set(files.map((f) => dirname(join(root, f.path))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  // A bounded number of writes in flight at once: well under the open-file limit.
  for (let i = 0; i < files.length; i += 256)
    await Promise.all(files.slice(i, i + 256).map((f) => writeFile(join(root, f.path), f.text)));
}
