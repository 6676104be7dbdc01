/**
 * The content collections. Their schemas live in `src/lib/model/schema.ts` so the standalone
 * content checker shares them; cross-entry rules (references, duplicate ids) are in
 * `src/lib/model/integrity.ts`, because Astro only logs a broken reference.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, articleSchema, placeSchema } from './lib/model/schema.ts';
import { CONTENT_DIR } from './consts.ts';
import { translationSchema } from './lib/model/translation.ts';
import { withoutYamlAliases } from './site/no-yaml-aliases.ts';

// Tests and the benchmark build other content trees through the same site.
const root = process.env['ARAS_CONTENT_DIR'] ?? `./${CONTENT_DIR}`;

// An entry's id is its file name exactly as written. Astro's default would slugify it, so that
// `Jolfa.yaml` and `jolfa.yaml` became one entry and one silently replaced the other; kept as
// written, integrity.ts refuses any file name that is not already a valid id. Every loader
// refuses YAML anchors and aliases before Astro's parser can expand them (billion laughs).
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.(md|yaml)$/, '');

/**
 * One Markdown digest per news article: content/articles/<id>.md. The store keeps each digest's
 * rendered HTML, not its Markdown source (nothing reads it): at 10,000 digests that is a third of
 * the store Astro serialises and compiles into the build (docs/benchmarks.md).
 */
const articles = defineCollection({
  loader: withoutYamlAliases(
    glob({ pattern: '*.md', base: `${root}/articles`, generateId: fileId, retainBody: false }),
  ),
  schema: articleSchema,
});

/** The gazetteer: one YAML file per place, content/places/<id>.yaml */
const places = defineCollection({
  loader: withoutYamlAliases(glob({ pattern: '*.yaml', base: `${root}/places`, generateId: fileId })),
  schema: placeSchema,
});

/** People, organisations and states named in the articles: content/actors/<id>.yaml */
const actors = defineCollection({
  loader: withoutYamlAliases(glob({ pattern: '*.yaml', base: `${root}/actors`, generateId: fileId })),
  schema: actorSchema,
});

/**
 * Digests translated into the site's other languages: content/translations/<language>/<article id>.md,
 * with ids "<language>/<article id>". integrity.ts checks each against the digest it translates.
 */
const translations = defineCollection({
  loader: withoutYamlAliases(
    glob({ pattern: '*/*.md', base: `${root}/translations`, generateId: fileId, retainBody: false }),
  ),
  schema: translationSchema,
});

export const collections = { articles, places, actors, translations };
