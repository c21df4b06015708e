import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/extract/corpus.js';
import { recognize } from '../../src/extract/pipeline.js';
import { describe as describeDocument } from '../../src/corpus/metadata.js';
import type { LocalMention } from '../../src/types.js';
import { corpusOf } from '../helpers.js';

// The shapes of real wire copy, party newspapers and foreign press, in sentences written for these tests.
const named = (mentions: LocalMention[], type: string) => mentions.filter((m) => m.type === type && (m.kind === 'name' || m.kind === 'abbreviation'));
const texts = (mentions: LocalMention[], type: string) => named(mentions, type).map((m) => m.text);
const personKeys = (text: string) => named(recognize(text, 2024), 'person').map((m) => [m.text, m.key]);
const dateValues = (text: string) => named(recognize(text, null), 'date').map((m) => [m.text, m.value]);

describe('people without a title in front', () => {
  it('reads the members of a delegation listed after "including", past each one\'s role', () => {
    const text =
      'A four-member delegation headed by chairperson, Amaru Quispe including Tomas Velarde, member, National Secretariat, RK Velan, Suresh Kumar Mehta and Ananya Sinha, all members of the Central Committee, arrived on Monday.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Amaru Quispe', 'Tomas Velarde', 'RK Velan', 'Suresh Kumar Mehta', 'Ananya Sinha']);
  });

  it('reads a list after "comprising" or "members", and after "led by … and" past a role', () => {
    const text =
      'The team comprising Oumar Kone, Fatou Ndiaye and Kwame Asante left. It met members Lindiwe Mokoena and Thabo Dlamini. It was led by Rosa Ibarra, a member of the Political Bureau, and Julio Mena Ortiz.';
    expect(texts(recognize(text, 2023), 'person')).toEqual([
      'Oumar Kone',
      'Fatou Ndiaye',
      'Kwame Asante',
      'Lindiwe Mokoena',
      'Thabo Dlamini',
      'Rosa Ibarra',
      'Julio Mena Ortiz',
    ]);
  });

  it("leaves a ministry's portfolio or a region out of the name after the title", () => {
    const text = 'They met Minister of Defence and Military Veterans Lerato Khumalo, Minister of Trade and Industry Ana Reis and Governor of Japan’s Nara Prefecture Mori Akira.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Lerato Khumalo', 'Ana Reis', 'Mori Akira']);
  });

  it('leaves the plural nouns of a portfolio out of the name after it', () => {
    const text = 'He met the Vice President of Mobilisation and Events Ana Perez Soto, the Minister of Communities and Social Movements Luis Ortega and the Minister of Mines Kwame Boateng.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Ana Perez Soto', 'Luis Ortega', 'Kwame Boateng']);
  });

  it('reads a name set off by commas after a role', () => {
    const text = 'A delegation led by the head of its Department of International Relations, Aurelio Ponce Ferrer, held meetings in Hanoi.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Aurelio Ponce Ferrer']);
  });

  it('reads a name after a role that ends in a party and its acronym in brackets, with or without a comma, and links its two surnames', () => {
    const text =
      'A delegation headed by the secretary of organization of the Central Committee of the Socialist Party of Chile (PSCh), Mariela Quispe Torres, arrived today. Also accompanying Quispe Torres was the Vice President of the ruling Broad Front of Uruguay (FA) Ramiro Vidal Sotomayor, who held talks.';
    const people = named(recognize(text, 2024), 'person');
    expect(people.map((m) => [m.text, m.key])).toEqual([
      ['Mariela Quispe Torres', 'mariela quispe torres'],
      ['Quispe Torres', 'mariela quispe torres'],
      ['Ramiro Vidal Sotomayor', 'ramiro vidal sotomayor'],
    ]);
  });

  it('reads the officials of a list parted by semicolons, past lower-case words of their roles and in brackets', () => {
    const text =
      'They met Deputy Chairman of the ruling Amanat Party Aigerim Sadykova; Speaker of the Senate of the Parliament (upper house) Yerlan Abenov; the secretary of the party in the province of Holguin, Lidia Huaman Rojas; the rector of the Party School "Julio Mella", Rosa Vera Diaz; and the head of its office, Luis Ortiz. Earlier the president toured the town of Holguin, Santa Clara and Matanzas.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Aigerim Sadykova', 'Yerlan Abenov', 'Lidia Huaman Rojas', 'Rosa Vera Diaz', 'Luis Ortiz']);
  });

  it('keeps initials run together with the name, and leaves out a title written as initials', () => {
    const text = 'Secretary P.K Menon, Secretary T.R. Suresh and Secretary A.Bala Kumar received H.E. Dimitri Solano.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['P.K Menon', 'T.R. Suresh', 'A.Bala Kumar', 'Dimitri Solano']);
  });

  it("reads an agency's photo credit, a web editor and a byline after By", () => {
    const text = 'The talks were held. (Photo: Xinhua/Zhou Mingrui)\nLeaders met. (VNA/Quoc Khanh)\n(Web editor: Sun Peiyu, Wang Lixin)\nBy Kosal Meas';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Zhou Mingrui', 'Quoc Khanh', 'Sun Peiyu', 'Wang Lixin', 'Kosal Meas']);
  });

  it('reads a name set off by commas after a role in small letters, and before a hyphenated title', () => {
    const text = 'The first deputy minister of that portfolio, Gerardo Penalva, also came. They were met by Ana Maria Lopez Vega, vice-president of the Cuban Parliament. The delegation, Juan Ruiz Vela, and the press came too. The deputy head of the organizing board, Saigon Tourist, said the fair was ready.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Gerardo Penalva', 'Ana Maria Lopez Vega']);
  });

  it("takes a picture library's credit for no photographer", () => {
    const text = 'Nguyen Van Minh met Cyril Ramaphosa in Pretoria (Photo: Gallo Images). (Photo: Sagar Media) (Photo: Xinhua/Zhou Mingrui)';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Nguyen Van Minh', 'Cyril Ramaphosa', 'Zhou Mingrui']);
  });

  it('reads a Chinese name by its family name and a given name in pinyin, and links its family name', () => {
    const people = named(recognize('The talks with Zhou Jianhua went well. Zhou said that Hong Kong and Jiangsu Province agreed.', 2024), 'person');
    expect(people.map((m) => [m.text, m.key])).toEqual([
      ['Zhou Jianhua', 'zhou jianhua'],
      ['Zhou', 'zhou jianhua'],
    ]);
  });

  it('reads a byline in capitals after a title, and Cambodian honorifics as titles', () => {
    const text = 'DR. TRAN VAN HIEU\nHead of the Commission\n\nSamdech Akka Moha Sena Padei Techo Chea Vuthy met Her Majesty the Queen.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['TRAN VAN HIEU', 'Chea Vuthy']);
  });
});

