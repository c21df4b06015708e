/** Saved web pages of the tests' own making: an article of our own writing inside a news site's furniture. */

export interface Article {
  title: string;
  byline?: string;
  paragraphs: string[];
  caption?: string;
}

/** The article as a researcher would keep it in a plain text file: title, byline, paragraphs, caption. */
export function plainText(article: Article): string {
  const blocks = [article.title, ...(article.byline ? [article.byline] : []), article.paragraphs[0], ...(article.caption ? [article.caption] : []), ...article.paragraphs.slice(1)];
  return `${blocks.join('\n\n')}\n`;
}

/** Furniture that names parties and countries, none of it the article's. */
const MENU = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world/cuba">Cuba</a></li><li><a href="/world/russia">Russia</a></li><li><a href="/parties/cpc">Communist Party of China</a></li><li><a href="/parties/wpk">Workers' Party of Korea</a></li></ul></nav></header>`;
const RELATED = `<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Communist Party of Cuba marks anniversary in Havana</a></li><li><a href="/b">United Russia delegation tours Mongolia</a></li><li><a href="/c">Japan and Germany discuss trade</a></li></ul></aside>`;
const FOOTER = `<footer><p>Offices in Berlin, Germany and Havana, Cuba. Media partner of the Portuguese Communist Party press. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer>`;

export function pageOf(article: Article, head = ''): string {
  const [first, ...rest] = article.paragraphs;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${article.title} | The Example Courier</title>
${head}
<style>.menu { color: red } /* Communist Party of Cuba */</style>
<script>window.sections = ["Republic of Cuba", "Communist Party of China"];</script>
</head>
<body>
${MENU}
<main>
<article>
<h1>${article.title}</h1>
${article.byline ? `<p class="byline">${article.byline}</p>` : ''}
<p>${first}</p>
${article.caption ? `<figure><img src="photo.jpg" alt=""><figcaption>${article.caption}</figcaption></figure>` : ''}
${rest.map((p) => `<p>${p}</p>`).join('\n')}
</article>
${RELATED}
</main>
${FOOTER}
<script>track("Russia");</script>
</body>
</html>
`;
}

export const ARTICLES: Article[] = [
  {
    title: 'Party diplomacy in 2018 widens ties with neighbours',
    byline: 'By LE THI MAI',
    paragraphs: [
      "In 2018, the Communist Party of Vietnam received a delegation of the Lao People's Revolutionary Party led by its General Secretary, and both sides agreed to deepen their special solidarity.",
      "General Secretary Nguyen Phu Trong held talks with the visiting leaders in Hanoi in May 2018, and the two parties signed a plan of cooperation for the years ahead.",
      "Later in the year, a delegation of the Cambodian People's Party visited Vietnam, and Prime Minister of Cambodia Hun Sen praised the ties between the parties of Vietnam, Laos and Cambodia.",
    ],
    caption: 'Delegates of Vietnam and Laos at the talks in Hanoi, May 2018.',
  },
  {
    title: 'Party external relations in 2020 move online',
    byline: 'By PHAM VAN DUC',
    paragraphs: [
      'In 2020, the pandemic moved most meetings between parties online, yet the Communist Party of Vietnam kept in touch with more than two hundred parties around the world.',
      'The Party held online talks with the Communist Party of India (Marxist) and with the Socialist Unity Party of Germany\'s successor parties, and exchanged letters with the Communist Party of Japan in October 2020.',
      'Vietnam and Indonesia also agreed to keep the exchanges between their parties going through the year.',
    ],
  },
  {
    title: 'Party ties in 2022 return to visits',
    byline: 'By NGUYEN VAN HUNG',
    paragraphs: [
      'In 2022, delegations travelled again: a delegation of the Communist Party of Vietnam visited Laos and Cambodia in March 2022, and the Lao People\'s Revolutionary Party sent a delegation to Hanoi.',
      'General Secretary Nguyen Phu Trong received the visitors, and the sides agreed to train cadres together and to share experience of party building.',
    ],
    caption: 'The delegation of the Communist Party of Vietnam in Vientiane, Laos.',
  },
];
