import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/extract/pipeline.js';

// Sentences written for these tests, in the shapes of wire copy and foreign press.
const people = (text: string) => recognize(text, 2024).filter((m) => m.type === 'person' && m.kind === 'name');
const texts = (text: string) => people(text).map((m) => m.text);

describe('names with an Arabic article joined by a hyphen', () => {
  it('reads al- and el- as parts of the name, after a title or before a relative clause', () => {
    expect(texts('The secretary general of the party Hamid al-Karimi received the guests. Later, Samira el-Haddad, who chairs its women’s union, spoke.')).toEqual([
      'Hamid al-Karimi',
      'Samira el-Haddad',
    ]);
  });
});

describe('family names with the ending of a verb’s -ing form', () => {
  it('reads a family name alone that opens a sentence as a short form, but not a verb before a name', () => {
    const found = people('Senator Ruth Golding met the delegation. Golding said the visit mattered. Welcoming Golding to Hanoi, Lan spoke of trade.');
    expect(found.map((m) => m.text)).toEqual(['Ruth Golding', 'Golding', 'Golding']);
    expect(new Set(found.map((m) => m.key)).size).toBe(1);
  });
});

describe('titles and roles that stand farther from the name', () => {
  it('reads a title past an institution’s name that holds "with the"', () => {
    expect(texts('They met the Chairwoman of the Society of Solidarity with the Peoples Marta Ruiz Delgado on Friday.')).toEqual(['Marta Ruiz Delgado']);
  });

  it('reads a role after a comma that names the party it is held in, with its possessive', () => {
    expect(texts('The minister talked on Tuesday with Sipho Ndlovu, the Zimbabwe African National Union’s Secretary for External Affairs.')).toEqual(['Sipho Ndlovu']);
  });

  it('confirms a name by one part of it before ", who"', () => {
    const found = people('The team met Naledi Khumalo in Hanoi on Monday. Khumalo, who leads the youth league, praised the ties.');
    expect(found.map((m) => m.text)).toEqual(['Naledi Khumalo', 'Khumalo']);
  });
});

describe('given names hyphenated in lower case', () => {
  it('reads Korean and Thai names whole, but not an adjective made of a name', () => {
    expect(texts('Chairman Park Sung-ho met Prime Minister Somchai Wong-a-sa and Lee Hae-jin. The Lima-born writer Rosa Mendes said so.')).toEqual([
      'Park Sung-ho',
      'Somchai Wong-a-sa',
      'Lee Hae-jin',
      'Rosa Mendes',
    ]);
  });
});

describe('Malaysian honorifics of two words', () => {
  it('reads the name after "Datuk Seri" or "Tan Sri" without the honorific, and no short form in it', () => {
    expect(texts('Prime Minister Datuk Seri Azlan Hamid and Foreign Minister Tan Sri Rahman Yusof met Ana Lima, who said so.')).toEqual(['Azlan Hamid', 'Rahman Yusof', 'Ana Lima']);
  });
});

describe('titles before a name that are no part of it', () => {
  it('leaves out a title in the plural, a religious title and the last word of an institution', () => {
    expect(
      texts(
        'The founding Presidents Ana Lima and Rui Costa were honoured. Supreme Patriarch Sok Vanna blessed them. The head of the Union for Friendship with Foreign Countries Zhao Mingyu was there.',
      ),
    ).toEqual(['Ana Lima', 'Rui Costa', 'Sok Vanna', 'Zhao Mingyu']);
  });
});

describe('Mongolian initials of two letters', () => {
  it('reads a patronymic initial written with two letters and glued to the name', () => {
    expect(texts('Chairwoman Ts.Oyunbileg welcomed Speaker Kh.Dorjsuren to the hall.')).toEqual(['Ts.Oyunbileg', 'Kh.Dorjsuren']);
  });
});

describe('short forms that are also places or stand after an agent’s phrase', () => {
  it('links a syllable that names a city too when it opens a clause before a verb, not after a preposition', () => {
    const found = people('Vice Chairman Tran Van Hue toured the plant in 2023. Hue also met workers. The trip to Hue was short.');
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['Tran Van Hue', 'tran van hue'],
      ['Hue', 'tran van hue'],
    ]);
  });

  it('reads one word after "led by" as a person’s short form, not one after other phrases', () => {
    const found = people('The delegation led by Bounmy arrived, together with Xaysana, and met the group headed by Bounmy.');
    expect(found.map((m) => m.text)).toEqual(['Bounmy', 'Bounmy']);
    expect(found[0].rule).toMatch(/^short-form-after:led by/);
  });
});