describe('people named before a relative clause or after a kinship or a sender', () => {
  it('reads a name before ", who", after "sent by" and after "the widow of", and no organ before ", who"', () => {
    const text = 'Greetings were also cabled by Amadou Diallo, who leads a forum. Grace Okafor is the widow of Peter Okafor. The Central Committee, who met, agreed. He had a session with Thandiwe Nkosi.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Amadou Diallo', 'Peter Okafor', 'Thandiwe Nkosi']);
  });
});

describe('people of Cambodian shape', () => {
  it('reads a Khmer family name and short given names without a title, and not English words that start alike', () => {
    const text = 'The chief of the ruling party’s cabinet Keo Ratana met guests. On the day Chea Sophara held talks with them. They escaped the Pol Pot regime. Say Hello to Tea Time.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Keo Ratana', 'Chea Sophara', 'Pol Pot']);
  });
});

describe('later references by one part of a name', () => {
  it('links a hyphenated surname alone and a surname after a full name with a title between', () => {
    const mentions = recognize('President Miguel Mario Díaz-Canel Bermúdez arrived. Díaz-Canel said the ties were firm, and Bermúdez agreed.', 2024);
    const people = named(mentions, 'person');
    expect(people.map((m) => m.text)).toEqual(['Miguel Mario Díaz-Canel Bermúdez', 'Díaz-Canel', 'Bermúdez']);
    expect(new Set(people.map((m) => m.key)).size).toBe(1);
  });

  it('reads a Vietnamese last syllable that is an English word by what follows it', () => {
    const text = 'Vice Chairman Nguyen Van The received the guests. The said both parties should meet often. The talks went well. The’s proposals were welcomed.';
    const people = named(recognize(text, 2024), 'person');
    expect(people.map((m) => m.text)).toEqual(['Nguyen Van The', 'The', 'The']);
    expect(new Set(people.map((m) => m.key)).size).toBe(1);
  });

  it('keeps a last syllable that is an article inside a name, and leaves a list of studies out', () => {
    const text = 'The delegation, led by Kem Sok An, Vice President of the party, arrived. Chan Dara, director of the Institute of Asian, African, and Pacific Studies, wrote.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Kem Sok An', 'Chan Dara']);
  });

  it('links a family name used abroad, and a syllable inside a name, to the full name', () => {
    const people = named(recognize("Dinh The Huynh led the delegation. Huynh spoke, and Dinh's remarks were noted.", 2024), 'person');
    expect(people.map((m) => [m.text, m.key])).toEqual([
      ['Dinh The Huynh', 'dinh the huynh'],
      ['Huynh', 'dinh the huynh'],
      ['Dinh', 'dinh the huynh'],
    ]);
  });

  it('reads a syllable two people of the document share as a person, linked to neither', () => {
    const text = 'Comrade Le Van Thanh and Comrade Tran Thanh attended. Thanh said the meeting was useful.';
    expect(personKeys(text).map(([, key]) => key)).toEqual(['le van thanh', 'tran thanh', 'thanh']);
  });

  it('links a short form to the full name across the corpus when one person has it, and says so under --explain', async () => {
    const corpus = await analyseCorpus({
      sources: [
        corpusOf({
          'a.txt': 'Prime Minister Kofi Mensah Boateng visited Hanoi in 2023.',
          'b.txt': 'In 2024, Prime Minister Boateng sent a message. Boateng also called.',
          'c.txt': 'In 2024, President Okafor spoke.',
        }),
      ],
      readStdin: async () => new Uint8Array(),
    });
    const people = corpus.mentions.filter((m) => m.type === 'person');
    expect(people.map((m) => [m.doc, m.text, m.id])).toEqual([
      ['a.txt', 'Kofi Mensah Boateng', 'kofi-mensah-boateng'],
      ['b.txt', 'Boateng', 'kofi-mensah-boateng'],
      ['b.txt', 'Boateng', 'kofi-mensah-boateng'],
      ['c.txt', 'Okafor', 'okafor'],
    ]);
    expect(people[1].rule).toMatch(/linked across the corpus to .*kofi-mensah-boateng/);
    expect(new Set(people.slice(0, 3).map((m) => m.name))).toEqual(new Set(['Kofi Mensah Boateng']));
    expect(people[3].rule).toMatch(/no full name in the corpus/);
  });

  it('groups a name whose words the page glued together with the name written apart', async () => {
    const corpus = await analyseCorpus({
      sources: [corpusOf({ 'a.txt': 'President Ramiro Vega Salinas met President Ho ChiMinh’s heirs in 2023.', 'b.txt': 'In 2024, President Ramiro VegaSalinas spoke.' })],
      readStdin: async () => new Uint8Array(),
    });
    expect(corpus.mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.id])).toEqual([
      ['Ramiro Vega Salinas', 'ramiro-vega-salinas'],
      ['Ho ChiMinh', 'ho-chi-minh'],
      ['Ramiro VegaSalinas', 'ramiro-vega-salinas'],
    ]);
  });
});

