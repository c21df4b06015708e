import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/extract/pipeline.js';

// Sentences written for these tests.
const parties = (text: string) => recognize(text, 2024).filter((m) => m.type === 'party' && (m.kind === 'name' || m.kind === 'abbreviation'));

describe('party names written with another dash than the knowledge base’s', () => {
  it('reads a name and an acronym whatever dash joins their parts', () => {
    const found = parties('Greetings came from the National Council for the Defense of Democracy-Forces for the Defense of Democracy, from the CNDD—FDD youth and from the CPN–UML.');
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['National Council for the Defense of Democracy-Forces for the Defense of Democracy', 'cndd-fdd'],
      ['CNDD—FDD', 'cndd-fdd'],
      ['CPN–UML', 'cpn-uml'],
    ]);
  });
});

describe("a party's congress and its local organizations, which are no parties", () => {
  it('takes the National Party Congress, with a spaced ordinal or none, for the home party’s congress', () => {
    const found = parties('National Party Congress receives greetings\nThey hailed the 11 th National Party Congress and the National Party of Honduras.');
    expect(found.map((m) => m.text)).toEqual(['National Party of Honduras']);
  });

  it('takes the leader of a city’s or a province’s party organization for no party, but keeps a party’s own', () => {
    const found = parties('Hanoi Party chief Dinh Tien Dung and the Quang Ninh Party Secretary met the Communist Party chief.');
    expect(found.map((m) => m.text)).toEqual(['Communist Party']);
  });
});

describe('acronyms that are a country’s name too', () => {
  it('reads such an acronym as the country unless the text names the party or its country', () => {
    const kinds = (text: string) => recognize(text, 2024).filter((m) => m.text === 'PRC').map((m) => m.type);
    expect(kinds('The PRC and Vietnam signed twelve documents on trade.')).toEqual(['country']);
    expect(kinds('The Italian left met in Rome, and the PRC sent its secretary.')).toEqual(['party']);
  });
});

describe('parties named without "Party" in a list of greetings', () => {
  it('reads movements, rallies and fronts the knowledge base holds, the country beside them its own mention', () => {
    const found = recognize(
      'Greetings came from the chairman of the Ennahda Movement of Tunisia; the leader of the Free Patriotic Movement; the Front for the Liberation of Mozambique; and the Party for Socialism and Liberation.',
      2024,
    ).filter((m) => m.type === 'party' || m.type === 'country');
    expect(found.map((m) => [m.type, m.text])).toEqual([
      ['party', 'Ennahda Movement'],
      ['country', 'Tunisia'],
      ['party', 'Free Patriotic Movement'],
      ['party', 'Front for the Liberation of Mozambique'],
      ['party', 'Party for Socialism and Liberation'],
    ]);
  });
});

describe('a party named without its country', () => {
  it('reads "Workers’ Party" in a text about the DPRK as the party whose name ends in a name of its country', () => {
    const found = parties('The DPRK envoy thanked Hanoi. The Workers’ Party has led Pyongyang since 1948, the ambassador said.');
    expect(found.map((m) => [m.text, m.key])).toEqual([['Workers’ Party', 'wpk']]);
  });
});

describe('the party leader of a place', () => {
  it('reads no party in a city’s or a province’s party chief written with the place’s possessive', () => {
    expect(parties("Hanoi's Party chief and Da Nang’s Party Secretary welcomed the guests of the Lao People's Revolutionary Party.").map((m) => m.text)).toEqual([
      "Lao People's Revolutionary Party",
    ]);
  });
});

describe('a book named after a party', () => {
  it('reads no party in the title of the Manifesto, also glued to the word before it', () => {
    expect(parties('A seminar on the Manifesto of the Communist Party and on theManifesto of the Communist Party today was held by the CPV.').map((m) => m.text)).toEqual(['CPV']);
  });
});

describe('party names in the shapes of foreign press', () => {
  it('reads a name of two capitalized words or more before `party` in small letters', () => {
    const found = parties('Messages came from the Iraqi National Accord party and the Bangladesh Workers party, and from the Lao party.');
    expect(found.map((m) => m.text)).toEqual(['Iraqi National Accord party', 'Bangladesh Workers party']);
  });

  it('reads the acronyms that papers write in title case and a party’s name with its wing in brackets', () => {
    const found = parties('Swapo and Zanu-PF leaders met in Harare, and a CPN (Maoist Centre) delegation visited China.');
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['Swapo', 'swapo'],
      ['Zanu-PF', 'zanu-pf'],
      ['CPN (Maoist Centre)', 'cpn-mc'],
    ]);
  });
});

describe('a congress named with a spelled ordinal, and a communist party written short', () => {
  it('reads no party in the seventh National Party’s Congress, and the party in `the CP of Vietnam`', () => {
    const found = parties('He was elected after the seventh National Party’s Congress and met the GS of the CP of Vietnam.');
    expect(found.map((m) => [m.text, m.key])).toEqual([['CP of Vietnam', 'cpv']]);
  });
});

describe('a communist party written short after its country’s adjective', () => {
  it('reads `the Cuban CP` as the Communist Party of Cuba, and no party in the HCMC Party chief', () => {
    const found = parties('The other speakers were from the Cuban CP and the South African CP. The HCMC Party Chief congratulated Laos.');
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['Cuban CP', 'pcc'],
      ['South African CP', 'sacp'],
    ]);
  });
});

describe('a party in small letters that is a gathering', () => {
  it('reads no political party in a National Day party or a New Year party', () => {
    expect(parties('The embassy held a National Day party and a Lunar New Year party in Hanoi.')).toEqual([]);
  });
});
