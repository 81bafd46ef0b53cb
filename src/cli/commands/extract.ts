import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_FILE, DEFAULTS, readConfigFile } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { extractArticle } from '../../extract/index.js';
import { createHttpClient } from '../../scrapers/http.js';
import { exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

interface ExtractOpts {
  url?: string;
  published?: string;
  config?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read one article (HTML or plain text) and print its figures as one JSON object')
    .argument('<input>', 'a file, an http(s) URL, or - for standard input')
    .option('--url <url>', 'where the page was fetched from (a date in its path is evidence of publication)')
    .option('--published <date>', 'publication date, YYYY-MM-DD, when known better than the page says')
    .option('--config <file>', 'config file whose series to look for (default: the shipped config)')
    .addHelpText('after', `
Output: {"url", "title", "published", "figures": [{"series", "period": {"start", "end"}, "value",
"currency", "changes": [{"pct", "basis"}], "recordClaim", "evidence", "confidence", "role", "notes"}]}
Exit codes: 0 read (an empty figures list means nothing was found); 2 bad options; 3 unreadable input.

Examples:
  $ exportwatch extract fixtures/site/2024/01/18/pakistan-records-highest-ever-monthly-it-exports/index.html
  $ curl -s https://example.com/article | exportwatch extract --url https://example.com/2024/05/18/x/ -`)
    .action(async (input: string, opts: ExtractOpts) => {
      if (opts.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) {
        process.stderr.write(`exportwatch extract: --published must be YYYY-MM-DD, got "${opts.published}"\n`);
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
      const result = extractArticle(read.text, {
        series,
        url: opts.url ?? read.url,
        published: opts.published ?? null,
      });
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}

async function readInput(input: string): Promise<{ text: string; url: string | null } | { error: string }> {
  if (/^https?:\/\//i.test(input)) {
    // A URL typed by the user is theirs to choose, private addresses included.
    const http = createHttpClient({ userAgent: DEFAULTS.userAgent, allowPrivateNetworks: true });
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
