import { describe, expect, it } from 'vitest';
import { corpusEvents } from '../../src/analysis/events.js';
import { analyseCorpus } from '../../src/extract/corpus.js';
import { eventLexicon } from '../../src/extract/events/lexicon.js';
import { namedDay } from '../../src/extract/events/report-day.js';
import type { LocalMention } from '../../src/types.js';
import { corpusOf } from '../helpers.js';

/** The `type date` of every event of one text of this project's own writing. */
async function datesOf(text: string): Promise<string[]> {
  const corpus = await analyseCorpus({ sources: [corpusOf({ 'a.txt': text })], readStdin: async () => new Uint8Array(), workerThreads: 0 });
  return corpusEvents(corpus).map((e) => `${e.type} ${e.date ?? '-'}`);
}

const dateMention = (value: string, start = 0, end = 0): LocalMention => ({ type: 'date', kind: 'name', start, end, text: value, key: value, value });

describe('the day a sentence names beside the report\'s date', () => {
  // 2019-05-14 was a Tuesday.
  const report = dateMention('2019-05-14');
  const day = (sentence: string, dates: LocalMention[] = []) => namedDay(sentence, 0, sentence.length, dates, report, eventLexicon().reportDay);

  it('reads no day, the report\'s own day or another', () => {
    expect(day('The two leaders held talks in the capital.')).toBe('none');
    expect(day('The two leaders held talks on Tuesday.')).toBe('report');
    expect(day('The two leaders held talks late Tuesday in the capital.')).toBe('report');
    expect(day('The two leaders held talks this afternoon.')).toBe('report');
    expect(day('The two leaders held talks on Monday.')).toBe('other');
    expect(day('The two leaders held talks yesterday.')).toBe('other');
    expect(day('The two leaders held talks last week, and again today.')).toBe('other');
  });

  it('reads a span of weekdays that takes in the report\'s day as that day, and a day to come as no day of the act', () => {
    expect(day('The delegation visited Laos from Sunday to Tuesday.')).toBe('report');
    expect(day('The delegation visited Laos from Saturday to Monday.')).toBe('other');
    expect(day('The party sent a message to the congress, which runs until next Sunday.')).toBe('none');
    expect(day('The party sent a message on Tuesday to the congress, which opens next Sunday.')).toBe('report');
  });

  it('leaves a weekday written before a date to that date', () => {
    const sentence = 'The talks held on Monday, May 13, were followed on Tuesday by a banquet.';
    const date = sentence.indexOf('May 13');
    expect(day(sentence, [dateMention('2019-05-13', date, date + 6)])).toBe('report');
  });

  it('reads any weekday as another day where the report\'s date names no day', () => {
    const sentence = 'The two leaders held talks on Tuesday.';
    expect(namedDay(sentence, 0, sentence.length, [], dateMention('2019-05'), eventLexicon().reportDay)).toBe('other');
  });
});

