// What surrounds an article on a news site: navigation, a market ticker, teasers of other stories, comments.
// Realistic, the same on every run (chosen by a hash of the case id), and never carrying a figure of a tracked
// series: no export, remittance or textile story, no dollar amount, so any figure read from it is the reader's
// fault and none of it can stand in for a labelled answer.
import type { Script } from './script.js';

/** The noise of one page, in the page's language. */
export interface Noise {
  nav: readonly string[];
  ticker: string;
  sections: { related: string; popular: string; latest: string; comments: string };
  teasers: readonly string[];
  comments: ReadonlyArray<{ author: string; text: string }>;
}

const ENGLISH = {
  nav: ['Home', 'Pakistan', 'Business', 'Markets', 'World', 'Technology', 'Sports', 'Opinion', 'E-Paper'],
  ticker:
    'KSE-100 <span class="up">78,698.00 +0.39%</span> | PKR/USD <span>278.50</span> | Gold <span>Rs245,600/tola</span>',
  sections: { related: 'Related Stories', popular: 'Most Read', latest: 'Latest News', comments: 'Comments' },
  teasers: [
    'Gold price climbs Rs1,500 per tola in local market',
    'KSE-100 gains 612 points as banks rally',
    'Petrol price cut by Rs5.36 per litre from tomorrow',
    'Rupee ends flat against the greenback in interbank trade',
    'Policy rate kept unchanged at the central bank’s meeting',
    'Cotton arrivals slow as rains hit Sindh',
    'Wheat procurement target set at 2.5m tonnes',
    'Karachi to see hot and humid weather this week',
    'Car sales rise 18pc on new model launches',
    'Cabinet approves new solar net-metering rules',
    'Gas supply to industry restored after pipeline repairs',
    'Budget proposals: salaried class seeks relief',
    'Cement despatches up 9pc in the first week',
    'National airline resumes flights to Europe',
    'Fertiliser offtake falls on weak demand',
    'Power tariff raised by Rs2.10 per unit',
    'Stock market closes the week on a positive note',
    'Traders announce strike against new tax regime',
  ],
  comments: [
    { author: 'Imran K.', text: 'Good news, but the government must cut taxes on freelancers.' },
    { author: 'Sana', text: 'Where does all this money go? Prices are still rising every week.' },
    { author: 'Ali R.', text: 'We need reliable internet before we can compete with the region.' },
    { author: 'Farhan', text: 'Numbers look good on paper. Let us see what happens next quarter.' },
    { author: 'Ayesha M.', text: 'Proud of our young engineers! More training centres please.' },
    { author: 'Kamran', text: 'Same story every year, nothing changes for the common man.' },
  ],
};

const URDU = {
  nav: ['صفحہ اول', 'پاکستان', 'کاروبار', 'دنیا', 'ٹیکنالوجی', 'کھیل', 'کالم', 'ویڈیو'],
  ticker: 'کے ایس ای 100 <span class="up">78,698.00</span> | سونا <span>245,600 روپے فی تولہ</span>',
  sections: { related: 'مزید خبریں', popular: 'مقبول خبریں', latest: 'تازہ ترین', comments: 'تبصرے' },
  teasers: [
    'سونے کی قیمت میں 1500 روپے فی تولہ اضافہ',
    'اسٹاک مارکیٹ میں 612 پوائنٹس کا اضافہ',
    'پیٹرول کی قیمت میں 5 روپے 36 پیسے کمی کا اعلان',
    'انٹربینک میں روپے کی قدر مستحکم رہی',
    'کراچی میں آج موسم گرم اور مرطوب رہے گا',
    'گندم کی خریداری کا ہدف مقرر کر دیا گیا',
    'کابینہ نے سولر نیٹ میٹرنگ کے نئے قواعد منظور کر لیے',
    'بجلی کے نرخوں میں 2 روپے 10 پیسے فی یونٹ اضافہ',
    'تاجروں کا نئے ٹیکس نظام کے خلاف ہڑتال کا اعلان',
    'قومی ایئرلائن کی یورپ کے لیے پروازیں بحال',
  ],
  comments: [
    { author: 'عمران', text: 'اچھی خبر ہے لیکن فری لانسرز پر ٹیکس کم کیا جائے۔' },
    { author: 'ثنا', text: 'مہنگائی اب بھی کم نہیں ہوئی، عام آدمی کو کیا فائدہ؟' },
    { author: 'علی', text: 'انٹرنیٹ بہتر ہو تو ہمارے نوجوان بہت آگے جا سکتے ہیں۔' },
    { author: 'فرحان', text: 'ہر سال یہی دعوے سنتے ہیں، دیکھتے ہیں آگے کیا ہوتا ہے۔' },
  ],
};

/** Deterministic noise for a page: the case id picks the teasers and comments. */
export function noiseFor(id: string, script: Script): Noise {
  const pool = script === 'arabic' ? URDU : ENGLISH;
  const seed = hash(id);
  return {
    nav: pool.nav,
    ticker: pool.ticker,
    sections: pool.sections,
    teasers: pick(pool.teasers, 9, seed),
    comments: pick(pool.comments, 1 + (seed % 3), seed >>> 3),
  };
}

// FNV-1a: a stable number from the case id, so a page is the same on every run and machine.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

function pick<T>(pool: readonly T[], n: number, seed: number): T[] {
  const start = seed % pool.length;
  return Array.from({ length: Math.min(n, pool.length) }, (_, i) => pool[(start + i * 7) % pool.length]!);
}
