// Phenomena of WHAT a figure is and WHEN it is for (issue 12, patterns 1, 4, 5 and 6, and record claims): written
// for this table in our own words, none taken from the corpus. Same shape as ./phenomena.ts.
import type { PhenomenonCase } from './phenomena.js';

const P = (text: string): string => text;

// Pattern 5: a span that runs up to a month is the fiscal year to date, never that month alone.
export const TO_DATE: PhenomenonCase[] = [
  {
    promise: 'reads "by March 2025" as the fiscal year to date, not March',
    input: P('Software and IT services exports climbed to $2.84 billion by March 2025, the central bank said.'),
    published: '2025-04-17',
    expect: [{ period: '2024-07..2025-03', value: 2.84e9, role: 'cumulative' }],
    absent: [{ period: '2025-03' }],
    exactly: true,
  },
  {
    promise:
      "reads a total given with no period, beside a month's figure, as the fiscal year to date when its size fits",
    input: P('IT exports came to $310 million in April 2024. In all, IT exports have reached $2.59 billion.'),
    published: '2024-05-16',
    expect: [
      { period: '2024-04', value: 310e6 },
      { period: '2023-07..2024-04', value: 2.59e9, role: 'cumulative', note: /no period is written/ },
    ],
    exactly: true,
  },
  {
    promise: 'reads the same undated total in Urdu as the fiscal year to date',
    input: P(
      'مارچ 2025 میں آئی ٹی برآمدات 34 کروڑ ڈالر رہیں۔ آئی ٹی برآمدات 2 ارب 83 کروڑ ڈالر کی سطح پر پہنچ گئی ہیں۔',
    ),
    published: '2025-04-17',
    expect: [
      { period: '2025-03', value: 340e6 },
      { period: '2024-07..2025-03', value: 2.83e9 },
    ],
    exactly: true,
  },
  {
    promise: 'leaves a total with no period alone when its size does not fit the months of the fiscal year so far',
    input: P('IT exports came to $310 million in April 2024. In all, IT exports have reached $1.2 billion.'),
    published: '2024-05-16',
    expect: [{ period: '2024-04', value: 310e6 }],
    exactly: true,
  },
  {
    promise: 'reads "by the end of February" as the fiscal year to date',
    input: P('By the end of February, IT exports had added up to $2.12 billion.'),
    published: '2024-03-18',
    expect: [{ period: '2023-07..2024-02', value: 2.12e9, role: 'cumulative' }],
    exactly: true,
  },
  {
    promise: 'reads "till October" as the fiscal year to date',
    input: P('Home remittances came to $11.8 billion till October, officials said.'),
    published: '2024-11-11',
    expect: [{ series: 'pk-remittances', period: '2024-07..2024-10', value: 11.8e9 }],
    exactly: true,
  },
  {
    promise: 'reads "up to January 2024" as the fiscal year to date',
    input: P('IT exports amounted to $1.72 billion up to January 2024.'),
    published: '2024-02-19',
    expect: [{ period: '2023-07..2024-01', value: 1.72e9 }],
    exactly: true,
  },
  {
    promise: 'reads "as of June 30, 2023" as the whole fiscal year',
    input: P('As of June 30, 2023, IT exports stood at $2.6 billion for the year.'),
    published: '2023-07-20',
    expect: [{ period: '2022-07..2023-06', value: 2.6e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'reads "through November" as the fiscal year to date',
    input: P('Textile exports reached $7.4 billion through November.'),
    published: '2024-12-06',
    expect: [{ series: 'pk-textile-exports', period: '2024-07..2024-11', value: 7.4e9 }],
    exactly: true,
  },
  {
    promise: 'reads "the eight months to February" as the eight months ending February',
    input: P('In the eight months to February, remittances totalled $20.8 billion.'),
    published: '2025-03-10',
    expect: [{ series: 'pk-remittances', period: '2024-07..2025-02', value: 20.8e9 }],
    exactly: true,
  },
  {
    promise: 'reads "so far this fiscal year" as the fiscal year up to the last month reported',
    input: P('IT exports have reached $1.2 billion so far this fiscal year.'),
    published: '2024-11-18',
    expect: [{ period: '2024-07..2024-10', value: 1.2e9, role: 'cumulative' }],
    exactly: true,
  },
  {
    promise: 'ends "the current fiscal year" at the month the article reports',
    input: P(
      'IT exports were $310 million in April 2024. In the current fiscal year, they have added up to $2.59 billion.',
    ),
    published: '2024-06-02',
    expect: [
      { period: '2024-04', value: 310e6 },
      { period: '2023-07..2024-04', value: 2.59e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "FY25 to date" as the fiscal year so far',
    input: P('IT exports for FY25 to date are $1.6 billion, the ministry said.'),
    published: '2025-01-20',
    expect: [{ period: '2024-07..2024-12', value: 1.6e9 }],
    exactly: true,
  },
  {
    promise: 'reads "from July through March" as one span, not a comparison with July',
    input: P('From July through March, IT exports added up to $2.28 billion.'),
    published: '2024-04-20',
    expect: [{ period: '2023-07..2024-03', value: 2.28e9 }],
    exactly: true,
  },
  {
    promise: 'still reads "the month of March 2024" and "March alone" as one month',
    input: P(
      'IT exports were $2.28 billion in July-March FY24; in the month of March 2024 they were $306 million, and March alone beat every earlier month.',
    ),
    published: '2024-04-20',
    expect: [
      { period: '2023-07..2024-03', value: 2.28e9 },
      { period: '2024-03', value: 306e6, role: 'reported-month' },
    ],
    exactly: true,
  },
  {
    promise: 'reads the Urdu "مارچ 2025 تک" (till March 2025) as the fiscal year to date',
    input: P('مارچ 2025 تک آئی ٹی برآمدات 2 ارب 84 کروڑ ڈالر رہیں۔'),
    published: '2025-04-17',
    expect: [{ period: '2024-07..2025-03', value: 2.84e9 }],
    exactly: true,
  },
  {
    promise: 'does not read a fiscal year not yet over as a whole year, nor keep a target for it',
    input: P('The government has set a target of $3.5 billion for FY25.'),
    published: '2025-02-18',
    expect: [],
    exactly: true,
  },
];

// Pattern 5, the year of a fiscal year named relative to the story.
export const FISCAL_YEARS_RELATIVE: PhenomenonCase[] = [
  {
    promise: 'reads "last fiscal year" in a July story as the year that just ended',
    input: P('IT exports rose to $3.2 billion last fiscal year, the minister said.'),
    published: '2024-07-12',
    expect: [{ period: '2023-07..2024-06', value: 3.2e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'reads "last fiscal year" in a March story as the year before the running one',
    input: P('Textile exports were $16.5 billion last fiscal year.'),
    published: '2024-03-12',
    expect: [{ series: 'pk-textile-exports', period: '2022-07..2023-06', value: 16.5e9 }],
    exactly: true,
  },
  {
    promise: 'reads a total "in the fiscal year" named bare, in a story written after it, as the last fiscal year over',
    input: P(
      'Textile exports rose to $16.7 billion in the fiscal year, a growth of 0.9% over the $16.5 billion of 2022-23.',
    ),
    published: '2024-09-20',
    expect: [
      { series: 'pk-textile-exports', period: '2023-07..2024-06', value: 16.7e9, role: 'annual' },
      { series: 'pk-textile-exports', period: '2022-07..2023-06', value: 16.5e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "fiscal year 2024-25\'s first four months" as the four months, not the year',
    input: P('Remittances reached $12.4 billion during fiscal year 2024-25’s first four months.'),
    expect: [{ series: 'pk-remittances', period: '2024-07..2024-10', value: 12.4e9 }],
    exactly: true,
  },
  {
    promise: 'reads "the fiscal year" beside a month of it as the running year to date',
    input: P('By February, textile exports had reached $11.2 billion for the fiscal year.'),
    published: '2025-03-06',
    expect: [{ series: 'pk-textile-exports', period: '2024-07..2025-02', value: 11.2e9 }],
    exactly: true,
  },
  {
    promise: 'reads "9M FY25" with a space as nine months, not nine million',
    input: P('IT exports were $2.84 billion in 9M FY25.'),
    published: '2025-04-18',
    expect: [{ period: '2024-07..2025-03', value: 2.84e9 }],
    exactly: true,
  },
  {
    promise: 'reads "the first four months of the fiscal year" as the running fiscal year',
    input: P('In the first four months of the fiscal year, IT exports were $1.2 billion.'),
    published: '2024-11-18',
    expect: [{ period: '2024-07..2024-10', value: 1.2e9 }],
    exactly: true,
  },
  {
    promise: 'reads "a year before" against the span its own sentence reports, not the month an earlier one did',
    input: P(
      'Textile exports fell to $1.4 billion in November 2022. In the first five months of FY23, exports came to $7.44 billion, down from the $7.76 billion booked a year before.',
    ),
    published: '2022-12-02',
    expect: [
      { series: 'pk-textile-exports', period: '2022-11', value: 1.4e9 },
      { series: 'pk-textile-exports', period: '2022-07..2022-11', value: 7.44e9 },
      { series: 'pk-textile-exports', period: '2021-07..2021-11', value: 7.76e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "a fiscal year earlier" as the whole fiscal year before',
    input: P('IT exports reached $3.2 billion in FY24, up from $2.6 billion a fiscal year earlier.'),
    published: '2024-07-17',
    expect: [
      { period: '2023-07..2024-06', value: 3.2e9 },
      { period: '2022-07..2023-06', value: 2.6e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "the previous fiscal year" beside a named year as the year before that one',
    input: P('Remittances rose to $30.3 billion in FY24 from $27.3 billion in the previous fiscal year.'),
    published: '2024-07-09',
    expect: [
      { series: 'pk-remittances', period: '2023-07..2024-06', value: 30.3e9 },
      { series: 'pk-remittances', period: '2022-07..2023-06', value: 27.3e9 },
    ],
    exactly: true,
  },
];

// Pattern 4: several clauses around one amount.
export const CLAUSES: PhenomenonCase[] = [
  {
    promise: "reads a month's value beside two change clauses",
    input: P(
      'Pakistan booked IT exports of $298 million in July, 12 per cent higher year-on-year but 6pc lower month-on-month.',
    ),
    published: '2025-08-18',
    expect: [{ period: '2025-07', value: 298e6, role: 'reported-month' }],
    exactly: true,
  },
  {
    promise: 'does not read "in November, 25% higher" as November 2025',
    input: P('IT exports were $324 million in November, 25% higher than a year earlier.'),
    published: '2024-12-17',
    expect: [{ period: '2024-11', value: 324e6 }],
    exactly: true,
  },
  {
    promise: 'does not give the month of a level to the amount it "then" rose to',
    input: P('In May 2023 IT exports stood at $240 million, which later climbed to $265 million.'),
    published: '2023-06-19',
    expect: [{ period: '2023-05', value: 240e6 }],
    exactly: true,
  },
  {
    promise: 'does not give the month of a level to the amount it subsequently reached',
    input: P('During March 2024, IT exports were $250 million and subsequently rose to $280 million.'),
    published: '2024-04-16',
    expect: [{ period: '2024-03', value: 250e6 }],
    exactly: true,
  },
  {
    promise: 'reads the month named before the amount, with a clause between',
    input: P('In September 2024, after a slow summer, IT exports reached $292 million.'),
    published: '2024-10-18',
    expect: [{ period: '2024-09', value: 292e6 }],
    exactly: true,
  },
  {
    promise: 'keeps the month named before the amount over a month in a trailing clause',
    input: P(
      'In October IT exports rose 9 percent month-on-month to $331 million, a rebound after the dip seen in September.',
    ),
    published: '2024-11-18',
    expect: [{ period: '2024-10', value: 331e6 }],
    absent: [{ period: '2024-09' }],
    exactly: true,
  },
  {
    promise: 'does not date the amount by the base of its change in a trailing clause',
    input: P(
      'During April 2021 remittances reached $2.8 billion, 56 percent above the level of the same month a year earlier.',
    ),
    published: '2021-05-12',
    expect: [{ series: 'pk-remittances', period: '2021-04', value: 2.8e9 }],
    exactly: true,
  },
  {
    promise: 'does not read "a 20% rise on the same period a year earlier" as the period of the amount before it',
    input: P(
      'Over the first seven months of fiscal year 2026, IT exports came to $2.6 billion, a 20% rise on the same period a year earlier.',
    ),
    published: '2026-02-18',
    expect: [{ period: '2025-07..2026-01', value: 2.6e9, role: 'cumulative' }],
    exactly: true,
  },
  {
    promise: 'reads the month after a clause set off between the amount and it',
    input: P('IT exports stood at $298 million, according to central bank data, in June 2024.'),
    published: '2024-07-17',
    expect: [{ period: '2024-06', value: 298e6 }],
    exactly: true,
  },
  {
    promise: 'reads the month after a bracketed aside right after the amount',
    input: P('IT exports came to $342 million (the best month of the fiscal year so far) in March 2025.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
  },
  {
    promise: 'reads the month after a bracketed aside that holds an amount of its own',
    input: P('Remittances reached $3.4 billion (against $2.9 billion a year earlier) in March 2025.'),
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', value: 3.4e9 }],
    absent: [{ series: 'pk-remittances', period: '2025-03', value: 2.9e9 }],
  },
  {
    promise: "reads a trailing clause's year after a bracketed aside with another measure's amount",
    input: P(
      'IT exports climbed to $3.8 billion (a tenth of all exports, with $3.1 billion in net exports), a rise of 24 per cent during FY 2024-25 over $3.06 billion in FY 2023-24.',
    ),
    published: '2025-07-20',
    expect: [
      { period: '2024-07..2025-06', value: 3.8e9, role: 'annual' },
      { period: '2023-07..2024-06', value: 3.06e9 },
    ],
    absent: [{ value: 3.1e9 }],
  },
  {
    promise: 'reads a period written in brackets right after the amount as its period',
    input: P('Textile exports stood at $1.6 billion (December 2024), the association said.'),
    published: '2025-01-08',
    expect: [{ series: 'pk-textile-exports', period: '2024-12', value: 1.6e9 }],
    exactly: true,
  },
  {
    promise: 'reads a month in a trailing clause when the amount has no other',
    input: P('Textile exports came to $1.64 billion, a gain of 7% in October.'),
    published: '2024-11-05',
    expect: [{ series: 'pk-textile-exports', period: '2024-10', value: 1.64e9 }],
    exactly: true,
  },
  {
    promise: 'does not give the amount grown from the period named before both it and the level',
    input: P('Over the first quarter of FY25, remittances grew from $7.8 billion to $8.8 billion.'),
    published: '2024-10-10',
    expect: [{ series: 'pk-remittances', period: '2024-07..2024-09', value: 8.8e9 }],
    exactly: true,
  },
  {
    promise: 'does not date an amount by a period named as the base of a comparison before it',
    input: P(
      'In June 2025, compared with the previous month (May 2025), remittances rose by $200 million to reach $3.4 billion.',
    ),
    published: '2025-07-10',
    expect: [{ series: 'pk-remittances', period: '2025-06', value: 3.4e9 }],
    absent: [{ period: '2025-05' }],
    exactly: true,
  },
  {
    promise: 'keeps a base period\'s own amount in a "when" clause',
    input: P(
      'IT exports rose 12% month-on-month to $348 million in December 2024, compared with November 2024, when they were $310 million.',
    ),
    published: '2025-01-17',
    expect: [
      { period: '2024-12', value: 348e6 },
      { period: '2024-11', value: 310e6 },
    ],
    exactly: true,
  },
  {
    promise: 'reads the month after a compared amount that names its own measure again',
    input: P(
      'Remittances were $3.1 billion in January 2025, against $2.4 billion of remittances received in January 2024.',
    ),
    published: '2025-02-10',
    expect: [
      { series: 'pk-remittances', period: '2025-01', value: 3.1e9 },
      { series: 'pk-remittances', period: '2024-01', value: 2.4e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "the same period of the fiscal year 2024-25" after a month as that month moved into the year',
    input: P(
      'Textile exports went up 4% from $1.52 billion in March 2024 to $1.58 billion in the same period of the fiscal year 2024-25.',
    ),
    published: '2025-04-05',
    expect: [
      { series: 'pk-textile-exports', period: '2024-03', value: 1.52e9 },
      { series: 'pk-textile-exports', period: '2025-03', value: 1.58e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "unchanged from June 2022" as June 2022 at the same level',
    input: P('IT exports were $236 million in June 2023, unchanged from June 2022.'),
    published: '2023-07-18',
    expect: [
      { period: '2023-06', value: 236e6, role: 'reported-month' },
      { period: '2022-06', value: 236e6, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: 'reads "the same as in the previous month" as the month before at the same level',
    input: P('Remittances held at $3.1 billion in January 2025, the same as in the previous month.'),
    published: '2025-02-10',
    expect: [
      { series: 'pk-remittances', period: '2025-01', value: 3.1e9, changes: [{ pct: 0, basis: 'mom' }] },
      { series: 'pk-remittances', period: '2024-12', value: 3.1e9, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: 'gives no value to a period the figure is only roughly level with',
    input: P('Remittances were $15.8 billion in July-January FY24, roughly unchanged from the same period last year.'),
    published: '2024-02-09',
    expect: [{ series: 'pk-remittances', period: '2023-07..2024-01', value: 15.8e9 }],
    exactly: true,
  },
];

export const SPANS_AND_BASES: PhenomenonCase[] = [
  {
    promise: 'reads "over July 2024 to February 2025" as the span of the amount, and "the matching period" as its base',
    input: P(
      'IT exports grew to $2.45 billion over July 2024 to February 2025, against $2.05 billion in the matching period of the previous fiscal year.',
    ),
    published: '2025-03-18',
    expect: [
      { period: '2024-07..2025-02', value: 2.45e9 },
      { period: '2023-07..2024-02', value: 2.05e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads "Financial Year (FY) 2024-25" with its abbreviation in brackets as one fiscal year',
    input: P(
      'Textile exports were $12.4 billion in July-March of Financial Year (FY) 2024-25, against $12.1 billion in the same period of FY 2023-24.',
    ),
    published: '2025-04-10',
    expect: [
      { series: 'pk-textile-exports', period: '2024-07..2025-03', value: 12.4e9 },
      { series: 'pk-textile-exports', period: '2023-07..2024-03', value: 12.1e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads a named part of the year over a bracketed gloss that disagrees with it',
    input: P('Textile exports for the first quarter of FY25 (July-August) came to $4.5 billion.'),
    published: '2024-10-05',
    expect: [{ series: 'pk-textile-exports', period: '2024-07..2024-09', value: 4.5e9 }],
    exactly: true,
  },
  {
    promise: 'reads no period in a span of more than a year, and no month in it',
    input: P('From May 2024 to May 2025, a span of a year, remittances grew 8% to $3.2 billion.'),
    published: '2025-06-10',
    expect: [],
    exactly: true,
  },
  {
    promise: 'dates an amount grown from, with no period of its own, as the base of the year-on-year change stated',
    input: P('IT exports rose 20% year-on-year to $1.057 billion in 1QFY26 from $877 million.'),
    published: '2025-10-20',
    expect: [
      { period: '2025-07..2025-09', value: 1.057e9 },
      { period: '2024-07..2024-09', value: 877e6, role: 'cumulative' },
    ],
    exactly: true,
  },
  {
    promise: 'dates an amount grown from as the base of a year-on-year change stated in the sentence before',
    input: P(
      'Remittances came to $9.8 billion in the first quarter of FY26, 8 percent more than in the same quarter a year earlier. Between July and September, inflows grew from $9.07 billion to $9.8 billion.',
    ),
    published: '2025-10-10',
    expect: [
      { series: 'pk-remittances', period: '2025-07..2025-09', value: 9.8e9 },
      { series: 'pk-remittances', period: '2024-07..2024-09', value: 9.07e9 },
    ],
    exactly: true,
  },
  {
    promise: 'dates an amount "up from" as the month before when the month-on-month change fits it',
    input: P('IT exports rose 4 percent month-on-month to $342 million in March 2025, up from $329 million.'),
    published: '2025-04-18',
    expect: [
      { period: '2025-03', value: 342e6 },
      { period: '2025-02', value: 329e6, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: 'gives no period to an amount grown from when the stated change does not fit it',
    input: P('IT exports rose 4 percent year-on-year to $342 million in March 2025, up from $310 million.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    absent: [{ value: 310e6 }],
    exactly: true,
  },
  {
    promise: 'still reads "up 36% over March 2023" as a comparison',
    input: P('IT exports were $306 million in March 2024, up 36% over March 2023.'),
    published: '2024-04-17',
    expect: [{ period: '2024-03', value: 306e6 }],
    absent: [{ period: '2023-03' }],
    exactly: true,
  },
];

// Pattern 6: a rounded headline beside the exact body figure is one fact; the exact value is the month's.
export const ROUNDED: PhenomenonCase[] = [
  {
    promise: 'reads a rounded headline and the exact body figure as one figure, the exact one',
    input: `IT exports top $350 million in June

Pakistan's IT exports came to $352 million in June 2025, the central bank said.`,
    published: '2025-07-17',
    expect: [{ period: '2025-06', value: 352e6, role: 'reported-month' }],
    exactly: true,
  },
  {
    promise: 'reads "nearly $3 billion" in a headline and "$2.96 billion" in the body as one figure',
    input: `Remittances near $3bn in March

Home remittances were $2.96 billion in March 2025.`,
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', value: 2.96e9 }],
    exactly: true,
  },
  {
    promise: 'reads "$2 billion" last fiscal year and "$2.123 billion" up to June 30 as one annual figure',
    input: P('IT exports grew to $2 billion last fiscal year. By June 30, 2021, they came to $2.123 billion.'),
    published: '2021-07-21',
    expect: [{ period: '2020-07..2021-06', value: 2.123e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'takes the exact value stated without a period for the rounded figure that has one',
    input: `IT exports at $3.2 billion in FY24

The minister told parliament that IT exports hit a historic peak of $3.223 billion.`,
    published: '2024-12-20',
    expect: [{ period: '2023-07..2024-06', value: 3.223e9, note: /rounded/ }],
    exactly: true,
  },
  {
    promise: 'keeps two figures for one period when the rough one cannot be the exact one rounded',
    input: P('IT exports were $1.06 billion in 1QFY26. ICT exports were more than $1.1 billion in 1QFY26.'),
    published: '2025-10-27',
    expect: [
      { period: '2025-07..2025-09', value: 1.06e9 },
      { period: '2025-07..2025-09', value: 1.1e9 },
    ],
    exactly: true,
  },
  {
    promise: 'keeps two figures written to the same digit',
    input: P(
      'IT exports were $303 million in April 2024, the ministry said. A later revision put April 2024 at $306 million.',
    ),
    published: '2024-06-20',
    expect: [
      { period: '2024-04', value: 303e6 },
      { period: '2024-04', value: 306e6 },
    ],
    exactly: true,
  },
];

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>IT exports | Example</title></head><body><article><h1>IT exports rise again</h1><div class="entry-content">${body}</div></article></body></html>`;
const STORY = '<p>Pakistan’s IT exports rose to $310 million in April, the central bank said on Wednesday.</p>';

// Pattern 1: the publication date in the page's own text when there are no meta tags and no <time>.
export const PAGE_DATES: PhenomenonCase[] = [
  {
    promise: 'reads "Last updated 14 March 2025" as the page\'s date',
    input: page(`<p>Last updated 14 March 2025</p>${STORY}`),
    publishedIs: '2025-03-14',
  },
  {
    promise: 'reads "Posted Sep 9, 2024 | 6:41 pm"',
    input: page(`<p>Posted Sep 9, 2024 | 6:41 pm</p>${STORY}`),
    publishedIs: '2024-09-09',
  },
  {
    promise: 'reads "Updated On: Tue, 14 Jan 2025 10:02:11 PKT"',
    input: page(`<p>Updated On: Tue, 14 Jan 2025 10:02:11 PKT</p>${STORY}`),
    publishedIs: '2025-01-14',
  },
  {
    promise: 'reads "Published in Dawn, July 9th, 2025" at the foot of the story',
    input: page(
      `${STORY}<p>The figures exclude freelancers paid through other channels.</p><p>Published in Dawn, July 9th, 2025</p>`,
    ),
    publishedIs: '2025-07-09',
  },
  {
    promise: 'prefers the publication line to an update line',
    input: page(`<p>Published: 2nd May 2024 9:00 pm | Updated: 4th May 2024</p>${STORY}`),
    publishedIs: '2024-05-02',
  },
  {
    promise: 'takes the earlier of two bare date lines (a crawl clock runs later)',
    input: page(`<p>Saturday, 18 May 2024, 01:45:55 am</p><p>May 16, 2024</p>${STORY}`),
    publishedIs: '2024-05-16',
  },
  {
    promise: "does not take a teaser's date at the foot of the story for the page's",
    input: page(`${STORY}<p>Earlier: IT exports fall in April, May 12, 2023</p>`),
    publishedIs: null,
  },
  {
    promise: 'reads a date that closes a dateline in brackets',
    input: page(
      '<p>LAHORE, (Business Desk - 16th May, 2024 ) :IT exports rose to $310 million in April, officials said.</p>',
    ),
    publishedIs: '2024-05-16',
    expect: [{ period: '2024-04', value: 310e6 }],
  },
  {
    promise: 'reads a publication stamp inside a longer first paragraph',
    input: page(
      '<p>By our correspondent. Posted: 2024-05-16 19:39:45 PKT; IT exports rose to $310 million in April, officials said.</p>',
    ),
    publishedIs: '2024-05-16',
    expect: [{ period: '2024-04', value: 310e6 }],
  },
  {
    promise: "does not take a date inside the story for the page's",
    input: page(
      '<p>In the fiscal year ending June 30, 2023, IT exports were $2.6 billion.</p><p>IT exports rose to $310 million in April 2024.</p>',
    ),
    publishedIs: null,
  },
  {
    promise: "does not take a photo caption's date",
    input: page(`<p>FILE PHOTO: Workers at a software house, Lahore, March 3, 2019.</p>${STORY}`),
    publishedIs: null,
  },
  {
    promise: 'rejects a 31st of a 30-day month',
    input: page(`<p>Posted June 31, 2024</p>${STORY}`),
    publishedIs: null,
  },
  {
    promise: 'rejects the 30th of February',
    input: page('<p>IT exports were $257 million in February 2024.</p>').replace(
      '<head>',
      '<head><meta property="article:published_time" content="2024-02-30T10:00:00+05:00">',
    ),
    publishedIs: null,
  },
  {
    promise: 'accepts the 29th of February in a leap year',
    input: page('<p>IT exports were $265 million in January 2024.</p>').replace(
      '<head>',
      '<head><meta property="article:published_time" content="2024-02-29T10:00:00+05:00">',
    ),
    publishedIs: '2024-02-29',
  },
];

// Pattern 5 at the page's date: a month printed a year too late is read as the month a year earlier, with a note.
export const YEAR_TYPOS: PhenomenonCase[] = [
  {
    promise: "reads a month printed a year after the page's date as the year before, noted and too doubtful to alert",
    input: P('IT exports came to $151 million for October 2021, lower than $158 million in September 2021.'),
    published: '2020-12-07',
    expect: [
      { period: '2020-10', value: 151e6, note: /printed a year after/, doubtful: true },
      { period: '2020-09', value: 158e6 },
    ],
    exactly: true,
  },
  {
    promise: "still drops a month far after the page's date",
    input: P('IT exports came to $151 million in October 2026.'),
    published: '2024-12-07',
    expect: [],
    exactly: true,
  },
  {
    promise: "reads a base printed with its level's own month as that month a year before, when the stated change fits",
    input: P('IT exports rose 4.2% to $250 million in March 2024, while in March 2024 they had stood at $240 million.'),
    published: '2024-04-16',
    expect: [
      { period: '2024-03', value: 250e6 },
      { period: '2023-03', value: 240e6, note: /printed with the month of/ },
    ],
    exactly: true,
  },
  {
    promise: 'reads the same mistyped base in Urdu: "… بڑھ کر 31 کروڑ ڈالر، جبکہ اگست 2025 میں 28 کروڑ ڈالر"',
    input: P(
      'اگست 2025 میں آئی ٹی برآمدات 10.7 فیصد بڑھ کر 31 کروڑ ڈالر ہو گئیں، جبکہ اگست 2025 میں یہ 28 کروڑ ڈالر تھیں۔',
    ),
    published: '2025-09-18',
    expect: [
      { period: '2025-08', value: 310e6 },
      { period: '2024-08', value: 280e6 },
    ],
    exactly: true,
  },
  {
    promise:
      "reads last fiscal year's figure as the same months a year before when it fits the change stated for a to-date total",
    input: P(
      'IT exports rose 2.35% to $1.523 billion in the first seven months of the fiscal year. In the last fiscal year, IT exports were $1.488 billion.',
    ),
    published: '2023-02-15',
    expect: [
      { period: '2022-07..2023-01', value: 1.523e9 },
      { period: '2021-07..2022-01', value: 1.488e9, note: /same months/ },
    ],
    absent: [{ period: '2021-07..2022-06' }],
  },
  {
    promise: 'reads the same in Urdu: "پچھلے مالی سال میں یہ حجم … تھا" after a to-date total and its change',
    input: P(
      'مالی سال کے پہلے 7 ماہ کے دوران آئی ٹی برآمدات 3.1 فیصد اضافے سے 1.65 ارب ڈالر رہیں۔ پچھلے مالی سال میں یہ حجم 1.6 ارب ڈالر تھا۔',
    ),
    published: '2024-02-15',
    expect: [
      { period: '2023-07..2024-01', value: 1.65e9 },
      { period: '2022-07..2023-01', value: 1.6e9 },
    ],
    absent: [{ period: '2022-07..2023-06' }],
  },
  {
    promise: "keeps last fiscal year's figure whole when it does not fit the change stated for the to-date total",
    input: P(
      'IT exports rose 2.35% to $1.523 billion in the first seven months of the fiscal year. In the last fiscal year, IT exports were $2.6 billion.',
    ),
    published: '2023-02-15',
    expect: [{ period: '2021-07..2022-06', value: 2.6e9 }],
  },
  {
    promise: 'reads a base printed without its scale word at the scale that fits the stated change',
    input: P('IT exports grew 12.5% to $450 million in March 2024, against $400 in March 2023.'),
    published: '2024-04-16',
    expect: [
      { period: '2024-03', value: 450e6 },
      { period: '2023-03', value: 400e6, role: 'comparison', note: /no scale word/ },
    ],
    exactly: true,
  },
  {
    promise: 'reads a scale-less base over a span the same way: "against US $812.5 in the same months of FY24"',
    input: P(
      'IT exports grew 20% to US $975 million over July-April FY25, against US $812.5 in the same months of FY24.',
    ),
    published: '2025-05-20',
    expect: [
      { period: '2024-07..2025-04', value: 975e6 },
      { period: '2023-07..2024-04', value: 812.5e6 },
    ],
    exactly: true,
  },
  {
    promise: 'leaves a scale-less amount unread when no scale makes it fit the stated change',
    input: P('IT exports grew 12.5% to $450 million in March 2024, against $380 in March 2023.'),
    published: '2024-04-16',
    expect: [{ period: '2024-03', value: 450e6 }],
    exactly: true,
  },
  {
    promise: 'leaves a second amount for the same month alone when it does not fit the stated change',
    input: P('IT exports rose 15% to $250 million in March 2024, while in March 2024 they had stood at $240 million.'),
    published: '2024-04-16',
    absent: [{ period: '2023-03' }],
  },
  {
    promise: 'still drops a forecast for a later month',
    input: P('IT exports are expected to reach $400 million in June 2025.'),
    published: '2024-07-20',
    expect: [],
    exactly: true,
  },
];

// Pattern 1 without any date: the article's own explicit dates fix the year of the months it names without one.
export const YEAR_FROM_TEXT: PhenomenonCase[] = [
  {
    promise: 'takes the year of "November" from the "December 2025" the story names',
    input: P('IT exports reached $437 million in December 2025. In November they had been $356 million.'),
    publishedIs: null,
    expect: [
      { period: '2025-12', value: 437e6 },
      { period: '2025-11', value: 356e6, note: /no date/ },
    ],
    exactly: true,
  },
  {
    promise: 'takes the year of "November" from "5MFY25"',
    input: P('IT exports rose 33% to $1.53 billion in 5MFY25. In November alone exports were $324 million.'),
    publishedIs: null,
    expect: [
      { period: '2024-07..2024-11', value: 1.53e9 },
      { period: '2024-11', value: 324e6 },
    ],
    exactly: true,
  },
  {
    promise: 'takes the year of "January" from "fiscal year 2026"',
    input: P(
      'In January, IT exports were $374 million. Over the first seven months of fiscal year 2026 they came to $2.6 billion.',
    ),
    publishedIs: null,
    expect: [
      { period: '2026-01', value: 374e6 },
      { period: '2025-07..2026-01', value: 2.6e9 },
    ],
    exactly: true,
  },
  {
    promise: 'takes the year from a total of another measure the story dates',
    input: P('IT exports fell to $183 million in May. Total services exports reached $6.3 billion in July-May FY2022.'),
    publishedIs: null,
    expect: [{ period: '2022-05', value: 183e6 }],
    exactly: true,
  },
  {
    promise: 'does not take the year from a target',
    input: P(
      'The ministry wants IT exports of $5 billion by June 2026. IT exports were $310 million in April 2024, and in May they were $320 million.',
    ),
    publishedIs: null,
    expect: [
      { period: '2024-04', value: 310e6 },
      { period: '2024-05', value: 320e6 },
    ],
    exactly: true,
  },
];

// What counts as the article claiming the reported month's level is a record.
export const RECORD_CLAIMS: PhenomenonCase[] = [
  {
    promise: 'gives a claim in a sentence whose only amount is the record beaten to the month reported before',
    input: P(
      'Remittances reached $4.1 billion in March 2025. That was the highest-ever level for a single month; the earlier high had been $3.9 billion in December 2024.',
    ),
    published: '2025-04-10',
    expect: [
      { series: 'pk-remittances', period: '2025-03', value: 4.1e9, recordClaim: true },
      { series: 'pk-remittances', period: '2024-12', value: 3.9e9, recordClaim: false },
    ],
    exactly: true,
  },
  {
    promise: 'reads "the highest since records began" beside a month as its record',
    input: P(
      'Home remittances reached $4.1 billion in March 2025 — the highest since records began — up 37 percent year-on-year.',
    ),
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', recordClaim: true }],
  },
  {
    promise: "reads a first time above a mark as the month's record",
    input: P('Textile exports crossed $1.9 billion for the first time, reaching $1.93 billion in December 2024.'),
    published: '2025-01-06',
    expect: [{ series: 'pk-textile-exports', period: '2024-12', value: 1.93e9, recordClaim: true }],
    exactly: true,
  },
  {
    promise: 'does not read "for the first time" without an amount beside it as a record',
    input: P(
      'For the first time, the central bank published IT exports by city: they were $342 million in March 2025.',
    ),
    published: '2025-04-18',
    expect: [{ period: '2025-03', recordClaim: false }],
  },
  {
    promise: 'does not read "for the first time in 14 months" as a record',
    input: P('IT exports topped $300 million for the first time in 14 months, reaching $303 million in December 2023.'),
    published: '2024-01-18',
    expect: [{ period: '2023-12', recordClaim: false }],
  },
  {
    promise: 'reads "the highest level in the country\'s history" as a record',
    input: P('Remittances in March 2025 were $4.1 billion, the highest level in the country’s history.'),
    published: '2025-04-10',
    expect: [{ series: 'pk-remittances', period: '2025-03', recordClaim: true }],
  },
  {
    promise: 'does not give a claim to the month of the record beaten',
    input: P(
      'IT exports were $366 million in September 2025. The figure is the highest on record, beating August’s $350 million, itself a record.',
    ),
    published: '2025-10-20',
    expect: [{ period: '2025-09', recordClaim: true }],
    absent: [{ period: '2025-08', recordClaim: true }],
  },
];
