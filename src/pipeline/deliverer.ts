import type { DeliverySummary } from './deliver.js';

/**
 * Delivers the outbox while a tick reads its sources, so a record is posted as soon as it is stored rather than
 * after the slowest source. One pass at a time: a pass asked for while one runs is run once after it, so no
 * alert is ever delivered twice at once by this process (the store's claims keep other processes out).
 */
export interface Deliverer {
  /** An article made or extended an alert: deliver what is due as soon as the running pass (if any) ends. */
  kick(): void;
  /** Resolves once no pass is running or asked for; rejects with the error a pass ended with. */
  idle(): Promise<void>;
  /** What every pass delivered so far. */
  readonly total: DeliverySummary;
}

/** Builds a deliverer over one delivery pass; a pass that throws (a store error) is reported to `onError` once. */
export function createDeliverer(pass: () => Promise<DeliverySummary>, onError: (error: unknown) => void): Deliverer {
  const total: DeliverySummary = { sent: 0, edited: 0, followUps: 0, reviews: 0, failed: 0, retrying: 0 };
  let running: Promise<void> | null = null;
  let again = false;
  let failure: { error: unknown } | null = null;

  async function loop(): Promise<void> {
    do {
      again = false;
      const summary = await pass();
      for (const key of Object.keys(total) as Array<keyof DeliverySummary>) total[key] += summary[key];
    } while (again && failure === null);
  }

  return {
    kick() {
      if (failure) return;
      if (running) {
        again = true;
        return;
      }
      running = loop()
        .catch((error: unknown) => {
          failure = { error };
          onError(error);
        })
        .finally(() => {
          running = null;
        });
    },
    async idle() {
      while (running) await running;
      if (failure) throw failure.error;
    },
    total,
  };
}