describe('titles in Spanish and Portuguese, roles after a name, forms of address', () => {
  it.each([
    // A title in Spanish or Portuguese, with its small words; its department's words are no name.
    [
      'The Secretária para as Relações Internacionais, Marta Lopes Ferreira, met the Jefe del Departamento de Relaciones Internacionales, Ramiro Ortega Salinas, and Diputada Lucia Ortega Paz.',
      ['Marta Lopes Ferreira', 'Ramiro Ortega Salinas', 'Lucia Ortega Paz'],
    ],
    // A long role back to its title, past a party and its acronym in brackets.
    ['He talked with the member of the Secretariat of the Central Committee of the Communist Party of Peru (PCP) Ana Quispe Rojas on trade.', ['Ana Quispe Rojas']],
    ['Ties grow\nEditado por Marta Gil Soto\nThe talks went well. Posted by Juan Ruiz Vega', ['Marta Gil Soto', 'Juan Ruiz Vega']],
    // A role set off by a comma after the name, past a few of its words.
    ['Chen Mei Ling, a senior foreign policy expert at the institute, spoke; Deputy Editor-in-Chief Tran Van Hoa; and Jorge Ruiz Pardo, Editor of the weekly.', ['Chen Mei Ling', 'Tran Van Hoa', 'Jorge Ruiz Pardo']],
    // A byline or a signature in capitals that opens its line, not a headline in capitals.
    [
      'Ties grow stronger\nBy ANA MARIA DE LA CRUZ\nBy THABO NKOSI | 12 May 2021\nThe talks went well.\nPEDRO ALVAREZ RUIZ, International Secretary\nSTRONG TIES, DEEP ROOTS',
      ['ANA MARIA DE LA CRUZ', 'THABO NKOSI', 'PEDRO ALVAREZ RUIZ'],
    ],
    // Forms of address, the initials of an organ and the words of the armed forces are no names.
    [
      "Sr Ramiro Salinas and Sra. Lucia Paz met Minister of the Revolutionary Armed Forces Jorge Ruiz Pardo, the Armed Forces delegation and the Secretary of the C.C., Workers' Party of Korea. Member of the C.C Pak Song Chol spoke.",
      ['Ramiro Salinas', 'Lucia Paz', 'Jorge Ruiz Pardo', 'Pak Song Chol'],
    ],
  ])('reads the people of "%s"', (text, expected) => {
    expect(texts(recognize(text, 2024), 'person')).toEqual(expected);
  });

  it('links a Spanish family name alone to the one person of the text who bears it, and to neither when two share it', () => {
    const alone = personKeys('Minister Ramiro Ortega Salinas arrived. Ortega said the talks went well.');
    expect(alone).toEqual([['Ramiro Ortega Salinas', 'ramiro ortega salinas'], ['Ortega', 'ramiro ortega salinas']]);
    const shared = personKeys('Minister Ramiro Ortega Salinas and Diputada Lucia Ortega Paz arrived. Ortega said the talks went well.');
    expect(shared.map(([, key]) => key)).toEqual(['ramiro ortega salinas', 'lucia ortega paz', 'ortega']);
  });
});

describe('interviews', () => {
  it('reads a name written once without a title when its family name stands alone later as a person does', () => {
    const text =
      'Thandiwe Mokoena on the tasks ahead\nThe party holds its congress in 2025.\nMokoena said the branches are strong.\nQ: What comes next?\nMokoena: We organise.\nTrade Links Widen\nTrade expanded, and Mokoena’s view is shared.';
    expect(personKeys(text)).toEqual([['Thandiwe Mokoena', 'thandiwe mokoena'], ...Array(3).fill(['Mokoena', 'thandiwe mokoena'])]);
  });

  it('confirms neither of two names that share the family name standing alone', () => {
    const text = 'Thandiwe Mokoena and Sipho Mokoena on the tasks ahead\nMokoena said the branches are strong.';
    expect(texts(recognize(text, 2025), 'person')).toEqual([]);
  });
});

describe('headlines in title case', () => {
  it('does not read the verbs of a headline as names, and links the name before them', () => {
    const text = 'Cambodian PM Receives Chairman of External Relations\nPolice Minister Pays Visit to Laos\nOrtega-Saavedra Holds Talks\n\nPresident Daniel Ortega-Saavedra spoke.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Ortega-Saavedra', 'Daniel Ortega-Saavedra']);
  });
});

describe('names of people inside the names of other things', () => {
  it('does not read institutions, blocs, organs, streets or places named after a person as people', () => {
    const text =
      'He visited the Ho Chi Minh National Academy of Politics, the Kim Il Sung Higher Party School, Tran Phu Street, the Central Enterprises Bloc, the Polit Bureau, Phnom Penh and Andhra Pradesh.';
    expect(texts(recognize(text, 2024), 'person')).toEqual([]);
  });

  it('does not read a province or a municipal body named after a person as that person', () => {
    const text = 'Officials of Kaysone Phomvihane Provincial office met the Ho Chi Minh Municipal Committee and Souphanouvong District. President Kaysone Phomvihane spoke.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Kaysone Phomvihane']);
  });

  it("does not read an organ's words or armed forces after a title as a name", () => {
    const text = "He met a vice-chairperson of the Da Nang Municipal People's Committee, the Commander of the Royal Thai Army and the Chief of the Royal Cambodian Armed Forces.";
    expect(texts(recognize(text, 2024), 'person')).toEqual([]);
    expect(texts(recognize('Youth Leaders Tran Quoc Bao and Do Thi Lan Welcome Lao Guests', 2024), 'person')).toEqual(['Tran Quoc Bao', 'Do Thi Lan']);
  });

  it('reads the names after a plural title', () => {
    expect(texts(recognize('Party vice chairs Sato Hanako and Mori Kenji joined the talks.', 2024), 'person')).toEqual(['Sato Hanako', 'Mori Kenji']);
  });

  it('does not read a building or a site whose name ends in a venue word as a person, nor its last word later', () => {
    const text = 'They talked at the State Guest House, Hanami Palace, laid flowers at the President Ho Chi Minh Mausoleum and at the Monument of Jose Marti, and met Minister Ana Lima at Thong Nhat Hall.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Jose Marti', 'Ana Lima']);
  });

  it('reads academic titles written short as titles, not as names', () => {
    const text = 'The review was led by its Editor-in-Chief Assoc. Prof Le Van Hai; Assoc Prof Ana Lima, Asst. Prof. Rahul Menon and Prof. Dr. Tran Van Phong spoke.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Le Van Hai', 'Ana Lima', 'Rahul Menon', 'Tran Van Phong']);
  });

  it('does not read a building or an organ after "State" as a short form of a name', () => {
    expect(texts(recognize('They met at the Diaoyutai State Guesthouse and the State Duma.', 2024), 'person')).toEqual([]);
  });
});

