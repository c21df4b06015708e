import { packageVersions } from '../package-versions.js';
import { isObject, isString, type DocumentMetadata } from '../types.js';

/** What a saved page says of itself in its metadata; the text heuristics fill in what it leaves out. */
export type PageMetadata = Partial<Pick<DocumentMetadata, 'title' | 'author' | 'publication' | 'published'>>;

export interface Page {
  /** The article's text: its title, then one paragraph per block (heading, paragraph, list item, caption). */
  text: string;
  metadata: PageMetadata;
}

/** A page as the cache gives it back, which is untrusted input: used only if it has a page's shape. */
export function isStoredPage(value: unknown): value is Page {
  if (!isObject(value) || !isString(value.text) || !isObject(value.metadata)) return false;
  const metadata = value.metadata;
  return (['title', 'author', 'publication', 'published'] as const).every((field) => metadata[field] === undefined || metadata[field] === null || isString(metadata[field]));
}

/** Pages read before, by their markup: a run whose pages are all stored loads neither the DOM nor readability. */
export interface PageStore {
  get(html: string): Page | undefined;
  put(html: string, page: Page): void;
}

const PAGE_FILE = /\.html?$/i;
const PAGE_CONTENT = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** A file named `.html`/`.htm`, or standard input that begins as a web page does. */
export function isPage(doc: string, text: string, fromStdin: boolean): boolean {
  return fromStdin ? PAGE_CONTENT.test(text.slice(0, 4096)) : PAGE_FILE.test(doc);
}

// The DOM and readability load only when a page is met: about a third of a second that other corpora never pay.
let libraries: Promise<[typeof import('linkedom'), typeof import('@mozilla/readability')]> | undefined;
const loadLibraries = () => (libraries ??= Promise.all([import('linkedom'), import('@mozilla/readability')]));

/** Elements that begin and end a paragraph of the text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
/** Never text of an article, whatever readability keeps. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'FORM']);
/**
 * Page furniture, dropped before readability reads the page: on a short page it keeps the whole body, menus and all.
 * A header goes only outside the article (an article's own header holds its title and byline).
 */
const FURNITURE = 'nav, aside, footer, menu, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]';
const BOILERPLATE_CLASS = /(?:^|[-_\s])(?:related|sidebar|share|sharing|social|menu|breadcrumbs?|comments?|most-?read|popular|newsletter|promo|advert|ads|tags)(?:$|[-_\s])/i;

const READERS = ['linkedom', '@mozilla/readability'];

/** The versions of the libraries that read pages: a page read by others is read again. */
export const pageReaderVersion = (): string => packageVersions(READERS);

/** A saved page's article and metadata, from the store when it has read the same markup before. */
export async function readPage(html: string, store?: PageStore): Promise<Page> {
  const stored = store?.get(html);
  if (stored) return stored;
  const page = await extractPage(html);
  store?.put(html, page);
  return page;
}

/**
 * Reads a saved web page: its metadata first (readability changes the document it reads), then the article as
 * readability finds it (menus, related-article lists, footers, scripts and styles dropped; captions kept), written
 * out as plain text whose offsets every mention refers to.
 */
async function extractPage(html: string): Promise<Page> {
  const [{ parseHTML }, { Readability }] = await loadLibraries();
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document);
  withoutFurniture(document);
  const article = new Readability(document as unknown as Document, { serializer: (node: Node) => node }).parse();
  let blocks = article?.content ? blocksOf(article.content as unknown as Element) : [];
  if (blocks.length === 0) {
    const { body } = withoutFurniture(parseHTML(html).document);
    blocks = body ? blocksOf(body) : [];
  }
  // Readability's title is the <title> without the site's name.
  const title = metadata.title ?? (article?.title?.trim() || null);
  if (title && squash(blocks[0] ?? '') !== squash(title)) blocks.unshift(title);
  // Readability takes a byline out of the article; it names a person of the text, so it goes back under the title.
  const byline = article?.byline?.trim();
  if (byline && byline !== metadata.author && !squash(blocks.join(' ')).includes(squash(byline))) blocks.splice(title ? 1 : 0, 0, byline);
  return { text: blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '', metadata: { ...metadata, title } };
}

