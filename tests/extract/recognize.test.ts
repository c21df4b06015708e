import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/extract/pipeline.js';
import type { LocalMention } from '../../src/types.js';

const of = (mentions: LocalMention[], type: string) => mentions.filter((m) => m.type === type && (m.kind === 'name' || m.kind === 'abbreviation'));
const texts = (mentions: LocalMention[], type: string) => of(mentions, type).map((m) => m.text);

describe('people, by the shape and context of their names', () => {
  it('finds names after titles and roles it has never seen, without the title', () => {
    const text = 'Prime Minister of Thailand Srettha Thavisin met General Secretary To Lam, and Chairwoman Jacinda Ardern spoke.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Srettha Thavisin', 'To Lam', 'Jacinda Ardern']);
  });

  it('finds names before an appositive role or a speech verb', () => {
    const text = 'Gennady Zyuganov, Chairman of the Central Committee, welcomed the guests. Later Bounmy Phommachanh said the talks went well.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Gennady Zyuganov', 'Bounmy Phommachanh']);
  });

  it('reads Vietnamese names with and without diacritics, and links them', () => {
    const mentions = recognize('Đồng chí Nguyễn Phú Trọng tiếp. Later, Nguyen Phu Trong visited; Comrade Tran Cam Tu attended.', 2024);
    const people = of(mentions, 'person');
    expect(people.map((m) => m.text)).toEqual(['Nguyễn Phú Trọng', 'Nguyen Phu Trong', 'Tran Cam Tu']);
    expect(people[0].key).toBe(people[1].key);
  });

  it('links a later mention by one part of the name to the full name', () => {
    const mentions = recognize('Head of the Commission Hoang Binh Quan opened the meeting. Quan said relations were strong.', 2017);
    const people = of(mentions, 'person');
    expect(people.map((m) => m.text)).toEqual(['Hoang Binh Quan', 'Quan']);
    expect(people[1].key).toBe(people[0].key);
  });

  it('takes initials and hyphenated names whole, and bylines in capitals', () => {
    const text = 'TRAN THANH HAI\nVice Chairman V. A. Kashin and President Miguel Díaz-Canel met.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['TRAN THANH HAI', 'V. A. Kashin', 'Miguel Díaz-Canel']);
  });

  it('finds names after "led by" or "talks with", listed with a name found, and with a generational suffix', () => {
    const text = 'Delegations led by Sisay Leudetmounsone and Khamla Vongsa met. Messages came from Cyril Ramaphosa, Amara Diallo and Jeremy Corbyn. Senate President Vicente Sotto III spoke.';
    expect(texts(recognize(text, 2020), 'person')).toEqual([
      'Sisay Leudetmounsone',
      'Khamla Vongsa',
      'Cyril Ramaphosa',
      'Amara Diallo',
      'Jeremy Corbyn',
      'Vicente Sotto III',
    ]);
  });

  it('separates a name glued to the next word by the page', () => {
    expect(texts(recognize('Published.\n\nLe Minh HungMember of the Central Committee', 2024), 'person')).toEqual(['Le Minh Hung']);
  });

  it('does not take prizes, cities, organs or doctrines for people', () => {
    const text = 'He received the Lenin Prize in Ho Chi Minh City from the Guangxi Party Committee, guided by Marxism-Leninism and Ho Chi Minh Thought.';
    expect(texts(recognize(text, 2024), 'person')).toEqual([]);
  });
});

describe('parties, from the knowledge base and from the shapes of party names', () => {
  it('recognises parties the knowledge base lacks by their shape, with their country', () => {
    const text = 'Delegations of the Revolutionary Party of Freedonia and the Sylvanian Workers\' Party attended.';
    const parties = of(recognize(text, 2024), 'party');
    expect(parties.map((m) => m.text)).toEqual(['Revolutionary Party of Freedonia', "Sylvanian Workers' Party"]);
  });

  it('learns an acronym defined in parentheses and finds it later', () => {
    const text = 'The Progressive Union Party of Ruritania (PUPR) sent a letter. The PUPR also hosted a seminar.';
    const parties = of(recognize(text, 2024), 'party');
    expect(parties.map((m) => [m.text, m.kind])).toEqual([
      ['Progressive Union Party of Ruritania', 'name'],
      ['PUPR', 'abbreviation'],
      ['PUPR', 'abbreviation'],
    ]);
    expect(new Set(parties.map((m) => m.key)).size).toBe(1);
  });

  it('folds variants of a known party into one entity', () => {
    const text = 'The Communist Party of the Russian Federation (CPRF) and the KPRF are one; so are the Chinese Communist Party and the CPC.';
    const keys = of(recognize(text, 2024), 'party').map((m) => m.key);
    expect(keys).toEqual(['kprf', 'kprf', 'kprf', 'cpc', 'cpc']);
  });

  it("reads a country's name or demonym before Party as a reference to the country's leading party, not a name", () => {
    const mentions = recognize('The Lao Party and the Chinese Party sent greetings to the Vietnamese Party, State and people.', 2024);
    expect(mentions.filter((m) => m.type === 'party').map((m) => [m.text, m.key, m.kind])).toEqual([
      ['Lao Party', 'lprp', 'reference'],
      ['Chinese Party', 'cpc', 'reference'],
      ['Vietnamese Party', 'cpv', 'reference'],
    ]);
    expect(mentions.filter((m) => m.type === 'country')).toEqual([]);
  });

  it('does not count organs, forums or generic phrases as parties', () => {
    const text = 'The Party Central Committee, the Yunnan Provincial Party Committee, the Sao Paulo Forum and political parties met; the ruling party spoke.';
    expect(texts(recognize(text, 2024), 'party')).toEqual([]);
  });

  it('reports "our Party" as a reference to the home party, not as a name', () => {
    const mentions = recognize('Our Party values this. The Party and the State agree.', 2024);
    const references = mentions.filter((m) => m.type === 'party');
    expect(references.map((m) => [m.text, m.kind, m.key])).toEqual([
      ['Our Party', 'reference', 'cpv'],
      ['The Party', 'reference', 'cpv'],
    ]);
  });
});

