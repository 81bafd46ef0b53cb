import { createHash, randomUUID } from 'node:crypto';
import { DiscordAPIError, type APIMessage } from 'discord.js';
import type { Logger } from '../../log.js';
import { alertFooter } from './embed.js';
import { followUpEmbed, followUpFooter, reviewEmbed, reviewFooter } from './followups.js';
import { limitProblems } from './limits.js';
import { allowedMentions, composeAlert, plainAlertContent, type AlertMessage, type ComposeOptions } from './message.js';
import { createNoticeLimiter, NOTICE_FLAGS, NOTICE_LIMIT, noticeContent, noticeLimited } from './notices.js';
import type { AlertView, DeliveryOutcome, Notice, Notifier } from '../types.js';
import { classifyDiscordError, type Failure } from './errors.js';
import type { MessageBody, Transport } from './transport.js';

/** Settings of a Discord notifier beyond its transport. */
export interface DiscordNotifierSettings extends Omit<ComposeOptions, 'log'> {
  log?: Logger;
  /** Where held records go for a person to look at (DISCORD_REVIEW_CHANNEL_ID); none when absent. */
  reviewTransport?: Transport;
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
  return nonceOf(alert.test ? `test-${randomUUID()}` : `exportwatch-alert-${alert.series}-${alert.month}`);
}

/** The nonce of a correction's follow-up: one per alert and correction, so a resend returns the first. */
export function followUpNonce(
  alert: Pick<AlertView, 'series' | 'month'> & { correction?: { count: number } | null },
): string {
  return nonceOf(`exportwatch-correction-${alert.series}-${alert.month}-${alert.correction?.count ?? 1}`);
}

/** The nonce of a held record's message in the review channel. */
export function reviewNonce(alert: Pick<AlertView, 'series' | 'month'>): string {
  return nonceOf(`exportwatch-review-${alert.series}-${alert.month}`);
}

