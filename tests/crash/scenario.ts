import type { Published } from '../support/news-site.js';

/** The crash scenario's sources: three outlets' feeds, read in this order. */
export const CRASH_OUTLETS = { dawn: 'Dawn', brecorder: 'Business Recorder', tribune: 'The Express Tribune' } as const;

const a = (outlet: keyof typeof CRASH_OUTLETS, published: string, title: string, text: string): Published => ({
  outlet,
  published,
  title,
  paragraphs: [text],
});

/** In the feeds before the first tick: old news, stored as each source's baseline. */
export const ALREADY_PUBLISHED: Published[] = [
  a(
    'dawn',
    '2026-01-20',
    'IT exports hit all-time high in December',
    "Pakistan's IT exports rose to an all-time high of $437 million in December 2025, the State Bank said.",
  ),
  a(
    'brecorder',
    '2025-12-18',
    'IT exports ease in November',
    "Pakistan's IT exports stood at $356 million in November 2025, the State Bank said.",
  ),
  a(
    'tribune',
    '2026-01-21',
    'Textile exports at all-time high in December',
    "Pakistan's textile exports rose to an all-time high of $1.8 billion in December 2025, the Pakistan Bureau of Statistics said.",
  ),
];

/** What each step publishes; a step's articles are all stored before the next step publishes. */
export const STEPS: Published[][] = [
  [
    a(
      'dawn',
      '2026-02-17',
      'IT exports hit all-time high in January',
      "Pakistan's IT exports rose to an all-time high of $450 million in January 2026, the State Bank said.",
    ),
  ],
  [
    a(
      'brecorder',
      '2026-02-17',
      'IT exports at $450m in January',
      "Pakistan's IT exports stood at $450 million in January 2026, the State Bank said.",
    ),
    a(
      'tribune',
      '2026-02-19',
      'Textile exports at all-time high in January',
      "Pakistan's textile exports rose to an all-time high of $1.9 billion in January 2026, the Pakistan Bureau of Statistics said.",
    ),
  ],
  [
    a(
      'tribune',
      '2026-03-17',
      'IT exports dip in February',
      "Pakistan's IT exports stood at $445 million in February 2026, the State Bank said.",
    ),
  ],
  [
    a(
      'dawn',
      '2026-04-16',
      'IT exports hit all-time high in March',
      "Pakistan's IT exports rose to an all-time high of $470 million in March 2026, the State Bank said.",
    ),
  ],
  [
    a(
      'tribune',
      '2026-04-17',
      'IT exports at $470.5 million in March',
      "Pakistan's IT exports reached $470.5 million in March 2026, according to central bank data.",
    ),
    a(
      'brecorder',
      '2026-05-18',
      'IT exports at all-time high, says ministry',
      "Pakistan's IT exports reached an all-time high of $460 million in April 2026, the ministry claimed.",
    ),
  ],
  [
    a(
      'brecorder',
      '2026-06-17',
      'IT exports hit all-time high in May',
      "Pakistan's IT exports rose to an all-time high of $480 million in May 2026, the State Bank said.",
    ),
  ],
  [
    a(
      'dawn',
      '2026-06-18',
      'IT exports total $4.5 billion in eleven months',
      'During July-May FY26, IT exports totalled $4.5 billion, the State Bank said.',
    ),
    a(
      'tribune',
      '2026-06-18',
      'Remittances at all-time high in May',
      "Workers' remittances rose to an all-time high of $4.1 billion in May 2026, the State Bank of Pakistan said.",
    ),
  ],
  [
    a(
      'tribune',
      '2026-07-17',
      'IT exports hit all-time high in June',
      "Pakistan's IT exports rose to an all-time high of $500 million in June 2026, the State Bank said.",
    ),
  ],
  [
    a(
      'dawn',
      '2026-07-18',
      'IT exports at $500m in June',
      "Pakistan's IT exports stood at $500 million in June 2026, the State Bank said.",
    ),
  ],
  // The revision comes once two outlets hold June at $500 million: read before Dawn's report, one outlet
  // against one, it would revise the posted record (a correction and a follow-up), which is the rule
  // working but would make the messages depend on the order the feeds are read in.
  [
    a(
      'brecorder',
      '2026-07-30',
      'June IT exports revised up',
      "Pakistan's IT exports were revised to $505 million for June 2026, the central bank said.",
    ),
    a(
      'dawn',
      '2026-08-18',
      'IT exports hit all-time high in July',
      "Pakistan's IT exports rose to an all-time high of $520 million in July 2026, the State Bank said.",
    ),
  ],
  [
    a(
      'brecorder',
      '2026-09-17',
      'IT exports hit all-time high in August',
      "Pakistan's IT exports rose to an all-time high of $530 million in August 2026, the State Bank said.",
    ),
    a(
      'tribune',
      '2026-08-19',
      'IT exports at $520m in July',
      "Pakistan's IT exports stood at $520 million in July 2026, the State Bank said.",
    ),
  ],
  [
    a(
      'dawn',
      '2026-10-16',
      'IT exports hit all-time high in September',
      "Pakistan's IT exports rose to an all-time high of $545 million in September 2026, the State Bank said.",
    ),
  ],
  // 1.65 times the record: held, posted nothing, until a second outlet that wrote it down itself confirms it.
  [
    a(
      'dawn',
      '2026-11-16',
      'IT exports soar in October',
      "Pakistan's IT exports soared to an all-time high of $900 million in October 2026, the State Bank said.",
    ),
  ],
  [
    a(
      'tribune',
      '2026-11-17',
      'IT exports at $900m in October',
      'IT exports reached $900 million in October 2026, according to central bank data released on Tuesday.',
    ),
  ],
  // A newer report puts September below August: its posted record is corrected, with one follow-up.
  [
    a(
      'dawn',
      '2026-11-20',
      'September IT exports revised down',
      "Pakistan's IT exports were revised to $525 million for September 2026, the central bank said.",
    ),
  ],
];

