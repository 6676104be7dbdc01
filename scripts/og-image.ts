/**
 * Draws the picture link previews show (public/og-image.png, 1200×630): the site's name beside a
 * map of the region drawn from the same basemap and gazetteer as the site's maps. The PNG is
 * committed; run `npm run og-image` after the gazetteer's border places or the site's name change.
 * Text is set in the serif fonts installed on the machine that runs it (librsvg through sharp).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import type { Topology } from 'topojson-specification';
import { SITE_IMAGE, SITE_NAME, CONTENT_DIR } from '../src/consts.ts';
import { buildBasemap, REGION } from '../src/lib/map/basemap.ts';
import { projection } from '../src/lib/map/projection.ts';
import { countryShapes } from '../src/lib/map/svgmap.ts';

const { width: W, height: H } = SITE_IMAGE;
const OUT = 'public/og-image.png';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;

// The map fills the picture's height on the right; the text sits on a panel at the left.
const proj = projection(REGION, 1000);
const scale = H / proj.height;
const mapX = W - proj.width * scale;
const shapes = countryShapes(buildBasemap(world), proj, 0.5);

const placesDir = join(CONTENT_DIR, 'places');
const borderPlaces = readdirSync(placesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map(
    (f) =>
      yaml.load(readFileSync(join(placesDir, f), 'utf8')) as {
        onBorder: boolean;
        coordinates: { lat: number; lon: number };
      },
  )
  .filter((p) => p.onBorder)
  .map((p) => proj.project(p.coordinates.lon, p.coordinates.lat));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const serif = "'DejaVu Serif', 'Liberation Serif', Georgia, serif";
const sans = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="#cfdfe7"/>
  <g transform="translate(${mapX} 0) scale(${scale})">
    ${shapes.map((s) => `<path d="${s.d}" fill="${s.home ? '#fbfaf7' : '#e6e1d5'}" stroke="#9c9686" stroke-width="0.8" stroke-linejoin="round"/>`).join('\n    ')}
    ${borderPlaces.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="6" fill="#0b5573" stroke="#fff" stroke-width="2"/>`).join('\n    ')}
  </g>
  <defs>
    <linearGradient id="fade" x1="0" x2="1" y1="0" y2="0">
      <stop offset="0" stop-color="#fbfaf7" stop-opacity="1"/>
      <stop offset="0.62" stop-color="#fbfaf7" stop-opacity="0.96"/>
      <stop offset="1" stop-color="#fbfaf7" stop-opacity="0"/>
    </linearGradient>
  </defs>
  <rect width="${Math.round(W * 0.62)}" height="${H}" fill="url(#fade)"/>
  <rect x="72" y="150" width="88" height="8" fill="#0b5573"/>
  <text x="72" y="250" font-family="${serif}" font-weight="bold" font-size="72" fill="#1c1b19">${escape(SITE_NAME.split(' ').slice(0, 2).join(' '))}</text>
  <text x="72" y="332" font-family="${serif}" font-weight="bold" font-size="72" fill="#1c1b19">${escape(SITE_NAME.split(' ').slice(2).join(' '))}</text>
  <text x="72" y="410" font-family="${sans}" font-size="30" fill="#4a4740">Iran’s northern frontier with Azerbaijan</text>
  <text x="72" y="452" font-family="${sans}" font-size="30" fill="#4a4740">and Armenia, 2020 and after</text>
  <text x="72" y="560" font-family="${sans}" font-size="24" font-weight="bold" fill="#0b5573">Dated events · places · sources</text>
</svg>`;

await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(OUT);
console.log(`Wrote ${OUT} (${W}×${H}).`);
