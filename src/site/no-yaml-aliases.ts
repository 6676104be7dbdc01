/**
 * A collection loader that refuses YAML anchors and aliases before Astro parses a file, and names
 * the file when Astro's own YAML error report fails to. Astro's YAML and frontmatter parsers
 * expand aliases, and ten lines of nested ones would keep the build busy for minutes. Wraps any
 * loader by handing it entry types whose `getEntryInfo` checks the file's YAML first (`.md` its
 * frontmatter, `.yaml` all of it), so files that change while `astro dev` watches are checked
 * too. The content checker refuses the same files with the same words
 * (`src/lib/checker/yaml-aliases.ts`).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType, DataEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ALIAS_FIX, aliasMessage, findAlias } from '../lib/checker/yaml-aliases.ts';
import { frontmatterYaml } from '../lib/checker/frontmatter.ts';

type EntryType = ContentEntryType | DataEntryType;
/** Astro hands the glob loader its parsers, one per file extension, outside the public type. */
type EntryTypes = Map<string, EntryType>;

const fileName = (fileUrl: URL) => relative(process.cwd(), fileURLToPath(fileUrl));

/** Throws, naming file, line and column, when the YAML in `contents` has an anchor or alias. */
function refuseAliases(contents: string, fileUrl: URL, extension: string): void {
  const block = extension === '.md' ? frontmatterYaml(contents) : { yaml: contents, lineOffset: 0 };
  const use = block && findAlias(block.yaml, block.lineOffset);
  if (!use) return;
  const file = fileName(fileUrl);
  throw new Error(`${file}:${use.position.line}:${use.position.column}  ${aliasMessage(use)}  (${ALIAS_FIX})`);
}

/** The same entry types, each refusing anchors and aliases before it parses. */
function guarded(entryTypes: EntryTypes): EntryTypes {
  return new Map(
    [...entryTypes].map(([extension, type]): [string, EntryType] => [
      extension,
      {
        ...type,
        getEntryInfo: async (params) => {
          refuseAliases(params.contents, params.fileUrl, extension);
          try {
            return await type.getEntryInfo(params);
          } catch (error) {
            // Astro's own YAML error report crashes on some errors (a second document in the
            // file has no position) and then names no file: name it, and where to learn more.
            if (!(error instanceof TypeError)) throw error;
            throw new Error(
              `${fileName(params.fileUrl)}: Astro could not read this file's YAML (${error.message}). Run \`npm run check:content\`: it gives the line and what to do.`,
              { cause: error },
            );
          }
        },
      } as EntryType,
    ]),
  );
}

/** `withoutYamlAliases(glob({ pattern: '*.yaml', base }))`: the loader, refusing anchors and aliases. */
export function withoutYamlAliases(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext & { entryTypes?: EntryTypes }) => {
      // Were a later Astro to stop passing them, the guard would vanish silently: fail instead.
      if (!(context.entryTypes instanceof Map))
        throw new Error(
          'Astro no longer passes `entryTypes` to collection loaders, so YAML anchors cannot be refused before parsing: update src/site/no-yaml-aliases.ts for this Astro version.',
        );
      return loader.load({ ...context, entryTypes: guarded(context.entryTypes) } as LoaderContext);
    },
  };
}
