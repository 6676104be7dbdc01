/**
 * Structured data (JSON-LD) for search engines and link previews: a digest is an Article based on
 * the original news article, an event an Event at its places. Built only from typed data, never
 * from rendered HTML, and serialised so that no text in it can end the script element that holds it.
 */
import type { Article, Event, NewsArticle, Place as SchemaPlace, WithContext } from 'schema-dts';
import type { Dating, Place } from '../model/schema.ts';

/** The site as publisher: its name and absolute address. */
export interface Publisher {
  name: string;
  url: string;
}

/**
 * JSON for inside `<script type="application/ld+json">`: every `<`, `>` and `&` and the two line
 * separators JavaScript once refused are written as `\u` escapes, which JSON reads back as the same
 * characters, so a headline such as `</script><script>…` stays a string.
 * e.g. `serializeJsonLd({ a: '</script>' })` is `{"a":"\u003c/script\u003e"}`.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export interface DigestFacts {
  /** The original's headline, as published. */
  headline: string;
  summary: string;
  /** The digest page's absolute address. */
  url: string;
  outlet: string;
  author?: string | undefined;
  published: Dating;
  /** The original's language, a BCP 47 code. */
  language: string;
  /** Where the original can be read, if it is online. */
  originalUrl?: string | undefined;
  /** The day of the latest correction, if any. */
  revised?: string | undefined;
  /** The page's language, a BCP 47 code: English, or a translation's. */
  inLanguage: string;
  /** Our headline for the digest in that language, when it is not the original's. */
  translatedHeadline?: string | undefined;
  /** The English digest's absolute address, on a page in another language. */
  translationOf?: string | undefined;
}

/** A digest page: our Article about, and based on, the original news article. */
export function digestJsonLd(facts: DigestFacts, publisher: Publisher): WithContext<Article> {
  const original: NewsArticle = {
    '@type': 'NewsArticle',
    headline: facts.headline,
    datePublished: facts.published.date,
    inLanguage: facts.language,
    publisher: { '@type': 'Organization', name: facts.outlet },
    ...(facts.author ? { author: { '@type': 'Person', name: facts.author } } : {}),
    ...(facts.originalUrl ? { url: facts.originalUrl } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: facts.translatedHeadline ?? `Digest: ${facts.headline}`,
    description: facts.summary,
    url: facts.url,
    mainEntityOfPage: facts.url,
    inLanguage: facts.inLanguage,
    isBasedOn: original,
    about: original,
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    ...(facts.revised ? { dateModified: facts.revised } : {}),
    ...(facts.translationOf ? { translationOfWork: { '@type': 'Article', url: facts.translationOf } } : {}),
  };
}

export interface EventFacts {
  /** What happened, in a sentence. */
  summary: string;
  /** A short name for it: the page's title. */
  name: string;
  /** The event page's absolute address. */
  url: string;
  when: Dating;
  /** The language the page gives its name and summary in, a BCP 47 tag: "fa", or "en" where untranslated. */
  inLanguage: string;
  places: readonly { id: string; place: Place; url: string }[];
  /** The digests that report it, with their absolute addresses. */
  reports: readonly { headline: string; url: string }[];
}

/**
 * An event page: an Event at its Places with their coordinates (where a source gives them). Dates keep their precision
 * ("2020-10" is ISO 8601 for a month), so nothing is claimed more exactly than it is known.
 */
export function eventJsonLd(facts: EventFacts, publisher: Publisher): WithContext<Event> {
  const location: SchemaPlace[] = facts.places.map(({ place, url }) => ({
    '@type': 'Place',
    name: place.name,
    ...(place.alternateName ? { alternateName: place.alternateName.name } : {}),
    url,
    // A place no source locates has no point: it is named, never given made-up coordinates.
    ...(place.coordinates
      ? { geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lon } }
      : {}),
    address: { '@type': 'PostalAddress', addressCountry: place.country, addressRegion: place.province },
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: facts.name,
    description: facts.summary,
    url: facts.url,
    inLanguage: facts.inLanguage,
    startDate: facts.when.date,
    ...(facts.when.until ? { endDate: facts.when.until } : {}),
    location,
    subjectOf: facts.reports.map((r) => ({
      '@type': 'Article',
      headline: `Digest: ${r.headline}`,
      url: r.url,
      publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    })),
  };
}