/**
 * Steps published only once every alert before them is delivered: a revision that comes while its record is
 * still unposted rejects it (it is never posted), which is right, but not the correction of a message people
 * have read that these steps exist to cover.
 */
export const AFTER_DELIVERY: ReadonlySet<Published[]> = new Set([STEPS.at(-1)!]);

/** The records users must see, once each, with every outlet that reported them. */
export const EXPECTED_ALERTS: Array<{ series: string; month: string; value: number; outlets: string[] }> = [
  { series: 'pk-it-exports', month: '2026-01', value: 450e6, outlets: ['Dawn', 'Business Recorder'] },
  { series: 'pk-textile-exports', month: '2026-01', value: 1.9e9, outlets: ['The Express Tribune'] },
  { series: 'pk-it-exports', month: '2026-03', value: 470e6, outlets: ['Dawn', 'The Express Tribune'] },
  { series: 'pk-it-exports', month: '2026-05', value: 480e6, outlets: ['Business Recorder'] },
  { series: 'pk-remittances', month: '2026-05', value: 4.1e9, outlets: ['The Express Tribune'] },
  {
    series: 'pk-it-exports',
    month: '2026-06',
    value: 500e6,
    outlets: ['The Express Tribune', 'Dawn', 'Business Recorder'],
  },
  { series: 'pk-it-exports', month: '2026-07', value: 520e6, outlets: ['Dawn', 'The Express Tribune'] },
  { series: 'pk-it-exports', month: '2026-08', value: 530e6, outlets: ['Business Recorder'] },
  { series: 'pk-it-exports', month: '2026-09', value: 545e6, outlets: ['Dawn'] },
  { series: 'pk-it-exports', month: '2026-10', value: 900e6, outlets: ['Dawn', 'The Express Tribune'] },
];

/** Posted records later found wrong: each message corrected in place, and one follow-up for each. */
export const EXPECTED_CORRECTIONS: Array<{ series: string; month: string }> = [
  { series: 'pk-it-exports', month: '2026-09' },
];
