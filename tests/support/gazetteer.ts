/** The project's own gazetteer, read from content/places and validated as the build does. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { placeSchema } from '../../src/lib/model/schema.ts';
import type { ContentRecord } from '../../src/lib/model/records.ts';
import type { Place } from '../../src/lib/model/schema.ts';

const PLACES = resolve('content/places');

/** Every place file, parsed: `{ id: 'jolfa', filePath: 'content/places/jolfa.yaml', data }`. */
export function gazetteer(): ContentRecord<Place>[] {
  return readdirSync(PLACES)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      filePath: `content/places/${name}`,
      data: placeSchema.parse(load(readFileSync(join(PLACES, name), 'utf8'))),
    }));
}
