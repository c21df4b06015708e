import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusOf, runCli, scratch } from '../helpers.js';
import { ARTICLES, pageOf, plainText } from '../pages.js';

const json = (args: string[], input?: string) => {
  const result = runCli(args, { input });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

const META = [
  `<meta property="og:title" content="${ARTICLES[0].title}"><meta property="article:published_time" content="2019-01-20T07:00:00+07:00"><meta name="author" content="Le Thi Mai">`,
  `<meta name="citation_title" content="${ARTICLES[1].title}"><meta name="citation_author" content="Pham Van Duc"><meta name="citation_publication_date" content="2021/01/25"><meta name="citation_journal_title" content="Example Review of Parties">`,
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: ARTICLES[2].title, datePublished: '2023-02-02', author: { name: 'Nguyen Van Hung' } })}</script>`,
];
const pages = corpusOf(Object.fromEntries(ARTICLES.map((article, i) => [`saved/${2018 + 2 * i}/article.html`, pageOf(article, META[i])])));
const texts = corpusOf(Object.fromEntries(ARTICLES.map((article, i) => [`saved/${2018 + 2 * i}/article.txt`, plainText(article)])));

type Row = { type: string; id: string; count: number; years: Record<string, number> };
const counts = (rows: Row[]) => rows.map((r) => `${r.type}:${r.id}:${r.count}:${JSON.stringify(r.years)}`).sort();

describe('saved web pages', () => {
  it('have the entities of their articles as plain text: menus, related articles and footers are not counted', () => {
    const fromPages: Row[] = json(['entities', '--json', '--corpus', pages]);
    expect(counts(fromPages)).toEqual(counts(json(['entities', '--json', '--corpus', texts])));
    const ids = fromPages.map((r) => r.id);
    for (const furniture of ['CU', 'RU', 'cpc', 'wpk', 'pcc', 'DE', 'JP', 'MN', 'united-russia', 'pcp']) expect(ids).not.toContain(furniture);
  });

  it('run through corpus with their metadata, over several reviewed years', () => {
    const documents = json(['corpus', '--json', '--corpus', pages]);
    expect(documents.map((d: Record<string, unknown>) => [d.doc, d.year, d.title, d.author, d.publication, d.published])).toEqual([
      ['saved/2018/article.html', 2018, ARTICLES[0].title, 'Le Thi Mai', null, '2019-01-20'],
      ['saved/2020/article.html', 2020, ARTICLES[1].title, 'Pham Van Duc', 'Example Review of Parties', '2021-01-25'],
      ['saved/2022/article.html', 2022, ARTICLES[2].title, 'Nguyen Van Hung', null, '2023-02-02'],
    ]);
    const rows: Row[] = json(['entities', '--json', '--corpus', pages, '--type', 'party']);
    expect(rows.find((r) => r.id === 'cpv')?.years).toEqual({ '2018': 1, '2020': 1, '2022': 2 });
    const comparison = json(['compare', '2018', '2022', '--json', '--corpus', pages]);
    expect(comparison).toEqual(json(['compare', '2018', '2022', '--json', '--corpus', texts]));
    expect([comparison.a.docs, comparison.b.docs, comparison.entities.length > 0]).toEqual([1, 1, true]);
  });

  it('are printed as read by the text command, and every mention slices that text', () => {
    for (const format of ['jsonl', 'csv']) {
      const result = runCli(['mentions', '--kinds', 'all', '--format', format, '--corpus', pages]);
      expect(result.status).toBe(0);
    }
    const mentions = runCli(['mentions', '--kinds', 'all', '--format', 'jsonl', '--corpus', pages]).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(mentions.length).toBeGreaterThan(20);
    const texts = new Map<string, string>();
    for (const m of mentions) {
      if (!texts.has(m.doc)) texts.set(m.doc, runCli(['text', m.doc, '--corpus', pages]).stdout);
      expect(texts.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
    }
    expect(texts.get('saved/2018/article.html')).toBe(plainText(ARTICLES[0]));
  });

  it('are known on standard input by their content', () => {
    const page = pageOf(ARTICLES[2], META[2]);
    expect(runCli(['text', '-', '--corpus', '-'], { input: page }).stdout).toBe(plainText(ARTICLES[2]));
    expect(json(['corpus', '--json', '--corpus', '-'], page)[0]).toMatchObject({ doc: '-', year: 2022, published: '2023-02-02' });
  });

  it('name the documents of the corpus when text is asked for one it does not have', () => {
    const result = runCli(['text', 'missing.html', '--corpus', pages]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no document 'missing\.html'.*saved\/2018\/article\.html/);
  });

  it('load the DOM and readability only when a page is met, and not again once the pages are cached', () => {
    // A module hook that says on stderr when either library is imported.
    const hooks = scratch();
    writeFileSync(join(hooks, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
    writeFileSync(
      join(hooks, 'hooks.mjs'),
      `export async function resolve(specifier, context, next) {\n  if (specifier === 'linkedom' || specifier === '@mozilla/readability') process.stderr.write('imported ' + specifier + '\\n');\n  return next(specifier, context);\n}\n`,
    );
    const env = { NODE_OPTIONS: `--import ${join(hooks, 'register.mjs')}`, XDG_CACHE_HOME: scratch() };
    const run = (args: string[]) => runCli(args, { env });
    expect(run(['entities', '--corpus', texts]).stderr).toBe('');
    const first = run(['corpus', '--json', '--corpus', pages]);
    expect(first.stderr).toBe('imported linkedom\nimported @mozilla/readability\n');
    const cached = run(['corpus', '--json', '--corpus', pages]);
    expect(cached.stderr).toBe('');
    expect(cached.stdout).toBe(first.stdout);
  });

  it('are decoded in the legacy encoding they declare in their head', () => {
    const article = 'In 2019, a delegation of the Communist Party of Vietnam met the chairman of the Komunistická strana Čech a Moravy, Vojtěch Filip, in Prague.';
    const page = `<!DOCTYPE html><html><head><meta charset="windows-1250"><title>Delegation visits Prague</title></head><body><article><h1>Delegation visits Prague</h1><p>${article}</p></article></body></html>`;
    // windows-1250 maps these letters to single bytes that are not valid UTF-8.
    const bytes = Buffer.from([...page].map((c) => ({ á: 0xe1, Č: 0xc8, ě: 0xec })[c] ?? c.charCodeAt(0)));
    const result = runCli(['text', 'page.html', '--corpus', corpusOf({ 'page.html': bytes })]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(article);
  });
});
