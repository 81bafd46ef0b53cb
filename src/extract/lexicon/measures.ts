// Economic measures that news copy reports next to the tracked series but that are not them: their
// figures must never be read as a tracked series' figures. A tracked keyword that is longer wins
// ("IT services exports" is a series; "services exports" alone is not).

/** Names of measures that are not tracked series, English and Urdu. */
export const UNTRACKED_MEASURES: readonly string[] = [
  // the whole trade account
  'goods exports', 'exports of goods', 'merchandise exports', 'total exports', 'overall exports', 'national exports',
  "country's exports", "country's overall exports", "country's total exports", 'non-textile exports',
  'services exports', 'service exports', 'exports of services', 'total services exports', 'overall services exports',
  'goods and services exports', 'exports of goods and services', 'import bill', 'goods imports', 'imports of goods',
  'services imports', 'service imports', 'imports of services', 'trade deficit', 'trade gap', 'trade balance',
  'trade surplus', 'surplus', 'deficit', 'current account', 'current account deficit', 'current account surplus', 'services trade',
  'services trade deficit', 'services deficit', 'services surplus', 'balance of payments',
  // parts of services trade that are not IT
  'travel', 'travel receipts', 'travel exports', 'travel imports', 'travel services', 'tourism', 'tourism receipts',
  'tourism earnings', 'tourism revenue', 'transport', 'transport services', 'telecommunication services',
  'telecom services', 'telecommunications services', 'computer services', 'computer services exports',
  'exports of computer services', 'telecommunication, computer and information services imports',
  'information services', 'freelancers', 'freelance', 'freelancing', 'freelance exports', 'construction services',
  // parts of IT exports in the PBS and SBP breakdowns, which stand beside the whole
  'telecom', 'telecommunication', 'telecommunications', 'call centres', 'call centers', 'call centre services',
  'call center services', 'software consultancy', 'hardware consultancy', 'computer software', 'news agency',
  'insurance services', 'financial services', 'government services', 'business services',
  // capital flows and public finance
  'FDI', 'foreign direct investment', 'foreign investment', 'portfolio investment', 'reserves', 'foreign exchange reserves',
  'forex reserves', 'liquid reserves', 'revenue', 'revenues', 'sales', 'profit', 'profits', 'net profit', 'income',
  'budget', 'tax', 'taxes', 'tax collection', 'duty', 'debt', 'loan', 'loans', 'GDP', 'salaries', 'turnover',
  'market capitalisation', 'market capitalization', 'valuation', 'funding', 'investment', 'investments',
  'inflows from', 'outflows', 'repayments', 'cost', 'losses', 'loss',
  // goods and sub-groups that stand beside the tracked series
  'petroleum', 'petroleum imports', 'petroleum group', 'petroleum group imports', 'oil', 'oil imports', 'oil import bill',
  'LNG', 'crude', 'rice', 'rice exports', 'basmati', 'cotton', 'cotton yarn', 'yarn', 'cloth', 'cotton cloth', 'fabric',
  'knitwear', 'knitwear exports', 'bedwear', 'bed wear', 'bedwear exports', 'towels', 'readymade garments',
  'readymade garment exports', 'readymade garments exports', 'ready-made garments', 'ready-made garment exports',
  'art silk', 'tents', 'made-ups', 'food group', 'food exports', 'food imports', 'mobile phones', 'mobile phone imports',
  'mobile phone', 'handsets', 'machinery', 'machinery imports', 'vehicles', 'cars', 'cement', 'fertiliser', 'fertilizer',
  'sugar', 'wheat', 'seafood', 'fish', 'fruit', 'surgical instruments', 'sports goods', 'leather', 'pharmaceutical',
  'pharmaceuticals', 'electronics', 'electronics exports', 'phones', 'smartphones', 'chemicals', 'steel', 'gold',
  'RMG', 'RMG exports', 'jute', 'palm oil', 'crude oil', 'coal', 'tea', 'value-added textile exports',
  'value-added textile', 'value-added exports', 'basic textile', 'low value-added textile exports', 'home textiles',
  'home textile', 'home textile exports', 'home textiles exports',
  // Urdu
  'درآمدات', 'درآمدی بل', 'تجارتی خسارہ', 'تجارتی خسارے', 'کرنٹ اکاؤنٹ', 'جاری کھاتے', 'پیٹرولیم', 'پیٹرولیم گروپ',
  'پیٹرولیم مصنوعات', 'مجموعی برآمدات', 'ملکی برآمدات', 'زرمبادلہ کے ذخائر', 'ذخائر', 'نٹ ویئر', 'ریڈی میڈ گارمنٹس',
  'بیڈ ویئر', 'موبائل فون', 'موبائل فونز', 'خام تیل', 'چاول', 'غذائی اشیا', 'تولیے', 'سوتی دھاگہ', 'سوتی کپڑا',
  'خدمات کی برآمدات', 'سروسز کی برآمدات', 'اشیا کی برآمدات', 'ٹیلی کمیونیکیشن', 'فری لانسرز', 'محصولات', 'ٹیکس',
];

/** Words right before a measure's name that make it another measure: "net IT exports" are exports minus imports. */
export const OTHER_MEASURE_BEFORE: ReadonlySet<string> = new Set(['net', 'خالص']);

/** Flows that, as "imports of …", make the measure named after them another one. */
export const OTHER_FLOW_OF: ReadonlySet<string> = new Set(['imports', 'import', 'payments', 'outflows', 'outflow', 'purchases']);

/** Which kind of flow a word names: exports, imports, or inflows such as remittances. */
export type MeasureFamily = 'exports' | 'imports' | 'inflows' | 'any';

/** Words that name a flow without saying which measure ("the exports", "inflows"): they continue the topic. */
export const GENERIC_MEASURE_WORDS: ReadonlyArray<readonly [string, MeasureFamily]> = [
  ['exports', 'exports'], ['export', 'exports'], ['export remittances', 'exports'], ['export receipts', 'exports'], ['export proceeds', 'exports'],
  ['برآمدات', 'exports'], ['برآمد', 'exports'], ['ایکسپورٹس', 'exports'], ['ایکسپورٹ', 'exports'], ['برآمدی ترسیلات', 'exports'],
  ['imports', 'imports'], ['import', 'imports'], ['درآمدات', 'imports'], ['درآمد', 'imports'],
  ['inflows', 'inflows'], ['inflow', 'inflows'], ['receipts', 'any'], ['the figure', 'any'],
];