describe('parties', () => {
  it('does not read a party school with its grade as a party', () => {
    const text = 'They visited the Julio Mella Party higher school and the Ana Betancourt Party Cadre School, and met the Workers Party.';
    expect(texts(recognize(text, 2024), 'party')).toEqual(['Workers Party']);
  });

  it('does not read a congress or committee after an ordinal as a party', () => {
    const text = 'They studied the 13th National Party Congress, the 20th National Congress of the CPC, the 12th Party Congress and the 13th Central Committee.';
    expect(texts(recognize(text, 2024), 'party')).toEqual(['CPC']);
  });

  it("names the country beside a party as a mention of its own unless it is part of the party's name", () => {
    const text =
      "Kazakhstan’s Nur Otan Party, FRELIMO of Mozambique, the MPLA of Angola, the Nur Otan Party of Kazakhstan, the Broad Front Party of Uruguay and the Communist Party of Cuba.";
    const mentions = recognize(text, 2024);
    expect(texts(mentions, 'party')).toEqual(['Nur Otan Party', 'FRELIMO', 'MPLA', 'Nur Otan Party', 'Broad Front Party of Uruguay', 'Communist Party of Cuba']);
    expect(texts(mentions, 'country')).toEqual(['Kazakhstan', 'Mozambique', 'Angola', 'Kazakhstan']);
  });

  it("ends a party's name with its country: what follows is named beside it", () => {
    const mentions = recognize("Greetings came from the Workers' Party of Korea of the Democratic People’s Republic of Korea.", 2021);
    expect(texts(mentions, 'party')).toEqual(["Workers' Party of Korea"]);
    expect(texts(mentions, 'country')).toEqual(['Democratic People’s Republic of Korea']);
  });

  it("ends a party's name before the name of the person its title is for, and knows a known name with Party after it", () => {
    const mentions = recognize('President of the Party of Russian Communists Olga Bessonova and leader of Japan’s Komeito Party Kenji Ota sent messages.', 2021);
    expect(named(mentions, 'party').map((m) => [m.text, m.key])).toEqual([
      ['Party of Russian Communists', 'shape:party-of-russian-communists'],
      ['Komeito Party', 'komeito'],
    ]);
    expect(texts(mentions, 'person')).toEqual(['Olga Bessonova', 'Kenji Ota']);
  });

  it('reads the known party inside a local organ, not the organ', () => {
    const text = 'He is secretary of the Hanoi Municipal Communist Party of Vietnam Committee.';
    expect(named(recognize(text, 2024), 'party').map((m) => [m.text, m.key])).toEqual([['Communist Party of Vietnam', 'cpv']]);
  });

  it("does not read a news agency's credit as a party's acronym", () => {
    const text = 'AKP, May 3, 2024 – Cambodia and Vietnam met. Phnom Penh (AKP) – The talks went on.';
    expect(texts(recognize(text, 2024), 'party')).toEqual([]);
  });

  it("reads a party after a country's possessive as that country's party, and the Spanish acronym of the CPV", () => {
    const mentions = recognize("Cuba's leaders met a member of Vietnam's Communist Party Central Committee; the PCV and the Communist Party of Cuba agreed.", 2024);
    expect(named(mentions, 'party').map((m) => [m.text, m.key])).toEqual([
      ['Communist Party', 'cpv'],
      ['PCV', 'cpv'],
      ['Communist Party of Cuba', 'pcc'],
    ]);
  });

  it("tells the CPI from the CPI-M written with a hyphen, and knows a party's full name in either order of its words", () => {
    const mentions = recognize("The CPI and the CPI-M sent envoys; the CPI (M) hosted them. The Nur Otan People's Democratic Party and the Nur Otan Democratic People’s Party are one.", 2024);
    expect(named(mentions, 'party').map((m) => [m.text, m.key])).toEqual([
      ['CPI', 'cpi'],
      ['CPI-M', 'cpim'],
      ['CPI (M)', 'cpim'],
      ["Nur Otan People's Democratic Party", 'amanat'],
      ['Nur Otan Democratic People’s Party', 'amanat'],
    ]);
  });

  it('reads the initials CP beside a country as that country\'s communist party, before or after it', () => {
    const mentions = recognize('Warm greetings to CP Vietnam on its founding day; the Greece CP sent a note too.', 2024);
    expect(named(mentions, 'party').map((m) => [m.text, m.key])).toEqual([
      ['CP Vietnam', 'cpv'],
      ['Greece CP', 'kke'],
    ]);
  });

  it("reads an acronym one slip off a party's acronym named in the same text as that party, and no other", () => {
    const text =
      "Envoys of the Lao People's Revolutionary Party (LPRP) went to the Tenth LRPP Congress and met the LPDP chief. Members of the Communist Party of the Russian Federation (KPRF) met KRPF leaders at the UNDP and the UNPD.";
    expect(named(recognize(text, 2024), 'party').map((m) => [m.text, m.key])).toEqual([
      ["Lao People's Revolutionary Party", 'lprp'],
      ['LPRP', 'lprp'],
      ['LRPP', 'lprp'],
      ['LPDP', 'lprp'],
      ['Communist Party of the Russian Federation', 'kprf'],
      ['KPRF', 'kprf'],
      ['KRPF', 'kprf'],
    ]);
  });

  it("does not read two countries' compound, party building or a sentence's opening verb before Party as a party's name", () => {
    const text =
      'Scholars at the second Cuba-Vietnam Party theory workshop met the head of the Lao National Party Building Board. Briefing Party General Secretary Lam on the talks, the New Zealand Party official left.';
    const mentions = recognize(text, 2024);
    expect(texts(mentions, 'party')).toEqual([]);
    expect(texts(mentions, 'country')).toEqual(['Cuba', 'Vietnam']);
  });

  it('knows parties of foreign shape that greet the CPV: movements and unions named without the word Party', () => {
    const text = "The Dominican Republic’s United Left Movement and the MIU's leader, the Panhellenic Socialist Movement and the Bulgarian Communists Union wrote.";
    expect(named(recognize(text, 2024), 'party').map((m) => [m.text, m.key])).toEqual([
      ['United Left Movement', 'miu-dominican'],
      ['MIU', 'miu-dominican'],
      ['Panhellenic Socialist Movement', 'pasok'],
      ['Bulgarian Communists Union', 'ubk-bulgaria'],
    ]);
  });

  it('keeps out qualifiers in front of a known party', () => {
    expect(texts(recognize('A Senior Communist Party of China Delegation arrived.', 2024), 'party')).toEqual(['Communist Party of China']);
  });
});

