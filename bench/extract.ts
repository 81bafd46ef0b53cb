// npm run bench:extract — throughput of reading pages, and time on hostile input.
//
//   (a) htmlparser2's Parser with no handlers: the floor any reader built on it pays
//   (b) the full extract path: main text, sentences, figures
//   (c) @mozilla/readability on linkedom, the usual main-text extractor, for comparison
//
// Then each 1 MB adversarial input through the full path; each must finish in well under a second.
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../src/config.js';
import { extractArticle } from '../src/extract/index.js';
import { adversarialInputs, newsPage } from './pages.js';

const PAGES = 200;
const ROUNDS = 4; // the first warms the JIT up and is not counted
const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
const pages = Array.from({ length: PAGES }, (_, i) => newsPage(i + 1));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);

const readers: Array<[string, (html: string) => unknown]> = [
  ['(a) htmlparser2 parsing alone (Parser, no handlers)', (html) => new Parser({}).end(html)],
  ['(b) full extract path (extractArticle)', (html) => extractArticle(html, { series })],
  ['(c) @mozilla/readability on linkedom', (html) => new Readability(parseHTML(html).document).parse()],
];

// (a) and (b) take turns on each page, so a busy machine slows both alike and their ratio holds. Readability runs
// on its own afterwards: linkedom leaves so much garbage that interleaved, its collection would be billed to (b).
const spent = readers.map(() => 0);
const time = (i: number, page: string, counted: boolean): void => {
  const start = performance.now();
  readers[i]![1](page);
  if (counted) spent[i]! += performance.now() - start;
};
for (let round = 0; round < ROUNDS; round++) {
  for (const page of pages) {
    time(0, page, round > 0);
    time(1, page, round > 0);
  }
}
for (let round = 0; round < ROUNDS; round++) for (const page of pages) time(2, page, round > 0);

console.log(
  `${PAGES} generated pages, ${(bytes / PAGES / 1000).toFixed(0)} KB each on average, ${ROUNDS - 1} timed rounds\n`,
);
const mbps = spent.map((ms) => (bytes * (ROUNDS - 1)) / 1e6 / (ms / 1000));
readers.forEach(([name], i) => {
  const perPage = spent[i]! / (PAGES * (ROUNDS - 1));
  console.log(`${name.padEnd(52)} ${mbps[i]!.toFixed(1).padStart(7)} MB/s  (${perPage.toFixed(2)} ms a page)`);
});
console.log(`\n(b) runs at ${((mbps[1]! / mbps[0]!) * 100).toFixed(0)}% of (a); the target is at least 50%.\n`);

let worst = 0;
for (const [name, input] of adversarialInputs()) {
  extractArticle(input.slice(0, 1000), { series });
  const start = performance.now();
  extractArticle(input, { series });
  const ms = performance.now() - start;
  worst = Math.max(worst, ms);
  console.log(`1 MB adversarial: ${name.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms`);
}
console.log(`\nslowest 1 MB adversarial input: ${worst.toFixed(0)} ms (limit 1000 ms)`);
if (worst >= 1000) process.exitCode = 1;
