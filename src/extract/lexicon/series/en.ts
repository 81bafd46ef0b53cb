// English names of the measures, as Pakistani business copy and the State Bank and PBS releases write them.
// The State Bank reports IT exports as "export remittances" (the dollars the exporters bring home): those
// names are IT exports, never workers' remittances, which are money sent home by overseas workers.
import type { LanguageNames } from './types.js';

// "Pakistan earned $517 million by providing various IT services to other countries": an export.
const PROVIDING = ['providing', 'supplying', 'exporting', 'rendering', 'selling', 'export of', 'exports of', 'provision of'];

export const ENGLISH: LanguageNames = {
  code: 'en',
  compose: (subject, head) => [
    `${subject} ${head}`,
    `${subject}'s ${head}`,
    ...['of', 'from', 'for'].flatMap((of) => [`${head} ${of} ${subject}`, `${head} ${of} the ${subject}`,
      `${head} ${of} the country's ${subject}`, `${head} ${of} its ${subject}`]),
  ],
  measures: {
    'it-exports': {
      subjects: [
        'IT', 'ICT', 'ITeS', 'IT and ITeS', 'IT/ITeS', 'IT-ITeS', 'IT and IT-enabled services',
        'IT and IT-enabled services (ITeS)', 'IT-enabled services', 'IT-enabled services (ITeS)', 'IT and IT enabled services',
        'IT services', 'ICT services', 'IT-related', 'IT and ICT', 'IT and telecom', 'IT and telecommunication', 'IT and telecommunications',
        'ICT and telecom', 'ICT and telecommunication',
        'information technology', 'information technology (IT)', 'information technology and IT-enabled services',
        'information and communication technology and telecom', 'information and communications technology and telecom',
        'information and communication technology', 'information and communications technology',
        'information and communication technology (ICT)', 'information and communications technology (ICT)',
        'IT sector', 'IT industry', 'ICT sector', 'IT and ITeS sector', 'information technology sector',
        'tech', 'technology', 'tech sector', 'technology sector', 'software', 'software and IT services',
        'computer services and call centres', 'computer services and call centers', 'computer and call centre services',
        // The State Bank's category, in the orders and comma styles the press writes it
        ...['telecommunication', 'telecommunications', 'telecom'].flatMap((t) => [
          `${t}, computer and information services`, `${t}, computer, and information services`,
          `computer, ${t} and information services`, `computer, ${t}, and information services`]),
      ],
      // No "services exports" head: "IT services exports" comes from the subject "IT services", while PBS's
      // "information technology services exports" is a small part of computer services, not the whole.
      heads: [
        'exports', 'export', 'export remittances', 'export remittance', 'export receipts', 'export proceeds', 'export earnings',
        'export revenue', 'export revenues', 'export sales', 'export income', 'exports receipts', 'exports proceeds', 'remittances',
        'remittance',
      ],
      names: [
        ...['IT services', 'information technology (IT) services', 'information technology services', 'ICT services',
          'IT and IT-enabled services', 'IT-enabled services', 'software services'].flatMap((s) =>
          PROVIDING.flatMap((p) => [`${p} ${s}`, `${p} various ${s}`])),
        // The sector or industry as the one that exports: "the IT industry earned $331 million from exports"
        ...['IT', 'ICT', 'IT and ITeS', 'information technology', 'tech', 'technology', 'software'].flatMap((s) =>
          [`${s} sector`, `${s} industry`]),
        // The sector's services named alone stand for what it sells abroad: "Exports of Pakistan's IT and
        // IT-enabled services jumped to $366 million", "Pakistan's IT and ITeS grew 25 percent to …"
        'IT and IT-enabled services', 'IT and IT-enabled services (ITeS)', 'IT-enabled services (ITeS)', 'IT and ITeS',
        'information technology and IT-enabled services',
      ],
    },
    'textile-exports': {
      subjects: ['textile', 'textiles', 'textile and clothing', 'textile and apparel', 'textile sector', 'textile group',
        'textile and clothing group', 'apparel', 'garment', 'garments', 'clothing', 'textile products'],
      heads: ['exports', 'export', 'export earnings', 'export receipts', 'export proceeds'],
      names: ['textile group', 'textile and clothing group'],
    },
    'workers-remittances': {
      names: [
        "workers' remittances", 'worker remittances', 'workers remittances', "worker's remittances", 'home remittances',
        'remittances', 'remittance', 'remittance inflows', 'remittances inflows', 'remittance inflow', 'inflows of remittances',
        'sent home', 'sent back home', 'remitted', 'remit', 'remits', 'remitting',
      ],
    },
  },
};
