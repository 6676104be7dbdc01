/**
 * Synthetic content for the build benchmark: a gazetteer, a list of actors and N digests that
 * look like ours (same frontmatter shape, dates spread over 2020–2024, events shared through
 * `see:`, 200–400 words of body) and pass the site's own schemas and cross-entry checks.
 *
 * Everything comes from a seeded generator, so two runs with the same N write the same files
 * and their timings can be compared.
 */
import { stringify } from 'yaml';
import type { Actor, Article, ArticleEvent, EventReference, Place } from '../../src/lib/model/schema.ts';
import { ACTOR_KINDS, EVENT_KINDS, PLACE_KINDS } from '../../src/lib/model/schema.ts';
import { suggestId } from '../../src/lib/model/names.ts';
import { worldShapes } from '../../src/lib/checker/country-shapes.ts';
import { ATLAS_CODES } from '../../src/lib/checker/place-countries.ts';

/** A file of the synthetic content tree, relative to the content root: "articles/x.md". */
export interface SyntheticFile {
  path: string;
  text: string;
}

export interface SyntheticOptions {
  articles: number;
  places?: number;
  actors?: number;
  seed?: number;
}

/** The countries of the synthetic gazetteer: those the benchmark region (lon 44–49, lat 37.5–41) is mostly made of. */
const GAZETTEER_COUNTRIES = ['IR', 'AZ', 'AM'] as const;

/** mulberry32: a tiny seeded PRNG, good enough to spread synthetic data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  readonly random: () => number;
  constructor(random: () => number) {
    this.random = random;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]!);
    return out;
  }
}

const SYLLABLES = [
  'ar',
  'as',
  'ba',
  'bil',
  'da',
  'gar',
  'ha',
  'jol',
  'kha',
  'ki',
  'lan',
  'ma',
  'mir',
  'na',
  'par',
  'qa',
  'ra',
  'sa',
  'shah',
  'ta',
  'vand',
  'za',
  'zan',
  'fa',
  'ko',
  'lu',
  'gol',
  'dar',
  'abad',
  'kand',
];
const PROVINCES: Record<string, string[]> = {
  IR: ['East Azerbaijan province', 'Ardabil province', 'West Azerbaijan province'],
  AZ: [
    'Nakhchivan Autonomous Republic',
    'Jabrayil District',
    'Fuzuli District',
    'Zangilan District',
    'Bilasuvar District',
  ],
  AM: ['Syunik Province', 'Vayots Dzor Province', 'Ararat Province'],
};
const OUTLETS = [
  'Dawn',
  'Caspian News',
  'bne IntelliNews',
  'Tehran Times',
  'Eurasianet',
  'Azatutyun',
  'APA',
  'Trend',
  'IRNA',
  'Al Jazeera',
  'Reuters',
  'Agence France-Presse',
  'The Iran Project',
  'OC Media',
  'JAMnews',
];
const LANGUAGES = ['en', 'en', 'en', 'fa', 'az', 'ru', 'hy'];
const FIRST = [
  'Ali',
  'Hasan',
  'Maryam',
  'Leyla',
  'Armen',
  'Anahit',
  'Rauf',
  'Sara',
  'Davud',
  'Narine',
  'Farid',
  'Elnur',
];
const LAST = [
  'Karimi',
  'Aliyev',
  'Hovhannisyan',
  'Rahimi',
  'Mammadov',
  'Sargsyan',
  'Tabrizi',
  'Huseynov',
  'Petrosyan',
  'Ardabili',
];
const VERBS = ['reported', 'said', 'confirmed', 'denied', 'announced', 'warned', 'claimed', 'stated'];
const WORDS =
  'border river troops shelling crossing village ministry spokesman ceasefire artillery bridge province governor residents convoy statement officials district checkpoint road drone positions negotiations talks corridor railway refugees observers mortar rounds villagers farmland commander ministry agency reporters security forces patrol exercises drills delegation envoy'.split(
    ' ',
  );

function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A UTC day number for date arithmetic, and back to "YYYY-MM-DD". */
const DAY = 86_400_000;
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromIso = (iso: string) => Date.parse(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

function sentence(dice: Dice, names: readonly string[]): string {
  const words = Array.from({ length: dice.int(8, 18) }, () => dice.pick(WORDS));
  if (dice.chance(0.6)) words.splice(dice.int(0, words.length), 0, dice.pick(names));
  if (dice.chance(0.3)) words.push(dice.pick(VERBS), `“${dice.pick(WORDS)} ${dice.pick(WORDS)} ${dice.pick(WORDS)}”`);
  return `${titleCase(words.join(' '))}.`;
}

/** 200–400 words in paragraphs, sometimes with a heading, a quote and a link, as digests have. */
function body(dice: Dice, names: readonly string[]): string {
  const target = dice.int(200, 400);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const sentences = Array.from({ length: dice.int(3, 6) }, () => sentence(dice, names));
    let paragraph = sentences.join(' ');
    if (dice.chance(0.15)) paragraph += ` See the [original report](https://example.org/report/${dice.int(1, 99999)}).`;
    if (dice.chance(0.1)) paragraph = `> ${paragraph}`;
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
    if (paragraphs.length === 3 && dice.chance(0.4)) paragraphs.push('## Context');
  }
  return paragraphs.join('\n\n');
}

