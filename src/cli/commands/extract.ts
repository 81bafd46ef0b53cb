import type { Command } from 'commander';
import type { ExtractOpts } from '../handlers/extract.js';

/** `exportwatch extract`: its options and help; the handler is loaded when it runs. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read one article (HTML or plain text) and print its figures as one JSON object')
    .argument('<input>', 'a file, an http(s) URL, or - for standard input')
    .option('--url <url>', 'where the page was fetched from (a date in its path is evidence of publication)')
    .option('--published <date>', 'publication date, YYYY-MM-DD, when known better than the page says')
    .option('--config <file>', 'config file whose series to look for (default: the shipped config)')
    .addHelpText(
      'after',
      `
Output: {"url", "title", "published", "figures": [{"series", "period": {"start",
"end"}, "value", "currency", "changes": [{"pct", "basis"}], "recordClaim",
"evidence", "confidence", "role", "notes"}]}
Exit codes: 0 read (an empty figures list means nothing was found); 2 bad
options; 3 unreadable input.

Examples:
  $ exportwatch extract saved-article.html
  $ exportwatch extract --published 2024-01-18 - < article.txt
  $ curl -s https://example.com/2024/05/18/it-exports/ |
      exportwatch extract --url https://example.com/2024/05/18/it-exports/ -`,
    )
    .action(async (input: string, opts: ExtractOpts) => (await import('../handlers/extract.js')).extract(input, opts));
}
