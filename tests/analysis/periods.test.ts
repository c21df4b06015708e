import { describe, expect, it } from 'vitest';
import { choosePeriods, parsePeriod } from '../../src/analysis/periods.js';
import { UsageError } from '../../src/errors.js';

const known = [2012, 2013, 2015, 2016, 2017, 2021];

describe('periods', () => {
  it('reads years, ranges and lists, keeping the corpus years within a range', () => {
    expect(parsePeriod('2017', known)).toEqual({ label: '2017', years: [2017] });
    expect(parsePeriod('2012-2016', known)).toEqual({ label: '2012-2016', years: [2012, 2013, 2015, 2016] });
    expect(parsePeriod('2017,2012', known)).toEqual({ label: '2017,2012', years: [2012, 2017] });
    expect(parsePeriod('2012–2013, 2016', known)).toEqual({ label: '2012-2013,2016', years: [2012, 2013, 2016] });
  });

  it('refuses years outside the corpus, empty and reversed ranges, and other text', () => {
    for (const value of ['2014', '2018-2020', '2016-2012', 'recent', '2017,']) expect(() => parsePeriod(value, known), value).toThrow(UsageError);
  });

  it('defaults to the oldest and the newest year, and the newest outside a given first side', () => {
    expect(choosePeriods(undefined, undefined, [2017, null, 2012, 2021]).map((p) => p.label)).toEqual(['2012', '2021']);
    expect(choosePeriods('2016-2021', undefined, known).map((p) => p.label)).toEqual(['2016-2021', '2015']);
  });

  it('refuses sides that share a year', () => {
    expect(() => choosePeriods('2017', '2017', known)).toThrow(/2017 with itself/);
    expect(() => choosePeriods('2012-2016', '2016,2021', known)).toThrow(/share 2016/);
    expect(() => choosePeriods('2021', undefined, [2021])).toThrow(UsageError);
  });
});
