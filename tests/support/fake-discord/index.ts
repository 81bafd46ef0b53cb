/**
 * A local fake of the Discord REST API (v10) for tests.
 *
 * The real discord.js client talks to it through its API base URL (`rest: { api: fake.url }`),
 * so tests exercise discord.js' own URL building, multipart encoding, rate-limit buckets and
 * retry logic — only the far end is fake. Everything listens on 127.0.0.1; nothing reaches
 * discord.com (use `fake.restOptions()` to get a guard that refuses any other host).
 *
 * Behaviour mirrors Discord where it matters to a notifier: auth, unknown/forbidden channels,
 * permission bits, form-body validation limits, attachment size, nonce de-duplication, webhook
 * `?wait=true`, and injectable faults (429s, 5xx, slow answers, connection resets — including a
 * reset *after* the message was committed).
 *
 * The parts: `server.ts` (the request pipeline), `routes.ts` and `resources/` (one file per kind of
 * Discord resource), `state.ts` (what the fake holds), `faults.ts`, `validate.ts`, `body.ts`, `shapes.ts`.
 */
export {
  DEFAULT_EVERYONE_PERMISSIONS,
  FAKE_BOT_TOKEN,
  FAKE_IDS,
  FAKE_WEBHOOK_TOKEN,
  FakePermission,
} from './constants.js';
export { startFakeDiscord } from './server.js';
export type {
  FakeChannelConfig,
  FakeDiscord,
  FakeDiscordOptions,
  FakeOverwrite,
  FakeRoute,
  FakeWebhookConfig,
  FaultKind,
  FaultPlan,
  RecordedFile,
  RecordedRequest,
  StoredAttachment,
  StoredMessage,
} from './types.js';
