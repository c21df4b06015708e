import { describe, expect, it } from 'vitest';
import { dateMarks, isoSpan, reviewedYears, timelineFigure, DATE_TRACKS } from '../../src/output/charts/timeline.js';
import { renderReport } from '../../src/output/report.js';
import { standalone } from '../../src/output/charts/vega.js';

describe('timeline marks', () => {
  it('spans a year, a month or a day, the end being the first day after it', () => {
    expect(isoSpan('2021')).toEqual(['2021-01-01', '2022-01-01']);
    expect(isoSpan('2021-12')).toEqual(['2021-12-01', '2022-01-01']);
    expect(isoSpan('2020-02')).toEqual(['2020-02-01', '2020-03-01']);
    expect(isoSpan('2020-02-29')).toEqual(['2020-02-29', '2020-03-01']);
    expect(isoSpan('1999-12-31')).toEqual(['1999-12-31', '2000-01-01']);
  });

  it('gives one mark per date, weighted by its mentions, on the track of its precision, with the names most often near it', () => {
    const ref = (name: string) => ({ type: 'country' as const, id: name.slice(0, 2).toUpperCase(), name });
    const event = (value: string, names: string[]) => ({ value, text: value, doc: 'a.txt', start: 0, end: 1, sentence: 0, entities: names.map(ref) });
    const marks = dateMarks([event('2019-05-05', ['Laos']), event('2019', ['Cuba', 'Laos']), event('2019', ['Laos']), event('2018-07', [])]);
    expect(marks.map((m) => [m.label, m.track, m.weight])).toEqual([
      ['2018-07', DATE_TRACKS[7], 1],
      ['2019', DATE_TRACKS[4], 2],
      ['2019-05-05', DATE_TRACKS[10], 1],
    ]);
    expect(marks[1].detail).toBe('Laos; Cuba');
  });

  it('draws a track for each kind of mark given, so that other marks (events) need no other chart', () => {
    const marks = [
      { track: 'years named', start: '2019-01-01', end: '2020-01-01', label: '2019', weight: 2, detail: '' },
      { track: 'visits', start: '2019-05-05', end: '2019-05-06', label: '2019-05-05', weight: 1, detail: 'a visit' },
    ];
    const figure = timelineFigure(marks, ['years named', 'months named', 'visits']);
    expect(figure.chart.datasets.marks).toHaveLength(2);
    expect(JSON.stringify(figure.chart.spec)).toContain('"sort":["years named","visits"]');
    expect(figure.table.rows.map((row) => row[1])).toEqual(['years named', 'visits']);
  });
});

describe("the timeline's close-up of the reviewed years", () => {
  it('spans the reviewed years, from the first day of the first to the day after the last', () => {
    expect(reviewedYears(['2017', '2021', 'unknown'])).toEqual({ start: '2017-01-01', end: '2022-01-01', label: '2017–2021' });
    expect(reviewedYears(['unknown'])).toBeUndefined();
  });

  it('draws only the marks within it, cut to it, in a second panel', () => {
    const mark = (label: string, start: string, end: string) => ({ track: 'years named', start, end, label, weight: 1, detail: '' });
    const figure = timelineFigure([mark('1945', '1945-01-01', '1946-01-01'), mark('2016', '2016-06-01', '2017-06-01'), mark('2019', '2019-01-01', '2020-01-01')], ['years named'], reviewedYears(['2017', '2019']));
    const focus = figure.chart.datasets.focus as { label: string; start: string; end: string }[];
    expect(focus.map((m) => [m.label, m.start, m.end])).toEqual([
      ['2016', '2017-01-01', '2017-06-01'],
      ['2019', '2019-01-01', '2020-01-01'],
    ]);
    expect((figure.chart.spec as { vconcat: unknown[] }).vconcat).toHaveLength(2);
  });
});

describe('the report page', () => {
  const table = { headers: ['name', 'count'], numeric: [false, true], rows: [['<b>Party</b> & "friends"', 3]] };
  const html = renderReport({
    title: 'A <title>',
    subtitle: 'one & two',
    corpus: { id: 'corpus', title: 'The texts', summary: 'texts', table },
    extraction: { id: 'extraction', title: 'Found', summary: 'found', table },
    figures: [{ figure: { id: 'entities', title: 'Bars <1>', summary: 'bars', chart: { grammar: 'vega-lite', spec: {} as never, datasets: {} }, table }, svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>' }],
  });

  it('escapes every text it is given', () => {
    expect(html).toContain('A &lt;title&gt;');
    expect(html).toContain('&lt;b&gt;Party&lt;/b&gt; &amp; &quot;friends&quot;');
    expect(html).not.toContain('<b>Party');
  });

  it('names each drawing by its heading and sentence, and allows no request to leave the page', () => {
    expect(html).toContain('<svg aria-labelledby="entities-title" aria-describedby="entities-summary" ');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<script|<link|@import|url\(http/);
  });

  it('lays out for print: A4, figures kept whole', () => {
    expect(html).toContain('@page { size: A4');
    expect(html).toMatch(/@media print \{[^]*break-inside: avoid/);
  });
});

describe('an SVG file of its own', () => {
  it('has a title and follows the reader between light and dark', () => {
    const file = standalone('<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="10" height="10"><g/></svg>', 'Ties & <partners>');
    expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*><title>Ties &amp; &lt;partners&gt;<\/title><style>/);
    expect(file).toContain('prefers-color-scheme: dark');
  });
});
