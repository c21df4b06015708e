import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { ISO_NUMERIC } from './iso-numeric.js';

const require = createRequire(import.meta.url);

/** Below this area (steradians, about 30,000 km²) a country is too small to see on a world map: it gets a dot too. */
const SMALL = 30_000 / 40_589_000;
const ANTARCTICA = '010';

export interface CountryShape {
  /** ISO 3166-1 alpha-2, where the shape is a country of the knowledge base. */
  code?: string;
  feature: Feature<Geometry, { name: string }>;
  centroid: [number, number];
  small: boolean;
}

function topology(resolution: '110m' | '50m'): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));
}

/**
 * The world's countries from world-atlas (Natural Earth, keyed by ISO numeric code) at 1:110 million, and at
 * 1:50 million for the countries asked for that the coarse map leaves out (Singapore, Malta, …).
 */
export async function worldShapes(wanted: ReadonlySet<string>): Promise<CountryShape[]> {
  const [{ feature }, { geoArea, geoCentroid }] = await Promise.all([import('topojson-client'), import('d3-geo')]);
  const alpha2 = new Map(Object.entries(ISO_NUMERIC).map(([code, numeric]) => [numeric, code]));
  const shapesOf = (resolution: '110m' | '50m') => {
    const world = topology(resolution);
    return feature(world, world.objects.countries).features.filter((f) => f.id !== ANTARCTICA);
  };
  const coarse = shapesOf('110m');
  const present = new Set(coarse.map((f) => String(f.id)));
  const missing = [...wanted].filter((code) => ISO_NUMERIC[code] && !present.has(ISO_NUMERIC[code]));
  const fine = missing.length === 0 ? [] : shapesOf('50m').filter((f) => missing.some((code) => ISO_NUMERIC[code] === String(f.id)));
  return [...coarse, ...fine].map((f) => ({
    code: alpha2.get(String(f.id)),
    feature: { type: 'Feature', id: f.id, properties: { name: f.properties.name }, geometry: f.geometry } as Feature<Geometry, { name: string }>,
    centroid: geoCentroid(f) as [number, number],
    small: geoArea(f) < SMALL,
  }));
}
