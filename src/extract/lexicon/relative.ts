/** Periods named relative to the month or period an article reports, or to its publication. */
export type RelativeKind =
  | 'same-month-last-year'
  | 'same-period-last-year'
  | 'year-earlier'
  | 'previous-month'
  | 'last-month'
  | 'review-month'
  | 'review-period';

const YEAR_BACK = [
  'last year',
  'of last year',
  'of the last year',
  'of the previous year',
  'of previous year',
  'in the previous year',
  'the previous year',
  'previous year',
  'of the preceding year',
  'a year ago',
  'a year earlier',
  'a year before',
  'of the prior year',
  'in the last year',
  'in the prior year',
  'last fiscal year',
  'of last fiscal year',
  'of the last fiscal year',
  'of the previous fiscal year',
  'in the previous fiscal year',
  'in the last fiscal year',
  'of the preceding fiscal year',
  'of previous fiscal year',
  'previous fiscal year',
  'of the last financial year',
  'of the previous financial year',
  'in last fiscal year',
  'in last year',
  'one year ago',
  'one year earlier',
];

function* combine(
  heads: readonly string[],
  tails: readonly string[],
  kind: RelativeKind,
): Generator<[string, RelativeKind]> {
  for (const head of heads) {
    yield [head, kind];
    for (const tail of tails) yield [`${head} ${tail}`, kind];
  }
}

// "گزشتہ سال کے اسی ماہ", "پچھلے مالی سال کے انہی مہینوں", "گزشتہ برس اسی عرصے": last year's same month or months.
function urduSame(nouns: readonly string[], kind: RelativeKind): Array<[string, RelativeKind]> {
  const out: Array<[string, RelativeKind]> = [];
  for (const last of ['گزشتہ', 'گذشتہ', 'پچھلے'])
    for (const year of ['سال', 'برس', 'مالی سال'])
      for (const link of [' ', ' کے ', ' کی '])
        for (const same of ['اسی', 'انہی'])
          for (const noun of nouns) out.push([`${last} ${year}${link}${same} ${noun}`, kind]);
  return out;
}

/** Phrases naming a relative period, English and Urdu; longest match wins when read. */
export const RELATIVE_PHRASES: ReadonlyArray<readonly [string, RelativeKind]> = [
  ...combine(
    ['same month', 'corresponding month', 'comparable month', 'similar month', 'year-ago month', 'matching month'],
    YEAR_BACK,
    'same-month-last-year',
  ),
  ...combine(
    [
      'same period',
      'corresponding period',
      'comparable period',
      'similar period',
      'same months',
      'corresponding months',
      'matching period',
      'matching months',
      'like period',
      'equivalent period',
      'identical period',
      'same quarter',
      'corresponding quarter',
      'same half',
      'corresponding half',
      'year-ago period',
      'same time',
    ],
    YEAR_BACK,
    'same-period-last-year',
  ),
  ...[
    'a year earlier',
    'a year ago',
    'a year before',
    'year-ago',
    'last year',
    'the previous year',
    'the year before',
    'a year back',
    'one year ago',
    'one year earlier',
    'the preceding year',
    'the prior year',
  ].map((p) => [p, 'year-earlier'] as const),
  ...[
    'previous month',
    'preceding month',
    'prior month',
    'a month earlier',
    'a month ago',
    'a month before',
    'the month before',
    'one month earlier',
    'month-ago',
  ].map((p) => [p, 'previous-month'] as const),
  ['last month', 'last-month'],
  ...[
    'month under review',
    'the month under review',
    'during the month',
    'in the month',
    'for the month',
    'the review month',
    'the reporting month',
    'the month in review',
    'reviewed month',
  ].map((p) => [p, 'review-month'] as const),
  ...[
    'period under review',
    'the period under review',
    'the review period',
    'during the period',
    'during this period',
    'the said period',
    'the reporting period',
    'review period',
  ].map((p) => [p, 'review-period'] as const),
  // Urdu: "[last] [fiscal] year['s] [this same] month / period", in every order papers use
  ...urduSame(['ماہ', 'مہینے'], 'same-month-last-year'),
  ...urduSame(['مدت', 'عرصے', 'عرصہ', 'مہینوں', 'دورانیے', 'دورانیہ'], 'same-period-last-year'),
  ...['اسی مدت', 'اسی عرصے', 'اسی عرصہ', 'انہی مہینوں'].map((p) => [p, 'same-period-last-year'] as const),
  ...['گزشتہ سال', 'گزشتہ برس', 'گذشتہ سال', 'گذشتہ برس', 'پچھلے سال', 'پچھلے برس'].map(
    (p) => [p, 'year-earlier'] as const,
  ),
  ...['گزشتہ ماہ', 'گزشتہ مہینے', 'گذشتہ ماہ', 'گذشتہ مہینے', 'پچھلے ماہ', 'پچھلے مہینے'].map(
    (p) => [p, 'last-month'] as const,
  ),
  ...['زیر جائزہ ماہ', 'زیر جائزہ مہینے'].map((p) => [p, 'review-month'] as const),
  ...['زیر جائزہ مدت', 'زیر جائزہ عرصے'].map((p) => [p, 'review-period'] as const),
];

/** Words before a month that make it the end of the fiscal year to date: "by March 2025", "till March", "up to March". */
export const TO_DATE_OPENERS: readonly string[] = [
  'by',
  'till',
  'until',
  'up to',
  'upto',
  'up till',
  'up until',
  'through',
  'thru',
  'as of',
  'as at',
];

/** Phrases that make a year the part of it reported so far: "FY26 so far", "so far this fiscal year". */
export const SO_FAR_PHRASES: readonly string[] = [
  'so far',
  'thus far',
  'to date',
  'till date',
  'till now',
  'until now',
  'up to now',
  'hitherto',
  'اب تک',
  'تاحال',
];
