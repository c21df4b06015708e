import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPage, pageMetadata, readPage, type Page } from '../../src/corpus/html.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusOf } from '../helpers.js';
import { ARTICLES, pageOf, plainText } from '../pages.js';

const metadataOf = (head: string) => pageMetadata(parseHTML(`<!DOCTYPE html><html><head>${head}</head><body><p>x</p></body></html>`).document as unknown as Document);

describe('readPage', () => {
  it("gives the article's text: title, byline, paragraphs and caption, without menus, related articles, footers, scripts or styles", async () => {
    const article = ARTICLES[0];
    const { text } = await readPage(pageOf(article));
    expect(text).toBe(plainText(article));
    for (const furniture of ['Cuba', 'Russia', 'Communist Party of China', 'Related articles', 'Germany', 'track(', '.menu']) expect(text).not.toContain(furniture);
  });

  it('keeps line breaks and table cells apart, and collapses the whitespace of the markup', async () => {
    const html = `<html><body><article><h1>A long enough title for a page</h1><p>First   line<br>second
      line</p><table><tr><td>Vietnam</td><td>Laos</td></tr></table><p>${'Words of a paragraph long enough to be an article. '.repeat(8)}</p></article></body></html>`;
    const { text } = await readPage(html);
    expect(text).toContain('First line\nsecond line');
    expect(text).toContain('Vietnam Laos');
  });

  it('drops the furniture readability keeps of a short page', async () => {
    const { text } = await readPage(`<html><body><nav>Cuba</nav><p>Vietnam and Laos held talks.</p><footer>Russia</footer></body></html>`);
    expect(text).toBe('Vietnam and Laos held talks.\n');
    const brief = await readPage(
      `<html><head><title>Talks in Hanoi</title></head><body><header><a href="/">Home</a></header><div class="content"><p>Vietnam and Laos held talks in Hanoi.</p></div><div class="sidebar"><h3>Most read</h3><ul><li>China and Russia</li></ul></div><div id="related-links">Cuba</div></body></html>`,
    );
    expect(brief.text).toBe('Talks in Hanoi\n\nVietnam and Laos held talks in Hanoi.\n');
  });
});

describe('pageMetadata', () => {
  it('reads Open Graph, article and author meta tags, and a date as the page writes it', () => {
    expect(metadataOf(`<meta property="og:title" content="Talks in Hanoi"><meta property="article:published_time" content="2019-03-05T23:30:00-05:00"><meta name="author" content="By Tran Thi Lan"><meta property="og:site_name" content="The Example Courier">`)).toEqual({
      title: 'Talks in Hanoi',
      author: 'Tran Thi Lan',
      publication: 'The Example Courier',
      published: '2019-03-05',
    });
  });

  it('reads scholarly citation tags, every author of them, and a date with slashes', () => {
    expect(metadataOf(`<meta name="citation_title" content="Party diplomacy reconsidered"><meta name="citation_author" content="Hoang, Minh"><meta name="citation_author" content="Pham, Lan"><meta name="citation_publication_date" content="2021/7/9"><meta name="citation_journal_title" content="Journal of Example Studies">`)).toEqual({
      title: 'Party diplomacy reconsidered',
      author: 'Hoang, Minh; Pham, Lan',
      publication: 'Journal of Example Studies',
      published: '2021-07-09',
    });
  });

  it('prefers a JSON-LD NewsArticle (in a graph) to the meta tags, and skips JSON it cannot read', () => {
    const linked = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'Visit to Vientiane', datePublished: '2022-03-18', author: [{ '@type': 'Person', name: 'Le Van Son' }, 'Ngo Thi Ha'], publisher: { name: 'Example Press' } }] });
    const head = `<script type="application/ld+json">{ not json</script><script type="application/ld+json">${linked}</script><meta property="og:title" content="Other title"><meta name="author" content="https://example.org/staff">`;
    expect(metadataOf(head)).toEqual({ title: 'Visit to Vientiane', author: 'Le Van Son; Ngo Thi Ha', publication: 'Example Press', published: '2022-03-18' });
  });

  it('leaves out what the page does not say, and an author that is only a link', () => {
    expect(metadataOf(`<meta name="author" content="https://example.org/staff/1"><meta name="date" content="soon">`)).toEqual({});
  });
});

describe('isPage', () => {
  it('knows a page by its name in a corpus, and on standard input by its content', () => {
    expect(isPage('news/visit.HTM', 'plain words', false)).toBe(true);
    expect(isPage('notes.txt', '<html><body>x</body></html>', false)).toBe(false);
    expect(isPage('-', '\n<!-- saved -->\n<!doctype html><html>', true)).toBe(true);
    expect(isPage('-', 'In 2019, the <b>Party</b> met.', true)).toBe(false);
  });
});

describe('loadCorpus with saved pages', () => {
  it('tells of each file read, and reads a page from the store when the store has its markup', async () => {
    const dir = corpusOf({ 'a.html': pageOf(ARTICLES[0]), 'b.txt': 'In 2019, Vietnam.', 'c.htm': pageOf(ARTICLES[1]) });
    const stored = new Map<string, Page>();
    const store = { get: (html: string) => stored.get(html), put: (html: string, page: Page) => void stored.set(html, page) };
    const calls: string[] = [];
    const first = await loadCorpus([dir], async () => new Uint8Array(), { pages: store, onProgress: (done, total) => calls.push(`${done}/${total}`) });
    expect(calls).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(first.documents.map((d) => [d.doc, d.text === plainText(ARTICLES[d.doc === 'a.html' ? 0 : 1]) || d.text === 'In 2019, Vietnam.'])).toEqual([
      ['a.html', true],
      ['b.txt', true],
      ['c.htm', true],
    ]);
    expect(stored.size).toBe(2);
    for (const html of stored.keys()) stored.set(html, { text: 'Read before.\n', metadata: { title: 'Stored' } });
    const second = await loadCorpus([dir], async () => new Uint8Array(), { pages: store });
    expect(second.documents.map((d) => d.page?.title ?? d.text)).toEqual(['Stored', 'In 2019, Vietnam.', 'Stored']);
  });
});
