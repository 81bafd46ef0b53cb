import { createHash, randomUUID } from 'node:crypto';
import { DiscordAPIError, type APIMessage } from 'discord.js';
import type { Logger } from '../../log.js';
import { alertFooter } from './embed.js';
import { allowedMentions, composeAlert, plainAlertContent, type AlertMessage, type ComposeOptions } from './message.js';
import { createNoticeLimiter, NOTICE_FLAGS, NOTICE_LIMIT, noticeContent, noticeLimited } from './notices.js';
import type { AlertView, DeliveryOutcome, Notice, Notifier } from '../types.js';
import { classifyDiscordError, type Failure } from './errors.js';
import type { MessageBody, Transport } from './transport.js';

/** Settings of a Discord notifier beyond its transport. */
export interface DiscordNotifierSettings extends Omit<ComposeOptions, 'log'> {
  log?: Logger;
  noticeLimit?: { max: number; windowMs: number };
  /** Milliseconds clock, for the notice limit. */
  now?: () => number;
}

/**
 * The nonce Discord de-duplicates a bot's alert by (with enforce_nonce): derived from the series and
 * month, which identify an alert for good, so a resend after a crash or a lost answer returns the
 * message already posted instead of posting it again. Test messages get a fresh one.
 */
export function alertNonce(alert: Pick<AlertView, 'series' | 'month' | 'test'>): string {
  const key = alert.test ? `test-${randomUUID()}` : `exportwatch-alert-${alert.series}-${alert.month}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 25);
}

type Attempt = { ok: true; message: APIMessage } | { ok: false; failure: Failure; error: unknown };

/** Alerts, edits and notices over a transport: limits checked, chart fallbacks, failures classified. */
export function createDiscordNotifier(transport: Transport, settings: DiscordNotifierSettings): Notifier {
  const log = settings.log;
  const limit = settings.noticeLimit ?? NOTICE_LIMIT;
  const limiter = createNoticeLimiter(limit, settings.now);
  // After a 401 discord.js forgets the token, and nothing but a new one (a restart) can help.
  let rejected: Failure | null = null;

  async function attempt(
    series: string | null,
    messageId: string | undefined,
    run: () => Promise<APIMessage>,
  ): Promise<Attempt> {
    if (rejected) return { ok: false, failure: rejected, error: null };
    try {
      return { ok: true, message: await run() };
    } catch (error) {
      const failure = classifyDiscordError(error, {
        mode: transport.mode,
        channelId: transport.channelOf(series),
        messageId,
      });
      if (error instanceof DiscordAPIError && error.status === 401) rejected = failure;
      return { ok: false, failure, error };
    }
  }

  const compose = (alert: AlertView, chart = true) =>
    composeAlert(alert, { ...settings, chart: chart && settings.chart !== false, log });

  /** Runs `post` with the chart, and once more without it if Discord refuses the file (403 no Attach Files, 413 too large). */
  async function withChartFallback(
    alert: AlertView,
    post: (m: AlertMessage) => Promise<Attempt>,
  ): Promise<Attempt | Failure> {
    const composed = await compose(alert);
    if (composed.status === 'invalid') return invalid(alert, composed.problems, composed.message);
    const first = await post(composed.message);
    if (first.ok || composed.message.files.length === 0 || !refusesFiles(first.error)) return first;
    log?.warn(
      { alert: alert.id, channel: transport.channelOf(alert.series), reason: first.failure.reason },
      'Discord refused the chart (no Attach Files permission, or over the upload limit): alert posted without it',
    );
    const bare = await compose(alert, false);
    if (bare.status === 'invalid') return invalid(alert, bare.problems, bare.message);
    return post(bare.message);
  }

  function invalid(alert: AlertView, problems: string[], message: AlertMessage): Failure {
    log?.error(
      { alert: alert.id, problems, payload: message.body },
      'alert breaks Discord limits after formatting: not sent (a formatting bug)',
    );
    return {
      status: 'failed',
      retryable: false,
      kind: 'payload',
      reason: `alert breaks Discord limits: ${problems.join('; ')}`,
    };
  }

  function finish(alert: AlertView, result: Attempt | Failure, payload: () => unknown): DeliveryOutcome {
    if ('status' in result) return result;
    if (result.ok) return { status: 'sent', messageId: result.message.id };
    // The outbox logs every failure with its reason; only the payload of a refused message is added here.
    if (result.failure.kind === 'payload')
      log?.error({ alert: alert.id, reason: result.failure.reason, payload: payload() }, 'Discord refused the alert');
    else
      log?.debug(
        { alert: alert.id, reason: result.failure.reason, kind: result.failure.kind },
        'Discord did not take the alert',
      );
    return result.failure;
  }

  /** Without Embed Links Discord posts the message but drops its embed: put the alert in the text instead. */
  async function repairDroppedEmbed(alert: AlertView, posted: APIMessage): Promise<void> {
    if (posted.embeds.length > 0) return;
    log?.error(
      { alert: alert.id, channel: transport.channelOf(alert.series) },
      'Discord dropped the alert embed (the bot lacks Embed Links): alert rewritten as text; give it Embed Links',
    );
    const content = plainAlertContent(alert, settings.roleId);
    await attempt(alert.series, posted.id, () =>
      transport.edit(alert.series, posted.id, { content, allowed_mentions: allowedMentions(settings.roleId) }, []),
    );
  }

  return {
    kind: `discord-${transport.mode}`,
    async send(alert) {
      // An earlier attempt may have landed without us hearing the answer; look before posting again.
      if (alert.attempts > 0 && !alert.test && transport.findPosted && !rejected) {
        const find = transport.findPosted.bind(transport);
        const found = await find(alert.series, alertFooter(alert)).catch((error: unknown) => {
          if (error instanceof DiscordAPIError && error.status === 401) {
            rejected = classifyDiscordError(error, {
              mode: transport.mode,
              channelId: transport.channelOf(alert.series),
            });
          } else {
            log?.warn(
              { alert: alert.id, reason: classifyDiscordError(error, { mode: transport.mode }).reason },
              'could not read the channel to check for an earlier post; relying on the nonce',
            );
          }
          return null;
        });
        if (rejected) return rejected;
        if (found) {
          log?.info(
            { alert: alert.id, messageId: found },
            'alert was already posted by an earlier attempt; recording that message',
          );
          return { status: 'sent', messageId: found };
        }
      }
      let lastBody: MessageBody = {};
      const result = await withChartFallback(alert, (m) => {
        lastBody =
          transport.mode === 'bot' ? { ...m.body, nonce: alertNonce(alert), enforce_nonce: true } : { ...m.body };
        return attempt(alert.series, undefined, () => transport.create(alert.series, lastBody, m.files));
      });
      if (!('status' in result) && result.ok) await repairDroppedEmbed(alert, result.message);
      return finish(alert, result, () => lastBody);
    },
    async edit(alert, messageId) {
      let lastBody: MessageBody = {};
      const result = await withChartFallback(alert, (m) => {
        // Listing the attachments replaces the old chart with the new one instead of adding a second;
        // without a new chart the old one is left as it is.
        lastBody = { ...m.body };
        return attempt(alert.series, messageId, () => transport.edit(alert.series, messageId, lastBody, m.files));
      });
      return finish(alert, result, () => lastBody);
    },
    async sendNotice(notice: Notice) {
      const gate = limiter.take();
      if (!gate.ok) {
        log?.warn({ source: notice.sourceId, kind: notice.kind }, 'notice held back by the notice rate limit');
        return noticeLimited(gate.retryAfterMs, limit);
      }
      const body = { content: noticeContent(notice), flags: NOTICE_FLAGS, allowed_mentions: { parse: [] } };
      const result = await attempt(null, undefined, () => transport.create(null, body, []));
      if (result.ok) return { status: 'sent', messageId: result.message.id };
      log?.warn({ source: notice.sourceId, reason: result.failure.reason }, 'notice not delivered');
      return result.failure;
    },
  };
}

function refusesFiles(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.status === 403 || error.status === 413);
}
