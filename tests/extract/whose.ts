// Phenomena of WHOSE figure an amount is: the series' own names (the State Bank's among them), the series named
// in an earlier sentence, other measures that are not the series' level, and other countries' series. Every case
// is written for this table in its own words; none is taken from the corpus.
import type { PhenomenonCase } from './phenomena.js';

const P = (text: string): string => text;

/** The State Bank's and PBS's names of IT exports, and a clause between the name and its amount. */
export const SERIES_NAMES: PhenomenonCase[] = [
  {
    promise: 'reads "ICT export remittances" as IT exports, not workers\' remittances',
    input: P('ICT export remittances reached $412 million in October 2025.'),
    published: '2025-11-18',
    expect: [{ period: '2025-10', value: 412e6 }],
    absent: [{ series: 'pk-remittances' }],
    exactly: true,
  },
  {
    promise: 'reads a name and its amount with a "covering …" list between them',
    input: P(
      'ICT export remittances, covering telecom, computer and information services, rose to $412 million in October 2025.',
    ),
    published: '2025-11-18',
    expect: [{ period: '2025-10', value: 412e6 }],
    exactly: true,
  },
  {
    promise: 'reads a name and its amount with a "made up of …" clause between them',
    input: P(
      'Export proceeds of IT and IT-enabled services, made up of computer services and call centres, reached $3.8 billion in FY25.',
    ),
    published: '2025-07-20',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'reads a name and its amount with a "comprising …" clause between them',
    input: P('IT exports, comprising software, freelance and call-centre work, came to $1.1 billion in 1QFY26.'),
    published: '2025-10-18',
    expect: [{ period: '2025-07..2025-09', value: 1.1e9 }],
    exactly: true,
  },
  {
    promise: 'reads a name and its amount with a "which include …" list between them',
    input: P(
      'ICT export remittances, which include telecom, computer and information services, stood at $3.4 billion in FY25, up from $2.9 billion in FY24.',
    ),
    published: '2025-07-20',
    expect: [
      { period: '2024-07..2025-06', value: 3.4e9, role: 'annual' },
      { period: '2023-07..2024-06', value: 2.9e9 },
    ],
    exactly: true,
  },
  {
    promise: 'reads a name and its amount with a "that cover …" list between them',
    input: P(
      'IT export proceeds, that cover software, computer services, and call centres, came to $1.2 billion in 1QFY26.',
    ),
    published: '2025-10-18',
    expect: [{ period: '2025-07..2025-09', value: 1.2e9 }],
    exactly: true,
  },
  {
    promise: 'reads a name that ends in its abbreviation in brackets before a "made up of …" list',
    input: P(
      'Export proceeds of IT and IT-enabled Services (ITeS), made up of computer services and call centres, fell 2 percent in the first quarter of FY26 to $1.01 billion.',
    ),
    published: '2025-10-18',
    expect: [{ period: '2025-07..2025-09', value: 1.01e9 }],
    exactly: true,
  },
  {
    promise:
      'reads a name with each part glossed by its abbreviation: "Information Technology (IT) and IT-enabled Services (ITeS)"',
    input: P(
      "In FY25, export remittances of Pakistan's Information Technology (IT) and IT-enabled Services (ITeS) rose 18% to $3.8 billion.",
    ),
    published: '2025-07-20',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'reads "Information and Communication Technology (ICT) and telecom exports" as IT exports',
    input: P('Information and Communication Technology (ICT) and telecom exports came to $342 million in March 2025.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    exactly: true,
  },
  {
    promise: 'reads "the IT and telecom sector" that earns export remittances as IT exports',
    input: P(
      "In March 2025, Pakistan's Information Technology (IT) and telecommunications sector earned export remittances of $342 million.",
    ),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    exactly: true,
  },
  {
    promise: 'reads "the IT and telecom industry" as IT exports',
    input: P('The IT and telecom industry brought in $3.8 billion from exports in FY25.'),
    published: '2025-07-20',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9 }],
    exactly: true,
  },
  {
    promise: 'reads "remittances from ITeS exports" as IT exports',
    input: P('Remittances from ITeS exports came to $318 million in May 2025.'),
    published: '2025-06-17',
    expect: [{ period: '2025-05', value: 318e6 }],
    absent: [{ series: 'pk-remittances' }],
    exactly: true,
  },
  {
    promise: 'reads "earned … by providing various IT services" as IT exports',
    input: P(
      'Over the first four months of fiscal year 2024-25, the country earned $1.2 billion by providing various information technology services to foreign clients.',
    ),
    published: '2024-11-20',
    expect: [{ period: '2024-07..2024-10', value: 1.2e9 }],
    exactly: true,
  },
  {
    promise: 'reads "the information technology industry earned … from exports" as IT exports',
    input: P('The information technology industry earned $331 million from exports in April 2025.'),
    published: '2025-05-18',
    expect: [{ period: '2025-04', value: 331e6 }],
    exactly: true,
  },
  {
    promise: 'reads "technology exports" as IT exports',
    input: P('Technology exports climbed to $355 million in January 2025.'),
    published: '2025-02-18',
    expect: [{ period: '2025-01', value: 355e6 }],
    exactly: true,
  },
  {
    promise: 'reads "exports of telecommunications, computer and information services" as IT exports',
    input: P('Exports of telecommunications, computer and information services were $3.8 billion in FY25.'),
    published: '2025-07-20',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9 }],
    exactly: true,
  },
  {
    promise: 'reads "the US $" as the currency, not as the United States\' figure',
    input: P('IT export remittances grew 21 per cent to the US $1.42 billion in the first five months of FY 2024-25.'),
    published: '2024-12-18',
    expect: [{ period: '2024-07..2024-11', value: 1.42e9 }],
    exactly: true,
  },
  {
    promise: 'reads "IT-related export remittances" as IT exports',
    input: P('IT-related export remittances, including telecom services, rose to $1.2 billion in 1HFY25.'),
    published: '2025-01-18',
    expect: [{ period: '2024-07..2024-12', value: 1.2e9 }],
    exactly: true,
  },
  {
    promise: 'reads "&" in a name as "and"',
    input: P('Information technology & IT-enabled services export remittances stood at $331 million in April 2025.'),
    published: '2025-05-17',
    expect: [{ period: '2025-04', value: 331e6 }],
    exactly: true,
  },
  {
    promise: "reads the State Bank's category in another order and comma style",
    input: P('Exports of computer, telecom, and information services reached $3.6 billion in calendar year 2024.'),
    published: '2025-01-20',
    expect: [{ period: '2024-01..2024-12', value: 3.6e9 }],
    exactly: true,
  },
  {
    promise: 'reads "exports of a country\'s IT and IT-enabled services" as IT exports',
    input: P("Exports of Pakistan's IT and IT-enabled services rose to $366 million in September 2025."),
    published: '2025-10-17',
    expect: [{ period: '2025-09', value: 366e6 }],
    exactly: true,
  },
  {
    promise:
      'reads "export remittances of the country\'s information technology and IT-enabled services" as IT exports',
    input: P(
      "ISLAMABAD: Export remittances of the country's information technology and IT-enabled services reached $3.8 billion in fiscal year 2024-25.",
    ),
    published: '2025-07-20',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9 }],
    exactly: true,
  },
  {
    promise: 'does not read imports of IT-enabled services as IT exports',
    input: P('Imports of IT-enabled services rose to $46 million in March 2025.'),
    published: '2025-04-18',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads "ICT export sales" as IT exports',
    input: P('ICT export sales came to $251 million in December 2024.'),
    published: '2025-01-18',
    expect: [{ period: '2024-12', value: 251e6 }],
    exactly: true,
  },
  {
    promise: 'reads "ICT and telecom exports" as IT exports',
    input: P('ICT and telecom exports rose to $342 million in March 2025.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    exactly: true,
  },
];

