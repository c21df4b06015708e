// Part of `npm run build`: the world map's shapes, prepared once from world-atlas (Natural Earth) so that `map` and
// `report` only read one JSON file. Every country of the 1:110 million map, and those it leaves out (Singapore,
// Malta, …) from the 1:50 million one; coordinates rounded to 0.01° (a kilometre: less than a pixel on a world map).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
/** Below this area (steradians, about 30,000 km²) a country is too small to see on a world map: it gets a dot. */
const SMALL = 30_000 / 40_589_000;
const ANTARCTICA = '010';

const countries = (resolution) => {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));
  return feature(topology, topology.objects.countries).features.filter((f) => f.id !== undefined && f.id !== ANTARCTICA);
};
const coarse = countries('110m');
const present = new Set(coarse.map((f) => f.id));
const fine = countries('50m').filter((f) => !present.has(f.id));

const rounder = (digits) => {
  const round = (value) => (Array.isArray(value) ? value.map(round) : Number(value.toFixed(digits)));
  return round;
};
/** Rounded, unless rounding turns a tiny ring inside out (which d3-geo would fill as the rest of the globe). */
function geometryOf(f) {
  const rounded = { type: f.geometry.type, coordinates: rounder(2)(f.geometry.coordinates) };
  return geoArea(rounded) <= geoArea(f) * 2 + 1e-6 ? rounded : { type: f.geometry.type, coordinates: rounder(5)(f.geometry.coordinates) };
}
const shapes = [...coarse, ...fine]
  .map((f) => ({
    id: f.id,
    name: f.properties.name,
    centroid: rounder(2)(geoCentroid(f)),
    small: geoArea(f) < SMALL,
    geometry: geometryOf(f),
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

writeFileSync(new URL('../dist/output/charts/world.json', import.meta.url), JSON.stringify(shapes));
