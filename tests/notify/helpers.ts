import type { AlertView } from '../../src/notify/types.js';
import type { WorldOptions } from '../support/world/index.js';

/** The world the notifier tests run in: a fake Discord, the shipped history up to March 2024, a log kept for inspection. */
export const NOTIFYING = { discord: {}, seed: { upTo: '2024-03' }, log: 'kept' } as const satisfies WorldOptions;

/** The April 2024 record as the press reported it: $310 million, above March 2024's $306 million. */
export const APRIL_2024 = {
  month: '2024-04',
  value: 310_000_000,
  previous: { month: '2024-03', value: 306_000_000 },
} as const;

/** The PNG signature and the image size from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The April 2024 record as a pending alert with no sources yet; `over` changes any field. */
export function aprilAlert(over: Partial<AlertView> = {}): AlertView {
  return {
    id: 1,
    series: 'pk-it-exports',
    seriesName: 'Pakistan IT exports',
    ...APRIL_2024,
    currency: 'USD',
    historyIncomplete: false,
    status: 'pending',
    messageId: null,
    attempts: 0,
    lastError: null,
    createdAt: '2024-05-18T10:00:00.000Z',
    sources: [],
    failures: 0,
    sentAt: null,
    nextAttemptAt: null,
    editPending: false,
    ...over,
  };
}
