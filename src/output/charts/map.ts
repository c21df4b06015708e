import type { CountryRate, MapType } from '../../analysis/map.js';
import { oneDecimal, table, type Figure } from './figure.js';
import type { CountryShape } from './world.js';

const PANEL_WIDTH = 640;
/** Equal Earth is about 2.05 times as wide as it is high. */
const PANEL_HEIGHT = 312;

/**
 * A world map per reviewed year, each country shaded by how often it (or its parties) is named per 10,000 words
 * of that year's documents, on one colour scale for all years; a country too small to see gets a dot as well.
 */
function domainOf(rates: readonly CountryRate[]): [number, number] {
  if (rates.length === 0) return [1, 10];
  const values = rates.map((r) => r.per10k);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? [low / 2, high * 2] : [low, high];
}

export function mapFigure(rates: readonly CountryRate[], shapes: readonly CountryShape[], years: readonly string[], type: MapType, countryName: (code: string) => string): Figure {
  const byCode = new Map(shapes.filter((s) => s.code).map((s) => [s.code!, s]));
  const what = type === 'country' ? 'named' : 'named through its parties';
  const describe = (r: CountryRate) => `${countryName(r.code)} (${r.code}): ${what} ${r.count} ${r.count === 1 ? 'time' : 'times'} in ${r.year}, ${oneDecimal(r.per10k)} per 10,000 words`;
  const title = type === 'country' ? 'named per 10,000 words' : 'its parties named per 10,000 words';
  // One explicit domain for every panel; a log scale needs one even when nothing is named.
  const domain = domainOf(rates.filter((r) => years.includes(r.year)));
  const colour = {
    field: 'per10k',
    type: 'quantitative',
    title,
    scale: { type: 'log', domain, scheme: { name: 'teals', extent: [0.3, 1] } },
    // Vega's own label would read the domain out to eleven decimals.
    legend: { orient: 'top', gradientLength: 220, format: '~g', description: `Colour scale: ${title}, from ${oneDecimal(domain[0])} to ${oneDecimal(domain[1])}` },
  } as const;
  // The world beneath as one shape, not one per country: a mark item each was most of the map's drawing time.
  const base = [{ type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: shapes.map((s) => s.feature.geometry) } }];
  const datasets: Record<string, object[]> = { world: base };
  const panel = (year: string) => {
    const named = rates.filter((r) => r.year === year && byCode.has(r.code));
    datasets[`shaded-${year}`] = named.map((r) => ({ ...byCode.get(r.code)!.feature, properties: { name: countryName(r.code), per10k: r.per10k, description: describe(r) } }));
    datasets[`dots-${year}`] = named
      .filter((r) => byCode.get(r.code)!.small)
      .map((r) => ({ longitude: byCode.get(r.code)!.centroid[0], latitude: byCode.get(r.code)!.centroid[1], per10k: r.per10k, description: describe(r) }));
    return {
      title: { text: year, fontSize: 13 },
      width: PANEL_WIDTH,
      height: PANEL_HEIGHT,
      projection: { type: 'equalEarth' },
      layer: [
        { data: { name: 'world' }, mark: { type: 'geoshape', fill: 'currentColor', fillOpacity: 0.08, stroke: 'currentColor', strokeOpacity: 0.18, strokeWidth: 0.4, aria: false } },
        {
          data: { name: `shaded-${year}` },
          mark: { type: 'geoshape', stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 0.4 },
          encoding: { color: { ...colour, field: 'properties.per10k' }, description: { field: 'properties.description' } },
        },
        {
          data: { name: `dots-${year}` },
          mark: { type: 'circle', size: 36, opacity: 1, stroke: 'currentColor', strokeOpacity: 0.6, strokeWidth: 0.6 },
          encoding: { longitude: { field: 'longitude', type: 'quantitative' }, latitude: { field: 'latitude', type: 'quantitative' }, color: colour, description: { field: 'description' } },
        },
      ],
    };
  };
  const shown = rates.filter((r) => years.includes(r.year));
  const undrawn = [...new Set(shown.filter((r) => !byCode.has(r.code)).map((r) => countryName(r.code)))];
  return {
    id: 'map',
    title: type === 'country' ? 'Where: the countries the texts name' : 'Where: the countries whose parties the texts name',
    summary:
      `Each country shaded by how often it is ${what} per 10,000 words, one map per reviewed year (${years.join(', ')}); a dot marks a small country.` +
      (undrawn.length > 0 ? ` Not on the map, having no shape in Natural Earth's data: ${undrawn.join(', ')}.` : ''),
    chart: { grammar: 'vega-lite', datasets, spec: { vconcat: years.map(panel), spacing: 20, resolve: { scale: { color: 'shared' } } } as never },
    table: table(
      [['year', false], ['country', false], ['code', false], ['times named', true], ['per 10,000 words', true]],
      shown.map((r) => [r.year, countryName(r.code), r.code, r.count, oneDecimal(r.per10k)]),
    ),
  };
}
