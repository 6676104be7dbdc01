/** Where a digest's frontmatter is: the YAML between its `---` fences, found without parsing it. */

/** The fences remark-frontmatter recognises: `---` alone on the first line and on a later one. */
export const FRONTMATTER = /^---[ \t]*(\r?\n[\s\S]*?\r?\n|\r?\n)---[ \t]*(?=\r?\n|$)/;

/** How many line breaks a text holds. */
export const lineCount = (text: string): number => text.match(/\n/g)?.length ?? 0;

/**
 * The YAML of a digest's frontmatter and the line it starts after, or undefined when the file
 * has no fences: `frontmatterYaml('---\na: 1\n---\nText')` is `{ yaml: 'a: 1', lineOffset: 1 }`.
 */
export function frontmatterYaml(text: string): { yaml: string; lineOffset: number } | undefined {
  const fences = FRONTMATTER.exec(text);
  if (!fences) return undefined;
  return { yaml: (fences[1] ?? '').replace(/^\r?\n/, '').replace(/\r?\n$/, ''), lineOffset: 1 };
}
