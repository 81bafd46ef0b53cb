/** Request body parsing: JSON, and the multipart/form-data @discordjs/rest sends via undici. */
import type http from 'node:http';
import { apiError, type Reply } from './replies.js';
import type { RecordedFile } from './types.js';

/**
 * Reads the whole body, but stops buffering past `cap` so a huge upload cannot exhaust memory.
 * Returns null when the client went away mid-upload (nothing to answer then).
 */
export async function readBody(
  req: http.IncomingMessage,
  cap: number,
): Promise<{ bytes: Buffer; overCap: boolean } | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size <= cap) chunks.push(buf);
    }
  } catch {
    return null;
  }
  return { bytes: Buffer.concat(chunks), overCap: size > cap };
}

/** undici escapes `"`, CR and LF in part names/filenames as %22, %0D, %0A; undo just that. */
function unescapeFormName(value: string): string {
  return value.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}

interface FormPart {
  name: string;
  filename: string | undefined;
  contentType: string;
  data: Buffer;
}

/**
 * Minimal RFC 7578 parser: enough for what undici's FormData serialiser produces
 * (CRLF line endings, quoted name/filename, optional Content-Type per part).
 */
function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const separator = Buffer.from(`\r\n--${boundary}`);
  const parts: FormPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new Error('multipart body without boundary');
  pos += delimiter.length;
  while (body.subarray(pos, pos + 2).toString('latin1') !== '--') {
    const headerStart = pos + 2; // skip CRLF after the delimiter
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0) throw new Error('multipart part without header terminator');
    const next = body.indexOf(separator, headerEnd + 4);
    if (next < 0) throw new Error('multipart part without closing boundary');
    parts.push(parsePart(body.subarray(headerStart, headerEnd).toString('utf8'), body.subarray(headerEnd + 4, next)));
    pos = next + separator.length;
  }
  return parts;
}

function parsePart(headerBlock: string, data: Buffer): FormPart {
  const headers = new Map<string, string>();
  for (const line of headerBlock.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
  const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
  return {
    name: unescapeFormName(name ?? ''),
    filename: filename === undefined ? undefined : unescapeFormName(filename),
    contentType: headers.get('content-type') ?? 'application/octet-stream',
    data: Buffer.from(data), // copy: the recorded bytes must not pin the whole request buffer
  };
}

/** Turns the raw body into `{ body, files }`, or an error reply Discord would give. */
export function parseRequestBody(
  contentType: string | undefined,
  bytes: Buffer,
): { body: unknown; files: RecordedFile[] } | Reply {
  if (bytes.length === 0) return { body: undefined, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) return apiError(400, 50035, 'Invalid Form Body');
    try {
      return multipartToBody(parseMultipart(bytes, value));
    } catch {
      return apiError(400, 50035, 'Invalid Form Body');
    }
  }
  try {
    return { body: JSON.parse(bytes.toString('utf8')) as unknown, files: [] };
  } catch {
    return apiError(400, 50109, 'The request body contains invalid JSON.');
  }
}

function multipartToBody(parts: FormPart[]): { body: unknown; files: RecordedFile[] } | Reply {
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const part of parts) {
    if (part.name === 'payload_json') {
      try {
        body = JSON.parse(part.data.toString('utf8')) as unknown;
      } catch {
        return apiError(400, 50109, 'The request body contains invalid JSON.');
      }
    } else if (part.filename !== undefined) {
      files.push({ field: part.name, name: part.filename, contentType: part.contentType, bytes: part.data });
    }
  }
  return { body, files };
}
