import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = resolve(ROOT, 'fixtures/site');
// Copies of ../shared/seeds: the plain-text source articles, so a clone anywhere can run the tests.
export const SEEDS = resolve(ROOT, 'fixtures/seeds');
export const ARTICLE_DEC_2023 = resolve(SITE, '2024/01/18/pakistan-records-highest-ever-monthly-it-exports/index.html');
export const ARTICLE_APR_2024 = resolve(SITE, '2024/05/18/pakistan-it-exports-surge-62-percent/index.html');
