/** The demo's fixture site: what it answers to requests a browser would never send. */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { SITE } from '../support/paths.js';

let site: FixtureServer;
afterEach(async () => site?.close());

function rawStatus(base: string, target: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const socket = connect(Number(port), hostname, () =>
      socket.end(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.setEncoding('utf8').on('data', (d: string) => (text += d));
    socket.on('error', fail);
    socket.on('close', () => ok(text.split('\r\n')[0] ?? ''));
  });
}

describe('the demo fixture site', () => {
  it.each([
    ['a target that is not a URL', 'http://['],
    ['a path with a broken percent-escape', '/feed/%ZZ'],
  ])('answers 400 to %s and keeps serving', async (_name, target) => {
    site = await startFixtureServer(SITE);
    expect(await rawStatus(site.baseUrl, target)).toMatch(/^HTTP\/1\.1 400 /);
    expect((await fetch(`${site.baseUrl}/feed/`)).status).toBe(200);
  });
});
