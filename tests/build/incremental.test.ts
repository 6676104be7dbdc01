/**
 * A contributor's second build reuses the event pages nothing changed (Astro's incremental build,
 * keyed by src/site/eventPage.ts), and what it publishes is byte for byte what a build from
 * nothing makes of the same content: after a digest is added (the guide's worked example), one is
 * edited in English and Persian, and one is deleted with its translation.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { differences, files } from '../support/dist.ts';
import { buildCommand, makeProject, removeProject } from '../support/project.ts';
import { followWorkedExample } from '../support/contributing-example.ts';

let dir: string | undefined;
afterAll(() => dir && removeProject(dir));

const EDITED = 'pakpour-visits-khoda-afarin';
const EDITED_DIGEST = '2020-10-26-dawn-iran-deploys-troops.md';
const DELETED_DIGEST = '2023-09-unidentified-iran-denies-border-build-up.md';
const DELETED_EVENT = 'baqeri-hasanov-call';

/**
 * The event pages a build's log says it copied from the previous build, and those it rendered.
 * Astro logs "├─ <file>" as it starts a page and "(restored)" or "(cached)" right after it for a
 * reused one; four pages are in flight at once, so one line of the log can name several.
 */
function eventPages(log: string) {
  const reused: string[] = [];
  const rendered: string[] = [];
  for (const [, page, copied] of log.matchAll(
    /├─ ((?:\/[a-z]{2})?\/events\/[^/\s]+\/)index\.html( \((?:restored|cached)\))?/g,
  ))
    (copied ? reused : rendered).push(page!);
  return { reused, rendered };
}

/** Replaces `from` by `to` in a file, once, and fails if `from` is not there. */
function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  expect(text, file).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

test('a build after adding, editing and deleting digests reuses unchanged event pages and equals a cold build', async () => {
  dir = await makeProject();
  const content = join(dir, 'content');
  const first = buildCommand(dir);
  expect(first.status, first.output).toBe(0);
  const firstPages = eventPages(first.output);
  expect(firstPages.reused, 'the first build had nothing to reuse').toEqual([]);

  followWorkedExample(content);
  const english = join(content, 'articles', EDITED_DIGEST);
  edit(
    english,
    'IRGC Ground Forces commander Mohammad Pakpour toured',
    'The IRGC Ground Forces commander, Mohammad Pakpour, visited',
  );
  const persian = join(content, 'translations', 'fa', EDITED_DIGEST);
  const persianText = readFileSync(persian, 'utf8');
  const summary = new RegExp(`(  ${EDITED}:\\n    summary: >-\\n      )(\\S)`).exec(persianText);
  expect(summary, `${persian} translates ${EDITED}`).not.toBeNull();
  writeFileSync(persian, persianText.replace(summary![0], `${summary![1]}(ویرایش شده) ${summary![2]}`));
  rmSync(join(content, 'articles', DELETED_DIGEST));
  rmSync(join(content, 'translations', 'fa', DELETED_DIGEST));

  const warm = buildCommand(dir);
  expect(warm.status, warm.output).toBe(0);
  const { reused, rendered } = eventPages(warm.output);
  // Most event pages are untouched by the change and come from the first build…
  expect(reused.length, warm.output).toBeGreaterThan(firstPages.rendered.length / 2);
  // …but the edited event's pages in every language are made again, and the deleted one's are gone.
  for (const prefix of ['', '/fa', '/az']) expect(rendered).toContain(`${prefix}/events/${EDITED}/`);
  expect([...reused, ...rendered].filter((p) => p.includes(DELETED_EVENT))).toEqual([]);

  const warmDist = join(dir, 'dist-warm');
  renameSync(warm.dist, warmDist);
  rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  const cold = buildCommand(dir);
  expect(cold.status, cold.output).toBe(0);
  expect(eventPages(cold.output).reused).toEqual([]);
  expect(files(warmDist).length).toBeGreaterThan(0);
  expect(differences(warmDist, cold.dist)).toEqual([]);
});