describe('dates', () => {
  it('dates a report that names no year of its own by the offices its people hold, where they allow one year only', () => {
    expect(dateValues('Party General Secretary To Lam on March 9 received envoys who stay from March 8 to 11.')).toEqual([
      ['March 9', '2025-03-09'],
      ['March 8', '2025-03-08'],
      ['11', '2025-03-11'],
    ]);
    expect(dateValues('Prime Minister Nguyen Xuan Phuc on June 2 discussed the COVID-19 response with envoys.')).toEqual([['June 2', '2020-06-02']]);
    expect(dateValues('Prime Minister Hun Sen on June 2 met envoys. To Lam on March 9 received them.')).toEqual([]);
  });

  it('dates a report by the date of the line it signs off with, not by a year it recalls', () => {
    const text = 'The visiting delegation met on October 3 the leaders, who recalled a visit in 2009.\n- Shimbun Weekly, October 4, 2012';
    expect(dateValues(text)).toEqual([
      ['October 3', '2012-10-03'],
      ['2009', '2009'],
      ['October 4, 2012', '2012-10-04'],
    ]);
  });

  it("does not date later days by a past visit named after 'since', nor by the span of a plan", () => {
    expect(dateValues(' date 2024-05-02 Relations have grown since the summit in late November 2023. Earlier on May 1, the envoy met students.')).toEqual([
      ['2024-05-02', '2024-05-02'],
      ['late November 2023', '2023-11'],
      ['May 1', '2024-05-01'],
    ]);
    expect(dateValues('In 2019 the two sides carried out the plan for 2016-2020. Also on December 1, they met.')).toEqual([
      ['2019', '2019'],
      ['2016', '2016'],
      ['2020', '2020'],
      ['December 1', '2019-12-01'],
    ]);
  });

  it('does not date the days of a report by a year it names as a starting point in the past', () => {
    expect(dateValues('In 2019 the talks went well, crowning ties kept since 1975. On September 4 they met again.')).toEqual([
      ['2019', '2019'],
      ['1975', '1975'],
      ['September 4', '2019-09-04'],
    ]);
    expect(dateValues('LIMA, Jun 3 (Agency) – The two parties, which established relations on June 1970, met today.')).toEqual([['June 1970', '1970-06']]);
  });

  it("dates a report that names no year of its own by a day written with its weekday, the latest such day up to the knowledge's present", () => {
    expect(dateValues('BRASILIA, Oct 14 (Agency) – The visiting leader, who stays until Thursday, October 16, praised the ties built since March 5, 1961.')).toEqual([
      ['Oct 14', '2025-10-14'],
      ['October 16', '2025-10-16'],
      ['March 5, 1961', '1961-03-05'],
    ]);
  });

  it("dates days without a year by a party congress whose number is written in words, and not by another body's congress", () => {
    expect(dateValues("Arriving on March 20, the envoys of the Lao People's Revolutionary Party (LPRP) attended the Ninth LPRP Congress, from March 21 to 23.")).toEqual([
      ['March 20', '2011-03-20'],
      ['March 21', '2011-03-21'],
      ['23', '2011-03-23'],
    ]);
    expect(dateValues('On June 9 the envoys hailed the Twenty-second Congress of the Communist Party of India (Marxist).')).toEqual([['June 9', '2018-06-09']]);
    expect(dateValues('On June 9 the envoys hailed the 12th ABC Congress and the Fifth Congress of Women.')).toEqual([]);
  });

  it('dates a day without a year by the ordinal anniversary named in its sentence', () => {
    expect(dateValues('In 2013 the envoy took office. The embassy marked the 40th National Day of Laos (December 2) with a reception.')).toEqual([
      ['2013', '2013'],
      ['December 2', '2015-12-02'],
    ]);
    expect(dateValues('In 2012 the envoy took office. Greetings came for the 85th founding anniversary of the Communist Party of Vietnam (February 3).')).toEqual([
      ['2012', '2012'],
      ['February 3', '2015-02-03'],
    ]);
    expect(dateValues('In 2012 the envoy took office. Greetings came on February 3 for the founding anniversary of the Communist Party of Vietnam.')).toEqual([
      ['2012', '2012'],
      ['February 3', '2012-02-03'],
    ]);
  });

  it('takes no context year from a year that names a document or a plan, or sets a target', () => {
    expect(dateValues('In 2018 the forum adopted its Strategy 2026 and its Vision 2040. On June 4 the delegates left.')).toEqual([
      ['2018', '2018'],
      ['2026', '2026'],
      ['2040', '2040'],
      ['June 4', '2018-06-04'],
    ]);
    expect(dateValues('The talks of 12-15 May were on the 1958 Geneva Convention on fishing, and ended in 2011.')).toEqual([
      ['12', '2011-05-12'],
      ['15 May', '2011-05-15'],
      ['1958', '1958'],
      ['2011', '2011'],
    ]);
    expect(dateValues('In 2019 both sides set goals for the 2026-2030 term and a growth target by 2045. They met again on October 2.')).toEqual([
      ['2019', '2019'],
      ['2026', '2026'],
      ['2030', '2030'],
      ['2045', '2045'],
      ['October 2', '2019-10-02'],
    ]);
    expect(dateValues('In 2019 the parties met in Hanoi. In 2021 they met again, and on March 2 signed a plan.')).toEqual([
      ['2019', '2019'],
      ['2021', '2021'],
      ['March 2', '2021-03-02'],
    ]);
  });

  it('gives both ends of a range across months the year written at the end', () => {
    const values = (text: string) => named(recognize(text, 2020), 'date').map((m) => [m.text, m.value]);
    expect(values('It met from October 30 to November 1, 2022, and from 30 December to 2 January 2023.')).toEqual([
      ['October 30', '2022-10-30'],
      ['November 1, 2022', '2022-11-01'],
      ['30 December', '2022-12-30'],
      ['2 January 2023', '2023-01-02'],
    ]);
    expect(values('In 2021, the congress ran from January 25 to February 2.')).toEqual([
      ['2021', '2021'],
      ['January 25', '2021-01-25'],
      ['February 2', '2021-02-02'],
    ]);
  });

  it("dates a dateline before the text names any year by the page's own date", () => {
    const stamped = 'Vietnam and Laos hold talks\nHANOI, March 3 (VNA) – The two parties met. They recalled 2017.\n12/4/2019';
    expect(named(recognize(stamped, null), 'date').map((m) => m.value)).toEqual(['2019-03-03', '2017', '2019-04-12']);
    const field = ' date 2023-01-05 HANOI, January 4 (VNA) – The two parties met.';
    expect(named(recognize(field, null), 'date').map((m) => m.value)).toEqual(['2023-01-05', '2023-01-04']);
    expect(describeDocument(stamped, recognize(stamped, null), null).published).toBe('2019-04-12');
  });

  it("dates a day without a year by a party's numbered congress named before it, not by one still to come", () => {
    expect(dateValues('It was his first trip since his re-election in January 2021 and after the 20th National Congress of the CPC. Leaders arrive from November 2.')).toEqual([
      ['January 2021', '2021-01'],
      ['November 2', '2022-11-02'],
    ]);
    expect(dateValues("Greetings came to Vietnam’s 13th National Party Congress, held from January 25 to February 2 in Hanoi.")).toEqual([
      ['January 25', '2021-01-25'],
      ['February 2', '2021-02-02'],
    ]);
    expect(dateValues('In 2024 the Party is preparing for the 14th National Party Congress. On March 3 it met.')).toEqual([
      ['2024', '2024'],
      ['March 3', '2024-03-03'],
    ]);
  });

  it('dates a day written before any year by the year named after it, not before a congress named in the text', () => {
    expect(dateValues('Quito, Mar 14 (Andes) – The two parties met on National Day (October 9), in the Year of Friendship 2023.')).toEqual([
      ['Mar 14', '2023-03-14'],
      ['October 9', '2023-10-09'],
      ['2023', '2023'],
    ]);
    expect(dateValues('The leaders spoke by phone on March 5, after the 13th National Party Congress. They recalled their talks of 2016.')).toEqual([
      ['March 5', '2021-03-05'],
      ['2016', '2016'],
    ]);
    expect(dateValues('The leaders spoke by phone on March 5 and in May.')).toEqual([]);
  });

  it('dates a day in a text without a year by the anniversary it celebrates', () => {
    expect(dateValues('The envoy spoke ahead of the 55th anniversary of diplomatic ties between Cambodia and Vietnam on June 24. Ties began in 1967.')).toEqual([
      ['June 24', '2022-06-24'],
      ['1967', '1967'],
    ]);
    expect(dateValues('Greetings came on January 6 for the 95th founding anniversary of the Communist Party of Vietnam.')).toEqual([['January 6', '2025-01-06']]);
    expect(dateValues('On May 19, the 135th birth anniversary of President Ho Chi Minh, wreaths were laid.')).toEqual([['May 19', '2025-05-19']]);
    expect(dateValues('They met on September 1, before the 80th anniversary of National Day.')).toEqual([['September 1', '2025-09-01']]);
    expect(dateValues('They met on September 1, before the 80th anniversary of the founding of the club.')).toEqual([]);
    // Each anniversary by its own subject: the second one's National Day does not date the first.
    expect(dateValues('On March 3 the envoy marked the CPP’s 72nd founding anniversary, and the 78th National Day of Vietnam.')).toEqual([['March 3', '2023-03-03']]);
  });

  // Forms of foreign press and newspapers' issues: Spanish and Portuguese "de" and months, French months, a year written first.
  it.each([
    ['Signed on 7 October de 2023 in Lima.', [['7 October de 2023', '2023-10-07']]],
    ['Signed on 12 de marzo de 2024 and 3 de março de 2022.', [['12 de marzo de 2024', '2024-03-12'], ['3 de março de 2022', '2022-03-03']]],
    ['Signé le 1er février 2023 et le 14 juillet 2022.', [['1er février 2023', '2023-02-01'], ['14 juillet 2022', '2022-07-14']]],
    ['Weekly edition, 2020 March 30 - 2020 April 5\nThe delegation arrived.', [['2020 March 30', '2020-03-30'], ['2020 April 5', '2020-04-05']]],
    ['Posted 2023/11/07 and 2023.11.08; signed 9-Nov-2023.', [['2023/11/07', '2023-11-07'], ['2023.11.08', '2023-11-08'], ['9-Nov-2023', '2023-11-09']]],
  ])('reads the dates of "%s"', (text, expected) => {
    expect(dateValues(text)).toEqual(expected);
  });

  it('reads no year in a decade', () => {
    expect(named(recognize('Since the mid-1980s, and the mid 1990s and the 2000s, ties grew.', 2024), 'date')).toEqual([]);
  });

  it('reads a day glued to a heading by the page, not a day glued to a word', () => {
    expect(named(recognize('In 2022, he visits on November 4Comrades and partners, not on 4 Mayday.', 2022), 'date').map((m) => m.text)).toEqual([
      '2022',
      'November 4',
    ]);
  });

  it('reads a day glued to its year by a comma without a space, and the days after it by that year', () => {
    expect(dateValues('Posted: Mar 4,2016 8:10 AM\nThe forum opened on Mar 3 and closes on Sept. 6.')).toEqual([
      ['Mar 4,2016', '2016-03-04'],
      ['Mar 3', '2016-03-03'],
      ['Sept. 6', '2016-09-06'],
    ]);
  });

  it('reads two days joined by an ampersand, a year-first issue ending on a day, and a day-first range without a year', () => {
    expect(dateValues('The talks ran on October 3 & 5, 2019.')).toEqual([
      ['October 3', '2019-10-03'],
      ['5, 2019', '2019-10-05'],
    ]);
    expect(dateValues('Weekly edition 2016 May 2 - 8\nThe forum opened.')).toEqual([
      ['2016 May 2', '2016-05-02'],
      ['8', '2016-05-08'],
    ]);
    expect(dateValues('In 2015 the delegation toured Laos from 14-18 August.')).toEqual([
      ['2015', '2015'],
      ['14', '2015-08-14'],
      ['18 August', '2015-08-18'],
    ]);
  });

  it("reads a page's date line with a full stop before its year, not a sentence that ends after a day", () => {
    expect(dateValues('calendar>>October 10. 2020 Juche 109 |\nGreetings came on October 10.')).toEqual([
      ['October 10. 2020', '2020-10-10'],
      ['October 10', '2020-10-10'],
    ]);
    expect(dateValues('They met on May 4. 2019 was a good year.')).toEqual([
      ['May 4', '2019-05-04'],
      ['2019', '2019'],
    ]);
  });

  it("dates a dateline by a North Korean page's stamp in the Juche calendar", () => {
    const page = 'Pyongyang, June 3 (KCNA) -- A delegation arrived.\nwww.kcna.kp (Juche110.6.3.)';
    expect(dateValues(page)).toEqual([['June 3', '2021-06-03']]);
    expect(describeDocument(page, recognize(page, null), null).published).toBe('2021-06-03');
  });

  it('dates a day by its weekday in the year before or after the one its context gives, when only there it agrees', () => {
    expect(dateValues('The plan was adopted in 2021. The envoys arrived on Sunday, September 25 and left on Tue. (27 September).')).toEqual([
      ['2021', '2021'],
      ['September 25', '2022-09-25'],
      ['27 September', '2022-09-27'],
    ]);
    expect(dateValues('In 2021, the envoys arrived on Saturday, September 25, and on Monday, March 3.')).toEqual([
      ['2021', '2021'],
      ['September 25', '2021-09-25'],
      ['March 3', '2021-03-03'],
    ]);
  });

  it('reads a day before "of" and its month, a month alone after a qualifier, and a span of years written short', () => {
    expect(dateValues('In 2016 they met on the 4th of July, on June 2nd and 12th August, in late October and early November.')).toEqual([
      ['2016', '2016'],
      ['4th of July', '2016-07-04'],
      ['June 2nd', '2016-06-02'],
      ['12th August', '2016-08-12'],
      ['late October', '2016-10'],
      ['early November', '2016-11'],
    ]);
    expect(dateValues('Its 2016-20 term ended; the plan No. 2018-19/QD stands.')).toEqual([
      ['2016', '2016'],
      ['20', '2020'],
    ]);
  });

  it('takes a part of a year in, and reads no year in a decade written with an apostrophe', () => {
    expect(dateValues('Trade grew in the first quarter of 2021 and the second half of 2019.')).toEqual([
      ['first quarter of 2021', '2021'],
      ['second half of 2019', '2019'],
    ]);
    expect(dateValues('In mid 1970’s and the 1990’s ties grew; 2021’s talks were the best.')).toEqual([['2021', '2021']]);
  });

  it('dates the days around a scheduled date by the time of the report, not by the scheduled year', () => {
    expect(dateValues('The congress opened in Moscow on Dec. 2 and named its candidate for the vote scheduled for March 15, 2015. Local elections take place on December 9 and the inauguration on May 7.')).toEqual([
      ['Dec. 2', '2014-12-02'],
      ['March 15, 2015', '2015-03-15'],
      ['December 9', '2014-12-09'],
      ['May 7', '2015-05-07'],
    ]);
    expect(dateValues('The congress opened on Dec. 2. The vote on March 15, 2015 followed.')).toEqual([
      ['Dec. 2', '2015-12-02'],
      ['March 15, 2015', '2015-03-15'],
    ]);
  });

  it('dates a day dated by a congress in the year after it when the day comes before the month the congress opened', () => {
    expect(dateValues('On June 5, the envoy recalled the visit made right after the 19th National Congress of the CPC.')).toEqual([['June 5', '2018-06-05']]);
    expect(dateValues('On November 20, the envoy recalled the visit made right after the 19th National Congress of the CPC.')).toEqual([['November 20', '2017-11-20']]);
    expect(dateValues('After the 19th National Congress of the CPC, the envoys met on March 8.')).toEqual([['March 8', '2018-03-08']]);
  });

  it('does not date a day by the year an anniversary counts from when that year names the event', () => {
    expect(dateValues('Guests saw the 1945 revolution honoured. At the parade on September 2 to mark the 75th anniversary of the 1945 August Revolution and National Day, leaders spoke.')).toEqual([
      ['1945', '1945'],
      ['September 2', '2020-09-02'],
      ['1945', '1945'],
    ]);
    expect(dateValues('In 1945, on September 2, the president read the declaration; the 75th anniversary of National Day came later.')).toEqual([
      ['1945', '1945'],
      ['September 2', '1945-09-02'],
    ]);
  });

  it('gives a month alone the year written after the month paired with it', () => {
    const values = (text: string) => named(recognize(text, 2020), 'date').map((m) => [m.text, m.value]);
    expect(values('In 2023 the two parties set their congresses for March and October 2026, and reviews for June to July 2027.')).toEqual([
      ['2023', '2023'],
      ['March', '2026-03'],
      ['October 2026', '2026-10'],
      ['June', '2027-06'],
      ['July 2027', '2027-07'],
    ]);
  });

  it('does not read a country inside the name of a sea, a city or a newspaper, nor that name as a person', () => {
    const mentions = recognize('Japan Daily said the East China Sea and the Philippine Sea matter to Kuwait City and to Japan. The Korea Times reported.', 2024);
    expect(texts(mentions, 'country')).toEqual(['Japan']);
    expect(texts(mentions, 'person')).toEqual([]);
  });

  it("reads the short form VN of Vietnam in a headline and a pair, not inside the agency's acronym", () => {
    const mentions = recognize('VN, Laos agree on closer ties\nThe VNA said VN-Cambodia ties grow.', 2024);
    expect(named(mentions, 'country').map((m) => [m.text, m.key])).toEqual([
      ['VN', 'VN'],
      ['Laos', 'LA'],
      ['VN', 'VN'],
      ['Cambodia', 'KH'],
    ]);
  });

  it('reads US and UK in running text and after a party, not in a web address, a currency or a phrase in capitals', () => {
    const text = 'CONTACT US\nThe premier visited the US, Belgium and the UK; the Labour Party UK and Vietnam-US ties. VOV.VN gave US$5 million and US $2 million.';
    const countries = named(recognize(text, 2024), 'country');
    expect(countries.map((m) => m.text).join(' ')).toBe('US Belgium UK UK Vietnam US');
    expect(countries.map((m) => m.key).join(' ')).toBe('US BE GB GB VN US');
  });

  it('counts the Soviet Union as a country', () => {
    expect(named(recognize('Aid from the Soviet Union and the USSR.', 2024), 'country').map((m) => m.key)).toEqual(['SU', 'SU']);
  });
});