function frontmatterFile(data: object, markdown: string): string {
  return `---\n${stringify(data, { lineWidth: 100 })}---\n\n${markdown}\n`;
}

export interface SyntheticContent {
  places: { id: string; data: Place }[];
  actors: { id: string; data: Actor }[];
  articles: { id: string; data: Article; body: string }[];
}

/** Builds the synthetic gazetteer, actors and digests as data. */
export function makeContent({
  articles: count,
  places: placeCount = 300,
  actors: actorCount = 40,
  seed = 2020,
}: SyntheticOptions): SyntheticContent {
  const dice = new Dice(seededRandom(seed));
  const shapes = worldShapes();

  const places: SyntheticContent['places'] = [];
  const placeIds = new Set<string>();
  while (places.length < placeCount) {
    const name = titleCase(Array.from({ length: dice.int(2, 3) }, () => dice.pick(SYLLABLES)).join(''));
    const id = suggestId(name);
    if (placeIds.has(id)) continue;
    placeIds.add(id);
    // The checker refuses a place whose point lies outside the country it names, so the point
    // is drawn first and the place belongs to whichever of the three countries holds it; points
    // in Turkey, Georgia or the Caspian are drawn again.
    const coordinates = {
      lat: Math.round((37.5 + dice.random() * 3.5) * 1e4) / 1e4,
      lon: Math.round((44 + dice.random() * 5) * 1e4) / 1e4,
    };
    const country = GAZETTEER_COUNTRIES.find((code) => shapes.distanceKm(coordinates, ATLAS_CODES[code]!) === 0);
    if (country === undefined) continue;
    const data: Place = {
      name,
      aliases: dice.chance(0.7) ? [`${name}i`, name.replace(/a/g, 'o')].filter((a) => a !== name) : [],
      ...(dice.chance(0.5) ? { localNames: { az: `${name}ı` } } : {}),
      ...(dice.chance(0.03) ? { alternateName: { name: `${name}van`, usedBy: 'Armenian authorities' } } : {}),
      kind: dice.pick(PLACE_KINDS),
      country,
      province: dice.pick(PROVINCES[country]!),
      coordinates,
      coordinatesSource: 'Synthetic: a random point in the benchmark region (lon 44–49, lat 37.5–41).',
      onBorder: dice.chance(0.3),
    };
    places.push({ id, data });
  }

  const actors: SyntheticContent['actors'] = [];
  for (let i = 0; actors.length < actorCount; i++) {
    const kind = ACTOR_KINDS[i % ACTOR_KINDS.length]!;
    const name =
      kind === 'person'
        ? `${dice.pick(FIRST)} ${dice.pick(LAST)} ${i}`
        : `${titleCase(dice.pick(WORDS))} ${kind === 'state' ? 'Republic' : 'Agency'} ${i}`;
    actors.push({
      id: suggestId(name),
      data: {
        name,
        aliases: dice.chance(0.3) ? [name.toUpperCase()] : [],
        kind,
        ...(kind === 'person' ? { role: `Spokesman of the ${dice.pick(WORDS)} ministry` } : {}),
        country: dice.pick(['IR', 'AZ', 'AM', 'RU', 'TR']),
      },
    });
  }
  const actorIds = actors.map((a) => a.id);
  const allPlaceIds = places.map((p) => p.id);
  const nameOf = new Map(places.map((p) => [p.id, p.data.name]));

  // Publication dates spread evenly over 2020–2024 (1,827 days), in date order so that `see:`
  // points at events written earlier, as it does in real content.
  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const days = Array.from({ length: count }, () => start + Math.floor(dice.random() * (span / DAY)) * DAY).sort(
    (a, b) => a - b,
  );

  const defined: string[] = [];
  const articles: SyntheticContent['articles'] = [];
  days.forEach((day, i) => {
    const monthOnly = dice.chance(0.08);
    const published = monthOnly
      ? {
          date: toIso(day).slice(0, 7),
          precision: 'month' as const,
          note: 'The page shows only the month of publication.',
        }
      : { date: toIso(day), precision: 'day' as const };
    const outlet = dice.pick(OUTLETS);
    const placesHere = dice.sample(allPlaceIds, dice.int(1, 5));
    const actorsHere = dice.sample(actorIds, dice.int(0, 6));
    const events: (ArticleEvent | EventReference)[] = [];
    const eventCount = dice.int(2, 5);
    for (let k = 0; k < eventCount; k++) {
      if (defined.length > 0 && dice.chance(0.2)) {
        // Most references point at recent events: the same story reported again.
        const see = defined[Math.max(0, defined.length - 1 - dice.int(0, 40))]!;
        if (!events.some((e) => ('see' in e ? e.see : e.id) === see)) events.push({ see });
        continue;
      }
      const id = `${suggestId(dice.pick(WORDS))}-${suggestId(dice.pick(WORDS))}-${i}-${k}`;
      const back = fromIso(published.date) - dice.int(0, 30) * DAY;
      const eventMonthOnly = monthOnly || dice.chance(0.1);
      const date = eventMonthOnly ? toIso(Math.min(back, fromIso(published.date))).slice(0, 7) : toIso(back);
      const spans = !eventMonthOnly && dice.chance(0.1);
      const claims = dice.chance(0.25) && actorsHere.length > 0;
      const event: ArticleEvent = {
        id,
        when: {
          date,
          precision: eventMonthOnly ? 'month' : 'day',
          ...(spans ? { until: toIso(back + dice.int(1, 3) * DAY) } : {}),
          ...(dice.chance(0.3)
            ? { note: `"On ${dice.pick(['Sunday', 'Monday', 'Friday'])}" in a report of ${published.date}.` }
            : {}),
        },
        places: dice.sample(placesHere, dice.int(1, placesHere.length)),
        kind: dice.pick(EVENT_KINDS),
        summary: sentence(dice, ['Officials', 'Residents', 'The ministry']).slice(0, 380).padEnd(24, '.'),
        actors: dice.sample(actorsHere, dice.int(0, actorsHere.length)),
        ...(claims ? { claim: { by: [actorsHere[0]!], deniedBy: actorsHere.slice(1, 2) } } : {}),
      };
      // A span must end after it starts, and not after the article, at day precision.
      if (event.when.until !== undefined && event.when.until > published.date && published.precision === 'day')
        delete event.when.until;
      events.push(event);
      defined.push(id);
    }
    const headline = `${titleCase(dice.pick(WORDS))} ${dice.pick(VERBS)} near ${places.find((p) => p.id === placesHere[0])!.data.name} (${i})`;
    const data: Article = {
      headline,
      outlet,
      ...(dice.chance(0.6) ? { author: `${dice.pick(FIRST)} ${dice.pick(LAST)}` } : {}),
      published,
      url: `https://example.org/${suggestId(outlet)}/${i}`,
      language: dice.pick(LANGUAGES),
      places: placesHere,
      actors: actorsHere,
      summary: `${sentence(dice, [outlet])}`.slice(0, 290).padEnd(24, '.'),
      events,
    };
    const id = `${published.date}-${suggestId(outlet)}-${i}`;
    articles.push({
      id,
      data,
      // Bodies name only the digest's own places, as a real digest does: a place named but not
      // tagged is a warning of the checker's, and 30,000 digests printed 306,426 of them.
      body: body(
        dice,
        placesHere.map((placeId) => nameOf.get(placeId)!),
      ),
    });
  });

  return { places, actors, articles };
}