const nonceOf = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 25);

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
    via: Transport = transport,
  ): Promise<Attempt> {
    if (rejected) return { ok: false, failure: rejected, error: null };
    try {
      return { ok: true, message: await run() };
    } catch (error) {
      const failure = classifyDiscordError(error, {
        mode: via.mode,
        channelId: via.channelOf(series),
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

  /**
   * Before posting again what an earlier try may have posted (its answer lost), a bot looks for it in the
   * channel by its footer: the message when found, null when the look worked and found nothing, else a failure.
   * Only a look that worked may lead to a post: by the next try Discord has often forgotten the nonce, so posting
   * after a failed look (one closed connection was enough) posted the alert twice.
   */
  async function lookBack(
    via: Transport,
    alert: AlertView,
    footer: string,
    attempts: number,
  ): Promise<DeliveryOutcome | null> {
    if (attempts === 0 || alert.test || !via.findPosted || rejected) return rejected;
    const find = via.findPosted.bind(via);
    const look = await find(alert.series, footer).then(
      (found) => ({ ok: true as const, found }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (!look.ok) return lookFailed(via, alert, look.error);
    const { found } = look;
    if (!found) return null;
    log?.info(
      { alert: alert.id, messageId: found },
      'alert was already posted by an earlier attempt; recording that message',
    );
    const channel = via.channelOf(alert.series);
    const url = channel ? via.linkTo({ id: found, channel_id: channel }) : null;
    return url ? { status: 'sent', messageId: found, messageUrl: url } : { status: 'sent', messageId: found };
  }

  /** A look at the channel that failed: the message waits for the outbox's next try, which looks again. */
  function lookFailed(via: Transport, alert: AlertView, error: unknown): Failure {
    const failure = classifyDiscordError(error, { mode: via.mode, channelId: via.channelOf(alert.series) });
    if (error instanceof DiscordAPIError && error.status === 401) return (rejected = failure);
    log?.warn(
      { alert: alert.id, reason: failure.reason },
      'could not read the channel to check for an earlier post; not posting again until it can',
    );
    return {
      ...failure,
      // Whatever the read's answer, the message itself is fine: it stays due.
      retryable: true,
      kind: failure.kind === 'payload' ? 'transient' : failure.kind,
      reason: `not posted again: an earlier try may have posted it, and reading the channel to check failed: ${failure.reason}`,
    };
  }

  /** Learns where the channel is, once; only a rejected token (which discord.js then forgets) stops the post. */
  async function locate(via: Transport, series: string | null): Promise<Failure | null> {
    if (rejected) return rejected;
    try {
      await via.locate(series);
    } catch (error) {
      if (error instanceof DiscordAPIError && error.status === 401 && via.mode === 'bot') {
        rejected = classifyDiscordError(error, { mode: via.mode, channelId: via.channelOf(series) });
        return rejected;
      }
      log?.debug(
        { reason: classifyDiscordError(error, { mode: via.mode }).reason },
        "could not learn the channel's server: no message link",
      );
    }
    return null;
  }

  /** Posts a prepared message (a follow-up, a review) after checking Discord's limits. */
  async function post(via: Transport, alert: AlertView, body: MessageBody): Promise<DeliveryOutcome> {
    const problems = limitProblems(body as Parameters<typeof limitProblems>[0]);
    if (problems.length > 0) return invalid(alert, problems, { body: body as AlertMessage['body'], files: [] });
    const result = await attempt(alert.series, undefined, () => via.create(alert.series, body, []), via);
    return finish(alert, result, () => body);
  }

  const notifier: Notifier = {
    kind: `discord-${transport.mode}`,
    async send(alert) {
      const earlier = await lookBack(transport, alert, alertFooter(alert), alert.attempts);
      if (earlier) return earlier;
      // Learn the channel's server once, before the post: a link to the message is recorded with it.
      const located = await locate(transport, alert.series);
      if (located) return located;
      let lastBody: MessageBody = {};
      const result = await withChartFallback(alert, (m) => {
        lastBody =
          transport.mode === 'bot' ? { ...m.body, nonce: alertNonce(alert), enforce_nonce: true } : { ...m.body };
        return attempt(alert.series, undefined, () => transport.create(alert.series, lastBody, m.files));
      });
      if (!('status' in result) && result.ok) await repairDroppedEmbed(alert, result.message);
      return withLink(
        transport,
        finish(alert, result, () => lastBody),
        result,
      );
    },
    async edit(alert, messageId) {
      let lastBody: MessageBody = {};
      const result = await withChartFallback(alert, (m) => {
        // Listing the attachments replaces the old chart with the new one instead of adding a second;
        // without a new chart the old one is left as it is.
        lastBody = { ...m.body };
        return attempt(alert.series, messageId, () => transport.edit(alert.series, messageId, lastBody, m.files));
      });
      return withLink(
        transport,
        finish(alert, result, () => lastBody),
        result,
      );
    },
    async followUp(alert) {
      const earlier = await lookBack(transport, alert, followUpFooter(alert), alert.followUp?.attempts ?? 0);
      if (earlier) return earlier;
      const body: MessageBody = { embeds: [followUpEmbed(alert)], allowed_mentions: { parse: [] } };
      // As a bot: a reply to the corrected message (without pinging anyone), and a nonce against a second post.
      if (transport.mode === 'bot') {
        body.nonce = followUpNonce(alert);
        body.enforce_nonce = true;
        if (alert.messageId) {
          body.message_reference = { message_id: alert.messageId, fail_if_not_exists: false };
          body.allowed_mentions = { parse: [], replied_user: false };
        }
      }
      return post(transport, alert, body);
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
  const reviews = settings.reviewTransport;
  if (reviews)
    notifier.review = async (alert) => {
      const earlier = await lookBack(reviews, alert, reviewFooter(alert), alert.review?.attempts ?? 0);
      if (earlier) return earlier;
      return post(reviews, alert, {
        embeds: [reviewEmbed(alert)],
        allowed_mentions: { parse: [] },
        nonce: reviewNonce(alert),
        enforce_nonce: true,
      });
    };
  return notifier;
}

/** A sent outcome with the link to the message, when the transport knows the message's server. */
function withLink(via: Transport, outcome: DeliveryOutcome, result: Attempt | Failure): DeliveryOutcome {
  if (outcome.status !== 'sent' || 'status' in result || !result.ok) return outcome;
  const url = via.linkTo(result.message);
  return url ? { ...outcome, messageUrl: url } : outcome;
}

function refusesFiles(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.status === 403 || error.status === 413);
}
