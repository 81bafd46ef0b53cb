import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** A static server for a fixture site on 127.0.0.1. */
export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` the way a news site would: `/path/` → `path/index.html` (or `index.xml` for feeds).
 * `{{BASE}}` in text files becomes the server's own address so links stay on loopback.
 */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const base = resolve(root);
  let baseUrl = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) return notFound(res);
      const candidates = path.endsWith('/') ? [join(file, 'index.html'), join(file, 'index.xml')] : [file];
      for (const candidate of candidates) {
        const info = await stat(candidate).catch(() => null);
        if (!info?.isFile()) continue;
        const type = TYPES[extname(candidate)] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type });
        if (!type.startsWith('application/octet'))
          res.end((await readFile(candidate, 'utf8')).replaceAll('{{BASE}}', baseUrl));
        else createReadStream(candidate).pipe(res);
        return;
      }
      notFound(res);
    })().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function notFound(res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
