import { describe, expect, it } from 'vitest';
import { corpusEvents } from '../../src/analysis/events.js';
import { analyseCorpus } from '../../src/extract/corpus.js';
import { corpusOf } from '../helpers.js';

/** The events of one text of this project's own writing, under a heading that names its year. */
async function corpusEventsOf(body: string) {
  const text = `Review of 2019\n\n${body}`;
  return corpusEvents(await analyseCorpus({ sources: [corpusOf({ 'a.txt': text })], readStdin: async () => new Uint8Array(), workerThreads: 0 }));
}

/** The same events as `type date role:id …` lines. */
async function eventsOf(body: string): Promise<string[]> {
  return (await corpusEventsOf(body)).map((e) => [e.type, e.date ?? '-', e.count ?? '-', ...e.participants.map((p) => `${p.role}:${p.id}`)].join(' '));
}

describe('event rules on the shapes of sentences', () => {
  it('gives the roles of a visit from its prepositions: of, to, at the invitation of', async () => {
    expect(await eventsOf('In May 2019, the visit of General Secretary Nguyen Phu Trong to Laos strengthened ties.')).toEqual([
      'visit 2019-05 - visitor:nguyen-phu-trong host:LA',
    ]);
    expect(await eventsOf('At the invitation of the Lao People\'s Revolutionary Party, a delegation of the Communist Party of Vietnam visited Laos in June 2019.')).toEqual([
      'visit 2019-06 - host:lprp visitor:cpv host:LA',
    ]);
  });

  it('splits one trigger into its occasions: several countries, dated partners, listed senders', async () => {
    expect(await eventsOf('Prime Minister Nguyen Xuan Phuc paid official visits to Cambodia and Thailand in March 2019.')).toEqual([
      'visit 2019-03 - visitor:nguyen-xuan-phuc host:KH',
      'visit 2019-03 - visitor:nguyen-xuan-phuc host:TH',
    ]);
    expect(await eventsOf('There were phone talks between General Secretary Nguyen Phu Trong and President Xi Jinping (April 2019) and President Vladimir Putin (July 2019).')).toEqual([
      'call 2019-04 - participant:nguyen-phu-trong participant:xi-jinping',
      'call 2019-07 - participant:nguyen-phu-trong participant:vladimir-putin',
    ]);
    expect(await eventsOf('Congratulatory messages were sent by the Communist Party of Cuba, the Japanese Communist Party and the Communist Party of Chile.')).toHaveLength(3);
  });

  it('reads who received whom, passives and relative clauses', async () => {
    expect(await eventsOf('Nguyen Phu Trong received Hun Sen, who paid an official visit to Vietnam in October 2019.')).toEqual([
      'meeting 2019-10 - participant:nguyen-phu-trong participant:hun-sen',
      'visit 2019-10 - visitor:hun-sen host:VN',
    ]);
    expect(await eventsOf('General Secretary Nguyen Phu Trong was warmly welcomed by President Xi Jinping in Beijing.')).toEqual([
      'meeting - - participant:nguyen-phu-trong participant:xi-jinping',
    ]);
  });

  it('keeps a person\'s title out and gives the person\'s party', async () => {
    const text = 'General Secretary Nguyen Phu Trong held talks with Chairman of the Cambodian People\'s Party Hun Sen in August 2019.';
    expect(await eventsOf(text)).toEqual(['meeting 2019-08 - participant:nguyen-phu-trong participant:hun-sen']);
  });

  it('states counts, and reports no plans, requests, negations or scenes', async () => {
    expect(await eventsOf('In 2019, the two parties exchanged 27 delegations.')).toEqual(['exchange 2019 27']);
    expect(await eventsOf('In 2019, the two parties signed a memorandum and the three sides held talks.')).toEqual(['agreement 2019 -', 'meeting 2019 -']);
    expect(await eventsOf('In 2019, Nguyen Phu Trong held two phone calls with Xi Jinping.')).toEqual(['call 2019 2 participant:nguyen-phu-trong participant:xi-jinping']);
    expect(await eventsOf('The two sides agreed to sign a cooperation plan and will visit Cuba next year.')).toEqual([]);
    expect(await eventsOf('He urged the two parties to hold theoretical seminars.')).toEqual([]);
    expect(await eventsOf('No foreign delegation attended the Congress.')).toEqual([]);
    expect(await eventsOf('At the talks, Nguyen Phu Trong thanked Laos.')).toEqual([]);
  });
  it('gives one meeting per counterpart of a titled list, and keeps titles, scenes and place names out', async () => {
    expect(
      await eventsOf('During their stay in Cuba, the delegation of the Communist Party of Vietnam met with First Secretary Miguel Díaz-Canel, who is also President of Cuba, and Politburo member Roberto Morales Ojeda.'),
    ).toEqual(['meeting - - participant:cpv participant:miguel-diaz-canel', 'meeting - - participant:cpv participant:roberto-morales-ojeda']);
    expect(
      await eventsOf('In 2012, he met the historic leader of the Revolution, Fidel Castro, and received, from President Raul Castro, the Jose Marti Order.'),
    ).toHaveLength(1);
    expect(
      await eventsOf('On arrival in Havana, the delegation was received at the airport by Roberto Morales Ojeda, Secretary of the PCC Central Committee, and by Vice President Salvador Valdes Mesa.'),
    ).toEqual(['meeting - - participant:roberto-morales-ojeda participant:salvador-valdes-mesa']);
    expect(
      await eventsOf('In Beijing, Nguyen Phu Trong held meetings with officials of China, including President Xi Jinping; Premier Li Keqiang; and Vice President Wang Qishan.'),
    ).toEqual([
      'meeting - - participant:nguyen-phu-trong participant:xi-jinping',
      'meeting - - participant:nguyen-phu-trong participant:li-keqiang',
      'meeting - - participant:nguyen-phu-trong participant:wang-qishan',
    ]);
    expect(
      await eventsOf('Nguyen Phu Trong held meetings with leaders of China, including Xi Jinping; Vice President of the Party Wang Qishan; and Li Keqiang.'),
    ).toHaveLength(3);
    expect(await eventsOf('The delegation of the Communist Party of Vietnam offered flowers at the President Ho Chi Minh Monument and met with Hun Sen.')).toEqual([
      'meeting - - participant:cpv participant:hun-sen',
    ]);
  });

  it('reads an opening `Welcoming X,` as a reception of X by the subject after the comma, and no other welcoming', async () => {
    expect(await eventsOf('Welcoming Lao Politburo member Kikeo Khaykhamphithoune, Nguyen Xuan Phuc congratulated Laos on its achievements.')).toEqual([
      'meeting - - participant:nguyen-xuan-phuc participant:kikeo-khaykhamphithoune',
    ]);
    expect(await eventsOf('Welcoming the guests from Laos, Nguyen Xuan Phuc said the ties keep growing.')).toEqual([]);
    expect(await eventsOf('The statement said Vietnam was welcoming Kikeo Khaykhamphithoune to Hanoi.')).toEqual([]);
  });

  it('gives one meeting to those a meeting was attended by, however many are listed', async () => {
    const events = await eventsOf('On the side of the Communist Party of Vietnam, the meeting was also attended by Politburo member To Lam, Secretariat member Tran Cam Tu and Vo Van Thuong, head of the Commission for Propaganda.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/^meeting .*participant:to-lam.*participant:tran-cam-tu/);
  });

  it('does not take a visit to a building or a site for a visit to a country, but a visit to a party\'s seat is one to the party', async () => {
    expect(await eventsOf('The delegation of the Communist Party of Vietnam visited the museum of the revolution.')).toEqual([]);
    expect(await eventsOf('The delegation of the Communist Party of Vietnam visited the headquarters of the newspaper.')).toEqual([]);
    expect(await eventsOf('The delegation of the Communist Party of Vietnam visited the headquarters of the Communist Party of India.')).toEqual(['visit - - visitor:cpv host:cpi']);
    expect(await eventsOf('In May 2019 a delegation of the Communist Party of Vietnam visited the Communist Party of Cuba\'s headquarters in Havana.')).toEqual([
      'visit 2019-05 - visitor:cpv host:pcc',
    ]);
    expect(await eventsOf('A delegation of the Communist Party of Vietnam visited India in March 2019.')).toEqual(['visit 2019-03 - visitor:cpv host:IN']);
  });
  it('reads no event in a back-reference by possessive, a scene opener or a dateline ending in an agency', async () => {
    expect(await eventsOf('The Lao delegation\'s visit was a success, Nguyen Phu Trong said.')).toEqual([]);
    expect(await eventsOf('At the start of the meeting Nguyen Phu Trong thanked Laos for its support.')).toEqual([]);
    expect(await eventsOf('HANOI, Vietnam, May 2 (XYZ) A delegation of the Communist Party of Cuba paid a working visit to Laos.')).toEqual([
      'visit 2019-05-02 - visitor:pcc host:LA',
    ]);
  });
  it('lets a country adjective stand for an unnamed delegation, and calls a visit on a person a meeting', async () => {
    expect(await eventsOf('In May 2019 the Cuban delegation paid a working visit to Laos.')).toEqual(['visit 2019-05 - visitor:CU host:LA']);
    expect(await eventsOf('In May 2019 the delegation also visited Cambodian King Norodom Sihamoni.')).toEqual(['meeting 2019-05 - participant:norodom-sihamoni']);
    expect(await eventsOf('In May 2019 Cuban leaders visited Laos.')).toEqual(['visit 2019-05 - host:LA']);
  });
  it('reads an act told already and then hailed or praised as no second act, but keeps a praised act told first there', async () => {
    const told = await eventsOf(
      'In May 2019 Nguyen Phu Trong attended the theory seminar between the Communist Party of Vietnam and the Communist Party of Cuba in Havana.\n\nDuring talks between Nguyen Phu Trong and Miguel Diaz-Canel, the two sides hailed the theory seminar as a good chance for the two parties to learn from each other.',
    );
    expect(told.map((e) => e.split(' ')[0])).toEqual(['conference', 'meeting']);
    expect((await eventsOf('Nguyen Phu Trong praised the state visit of Xi Jinping to Vietnam in May 2019.')).map((e) => e.split(' ')[0])).toEqual(['visit']);
  });

  it('reports no exchange that is only proposed, however far the proposal stands from it', async () => {
    expect(await eventsOf('Nguyen Phu Trong proposed the two parties increase the exchange of delegations.')).toEqual([]);
    expect(await eventsOf('Nguyen Phu Trong suggested the two parties of Vietnam and Laos continue promoting regular all-level delegation exchanges.')).toEqual([]);
    expect(await eventsOf('In 2019 the Communist Party of Vietnam and the Lao People\'s Revolutionary Party continued exchanging delegations and exchanged 12 delegations.')).toHaveLength(1);
    expect(await eventsOf('In 2019 the Communist Party of Vietnam and the Lao People\'s Revolutionary Party exchanged 12 delegations.')).toHaveLength(1);
  });
  it('dates an event by its sentence, not by the page\'s date line', async () => {
    expect(await eventsOf(' date 2019-07-05 Nguyen Phu Trong had a meeting with Hun Sen on July 4.')).toEqual([
      'meeting 2019-07-04 - participant:nguyen-phu-trong participant:hun-sen',
    ]);
  });
  it('reads working with a named side as a meeting, and working with no one named as none', async () => {
    expect(await eventsOf('In May 2019 the delegation of the Communist Party of Vietnam met and worked with leaders of the Communist Party of Cuba.')).toEqual([
      'meeting 2019-05 - participant:cpv participant:pcc',
    ]);
    expect(await eventsOf('In May 2019 the Communist Party of Vietnam worked with its members on a new programme.')).toEqual([]);
  });
});

/** Each sentence with the events expected of it (the sentence names the failing case). */
async function expectEach(cases: [string, string[]][]): Promise<void> {
  for (const [text, expected] of cases) expect(await eventsOf(text), text).toEqual(expected);
}

describe('the sides of a message that names no one on them', () => {
  it('sends one message for the leaders of one country, and one for countries standing for their leaders', async () => {
    await expectEach([
      [
        'In May 2019, President Nguyen Phu Trong, Prime Minister Nguyen Xuan Phuc and Chairwoman Nguyen Thi Kim Ngan sent messages of greetings to Laos.',
        ['message 2019-05 - sender:nguyen-phu-trong sender:nguyen-xuan-phuc sender:nguyen-thi-kim-ngan recipient:LA'],
      ],
      ['In May 2019, leaders of Cuba, Laos and Russia sent their condolences to Vietnam.', ['message 2019-05 - sender:CU sender:LA sender:RU recipient:VN']],
    ]);
    // Leaders of different countries each wrote, and so did leaders of one country who each sent their own.
    expect(await eventsOf('In May 2019, President Nguyen Phu Trong and Prime Minister Nguyen Xuan Phuc each sent a message to Laos.')).toHaveLength(2);
    expect(await eventsOf('In May 2019, President Xi Jinping, Prime Minister Hun Sen and President Vladimir Putin sent messages of greetings to Vietnam.')).toHaveLength(3);
  });

  it('gives the country of unnamed leaders the side their preposition gives them', async () => {
    await expectEach([
      ['In May 2019, leaders of Cuba and Laos sent congratulations to the leaders of the Party and State of Vietnam.', ['message 2019-05 - sender:CU sender:LA recipient:VN']],
      ['In May 2019, Prime Minister Hun Sen sent a message of greetings to his Lao counterparts.', ['message 2019-05 - sender:hun-sen recipient:LA']],
      ['In May 2019, Prime Minister Hun Sen received greetings from General Secretary Nguyen Phu Trong and other Vietnamese leaders.', ['message 2019-05 - recipient:hun-sen sender:nguyen-phu-trong sender:VN']],
    ]);
    // A counterpart named after the demonym is the side, not his country.
    expect(await eventsOf('In May 2019, Prime Minister Hun Sen sent a message of greetings to his Lao counterpart Thongloun Sisoulith.')).toEqual(['message 2019-05 - sender:hun-sen recipient:thongloun-sisoulith']);
  });
});

describe('congratulations handed over in person', () => {
  it('reads congratulations extended, conveyed or offered during talks as a message, and congratulating alone as said there', async () => {
    const talks = 'In May 2019, Prime Minister Hun Sen held talks with Prime Minister Nguyen Xuan Phuc in Hanoi.';
    expect(await eventsOf(`${talks} Hun Sen extended his warm congratulations to Nguyen Xuan Phuc on his election.`)).toEqual([
      'meeting 2019-05 - participant:hun-sen participant:nguyen-xuan-phuc',
      'message - - sender:hun-sen recipient:nguyen-xuan-phuc',
    ]);
    expect(await eventsOf(`${talks} Hun Sen congratulated Nguyen Xuan Phuc on his election.`)).toEqual(['meeting 2019-05 - participant:hun-sen participant:nguyen-xuan-phuc']);
  });
});

describe('meetings told around the main verb', () => {
  it('reads a passive with an adverb, a fronted act with no article, and a meeting named after the main verb, each with its sides', async () => {
    await expectEach([
      ['In May 2019, the delegation was also received and feted by President Daniel Ortega.', ['meeting 2019-05 - participant:daniel-ortega']],
      ['In talks in May 2019, Hun Sen and Nguyen Xuan Phuc agreed to boost trade.', ['meeting 2019-05 - participant:hun-sen participant:nguyen-xuan-phuc']],
      // The subject holds it, not what the verb acts on.
      ['President Xi Jinping praised Vietnam in May 2019 during talks with General Secretary To Lam in Beijing.', ['meeting 2019-05 - participant:xi-jinping participant:to-lam']],
      ['In May 2019, Prime Minister Hun Sen said this in his speech at an official dinner hosted by Prime Minister Pham Minh Chinh.', ['meeting 2019-05 - participant:hun-sen participant:pham-minh-chinh']],
    ]);
  });
});

describe('who is not there', () => {
  it('leaves out the one an envoy or a representative stands for', async () => {
    await expectEach([
      ['In May 2019, Liu Jianchao, special envoy of General Secretary of the CPC Central Committee Xi Jinping, visited Laos.', ['visit 2019-05 - visitor:liu-jianchao host:LA']],
      ['In May 2019, Men Sam An, representative of the CPP President Hun Sen, visited Vietnam.', ['visit 2019-05 - visitor:men-sam-an host:VN']],
    ]);
  });

  it('leaves out the one mourned and the titles he held', async () => {
    await expectEach([
      [
        'In May 2019, Prime Minister Hun Sen sent a message of condolences to Prime Minister Nguyen Xuan Phuc over the passing of General Le Kha Phieu, former General Secretary of the Communist Party of Vietnam.',
        ['message 2019-05 - sender:hun-sen recipient:nguyen-xuan-phuc'],
      ],
    ]);
  });

  it('gives a named leader\'s suite no country of its own, and an unnamed delegation its country', async () => {
    await expectEach([
      ['In May 2019, President Xi Jinping and his spouse along with a delegation of high-ranking Chinese officials paid a state visit to Vietnam.', ['visit 2019-05 - visitor:xi-jinping host:VN']],
      ['In May 2019, a delegation of high-ranking Chinese officials paid a working visit to Vietnam.', ['visit 2019-05 - visitor:CN host:VN']],
      ['In May 2019, Prime Minister Nguyen Xuan Phuc received Prime Minister Hun Sen and a delegation of senior Lao officials.', ['meeting 2019-05 - participant:nguyen-xuan-phuc participant:hun-sen participant:LA']],
    ]);
  });

  it('takes no part from the one mourned or the one an envoy stands for, but keeps the actors named after them', async () => {
    await expectEach([
      ['On the passing of former President Tran Duc Luong, Lao President Thongloun Sisoulith sent a message of condolences to General Secretary Nguyen Phu Trong on May 9, 2019.', ['message 2019-05-09 - sender:thongloun-sisoulith recipient:nguyen-phu-trong']],
      ['On May 5, 2019, representatives of the Cuban party held talks with General Secretary Nguyen Phu Trong in Hanoi.', ['meeting 2019-05-05 - participant:nguyen-phu-trong']],
    ]);
  });
});

describe('event rules for the shapes of foreign party press', () => {
  it('keeps parties and countries inside a title or an affiliation out, and initials and bare titles are no one', async () => {
    expect(
      await eventsOf('Pyongyang, May 3 (KCNA) Kim Song Nam, member of the Political Bureau and head of the International Department of the C.C., Workers\' Party of Korea, met the delegation of the Communist Party of Vietnam on May 2.'),
    ).toEqual(['meeting 2019-05-02 - participant:kim-song-nam participant:cpv']);
    expect(
      await eventsOf('BEIJING, Dec. 5 (ABC) -- Wang Huning, a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee, met with a Communist Party of Vietnam (CPV) delegation on Thursday.'),
    ).toEqual(['meeting 2019-12-05 - participant:wang-huning participant:cpv']);
    await expectEach([
      ['In May 2019 Nguyen Tan Dung held talks with the member of the Secretariat of the Central Committee of the Communist Party of Cuba (PCC) Ramiro Valdes Perez on trade.', ['meeting 2019-05 - participant:nguyen-tan-dung participant:ramiro-valdes-perez']],
      ['In 2019 Tran Van Ba attended a briefing on the plenum of the 20th CPC Central Committee.', ['conference 2019 - participant:tran-van-ba']],
    ]);
  });

  it('leaves out the dead, the generic Communist Party and the two sides of a relation named in the background', async () => {
    await expectEach([
      ['On May 5, 2019, Miguel Diaz-Canel met Nguyen Phu Trong, recalling the friendship built by Fidel Castro and Ho Chi Minh.', ['meeting 2019-05-05 - participant:miguel-diaz-canel participant:nguyen-phu-trong']],
      ['In September 1973, Fidel Castro visited Laos.', ['visit 1973-09 - visitor:fidel-castro host:LA']],
      ['On May 5, 2019, Miguel Diaz-Canel received Nguyen Phu Trong and praised the Communist Party for its leadership.', ['meeting 2019-05-05 - participant:miguel-diaz-canel participant:nguyen-phu-trong']],
      ['On May 5, 2019, Miguel Diaz-Canel received Nguyen Phu Trong and they discussed the relations between Cuba and Vietnam.', ['meeting 2019-05-05 - participant:miguel-diaz-canel participant:nguyen-phu-trong']],
    ]);
  });

  it('finds arrivals, talks, discussions, banquets and delegations led to a country, once per act', async () => {
    await expectEach([
      ['Miguel Diaz-Canel arrived in Hanoi on May 5, 2019.', ['visit 2019-05-05 - visitor:miguel-diaz-canel']],
      ['Miguel Diaz-Canel arrived Monday in Hanoi, on May 6, 2019.', ['visit 2019-05-06 - visitor:miguel-diaz-canel']],
      ['Nguyen Phu Trong arrived in Havana on May 5, 2019 for an official visit to Cuba.', ['visit 2019-05-05 - visitor:nguyen-phu-trong host:CU']],
    ]);
    expect(await eventsOf('On May 5, 2019, Nguyen Phu Trong met and had a talk with Miguel Diaz-Canel.')).toHaveLength(1);
    expect(await eventsOf('On May 5, 2019, Nguyen Phu Trong discussed bilateral relations with Miguel Diaz-Canel.')).toEqual([
      'meeting 2019-05-05 - participant:nguyen-phu-trong participant:miguel-diaz-canel',
    ]);
    expect(await eventsOf('On May 5, 2019, Nguyen Phu Trong held talks with Miguel Diaz-Canel and discussed trade with him.')).toHaveLength(1);
    await expectEach([
      ['The two leaders discussed measures to boost trade.', []],
      ['On May 5, 2019, Miguel Diaz-Canel hosted a banquet in honour of Nguyen Phu Trong.', ['meeting 2019-05-05 - participant:miguel-diaz-canel participant:nguyen-phu-trong']],
      ['In May 2019, Nguyen Phu Trong led a delegation to Cuba.', ['visit 2019-05 - visitor:nguyen-phu-trong host:CU']],
      ['Vo Van Thuong has led a Party delegation to visit Kazakhstan from May 5 to 7, 2019.', ['visit 2019-05-05 - visitor:vo-van-thuong host:KZ']],
    ]);
  });

  it('types online meetings and phone talks as calls, and theoretical exchange meetings as conferences', async () => {
    await expectEach([
      ['On May 5, 2019, the Communist Party of Vietnam and the Communist Party of Cuba held an online bilateral meeting.', ['call 2019-05-05 - participant:cpv participant:pcc']],
      ['On May 5, 2019, the Communist Party of Vietnam and the Communist Party of Cuba held a theoretical exchange meeting.', ['conference 2019-05-05 - participant:cpv participant:pcc']],
      ['Nguyen Phu Trong held a phone talk with Thongloun Sisoulith on February 2, 2019.', ['call 2019-02-02 - participant:nguyen-phu-trong participant:thongloun-sisoulith']],
      ['Nguyen Phu Trong discussed ties over the phone with Thongloun Sisoulith on February 2, 2019.', ['call 2019-02-02 - participant:nguyen-phu-trong participant:thongloun-sisoulith']],
    ]);
  });

  it('reads no meeting in messages received, no visit to sites, and no act before which something happens', async () => {
    await expectEach([
      ['In 2019 the Communist Party of Vietnam continued receiving congratulatory messages from leaders of countries.', ['message 2019 - recipient:cpv']],
      ['In 2019 the delegation of the Communist Party of Vietnam will hold talks with Cuban leaders, visit historical sites and lay wreaths.', []],
      ['He spoke to the press ahead of a visit to Vietnam by Miguel Diaz-Canel in May 2019.', []],
      ['In May 2019 Nguyen Phu Trong held a press conference in Hanoi.', []],
      ['Wang Huning, chairman of the National Committee of the Chinese People\'s Political Consultative Conference, met Nguyen Phu Trong in May 2019.', ['meeting 2019-05 - participant:wang-huning participant:nguyen-phu-trong']],
    ]);
  });

  it('gives one message per sender of a list whose names the recognizer cut short', async () => {
    expect(
      await eventsOf('The congratulations come from the President of Belarus, A Just Russia Party, the Justice and Development Party of Turkey, the Socialist Alliance of Egypt and the Communist Party of Greece.'),
    ).toEqual(['message - - sender:BY', 'message - - sender:just-russia', 'message - - sender:akp', 'message - - sender:EG', 'message - - sender:kke']);
  });

  it('takes a country named after a known party as that party\'s, not as a sender of its own', async () => {
    expect(
      await eventsOf('The congratulations come from the Nur Otan Party of Kazakhstan, the Communist Party of Greece and the Workers\' Party of Korea.'),
    ).toEqual(['message - - sender:amanat', 'message - - sender:kke', 'message - - sender:wpk']);
  });

  it('lets a visit that frames an act take its subjects, and a dateline on its own line date the report', async () => {
    expect(
      await eventsOf('Hanoi, May 22 (ABC) -- A delegation from the Communist Party of Cuba held working meetings with Vietnamese officials at the beginning of a visit to this country.'),
    ).toEqual(['meeting 2019-05-22 - participant:pcc', 'visit 2019-05-22 - visitor:pcc']);
    expect(await eventsOf('Havana, Aug 23 (Prensa Latina)\nMiguel Diaz-Canel received Nguyen Van Nen.')).toEqual([
      'meeting 2019-08-23 - participant:miguel-diaz-canel participant:nguyen-van-nen',
    ]);
  });

  it('reads invitations answered, fronted messages, and no general venues, earlier visits or headline repeats', async () => {
    await expectEach([
      ['Nguyen Van Nen was invited to attend the congress of the Communist Party of Cuba in Havana.', ['visit - - visitor:nguyen-van-nen host:pcc']],
      ['In a message to Nguyen Phu Trong on May 5, 2019, President Miguel Diaz-Canel expressed his solidarity.', ['message 2019-05-05 - recipient:nguyen-phu-trong sender:miguel-diaz-canel']],
      ['Vietnam and Cuba always support each other at international forums.', []],
      ['Nguyen Phu Trong recalled his last visit to Cuba.', []],
      ['It was his second visit to Cuba.', []],
    ]);
    expect(await eventsOf('Nguyen Phu Trong met Raul Castro during his last visit to Cuba in 2013.')).toContain('visit 2013 - visitor:nguyen-phu-trong host:CU');
    const report = 'Diaz-Canel receives Vietnamese party delegation\n\nHavana, May 3, 2019 (ABC) Miguel Diaz-Canel received a delegation of the Communist Party of Vietnam.';
    const corpus = await analyseCorpus({ sources: [corpusOf({ 'a.txt': report })], readStdin: async () => new Uint8Array(), workerThreads: 0 });
    expect(corpusEvents(corpus).map((e) => `${e.type} ${e.date}`)).toEqual(['meeting 2019-05-03']);
  });

  it('reads a fronted participle as one meeting of the one named in it and the subject after it', async () => {
    expect(await eventsOf('Received by Xi Jinping in Beijing on May 5, 2019, Nguyen Phu Trong thanked China for its support.')).toEqual([
      'meeting 2019-05-05 - participant:xi-jinping participant:nguyen-phu-trong',
    ]);
  });

  it('reads messages named by their greetings, by who said what in them, and by who sent them after the act', async () => {
    await expectEach([
      ['In May 2019 the Communist Party of Vietnam Central Committee extended “warm greetings” in a message to the Communist Party of China.', ['message 2019-05 - sender:cpv recipient:cpc']],
      ['In May 2019 the Lao People\'s Revolutionary Party Central Committee said in a message that the Chinese people will succeed.', ['message 2019-05 - sender:lprp']],
      ['In 2019, leaders having sent congratulatory messages included Kazakh President Nursultan Nazarbayev and Serbian President Aleksandar Vucic.', ['message 2019 - sender:nursultan-nazarbayev', 'message 2019 - sender:aleksandar-vucic']],
    ]);
  });

  it('reads no meeting in welcoming an act, no visit in a welcoming participle, no exchange named as a means, no side in a purpose', async () => {
    expect(await eventsOf('In 2019 Katsuya Okada welcomed the visit of the delegation.')).not.toContainEqual(expect.stringMatching(/^meeting/));
    await expectEach([
      ['Welcoming the delegation of the Communist Party of Vietnam, the leaders said ties are good.', []],
      ['Relations between the two parties have grown via exchanges of high-level visits.', []],
      ['In May 2019 Nguyen Phu Trong paid a visit to Laos to strengthen the relations between the Communist Party of Vietnam and the Lao People\'s Revolutionary Party.', ['visit 2019-05 - visitor:nguyen-phu-trong host:LA']],
      ['In 2019 the delegation made a courtesy call on Vice President of the ruling United Socialist Party of Venezuela Diosdado Cabello.', ['meeting 2019 - participant:diosdado-cabello']],
    ]);
  });

  it('gives one meeting to each of the hosts listed before received', async () => {
    expect(await eventsOf('On February 22, 2019, Thongloun Sisoulith, National Assembly Chairman Pany Yathotou, and Foreign Minister Saleumxay Kommasith received Le Hoai Trung.')).toEqual([
      'meeting 2019-02-22 - participant:thongloun-sisoulith participant:le-hoai-trung',
      'meeting 2019-02-22 - participant:pany-yathotou participant:le-hoai-trung',
      'meeting 2019-02-22 - participant:saleumxay-kommasith participant:le-hoai-trung',
    ]);
  });

  it('keeps the countries of a background clause out of a visit', async () => {
    await expectEach([
      ['The visit of Nguyen Phu Trong to Cuba in May 2019 takes place as Cuba and Vietnam celebrate 60 years of ties.', ['visit 2019-05 - visitor:nguyen-phu-trong host:CU']],
      ['Miguel Diaz-Canel paid an official visit to Vietnam in May 2019, when Cuba and Vietnam marked the anniversary of relations.', ['visit 2019-05 - visitor:miguel-diaz-canel host:VN']],
      ['The visit of Miguel Diaz-Canel to Vietnam in May 2019 is of great significance to Cuba and Vietnam.', ['visit 2019-05 - visitor:miguel-diaz-canel host:VN']],
    ]);
  });

  it('still reads exchanges told as the proof of trust, and one visit per country of a visit of significance', async () => {
    expect(await eventsOf('In 2019 trust between the two countries was manifested through the exchange of special envoys.')).toHaveLength(1);
    expect(await eventsOf('In 2019 the visits of historical significance of Nguyen Phu Trong to Indonesia and Myanmar took place.')).toHaveLength(2);
  });

  it('reads a delegation welcomed by a party as a visit to that party, as its active form is', async () => {
    await expectEach([
      ['In May 2019 a delegation of the Communist Party of Cuba was welcomed by the Communist Party of Vietnam in Hanoi.', ['visit 2019-05 - visitor:pcc host:cpv']],
      ['In May 2019 the Communist Party of Vietnam welcomed a delegation of the Communist Party of Cuba in Hanoi.', ['visit 2019-05 - host:cpv visitor:pcc']],
    ]);
  });
});

describe('event rules for plans and titles after a name', () => {
  it('reads no event in what a future verb phrase runs on to, up to a clause break', async () => {
    expect(await eventsOf('Nguyen Van An will lead a CPV delegation to visit Norway and attend the National Conference of the Labour Party of Norway in May 2019.')).toEqual([]);
    expect(await eventsOf('Nguyen Van An to lead CPV delegation to visit Norway and attend the National Conference of the Labour Party of Norway')).toEqual([]);
    expect(await eventsOf('The delegation is scheduled to pay a working visit to Cuba and meet with leaders of the Communist Party of Cuba in June 2019.')).toEqual([]);
    // A relative clause after the cue tells something done: `will … since … visited`.
    expect(await eventsOf('President Hun Sen will attend a ceremony marking 40 years since General Secretary Nguyen Phu Trong visited Cambodia in May 1979.')).toEqual([
      'visit 1979-05 - visitor:nguyen-phu-trong host:KH',
    ]);
  });

  it('keeps a party out that only names the organ of a title standing after the person', async () => {
    expect(await eventsOf('In March 2019, President Xi Jinping held telephone talks with General Secretary Nguyen Phu Trong of the Central Committee of the Communist Party of Vietnam.')).toEqual([
      'call 2019-03 - participant:xi-jinping participant:nguyen-phu-trong',
    ]);
    // With no title before the person, the party after `of` is his side and takes part.
    expect(await eventsOf('In March 2019, President Xi Jinping met Nguyen Van An of the Communist Party of Vietnam.')).toEqual([
      'meeting 2019-03 - participant:xi-jinping participant:nguyen-van-an participant:cpv',
    ]);
  });

  it('lets a country adjective stand for a delegation only when no leader of it is named', async () => {
    expect((await eventsOf('In May 2019 Nguyen Van An led the Vietnamese delegation at the talks with Kaysone Vongsa.')).join(' ')).not.toMatch(/:VN\b/);
    expect((await eventsOf('In May 2019 Kaysone Vongsa hosted a reception for a high-ranking Vietnamese delegation led by Nguyen Van An.')).join(' ')).not.toMatch(/:VN\b/);
    expect((await eventsOf('In May 2019 the Vietnamese delegation held talks with Kaysone Vongsa.')).join(' ')).toMatch(/participant:VN\b/);
  });

  it('reads regards conveyed on behalf of a leader named in the possessive as his message', async () => {
    expect(await eventsOf('In May 2019 the envoy conveyed CPP President Hun Sen\'s warm regards to General Secretary Nguyen Phu Trong.')).toEqual([
      'message 2019-05 - sender:hun-sen recipient:nguyen-phu-trong',
    ]);
  });

  it('reads no event in a scene opener qualified by who hosted it or where it was held', async () => {
    expect(await eventsOf('At the meeting hosted by the Communist Party of Cuba, participants discussed regional issues.')).toEqual([]);
    expect(await eventsOf('At the talks held in Vientiane, Nguyen Phu Trong thanked Laos.')).toEqual([]);
    expect(await eventsOf('In May 2019 the meeting hosted by the Communist Party of Cuba brought together 70 parties.')).not.toEqual([]);
  });

  it('keeps the country where the occasion of a message took place out of the message', async () => {
    expect(await eventsOf('In May 2019 Nguyen Phu Trong sent a letter of congratulations to Hun Sen on the successful organisation of the general election in Cambodia.')).toEqual([
      'message 2019-05 - sender:nguyen-phu-trong recipient:hun-sen',
    ]);
  });

  it('reads no message in congratulations from around the world, whose senders are not named', async () => {
    expect(await eventsOf('In May 2019 the Congress received congratulations from around the world.')).toEqual([]);
    expect(await eventsOf('In May 2019 the Congress received congratulations from the Communist Party of Cuba.')).toHaveLength(1);
  });
});

describe('event rules of the precision round on unseen reports', () => {
  it('reads congratulations said at talks the text reports as no message, unless the sentence names what carried them', async () => {
    const talks = 'General Secretary Nguyen Phu Trong held talks with Prime Minister Hun Sen in Hanoi in May 2019.';
    expect(await eventsOf(`${talks} During the talks, Nguyen Phu Trong congratulated Cambodia on its achievements. Hun Sen also congratulated the Communist Party of Vietnam on its successes.`)).toEqual([
      'meeting 2019-05 - participant:nguyen-phu-trong participant:hun-sen',
    ]);
    expect(await eventsOf(`${talks} Nguyen Phu Trong also sent a letter congratulating Hun Sen on his re-election.`)).toHaveLength(2);
    expect(await eventsOf('In May 2019, General Secretary Nguyen Phu Trong congratulated Prime Minister Hun Sen on his re-election.')).toEqual([
      'message 2019-05 - sender:nguyen-phu-trong recipient:hun-sen',
    ]);
  });

  it('reads one meeting in a welcome or a reception by several hosts, and a person who hosts a delegation as meeting it', async () => {
    expect(
      await eventsOf('On arrival in Vientiane in May 2019, General Secretary Nguyen Phu Trong was welcomed by Prime Minister Thongloun Sisoulith, Foreign Minister Saleumxay Kommasith and Ambassador Nguyen Ba Hung.'),
    ).toEqual(['meeting 2019-05 - participant:nguyen-phu-trong participant:thongloun-sisoulith participant:saleumxay-kommasith participant:nguyen-ba-hung']);
    expect(await eventsOf('Do Van Chien, President of the Vietnam Fatherland Front, hosted a delegation of the Cambodian People\'s Party in Hanoi in May 2019.')).toEqual([
      'meeting 2019-05 - participant:do-van-chien participant:cpp',
    ]);
    expect(await eventsOf('Prime Minister Hun Sen, welcoming the delegation of the Communist Party of Vietnam to Cambodia, explained the history of the country.')).toEqual([]);
  });

  it('reads a visit to a mausoleum, a centre or sites as a stop, and a place in a country named as a visit to it', async () => {
    expect(await eventsOf('During their stay in Hanoi in May 2019, the delegation of the Communist Party of Cuba visited Ho Chi Minh Mausoleum and a rehabilitation centre for war victims.')).toEqual([]);
    expect(await eventsOf('The delegation also visited several economic and historical sites in the northern provinces.')).toEqual([]);
    expect(await eventsOf('In 1973 Fidel Castro visited the liberated zone in Laos.')).toEqual(['visit 1973 - visitor:fidel-castro host:LA']);
  });

  it('reads one act where a verb and its object, a noun and its own verb, or talks and their medium name it twice', async () => {
    expect(await eventsOf('Le Hoai Trung cabled a congratulatory message to the South African Communist Party in May 2019.')).toEqual([
      'message 2019-05 - sender:le-hoai-trung recipient:sacp',
    ]);
    expect(
      await eventsOf('The signing of the 2015-2017 agreement deepening the partnership between the two parties was signed by Hoang Binh Quan and Andrey Klimov, as witnessed by the two leaders.'),
    ).toHaveLength(1);
    expect(await eventsOf('In May 2019, Chen Xi held talks with Truong Thi Mai, head of the Organization Commission of the Communist Party of Vietnam, via video link.')).toEqual([
      'call 2019-05 - participant:chen-xi participant:truong-thi-mai',
    ]);
  });

  it('reads no new act in what points back at one told before: such, each, this short visit, as his first trip, in his message', async () => {
    expect(await eventsOf('Foreign Ministry spokesman Lu Kang confirmed such messages at a press conference in Beijing.')).toEqual([]);
    expect(await eventsOf('The two parties have held five theoretical seminars and drew lessons from each meeting.')).not.toContainEqual(expect.stringMatching(/^meeting/));
    expect(await eventsOf('A delegation of the Communist Party of India paid a visit to Vietnam in May 2019. This short visit was packed with discussions.')).toHaveLength(1);
    expect(await eventsOf('President To Lam paid a state visit to Laos in May 2019. As his first overseas trip since taking office, President To Lam\'s visit carried great significance.')).toHaveLength(1);
    expect(
      await eventsOf('General Secretary Nguyen Phu Trong sent a message to General Secretary Kim Jong Un in May 2019. In his message, the Vietnamese leader congratulated Kim Jong Un on his re-election.'),
    ).toEqual(['message 2019-05 - sender:nguyen-phu-trong recipient:kim-jong-un']);
    // A letter whose sender is named is a message of its own.
    expect(await eventsOf('The Communist Party of Cuba sent a message to the Communist Party of Vietnam in May 2019. In its letter, the Communist Party of Russia wrote that the congress was a success.')).toHaveLength(2);
  });

  it('reads no event in a list of plans after a future verb, in a wish for an early signing, or before the talks', async () => {
    expect(await eventsOf('During his stay, President To Lam will attend a welcoming ceremony, hold talks with Thongloun Sisoulith, as well as witness the signing of cooperation documents.')).toEqual([]);
    expect(await eventsOf('The delegation of the MPLA is expected to visit the Ho Chi Minh Mausoleum as well as holding meetings with leaders of the Communist Party of Vietnam.')).toEqual([]);
    expect(await eventsOf('General Secretary Nguyen Phu Trong pushed for the early signing of a trade agreement between Vietnam and Russia.')).toEqual([]);
    expect(await eventsOf('Nguyen Phu Trong held talks with Hun Sen in May 2019. Preceding the talks, Nguyen Phu Trong thanked Cambodia.')).toHaveLength(1);
    expect(await eventsOf('The two parties met with many challenges in 2019.')).toEqual([]);
  });

  it('splits no meeting for a name inside a guest\'s title', async () => {
    expect(await eventsOf('Vo Van Thuong received Hun Manet, Deputy Commander-in-Chief of the Royal Cambodian Armed Forces, in Hanoi in August 2019.')).toEqual([
      'meeting 2019-08 - participant:vo-van-thuong participant:hun-manet',
    ]);
  });

  it('reads a headline after a date line, and a caption that repeats the headline, as no second act', async () => {
    const report = 'July 3, 2019\n\nCPI(M) and CPV Bilateral Meeting\n\nThe Communist Party of India (Marxist) had an online bilateral meeting with the Communist Party of Vietnam on June 29, 2019.';
    expect(await eventsOf(report)).toEqual(['call 2019-06-29 - participant:cpim participant:cpv']);
    const headline = 'Communist parties extend greetings to the Communist Party of Vietnam';
    const caption = `${headline}\n\nIn May 2019 the Communist Party of Cuba sent a message of congratulations to the Communist Party of Vietnam.\n\n${headline} - photo 1\n\nThe messages praise the Party.`;
    expect(await eventsOf(caption)).toEqual(['message 2019-05 - sender:pcc recipient:cpv']);
  });
});

describe('event rules of the fifth blind set', () => {
  it('reads a stop during a visit told, a congress congratulated on and a delegation led to take part as no visit of their own', async () => {
    expect(await eventsOf('During the visit, the delegation also visited and surveyed grassroots party organisations in Hanoi.')).toEqual([]);
    expect(await eventsOf('Parties of the world congratulate the Communist Party of Vietnam on its 13th National Congress.')).toEqual([]);
    expect(await eventsOf('In May 2019 Vo Van Thuong led a delegation to participate in the World Forum in Beijing, China.')).toEqual(['conference 2019-05 - participant:vo-van-thuong']);
  });

  it('reads a guest of a ruling party received, a partner met after a day named, and separate receptions, one each', async () => {
    expect(await eventsOf('Nguyen Phu Trong on June 24 received visiting Vice President of the ruling Cambodian People\'s Party Men Sam An.')).toEqual([
      'meeting 2019-06-24 - participant:nguyen-phu-trong participant:men-sam-an',
    ]);
    expect(await eventsOf('Le Hoai Trung also met on Monday with the President of the Communist Party of Chile, Guillermo Teillier.')).toHaveLength(1);
    expect(await eventsOf('In January 2019, Prime Minister Pham Minh Chinh was the first high-ranking leader to visit Laos.')).toEqual([
      'visit 2019-01 - visitor:pham-minh-chinh host:LA',
    ]);
    expect(await eventsOf('General Secretary Thongloun Sisoulith and Prime Minister Sonexay Siphandone hosted separate receptions in Vientiane in May 2019 for General Secretary Nguyen Phu Trong.')).toEqual([
      'meeting 2019-05 - participant:thongloun-sisoulith participant:nguyen-phu-trong',
      'meeting 2019-05 - participant:sonexay-siphandone participant:nguyen-phu-trong',
    ]);
  });
});

describe('event rules of the fourth and fifth held-out sets', () => {
  it('reads a headline\'s anniversary as no cue for the date of the lead under it', async () => {
    const report = 'Greetings to the Lao party on its founding anniversary\n\nOn March 22, 2019, the Communist Party of Vietnam sent a congratulatory message to the Lao People\'s Revolutionary Party.';
    expect(await eventsOf(report)).toEqual(['message 2019-03-22 - sender:cpv recipient:lprp']);
  });

  it('reads the setting named after an act (`received X during a reception`) as the same act', async () => {
    expect(await eventsOf('Nguyen Phu Trong received Hun Sen during a reception in Hanoi on May 5, 2019.')).toEqual([
      'meeting 2019-05-05 - participant:nguyen-phu-trong participant:hun-sen',
    ]);
    expect(await eventsOf('In May 2019 Hun Sen met Nguyen Phu Trong at a meeting in Hanoi.')).toHaveLength(1);
  });

  it('reads a delegation led by an ambassador as a call on his hosts, one accompanied by an ambassador as a visit', async () => {
    const posted = await eventsOf('In May 2019, Ambassador to Cuba Le Thanh Tung headed a delegation to the headquarters of the Communist Party of Cuba.');
    expect(posted.map((e) => e.split(' ')[0])).toEqual(['meeting']);
    const accompanied = await eventsOf('In May 2019, Vo Van Thuong, accompanied by Ambassador Le Thanh Tung, led a delegation to Cuba.');
    expect(accompanied.map((e) => e.split(' ')[0])).toEqual(['visit']);
  });

  it('reads a video conference as a conference, a visit to an embassy as no journey, a welcome dinner as a reception', async () => {
    expect(await eventsOf('The Communist Party of Vietnam and the Cambodian People\'s Party held a video conference on May 18, 2019.')).toEqual([
      'conference 2019-05-18 - participant:cpv participant:cpp',
    ]);
    expect(await eventsOf('In May 2019 a delegation of the Communist Party of Vietnam visited the Cuban Embassy.')).toEqual([]);
    expect(await eventsOf('In May 2019 Nguyen Phu Trong hosted a welcome dinner for Hun Sen.')).toEqual([
      'meeting 2019-05 - participant:nguyen-phu-trong participant:hun-sen',
    ]);
  });
});

describe('participants of the fourth and fifth held-out sets', () => {
  it('reads a party in a title after a country\'s possessive, or before a possessive after its gloss, as no side', async () => {
    expect(await eventsOf('To Lam on May 20, 2019 received Deputy Secretary General of South Africa’s African National Congress (ANC) Nomvula Mokonyane.')).toEqual([
      'meeting 2019-05-20 - participant:to-lam participant:nomvula-mokonyane',
    ]);
    const glossed = await eventsOf('Hoang Binh Quan in May 2019 had a working session with the South African Communist Party (SACP)’s head of external relations.');
    expect(glossed).toEqual(['meeting 2019-05 - participant:hoang-binh-quan']);
  });

  it('reads the seat of a meeting as no side of it, the seat of a visit as its host', async () => {
    expect(await eventsOf('In May 2019 Hun Sen met Nguyen Phu Trong at the building of the CPV Central Committee.')).toEqual([
      'meeting 2019-05 - participant:hun-sen participant:nguyen-phu-trong',
    ]);
    expect(await eventsOf('In May 2019 Hun Sen at the CPP head office in Phnom Penh held talks with Nguyen Phu Trong.')).toEqual([
      'meeting 2019-05 - participant:hun-sen participant:nguyen-phu-trong',
    ]);
    expect(await eventsOf('In May 2019 Hun Sen visited the headquarters of the Communist Party of Vietnam.')).toEqual(['visit 2019-05 - visitor:hun-sen host:cpv']);
  });

  it('gives the country after `a visit to` to the visit, not to the verb that follows it', async () => {
    expect(await eventsOf('In May 2019 Hun Sen, on a visit to the Socialist Republic of Vietnam, met Nguyen Phu Trong.')).toEqual([
      'visit 2019-05 - visitor:hun-sen host:VN',
      'meeting 2019-05 - participant:hun-sen participant:nguyen-phu-trong',
    ]);
  });
});

describe('dates and hosts of the fourth and fifth held-out sets', () => {
  it('dates an act by a clause that says when it took place, and a visit after `since` by its own date', async () => {
    expect(await eventsOf('Relations between the two parties have grown since 2019.')).toEqual([]);
    expect(await eventsOf('A delegation of the Communist Party of Vietnam attended the Sao Paulo Forum, which took place in Caracas from July 25 – 28, 2019.')).toEqual([
      'conference 2019-07-25 - participant:cpv',
    ]);
    expect(await eventsOf('Relations grew, especially since the official Laos visit in late October 2019 by General Secretary Nguyen Phu Trong.')).toEqual([
      'visit 2019-10 - host:LA visitor:nguyen-phu-trong',
    ]);
  });

  it('reads the act after a guest with a glossed title and `during a reception` as one', async () => {
    expect(await eventsOf('Pham Minh Chinh received Vice Chairman of the Japanese Communist Party (JCP) Shii Kazuo during a reception in Hanoi on February 18, 2020.')).toHaveLength(1);
  });

  it('reads parties joined by a hyphen as a relation, or as the sides of the act they name', async () => {
    expect(await eventsOf('Since his visit to Vietnam in 2013, the CPP-CPV solidarity has grown.')).toEqual(['visit 2013 - host:VN']);
    const named = await eventsOf('The CPP-CPV theoretical seminar was held in Hanoi in May 2019.');
    expect(named.map((e) => e.split(' ')[0])).toEqual(['conference']);
    expect(named[0]).toContain('participant:cpp');
  });

  it('reads `leading a delegation to visit X` as the visit, and a possessive trip that goes nowhere as pointing back', async () => {
    expect(await eventsOf('In May 2019 Hun Sen, who is leading a delegation to visit Vietnam, stressed that his trip is to deepen ties.')).toEqual([
      'visit 2019-05 - visitor:hun-sen host:VN',
    ]);
  });

  it('reads greetings given to a messenger as sent, the messenger as no side, and every name after a recipient as receiving', async () => {
    expect(await eventsOf('In May 2019 Xi Jinping asked Hun Sen to hold talks with Nguyen Phu Trong.')).toEqual([]);
    expect(await eventsOf('In May 2019 Xi Jinping asked Hun Sen to convey his sincere greetings to Nguyen Phu Trong, General Secretary of the CPV, and President Vo Van Thuong.')).toEqual([
      'message 2019-05 - sender:xi-jinping recipient:nguyen-phu-trong recipient:vo-van-thuong',
    ]);
  });
});

describe('general shapes of unseen reports: lists, titles, roles, dates', () => {
  it('reads a list of senders on lines of their own, grouped by region or after a participle, as senders', async () => {
    expect(await eventsOf('The Workers\' Party of Korea has received greetings from these parties:\n- the Communist Party of Cuba;\n- the Japanese Communist Party;\n- the Communist Party of Chile.')).toEqual([
      'message - - recipient:wpk sender:pcc',
      'message - - recipient:wpk sender:jcp',
      'message - - recipient:wpk sender:pcch',
    ]);
    expect(await eventsOf('Well-wishers included\nthe Portuguese Communist Party,\nthe Communist Party of Greece.')).toEqual([
      'message - - sender:pcp',
      'message - - sender:kke',
    ]);
    expect(await eventsOf('Among the parties sending greetings in May 2019 were the Communist Party of Greece and the Japanese Communist Party.')).toEqual([
      'message 2019-05 - sender:kke',
      'message 2019-05 - sender:jcp',
    ]);
    expect(await eventsOf('Greetings came from: the Communist Party of Greece, the Portuguese Communist Party.')).toEqual(['message - - sender:kke', 'message - - sender:pcp']);
    expect(await eventsOf('Messages of congratulation were sent by parties of Asia such as the Communist Party of China; from Europe, the Portuguese Communist Party; and from Latin America, the Communist Party of Cuba.')).toEqual([
      'message - - sender:cpc',
      'message - - sender:pcp',
      'message - - sender:pcc',
    ]);
  });

  it('reads a next sentence that lists the actors a sentence left unnamed (`They include`, `Among them were`)', async () => {
    expect(await eventsOf('Many party leaders sent greetings to Nguyen Phu Trong in May 2019. Among them were President Xi Jinping and Prime Minister Hun Sen.')).toEqual([
      'message 2019-05 - recipient:nguyen-phu-trong sender:xi-jinping',
      'message 2019-05 - recipient:nguyen-phu-trong sender:hun-sen',
    ]);
    expect(await eventsOf('Several delegations paid visits to Laos in June 2019. They included the Communist Party of Cuba and the Japanese Communist Party.')).toEqual([
      'visit 2019-06 - host:LA visitor:pcc',
      'visit 2019-06 - host:LA visitor:jcp',
    ]);
  });

  it('reads titled senders parted by semicolons as one list', async () => {
    expect(await eventsOf('Greetings were sent in May 2019 by Chairman of the Japanese Communist Party Kazuo Shii; General Secretary of the Communist Party of Greece Dimitris Koutsoumbas; and President Xi Jinping.')).toEqual([
      'message 2019-05 - sender:kazuo-shii',
      'message 2019-05 - sender:dimitris-koutsoumbas',
      'message 2019-05 - sender:xi-jinping',
    ]);
  });

  it('reads a party or country inside a title as no side: long appositives, `at`, `to`, `who heads`', async () => {
    expect(await eventsOf('In May 2019 Hun Sen met Vo Van Thuong, a member of the Politburo of the Communist Party of Vietnam (CPV) Central Committee and permanent member of the Secretariat of the CPV Central Committee, in Phnom Penh.')).toEqual([
      'meeting 2019-05 - participant:hun-sen participant:vo-van-thuong',
    ]);
    expect(await eventsOf('In May 2019 Kazuo Shii, head of the international bureau at Japan\'s ruling Liberal Democratic Party, met Vo Van Thuong.')).toEqual([
      'meeting 2019-05 - participant:kazuo-shii participant:vo-van-thuong',
    ]);
    expect(await eventsOf('In May 2019 Xi Jinping received the Ambassador of Vietnam to China Pham Sao Mai.')).toEqual(['meeting 2019-05 - participant:xi-jinping participant:pham-sao-mai']);
    expect(await eventsOf('In May 2019 Hun Sen held talks with Vo Van Thuong, who heads the CPV Central Committee\'s Commission for Popularization.')).toEqual([
      'meeting 2019-05 - participant:hun-sen participant:vo-van-thuong',
    ]);
    expect(await eventsOf('In May 2019 Vo Van Thuong, who is visiting Cambodia, met Hun Sen.')).toEqual([
      'visit 2019-05 - visitor:vo-van-thuong host:KH',
      'meeting 2019-05 - participant:vo-van-thuong participant:hun-sen',
    ]);
  });

  it('reads the subject of a passive visit as its host, and a possessive right before a name as whose he is', async () => {
    expect(await eventsOf('Cambodia was visited by Vo Van Thuong in June 2019.')).toEqual(['visit 2019-06 - host:KH visitor:vo-van-thuong']);
    expect(await eventsOf('Cambodia\'s Hun Sen paid an official visit to Laos in June 2019.')).toEqual(['visit 2019-06 - visitor:hun-sen host:LA']);
  });

  it('dates `the same day` by the act told before, and reads a caption retelling the body\'s act as no second event', async () => {
    expect(await eventsOf('Hun Sen received Vo Van Thuong in Phnom Penh on June 4, 2019.\nLater that day, Vo Van Thuong held talks with Sar Kheng.')).toEqual([
      'meeting 2019-06-04 - participant:hun-sen participant:vo-van-thuong',
      'meeting 2019-06-04 - participant:vo-van-thuong participant:sar-kheng',
    ]);
    const captioned = 'Hun Sen (L) receives Vo Van Thuong in Phnom Penh. (Photo: AKP)\nPhnom Penh (AKP) - Prime Minister Hun Sen received Vo Van Thuong on June 4, 2019.';
    expect(await eventsOf(captioned)).toEqual(['meeting 2019-06-04 - participant:hun-sen participant:vo-van-thuong']);
    const untold = 'Hun Sen (L) receives Vo Van Thuong in Phnom Penh. (Photo: AKP)\nPhnom Penh (AKP) - Vo Van Thuong sent a letter to Xi Jinping on June 4, 2019.';
    expect((await eventsOf(untold)).map((e) => e.split(' ')[0])).toEqual(['meeting', 'message']);
    const unnamed = 'At the theoretical workshop (Source: ABC)\nOfficials of the Communist Party of Cuba and the Communist Party of Vietnam held a theoretical workshop in Hanoi on June 4, 2019.';
    expect(await eventsOf(unnamed)).toEqual(['conference 2019-06-04 - participant:pcc participant:cpv']);
  });

  it('reads a meeting told in an opening phrase as held by the subject after it, `met here Tuesday with`, `talked with`', async () => {
    expect(await eventsOf('In May 2019, when meeting with Hun Sen, Chinese official Wang Yi said ties were growing.')).toEqual([
      'meeting 2019-05 - participant:wang-yi participant:hun-sen',
    ]);
    expect(await eventsOf('Wang Yi met here Friday with Hun Sen in May 2019.')).toEqual(['meeting 2019-05 - participant:wang-yi participant:hun-sen']);
    expect(await eventsOf('Wang Yi talked with Hun Sen in Beijing in May 2019.')).toEqual(['meeting 2019-05 - participant:wang-yi participant:hun-sen']);
    expect(await eventsOf('Wang Yi talked with Hun Sen by telephone in May 2019.')).toEqual(['call 2019-05 - participant:wang-yi participant:hun-sen']);
  });

  it('reads a meeting in a clause of time after the main verb as held by the subject (`made the remarks while meeting with`)', async () => {
    expect(await eventsOf('Wang Yi made the remarks in May 2019 while meeting with Hun Sen.')).toEqual(['meeting 2019-05 - participant:wang-yi participant:hun-sen']);
    expect(await eventsOf('Wang Yi, a member of the CPC Political Bureau, said so when meeting Hun Sen in May 2019.')).toEqual([
      'meeting 2019-05 - participant:wang-yi participant:hun-sen',
    ]);
  });

  it('reads who welcomes, hails or hosts a visit as its host, and the subject after an inviter as the visitor', async () => {
    expect(await eventsOf('Hun Sen spoke highly of Wang Yi\'s visit to Cambodia in May 2019.')).toEqual(['visit 2019-05 - host:hun-sen visitor:wang-yi host:KH']);
    expect(await eventsOf('Laos received a visit from Chinese official Wang Yi in May 2019.')).toEqual(['visit 2019-05 - host:LA visitor:wang-yi']);
    expect(await eventsOf('At the invitation of Thongloun Sisoulith, Wang Yi paid a working visit to Laos in May 2019.')).toEqual([
      'visit 2019-05 - host:thongloun-sisoulith visitor:wang-yi host:LA',
    ]);
  });

  it('reads two sides joined before `met` as meeting each other, and `talks were held between`', async () => {
    expect(await eventsOf('President Xi Jinping and Prime Minister Hun Sen met in Beijing in May 2019.')).toEqual(['meeting 2019-05 - participant:xi-jinping participant:hun-sen']);
    expect(await eventsOf('In May 2019 talks were held between Xi Jinping and Hun Sen.')).toEqual(['meeting 2019-05 - participant:xi-jinping participant:hun-sen']);
  });

  it('reads a time or a place between `received` and its object (`received on Monday the delegation`)', async () => {
    expect(await eventsOf('In May 2019 Miguel Díaz-Canel received at the Palace of the Revolution the delegation of the Japanese Communist Party.')).toEqual([
      'meeting 2019-05 - participant:miguel-diaz-canel participant:jcp',
    ]);
    expect(await eventsOf('Vietnam received in May 2019 support from Japan.')).toEqual([]);
  });
});

describe('acts told as not done, recalled or pointed back to', () => {
  it('reads an anniversary of a signing, a visit called off or no longer taking place, and one scheduled for a day, as no event', async () => {
    expect(await eventsOf('The two parties marked the 40th anniversary of the signing of the Treaty of Friendship between Vietnam and Cambodia.')).toEqual([]);
    expect(await eventsOf('The visit of Prime Minister Hun Sen to Laos was postponed because of the floods.')).toEqual([]);
    expect(await eventsOf('Their visit to Cuba is no longer taking place, the Communist Party of Cuba said.')).toEqual([]);
    expect(await eventsOf('Talks between Prime Minister Hun Sen and President Xi Jinping are scheduled for May 6, 2019.')).toEqual([]);
    expect(await eventsOf('The visit of Hun Sen to China was slated for the autumn of 2019.')).toEqual([]);
    expect(await eventsOf('The Communist Party of Cuba signed a cooperation plan with the Communist Party of Vietnam in May 2019.')).toHaveLength(1);
  });

  it('reads a meeting spoken of as a thing (`the success of the meeting`, `a photograph of the meeting`) as no new act', async () => {
    expect(await eventsOf('Hun Sen said the success of the meeting would help the two parties.')).toEqual([]);
    expect(await eventsOf('A photograph of the meeting spread on the internet, the Communist Party of China said.')).toEqual([]);
  });

  it('reads `in his message` after the message its sender sent as the same message, a message of another sender as its own', async () => {
    const told = await eventsOf(
      'President Xi Jinping sent a message to General Secretary Nguyen Phu Trong in May 2019. Xi Jinping in his message extended warm congratulations and comradely greetings to Nguyen Phu Trong.',
    );
    expect(told.filter((e) => e.includes('sender:xi-jinping'))).toHaveLength(1);
    expect(told.filter((e) => / recipient:nguyen-phu-trong/.test(e))).toHaveLength(2);
    expect(await eventsOf('In its message, the Communist Party of Cuba hailed the achievements of the Communist Party of Vietnam.')).toEqual([
      'message - - sender:pcc recipient:cpv',
    ]);
  });

  it('reads senders listed with `, as well as` and `, along with` as one list, one message each', async () => {
    expect(
      await eventsOf('The Communist Party of China, as well as the Lao People\'s Revolutionary Party, sent messages of congratulations to the Communist Party of Cuba.'),
    ).toEqual(['message - - sender:cpc recipient:pcc', 'message - - sender:lprp recipient:pcc']);
  });
});

describe('gatherings and what is said at them', () => {
  it('reads a virtual summit or an online dialogue attended, and a forum attended by parties, as a conference', async () => {
    expect(await eventsOf('General Secretary Nguyen Phu Trong attended the virtual summit of the Communist Party of China and world political parties in July 2019.')).toEqual([
      'conference 2019-07 - participant:nguyen-phu-trong participant:cpc',
    ]);
    expect((await eventsOf('The Malaysian Chinese Association took part in an online dialogue with the Communist Party of China in May 2019.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
    expect((await eventsOf('The forum opened in Moscow in May 2019. It is attended by the leaders of the Communist Party of Cuba and the Communist Party of China.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
    expect(await eventsOf('The two parties will strengthen political dialogue with the Communist Party of China.')).toEqual([]);
    expect((await eventsOf('The welcome ceremony for Hun Sen in May 2019 was also attended by Nguyen Xuan Phuc.')).filter((e) => e.startsWith('conference'))).toEqual([]);
    expect(await eventsOf('Nguyen Van Binh spoke at the congress of the Communist Party of Cuba in May 2019.')).toEqual(['conference 2019-05 - participant:nguyen-van-binh participant:pcc']);
  });

  it('reads congratulations said at a congress or a reception as said there, not as a message sent', async () => {
    expect(await eventsOf('Speaking at the congress, Nguyen Van Binh congratulated the Communist Party of Cuba on its achievements.')).toEqual([
      'conference - - participant:nguyen-van-binh participant:pcc',
    ]);
    const told = await eventsOf('Nguyen Van Binh received a delegation of the Communist Party of India in May 2019. He extended congratulations to the Communist Party of India on its success in the elections.');
    expect(told.map((e) => e.split(' ')[0])).toEqual(['meeting']);
    expect((await eventsOf('Nguyen Van Binh sent congratulations to the Communist Party of India on its success in May 2019.')).map((e) => e.split(' ')[0])).toEqual(['message']);
  });
});

describe('numbered sessions and the objects of `received` and `met`', () => {
  it('reads a numbered session of a forum or an annual general meeting as a conference, of a joint committee as a meeting', async () => {
    expect(await eventsOf('A delegation of the Communist Party of Vietnam attended the 25th meeting of the Sao Paulo Forum in Caracas in July 2019.')).toEqual([
      'conference 2019-07 - participant:cpv',
    ]);
    expect(await eventsOf('Hun Sen and Nguyen Xuan Phuc co-chaired the 17th meeting of the Joint Committee in May 2019.')).toEqual([
      'meeting 2019-05 - participant:hun-sen participant:nguyen-xuan-phuc',
    ]);
  });

  it('reads a day, `here` or a place between `received` and its object, and a long lowercase title before whom `met` names', async () => {
    expect(await eventsOf('Nguyen Phu Trong received Friday in Hanoi a delegation of the Communist Party of Cuba.')).toEqual(['meeting - - participant:nguyen-phu-trong participant:pcc']);
    expect(await eventsOf('Hun Sen received here this morning visiting Nguyen Xuan Phuc.')).toEqual(['meeting - - participant:hun-sen participant:nguyen-xuan-phuc']);
    expect(await eventsOf('In May 2019 the delegation met Politburo member and permanent member of the Secretariat Tran Quoc Vuong.')).toEqual(['meeting 2019-05 - participant:tran-quoc-vuong']);
    expect(await eventsOf('Nguyen Phu Trong hosted 108 delegates from 58 parties in Hanoi in November 2019.')).toEqual(['meeting 2019-11 - participant:nguyen-phu-trong']);
  });
});

describe('an actor left unnamed', () => {
  it('reads the country of an unnamed official or guest as the side, not the country of a named leader', async () => {
    expect(await eventsOf('During his stay in May 2019, the Vietnamese guest met with leaders of the Communist Party of Cuba.')).toEqual([
      'meeting 2019-05 - participant:VN participant:pcc',
    ]);
    expect(await eventsOf('In May 2019 Vietnamese officials held talks with the Communist Party of Cuba.')).toEqual(['meeting 2019-05 - participant:VN participant:pcc']);
    expect(await eventsOf('In May 2019 Chinese leader Xi Jinping held talks with Hun Sen.')).toEqual(['meeting 2019-05 - participant:xi-jinping participant:hun-sen']);
  });
});

describe('the date a sentence attaches to its event', () => {
  it('dates the lead by a dateline whose agency stands between slashes after it, past a page date line', async () => {
    expect(await eventsOf('BEIJING, March 9. /ABC/. President Xi Jinping received Prime Minister Hun Sen in the capital.')).toEqual([
      'meeting 2019-03-09 - participant:xi-jinping participant:hun-sen',
    ]);
    expect(await eventsOf(' date 2019-06-02 PHNOM PENH, June 1. /ABC/. Prime Minister Hun Sen has congratulated President Xi Jinping on his re-election.')).toEqual([
      'message 2019-06-01 - sender:hun-sen recipient:xi-jinping',
    ]);
  });

  it('dates an act by the day before its frame or purpose, and a subject by the day it was held', async () => {
    expect(await eventsOf('Nguyen Van Nen was received by Xi Jinping in Beijing on May 6, 2019 within the framework of his working visit starting May 5, 2019.')).toEqual([
      'meeting 2019-05-06 - participant:nguyen-van-nen participant:xi-jinping',
      'visit 2019-05-05 - visitor:nguyen-van-nen',
    ]);
    expect(await eventsOf('Nguyen Van Nen worked with Xi Jinping in Beijing on May 6, 2019 as part of his working visit to China.')).toEqual([
      'meeting 2019-05-06 - participant:nguyen-van-nen participant:xi-jinping',
      'visit 2019-05-06 - visitor:nguyen-van-nen host:CN',
    ]);
    expect(await eventsOf('During their May 2-8, 2019 stay, the delegation laid a wreath at a memorial; held talks with leaders of the Communist Party of Cuba.')).toEqual([
      'meeting 2019-05-02 - participant:pcc',
    ]);
    expect(await eventsOf('Prime Minister Hun Sen made a phone call to President Xi Jinping on March 3, 2019 to discuss trade.')).toEqual([
      'call 2019-03-03 - participant:hun-sen participant:xi-jinping',
    ]);
    expect((await eventsOf('A meeting to strengthen the ties between the Communist Party of Cuba and the Japanese Communist Party was held in Havana on June 8, 2019.'))[0]).toMatch(/^meeting 2019-06-08 /);
    expect(await eventsOf('During the visit which began on March 2, 2019, the delegation attended the Fifth Congress of the Communist Party of Cuba which was held between March 4 and 6, 2019.')).toContain(
      'conference 2019-03-04 - participant:pcc',
    );
  });

  it('reads the years an agreement runs for as no date, and dates an act by the visit during which it took place', async () => {
    expect(await eventsOf('The Communist Party of Vietnam and the Communist Party of Cuba signed a cooperation plan for the 2019-2023 period in Havana on April 9, 2019.')).toEqual([
      'agreement 2019-04-09 - participant:cpv participant:pcc',
    ]);
    expect(await eventsOf('The parties signed a cooperation agreement for 2019-2023 during the visit to Laos by Nguyen Van Nen in October 2019.')).toEqual([
      'agreement 2019-10 -',
      'visit 2019-10 - host:LA visitor:nguyen-van-nen',
    ]);
    expect(await eventsOf('He recalled the official visit to Laos by Nguyen Van Nen in October 2019, during which four documents were signed.')).toContainEqual(expect.stringMatching(/^agreement 2019-10 /));
  });

  it('dates a visit by its first day, not by a later day or the year the day falls in', async () => {
    expect(await eventsOf('Prime Minister Hun Sen, on March 11 and 12, was the first foreign leader to visit Laos in 2019.')).toEqual([
      'visit 2019-03-11 - visitor:hun-sen host:LA',
    ]);
    expect(await eventsOf('Hun Sen paid an official visit to Laos, a state visit to Thailand and a working visit to Myanmar from May 4 to 9, 2019.')).toEqual([
      'visit 2019-05-04 - visitor:hun-sen host:LA',
      'visit 2019-05-04 - host:TH',
      'visit 2019-05-04 - host:MM',
    ]);
  });
});

describe('event rules of the seventh round, on sentences of fresh shapes', () => {
  it('leaves out the people who only invited the visitors, and the country that only says whose leader one is', async () => {
    expect(await eventsOf('Prime Minister Hun Sen paid an official visit to Laos in March 2019 at the invitation of Prime Minister Thongloun Sisoulith.')).toEqual([
      'visit 2019-03 - visitor:hun-sen host:LA',
    ]);
    expect(await eventsOf('King Norodom Sihamoni of Cambodia paid a state visit to Vietnam in May 2019.')).toEqual([
      'visit 2019-05 - visitor:norodom-sihamoni host:VN',
    ]);
  });

  it('tells talks held online from a meeting, and a video link from a call of its own', async () => {
    expect(await eventsOf('President Xi Jinping met online with General Secretary Nguyen Phu Trong on May 3, 2019.')).toEqual([
      'call 2019-05-03 - participant:xi-jinping participant:nguyen-phu-trong',
    ]);
    expect(await eventsOf('The Communist Party of China and the Communist Party of Vietnam held their theoretical seminar via video link on May 3, 2019.')).toEqual([
      'conference 2019-05-03 - participant:cpc participant:cpv',
    ]);
  });

  it('reads no exchange of delegations in invitations or views exchanged about visits', async () => {
    expect(await eventsOf('Hun Sen and Thongloun Sisoulith exchanged invitations for visits to their countries.')).toEqual([]);
    expect(await eventsOf('The two sides exchanged views on organizing mutual visits between their capitals.')).toEqual([]);
  });

  it('reads a trip named again as the frame of the acts that follow as no new visit', async () => {
    const told = await eventsOf('Hun Sen paid an official visit to Laos in May 2019. On the first day of his trip, Hun Sen held talks with Thongloun Sisoulith.');
    expect(told.map((e) => e.split(' ')[0])).toEqual(['visit', 'meeting']);
    expect(told[1]).toMatch(/ participant:hun-sen participant:thongloun-sisoulith$/);
  });

  it('keeps one message that several leaders sent together', async () => {
    expect(await eventsOf('Nguyen Phu Trong, Nguyen Xuan Phuc and Nguyen Thi Kim Ngan sent a message of congratulations to Thongloun Sisoulith on May 3, 2019.')).toEqual([
      'message 2019-05-03 - sender:nguyen-phu-trong sender:nguyen-xuan-phuc sender:nguyen-thi-kim-ngan recipient:thongloun-sisoulith',
    ]);
    expect(await eventsOf('The Communist Party of Cuba and the Japanese Communist Party each sent a letter to the Communist Party of Vietnam in May 2019.')).toHaveLength(2);
  });

  it('reads a summit on whose sidelines two leaders met as the scene, and a leaders\' meeting as a gathering', async () => {
    expect(await eventsOf('Prime Minister Hun Sen met President Xi Jinping on the sidelines of the 35th ASEAN Summit in Bangkok on May 3, 2019.')).toEqual([
      'meeting 2019-05-03 - participant:hun-sen participant:xi-jinping',
    ]);
    expect((await eventsOf('President Xi Jinping attended the APEC Economic Leaders\' Meeting in Chile in May 2019.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
  });

  it('reads an arrival after the visit was told as a stop of it, and an official dinner or bilateral discussions as a meeting', async () => {
    const stops = await eventsOf('Hun Sen paid an official visit to Laos in May 2019. He arrived in Luang Prabang on May 4, 2019.');
    expect(stops.map((e) => e.split(' ')[0])).toEqual(['visit']);
    expect((await eventsOf('Hun Sen paid an official visit to Laos in May 2019. Hun Sen arrived in Vientiane on May 3, 2019.')).map((e) => e.split(' ')[0])).toEqual(['visit', 'visit']);
    expect((await eventsOf('Hun Sen spoke at an official dinner hosted by Prime Minister Thongloun Sisoulith on May 3, 2019.'))[0]).toMatch(/^meeting 2019-05-03 /);
    expect(await eventsOf('Hun Sen had bilateral discussions with Thongloun Sisoulith on May 3, 2019.')).toEqual([
      'meeting 2019-05-03 - participant:hun-sen participant:thongloun-sisoulith',
    ]);
  });

  it('gives an act coordinated by `as well as`, and a journey a participle opens, the subject of the act before', async () => {
    expect(await eventsOf('Hun Sen held talks with Thongloun Sisoulith as well as meetings with Prime Minister Nguyen Xuan Phuc in May 2019.')).toEqual([
      'meeting 2019-05 - participant:hun-sen participant:thongloun-sisoulith',
      'meeting 2019-05 - participant:hun-sen participant:nguyen-xuan-phuc',
    ]);
    expect(await eventsOf('Prime Minister Hun Sen paid a courtesy call on Thongloun Sisoulith on May 3, 2019, marking the start of his two-day working visit.')).toEqual([
      'meeting 2019-05-03 - participant:hun-sen participant:thongloun-sisoulith',
      'visit 2019-05-03 - visitor:hun-sen',
    ]);
  });

  it('gives a visit named by its possessor to that one, not to the names before it, and sets aside who a fronted `Besides` names', async () => {
    expect(await eventsOf('On May 3, 2019, Nguyen Phu Trong received Thongloun Sisoulith during the Cambodian leader\'s visit to Laos.')).toEqual([
      'meeting 2019-05-03 - participant:nguyen-phu-trong participant:thongloun-sisoulith',
      'visit 2019-05-03 - visitor:KH host:LA',
    ]);
    expect(await eventsOf('Hun Sen and Thongloun Sisoulith met on May 3, 2019 as part of the latter\'s official visit to Cambodia.')).toEqual([
      'meeting 2019-05-03 - participant:hun-sen participant:thongloun-sisoulith',
      'visit 2019-05-03 - visitor:thongloun-sisoulith host:KH',
    ]);
    expect(await eventsOf('Besides Hun Sen, Nguyen Phu Trong also received Thongloun Sisoulith on May 3, 2019.')).toEqual([
      'meeting 2019-05-03 - participant:nguyen-phu-trong participant:thongloun-sisoulith',
    ]);
    expect(await eventsOf('BEIJING, May 3, 2019 (Xinhua) -- Besides Hun Sen, Nguyen Phu Trong also received Thongloun Sisoulith.')).toEqual([
      'meeting 2019-05-03 - participant:nguyen-phu-trong participant:thongloun-sisoulith',
    ]);
  });

  it('reads a subheading that names no one as no act, and a numbered meeting of a forum written with a spaced ordinal as a gathering', async () => {
    const told = await eventsOf('Hun Sen paid an official visit to Laos in May 2019.\n\nFRUITFUL VISIT\n\nHun Sen held talks with Thongloun Sisoulith on May 3, 2019.');
    expect(told.map((e) => e.split(' ')[0])).toEqual(['visit', 'meeting']);
    expect((await eventsOf('The Communist Party of Vietnam attended the 25 th meeting of the Sao Paulo Forum in Caracas in May 2019.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
  });

  it('reads being in a country for a purpose as a visit to it, and a name listed after a visitor before a purpose as a visitor', async () => {
    expect(await eventsOf('The Lao delegation led by Thongloun Sisoulith was in Vietnam in May 2019 to attend the National Day celebrations.')).toEqual([
      'visit 2019-05 - visitor:thongloun-sisoulith host:VN',
    ]);
    expect(await eventsOf('Hun Sen was in Vietnam on holiday in May 2019.')).toEqual([]);
    const [stay] = await corpusEventsOf('The Lao delegation was in  Vietnam in May 2019 to attend the National Day celebrations.');
    expect(stay.trigger.text).toBe('was in');
    expect((await eventsOf('The year began with the Vietnam visit by Prime Minister Hun Sen and President Xi Jinping to attend the summit held in Hanoi on May 3, 2019.'))[0]).toMatch(
      /^visit .* visitor:hun-sen visitor:xi-jinping$/,
    );
  });
});

describe('event rules for plans told with an adverb, a list or an agenda', () => {
  it('reads no event in a plan with `also` inside its cue, nor in a bare verb after `, and` that a plan runs on to across a list', async () => {
    expect(await eventsOf('During the trip, the Prime Minister is also expected to hold official talks with President Xi Jinping.')).toEqual([]);
    expect(
      await eventsOf('She is scheduled to hold talks with Hun Sen, President of the Cambodian People\'s Party, and Prime Minister Hun Manet, and meet with leaders of the Communist Party of Vietnam.'),
    ).toEqual([]);
    // A finished act after `, and` is told, not planned.
    expect((await eventsOf('He will retire next year, and met Hun Sen in Phnom Penh in May 2019.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
  });

  it('reads the agenda or itinerary of a visit as a plan', async () => {
    expect(await eventsOf('The itinerary of the trip includes meetings with President Xi Jinping and Premier Li Qiang.')).toEqual([]);
  });
});

describe('event rules for a party\'s or a state\'s own gatherings', () => {
  it('reads a conference of a Central Committee or of the diplomatic service, and a session of a party\'s own organ, as no contact', async () => {
    expect(await eventsOf('At the Party Central Committee Conference in May 2019, General Secretary Nguyen Phu Trong praised the work of the year.')).toEqual([]);
    expect(await eventsOf('At the 31st National Diplomatic Conference in August 2019, Nguyen Phu Trong spoke of the tasks ahead.')).toEqual([]);
    expect(await eventsOf('Thongloun Sisoulith was elected at the first meeting of the 11th Central Committee of the Lao People\'s Revolutionary Party in May 2019.')).toEqual([]);
    expect(await eventsOf('The meeting of the Secretariat of the Communist Party of Vietnam and the Communist Party of Cuba took place in Havana in May 2019.')).toEqual([
      'meeting 2019-05 - participant:cpv participant:pcc',
    ]);
    expect((await eventsOf('The plenum of the Central Committee of the Communist Party of Vietnam in May 2019 reviewed the year with the Politburo of the Communist Party of Cuba in mind.')).filter((e) => e.startsWith('meeting'))).toEqual([]);
  });

  it('reads a meeting held for a party\'s numbered congress as no contact, but a meeting of two parties named after `of` as one', async () => {
    expect(await eventsOf('In May 2019 the Lao delegation visited the house in Hanoi where the preparatory meeting for the 3rd Congress of the Lao People\'s Revolutionary Party was held.')).not.toContainEqual(expect.stringMatching(/^meeting/));
    expect((await eventsOf('In May 2019, a meeting of the Communist Party of Vietnam and the Communist Party of Cuba took place in Hanoi.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
  });

  it('keeps the meeting of a commission of a Central Committee with a foreign party', async () => {
    expect((await eventsOf('In May 2019, a meeting of the CPV Central Committee\'s Commission for External Relations with the Communist Party of Cuba took place in Hanoi.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
  });
});

describe('event words outside the first lexicon', () => {
  it('reads a warm welcome accorded, formal talks held and a congress joined as acts', async () => {
    expect(await eventsOf('In May 2019, President Lula and his delegation were accorded a warm welcome in Hanoi by Deputy Minister Nguyen Van Nam.')).toEqual([
      'meeting 2019-05 - participant:lula-da-silva participant:nguyen-van-nam',
    ]);
    expect((await eventsOf('In May 2019, the two leaders held formal talks in Vientiane.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
    expect((await eventsOf('In May 2019, a delegation of the Communist Party of Vietnam joined the 26th Congress of the Communist Party of Chile.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
  });

  it('reads a message that opens its sentence with who sent it as a message told there', async () => {
    expect(await eventsOf('The message of congratulations sent by the Communist Party of Chile in May 2019 praised Vietnam.')).toEqual([
      'message 2019-05 - sender:pcch',
    ]);
  });
});

describe('event rules for a gathering a message is addressed to', () => {
  it('reads a message to a congress or a seminar as a message only, received by the congress\'s party', async () => {
    expect(await eventsOf('In May 2019, the Communist Party of Vietnam sent a congratulatory message to the 21st Congress of the Communist Party of Chile.')).toEqual([
      'message 2019-05 - sender:cpv recipient:pcch',
    ]);
    expect((await eventsOf('In May 2019, Nguyen Phu Trong and Xi Jinping sent congratulatory letters to the theoretical seminar of the two parties.')).map((e) => e.split(' ')[0])).not.toContain('conference');
  });

  it('keeps a congress that a delegation attended', async () => {
    expect((await eventsOf('In May 2019, a delegation of the Communist Party of Vietnam attended the 21st Congress of the Communist Party of Chile.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
  });
});

describe('event rules for an act spoken of as a topic', () => {
  it('reads the timing, focus or importance of an act told already as no new act', async () => {
    expect(await eventsOf('The timing of the visit is important for Vietnam and Laos in 2019.')).toEqual([]);
    expect(await eventsOf('The focus of the seminar was the economy of Vietnam and China in 2019.')).toEqual([]);
    expect((await eventsOf('Hun Sen spoke of the importance of the visit of Nguyen Phu Trong to Cambodia in May 2019.')).map((e) => e.split(' ')[0])).toEqual(['visit']);
  });
});

describe('participant rules for the scene a sentence opens in', () => {
  it('reads a country fronted with `In …,` before a meeting as its scene, not a side', async () => {
    expect(await eventsOf('In China, Hun Sen met with Xi Jinping in May 2019.')).toEqual(['meeting 2019-05 - participant:hun-sen participant:xi-jinping']);
  });
});

describe('participant rules for what a message says', () => {
  it('reads the names past the words that open a message\'s content as its content, not its sides', async () => {
    expect(await eventsOf('In May 2019, the message of the Communist Party of Chile hailed Vietnam as a model of development.')).toEqual(['message 2019-05 - sender:pcch']);
    expect(await eventsOf('In May 2019, Hun Sen said in his letter to Nguyen Phu Trong that the Communist Party of Vietnam had led the country well.')).toEqual([
      'message 2019-05 - sender:hun-sen recipient:nguyen-phu-trong',
    ]);
  });

  it('keeps the sides named in a clause that tells who sent the message', async () => {
    expect(await eventsOf('In May 2019 the congratulatory message that President Xi Jinping sent to General Secretary Nguyen Phu Trong was published.')).toEqual([
      'message 2019-05 - sender:xi-jinping recipient:nguyen-phu-trong',
    ]);
  });
});

describe('participant rules for a party and its leader addressed together', () => {
  it('reads `to the Central Committee of the CPV and General Secretary X` as two recipients, not the party in a title', async () => {
    expect(await eventsOf('In May 2019, Hun Sen sent a letter to the Central Committee of the Communist Party of Vietnam and General Secretary Nguyen Phu Trong.')).toEqual([
      'message 2019-05 - sender:hun-sen recipient:cpv recipient:nguyen-phu-trong',
    ]);
    expect(await eventsOf('In May 2019, Hun Sen sent a letter to CPV General Secretary Nguyen Phu Trong.')).toEqual(['message 2019-05 - sender:hun-sen recipient:nguyen-phu-trong']);
  });
});

describe('participant rules for a series of acts parted by semicolons', () => {
  it('gives each verb phrase after a semicolon the subject of the first', async () => {
    const told = await eventsOf('In May 2019, Hun Sen held talks with Nguyen Phu Trong; met with Prime Minister Nguyen Xuan Phuc; and received a delegation of the Communist Party of Vietnam.');
    expect(told).toHaveLength(3);
    expect(told.every((e) => e.includes('participant:hun-sen'))).toBe(true);
  });
});

describe('event rules for acts of a kind in general', () => {
  it('reads `all meetings`, `every summit`, `organisations and forums` as no occasion', async () => {
    expect(await eventsOf('Since 2009 the Communist Party of Vietnam has attended all meetings of the left parties of the region.')).toEqual([]);
    expect(await eventsOf('In 2019 Vietnam took part in regional organisations and forums of political parties.')).toEqual([]);
    expect((await eventsOf('In 2019 the Communist Party of Vietnam attended two meetings of the Sao Paulo Forum.')).length).toBeGreaterThan(0);
    expect((await eventsOf('In May 2019, Nguyen Phu Trong visited all three provinces and held talks with Thongloun Sisoulith.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
    expect((await eventsOf('In May 2019, the delegation met workers of mass organisations and held talks with Miguel Diaz-Canel.')).filter((e) => e.includes('miguel-diaz-canel'))).toHaveLength(1);
    expect((await eventsOf('In 2019 the Communist Party of Vietnam took part in all meetings and conferences of the left parties of Asia.')).filter((e) => /^(?:meeting|conference) /.test(e))).toEqual([]);
  });
});

describe('event rules for an act pointed back to by its actor\'s possessive', () => {
  it('reads a sentence that opens with `His trip` after a visit was told as that visit, and a first one as its own', async () => {
    const told = await eventsOf('Hun Sen paid an official visit to Laos in May 2019. His trip is notable as the first of its kind in ten years.');
    expect(told.map((e) => e.split(' ')[0])).toEqual(['visit']);
    expect((await eventsOf('His trip to Laos in May 2019 was short.')).map((e) => e.split(' ')[0])).toEqual(['visit']);
    const both = await eventsOf('Hun Sen paid an official visit to Laos on May 2, 2019. His visit to Thailand on May 4 deepened ties.');
    expect(both.map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['visit 2019-05-02', 'visit 2019-05-04']);
    const again = await eventsOf('Hun Sen paid an official visit to Laos on May 2, 2019. His visit to Laos was the first in ten years.');
    expect(again.map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['visit 2019-05-02']);
  });
});

describe('meeting words of the in-depth kind', () => {
  it('reads in-depth exchanges had and meetings held as meetings', async () => {
    expect(await eventsOf('In May 2019, Hun Sen and Nguyen Phu Trong had in-depth exchanges on issues of common concern.')).toEqual([
      'meeting 2019-05 - participant:hun-sen participant:nguyen-phu-trong',
    ]);
    expect((await eventsOf('In May 2019, the leaders of Laos held meetings with Hun Sen.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
  });
});

describe('a tour of several countries', () => {
  it('reads the countries after `tour of` as the hosts, one visit each', async () => {
    expect(await eventsOf('In May 2019, President Miguel Diaz-Canel returned from his official tour of Vietnam, China and Laos.')).toEqual([
      'visit 2019-05 - visitor:miguel-diaz-canel host:VN',
      'visit 2019-05 - visitor:miguel-diaz-canel host:CN',
      'visit 2019-05 - visitor:miguel-diaz-canel host:LA',
    ]);
    expect(await eventsOf('In May 2019, the visit of Laos to Vietnam was a success.')).toEqual(['visit 2019-05 - visitor:LA host:VN']);
  });
});

describe('gatherings named as meetings', () => {
  it('reads a meeting whose capitalized name the text gives as a conference, and a numbered session of a forum as one', async () => {
    const named = await eventsOf('In May 2019, Li Ming met delegates of the ANC and SWAPO, who were attending the Meeting of Heads of Former Liberation Movements in Harare.');
    expect(named).toEqual(['meeting 2019-05 - participant:li-ming participant:anc participant:swapo', 'conference 2019-05 - participant:anc participant:swapo']);
    expect((await eventsOf('In May 2019, Wang Hui came to Beijing to attend the Dialogue with World Political Parties High-Level Meeting.')).map((e) => e.split(' ')[0])).toContain('conference');
    expect((await eventsOf('In May 2019, the local Party Committees of the two provinces held the Spring Meeting.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
    const numbered = await corpusEventsOf('In 2021, the 35th meeting of the Standing Committee of the International Conference of Asian Political Parties was held online.');
    expect(numbered.map((e) => [e.type, e.trigger.text])).toEqual([['conference', 'meeting of the Standing Committee of the International Conference of Asian Political Parties']]);
  });

  it('takes the subject after a fronted meeting for its host, not for a second partner', async () => {
    expect(await eventsOf('Meeting with Kazuo Shii in May 2019, Nguyen Van Binh praised the friendship between the two parties.')).toEqual([
      'meeting 2019-05 - participant:nguyen-van-binh participant:kazuo-shii',
    ]);
    expect(await eventsOf('After a courtesy call on President Emmerson Mnangagwa in May 2019, Sophia Shaningwa praised the ties.')).toEqual([
      'meeting 2019-05 - participant:sophia-shaningwa participant:emmerson-mnangagwa',
    ]);
  });
});

describe('dates and names that a clause around the act gives', () => {
  it('dates an act in a clause of time by the date it follows', async () => {
    expect(await eventsOf('The ambassador recalled the leader’s last visit to Cuba in 2012, when he met Fidel Castro.')).toEqual(['visit 2012 - host:CU', 'meeting 2012 - participant:fidel-castro']);
  });

  it('keeps the one who took the picture, and a party’s country after `from`, out of the act', async () => {
    expect(await eventsOf('In July 2019, Nguyen Phu Trong held talks with Miguel Diaz-Canel (Photo: Tri Dung).')).toEqual([
      'meeting 2019-07 - participant:nguyen-phu-trong participant:miguel-diaz-canel',
    ]);
    expect(await eventsOf('In July 2019, Nguyen Phu Trong held talks with Miguel Diaz-Canel. (VNA/Tri Dung)')).toEqual([
      'meeting 2019-07 - participant:nguyen-phu-trong participant:miguel-diaz-canel',
    ]);
    expect(await eventsOf('In May 2019, Li Ming met with delegates of the ANC from South Africa and SWAPO from Namibia.')).toEqual([
      'meeting 2019-05 - participant:li-ming participant:anc participant:swapo',
    ]);
  });

  it('leaves out the principal of an envoy whose title is in small letters', async () => {
    expect(await eventsOf('In May 2019, Xi Jinping met with Hoang Binh Quan, the special envoy of Vietnam’s communist party chief Nguyen Phu Trong.')).toEqual([
      'meeting 2019-05 - participant:xi-jinping participant:hoang-binh-quan',
    ]);
  });

  it('reads no meeting in meeting a goal', async () => {
    expect(await eventsOf('In 2019, Vietnam was hailed for its success in meeting the dual goal of growth and stability.')).toEqual([]);
  });
});

describe('the senders listed under a sentence that opens the list', () => {
  it('reads the titled names of the lines under `Those sending messages include:` as senders', async () => {
    const body = 'Leaders of many parties congratulated the Communist Party of China in 2019.\n\nThose also sending congratulatory messages include:\n\nLao Deputy Prime Minister Saleumxay Kommasith;\n\nGeneral Secretary of the Pakistan Peoples Party Farhan Malik;\n\nChairman of the Progressive Party Ana Lima.';
    const senders = (await corpusEventsOf(body)).filter((e) => e.trigger.text === 'congratulatory messages').flatMap((e) => e.participants.map((p) => `${p.role}:${p.name}`));
    expect(senders).toEqual(['sender:Saleumxay Kommasith', 'sender:Farhan Malik', 'sender:Ana Lima']);
  });
});

describe('acts named in the words of wire copy and foreign press', () => {
  it('reads online talks and friendly talks, calls on a person, departures and dispatches to a country, and engagements', async () => {
    const kinds = async (body: string) => (await eventsOf(body)).map((e) => e.split(' ').filter((w, i) => i === 0 || w.includes(':')).join(' '));
    expect(await kinds('In May 2019, Le Hoai Trung held an online talk with his Cuban counterpart Emilio Lozada Garcia.')).toEqual(['call participant:le-hoai-trung participant:emilio-lozada-garcia']);
    expect(await kinds('In May 2019, Kim Song Nam met and had a friendly talk with Liu Jianchao.')).toEqual(['meeting participant:kim-song-nam participant:liu-jianchao']);
    expect(await kinds('In May 2019, the delegation called on general secretary Dattatreya Hosabale.')).toEqual(['meeting participant:dattatreya-hosabale']);
    expect(await kinds('In May 2019, the party called on Vietnam to strengthen ties.')).toEqual([]);
    expect(await kinds('In May 2019, a ZANU-PF delegation left for China.')).toEqual(['visit visitor:zanu-pf host:CN']);
    expect(await kinds('In May 2019, Obert Mpofu headed to Tanzania where he had engagements with the CCM.')).toEqual(['visit visitor:obert-mpofu host:TZ', 'meeting participant:ccm']);
    expect(await kinds('In May 2019, ZANU-PF dispatched a delegation to Zambia.')).toEqual(['visit visitor:zanu-pf host:ZM']);
    expect(await kinds('In May 2019, the CPA sent a delegation to Canberra.')).toEqual([]);
  });

  it('reads dialogues held and festivals attended as gatherings, and no agreement in a guestbook signed', async () => {
    expect((await eventsOf('In May 2019, the CPV and the SPD convened their sixth dialogue in Berlin.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
    expect((await eventsOf('In May 2019, the CPV delegation had the second policy dialogue with Die Linke in Berlin.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
    expect((await eventsOf('In May 2019, the ambassador attended the second Vermelho Festival in Salvador.')).map((e) => e.split(' ')[0])).toEqual(['conference']);
    expect(await eventsOf('In May 2019, Koutsoumbas signed the guestbook.')).toEqual([]);
  });

  it('reads what one had the opportunity to do as done, and what is hoped for, invited to or scheduled as to come', async () => {
    expect((await eventsOf('In May 2019, the delegation of the KKE had also the opportunity to meet with Nguyen Phu Trong.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
    expect(await eventsOf('In May 2019, Kazuo Shii expressed hope for a successful visit to Japan by Hu Jintao.')).toEqual([]);
    expect(await eventsOf('In May 2019, Rabelo invited a CPV delegation to attend the 13th National Congress of the PCdoB scheduled for November.')).toEqual([]);
    expect((await eventsOf('In May 2019, Hun Sen arrived in Hanoi to attend the summit.')).map((e) => e.split(' ')[0])).toEqual(['visit', 'conference']);
  });

  it('reads a visit to a titled former leader as a meeting, and the organ of an inviting party as its host', async () => {
    expect(await eventsOf('In August 2019, Trinh Van Quyet visited former General Secretary of the Lao People’s Revolutionary Party and former President Choummaly Sayasone.')).toEqual([
      'meeting 2019-08 - participant:trinh-van-quyet participant:choummaly-sayasone',
    ]);
    expect(await eventsOf('In 2019, a delegation of the CPI(M) visited China at the invitation of the international department of the CPC.')).toEqual(['visit 2019 - visitor:cpim host:CN host:cpc']);
  });

  it('takes greetings conveyed from the respected leader as his, and goes on after a rank written short', async () => {
    expect(await eventsOf('In May 2019, the head of the WPK delegation conveyed warm greetings from the respected Comrade Kim Jong Un to Cai Qi.')).toEqual([
      'message 2019-05 - sender:kim-jong-un recipient:cai-qi',
    ]);
    expect(await eventsOf('In May 2019, Minister Phan Van Giang received visiting Sen. Lieut. Gen. Vongsone Inpanphim of Laos.')).toEqual([
      'meeting 2019-05 - participant:phan-van-giang participant:vongsone-inpanphim',
    ]);
    const split = await corpusEventsOf('In May 2019, Du conveyed greetings from Xi Jinping to Prime Minister Hun Sen. He then held talks with Tea Banh.');
    expect(split.map((e) => e.participants.map((p) => p.name).join(','))).toEqual(['Xi Jinping,Hun Sen', 'Tea Banh']);
  });

  it('dates the acts of a main clause by the date that closes its opening phrase', async () => {
    expect(await eventsOf('On the occasion of his trip to Nepal, on August 17-18, 2019, Ambassador Nguyen Thanh Hai paid a courtesy visit to Prime Minister Pushpa Kamal Dahal.')).toContain(
      'meeting 2019-08-17 - participant:nguyen-thanh-hai participant:pushpa-kamal-dahal',
    );
  });
});

describe('the limits of the round’s rules', () => {
  it('keeps a call on a person that `to` follows later, an act due to a cause, and a done act an inviter is named before', async () => {
    expect((await eventsOf('In May 2019, Quan called on President Xi Jinping during his visit to the country.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
    expect((await eventsOf('In May 2019, Quan called on President Xi Jinping and conveyed greetings to the CPC leaders.')).map((e) => e.split(' ')[0])).toContain('meeting');
    expect((await eventsOf('In 2019, the two parties held an online meeting due to the COVID-19 pandemic.')).map((e) => e.split(' ')[0])).toEqual(['call']);
    expect(await eventsOf('In May 2019, officials discussed the visit of Xi Jinping to Laos, due to take place in November 2019.')).toEqual([]);
    expect(await eventsOf('In May 2019, the CPV called on the CPC and the LPRP to strengthen solidarity.')).toEqual([]);
    expect((await eventsOf('Invited by the CPC, Quan had the opportunity to meet Xi Jinping in May 2019.')).map((e) => e.split(' ')[0])).toEqual(['meeting']);
  });

  it('says a relative clause of one name after a fronted phrase, and splits a list whose items are titled with past participles', async () => {
    expect(await eventsOf('At the talks with the LPRP, Le Hoai Trung, who was on a working visit to Laos, thanked Thongloun Sisoulith.')).toContain(
      'visit - - visitor:le-hoai-trung host:LA',
    );
    expect(await eventsOf('In May 2019, the CPV delegation met with President Xi Jinping, Premier Li Keqiang, and retired General Wang Qishan.')).toHaveLength(3);
    expect(await eventsOf('In May 2019, the CPV sent a delegation to visit Laos.')).toEqual(['visit 2019-05 - visitor:cpv host:LA']);
  });

  it('ends a sentence after the name `Hun Sen.`, and none after a senator’s `Sen.`', async () => {
    const events = await corpusEventsOf('Republican Sen. Marco Rubio met Ambassador Ha Kim Ngoc in May 2019.');
    expect(events.map((e) => e.participants.map((p) => p.name).join(','))).toEqual(['Marco Rubio,Ha Kim Ngoc']);
    const two = await corpusEventsOf('In May 2019, Nguyen Phu Trong met Prime Minister Hun Sen. On Monday, Xi Jinping visited Laos.');
    expect(two.map((e) => e.participants.map((p) => p.name).join(','))).toEqual(['Nguyen Phu Trong,Hun Sen', 'Xi Jinping,Laos']);
  });
});
