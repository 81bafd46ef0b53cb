import { readFile } from 'node:fs/promises';
import { isIsoDate } from '../../calendar/dates.js';
import { DEFAULT_CONFIG_FILE, DEFAULTS, readConfigFile } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { extractArticle, type ArticleExtraction, type SeriesSpec } from '../../extract/index.js';
import { exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** Options of `exportwatch extract`. */
export interface ExtractOpts {
  url?: string;
  published?: string;
  config?: string;
}

/** `exportwatch extract`: one page in, its figures out as one JSON object. */
export async function extract(input: string, opts: ExtractOpts): Promise<void> {
  if (opts.published !== undefined && !isIsoDate(opts.published)) {
    process.stderr.write(
      `exportwatch extract: --published must be a date that exists (YYYY-MM-DD), got "${opts.published}"\n`,
    );
    process.exit(EXIT.usage);
  }
  let series;
  try {
    series = readConfigFile(opts.config ?? DEFAULT_CONFIG_FILE).series;
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error);
    throw error;
  }
  const read = await readInput(input);
  if ('error' in read) {
    process.stderr.write(`exportwatch extract: cannot read ${input}: ${read.error}\n`);
    process.exit(EXIT.input);
  }
  const result = extractPage(read.text, { url: opts.url ?? read.url, published: opts.published ?? null }, series);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

/**
 * What `exportwatch extract` does with a page once it is read; `npm run eval` calls it in-process, so the scores
 * measure this command exactly.
 */
export function extractPage(
  text: string,
  page: { url: string | null; published: string | null },
  series: readonly SeriesSpec[],
): ArticleExtraction {
  return extractArticle(text, { series, url: page.url, published: page.published });
}

async function readInput(input: string): Promise<{ text: string; url: string | null } | { error: string }> {
  if (/^https?:\/\//i.test(input)) {
    // The address typed is the user's to choose, a private one included; where it redirects is not: a page could
    // send the request on to the LAN or the cloud's metadata. The HTTP client is loaded only here: reading a file
    // need not pay for undici.
    const [{ createHttpClient }, { typedUrlPolicy }] = await Promise.all([
      import('../../scrapers/http.js'),
      import('../../scrapers/guard.js'),
    ]);
    const http = createHttpClient({ userAgent: DEFAULTS.userAgent, allowPrivateNetworks: await typedUrlPolicy(input) });
    const res = await http.get(input);
    await http.close();
    if (res.status === 'ok') return { text: res.page.body, url: res.page.url };
    return { error: res.status === 'error' ? res.error.message : 'server answered 304 Not Modified' };
  }
  try {
    const text = input === '-' ? await readStdin() : await readFile(input, 'utf8');
    if (text.includes('\u0000')) return { error: 'binary data, not an HTML page or text' };
    return { text, url: null };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
