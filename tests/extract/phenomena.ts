// Phenomena of business-news copy the extractor must read, one table per line of the extraction issue.
// Every case is written for this table; none is taken from the corpus. A case lists figures that must be
// read (`expect`) and figures that must not (`absent`); `exactly` says nothing else may be read.

/** What a figure must look like; unspecified fields are not checked. */
export interface FigureSpec {
  /** Default: pk-it-exports. */
  series?: string;
  /** "2024-03" for a month, "2023-07..2024-03" for a period. */
  period: string;
  value?: number | null;
  role?: string;
  recordClaim?: boolean;
  changes?: Array<{ pct: number; basis?: string }>;
  note?: RegExp;
  /** The figure must be read with less confidence than an alert needs (0.7). */
  doubtful?: boolean;
}

/** One phenomenon: an input page or text and what must (not) be read from it. */
export interface PhenomenonCase {
  promise: string;
  input: string;
  published?: string;
  url?: string;
  expect?: FigureSpec[];
  absent?: Array<Partial<FigureSpec>>;
  exactly?: boolean;
  /** Expected publication date when the case is about it (published is then not passed in). */
  publishedIs?: string | null;
}

const P = (text: string): string => text; // plain text: a sentence or paragraphs

export const MONEY: PhenomenonCase[] = [
  {
    promise: 'reads "$303m" glued to its scale',
    input: P("Pakistan's IT exports rose to $303m in December 2023."),
    published: '2024-01-18',
    expect: [{ period: '2023-12', value: 303e6, role: 'reported-month' }],
    exactly: true,
  },
  {
    promise: 'reads "USD303 million" with no space after the currency',
    input: P('ICT exports came in at USD303 million in December 2023.'),
    published: '2024-01-18',
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads "US$ 2.6bn" with a space after the currency',
    input: P('For FY23, IT exports amounted to US$ 2.6bn.'),
    published: '2023-08-01',
    expect: [{ period: '2022-07..2023-06', value: 2.6e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'reads "3.2 billion US dollars" with the currency after the scale',
    input: P("Workers' remittances reached 3.2 billion US dollars in June 2024."),
    published: '2024-07-10',
    expect: [{ series: 'pk-remittances', period: '2024-06', value: 3.2e9 }],
    exactly: true,
  },
  {
    promise: 'reads "2.4 billion dollars"',
    input: P('Home remittances stood at 2.4 billion dollars in January 2024.'),
    published: '2024-02-09',
    expect: [{ series: 'pk-remittances', period: '2024-01', value: 2.4e9 }],
    exactly: true,
  },
  {
    promise: 'reads "$313 mln"',
    input: P('IT exports fell to $313 mln in January 2025.'),
    published: '2025-02-18',
    expect: [{ period: '2025-01', value: 313e6 }],
    exactly: true,
  },
  {
    promise: 'reads "$3.12b"',
    input: P('Remittances climbed to $3.12b in February 2025.'),
    published: '2025-03-10',
    expect: [{ series: 'pk-remittances', period: '2025-02', value: 3.12e9 }],
    exactly: true,
  },
  {
    promise: 'reads "USD 332mn"',
    input: P('IT exports clocked in at USD 332mn in May 2024.'),
    published: '2024-06-17',
    expect: [{ period: '2024-05', value: 332e6 }],
    exactly: true,
  },
  {
    promise: 'reads "306 million dollars" with the currency as a word',
    input: P('IT exports were 306 million dollars in March 2024.'),
    published: '2024-04-16',
    expect: [{ period: '2024-03', value: 306e6 }],
    exactly: true,
  },
  {
    promise: 'reads "$1.455 bn" with a space before the scale',
    input: P('IT exports in 1HFY24 totalled $1.455 bn.'),
    published: '2024-01-18',
    expect: [{ period: '2023-07..2023-12', value: 1.455e9, role: 'cumulative' }],
    exactly: true,
  },
  {
    promise: 'reads thousands groups as written: "$1,455 million" is $1.455 billion',
    input: P('IT exports in the first half of FY24 reached $1,455 million.'),
    published: '2024-01-18',
    expect: [{ period: '2023-07..2023-12', value: 1.455e9 }],
    exactly: true,
  },
  {
    promise: 'reads crore and lakh written in English',
    input: P('IT exports touched 30 crore 30 lakh dollars in December 2023.'),
    published: '2024-01-18',
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads arab and crore written in English',
    input: P('Remittances were 3 arab 12 crore dollars in February 2025.'),
    published: '2025-03-10',
    expect: [{ series: 'pk-remittances', period: '2025-02', value: 3.12e9 }],
    exactly: true,
  },
  {
    promise: 'does not read a rupee amount as a dollar figure',
    input: P('IT exporters earned Rs84.6 billion in December 2023.'),
    published: '2024-01-18',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads the dollar amount given in brackets beside rupees',
    input: P('IT exports were worth Rs84.6 billion ($303 million) in December 2023.'),
    published: '2024-01-18',
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads a PKR amount as no dollar figure',
    input: P('Textile exports fetched PKR 420bn in March 2024.'),
    published: '2024-04-10',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads "$1.455-billion" with a hyphen before the scale',
    input: P('Pakistan posted $1.455-billion IT exports in 1HFY24.'),
    published: '2024-01-20',
    expect: [{ period: '2023-07..2023-12', value: 1.455e9 }],
    exactly: true,
  },
  {
    promise: 'reads a spelled-out amount: "three hundred and six million dollars"',
    input: P('IT exports reached three hundred and six million dollars in March 2024.'),
    published: '2024-04-16',
    expect: [{ period: '2024-03', value: 306e6 }],
    exactly: true,
  },
  {
    promise: 'reads "half a billion dollars" as a level when it is one',
    input: P(
      'Textile exports to the region came to half a billion dollars in the first quarter of FY25, officials said.',
    ),
    published: '2024-10-20',
    expect: [{ series: 'pk-textile-exports', period: '2024-07..2024-09', value: 5e8 }],
    exactly: true,
  },
  {
    promise: 'reads "two and a half billion dollars"',
    input: P('Remittances reached two and a half billion dollars in October 2023.'),
    published: '2023-11-10',
    expect: [{ series: 'pk-remittances', period: '2023-10', value: 2.5e9 }],
    exactly: true,
  },
  {
    promise: 'reads a bare "3.2bn" beside the series\' own name as its dollars, noting the missing currency',
    input: P('IT exports rose to 3.223bn in FY24 from 2.596bn in FY23.'),
    published: '2024-07-17',
    expect: [
      { period: '2023-07..2024-06', value: 3.223e9, note: /no currency/ },
      { period: '2022-07..2023-06', value: 2.596e9 },
    ],
    exactly: true,
  },
  {
    promise: 'does not read "1.2 million" followed by a noun as money',
    input: P('The IT sector now employs 1.2 million people in FY24, and IT exports were 3.2bn in FY24.'),
    published: '2024-08-01',
    expect: [{ period: '2023-07..2024-06', value: 3.2e9 }],
    exactly: true,
  },
  {
    promise: 'does not read a bare amount as dollars in a sentence that gives rupees',
    input: P('IT exports fetched Rs900bn, or 3.2bn in FY24.'),
    published: '2024-08-01',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads "nearly $3 billion" as stated, with too little confidence to alert',
    input: P('Remittances rose to nearly $3 billion in March 2024.'),
    published: '2024-04-10',
    expect: [{ series: 'pk-remittances', period: '2024-03', value: 3e9, doubtful: true, note: /approximate/ }],
    exactly: true,
  },
  {
    promise: 'reads "over $300 million" as stated, with too little confidence to alert',
    input: P('IT exports were over $300 million in December 2023.'),
    published: '2024-01-20',
    expect: [{ period: '2023-12', value: 300e6, doubtful: true }],
    exactly: true,
  },
  {
    promise: 'reads "about $330 million" as stated',
    input: P('IT exports came to about $330 million in May 2024.'),
    published: '2024-06-20',
    expect: [{ period: '2024-05', value: 330e6, doubtful: true }],
    exactly: true,
  },
];

export const TYPOS: PhenomenonCase[] = [
  {
    promise: 'reads "2,593 billion dollars" as $2.593 billion and notes the repair',
    input: P('During July 2023 and April 2024, IT exports reached 2,593 billion dollars.'),
    published: '2024-05-20',
    expect: [{ period: '2023-07..2024-04', value: 2.593e9, note: /decimal point/, doubtful: true }],
    exactly: true,
  },
  {
    promise: 'reads "$2,135 billion" as $2.135 billion',
    input: P('IT exports in FY23 stood at $2,135 billion.'),
    published: '2024-05-20',
    expect: [{ period: '2022-07..2023-06', value: 2.135e9, note: /decimal point/ }],
    exactly: true,
  },
  {
    promise: 'repairs "$2.135 million" beside its "$2.593 billion" twin and notes it',
    input: P(
      'IT exports during July-April FY24 stood at $2.593 billion compared to $2.135 million in the same period last year.',
    ),
    published: '2024-05-17',
    expect: [
      { period: '2023-07..2024-04', value: 2.593e9 },
      { period: '2022-07..2023-04', value: 2.135e9, note: /thousand times/, doubtful: true },
    ],
    exactly: true,
  },
  {
    promise: 'repairs a half-year total written in millions when the months around it are in hundreds of millions',
    input: P(
      'IT exports fell to $265 million in January 2024 from $303 million in December 2023. To recap, IT exports in 1HFY24 stood at $1.46 million.',
    ),
    published: '2024-02-19',
    expect: [{ period: '2023-07..2023-12', value: 1.46e9, note: /thousand times/ }],
  },
  {
    promise: 'leaves a lone figure as written when nothing in the article says its scale is wrong',
    input: P('IT exports in 1HFY24 stood at $1.46 million.'),
    published: '2024-02-19',
    expect: [{ period: '2023-07..2023-12', value: 1.46e6 }],
    exactly: true,
  },
];

export const CHANGES: PhenomenonCase[] = [
  {
    promise: 'reads "62.3%" as a change of the month it describes',
    input: P('IT exports grew 62.3% year-on-year to $310 million in April 2024.'),
    published: '2024-05-18',
    expect: [{ period: '2024-04', value: 310e6, changes: [{ pct: 62.3, basis: 'yoy' }] }],
  },
  {
    promise: 'reads "36 per cent" and "YoY"',
    input: P('IT exports were $306 million in March 2024, up 36 per cent YoY.'),
    published: '2024-04-17',
    expect: [{ period: '2024-03', changes: [{ pct: 36, basis: 'yoy' }] }],
  },
  {
    promise: 'reads "24pc" against "the same month last year"',
    input: P('IT exports rose 24pc to $342m in March 2025 compared to the same month last year.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6, changes: [{ pct: 24, basis: 'yoy' }] }],
  },
  {
    promise: 'reads "percent" and "month-on-month"',
    input: P('IT exports declined 7.8 percent month-on-month to $356 million in November 2025.'),
    published: '2025-12-17',
    expect: [{ period: '2025-11', changes: [{ pct: -7.8, basis: 'mom' }] }],
  },
  {
    promise: 'reads a fall: "fell 12.5% MoM"',
    input: P('IT exports fell 12.5% MoM to $265 million in January 2024.'),
    published: '2024-02-19',
    expect: [{ period: '2024-01', changes: [{ pct: -12.5, basis: 'mom' }] }],
  },
  {
    promise: 'reads "down" as a fall measured "over the previous month"',
    input: P('Textile exports were $1.42 billion in December 2023, down 3% over the previous month.'),
    published: '2024-01-05',
    expect: [{ series: 'pk-textile-exports', period: '2023-12', changes: [{ pct: -3, basis: 'mom' }] }],
  },
  {
    promise: 'reads a change against "April of the previous year" as April 2024\'s, with no value',
    input: P('The IT exports increased by 62.3% compared to April of the previous year.'),
    published: '2024-05-21',
    expect: [{ period: '2024-04', value: null, changes: [{ pct: 62.3, basis: 'yoy' }] }],
    exactly: true,
  },
  {
    promise: 'does not read a change given as an amount ("up $49 million") as a figure',
    input: P('IT exports were $306 million in March 2024, up $49 million from $257 million in February 2024.'),
    published: '2024-04-17',
    expect: [
      { period: '2024-03', value: 306e6 },
      { period: '2024-02', value: 257e6, role: 'comparison' },
    ],
    absent: [{ value: 49e6 }],
    exactly: true,
  },
  {
    promise: 'does not read "increased by $60 million" as a level when the month\'s level is far larger',
    input: P(
      'Remittances were $3.1 billion in December 2024. They increased by $60 million in December 2024 over November.',
    ),
    published: '2025-01-10',
    expect: [{ series: 'pk-remittances', period: '2024-12', value: 3.1e9 }],
    absent: [{ value: 60e6 }],
    exactly: true,
  },
];

export const PERIODS: PhenomenonCase[] = [
  {
    promise: 'reads "Dec\'23" as December 2023',
    input: P("IT exports were $303m in Dec'23."),
    published: '2024-01-20',
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads "Dec. 24" as December 2024, not the 24th of December',
    input: P('IT exports hit $348 million in Dec. 24, from $324 million in Nov. 24.'),
    published: '2025-01-17',
    expect: [
      { period: '2024-12', value: 348e6 },
      { period: '2024-11', value: 324e6 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "Sep-25" as September 2025',
    input: P('IT exports were $366m in Sep-25.'),
    published: '2025-10-17',
    expect: [{ period: '2025-09', value: 366e6 }],
    exactly: true,
  },
  {
    promise: 'reads "in March" with no year as the latest March on or before publication',
    input: P('IT exports were $342 million in March.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    exactly: true,
  },
  {
    promise: 'reads "in December" in a January story as December of the year before',
    input: P('IT exports reached $303 million in December.'),
    published: '2024-01-18',
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads "last month" relative to publication',
    input: P('IT exports rose to $330 million last month.'),
    published: '2024-11-18',
    expect: [{ period: '2024-10', value: 330e6 }],
    exactly: true,
  },
  {
    promise: 'reads "FY24" as July 2023 to June 2024',
    input: P('IT exports were $3.223 billion in FY24.'),
    published: '2024-07-17',
    expect: [{ period: '2023-07..2024-06', value: 3.223e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'reads "FY2023-24"',
    input: P('IT exports rose to $3.223 billion in FY2023-24.'),
    published: '2024-07-17',
    expect: [{ period: '2023-07..2024-06', value: 3.223e9 }],
    exactly: true,
  },
  {
    promise: 'reads "fiscal year 2024-25"',
    input: P('Remittances totalled $38.3 billion in fiscal year 2024-25.'),
    published: '2025-07-09',
    expect: [{ series: 'pk-remittances', period: '2024-07..2025-06', value: 38.3e9 }],
    exactly: true,
  },
  {
    promise: 'reads "1HFY24" as July to December 2023',
    input: P('IT exports in 1HFY24 reached $1.455 billion.'),
    published: '2024-01-18',
    expect: [{ period: '2023-07..2023-12', value: 1.455e9, role: 'cumulative' }],
    exactly: true,
  },
  {
    promise: 'reads "9MFY25" as July 2024 to March 2025',
    input: P('IT exports in 9MFY25 rose to $2.838 billion.'),
    published: '2025-04-18',
    expect: [{ period: '2024-07..2025-03', value: 2.838e9 }],
    exactly: true,
  },
  {
    promise: 'reads "July-April FY24"',
    input: P('IT exports during July-April FY24 were $2.593 billion.'),
    published: '2024-05-18',
    expect: [{ period: '2023-07..2024-04', value: 2.593e9 }],
    exactly: true,
  },
  {
    promise: 'reads "during July 2023 and April 2024" as one period',
    input: P('During July 2023 and April 2024, IT exports amounted to $2.593 billion.'),
    published: '2024-05-18',
    expect: [{ period: '2023-07..2024-04', value: 2.593e9 }],
    exactly: true,
  },
  {
    promise: 'reads "the first ten months of the current fiscal year"',
    input: P('In the first ten months of the current fiscal year, IT exports reached $3.167 billion.'),
    published: '2025-05-18',
    expect: [{ period: '2024-07..2025-04', value: 3.167e9 }],
    exactly: true,
  },
  {
    promise: 'reads "first quarter of FY26"',
    input: P('IT exports in the first quarter of FY26 came to $1.057 billion.'),
    published: '2025-10-17',
    expect: [{ period: '2025-07..2025-09', value: 1.057e9 }],
    exactly: true,
  },
  {
    promise: 'reads "the first nine months (July-March) of fiscal year 2023-24"',
    input: P('ICT exports in the first nine months (July-March) of fiscal year 2023-24 increased to $2.283 billion.'),
    published: '2024-04-17',
    expect: [{ period: '2023-07..2024-03', value: 2.283e9 }],
    exactly: true,
  },
  {
    promise: 'reads "calendar year 2024" and "in 2025" as calendar years',
    input: P('IT exports were $3.646 billion in calendar year 2024 and $4.193 billion in 2025.'),
    published: '2026-01-19',
    expect: [
      { period: '2024-01..2024-12', value: 3.646e9, role: 'annual' },
      { period: '2025-01..2025-12', value: 4.193e9, role: 'annual' },
    ],
    exactly: true,
  },
  {
    promise: 'reads "the same period last year" as the reported period a year back',
    input: P('In 5MFY26, IT exports were $1.799 billion, against $1.530 billion in the same period last year.'),
    published: '2025-12-17',
    expect: [
      { period: '2025-07..2025-11', value: 1.799e9 },
      { period: '2024-07..2024-11', value: 1.53e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "the previous month" relative to the reported month, not to publication',
    input: P('IT exports were $356 million in November 2025, lower than $386 million in the previous month.'),
    published: '2025-12-17',
    expect: [
      { period: '2025-11', value: 356e6 },
      { period: '2025-10', value: 386e6, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: 'does not read a month not over by publication (a forecast)',
    input: P('IT exports are expected to reach $400 million in June 2024.'),
    published: '2024-05-20',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads nothing for an amount with no period',
    input: P('IT exports have crossed $300 million twice in four months.'),
    published: '2024-04-17',
    expect: [],
    exactly: true,
  },
];

// A series of another country, to show the fiscal year belongs to the series' country.
export const CALENDAR_YEAR_SERIES = {
  id: 'xx-it-exports',
  name: 'Country X IT exports',
  country: 'XX',
  currency: 'USD',
  fiscalYearStartMonth: 1,
  keywords: ['software exports'],
};

export const FISCAL_YEARS: PhenomenonCase[] = [
  {
    promise: 'reads "FY24" as calendar 2024 for a series whose country starts its fiscal year in January',
    input: P('Software exports were $5.1 billion in FY24.'),
    published: '2025-02-01',
    expect: [{ series: 'xx-it-exports', period: '2024-01..2024-12', value: 5.1e9 }],
    exactly: true,
  },
  {
    promise: 'reads "first half of FY24" as January to June for such a series',
    input: P('Software exports were $2.4 billion in the first half of FY24.'),
    published: '2024-08-01',
    expect: [{ series: 'xx-it-exports', period: '2024-01..2024-06', value: 2.4e9 }],
    exactly: true,
  },
];

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><article><h1>IT exports rise to $310 million in April</h1><div class="entry-content">${body}</div></article></body></html>`;
const BODY = '<p>Pakistan’s IT exports rose to $310 million in April, according to the State Bank of Pakistan.</p>';

export const PUBLICATION_DATES: PhenomenonCase[] = [
  {
    promise: 'takes the publication date from JSON-LD datePublished, not dateModified',
    input: page(
      '<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-05-20T10:00:00+05:00","datePublished":"2024-05-16T09:00:00+05:00"}</script>',
      BODY,
    ),
    publishedIs: '2024-05-16',
    expect: [{ period: '2024-04', value: 310e6 }],
  },
  {
    promise: 'takes the publication date from article:published_time',
    input: page('<meta property="article:published_time" content="2024-05-16T09:00:00+05:00">', BODY),
    publishedIs: '2024-05-16',
  },
  {
    promise: 'takes the publication date from a <time datetime>',
    input: page('', `<p class="meta"><time datetime="2024-05-16">May 16</time></p>${BODY}`),
    publishedIs: '2024-05-16',
  },
  {
    promise: 'takes the year of a wire dateline from the latest month the story names',
    input: P(
      'ISLAMABAD, May 18 (APP): IT exports during July-April FY24 increased to $2.593 billion, and in April 2024 alone they were $310 million.',
    ),
    publishedIs: '2024-05-18',
    expect: [{ period: '2024-04', value: 310e6 }],
  },
  {
    promise: 'takes the publication date from a /YYYY/MM/DD/ URL path',
    input: page('', BODY),
    url: 'https://example.pk/2024/05/16/it-exports-april/',
    publishedIs: '2024-05-16',
  },
  {
    promise: 'takes the publication date from a /DD-Mon-YYYY/ URL path',
    input: page('', BODY),
    url: 'https://example.pk/16-May-2024/it-exports-april',
    publishedIs: '2024-05-16',
  },
  {
    promise: "takes the publication date from the page's canonical URL when none is given",
    input: page('<link rel="canonical" href="https://example.pk/16-May-2024/it-exports-april">', BODY),
    publishedIs: '2024-05-16',
  },
  {
    promise: 'reads a visible date run together with the byline',
    input: page('', `<div class="detail-meta"><span>Our Staff Reporter</span><span>May 16, 2024</span></div>${BODY}`),
    publishedIs: '2024-05-16',
  },
  {
    promise: 'takes the publication date from a visible date line',
    input: page('', `<div class="story-date">Published May 16, 2024</div>${BODY}`),
    publishedIs: '2024-05-16',
  },
  {
    promise: 'prefers metadata to a date in the URL',
    input: page('<meta property="article:published_time" content="2024-05-16T09:00:00+05:00">', BODY),
    url: 'https://example.pk/2024/05/17/x/',
    publishedIs: '2024-05-16',
  },
  {
    promise: 'takes the publication date from a visible Urdu date with Urdu digits',
    input: page('', `<div class="news-date">۱۸ نومبر ۲۰۲۵</div>${BODY}`),
    publishedIs: '2025-11-18',
  },
  {
    promise: 'reports no publication date when the page gives none',
    input: P('IT exports were $310 million in April 2024.'),
    publishedIs: null,
    expect: [{ period: '2024-04', value: 310e6 }],
  },
];

export const ATTRIBUTION: PhenomenonCase[] = [
  {
    promise: 'gives each amount to the series named beside it',
    input: P('IT exports rose to $306 million in March 2024, while textile exports were $1.45 billion.'),
    published: '2024-04-17',
    expect: [
      { period: '2024-03', value: 306e6 },
      { series: 'pk-textile-exports', period: '2024-03', value: 1.45e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "information and communication technology (ICT) exports" as IT exports',
    input: P('Pakistan’s information and communication technology (ICT) exports rose to $306 million in March 2024.'),
    published: '2024-04-17',
    expect: [{ period: '2024-03', value: 306e6, role: 'reported-month' }],
    exactly: true,
  },
  {
    promise: 'reads "IT & ITeS export remittances" as IT exports, not workers\' remittances',
    input: P('IT & ITeS export remittances reached $303 million in December 2023.'),
    published: '2024-01-18',
    expect: [{ period: '2023-12', value: 303e6 }],
    absent: [{ series: 'pk-remittances' }],
    exactly: true,
  },
  {
    promise: 'does not read total goods exports as a tracked series',
    input: P(
      'Pakistan’s merchandise exports rose to $2.65 billion in March 2025, the Pakistan Bureau of Statistics said.',
    ),
    published: '2025-04-03',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read services imports of computer services as IT exports',
    input: P(
      'Imports of telecommunication, computer and information services rose to $410 million in July-April FY24.',
    ),
    published: '2024-05-20',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read travel receipts as a tracked series',
    input: P('Travel receipts rose to $95 million in January 2025 as tourist arrivals picked up.'),
    published: '2025-02-25',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read a sub-category of textiles as textile exports',
    input: P(
      'Textile exports were $1.64 billion in October 2024; knitwear exports were $450 million and bedwear exports $280 million.',
    ),
    published: '2024-11-05',
    expect: [{ series: 'pk-textile-exports', period: '2024-10', value: 1.64e9 }],
    exactly: true,
  },
  {
    promise: 'does not read IT exports to one region as all IT exports',
    input: P(
      'IT exports to the Middle East rose to $48 million in March 2024, while total IT exports were $306 million.',
    ),
    published: '2024-04-17',
    expect: [{ period: '2024-03', value: 306e6 }],
    exactly: true,
  },
  {
    promise: 'does not read value-added textile exports as all textile exports',
    input: P(
      'Value-added textile exports rose to $1.2 billion in October 2024, while textile exports overall were $1.64 billion.',
    ),
    published: '2024-11-05',
    expect: [{ series: 'pk-textile-exports', period: '2024-10', value: 1.64e9 }],
    exactly: true,
  },
  {
    promise: "does not read remittances from one country as all workers' remittances",
    input: P(
      'Remittances reached $4.05 billion in March 2025. Inflows from Saudi Arabia were $987 million in March 2025.',
    ),
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', value: 4.05e9 }],
    exactly: true,
  },
  {
    promise: 'reads a Pakistani figure in an Indian outlet writing about Pakistan',
    input: P(
      "NEW DELHI: Pakistan's IT exports rose to $348 million in December 2024, data from its central bank showed. India's software exports, by contrast, run at about $15 billion a month.",
    ),
    published: '2025-01-18',
    expect: [{ period: '2024-12', value: 348e6 }],
    exactly: true,
  },
  {
    promise: 'reads nothing of a Pakistani outlet writing about Vietnam',
    input: `Vietnam's textile and garment exports surge

Vietnam's textile and garment exports rose to $4.2 billion in June 2025, the General Statistics Office said.

Remittances to Ho Chi Minh City reached $5.1 billion in the first half of 2025.`,
    published: '2025-07-08',
    expect: [],
    exactly: true,
  },
  {
    promise: "reads nothing of Bangladesh's remittances record in a Pakistani outlet",
    input: `Bangladesh remittances hit all-time high

Remittances hit an all-time high of $3.29 billion in March 2025, Bangladesh Bank data showed.`,
    published: '2025-04-02',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads nothing of a story whose first sentence is datelined abroad and about foreigners',
    input: P(
      'DHAKA: Remittances sent home by Bangladeshis working abroad rose to $3.29 billion in March 2025, the central bank said. In the first nine months of the fiscal year that began in July, remittances totalled $21.78 billion.',
    ),
    published: '2025-04-02',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads "Overseas Pakistanis sent home" as remittances',
    input: P('Overseas Pakistanis sent home 3.2 billion US dollars in June 2024, according to the State Bank.'),
    published: '2024-07-10',
    expect: [{ series: 'pk-remittances', period: '2024-06', value: 3.2e9 }],
    exactly: true,
  },
  {
    promise: 'reads "the IT industry" as the subject that a bare "Exports" continues',
    input: P('Pakistan’s IT industry had a good year. Exports rose to $3.2b in FY24.'),
    published: '2024-08-02',
    expect: [{ period: '2023-07..2024-06', value: 3.2e9 }],
    exactly: true,
  },
  {
    promise: "reads Pakistan's figure and not India's in a comparison",
    input: P("Pakistan's IT exports were $3.2 billion in FY24, compared with India's $194 billion."),
    published: '2024-09-10',
    expect: [{ period: '2023-07..2024-06', value: 3.2e9 }],
    exactly: true,
  },
  {
    promise: 'reads a comparison figure for its own month',
    input: P('IT exports rose to $306 million in March 2024, up from $225 million in March 2023.'),
    published: '2024-04-17',
    expect: [
      { period: '2024-03', value: 306e6, role: 'reported-month' },
      { period: '2023-03', value: 225e6, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: 'reads the previous record as a figure for its month, with no record claim of its own',
    input: P(
      'IT exports hit an all-time high of $306 million in March 2024, surpassing the previous high of $303m in December 2023.',
    ),
    published: '2024-04-17',
    expect: [
      { period: '2024-03', value: 306e6, recordClaim: true },
      { period: '2023-12', value: 303e6, role: 'previous-record', recordClaim: false },
    ],
    exactly: true,
  },
  {
    promise: 'never turns a cumulative total into a single month',
    input: P(
      'IT exports in the first eight months of FY24 stood at $1.977 billion, including $257 million in February 2024.',
    ),
    published: '2024-03-18',
    expect: [
      { period: '2023-07..2024-02', value: 1.977e9, role: 'cumulative' },
      { period: '2024-02', value: 257e6 },
    ],
    absent: [{ period: '2024-02', value: 1.977e9 }],
    exactly: true,
  },
  {
    promise: 'reads an annual total as annual',
    input: P('Remittances reached a record $38.3 billion in FY25.'),
    published: '2025-07-09',
    expect: [{ series: 'pk-remittances', period: '2024-07..2025-06', role: 'annual', recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'carries the measure of the previous sentence to one that only says "the exports"',
    input: P(
      'Pakistan’s IT exports were $306 million in March 2024. On a month-on-month basis, the exports were up from $257 million in February 2024.',
    ),
    published: '2024-04-17',
    expect: [
      { period: '2024-03', value: 306e6 },
      { period: '2024-02', value: 257e6 },
    ],
    exactly: true,
  },
  {
    promise: 'does not read a target or forecast as a figure',
    input: P(
      'The government aims to raise IT exports to $5 billion in FY25, and officials expect remittances of $35 billion in FY25.',
    ),
    published: '2024-07-20',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read a monthly average as a month',
    input: P('To reach its target, the sector needs average IT exports of $415 million a month in FY26.'),
    published: '2025-08-18',
    expect: [],
    exactly: true,
  },
];

export const RECORDS: PhenomenonCase[] = [
  {
    promise: 'reads "highest-ever" as a record claim for the month',
    input: P('Pakistan recorded its highest-ever monthly IT exports of $303 million in December 2023.'),
    published: '2024-01-18',
    expect: [{ period: '2023-12', recordClaim: true }],
  },
  {
    promise: 'reads "all-time high" as a record claim',
    input: P('IT exports rose to an all-time high of $386 million in October 2025.'),
    published: '2025-11-18',
    expect: [{ period: '2025-10', recordClaim: true }],
  },
  {
    promise: 'reads "record" before an amount as a record claim',
    input: P('IT exports clocked a record $310mn in April 2024.'),
    published: '2024-05-16',
    expect: [{ period: '2024-04', value: 310e6, recordClaim: true }],
  },
  {
    promise: 'reads "surpassed the previous record" as a claim for the reported month',
    input: P('Remittances of $4.05 billion in March 2025 surpassed the previous record set in June 2024.'),
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', recordClaim: true }],
  },
  {
    promise: "reads a claim in the next sentence as the reported month's",
    input: P('IT exports were $437 million in December 2025. This is the highest-ever monthly figure.'),
    published: '2026-01-19',
    expect: [{ period: '2025-12', recordClaim: true }],
  },
  {
    promise: 'reads "the highest since records began" as a record',
    input: P('Remittances were $4.1 billion in March 2025, the highest monthly inflow since records began.'),
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', recordClaim: true }],
  },
  {
    promise: 'reads "the highest for any month" as a record',
    input: P('IT exports reached $437 million in December 2025, the highest ever for any month.'),
    published: '2026-01-19',
    expect: [{ period: '2025-12', recordClaim: true }],
  },
  {
    promise: 'does not read "the best-ever December" as an all-time record',
    input: P('Remittances of $3.08 billion in December 2024 made it the best-ever December for inflows.'),
    published: '2025-01-11',
    expect: [{ series: 'pk-remittances', period: '2024-12', recordClaim: false }],
  },
  {
    promise: 'does not read "highest since March 2022" as a record',
    input: P('IT exports were $259 million in November 2023, the highest monthly figure since March 2022.'),
    published: '2023-12-18',
    expect: [{ period: '2023-11', recordClaim: false }],
  },
  {
    promise: 'does not read "highest in 12 months" as a record',
    input: P('Textile exports rose to $1.64 billion in October 2024, the highest in 12 months.'),
    published: '2024-11-05',
    expect: [{ series: 'pk-textile-exports', period: '2024-10', recordClaim: false }],
  },
  {
    promise: 'does not read "the highest four-month figure" as a record',
    input: P('Textile exports reached $6.08 billion in July-October 2024, the highest four-month figure in two years.'),
    published: '2024-11-05',
    expect: [{ series: 'pk-textile-exports', period: '2024-07..2024-10', recordClaim: false }],
    absent: [{ recordClaim: true }],
  },
  {
    promise: 'does not read "the pinnacle for the year" as a record',
    input: P('IT exports were $342 million in March 2025, the pinnacle for the year so far.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', recordClaim: false }],
  },
  {
    promise: 'does not read a record annual total as a monthly record',
    input: P('IT exports hit a record $3.8 billion in FY25, with June 2025 at $338 million.'),
    published: '2025-07-18',
    expect: [{ period: '2025-06', value: 338e6, recordClaim: false }],
    absent: [{ recordClaim: true }],
  },
  {
    promise: 'does not read a record cumulative total as a monthly record',
    input: P(
      'IT exports in the first quarter of FY25 were $876 million, the highest first-quarter exports on record; September 2024 brought $292 million.',
    ),
    published: '2024-10-17',
    absent: [{ recordClaim: true }],
  },
  {
    promise: 'does not read a record growth rate as a record',
    input: P('ICT exports were $310 million in April 2024, a record growth rate of 62.3 percent.'),
    published: '2024-05-17',
    expect: [{ period: '2024-04', recordClaim: false }],
  },
  {
    promise: 'does not read "second-highest" as a record',
    input: P('IT exports rose to $330 million in October 2024, the second-highest monthly figure on record.'),
    published: '2024-11-18',
    expect: [{ period: '2024-10', recordClaim: false }],
  },
  {
    promise: 'does not read "highest-ever inflow for the month of December" as an all-time record',
    input: P('Remittances were $3.08 billion in December 2024, the highest-ever inflow for the month of December.'),
    published: '2025-01-11',
    expect: [{ series: 'pk-remittances', period: '2024-12', recordClaim: false }],
  },
];

export const MISWORDED: PhenomenonCase[] = [
  {
    promise: 'reads "increased by $298 million in June 2024" as June\'s level when May was $332 million',
    input: P(
      'IT export remittances increased by $298 million in June 2024, which was lower than $332 million in May 2024.',
    ),
    published: '2024-07-17',
    expect: [
      { period: '2024-06', value: 298e6, note: /level/, doubtful: true },
      { period: '2024-05', value: 332e6 },
    ],
    exactly: true,
  },
];

export const URDU: PhenomenonCase[] = [
  {
    promise: 'reads کروڑ and لاکھ with an Urdu month name',
    input: P('دسمبر 2023 میں آئی ٹی برآمدات 30 کروڑ 30 لاکھ ڈالر رہیں۔'),
    published: '2024-01-18',
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads ارب with a word for one: "ایک ارب 45 کروڑ 50 لاکھ ڈالر"',
    input: P('رواں مالی سال کی پہلی ششماہی میں آئی ٹی برآمدات ایک ارب 45 کروڑ 50 لاکھ ڈالر رہیں۔'),
    published: '2024-01-18',
    expect: [{ period: '2023-07..2023-12', value: 1.455e9 }],
    exactly: true,
  },
  {
    promise: 'reads Urdu digits and "ڈالرز"',
    input: P('اکتوبر ۲۰۲۵ میں آئی ٹی برآمدات ۳۸ کروڑ ۶۰ لاکھ ڈالرز ریکارڈ کی گئیں۔'),
    published: '2025-11-18',
    expect: [{ period: '2025-10', value: 386e6, recordClaim: false }],
    exactly: true,
  },
  {
    promise: 'reads Urdu remittances with a month and no year',
    input: P('مارچ میں ترسیلات زر 4 ارب 5 کروڑ ڈالر کی بلند ترین سطح پر پہنچ گئیں۔'),
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', value: 4.05e9, recordClaim: true }],
    exactly: true,
  },
  {
    promise: 'reads "گزشتہ سال کے اسی مہینے" as the same month a year back',
    input: P(
      'دسمبر 2024 میں ترسیلات زر 3 ارب 8 کروڑ ڈالر رہیں جبکہ گزشتہ سال کے اسی مہینے میں 2 ارب 38 کروڑ ڈالر تھیں۔',
    ),
    published: '2025-01-10',
    expect: [
      { series: 'pk-remittances', period: '2024-12', value: 3.08e9 },
      { series: 'pk-remittances', period: '2023-12', value: 2.38e9, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: 'reads "(آئی سی ٹی) برآمدات" as IT exports',
    input: P(
      'مالی سال 2023-24 کے دوران انفارمیشن اینڈ کمیونیکیشن ٹیکنالوجی (آئی سی ٹی) برآمدات 3 ارب 22 کروڑ 30 لاکھ ڈالر تک پہنچ گئیں۔',
    ),
    published: '2024-07-18',
    expect: [{ period: '2023-07..2024-06', value: 3.223e9 }],
    exactly: true,
  },
  {
    promise: 'reads "ٹیکسٹائل اور ملبوسات کی برآمدات" as textile exports',
    input: P('اکتوبر 2024 میں ملک کی ٹیکسٹائل اور ملبوسات کی برآمدات ایک ارب 64 کروڑ ڈالر رہیں۔'),
    published: '2024-11-05',
    expect: [{ series: 'pk-textile-exports', period: '2024-10', value: 1.64e9 }],
    exactly: true,
  },
  {
    promise: 'does not read a rupee amount in Urdu as dollars',
    input: P('مارچ میں آئی ٹی برآمدات سے 95 ارب روپے حاصل ہوئے۔'),
    published: '2025-04-17',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read an annual Urdu record as a monthly one',
    input: P('مالی سال 2024-25 میں ترسیلات زر 38 ارب 30 کروڑ ڈالر کے سالانہ ریکارڈ پر پہنچ گئیں۔'),
    published: '2025-07-10',
    expect: [{ series: 'pk-remittances', period: '2024-07..2025-06', value: 38.3e9, recordClaim: false }],
    exactly: true,
  },
];

export const HEADLINES: PhenomenonCase[] = [
  {
    promise: 'reads the figure a headline carries when the body only alludes to it',
    input: `IT exports clock record $310mn in April

The April figure was the best the sector has posted, the central bank's data showed.

During the first ten months of the current fiscal year, the country's IT exports reached $2.59 billion.`,
    published: '2024-05-16',
    expect: [
      { period: '2024-04', value: 310e6, recordClaim: true },
      { period: '2023-07..2024-04', value: 2.59e9 },
    ],
    exactly: true,
  },
  {
    promise: "gives a headline's record claim without a month to the body's figure of that amount",
    input: `IT exports hit all-time high of $306m

Pakistan’s IT exports rose to $306 million in March 2024, data showed.`,
    published: '2024-04-17',
    expect: [{ period: '2024-03', value: 306e6, recordClaim: true }],
    exactly: true,
  },
];

const NEWS_PAGE = `<!DOCTYPE html><html><head><meta property="article:published_time" content="2024-01-18T10:00:00+05:00"></head><body>
<header class="site-header"><div class="market-ticker">KSE-100 64,218 | Remittances $2.4 billion in December 2023</div>
<nav><a href="/">Home</a> <a href="/x">IT exports hit $238m in October 2023</a></nav></header>
<main><article><h1>IT exports hit $303 million in December 2023</h1>
<div class="entry-content">
<p>Pakistan’s IT exports rose to $303 million in December 2023, according to the State Bank of Pakistan.</p>
<p><strong>ALSO READ:</strong> Textile exports rise to $1.6 billion in December 2023</p>
<p>Read more: <a href="/y">IT exports were $259 million in November 2023</a></p>
<p>The sector has grown steadily, with analysts pointing to better exchange rates.</p>
</div>
<div class="related-posts"><h3>Related</h3><ul><li><a href="/z">IT exports were $259 million in November 2023</a></li></ul></div>
<div id="comments"><p>Comment: my company alone sent $2 million in December 2023, and remittances were $2.38 billion in December 2023 too!</p></div>
</article></main>
<aside class="sidebar"><h3>Most read</h3><p>Textile exports slipped to $1.42 billion in December 2023, the textile ministry said today in Islamabad.</p></aside>
<footer><p>IT exports were $1.455 billion in 1HFY24. © 2024</p></footer>
</body></html>`;

const ARTICLE_P =
  '<p>Pakistan’s IT exports rose to $303 million in December 2023, according to the State Bank of Pakistan.</p>';
const META = '<meta property="article:published_time" content="2024-01-18T10:00:00+05:00">';

export const MAIN_TEXT: PhenomenonCase[] = [
  {
    promise:
      'reads only the article: not the ticker, nav, ALSO READ and Read more lines, related links, comments, sidebar or footer',
    input: NEWS_PAGE,
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads an article body whose class carries a clutter word as a modifier ("entry-content no-share")',
    input: `<html><head>${META}</head><body><div class="entry-content no-share">${ARTICLE_P}</div></body></html>`,
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads the main column of a site that names it "sidebar_1" when no other column has prose',
    input: `<html><head>${META}</head><body><header><nav><a href="/">Home</a></nav></header><div class="sidebar_1"><h1>IT exports at $303 million</h1>${ARTICLE_P}<p>Analysts expect the trend to continue into the new year, citing exchange rate stability.</p></div></body></html>`,
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'does not read long comments full of figures',
    input: `<html><head>${META}</head><body><article><div class="entry-content">${ARTICLE_P}</div><section class="comments-area"><p>In my view IT exports were really $450 million in December 2023 if you count freelancers, and remittances were $3 billion in December 2023 as well, which the SBP never tells you.</p></section></article></body></html>`,
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads an article wrapped in thousands of nested elements',
    input: `<html><head>${META}</head><body>${'<div>'.repeat(5000)}${ARTICLE_P}${'</div>'.repeat(5000)}</body></html>`,
    expect: [{ period: '2023-12', value: 303e6 }],
    exactly: true,
  },
  {
    promise: 'reads paragraphs written as text and line breaks in one element',
    input: `<html><head>${META}</head><body><div class="news-detail-text">ISLAMABAD - Pakistan’s IT exports rose to $303 million in December 2023.<br><br>They were $259 million in November 2023.</div></body></html>`,
    expect: [
      { period: '2023-12', value: 303e6 },
      { period: '2023-11', value: 259e6 },
    ],
    exactly: true,
  },
];
