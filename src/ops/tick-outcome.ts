import type { TickSummary } from '../pipeline/tick.js';

/** Why a tick ran. */
export type TickReason = 'start-up' | 'schedule';

/** How one attempt to tick ended; the worker's ticker reports every one to its observers (health, metrics). */
export type TickOutcome =
  | { status: 'done'; reason: TickReason; summary: TickSummary; startedAt: Date; durationMs: number }
  | { status: 'crashed'; reason: TickReason; error: Error; startedAt: Date; durationMs: number }
  | { status: 'skipped'; reason: TickReason };