/** The series named in the headline or an earlier sentence, not in the figure's own. */
export const ANAPHORA: PhenomenonCase[] = [
  {
    promise: 'gives "these exports" the series of the sentence before',
    input: P(
      'IT exports rose 20 per cent in the first half of FY25. These exports grew 9 per cent in December 2024 to $348 million.',
    ),
    published: '2025-01-18',
    expect: [{ period: '2024-12', value: 348e6 }],
    absent: [{ series: 'pk-textile-exports' }, { series: 'pk-remittances' }],
  },
  {
    promise: 'gives "the sector\'s exports" the series, not the parts listed beside it',
    input: P(
      "IT and ITeS export remittances, made up of computer services and call centre services, rose 12 per cent in the first half of FY25. The sector's exports came to $348 million in December 2024.",
    ),
    published: '2025-01-18',
    expect: [{ period: '2024-12', value: 348e6 }],
    exactly: true,
  },
  {
    promise: 'gives an anaphor the nearest series named before it',
    input: P(
      "Textile exports fell 2 per cent in March 2025. IT exports, meanwhile, kept growing. The sector's receipts rose to $342 million in March 2025.",
    ),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    absent: [{ series: 'pk-textile-exports', value: 342e6 }],
  },
  {
    promise: 'gives a bare "exports" the subject of the sentence before, not a part named in its "thanks to" phrase',
    input: P(
      'IT exports for March 2025 rose 4 per cent year-on-year, thanks to a 9 per cent gain in telecom services. Exports were last this low in June 2024, when they stood at $261 million.',
    ),
    published: '2025-04-18',
    expect: [{ period: '2024-06', value: 261e6 }],
    absent: [{ series: 'pk-textile-exports' }, { series: 'pk-remittances' }, { value: 9 }],
  },
  {
    promise: 'gives a bare "exports" the subject of the sentence before, not a part that "helped" or "drove" it',
    input: P(
      'Textile exports fell 6 per cent in May 2025, dragged down by a slump in cotton yarn. IT exports were 8 per cent higher, driven by computer services. Exports came to $330 million in May 2025.',
    ),
    published: '2025-06-17',
    expect: [{ period: '2025-05', value: 330e6 }],
    absent: [{ series: 'pk-textile-exports', value: 330e6 }],
  },
  {
    promise: "still reads the figure a part named in a causal phrase has of its own as that part's",
    input: P(
      'IT exports rose to $342 million in March 2025, helped by computer services, which brought in $260 million.',
    ),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    exactly: true,
  },
  {
    promise: 'gives a bare "remittances" in an IT export remittances story to IT exports',
    input: P(
      'ICT export remittances rose 30 per cent in July-August FY25, the ministry said. Remittances came to $298 million in August 2024 alone.',
    ),
    published: '2024-09-18',
    expect: [{ period: '2024-08', value: 298e6 }],
    absent: [{ series: 'pk-remittances' }],
  },
  {
    promise: "keeps workers' remittances named as such in an IT exports story",
    input: P(
      "IT exports rose to $342 million in March 2025. Workers' remittances, meanwhile, hit $4.1 billion in March 2025.",
    ),
    published: '2025-04-18',
    expect: [
      { period: '2025-03', value: 342e6 },
      { series: 'pk-remittances', period: '2025-03', value: 4.1e9 },
    ],
    exactly: true,
  },
  {
    promise: "gives a headline's record claim to the total the body calls a record, not to the month",
    input: `IT export remittances hit all-time high

IT export remittances reached $3.9 billion in fiscal year 2024-25, an all-time high. In June 2025, they were $338 million, down 4 per cent month-on-month.`,
    published: '2025-07-18',
    expect: [{ period: '2025-06', value: 338e6, recordClaim: false }],
    absent: [{ recordClaim: true }],
  },
  {
    promise: 'gives "the monthly tally" the series of the headline',
    input: `IT exports climb again in September

The monthly tally stood at $366 million in September 2025, the central bank said.`,
    published: '2025-10-17',
    expect: [{ period: '2025-09', value: 366e6 }],
    exactly: true,
  },
];