describe('countries', () => {
  it('knows official and alternative names, and diacritics', () => {
    const text = "Việt Nam, the Lao People's Democratic Republic, the DPRK, the Russian Federation and the Republic of Korea signed.";
    const countries = of(recognize(text, 2024), 'country');
    expect(countries.map((m) => m.key)).toEqual(['VN', 'LA', 'KP', 'RU', 'KR']);
  });

  it('counts each side of a hyphenated pair and reports demonyms as demonyms', () => {
    const mentions = recognize('The Vietnam-Laos friendship and Cuban support.', 2024);
    expect(texts(mentions, 'country')).toEqual(['Vietnam', 'Laos']);
    expect(mentions.filter((m) => m.kind === 'demonym').map((m) => m.text)).toEqual(['Cuban']);
  });

  it('does not count regions, cities or the country inside a party name', () => {
    const text = 'In Latin America, the Middle East, Asia-Pacific, Hanoi and Kuwait City, the Communist Party of Cuba spoke.';
    expect(texts(recognize(text, 2024), 'country')).toEqual([]);
  });
});

describe('dates', () => {
  const values = (text: string, year: number | null = 2021) => of(recognize(text, year), 'date').map((m) => [m.text, m.value]);

  it('normalises each form to an ISO value as precise as the text', () => {
    expect(values('On 5 September 1962, February 18, 2019, in December 2017, May -2017, early 2017, 2024-08-03 and 22/1/2020.')).toEqual([
      ['5 September 1962', '1962-09-05'],
      ['February 18, 2019', '2019-02-18'],
      ['December 2017', '2017-12'],
      ['May -2017', '2017-05'],
      ['early 2017', '2017'],
      ['2024-08-03', '2024-08-03'],
      ['22/1/2020', '2020-01-22'],
    ]);
  });

  it('gives each end of a range its own date', () => {
    expect(values('(24 June 1967- 24 June 2017) and July 8 to 10, 2019 and 3-5 March 2020')).toEqual([
      ['24 June 1967', '1967-06-24'],
      ['24 June 2017', '2017-06-24'],
      ['July 8', '2019-07-08'],
      ['10, 2019', '2019-07-10'],
      ['3', '2020-03-03'],
      ['5 March 2020', '2020-03-05'],
    ]);
  });

  it('takes the year of a day or month without one from the text, and reads a short range', () => {
    expect(values('In November 2018 talks began. Delegates met from November 26 to 30 and again in December.')).toEqual([
      ['November 2018', '2018-11'],
      ['November 26', '2018-11-26'],
      ['30', '2018-11-30'],
      ['December', '2018-12'],
    ]);
  });

  it('skips ordinals, document numbers, clock times and counts', () => {
    expect(values('The 19th Congress, Conclusion No. 73-TB/TW, at 11:00, with 2000 delegates and 401 letters.')).toEqual([]);
  });

  it('resolves relative expressions against the reviewed year, as relative', () => {
    const relative = recognize('Last year the two parties met; the same year they signed.', 2017).filter((m) => m.kind === 'relative');
    expect(relative.map((m) => [m.text, m.value])).toEqual([
      ['Last year', '2016'],
      ['the same year', '2017'],
    ]);
  });
});

describe('offsets', () => {
  it('slice the text of every mention exactly', () => {
    const text = '\u00a0General Secretary Nguyễn Phú Trọng visited Việt Nam’s partner, the Lao PDR, on 5 September 2017.';
    const mentions = recognize(text, 2017);
    expect(mentions.length).toBeGreaterThan(3);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