describe('a speaker named after the quotation', () => {
  it('reads the name after a closing quotation mark, a comma or a dash and an attribution verb', () => {
    expect(texts('“Our ties run deep,” said Rafael Montoya Cruz. The links are old – added Tendai Moyo Chikwanha.')).toEqual([
      'Rafael Montoya Cruz',
      'Tendai Moyo Chikwanha',
    ]);
  });

  it('leaves a place or a country after such a verb to its own recognizer', () => {
    expect(texts('“Trade grew,” said Hanoi officials. The ties are old, said Vietnam News Agency.')).toEqual([]);
  });
});

describe('names with particles in small letters', () => {
  it('reads two particles in a row inside a name, after a phrase or listed with a name', () => {
    expect(texts('The ceremony was attended by Rosa de la Fuente and Joost van der Linden.')).toEqual(['Rosa de la Fuente', 'Joost van der Linden']);
  });
});

describe('a later mention by several words of a longer name', () => {
  it('links two words of a longer name of the document to it, unless they shorten two names', () => {
    const found = people('Carmen Ruiz Alvarado, member of the Secretariat, met the guests. Ruiz Alvarado said the ties were old. Park Sung Min and Park Sung Ho spoke; Park Sung said little.');
    const key = (text: string) => found.find((m) => m.text === text)?.key;
    expect(key('Ruiz Alvarado')).toBe(key('Carmen Ruiz Alvarado'));
    expect(key('Park Sung')).toBeDefined();
    expect(key('Park Sung')).not.toBe(key('Park Sung Min'));
    expect(key('Park Sung')).not.toBe(key('Park Sung Ho'));
  });
});

describe('people known by one word', () => {
  it('reads the leaders and thinkers the knowledge base knows by one word, not inside a prize', () => {
    const found = people('Speakers recalled Fidel and Chávez, quoted Engels, and handed out the Lenin Prize.');
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['Fidel', 'fidel-castro'],
      ['Chávez', 'hugo-chavez'],
      ['Engels', 'friedrich-engels'],
    ]);
  });

  it('links such a word to a longer name of the document that holds it', () => {
    const found = people('Deputy Minister Rosa Chávez Ortiz arrived on Monday. Chávez said the talks went well.');
    expect(found.map((m) => m.text)).toEqual(['Rosa Chávez Ortiz', 'Chávez']);
    expect(found[1].key).toBe(found[0].key);
  });
});

describe('a name before the office a message greets', () => {
  it('reads the name before "on her appointment as" or "on his re-election as" and a title', () => {
    expect(texts('Lan wrote to Nomvula Grace Dube on her appointment as the country’s Minister of Trade, and to Kofi Owusu Mensah on his re-election as President. Sales rose on his watch as trade grew.')).toEqual([
      'Nomvula Grace Dube',
      'Kofi Owusu Mensah',
    ]);
  });
});

describe('a byline run into the dateline', () => {
  it('reads the name after "By" at the line’s start up to the dateline’s city in capitals', () => {
    expect(texts('By Tomas Reyes Aguilar HANOI (Reuters) – Leaders of the two parties met on Monday.')).toEqual(['Tomas Reyes Aguilar']);
  });
});

describe('a guest of honour', () => {
  it('reads "Chief Guest" as a title, never as a short form after "Chief"', () => {
    expect(texts('She spoke as the forum’s Chief Guest. The Chief Guest Amara Nwosu Eze then cut the ribbon.')).toEqual(['Amara Nwosu Eze']);
  });
});

describe('a family name standing alone where the full name is not given', () => {
  it('reads a word before speech verbs twice, once inside a sentence, as a person', () => {
    expect(texts('Speaking in Durban, Nkosana highlighted the ties. Nkosana said the two parties were close.')).toEqual(['Nkosana', 'Nkosana']);
  });

  it('leaves a sentence’s opening noun, a place named after a preposition and a possessive alone', () => {
    expect(texts('Officials said the talks went well. Officials stressed the ties. Envoys flew in from Harare. Harare said, and Harare stressed, the same. Xinhua’s reporter said so; Xinhua’s editor agreed.')).toEqual([]);
  });
});