describe('bylines, credits and lists of a party newspaper', () => {
  it('reads a byline in title case under the headline and a signature on the last line, not a heading in capitals between paragraphs', () => {
    const text =
      'Party Weekly\n\nThe Congress Looks To Future With Optimism\n\nRahul Kumar Menon\n\nHELD in the capital from May 2 to 5, the congress of the party set the course for the coming years, and its delegates from every province debated the plans of the next term at length.\n\nA STRONG PRESENCE\n\nThe congress was attended by many delegates, who came from all the provinces of the country and from the fraternal parties of the region, and it closed on time.\nE.Tsogtbaatar';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Rahul Kumar Menon', 'E.Tsogtbaatar']);
    const signed = text.replace('A STRONG PRESENCE', 'RAHUL KUMAR DAS\nMember of the Central Committee');
    expect(texts(recognize(signed, 2024), 'person')).toEqual(['Rahul Kumar Menon', 'RAHUL KUMAR DAS', 'E.Tsogtbaatar']);
  });

  it('reads initials written without dots, the names after "included" each with its party, and the Congress(I) as a party', () => {
    const text = 'Those from abroad included M K Rao of the CPI, Ravi Shankar Das of the Congress(I) and myself.';
    expect(texts(recognize(text, 2024), 'person')).toEqual(['M K Rao', 'Ravi Shankar Das']);
    expect(texts(recognize(text, 2024), 'party')).toEqual(['CPI', 'Congress(I)']);
    expect(texts(recognize('A Cuban delegation and A Party group arrived.', 2024), 'person')).toEqual([]);
  });

  it("reads a photographer credited before the agency's name", () => {
    expect(texts(recognize('The premier speaks in Jakarta. Ana Lima/Pool via REUTERS The premier arrived. Rui Costa/AFP', 2024), 'person')).toEqual(['Ana Lima', 'Rui Costa']);
  });

  it("does not read a line of a site's menu under a longer one as a byline", () => {
    const text = 'Menu\n\nAbout Radio Go to Radio\nGo Top\n\nWorld\n\nTwo parties sign an agreement\n\nThe two sides signed an agreement on cooperation between the parties for the coming five years in the capital.';
    expect(texts(recognize(text, 2024), 'person')).toEqual([]);
  });

  it("does not read a news agency's name under the headline as a byline", () => {
    expect(texts(recognize('Two parties sign an agreement to deepen their ties\nAssociated Press\nLIMA (AP) — The two sides signed.', 2024), 'person')).toEqual([]);
  });

  it("does not read a ministry's building, a photo studio, a headline's words or a title's words as people", () => {
    const text = "Leader And Vietnam's President Unite: What's Next For Ties\nIn a statement, Wisma Putra said the visit was set. (Photo: Estudio Caribe). H.E. Sok Chenda, Minister Attached to the Prime Minister, spoke.";
    expect(texts(recognize(text, 2024), 'person')).toEqual(['Sok Chenda']);
  });

  it('reads the Malaysian spelling of a party acronym and the acronym of the Socialist Republic of Vietnam', () => {
    expect(texts(recognize('Umno leaders met the President of the SRV.', 2024), 'party')).toEqual(['Umno']);
    expect(texts(recognize('Umno leaders met the President of the SRV.', 2024), 'country')).toEqual(['SRV']);
  });
});

describe('a sentence that opens before a name', () => {
  it('reads no gerund or preposition opening a sentence as a word of the name after it', () => {
    const text = 'Tanaka Hiroshi met the guests. Congratulating Tanaka on his election, they spoke. Throughout Tanaka’s stay, they talked. Thanking Tanaka for it, they left.';
    expect(named(recognize(text, 2024), 'person').map((m) => [m.text, m.key])).toEqual([
      ['Tanaka Hiroshi', 'tanaka hiroshi'],
      ['Tanaka', 'tanaka hiroshi'],
      ['Tanaka', 'tanaka hiroshi'],
      ['Tanaka', 'tanaka hiroshi'],
    ]);
  });
});