describe('the date of the act a wire report\'s dateline heads', () => {
  it('dates every act of the dateline\'s sentence that names no day of its own, past a page\'s date line', async () => {
    expect(await datesOf(' date 2019-05-14 HANOI, May 14 — Prime Minister Hun Sen held talks with President Xi Jinping, marking the start of his three-day official visit to China.')).toEqual([
      'meeting 2019-05-14',
      'visit 2019-05-14',
    ]);
    expect(await datesOf('BEIJING, May 14, 2019 (ABC) -- President Xi Jinping received Prime Minister Hun Sen in the capital.')).toEqual(['meeting 2019-05-14']);
  });

  it('dates it by the dateline where the weekday named is the dateline\'s day, and not where it is another', async () => {
    expect(await datesOf('BEIJING, May 14, 2019 (ABC) -- President Xi Jinping held talks Tuesday with Prime Minister Hun Sen.')).toEqual(['meeting 2019-05-14']);
    expect(await datesOf('BEIJING, May 14, 2019 (ABC) -- President Xi Jinping held talks on Monday with Prime Minister Hun Sen.')).toEqual(['meeting -']);
    expect(await datesOf('BEIJING, May 14, 2019 (ABC) -- President Xi Jinping yesterday held talks with Prime Minister Hun Sen.')).toEqual(['meeting -']);
  });

  it('keeps a date of the sentence\'s own before the dateline\'s, but not the day a span ends on', async () => {
    expect(await datesOf('VIENTIANE, May 14, 2019 (ABC) - Prime Minister Hun Sen paid an official visit to Laos from May 12 to 14.')).toEqual(['visit 2019-05-12']);
    expect(await datesOf('HAVANA, May 14, 2019 (ABC) The Communist Party of Cuba sent a message to the Communist Party of Vietnam on its congress, underway until May 20.')).toEqual([
      'message 2019-05-14',
    ]);
    expect(await datesOf('Prime Minister Hun Sen is on an official visit to Laos until May 20, 2019.')).toEqual(['visit 2019-05-20']);
  });

  it('dates an act told over a range of days or months by the day it began, the range before or after it', async () => {
    expect(await datesOf('From May 14 to 17, 2018, Wang Lin led a CPC delegation to visit Peru.')).toEqual(['visit 2018-05-14']);
    expect(await datesOf('On March 3-5, 2020, the Lao People\'s Revolutionary Party held talks with the Communist Party of Vietnam.')).toEqual(['meeting 2020-03-03']);
    expect(await datesOf('In May 2017, Prime Minister Hun Sen paid an official visit to Laos from August 12 to 14, 2017.')).toEqual(['visit 2017-08-12']);
  });

  it('dates the lead\'s act by the dateline, not by the date of another act told of its object', async () => {
    expect(await datesOf('VIENTIANE, Aug 23, 2019 (ABC) -- Prime Minister Thongloun Sisoulith received Prime Minister Nguyen Xuan Phuc, who is on a visit to Laos from August 22-24.')).toEqual([
      'meeting 2019-08-23',
      'visit 2019-08-22',
    ]);
    expect(await datesOf('Prime Minister Thongloun Sisoulith received Prime Minister Nguyen Xuan Phuc, who paid an official visit to Laos in August 2019.')).toEqual([
      'meeting 2019-08',
      'visit 2019-08',
    ]);
  });

  it('dates a lead under a page\'s date line and a dateline of a place alone only by the weekday of the page\'s date', async () => {
    expect(await datesOf(' date 2019-05-14 PHNOM PENH — Prime Minister Hun Sen received President Xi Jinping on Tuesday afternoon.')).toEqual(['meeting 2019-05-14']);
    expect(await datesOf(' date 2019-05-14 PHNOM PENH — Prime Minister Hun Sen on Monday received President Xi Jinping.')).toEqual(['meeting -']);
    expect(await datesOf(' date 2019-05-14 PHNOM PENH — Prime Minister Hun Sen received President Xi Jinping in the capital.')).toEqual(['meeting -']);
  });

  it('dates a later sentence by the report\'s day only where it names that day', async () => {
    const report = 'BEIJING, May 14, 2019 (ABC) -- President Xi Jinping held talks with Prime Minister Hun Sen.\n\n';
    expect(await datesOf(`${report}On Tuesday evening, Hun Sen also met Premier Li Keqiang.`)).toEqual(['meeting 2019-05-14', 'meeting 2019-05-14']);
    expect(await datesOf(`${report}During the visit, Hun Sen also met Premier Li Keqiang.`)).toEqual(['meeting 2019-05-14', 'meeting -']);
  });
});

