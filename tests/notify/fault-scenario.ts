import { addMonths as shiftMonth } from '../../src/calendar/months.js';
import type { FaultKind, FaultPlan, FakeRoute } from '../support/fake-discord/index.js';
import { seededRandom } from '../support/random.js';
import { createWorld } from '../support/world/index.js';
import { NOTIFYING } from './helpers.js';

/** What a fault run found: the figures the issue asks for. */
export interface FaultFigures {
  mode: 'bot' | 'webhook';
  /** The seed the fault plan was drawn from. */
  seed: number;
  alerts: number;
  faultsPlanned: number;
  /** Requests the fake actually answered with a fault. */
  faultsInjected: number;
  byKind: Record<string, number>;
  /** Outbox passes (outbox passes) until nothing was pending. */
  passes: number;
  /** Alerts not marked sent, or marked sent without a message in the channel. */
  lost: number;
  /** Messages beyond one per alert. */
  duplicated: number;
  /** Alerts whose recorded message id is not the message that carries the alert. */
  wrongIds: number;
  ms: number;
}

const TIMEOUT_MS = 250;

/**
 * Bot mode gets every fault Discord can throw at a post, including the nasty ones where the message
 * is stored but the answer is lost (reset after commit, an answer slower than the timeout). Webhooks
 * have no nonce, so their run gets the faults that stop a post before Discord stores it; the window
 * left open is tested and documented separately.
 */
const KINDS: Record<'bot' | 'webhook', ReadonlyArray<{ kind: FaultKind; hangup?: 'rst' | 'fin'; delayMs?: number }>> = {
  bot: [
    { kind: '429-route' },
    { kind: '429-global' },
    { kind: '500' },
    { kind: '502' },
    { kind: 'reset', hangup: 'rst' },
    { kind: 'reset', hangup: 'fin' },
    { kind: 'reset-after-commit', hangup: 'rst' },
    { kind: 'reset-after-commit', hangup: 'fin' },
    { kind: 'slow', delayMs: TIMEOUT_MS * 2 },
  ],
  webhook: [
    { kind: '429-route' },
    { kind: '429-global' },
    { kind: '500' },
    { kind: '502' },
    { kind: 'reset', hangup: 'rst' },
    { kind: 'reset', hangup: 'fin' },
  ],
};

const ROUTES: Record<'bot' | 'webhook', FakeRoute[]> = { bot: ['create', 'list-messages', 'me'], webhook: ['webhook'] };

/**
 * Creates `alerts` record alerts in a real SQLite outbox, queues `faults` faults on the routes a
 * notifier uses, and runs the real outbox (deliverDue) until nothing is pending; then counts what reached
 * the fake Discord.
 */
export async function runFaultScenario(opts: {
  mode: 'bot' | 'webhook';
  alerts: number;
  faults: number;
  seed: number;
}): Promise<FaultFigures> {
  const started = Date.now();
  const world = await createWorld({ ...NOTIFYING, seed: { upTo: '2025-12' } });
  try {
    const next = seededRandom(opts.seed);
    for (let i = 0; i < opts.alerts; i++) {
      const month = shiftMonth('2026-01', i);
      await world.report({
        month,
        value: 500_000_000 + i * 1_000_000,
        previous: { month: '2025-12', value: 437_000_000 },
        source: { url: `https://propakistani.pk/record-${month}`, title: `Record in ${month}` },
      });
    }
    const byKind: Record<string, number> = {};
    for (let i = 0; i < opts.faults; i++) {
      const pick = KINDS[opts.mode][Math.floor(next() * KINDS[opts.mode].length)]!;
      const plan: FaultPlan = { ...pick, route: ROUTES[opts.mode], retryAfterSeconds: 0.02 };
      world.discord.fail(plan);
      const label = pick.hangup ? `${pick.kind}/${pick.hangup}` : pick.kind;
      byKind[label] = (byKind[label] ?? 0) + 1;
    }
    const notifier =
      opts.mode === 'bot' ? world.bot({ timeoutMs: TIMEOUT_MS }) : world.webhook({ timeoutMs: TIMEOUT_MS });
    let passes = 0;
    while ((await world.store.alerts()).some((a) => a.status === 'pending' || a.editPending) && passes < 200) {
      await world.deliver(notifier);
      passes++;
    }
    // Answers held by slow faults land after the client gave up; count them too.
    await world.discord.settled();

    const alerts = await world.store.alerts();
    const messages = [...world.discord.messages.values()];
    // An alert's message is recognised by its footer, which names the series and month.
    const carrying = (series: string, month: string) =>
      messages.filter((m) => m.embeds[0]?.footer?.text === footerOf(series, month));
    let lost = 0;
    let wrongIds = 0;
    let delivered = 0;
    for (const a of alerts) {
      const found = carrying(a.series, a.month);
      if (found.length > 0) delivered++;
      if (a.status !== 'sent' || found.length === 0) lost++;
      else if (!found.some((m) => m.id === a.messageId)) wrongIds++;
    }
    return {
      mode: opts.mode,
      seed: opts.seed,
      alerts: alerts.length,
      faultsPlanned: opts.faults,
      faultsInjected: world.discord.requests.filter((r) => r.fault !== null).length,
      byKind,
      passes,
      lost,
      // Every message beyond the one each delivered alert should have (repeats and strays alike).
      duplicated: messages.length - delivered,
      wrongIds,
      ms: Date.now() - started,
    };
  } finally {
    await world.close();
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
function footerOf(series: string, month: string): string {
  return `${series} · ${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)} · exportwatch`;
}
