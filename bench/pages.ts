// Generated news pages for the extraction benchmark: ~100 KB each, shaped like the pages of Pakistani
// business sites (scripts and styles in the head, navigation, tickers, sidebars, related links, comments),
// with an article whose figures vary. Deterministic: the same seed gives the same pages.

import { seededRandom } from '../tests/support/random.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Builds one ~`size`-byte article page. */
export function newsPage(seed: number, size = 100_000): string {
  const r = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const month = Math.floor(r() * 12);
  const year = 2023 + Math.floor(r() * 3);
  const it = 250 + Math.floor(r() * 200);
  const previous = it - 10 - Math.floor(r() * 40);
  const lastYear = Math.round(it / (1.1 + r() * 0.3));
  const series = pick(['IT exports', 'ICT exports', 'textile exports', 'workers’ remittances']);
  const paragraphs = [
    `KARACHI: Pakistan’s ${series} rose ${Math.round((it / lastYear - 1) * 100)} percent year-on-year to $${it} million in ${MONTHS[month]} ${year}, compared to $${lastYear} million in the same month last year, according to data released by the State Bank of Pakistan.`,
    `On a month-on-month basis, ${series} were up from $${previous} million in the previous month, the central bank said.`,
    `During the first ${pick(['five', 'six', 'seven', 'eight'])} months of the current fiscal year, ${series} stood at $${((it * 6.5) / 1000).toFixed(3)} billion, against $${((lastYear * 6.4) / 1000).toFixed(3)} billion in the same period last year.`,
    '<strong>ALSO READ:</strong> <a href="/x">Textile exports rise to $1.6 billion in December</a>',
    'Analysts said the improvement reflected a narrower gap between interbank and open-market rates, which encouraged exporters to bring home a larger share of their earnings rather than keep them abroad.',
    `The government has set a target of $${5 + Math.floor(r() * 10)} billion for the sector, which officials say is achievable if tax policy stays stable and internet services are not disrupted again.`,
    'Industry representatives, however, warned that frequent changes in the tax regime and the cost of electricity remained major hurdles for companies competing with regional peers.',
    `Read more: <a href="/y">Remittances hit $${(2 + r() * 2).toFixed(2)} billion in ${pick(MONTHS)}</a>`,
    'The State Bank has also allowed exporters to retain a larger share of their proceeds in foreign currency accounts, a measure the industry had long demanded.',
  ];
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${series} rise to $${it} million in ${MONTHS[month]} - Business Daily</title>
<meta property="og:title" content="${series} rise to $${it} million"><meta property="article:published_time" content="${year}-${String(((month + 1) % 12) + 1).padStart(2, '0')}-17T09:00:00+05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${series} rise","datePublished":"${year}-${String(((month + 1) % 12) + 1).padStart(2, '0')}-17T09:00:00+05:00"}</script>
<style>${'.nav a{color:#333;padding:4px 8px}.sidebar li{margin:2px 0}.ticker span{font-size:12px} '.repeat(60)}</style>
<script>window.ads=[${Array.from({ length: 150 }, (_, i) => `{slot:"div-gpt-${i}",sizes:[[300,250],[728,90]],kv:{pos:${i},rate:${(r() * 300).toFixed(2)}}}`).join(',')}];</script>
</head>`;
  const nav = `<header class="site-header"><div class="market-ticker">${Array.from({ length: 20 }, () => `<span>KSE-100 ${(60000 + r() * 20000).toFixed(2)} | USD ${(270 + r() * 20).toFixed(2)}</span>`).join('')}</div>
<nav class="main-nav"><ul>${Array.from({ length: 120 }, (_, i) => `<li class="menu-item"><a href="/category/${i}">Section ${i}</a></li>`).join('')}</ul></nav></header>`;
  const article = `<main><article class="post"><h1 class="entry-title">${series} rise to $${it} million in ${MONTHS[month]}</h1>
<div class="entry-meta"><time datetime="${year}-01-17">January 17</time> By Staff Reporter</div>
<div class="entry-content">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="related-posts"><h3>Related</h3><ul>${Array.from({ length: 12 }, () => `<li><a href="/r">${pick(['IT', 'Textile', 'Rice'])} exports hit $${Math.floor(r() * 900)} million in ${pick(MONTHS)}</a></li>`).join('')}</ul></div>
<div id="comments" class="comments-area">${Array.from({ length: 12 }, () => `<div class="comment"><p>I sent $${Math.floor(r() * 900)} million worth of invoices in ${pick(MONTHS)} ${year} and paid Rs${Math.floor(r() * 900)} billion tax!</p></div>`).join('')}</div>
</article></main>`;
  const sidebar = (n: number): string =>
    `<aside class="sidebar widget-area"><h3>Most read</h3><ul>${Array.from({ length: n }, () => `<li><a href="/m">Remittances at $${(2 + r() * 2).toFixed(2)} billion in ${pick(MONTHS)} ${year}; gold at Rs${Math.floor(200000 + r() * 50000)}</a></li>`).join('')}</ul></aside>`;
  const footer = `<footer class="site-footer">${Array.from({ length: 40 }, (_, i) => `<a href="/f${i}">Footer link ${i}</a>`).join(' ')}<p>© ${year} Business Daily</p></footer>`;
  let page = `${head}<body class="single">${nav}<div class="container">${article}${sidebar(20)}`;
  // Real pages are mostly markup around the article: pad with more sidebar until the page has its size.
  while (page.length + footer.length + 20 < size) page += sidebar(Math.min(40, Math.ceil((size - page.length) / 160)));
  return `${page}</div>${footer}</body></html>`;
}

/** Inputs built to make a careless reader slow: each about `size` bytes. */
export function adversarialInputs(size = 1_000_000): Array<[string, string]> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const nest = Math.floor(size / 11);
  return [
    ['one run of digits', `<p>${fill('9')}</p>`],
    ['digits with separators', `<p>$${fill('1,2.3,')} million</p>`],
    ['thousands of "million"', `<p>${fill('$1 million ')}</p>`],
    ['amounts with months, no full stop', `<p>${fill('IT exports were $303 million in December 2023 and ')}</p>`],
    [
      'record claims and periods',
      `<p>${fill('record high all-time high highest-ever in FY24 1HFY24 July-March ')}</p>`,
    ],
    ['deep nesting', `${'<div>'.repeat(nest)}IT exports were $303 million in December 2023.${'</div>'.repeat(nest)}`],
    ['unclosed tags', fill('<p><span><b>IT exports $3')],
    ['Urdu scale words', `<p>${fill('ایک ارب 45 کروڑ 50 لاکھ ڈالر ')}</p>`],
    [
      'Urdu words run together and broken',
      `<p>${fill('دوسودوسودوسودوسودوسودوس سا ل ڈا لر نوسواٹھاون ایک اعشاریہ پانچ پانچ ')}</p>`,
    ],
    ['brackets and dashes', `<p>${fill('(-(-( ')}</p>`],
  ];
}
