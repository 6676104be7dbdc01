/**
 * A contributor's next build reuses the event, digest, place and actor pages nothing changed (Astro's
 * incremental build, keyed by src/site/pageData.ts), and what it publishes is byte for byte what
 * a build from nothing makes of the same content. First a digest is added (the guide's worked
 * example), one is edited in English and Persian, and one is deleted with its translation; then
 * only the Persian words of an event that other digests report are edited.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { differences, files } from '../support/dist.ts';
import { buildCommand, makeProject, removeProject } from '../support/project.ts';
import { followWorkedExample } from '../support/contributing-example.ts';

let dir: string | undefined;
afterAll(() => dir && removeProject(dir));

const EDITED = 'fighting-resumes-shelling-accusations';
const EDITED_DIGEST = '2020-10-26-dawn-iran-deploys-troops.md';
/**
 * Told in one digest and reported by others too (`see:`): when only its Persian words change, the
 * Persian pages of a digest that reports it must show them, and the other languages' stay as built.
 */
const PERSIAN_ONLY = {
  digest: '2020-10-25-caspiannews-iranian-envoy-border-of-friendship.md',
  event: 'war-begins',
  reportedBy: '2020-10-28-breitbart-irgc-border-clashes-unacceptable',
  place: 'nagorno-karabakh',
  actor: 'azerbaijan',
};
/** A place none of the changes is at. */
const ELSEWHERE = 'jolfa';
/** An actor none of the changes names. */
const NOT_IN_IT = 'mohammad-pakpour';
const DELETED_DIGEST = '2023-09-unidentified-iran-denies-border-build-up.md';
const DELETED_EVENT = 'baqeri-hasanov-call';
const UNTOUCHED_DIGEST = '2020-11-intellinews-armenia-azerbaijan-near-all-out-war';
const stem = (file: string) => file.replace(/\.md$/, '');

/**
 * The pages of a type ("events", "articles") a build's log says it copied from the previous
 * build, and those it rendered.
 * Astro logs "├─ <file>" as it starts a page and "(restored)" or "(cached)" right after it for a
 * reused one; four pages are in flight at once, so one line of the log can name several.
 */
function keyedPages(log: string, type: 'events' | 'articles' | 'places' | 'actors') {
  const reused: string[] = [];
  const rendered: string[] = [];
  const written = new RegExp(`├─ ((?:/[a-z]{2})?/${type}/[^/\\s]+/)index\\.html( \\((?:restored|cached)\\))?`, 'g');
  for (const [, page, copied] of log.matchAll(written)) (copied ? reused : rendered).push(page!);
  return { reused, rendered };
}

/** Marks the Persian translation of event `eventId` in translation `file` as edited. */
function editPersian(file: string, eventId: string) {
  const text = readFileSync(file, 'utf8');
  const summary = new RegExp(`(  ${eventId}:\\n    summary: >-\\n      )(\\S)`).exec(text);
  expect(summary, `${file} translates ${eventId}`).not.toBeNull();
  writeFileSync(file, text.replace(summary![0], `${summary![1]}(ویرایش شده) ${summary![2]}`));
}

/** Replaces `from` by `to` in a file, once, and fails if `from` is not there. */
function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  expect(text, file).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/**
 * Builds the changed content with the previous build's caches, then again from nothing, and
 * checks the two sites are the same file for file and byte for byte. Returns the first build's log;
 * the caches left behind are the second build's, a fresh start for the next change.
 */
function warmEqualsCold(project: string): string {
  const warm = buildCommand(project);
  expect(warm.status, warm.output).toBe(0);
  const warmDist = join(project, 'dist-warm');
  rmSync(warmDist, { recursive: true, force: true });
  renameSync(warm.dist, warmDist);
  rmSync(join(project, 'node_modules', '.astro'), { recursive: true, force: true });
  const cold = buildCommand(project);
  expect(cold.status, cold.output).toBe(0);
  expect(keyedPages(cold.output, 'events').reused).toEqual([]);
  expect(files(warmDist).length).toBeGreaterThan(0);
  expect(differences(warmDist, cold.dist), 'pages the warm build reused stale').toEqual([]);
  return warm.output;
}

