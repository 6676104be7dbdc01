/**
 * The Aras as a line, derived at build time from Natural Earth's country borders (world-atlas),
 * never drawn by hand. No npm package carries the river itself, but along most of Iran's
 * northern border the border is the river: all of Iran's border with Nakhchivan and with
 * Armenia, and its border with the rest of Azerbaijan from the Armenian border to the point
 * where the river turns north into Azerbaijan and the border strikes off overland towards the
 * Caspian. That point is the northernmost one of Iran's eastern border with Azerbaijan.
 *
 * The approximation: the line is the 1:10m border, simplified as the basemap is, so it follows
 * the river as closely as that border does and lies exactly on the borders the map draws. The
 * river's course upstream in Turkey and downstream in Azerbaijan is not drawn.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { mesh } from 'topojson-client';
import { HOME_COUNTRY_NUMERIC } from '../../consts.ts';

const IRAN = HOME_COUNTRY_NUMERIC;
/** The countries whose borders with Iran follow the Aras, as world-atlas codes them: Azerbaijan, Armenia. */
const RIVER_NEIGHBOURS = ['031', '051'] as const;

/**
 * The river as the maps name it. `id` is its gazetteer id: the line links up with the place of
 * that id once the gazetteer has it, and is labelled with `name` either way.
 */
export const ARAS = {
  id: 'aras',
  name: 'Aras',
  /** What `/data/aras.geojson` says about where the line comes from. */
  source:
    'Natural Earth 1:10m admin-0 country borders (world-atlas countries-10m): Iran’s borders with ' +
    'Azerbaijan (with Nakhchivan) and with Armenia, east as far as the northernmost point of the ' +
    'Iran–Azerbaijan border, where the river leaves it. The river is drawn only where it is the border.',
} as const;

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/**
 * Joins lines that meet end to end into as few lines as possible, reversing any that run the
 * other way: `chainLines([[[0,0],[1,0]], [[2,0],[1,0]]])` is `[[[0,0],[1,0],[2,0]]]`.
 */
export function chainLines(lines: readonly Position[][]): Position[][] {
  const rest = lines.filter((l) => l.length > 1).map((l) => [...l]);
  const chains: Position[][] = [];
  while (rest.length > 0) {
    let chain = rest.shift()!;
    for (let joined = true; joined;) {
      joined = false;
      for (let i = 0; i < rest.length; i++) {
        const line = rest[i]!;
        const [first, last] = [line[0]!, line.at(-1)!];
        if (same(chain.at(-1)!, first)) chain = [...chain, ...line.slice(1)];
        else if (same(chain.at(-1)!, last)) chain = [...chain, ...line.slice(0, -1).reverse()];
        else if (same(chain[0]!, last)) chain = [...line.slice(0, -1), ...chain];
        else if (same(chain[0]!, first)) chain = [...line.slice(1).reverse(), ...chain];
        else continue;
        rest.splice(i, 1);
        joined = true;
        break;
      }
    }
    chains.push(chain);
  }
  return chains;
}

/**
 * The part of a line from its start to its northernmost point east of `afterLon`; the point
 * itself is kept. `untilNorthernmost([[0,0],[1,2],[2,1]], 0.5)` is `[[0,0],[1,2]]`.
 */
export function untilNorthernmost(line: readonly Position[], afterLon: number): Position[] {
  let best = -1;
  line.forEach((p, i) => {
    if (p[0]! > afterLon && (best < 0 || p[1]! > line[best]![1]!)) best = i;
  });
  return best < 0 ? [...line] : line.slice(0, best + 1);
}

/**
 * The Aras from where it meets Iran's border (at Turkey) downstream to where it leaves it, as a
 * LineString at 0.001°. `world` is the topology the basemap is drawn from, simplified the same
 * way, so the river lies on the drawn borders. Throws, saying what is missing, if the topology
 * does not hold the borders this relies on.
 */
export function arasCourse(world: Topology): LineString {
  const countries = world.objects['countries'] as GeometryObject | undefined;
  if (!countries)
    throw new Error('arasCourse: the topology has no `countries` object; pass world-atlas countries-10m.');
  const borderWith = (other: string) =>
    (
      mesh(world, countries, (a, b) => {
        const pair = [String(a.id), String(b.id)];
        return pair.includes(IRAN) && pair.includes(other);
      }) as MultiLineString
    ).coordinates;
  const [azerbaijan, armenia] = RIVER_NEIGHBOURS.map(borderWith) as [Position[][], Position[][]];
  const chains = chainLines([...azerbaijan, ...armenia]);
  if (chains.length !== 1 || armenia.length === 0)
    throw new Error(
      `arasCourse: expected Iran's borders with Azerbaijan and Armenia to join into one line, found ${chains.length}; ` +
        'check that the topology is world-atlas countries-10m, as pinned in package.json.',
    );
  // West (upstream, at Turkey) first.
  const chain = chains[0]!;
  if (chain[0]![0]! > chain.at(-1)![0]!) chain.reverse();
  const armeniaEast = Math.max(...armenia.flat().map((p) => p[0]!));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    type: 'LineString',
    coordinates: untilNorthernmost(chain, armeniaEast).map(([x, y]) => [round(x!), round(y!)]),
  };
}
