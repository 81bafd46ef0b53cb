import { z } from 'zod';
import type { FetchFailure, SourceOutcome } from '../types.js';

/** A source document that could not be fetched, as the source's outcome. */
export function readFailure(f: FetchFailure): SourceOutcome {
  return { status: 'error', error: f.error, transient: f.transient, retryAfterMs: f.retryAfterMs };
}

/** Text from a feed or page field: markup dropped, whitespace collapsed; null when nothing is left. */
export function textOf(raw: string | undefined): string | null {
  const text = (raw ?? '')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}

/** A config value that must compile as a case-insensitive JavaScript regular expression. */
export const regexSource = z
  .string()
  .min(1)
  .refine((p) => {
    try {
      new RegExp(p, 'i');
      return true;
    } catch {
      return false;
    }
  }, 'a JavaScript regular expression, e.g. "/business/\\d{4}/"');
