/**
 * The pages' `getStaticPaths`, once for the default language (unprefixed addresses) and once per
 * other language (`[lang]` routes): one home for which pages exist, so a language added in
 * locales.ts gets every page, and the English and translated routes can never list different pages.
 */
import type { PaginateFunction } from 'astro';
import { DEFAULT_LOCALE, TRANSLATION_LOCALES, type Locale } from '../i18n/locales.ts';
import { PAGE_SIZE, positionOf } from '../lib/timeline/archive.ts';
import { siteContent } from './content.ts';
import { actorPageData, digestPageData, eventPageData, pageKey, placePageData } from './pageData.ts';

/**
 * A page with no parameter of its own, in each other language:
 * `[{ params: { lang: 'fa' }, props: { locale: 'fa' } }, …]`.
 */
export const languagePaths = () =>
  TRANSLATION_LOCALES.map((locale) => ({ params: { lang: locale as string }, props: { locale } }));

/** The same paths as an English page's, once per other language, each with its locale. */
export function inEveryLanguage<Params extends object, Props extends object>(
  paths: readonly { params: Params; props: Props }[],
): { params: Params & { lang: string }; props: Props & { locale: Locale } }[] {
  return TRANSLATION_LOCALES.flatMap((locale) =>
    paths.map((p) => ({ params: { ...p.params, lang: locale as string }, props: { ...p.props, locale } })),
  );
}

/** The timeline's pages: one per month (or year) and page number, by their place in `pages`. */
export async function periodPaths() {
  const { pages } = await siteContent();
  return pages.map((p, index) => ({
    params: { period: p.period.key, page: p.number === 1 ? undefined : String(p.number) },
    props: { index },
  }));
}

/**
 * A page per item in the default language, or in each of `locales` under `[lang]`, each with a
 * `cacheKey`: the hash of all the page shows from the content (src/site/pageData.ts), so an
 * incremental build reuses the page until that changes. The page data is hashed here and made
 * again by the page, not kept in its props: held for every page at once it would cost the build
 * hundreds of megabytes at 10,000 digests.
 */
function keyedPaths<T, Props extends object>(
  locales: readonly Locale[] | undefined,
  items: readonly T[],
  id: (item: T) => string,
  props: (item: T) => Props,
  data: (item: T, locale: Locale) => unknown,
) {
  return (locales ?? [DEFAULT_LOCALE]).flatMap((locale) =>
    items.map((item) => ({
      params: locales ? { id: id(item), lang: locale as string } : { id: id(item) },
      props: { ...props(item), locale },
      cacheKey: pageKey(data(item, locale)),
    })),
  );
}

/** One page per digest. */
export async function digestPaths(locales?: readonly Locale[]) {
  const content = await siteContent();
  return keyedPaths(
    locales,
    content.articles.map((a) => a.id),
    (id) => id,
    (id) => ({ id }),
    (id, locale) => digestPageData(content, id, locale),
  );
}

/** One page per event (articles' publications have their digest pages instead). */
export async function eventPaths(locales?: readonly Locale[]) {
  const content = await siteContent();
  return keyedPaths(
    locales,
    content.entries.filter((e) => e.type === 'event'),
    (entry) => entry.id,
    (entry) => ({ entry }),
    (entry, locale) => eventPageData(content, entry, locale),
  );
}

/** Where a list page's paths are made: the default language's, or each of `locales` under `[lang]`. */
function paginateIn<T, P extends Record<string, string>, Props extends object>(
  paginate: PaginateFunction,
  locales: readonly Locale[] | undefined,
  items: readonly T[],
  params: P,
  props: Props,
) {
  const each = locales ?? [DEFAULT_LOCALE];
  return each.flatMap((locale) =>
    paginate([...items], {
      params: locales ? { ...params, lang: locale } : params,
      props: { ...props, locale },
      pageSize: PAGE_SIZE,
    }),
  );
}

/** Each place's entries, on numbered pages, each page keyed like `keyedPaths`' (pageData.ts). */
export async function placePaths(paginate: PaginateFunction, locales?: readonly Locale[]) {
  const content = await siteContent();
  return content.places.flatMap(({ id }) =>
    paginateIn(paginate, locales, content.entriesByPlace.get(id) ?? [], { id }, { id }).map((path) => {
      const { page, locale } = path.props;
      return {
        ...path,
        cacheKey: pageKey(placePageData(content, id, page.data, page.total, positionOf(page), locale)),
      };
    }),
  );
}

/** Each actor's events, on numbered pages, each page keyed like `keyedPaths`' (pageData.ts). */
export async function actorPaths(paginate: PaginateFunction, locales?: readonly Locale[]) {
  const content = await siteContent();
  return content.actors.flatMap(({ id }) =>
    paginateIn(paginate, locales, content.eventsByActor.get(id) ?? [], { id }, { id }).map((path) => {
      const { page, locale } = path.props;
      return { ...path, cacheKey: pageKey(actorPageData(content, id, page.data, positionOf(page), locale)) };
    }),
  );
}

/** Each kind's events, on numbered pages. */
export async function kindPaths(paginate: PaginateFunction, locales?: readonly Locale[]) {
  const { kinds } = await siteContent();
  return kinds.flatMap(({ kind, entries }) => paginateIn(paginate, locales, entries, { kind }, { kind }));
}
