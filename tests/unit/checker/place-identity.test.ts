import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/checker/checker.ts';
import { distanceKm, NEAR_KM } from '../../../src/lib/checker/place-identity.ts';
import { formatProblem } from '../../../src/lib/model/problems.ts';
import { TODAY } from '../../support/bad-cases.ts';
import { FIXTURES, readContent, withFile } from '../../support/content-files.ts';

const good = readContent(join(FIXTURES, 'good'));

/** A place file added to the good content (which has Jolfa at 38.9379, 45.6333, without a GeoNames id). */
function withPlace(id: string, lines: string) {
  const text = `${lines.trim()}\nkind: city\ncountry: IR\nprovince: East Azerbaijan province\nonBorder: true\n`;
  return withFile(good, `places/${id}.yaml`, text);
}
/** Every problem in the content, formatted: the good fixture has none, so these are the new file's. */
const identity = (files: ReturnType<typeof withPlace>) => checkContent(files, { today: TODAY }).map(formatProblem);

const near = `
coordinates:
  lat: 38.95
  lon: 45.64
coordinatesSource: "A point read off a test map"`;

describe('places that may be entered twice', () => {
  test('measures great-circle distances in kilometres', () => {
    // Tehran to Tabriz, about 530 km as the crow flies.
    expect(distanceKm({ lat: 35.69, lon: 51.42 }, { lat: 38.08, lon: 46.29 })).toBeCloseTo(530, -1);
  });

  test('warns about a new place a few kilometres from an existing one, saying what to do', () => {
    const problems = identity(withPlace('culfa-town', `name: Culfa Town${near}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/places\/culfa-town\.yaml:\d+:\d+ {2}warning: coordinates: culfa-town lies 1\.\d km from jolfa \(content\/places\/jolfa\.yaml\): it may be the same place entered twice\./,
    );
    expect(problems[0]).toContain('different GeoNames ids are not duplicates');
  });

  test('warns about a name that differs only by a qualifier or one letter', () => {
    expect(identity(withPlace('julfa-nakhchivan', 'name: Julfa (Nakhchivan)'))).toEqual([
      expect.stringMatching(
        /julfa-nakhchivan\.yaml:1:7 {2}warning: name: "Julfa \(Nakhchivan\)" is nearly "Julfa", a name of jolfa/,
      ),
    ]);
    expect(identity(withPlace('parsabade', 'name: Parsabade'))).toEqual([
      expect.stringContaining('"Parsabade" is nearly "Parsabad"'),
    ]);
  });

  test('tells namesakes apart by their different GeoNames ids', () => {
    let files = withPlace('julfa-nakhchivan', `name: Julfa (Nakhchivan)\ngeonamesId: 147622${near}`);
    files = {
      ...files,
      places: files.places.map((f) =>
        f.path.endsWith('/jolfa.yaml') ? { ...f, text: `${f.text}geonamesId: 128234\n` } : f,
      ),
    };
    expect(identity(files)).toEqual([]);
  });

  test('does not take a place for the place it lies within', () => {
    const files = withPlace('jolfa-quarter', `name: Jolfa Quarter\nwithin: jolfa${near}`);
    expect(identity(files)).toEqual([]);
  });

  test('leaves places further apart than a few kilometres, with unlike names, alone', () => {
    expect(NEAR_KM).toBeLessThan(10);
    const far = `name: Marand\ncoordinates:\n  lat: 38.43\n  lon: 45.77\ncoordinatesSource: "A point read off a test map"`;
    expect(identity(withPlace('marand', far))).toEqual([]);
  });
});