/** The synthetic content as files, in the layout of `content/`. */
export function contentFiles(content: SyntheticContent): SyntheticFile[] {
  return [
    ...content.places.map((p) => ({ path: `places/${p.id}.yaml`, text: stringify(p.data, { lineWidth: 100 }) })),
    ...content.actors.map((a) => ({ path: `actors/${a.id}.yaml`, text: stringify(a.data, { lineWidth: 100 }) })),
    ...content.articles.map((a) => ({ path: `articles/${a.id}.md`, text: frontmatterFile(a.data, a.body) })),
  ];
}

/**
 * One more digest for an archive made by `makeContent`, as a contributor would add it: a copy of
 * the newest digest under a new name, reporting new events (its `see:` references still point
 * at events already in the archive). For measuring a build after one digest is added.
 */
export function addedDigest(content: SyntheticContent): SyntheticFile {
  const newest = content.articles.at(-1);
  if (!newest) throw new Error('addedDigest: the archive has no digest to follow; make it with at least one article.');
  const events = newest.data.events.map((e) => ('see' in e ? e : { ...e, id: `${e.id}-added` }));
  const data: Article = {
    ...newest.data,
    headline: `${newest.data.headline} (follow-up)`,
    url: `${newest.data.url}-added`,
    events,
  };
  return { path: `articles/${newest.id}-added.md`, text: frontmatterFile(data, newest.body) };
}
