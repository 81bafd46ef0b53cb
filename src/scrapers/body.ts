import { Readable, pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

/** Reading a response body: the bytes, or why they were not read whole. */
export type BodyOutcome =
  | { status: 'ok'; bytes: Buffer }
  | { status: 'too-large'; decoded: boolean }
  | { status: 'bad-encoding'; reason: string };

// Content-Encoding values we decode; `deflate` is chosen per body because servers send raw and zlib-wrapped alike.
const DECODERS: Readonly<Record<string, ((first: Buffer) => Transform) | null>> = {
  identity: null,
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  br: () => createBrotliDecompress(),
  deflate: (first) => (isZlibHeader(first) ? createInflate() : createInflateRaw()),
};

function isZlibHeader(b: Buffer): boolean {
  return b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;
}

/** The Content-Encoding codings in the order they must be undone, or the first one we cannot undo. */
export function codingsOf(header: string | null): { codings: string[] } | { unsupported: string } {
  const codings = (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  const unsupported = codings.find((c) => !(c in DECODERS));
  return unsupported ? { unsupported } : { codings: codings.reverse() };
}

/**
 * Reads a body while counting: more than `maxBytes` on the wire or after decompression stops the read
 * at once (a gzip bomb never grows past the cap in memory).
 */
export async function readBody(
  body: Readable,
  contentEncoding: string | null,
  maxBytes: number,
  onChunk: () => void = () => {},
): Promise<BodyOutcome> {
  const coding = codingsOf(contentEncoding);
  if ('unsupported' in coding) {
    body.destroy();
    return { status: 'bad-encoding', reason: `unsupported Content-Encoding "${coding.unsupported}"` };
  }
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  if (first.done) return { status: 'ok', bytes: Buffer.alloc(0) };

  let wire = 0;
  let wireOverflow = false;
  async function* counted(): AsyncGenerator<Buffer> {
    for (let next: IteratorResult<Buffer> = first; !next.done; next = await chunks.next()) {
      onChunk();
      wire += next.value.length;
      if (wire > maxBytes) {
        wireOverflow = true;
        body.destroy();
        return;
      }
      yield next.value;
    }
  }
  const decoders = coding.codings.map((c) => DECODERS[c]!(first.value));
  const source = Readable.from(counted(), { objectMode: false });
  const output: Readable =
    decoders.length === 0 ? source : (pipeline([source, ...decoders], () => {}) as unknown as Readable);

  const out: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        output.destroy();
        source.destroy();
        body.destroy();
        return { status: 'too-large', decoded: decoders.length > 0 };
      }
      out.push(chunk);
    }
  } catch (error) {
    if (wireOverflow) return { status: 'too-large', decoded: false };
    if (decoders.length > 0 && (error as NodeJS.ErrnoException).code?.startsWith('Z_')) {
      return {
        status: 'bad-encoding',
        reason: `corrupt ${coding.codings.join('+')} body: ${(error as Error).message}`,
      };
    }
    throw error;
  }
  if (wireOverflow) return { status: 'too-large', decoded: false };
  return { status: 'ok', bytes: Buffer.concat(out, size) };
}