/** The series named after its amount. */
export const NAMED_AFTER: PhenomenonCase[] = [
  {
    promise: 'reads "At $X, <month> IT exports were …": the amount fronted before the series it is',
    input: P('At $298 million, August IT exports were 10 percent higher than a year earlier.'),
    published: '2024-09-18',
    expect: [{ period: '2024-08', value: 298e6, role: 'reported-month' }],
    exactly: true,
  },
  {
    promise: 'reads "At $X, <series> in <month> were …"',
    input: P('At $1.52 billion, textile exports in January 2025 were the lowest in a year.'),
    published: '2025-02-06',
    expect: [{ series: 'pk-textile-exports', period: '2025-01', value: 1.52e9 }],
    exactly: true,
  },
  {
    promise: 'reads a fronted amount after "said that"',
    input: P('The central bank said that at $3.8 billion, FY25 IT exports were the highest on record.'),
    published: '2025-07-20',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9, role: 'annual' }],
    exactly: true,
  },
  {
    promise: 'does not read a fronted run rate as a month',
    input: P('At a run rate of $218 million a month, IT exports in FY25 will fall short of the target.'),
    published: '2025-02-18',
    absent: [{ value: 218e6 }],
  },
];

/** Other measures that are not the series' level. */
export const OTHER_MEASURES: PhenomenonCase[] = [
  {
    promise: 'does not read net IT exports as IT exports',
    input: P('Net IT exports, that is exports minus imports, rose to $275 million in March 2025.'),
    published: '2025-04-18',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read a bare "net exports" in an IT story as IT exports',
    input: P('IT exports were $342 million in March 2025, while net exports stood at $296 million in March 2025.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    exactly: true,
  },
  {
    promise: "does not read the sector's trade surplus as IT exports",
    input: P("IT exports were $3.8 billion in FY25. The sector's surplus came to $3.1 billion in FY25."),
    published: '2025-07-20',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9 }],
    exactly: true,
  },
  {
    promise: 'does not read a threshold the series stayed above as a value',
    input: P("Workers' remittances stayed above $3 billion in May 2025 for the tenth month in a row."),
    published: '2025-06-10',
    expect: [],
    exactly: true,
  },
  {
    promise: 'reads "above the $X of …" as a comparison, not a threshold',
    input: P('Remittances were $3.2 billion in May 2025, 6 per cent above the $3.0 billion of May 2024.'),
    published: '2025-06-10',
    expect: [
      { series: 'pk-remittances', period: '2025-05', value: 3.2e9 },
      { series: 'pk-remittances', period: '2024-05', value: 3.0e9, role: 'comparison' },
    ],
    exactly: true,
  },
  {
    promise: "does not read per-day proceeds as the month's",
    input: P('IT exports were $324 million in November 2024, or $15.4 million per working day in November 2024.'),
    published: '2024-12-17',
    expect: [{ period: '2024-11', value: 324e6 }],
    exactly: true,
  },
  {
    promise: "does not read proceeds per working day named before the amount as the month's",
    input: P('IT export proceeds per working day were $15 million in April 2025.'),
    published: '2025-05-18',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read a 12-month average as a month',
    input: P('IT exports were $324 million in November 2024, against a 12-month average of $295 million.'),
    published: '2024-12-17',
    expect: [{ period: '2024-11', value: 324e6 }],
    exactly: true,
  },
  {
    promise: 'reads "$X a month earlier" as the month before, not as a rate',
    input: P('IT exports were $310 million in May 2025, against $342 million a month earlier.'),
    published: '2025-06-17',
    expect: [
      { period: '2025-05', value: 310e6 },
      { period: '2025-04', value: 342e6 },
    ],
    exactly: true,
  },
  {
    promise: 'does not read "the $5 billion IT exports target" as a figure',
    input: P('IT exports were $3.8 billion in FY25, short of the $5 billion IT exports target for FY25.'),
    published: '2025-07-20',
    expect: [{ period: '2024-07..2025-06', value: 3.8e9 }],
    exactly: true,
  },
  {
    promise: 'does not read a run rate as a month',
    input: P('IT exports were $310 million in May 2025, lifting the run rate of $295 million in April 2025.'),
    published: '2025-06-17',
    expect: [{ period: '2025-05', value: 310e6 }],
    exactly: true,
  },
  {
    promise: 'does not read a part of IT exports ("telecom exports", "call centres") as the whole',
    input: P(
      'IT exports were $342 million in March 2025. Telecom exports were $52 million in March 2025, and call centres earned $21 million in March 2025.',
    ),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    exactly: true,
  },
  {
    promise: 'reads the measure named right after an amount as the amount\'s ("a $X trade surplus")',
    input: P(
      'IT exports were $2.8 billion in July-March FY25, and the IT industry posted a $2.4 billion trade surplus in July-March FY25.',
    ),
    published: '2025-04-18',
    expect: [{ period: '2024-07..2025-03', value: 2.8e9 }],
    exactly: true,
  },
  {
    promise: 'does not read home textile exports as all textile exports',
    input: P('Home textile exports rose to $279 million in the first quarter of FY25.'),
    published: '2024-10-20',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read "$X above the previous month\'s" as a level',
    input: P(
      "IT exports were $342 million in March 2025, $36 million above the previous month's $306 million in February 2025.",
    ),
    published: '2025-04-18',
    expect: [
      { period: '2025-03', value: 342e6 },
      { period: '2025-02', value: 306e6 },
    ],
    exactly: true,
  },
  {
    promise: 'does not read IT imports as IT exports',
    input: P('IT exports were $342 million in March 2025, while IT imports were $46 million in March 2025.'),
    published: '2025-04-18',
    expect: [{ period: '2025-03', value: 342e6 }],
    exactly: true,
  },
];