describe('a title with a list of portfolios', () => {
  it('reads the title back across the commas between its portfolios', () => {
    expect(texts('The Minister of Labour, Industrial Relations and Skills Development Nimal Perera Gunasekara also took part.')).toEqual([
      'Nimal Perera Gunasekara',
    ]);
  });
});

describe('a name run into its title with no comma', () => {
  it('ends the name before an organ word that makes a title with the next word, but not before a place\'s organ', () => {
    expect(texts('The delegation was headed by Ana Lima Ruiz Organization Secretary of the Communist Party of Cuba.')).toEqual(['Ana Lima Ruiz']);
    expect(texts('Ana Lima Ruiz Organization hosted the guests.')).toEqual([]);
    expect(texts('Quang Ninh Provincial Secretary Nguyen Van Hai met the guests.')).toEqual(['Nguyen Van Hai']);
  });
});

describe('names after roles in small letters, bylines and administrations', () => {
  it('reads a name right after a role in small letters that ends in an organ', () => {
    expect(texts('The team includes deputy chief of publicity department Bishnu Rijal and chairman of the accounts commission Pushpa Raj Kandel.')).toEqual([
      'Bishnu Rijal',
      'Pushpa Raj Kandel',
    ]);
  });

  it('ends an embassy’s name before the name of its envoy', () => {
    expect(texts('They were welcomed by Charge d’affaires of the Vietnamese Embassy Trinh Thi Tam on February 3.')).toEqual(['Trinh Thi Tam']);
  });

  it('reads a byline run into a title-case headline and its dateline, and a government named by its leader', () => {
    expect(texts('Swapo to Open Party School By Anna Nangolo WINDHOEK Swapo Party has taken the first step.')).toEqual(['Anna Nangolo']);
    expect(texts('The blockade was tightened by the Trump administration and kept by the Biden administration.')).toEqual(['Trump', 'Biden']);
  });

  it('reads no person in a region of the world or in a general election', () => {
    expect(texts('They discussed ties with their counterparts in Europe, North America, Latin America and Southern Africa.')).toEqual([]);
    expect(texts('Li Ming Visits Cambodia to Observe General Election')).toEqual(['Li Ming']);
  });
});

describe('names in the lists and captions of African and European party press', () => {
  it('reads names with their roles in brackets, after `Cde`, and after a party’s `GS` with the initial glued', () => {
    expect(texts('The team comprised Cde Ruth Moyo, Tendai Sibanda (Secretary for Legal Affairs) and Farai Ncube (Deputy Secretary for Youth).')).toEqual([
      'Ruth Moyo',
      'Tendai Sibanda',
      'Farai Ncube',
    ]);
    expect(texts('The KKE GS N.Papadakis signed the book.')).toEqual(['N.Papadakis']);
  });

  it('reads the name after a picture’s label and after a role that ends in a body in small letters', () => {
    expect(texts('The delegation in Harare yesterday. — Picture: Ruth Moyo.')).toEqual(['Ruth Moyo']);
    expect(texts('They met Vice President of the German federal parliament Anna Keller in Berlin.')).toEqual(['Anna Keller']);
  });

  it('reads no person in an autonomous region or a wharf', () => {
    expect(texts('Liu Ning, Secretary of the Party Committee of the Guangxi Zhuang Autonomous Region, visited Nha Rong Wharf.')).toEqual(['Liu Ning']);
  });
});

describe('no person in a city, an agency, a prison or a royal honorific, and a leader’s spouse', () => {
  it('reads no person in La Habana, Ria Novosti, Con Dao Prison or Preah Bat, and the wife named after her title', () => {
    expect(texts('During her stay in La Habana, Mai met officials. Media such as Ria Novosti reported it. They visited Con Dao Prison.')).toEqual([]);
    expect(texts('They were received by His Majesty Preah Bat Samdech Preah Boromneath Norodom Sihamoni.')).toEqual(['Norodom Sihamoni']);
    expect(texts('Xi Jinping sent his regards to Thongloun Sisoulith and his wife Naly Sisoulith.')).toEqual(['Xi Jinping', 'Thongloun Sisoulith', 'Naly Sisoulith']);
  });
});

describe('an administration named by an adjective', () => {
  it('reads no person in the Transitional or the Federal administration', () => {
    expect(texts('Officials of the Transitional administration and the Federal administration met.')).toEqual([]);
    expect(texts('The talks were held under the Boric administration.')).toEqual(['Boric']);
  });
});
