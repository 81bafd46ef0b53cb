// Urdu names of the measures. Urdu joins a subject to its head with a genitive ("آئی ٹی کی برآمدات") or
// without ("آئی ٹی برآمدات").
import type { LanguageNames } from './types.js';

export const URDU: LanguageNames = {
  code: 'ur',
  compose: (subject, head) => [`${subject} ${head}`, `${subject} کی ${head}`, `${subject} کے ${head}`],
  measures: {
    'it-exports': {
      subjects: ['آئی ٹی', 'آئی سی ٹی', 'انفارمیشن ٹیکنالوجی', 'آئی ٹی سیکٹر'],
      heads: ['برآمدات', 'برآمد', 'ایکسپورٹس', 'ایکسپورٹ'],
      names: ['آئی ٹی سیکٹر', 'آئی ٹی انڈسٹری'],
    },
    'textile-exports': {
      subjects: ['ٹیکسٹائل', 'ٹیکسٹائل مصنوعات', 'ٹیکسٹائل اور ملبوسات'],
      heads: ['برآمدات'],
      names: ['ٹیکسٹائل گروپ'],
    },
    'workers-remittances': {
      names: ['ترسیلات زر', 'ترسیلاتِ زر', 'ترسیلات', 'وطن بھیجے', 'وطن بھیجیں', 'وطن بھیجی'],
    },
  },
};
