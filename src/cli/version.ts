import { readFileSync } from 'node:fs';

// From src/cli/ and from dist/cli/ alike, package.json is two folders up.
const PACKAGE_JSON = new URL('../../package.json', import.meta.url);

/** The version package.json names: what `--version` prints and what the worker reports in /metrics. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
}