describe('the date an act takes from the acts it is told with', () => {
  it('dates a visit by its first day', async () => {
    expect(await datesOf('Prime Minister Hun Sen paid a state visit to Laos on March 1-2, 2019.')).toEqual(['visit 2019-03-01']);
    expect(await datesOf('A delegation of the Communist Party of Vietnam paid a working visit to Laos from February 8-11, 2019.')).toEqual(['visit 2019-02-08']);
  });

  it('reads a founding cue as no date of an act told between it and the date', async () => {
    expect(await datesOf('The partnership between the two countries was established during the visit of Narendra Modi in 2016.')).toEqual(['visit 2016']);
    expect(await datesOf('Hun Sen visited Laos for the anniversary of relations established in 1962.')).toEqual(['visit -']);
  });

  it('dates an act by the visit it took place during, named by its visitor or its year, or by the summit beside which it was held', async () => {
    expect(await datesOf("The two sides signed three agreements in March 2019 during Xi Jinping's state visit to Laos.")).toEqual(['agreement 2019-03', 'visit 2019-03']);
    expect(await datesOf('Hun Sen met with Xi Jinping during his 2019 visit to China.')).toEqual(['meeting 2019', 'visit 2019']);
    expect(
      await datesOf('At their meeting on the sidelines of the 34th ASEAN Summit and Related Summits in Bangkok on June 22, 2019, Nguyen Xuan Phuc and Hun Sen discussed trade.'),
    ).toContain('meeting 2019-06-22');
  });

  it('dates a visit by the gathering it was made to attend', async () => {
    expect(await datesOf('Hun Sen paid a visit to Vietnam to attend the second Mekong Summit held in Hanoi on March 5-6, 2019.')).toEqual([
      'visit 2019-03-05',
      'conference 2019-03-05',
    ]);
  });

  it('gives acts listed together the date the list gives before its first act or after its last', async () => {
    expect(await datesOf('Xi Jinping was in Vietnam in November 2017 for the APEC summit held in Danang and a state visit to Hanoi.')).toEqual([
      'conference 2017-11',
      'visit 2017-11',
    ]);
    expect(await datesOf('A delegation of the Communist Party of Vietnam paid a working visit to Mexico and attended the Sao Paulo Forum from July 29 to August 3, 2019.')).toEqual([
      'visit 2019-07-29',
      'conference 2019-07-29',
    ]);
  });

  it('dates each occasion of a review\'s list by its own date, not a neighbour\'s', async () => {
    const review = 'Party external relations in 2019\n\n';
    expect(await datesOf(`${review}Prime Minister Nguyen Xuan Phuc visited Japan in May and Russia in November.`)).toEqual(['visit 2019-05', 'visit 2019-11']);
    expect(await datesOf(`${review}Prime Minister Nguyen Xuan Phuc visited Japan in May, Laos and Russia in November.`)).toEqual(['visit 2019-05', 'visit 2019-11', 'visit 2019-11']);
    expect(await datesOf(`${review}Prime Minister Nguyen Xuan Phuc visited Japan and Russia in November.`)).toEqual(['visit 2019-11', 'visit 2019-11']);
    expect(await datesOf(`${review}Nguyen Phu Trong paid an official visit to Laos (February 2019), received Hun Sen (October 2019) and held phone talks with Xi Jinping in December.`)).toEqual([
      'visit 2019-02',
      'meeting 2019-10',
      'call 2019-12',
    ]);
  });

  it('dates the acts of a clause by the occasion that opens the sentence, dated in its own phrase', async () => {
    expect(await datesOf('During his visit to Cambodia in May 2019, President Nguyen Phu Trong held talks with Prime Minister Hun Sen and met King Norodom Sihamoni.')).toEqual([
      'visit 2019-05',
      'meeting 2019-05',
      'meeting 2019-05',
    ]);
    expect(await datesOf('During the three-day visit starting on May 5, 2019, Hun Sen held talks with Nguyen Phu Trong.')).toEqual(['visit 2019-05-05', 'meeting 2019-05-05']);
    expect(await datesOf('On the sidelines of the Mekong Summit in Hanoi on March 5, 2019, Prime Minister Hun Sen held talks with Prime Minister Thongloun Sisoulith.')).toContain('meeting 2019-03-05');
    expect(await datesOf('During his visit to Cambodia, President Nguyen Phu Trong held talks with Prime Minister Hun Sen, who visited Laos in May 2019.')).toEqual(['visit -', 'meeting 2019-05', 'visit 2019-05']);
  });

  it('leaves undated an act in a sentence after a dated one that gives no date of its own', async () => {
    expect(await datesOf('Hun Sen paid an official visit to Laos on May 5, 2019. During the visit, he held talks with Thongloun Sisoulith.')).toEqual([
      'visit 2019-05-05',
      'meeting -',
    ]);
  });
});

describe('the year of an act\'s month beside the report\'s date', () => {
  it('takes the year before for a month without a year that would fall after the report, but not for the day a span ends on', async () => {
    expect(await datesOf(' date 2019-05-14 HANOI — Laos and China signed three agreements in November during the state visit of Xi Jinping to Laos.')).toEqual([
      'agreement 2018-11',
      'visit 2018-11',
    ]);
    expect(await datesOf(' date 2019-05-14 HANOI — Laos and China signed three agreements in April during the state visit of Xi Jinping to Laos.')).toContain('agreement 2019-04');
    expect(await datesOf(' date 2019-05-14 HANOI — The two parties signed three agreements in November 2019 during the state visit of Xi Jinping to Laos.')).toContain('agreement 2019-11');
    expect(await datesOf(' date 2019-05-14 HANOI — Prime Minister Hun Sen is on an official visit to Laos until June 2.')).toEqual(['visit 2019-06-02']);
    expect(await datesOf(' date 2020-01-05 HANOI — President Nguyen Phu Trong received Prime Minister Hun Sen on December 28.')).toEqual(['meeting 2019-12-28']);
    // A page dated the day before its lead's day, across time zones.
    expect(await datesOf(' date 2019-08-31 HANOI — Prime Minister Hun Sen received Prime Minister Thongloun Sisoulith on September 1.')).toEqual(['meeting 2019-09-01']);
  });
});

describe('the date of an act in a paragraph wrapped by hand', () => {
  it('reads the act in its whole sentence, over the lines it runs on', async () => {
    const wrapped = [
      'Moscow (ABC) - Chairman Gennady Zyuganov made the remarks on February 24, 2013',
      'at a reception for a Vietnamese delegation led by Le Van Nam. The delegation',
      'is in Russia to attend the congress of the party that opened in Moscow on',
      'February 23, 2013.',
    ].join('\n');
    expect(await datesOf(wrapped)).toEqual(['meeting 2013-02-24', 'visit 2013-02-23', 'conference 2013-02-23']);
  });
});
