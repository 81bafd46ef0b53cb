// Countries, and the institutions, cities and demonyms that stand for them in business copy, as
// ISO 3166 alpha-2 codes. A figure belongs to a series only when it is about the series' country.

const TABLE: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['PK', ['Pakistan', 'Pakistani', 'Pakistanis', 'Overseas Pakistanis', 'State Bank of Pakistan', 'SBP', 'State Bank',
    'Pakistan Bureau of Statistics', 'PBS', 'Islamabad', 'Karachi', 'Lahore', 'PSEB', 'Pakistan Software Export Board',
    'P@SHA', 'MoITT', 'Ministry of IT', 'APTMA', 'All Pakistan Textile Mills Association', 'TDAP', 'پاکستان', 'پاکستانی', 'اسٹیٹ بینک', 'اسٹیٹ بینک آف پاکستان', 'سٹیٹ بینک',
    'کراچی', 'اسلام آباد', 'لاہور', 'ادارہ شماریات']],
  ['IN', ['India', 'State Bank of India', 'Indian', 'Indians', 'RBI', 'Reserve Bank of India', 'NASSCOM', 'New Delhi', 'Delhi', 'Mumbai',
    'Bengaluru', 'Bangalore', 'بھارت', 'بھارتی', 'انڈیا', 'ہندوستان']],
  ['BD', ['Bangladesh', 'Bangladeshi', 'Bangladeshis', 'Bangladesh Bank', 'BGMEA', 'BKMEA', 'Dhaka', 'BASIS',
    'Export Promotion Bureau', 'بنگلہ دیش']],
  ['VN', ['Vietnam', 'Viet Nam', 'Vietnamese', 'Hanoi', 'HCMC', 'Ho Chi Minh City', 'General Statistics Office', 'ویتنام']],
  ['LK', ['Sri Lanka', 'Sri Lankan', 'Sri Lankans', 'Colombo', 'CBSL', 'Central Bank of Sri Lanka', 'Export Development Board',
    'Joint Apparel Association Forum', 'JAAF', 'Sri Lanka Apparel Exporters Association', 'SLAEA', 'سری لنکا']],
  ['PH', ['Philippines', 'Philippine', 'Filipino', 'Filipinos', 'Manila', 'فلپائن']],
  ['CN', ['China', 'Chinese', 'Beijing', 'چین']],
  ['SA', ['Saudi Arabia', 'Saudi', 'KSA', 'Riyadh', 'سعودی عرب', 'سعودی']],
  ['AE', ['UAE', 'United Arab Emirates', 'Dubai', 'Abu Dhabi', 'Emirati', 'متحدہ عرب امارات', 'یو اے ای', 'دبئی']],
  ['GB', ['UK', 'United Kingdom', 'Britain', 'British', 'Great Britain', 'برطانیہ']],
  ['US', ['US', 'U.S.', 'USA', 'United States', 'United States of America', 'America', 'American', 'Americans', 'امریکا', 'امریکہ']],
  ['EU', ['EU', 'European Union', 'Europe', 'Germany', 'France', 'Italy', 'Spain', 'Netherlands', 'یورپ', 'یورپی یونین']],
  ['XX', ['Middle East', 'North America', 'Africa', 'Latin America', 'Far East', 'Central Asia', 'Egypt', 'Mexico', 'Nepal', 'Indonesia', 'Malaysia', 'Turkey', 'Türkiye', 'Qatar', 'Oman', 'Kuwait', 'Bahrain',
    'Canada', 'Australia', 'Japan', 'South Korea', 'Korea', 'Thailand', 'Cambodia', 'Myanmar', 'Afghanistan', 'Iran',
    'Nigeria', 'Kenya', 'Morocco', 'Guatemala', 'Ukraine', 'Russia', 'Singapore', 'Hong Kong', 'Taiwan', 'GCC',
    'Gulf', 'قطر', 'عمان', 'کویت', 'بحرین', 'کینیڈا', 'آسٹریلیا', 'جاپان', 'ملائیشیا', 'ترکی', 'افغانستان', 'ایران']],
];

/** Country names and their stand-ins, each with the code it stands for. */
export const COUNTRY_NAMES: ReadonlyArray<readonly [string, string]> = TABLE.flatMap(([code, names]) =>
  names.map((name) => [name, code] as const),
);

/** Currencies that say which country an amount belongs to (a taka amount is never Pakistan's). */
export const CURRENCY_COUNTRY: Readonly<Record<string, string>> = { INR: 'IN', BDT: 'BD' };
