import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/extract/pipeline.js';

const values = (text: string, year: number | null = null) => recognize(text, year).filter((m) => m.type === 'date' && m.kind === 'name').map((m) => [m.text, m.value]);

describe('numbers that are not years', () => {
  it('skips an issue number written with a sign', () => {
    expect(values('The Weekly Flame • Issue #1985\n\nThe delegation arrived on 3 May 2019.')).toEqual([['3 May 2019', '2019-05-03']]);
    expect(values('See bulletin №1990 of the committee, published in 2004.')).toEqual([['2004', '2004']]);
  });
});

describe('ranges', () => {
  it('reads two full dates joined by a hyphen', () => {
    expect(values('the party’s 60th founding anniversary (March 3, 1961-March 3, 2021)')).toEqual([
      ['March 3, 1961', '1961-03-03'],
      ['March 3, 2021', '2021-03-03'],
    ]);
  });
});

describe('a day dated by the congress or forum meeting it belongs to', () => {
  it('takes the year of a party congress named in its paragraph when the day falls in the month the congress opened', () => {
    const text = 'Gennady Zyuganov greeted the guests on February 24\nat a dinner for the visiting delegation. The guests are in Moscow for the 15th\ncongress of the KPRF, which opened on February 23.\n\nOther news followed.';
    expect(values(text)).toEqual([
      ['February 24', '2013-02-24'],
      ['February 23', '2013-02-23'],
    ]);
  });

  it('gives a congress still to come the days of its month only', () => {
    expect(values('The upcoming 14th National Party Congress will take place in Hanoi from January 19 to 25.')).toEqual([
      ['January 19', '2026-01-19'],
      ['25', '2026-01-25'],
    ]);
    expect(values('Preparations for the upcoming 14th National Party Congress went on. The envoy arrived on June 3.')).toEqual([]);
  });

  it('leaves a congress in another paragraph, or of another month, out', () => {
    expect(values('The 20th National Congress of the CPC was a success.\n\nOn February 2 the envoy left. In 2023 he came back.')).toEqual([
      ['February 2', '2023-02-02'],
      ['2023', '2023'],
    ]);
  });

  it('dates a numbered meeting of a forum of parties by the lexicon', () => {
    expect(values('A CPV delegation attended the 25th meeting of the Sao Paulo Forum in Caracas from July 25-28.')).toEqual([
      ['July 25', '2019-07-25'],
      ['28', '2019-07-28'],
    ]);
    expect(values('The ninth General Assembly of the International Conference of Asian Political Parties closed on September 3.')).toEqual([['September 3', '2016-09-03']]);
  });

  it('prefers the page’s own date to an occasion years away from it', () => {
    expect(values(' date 2021-01-16 The two leaders spoke by phone on January 16, after the 11th National Congress.')).toEqual([
      ['2021-01-16', '2021-01-16'],
      ['January 16', '2021-01-16'],
    ]);
  });
});

describe('a day written with its weekday', () => {
  it('takes the one year the text names in which the weekday agrees', () => {
    expect(values('The envoys called at the embassy on Friday 14th May. They hailed the centenary of the party, 1st July 1921 – 1st July 2021.')).toEqual([
      ['14th May', '2021-05-14'],
      ['1st July 1921', '1921-07-01'],
      ['1st July 2021', '2021-07-01'],
    ]);
  });
});

describe('a day dated by the anniversary the text celebrates', () => {
  it('reads relations between two countries however the text calls them', () => {
    expect(values('The minister spoke on May 20 of the friendship. Both sides mark the 45th anniversary of bilateral ties between Thailand and China this year.')).toEqual([['May 20', '2020-05-20']]);
    expect(values('The envoy arrived on May 20. They marked the 45th anniversary of the relations between Thailand and China.')).toEqual([['May 20', '2020-05-20']]);
  });
});

describe('a text that names no year of its own', () => {
  it('takes the first year of the term a body is elected for there', () => {
    expect(values('The forum closed in Ulaanbaatar on October 14. A new presidium was elected for the 2012-2015 tenure.')).toEqual([
      ['October 14', '2012-10-14'],
      ['2012', '2012'],
      ['2015', '2015'],
    ]);
    expect(values('The envoy arrived on October 14 to discuss the plan for the 2012-2015 period.')).toEqual([
      ['2012', '2012'],
      ['2015', '2015'],
    ]);
  });

  it('reads an office from a title set after the name', () => {
    expect(values('Vo Van Thuong, President of Vietnam, received the envoy on June 5.')).toEqual([['June 5', '2023-06-05']]);
  });

  it('dates a message on an election to an office by the office’s first months', () => {
    expect(values('The leader sent a message to Nguyen Xuan Phuc, President of Vietnam, on April 12, congratulating him on his election as President.')).toEqual([['April 12', '2021-04-12']]);
    expect(values('The leader sent a message to Nguyen Xuan Phuc, President of Vietnam, on April 12.')).toEqual([]);
    expect(values('General Secretary Xi Jinping wrote to Thongloun Sisoulith on January 16, congratulating him on his election as General Secretary.')).toEqual([['January 16', '2021-01-16']]);
    expect(values('The leader sent a message to Nguyen Xuan Phuc, President of Vietnam, on April 12, congratulating him on his re-election as President.')).toEqual([]);
  });
});