function withoutFurniture(document: Document): Document {
  const furniture = [...document.querySelectorAll(FURNITURE)];
  furniture.push(...[...document.querySelectorAll('header')].filter((header) => !header.closest('article, main')));
  for (const element of document.querySelectorAll('body [class], body [id]')) {
    if (BOILERPLATE_CLASS.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) furniture.push(element);
  }
  for (const element of furniture) element.remove();
  return document;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text of an element as paragraphs: whitespace collapsed as a browser shows it, a line break kept as one. */
function blocksOf(root: Element): string[] {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    // Text nodes are collapsed to single spaces already; a <br> is the only line break.
    const paragraph = line.replace(/ *\n */g, '\n').replace(/ {2,}/g, ' ').trim();
    if (paragraph) blocks.push(paragraph);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (HIDDEN.has(name)) return;
    if (name === 'BR') {
      line += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of [...node.childNodes]) walk(child);
    if (block) flush();
    else if (name === 'TD' || name === 'TH') line += ' ';
  };
  walk(root);
  flush();
  return blocks;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|Posting)$/;

/** The page's title, author, publication and date: JSON-LD first, then scholarly, Open Graph and plain meta tags. */
export function pageMetadata(document: Document): PageMetadata {
  const meta = new Map<string, string[]>();
  for (const tag of [...document.querySelectorAll('meta[content]')]) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = tag.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (key && content) meta.set(key, [...(meta.get(key) ?? []), content]);
  }
  const first = (...keys: string[]) => keys.map((key) => meta.get(key)?.[0]).find((value) => value !== undefined);
  const all = (key: string) => meta.get(key)?.join('; ');
  const linked = linkedData(document);
  const author =
    linked.author ??
    all('citation_author') ??
    [first('author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl')]
      .map((name) => name?.replace(/^by\s+/i, ''))
      .find((name) => name && !/^https?:/.test(name));
  const date = [linked.published, first('citation_publication_date', 'citation_date', 'citation_online_date', 'article:published_time', 'og:article:published_time', 'datepublished', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'pubdate', 'publishdate', 'date', 'sailthru.date', 'parsely-pub-date')]
    .map(isoDate)
    .find((value) => value !== undefined);
  return {
    ...defined('title', linked.headline ?? first('citation_title', 'og:title', 'twitter:title', 'dc.title', 'dcterms.title')),
    ...defined('author', author),
    ...defined('publication', linked.publisher ?? first('citation_journal_title', 'citation_conference_title', 'og:site_name', 'application-name')),
    ...defined('published', date),
  };
}

const defined = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> => (value ? ({ [key]: value } as Record<K, string>) : {});

interface LinkedArticle {
  headline?: string;
  author?: string;
  published?: string;
  publisher?: string;
}

/** The first article described in the page's JSON-LD blocks (a graph, a list or one object). */
function linkedData(document: Document): LinkedArticle {
  for (const script of [...document.querySelectorAll('script[type="application/ld+json"]')]) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = [data].flat().flatMap((node) => (isRecord(node) && Array.isArray(node['@graph']) ? node['@graph'] : [node]));
    const article = nodes.find((node): node is Record<string, unknown> => isRecord(node) && [node['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type)));
    if (!article) continue;
    const names = (value: unknown): string[] => [value].flat().flatMap((v) => (typeof v === 'string' ? [v] : isRecord(v) && typeof v.name === 'string' ? [v.name] : []));
    return {
      headline: names(article.headline ?? article.name)[0]?.trim(),
      author: names(article.author).map((name) => name.trim()).filter(Boolean).join('; ') || undefined,
      published: typeof article.datePublished === 'string' ? article.datePublished : undefined,
      publisher: names(article.publisher)[0]?.trim(),
    };
  }
  return {};
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The calendar date as the page writes it (`2020-01-15T08:30:00+07:00` is 2020-01-15 wherever it is read). */
function isoDate(value: string | undefined): string | undefined {
  const match = value && /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return year;
  const parts = [year, month?.padStart(2, '0'), month && day && Number(day) >= 1 && Number(day) <= 31 ? day.padStart(2, '0') : undefined];
  return parts.filter(Boolean).join('-');
}
