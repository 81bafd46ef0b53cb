// Phenomena of WHAT a figure is and WHEN it is for (issue 12, patterns 1, 4, 5 and 6, and record claims): written
// for this table in our own words, none taken from the corpus. Same shape as ./phenomena.ts.
import type { PhenomenonCase } from './phenomena.js';

const P = (text: string): string => text;

// Pattern 5: a span that runs up to a month is the fiscal year to date, never that month alone.
export const TO_DATE: PhenomenonCase[] = [
  { promise: 'reads "by March 2025" as the fiscal year to date, not March', input: P('Software and IT services exports climbed to $2.84 billion by March 2025, the central bank said.'), published: '2025-04-17', expect: [{ period: '2024-07..2025-03', value: 2.84e9, role: 'cumulative' }], absent: [{ period: '2025-03' }], exactly: true },
  { promise: 'reads "by the end of February" as the fiscal year to date', input: P('By the end of February, IT exports had added up to $2.12 billion.'), published: '2024-03-18', expect: [{ period: '2023-07..2024-02', value: 2.12e9, role: 'cumulative' }], exactly: true },
  { promise: 'reads "till October" as the fiscal year to date', input: P('Home remittances came to $11.8 billion till October, officials said.'), published: '2024-11-11', expect: [{ series: 'pk-remittances', period: '2024-07..2024-10', value: 11.8e9 }], exactly: true },
  { promise: 'reads "up to January 2024" as the fiscal year to date', input: P('IT exports amounted to $1.72 billion up to January 2024.'), published: '2024-02-19', expect: [{ period: '2023-07..2024-01', value: 1.72e9 }], exactly: true },
  { promise: 'reads "as of June 30, 2023" as the whole fiscal year', input: P('As of June 30, 2023, IT exports stood at $2.6 billion for the year.'), published: '2023-07-20', expect: [{ period: '2022-07..2023-06', value: 2.6e9, role: 'annual' }], exactly: true },
  { promise: 'reads "through November" as the fiscal year to date', input: P('Textile exports reached $7.4 billion through November.'), published: '2024-12-06', expect: [{ series: 'pk-textile-exports', period: '2024-07..2024-11', value: 7.4e9 }], exactly: true },
  { promise: 'reads "the eight months to February" as the eight months ending February', input: P('In the eight months to February, remittances totalled $20.8 billion.'), published: '2025-03-10', expect: [{ series: 'pk-remittances', period: '2024-07..2025-02', value: 20.8e9 }], exactly: true },
  { promise: 'reads "so far this fiscal year" as the fiscal year up to the last month reported', input: P('IT exports have reached $1.2 billion so far this fiscal year.'), published: '2024-11-18', expect: [{ period: '2024-07..2024-10', value: 1.2e9, role: 'cumulative' }], exactly: true },
  { promise: 'ends "the current fiscal year" at the month the article reports', input: P('IT exports were $310 million in April 2024. In the current fiscal year, they have added up to $2.59 billion.'), published: '2024-06-02', expect: [{ period: '2024-04', value: 310e6 }, { period: '2023-07..2024-04', value: 2.59e9 }], exactly: true },
  { promise: 'reads "FY25 to date" as the fiscal year so far', input: P('IT exports for FY25 to date are $1.6 billion, the ministry said.'), published: '2025-01-20', expect: [{ period: '2024-07..2024-12', value: 1.6e9 }], exactly: true },
  { promise: 'reads "from July through March" as one span, not a comparison with July', input: P('From July through March, IT exports added up to $2.28 billion.'), published: '2024-04-20', expect: [{ period: '2023-07..2024-03', value: 2.28e9 }], exactly: true },
  { promise: 'still reads "the month of March 2024" and "March alone" as one month', input: P('IT exports were $2.28 billion in July-March FY24; in the month of March 2024 they were $306 million, and March alone beat every earlier month.'), published: '2024-04-20', expect: [{ period: '2023-07..2024-03', value: 2.28e9 }, { period: '2024-03', value: 306e6, role: 'reported-month' }], exactly: true },
  { promise: 'reads the Urdu "مارچ 2025 تک" (till March 2025) as the fiscal year to date', input: P('مارچ 2025 تک آئی ٹی برآمدات 2 ارب 84 کروڑ ڈالر رہیں۔'), published: '2025-04-17', expect: [{ period: '2024-07..2025-03', value: 2.84e9 }], exactly: true },
  { promise: 'does not read a fiscal year not yet over as a whole year, nor keep a target for it', input: P('The government has set a target of $3.5 billion for FY25.'), published: '2025-02-18', expect: [], exactly: true },
];

// Pattern 5, the year of a fiscal year named relative to the story.
export const FISCAL_YEARS_RELATIVE: PhenomenonCase[] = [
  { promise: 'reads "last fiscal year" in a July story as the year that just ended', input: P('IT exports rose to $3.2 billion last fiscal year, the minister said.'), published: '2024-07-12', expect: [{ period: '2023-07..2024-06', value: 3.2e9, role: 'annual' }], exactly: true },
  { promise: 'reads "last fiscal year" in a March story as the year before the running one', input: P('Textile exports were $16.5 billion last fiscal year.'), published: '2024-03-12', expect: [{ series: 'pk-textile-exports', period: '2022-07..2023-06', value: 16.5e9 }], exactly: true },
  { promise: 'reads "the previous fiscal year" beside a named year as the year before that one', input: P('Remittances rose to $30.3 billion in FY24 from $27.3 billion in the previous fiscal year.'), published: '2024-07-09', expect: [{ series: 'pk-remittances', period: '2023-07..2024-06', value: 30.3e9 }, { series: 'pk-remittances', period: '2022-07..2023-06', value: 27.3e9 }], exactly: true },
];