/** Other countries' series, read as their own. */
export const OTHER_COUNTRIES: PhenomenonCase[] = [
  {
    promise: "does not read Sri Lanka's apparel exports as Pakistan's textile exports",
    input: P('Apparel exports from Sri Lanka rose to $450 million in July 2025, the industry forum said.'),
    published: '2025-08-15',
    expect: [],
    exactly: true,
  },
  {
    promise: "does not read an Indian story's services line as Pakistan's IT exports",
    input: P(
      "NEW DELHI: India's services trade surplus widened in 2025. Exports of telecommunications, computer and information services came to $95 billion between April and December 2025.",
    ),
    published: '2026-02-10',
    expect: [],
    exactly: true,
  },
  {
    promise: "does not read India's IT exports written in Urdu as Pakistan's",
    input: P('بھارت کی آئی ٹی برآمدات، پاکستان کے مقابلے میں، مارچ 2025 میں 15 ارب ڈالر رہیں۔'),
    published: '2025-04-18',
    expect: [],
    exactly: true,
  },
  {
    promise: 'does not read a bare "exports" in a story datelined in Colombo as Pakistan\'s textile exports',
    input: `Colombo

Apparel exports exceed expectations

Income from apparel exports stood at 480 million US dollars in June 2025, the Joint Apparel Association Forum said.`,
    published: '2025-07-15',
    expect: [],
    exactly: true,
  },
  {
    promise: 'keeps a remittances story whose only place names are the regions the money comes from',
    input: P(
      'Remittances rose to $3.2 billion in May 2025. GCC countries sent $1.9 billion of it, while the UK and the US sent most of the rest.',
    ),
    published: '2025-06-10',
    expect: [{ series: 'pk-remittances', period: '2025-05', value: 3.2e9 }],
  },
  {
    promise: 'does not read a Bangladeshi garments story\'s bare "exports" as Pakistan\'s',
    input: `Bangladesh garment shipments rise

Readymade garment exports from Bangladesh rose 8 per cent in March 2025. Exports reached $3.5 billion in March 2025.`,
    published: '2025-04-05',
    expect: [],
    exactly: true,
  },
];
