import { readFileSync } from 'node:fs';
import type { Feature, Geometry } from 'geojson';
import { ISO_NUMERIC } from './iso-numeric.js';

export interface CountryShape {
  /** ISO 3166-1 alpha-2, where the shape is a country of the knowledge base. */
  code?: string;
  feature: Feature<Geometry, { name: string }>;
  centroid: [number, number];
  /** Too small to see on a world map: it gets a dot as well. */
  small: boolean;
}

interface StoredShape {
  id: string;
  name: string;
  centroid: [number, number];
  small: boolean;
  geometry: Geometry;
}

/**
 * The world's countries (Natural Earth's, through world-atlas, keyed by ISO numeric code), as prepared by
 * `scripts/build-world.mjs` at build time.
 */
export function worldShapes(): CountryShape[] {
  const alpha2 = new Map(Object.entries(ISO_NUMERIC).map(([code, numeric]) => [numeric, code]));
  const stored = JSON.parse(readFileSync(new URL('./world.json', import.meta.url), 'utf8')) as StoredShape[];
  return stored.map((s) => ({
    code: alpha2.get(s.id),
    feature: { type: 'Feature', id: s.id, properties: { name: s.name }, geometry: s.geometry },
    centroid: s.centroid,
    small: s.small,
  }));
}