const LANGUAGES = ['', '/fa', '/az'];

test('builds after adding, editing and deleting digests reuse only unchanged pages and equal cold builds', async () => {
  dir = await makeProject();
  const content = join(dir, 'content');
  const first = buildCommand(dir);
  expect(first.status, first.output).toBe(0);
  const firstEvents = keyedPages(first.output, 'events');
  expect(firstEvents.reused, 'the first build had nothing to reuse').toEqual([]);

  followWorkedExample(content);
  const english = join(content, 'articles', EDITED_DIGEST);
  edit(english, 'Fighting flared again over Nagorno-Karabakh.', 'Fighting broke out again over Nagorno-Karabakh.');
  editPersian(join(content, 'translations', 'fa', EDITED_DIGEST), EDITED);
  rmSync(join(content, 'articles', DELETED_DIGEST));
  rmSync(join(content, 'translations', 'fa', DELETED_DIGEST));
  const changed = warmEqualsCold(dir);
  const events = keyedPages(changed, 'events');
  // Most event pages are untouched by the change and come from the first build…
  expect(events.reused.length, changed).toBeGreaterThan(firstEvents.rendered.length / 2);
  // …but the edited event's pages in every language are made again, and the deleted one's are gone.
  for (const prefix of LANGUAGES) expect(events.rendered).toContain(`${prefix}/events/${EDITED}/`);
  expect([...events.reused, ...events.rendered].filter((p) => p.includes(DELETED_EVENT))).toEqual([]);
  // The same for digests: the edited one is made again in every language, an untouched one is not.
  const digests = keyedPages(changed, 'articles');
  for (const prefix of LANGUAGES) {
    expect(digests.rendered).toContain(`${prefix}/articles/${stem(EDITED_DIGEST)}/`);
    expect(digests.reused).toContain(`${prefix}/articles/${UNTOUCHED_DIGEST}/`);
  }

  editPersian(join(content, 'translations', 'fa', PERSIAN_ONLY.digest), PERSIAN_ONLY.event);
  const persian = warmEqualsCold(dir);
  const persianEvents = keyedPages(persian, 'events');
  expect(persianEvents.rendered).toContain(`/fa/events/${PERSIAN_ONLY.event}/`);
  expect(persianEvents.reused).toContain(`/events/${PERSIAN_ONLY.event}/`);
  const persianDigests = keyedPages(persian, 'articles');
  expect(persianDigests.rendered).toContain(`/fa/articles/${PERSIAN_ONLY.reportedBy}/`);
  for (const prefix of ['', '/az'])
    expect(persianDigests.reused).toContain(`${prefix}/articles/${PERSIAN_ONLY.reportedBy}/`);
  // The place where the event happened lists it: its Persian page is made again, the others not,
  // nor the pages of places it did not happen at.
  const persianPlaces = keyedPages(persian, 'places');
  expect(persianPlaces.rendered).toContain(`/fa/places/${PERSIAN_ONLY.place}/`);
  for (const prefix of ['', '/az']) expect(persianPlaces.reused).toContain(`${prefix}/places/${PERSIAN_ONLY.place}/`);
  for (const prefix of LANGUAGES) expect(persianPlaces.reused).toContain(`${prefix}/places/${ELSEWHERE}/`);
  // So does the page of an actor in it, and not that of an actor who is not.
  const persianActors = keyedPages(persian, 'actors');
  expect(persianActors.rendered).toContain(`/fa/actors/${PERSIAN_ONLY.actor}/`);
  for (const prefix of ['', '/az']) expect(persianActors.reused).toContain(`${prefix}/actors/${PERSIAN_ONLY.actor}/`);
  for (const prefix of LANGUAGES) expect(persianActors.reused).toContain(`${prefix}/actors/${NOT_IN_IT}/`);
});
