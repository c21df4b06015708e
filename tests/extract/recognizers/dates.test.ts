import { describe, expect, it } from 'vitest';
import { reviewedYear as reviewedYearOf } from '../../../src/corpus/metadata.js';
import { loadKnowledge } from '../../../src/extract/knowledge/index.js';
import { recognize } from '../../../src/extract/pipeline.js';
import { officeMonths } from '../../../src/extract/recognizers/offices.js';

const values = (text: string, year: number | null = null) => recognize(text, year).filter((m) => m.type === 'date' && m.kind === 'name').map((m) => [m.text, m.value]);

describe('numbers that are not years', () => {
  it('skips an issue number written with a sign', () => {
    expect(values('The Weekly Flame • Issue #1985\n\nThe delegation arrived on 3 May 2019.')).toEqual([['3 May 2019', '2019-05-03']]);
    expect(values('See bulletin №1990 of the committee, published in 2004.')).toEqual([['2004', '2004']]);
  });
});

describe('ranges', () => {
  it('reads a day glued to its month by the page', () => {
    expect(values(' date 2027-03-10 Lisbon, March9 (Agency) The envoy landed, and on March10, 2027 left.')).toEqual([
      ['2027-03-10', '2027-03-10'],
      ['March9', '2027-03-09'],
      ['March10, 2027', '2027-03-10'],
    ]);
    expect(values('The envoy flew with Marchetti9 on 4 May 2027.')).toEqual([['4 May 2027', '2027-05-04']]);
  });

  it('reads a day written straight after a month\'s abbreviated dot', () => {
    expect(values('The envoys met on Monday, Feb.7, 2028, and again on Mar.2.')).toEqual([
      ['Feb.7, 2028', '2028-02-07'],
      ['Mar.2', '2028-03-02'],
    ]);
    expect(values('See No.11 of the bulletin of 2028.')).toEqual([['2028', '2028']]);
  });

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

  it('takes `its` congress for that of the party, or the country’s leading party, last named before it in the sentence', () => {
    expect(values('The guests toured the port on October 3. The minister noted that Laos had opened two railways since its 11th Party Congress.')).toEqual([['October 3', '2021-10-03']]);
    expect(values('The guests toured the port on October 3. The minister noted that the country had opened two railways since its 11th Party Congress.')).toEqual([['October 3', '2011-10-03']]);
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
  it('counts a party organ’s anniversary or traditional day from its founding, not from its party’s', () => {
    expect(values("The Central Committee's Commission for External Relations marked its 75th traditional day (November 1) at a ceremony.")).toEqual([['November 1', '2024-11-01']]);
    expect(values("The guests attended the 65th anniversary of the CPV Central Committee's External Relations Commission on October 30.")).toEqual([['October 30', '2014-10-30']]);
    // Another party's commission of the same name: the anniversary is that party's.
    expect(values("The envoy on March 19 went to the Commission for External Relations of the Lao People's Revolutionary Party on its 66th founding anniversary (March 22).")).toEqual([
      ['March 19', '2021-03-19'],
      ['March 22', '2021-03-22'],
    ]);
  });

  it('pairs the home country with the partner named before a bilateral anniversary whose sentence names none', () => {
    const sentence = 'He said the visit came as the two countries celebrate the 50th anniversary of the bilateral diplomatic ties.';
    expect(values(`The leader received a Cambodian guest in Hanoi on August 10. ${sentence}`)).toEqual([['August 10', '2017-08-10']]);
    expect(values(`The leader received a guest in Hanoi on August 10. ${sentence}`)).toEqual([]);
  });

  it('reads `its` or `the party’s` anniversary as that of the party last named before it in the sentence', () => {
    expect(values('The leader sent a letter to the Chairman of the Communist Party of Cuba on its 40th founding anniversary (October 3).')).toEqual([['October 3', '2005-10-03']]);
    expect(values('The Communist Party of Cuba met. The leader wrote on its 40th founding anniversary (October 3).')).toEqual([]);
    expect(values("The envoy on June 3 handed a message to United Russia leaders on the occasion of the party's 20th anniversary.")).toEqual([['June 3', '2021-06-03']]);
    // A celebration the text prepares for is not its own time.
    expect(values("The envoy on June 3 met United Russia leaders, who prepare for the party's 20th anniversary.")).toEqual([]);
    // `the Party's` in capitals is the home party's, not the party last named.
    expect(values("The envoy on June 3 handed a message to United Russia leaders on the occasion of the Party's 20th anniversary.")).toEqual([]);
  });

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

describe('a review of a year', () => {
  it('dates the days of a later paragraph by the reviewed year, not by a year another paragraph recalls', () => {
    const text =
      'Many guests came to the capital in 2018 to deepen ties, and the country will chair the bloc in 2019.\nThe year began with a summit held in the capital on January 20-21.\nThe guest had first come in October 2015 for a forum.\nAfter the summit, a prime minister paid a visit on March 4-6.';
    expect(values(text, reviewedYearOf(text))).toEqual([
      ['2018', '2018'],
      ['2019', '2019'],
      ['January 20', '2018-01-20'],
      ['21', '2018-01-21'],
      ['October 2015', '2015-10'],
      ['March 4', '2018-03-04'],
      ['6', '2018-03-06'],
    ]);
  });

  it('keeps a year named in the same paragraph for its days', () => {
    const text = 'Many guests came to the capital in 2018.\nThe year began with talks. In 2016, a minister came on May 3.';
    expect(values(text, reviewedYearOf(text))).toContainEqual(['May 3', '2016-05-03']);
  });

  it('reads no heading in a line that a text wrapped by hand goes on from in lower case', () => {
    expect(reviewedYearOf('A report on the trade\nTrade grew from a small sum in 2000\nto a large one in 2014.')).toBeNull();
    expect(reviewedYearOf('A report on the trade\nRelations between the parties in 2014\nThe delegation arrived.')).toBe(2014);
  });
});

describe('a wire report without a year', () => {
  it('dates a dateline by the weekday its lead names where the offices leave one year', () => {
    expect(values('ROME, May 11 (Agency) -- Vietnamese President Tran Dai Quang held talks Thursday with the host.')).toEqual([['May 11', '2017-05-11']]);
    // Without an office the weekday alone does not decide: wire copy may tell the news of the day before.
    expect(values('ROME, May 11 (Agency) -- The visiting minister held talks Thursday with the host.')).toEqual([]);
  });

  it('takes no weekday of another day in the lead for the dateline', () => {
    expect(values('ROME, May 11 (Agency) -- Vietnamese President Tran Dai Quang, who stays until Saturday, May 13, held talks.')).toEqual([
      ['May 11', '2017-05-11'],
      ['May 13', '2017-05-13'],
    ]);
  });

  it('takes the year of the signing-off line a page ends with, a notice after it or not', () => {
    const report = 'The envoy on March 4 met the host. Growth reached 6 percent in 2030.\n- Weekly Flame, March 5, 2031';
    const dated = [['March 4', '2031-03-04'], ['2030', '2030'], ['March 5, 2031', '2031-03-05']];
    expect(values(report)).toEqual(dated);
    expect(values(`${report}\n\nCopyright (c) Weekly Flame Press. All rights reserved.`)).toEqual(dated);
    expect(values(`${report}, when the talks ended and the guests flew home after a long week of meetings.`)).toEqual([['March 4', '2030-03-04'], ...dated.slice(1)]);
  });

  it('reads what a text prepares for as still to come: it bounds the days, within the offices its people hold', () => {
    expect(values('The forum closed on Saturday.\n\nThe delegates discussed the preparation of the celebrations of the centenary in 2031.\n\nThe host received them on May 29.')).toEqual([['2031', '2031']]);
    expect(values('On June 17, the envoy met Party General Secretary Nguyen Phu Trong, who spoke of preparations for the centenary in 2025.')).toEqual([
      ['June 17', '2024-06-17'],
      ['2025', '2025'],
    ]);
    expect(values('Preparations for the congress were completed on March 3, 2031.\n\nThe host received the guests on November 4.')).toEqual([
      ['March 3, 2031', '2031-03-03'],
      ['November 4', '2031-11-04'],
    ]);
  });

  it('takes no year in which a text recalled after the day was written', () => {
    expect(values('The seminar met in Rome on March 4 to discuss the Charter, which was published in June 1901, and its meaning today.')).toEqual([['June 1901', '1901-06']]);
    expect(values('The seminar met in Rome on March 4 to discuss the Charter. It opened the series of 2031.')).toEqual([
      ['March 4', '2031-03-04'],
      ['2031', '2031'],
    ]);
  });

  it('sets aside an anniversary or a year named later that the offices of its people rule out', () => {
    expect(values('LIMA — State President Vo Van Thuong met the host on December 6. They recalled the 45th anniversary of relations between Vietnam and Laos.')).toEqual([['December 6', '2023-12-06']]);
    expect(values('LIMA — The guest met the host on December 6, after the talks in 2007. State President Vo Van Thuong spoke.')).toEqual([
      ['December 6', '2023-12-06'],
      ['2007', '2007'],
    ]);
  });

  it('reads an acronym in brackets inside a title as a word of it', () => {
    const text = 'The National Assembly (NA) Chairman Tran Thanh Man spoke.';
    const people = recognize(text, null).filter((m) => m.type === 'person');
    expect(officeMonths(text, people, loadKnowledge())?.from).toBe(2024 * 12 + 4);
  });

  it('dates a report on the death of a person in office by the office’s last month', () => {
    expect(values('ROME — President Tran Dai Quang passed away on September 21 in the capital. On September 24, the neighbours announced mourning.')).toEqual([
      ['September 21', '2018-09-21'],
      ['September 24', '2018-09-24'],
    ]);
    expect(values('ROME — President Tran Dai Quang received the guest on September 21 in the capital.')).toEqual([]);
  });

  it('reads a congratulation on an election as made within half a year of it', () => {
    expect(values('The guest met the host on December 6. He congratulated To Lam on his election as General Secretary.')).toEqual([['December 6', '2024-12-06']]);
  });

  it('does not read a title as held by the person it is set against', () => {
    expect(values('PARIS, February 24. The envoy arrived. On January 23, 2026, the leader was re-elected general secretary after Nguyen Phu Trong.')).toEqual([
      ['February 24', '2026-02-24'],
      ['January 23, 2026', '2026-01-23'],
    ]);
  });

  it('dates the days of a text by the first year of an agreement signed there for a span of years', () => {
    expect(values('The two parties signed a cooperation agreement for 2030-2034 during a visit from February 8-11.')).toEqual([
      ['2030', '2030'],
      ['2034', '2034'],
      ['February 8', '2030-02-08'],
      ['11', '2030-02-11'],
    ]);
    expect(values('The two parties discussed plans for 2030-2034 during a visit from February 8-11.')).toEqual([
      ['2030', '2030'],
      ['2034', '2034'],
    ]);
  });
});

describe('a month or day with a relative year', () => {
  it('counts the year from the page’s own date', () => {
    expect(values(' date 2031-02-26 The leader, who took office in November last year, came on Feb 26.')).toEqual([
      ['2031-02-26', '2031-02-26'],
      ['November', '2030-11'],
      ['Feb 26', '2031-02-26'],
    ]);
  });
});

describe('a message on the anniversary of a state', () => {
  it('dates a month without a year by the anniversary of the state’s founding, not by a congress it recalls', () => {
    expect(values('I greet you on the 76th anniversary of the foundation of the Socialist Republic of Vietnam. You carry out the decision of the 13th Congress of the Party. Our meeting in March was important.')).toEqual([
      ['March', '2021-03'],
    ]);
  });
});

describe('a day dated by the page’s own date', () => {
  it('reads a date after a label’s colon, and dates the days told after it', () => {
    expect(values('Seminar held in Beijing Release time:2024-04-11 On April 9, the two parties met.')).toEqual([
      ['2024-04-11', '2024-04-11'],
      ['April 9', '2024-04-09'],
    ]);
    expect(values('The talks began at 10:30 on May 5, 2019.')).toEqual([['May 5, 2019', '2019-05-05']]);
  });

  it('dates a day the page’s date line is before in the year before, unless the words before it look ahead', () => {
    expect(values(' date 2020-02-01 The delegation arrived.\n\nOn April 14, the two sides held talks.')).toEqual([
      ['2020-02-01', '2020-02-01'],
      ['April 14', '2019-04-14'],
    ]);
    expect(values(' date 2022-03-21 The leaders left for China.\n\nThey are scheduled to return on March 28.')).toEqual([
      ['2022-03-21', '2022-03-21'],
      ['March 28', '2022-03-28'],
    ]);
  });
});

describe('the page’s date line across the year’s end, and a plan named sentences before', () => {
  it('dates a day a week after a page of December 31 in the next year, and looks ahead only within the day’s sentence', () => {
    expect(values(' date 2019-12-31 HANOI — On January 1, the two sides held talks.')).toEqual([
      ['2019-12-31', '2019-12-31'],
      ['January 1', '2020-01-01'],
    ]);
    expect(values(' date 2019-12-30 The year in review.\n\nOn January 3, the delegation visited Laos.')).toEqual([
      ['2019-12-30', '2019-12-30'],
      ['January 3', '2019-01-03'],
    ]);
    expect(values(' date 2020-02-01 Trong will receive U.S. Secretary of State Mike Pompeo on April 14.')).toEqual([
      ['2020-02-01', '2020-02-01'],
      ['April 14', '2020-04-14'],
    ]);
    expect(values(' date 2020-02-01 The CPV will send its proposals.\n\nOn April 14, the two sides held talks.')).toEqual([
      ['2020-02-01', '2020-02-01'],
      ['April 14', '2019-04-14'],
    ]);
  });
});
