import { dateTimeLabel } from '../calendar/clock.js';
import { monthLabel } from '../calendar/months.js';
import { moneyLabel, signedMoneyLabel, percentLabel } from '../notify/format.js';
import type { SourceStatus } from '../pipeline/source-status.js';
import type { TickEntry } from '../store/types.js';
import { html, linkable, type SafeHtml } from './html.js';
import type { AlertStatus, RecordEntry, SeriesStatus, StatusData } from './status.js';

/** The chart's size on the page (the PNG is drawn at twice this, sharp on high-density screens). */
const CHART = { width: 896, height: 405 };

/** How each alert state reads: a word (never a colour alone) and what a person should know about it. */
const ALERT_STATES: Readonly<Record<string, { label: string; detail: (a: AlertStatus, when: When) => SafeHtml }>> = {
  sent: {
    label: 'sent',
    detail: (a, when) => {
      const at = a.sentAt ? ` ${when(a.sentAt)}` : '';
      if (a.messageUrl) return html`<a href="${a.messageUrl}">Discord message</a>${at}`;
      if (a.messageId) return html`Discord message ${a.messageId}${at}`;
      return html`printed to stdout${at}`;
    },
  },
  pending: {
    label: 'pending',
    detail: (a, when) =>
      a.nextAttemptAt
        ? html`next try ${when(a.nextAttemptAt)}${a.detail ? html`; last try failed: ${a.detail}` : ''}`
        : html`posted at the next tick`,
  },
  failed: { label: 'failed', detail: (a) => html`${a.detail ?? 'no reason recorded'}` },
  held: { label: 'held', detail: (a) => html`${a.detail ?? 'held for review'}` },
  corrected: { label: 'corrected', detail: (a) => html`${a.detail ?? ''}` },
  rejected: { label: 'rejected', detail: (a) => html`${a.detail ?? ''}` },
};

type When = (iso: string) => string;

/** The whole status page: one server-rendered document, no script, readable on a phone. */
export function statusPage(data: StatusData): string {
  const when: When = (iso) => dateTimeLabel(new Date(iso), data.timezone);
  const lastTick = data.ticks[0];
  const page = html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>exportwatch status</title>
        <link rel="stylesheet" href="/status.css" />
      </head>
      <body>
        <a class="skip" href="#main">Skip to the status</a>
        <header>
          <h1>exportwatch status</h1>
          <p class="lede">
            ${lastTick ? html`Last tick ${when(lastTick.finishedAt)}: ${lastTick.summary}.` : 'No tick has finished yet.'}
            ${data.nextTick ? html` Every source read again by ${when(data.nextTick)}.` : ''}
            ${data.health ? html` Health: <span class="badge ${data.health.status}">${data.health.status}</span>.` : ''}
          </p>
          <nav aria-label="Sections">
            <ul>
              <li><a href="#series">Series</a></li>
              <li><a href="#alerts">Alerts</a></li>
              <li><a href="#sources">Sources</a></li>
              <li><a href="#ticks">Ticks</a></li>
            </ul>
          </nav>
        </header>
        <main id="main">
          <section id="series" aria-labelledby="series-title">
            <h2 id="series-title">Series</h2>
            ${data.series.map((s) => seriesSection(s))}
          </section>
          ${alertsSection(data.alerts, when)} ${sourcesSection(data.sources, when)} ${ticksSection(data.ticks, when)}
        </main>
        <footer>
          <p>
            exportwatch ${data.version} · page made ${when(data.generatedAt)} · times in ${data.timezone} · the same
            data as JSON: <a href="/api/status">/api/status</a>
          </p>
        </footer>
      </body>
    </html> `;
  return page.markup;
}

function seriesSection(s: SeriesStatus): SafeHtml {
  const money = (v: number): string => moneyLabel(v, s.currency);
  const held =
    s.monthsHeld === 0
      ? html`No month held yet.`
      : html`${s.monthsHeld} months held, ${monthLabel(s.firstMonth!)} to ${monthLabel(s.lastMonth!)}.`;
  const record = s.record
    ? html` Record: <strong>${money(s.record.value)} in ${monthLabel(s.record.month)}</strong>.`
    : '';
  const seed = s.seed
    ? ''
    : html` <span class="note"
        >No seed history: it alerts only when an article itself claims a record, until its history fills.</span
      >`;
  return html`<article class="series" aria-labelledby="s-${s.id}">
    <h3 id="s-${s.id}">${s.name}</h3>
    <p>${held}${record}${seed}</p>
    ${
      s.chart && s.record
        ? html`<figure>
            <img
              src="${s.chart}"
              width="${CHART.width}"
              height="${CHART.height}"
              alt="Bar chart of ${s.name}, the last 24 months up to its record of ${money(s.record.value)} in ${monthLabel(s.record.month)}."
            />
          </figure>`
        : ''
    }
    ${s.records.length > 0 ? recordTable(s, money) : ''}
  </article>`;
}

function recordTable(s: SeriesStatus, money: (v: number) => string): SafeHtml {
  const margin = (r: RecordEntry): string => {
    if (!r.previous) return 'first known';
    const diff = r.value - r.previous.value;
    return `${signedMoneyLabel(diff, s.currency)} (${percentLabel((diff / r.previous.value) * 100)}) over ${monthLabel(r.previous.month)}`;
  };
  return scroller(
    `records-${s.id}`,
    html`<table>
      <caption id="records-${s.id}">
        Record chain of ${s.name}, newest first
      </caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Value</th>
          <th scope="col">Over the previous record</th>
          <th scope="col">Sources</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        ${s.records.map(
          (r) =>
            html`<tr>
              <th scope="row">${monthLabel(r.month)}</th>
              <td class="num">${money(r.value)}</td>
              <td>${margin(r)}</td>
              <td>${sourceList(r)}</td>
              <td>${recordState(r, money)}</td>
            </tr> `,
        )}
      </tbody>
    </table>`,
  );
}

function sourceList(r: RecordEntry): SafeHtml {
  if (r.sources.length === 0) return html`—`;
  return html`<ul class="plain">
    ${r.sources.map((src) => html`<li>${src.url ? link(src.url, src.outlet) : src.outlet}</li>`)}
  </ul>`;
}

// A month the history knew without an alert has no state worth a word; the others say what became of the
// alert, and a held, corrected or rejected record why.
function recordState(r: RecordEntry, money: (v: number) => string): SafeHtml {
  if (r.state === 'known') return html`—`;
  const found = r.correctedTo !== null ? html` Found: ${money(r.correctedTo)}.` : '';
  return html`${r.alertId !== null ? html`#${r.alertId} ` : ''}<span class="badge ${r.state}">${r.state}</span>${
      r.reason ? html`<span class="reason"> ${r.reason}.${found}</span>` : ''
    }`;
}

function alertsSection(alerts: readonly AlertStatus[], when: When): SafeHtml {
  const body =
    alerts.length === 0
      ? html`<p>No alert yet: one is made when a new monthly record is read.</p>`
      : scroller(
          'alerts-caption',
          html`<table>
            <caption id="alerts-caption">
              Latest alerts, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Alert</th>
                <th scope="col">Series</th>
                <th scope="col">Month</th>
                <th scope="col">Value</th>
                <th scope="col">State</th>
                <th scope="col">Detail</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              ${alerts.map((a) => {
                const state = ALERT_STATES[a.state] ?? {
                  label: a.state,
                  detail: (x: AlertStatus) => html`${x.detail ?? ''}`,
                };
                return html`<tr>
                  <th scope="row">#${a.id}</th>
                  <td>${a.seriesName}</td>
                  <td>${monthLabel(a.month)}</td>
                  <td class="num">${moneyLabel(a.value, a.currency)}</td>
                  <td><span class="badge ${a.state}">${state.label}</span></td>
                  <td>${state.detail(a, when)}</td>
                  <td>
                    <ul class="plain">
                      ${a.sources.map((s) => html`<li>${link(s.url, s.title?.trim() ? `${s.outlet}: ${s.title}` : s.outlet)}</li>`)}
                    </ul>
                  </td>
                </tr> `;
              })}
            </tbody>
          </table>`,
        );
  return html`<section id="alerts" aria-labelledby="alerts-title">
    <h2 id="alerts-title">Alerts</h2>
    ${body}
  </section>`;
}

function sourcesSection(sources: readonly SourceStatus[], when: When): SafeHtml {
  const time = (iso: string | null): string => (iso ? when(iso) : '—');
  return html`<section id="sources" aria-labelledby="sources-title">
    <h2 id="sources-title">Sources</h2>
    ${scroller(
      'sources-caption',
      html`<table>
        <caption id="sources-caption">
          Every configured source and how it fares
        </caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Last success</th>
            <th scope="col">Last error</th>
            <th scope="col">Next attempt</th>
            <th scope="col">Articles read</th>
          </tr>
        </thead>
        <tbody>
          ${sources.map(
            (s) =>
              html`<tr>
                <th scope="row">${link(s.url, s.id)}<br /><span class="note">${s.outlet} · ${s.kind}</span></th>
                <td>
                  <span class="badge ${s.status}">${s.status}</span
                  >${s.consecutiveFailures > 0 ? html`<br /><span class="note">${s.consecutiveFailures} failure${s.consecutiveFailures === 1 ? '' : 's'} in a row</span>` : ''}
                </td>
                <td>${time(s.lastSuccessAt)}</td>
                <td>
                  ${s.lastError ? html`${s.lastError}<br /><span class="note">${time(s.lastErrorAt)}</span>` : '—'}
                </td>
                <td>${s.due ? 'at the next tick' : time(s.nextAttemptAt)}</td>
                <td class="num">
                  ${s.lastArticles}${s.lastArticleErrors > 0 ? html`<br /><span class="note">${s.lastArticleErrors} failed</span>` : ''}
                </td>
              </tr> `,
          )}
        </tbody>
      </table>`,
    )}
  </section>`;
}

function ticksSection(ticks: readonly TickEntry[], when: When): SafeHtml {
  const body =
    ticks.length === 0
      ? html`<p>No tick has finished yet.</p>`
      : scroller(
          'ticks-caption',
          html`<table>
            <caption id="ticks-caption">
              The last ticks, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Finished</th>
                <th scope="col">Why</th>
                <th scope="col">Outcome</th>
                <th scope="col">Summary</th>
              </tr>
            </thead>
            <tbody>
              ${ticks.map(
                (t) =>
                  html`<tr>
                    <th scope="row">${when(t.finishedAt)}</th>
                    <td>${t.reason}</td>
                    <td><span class="badge ${t.outcome}">${t.outcome}</span></td>
                    <td>${t.summary}</td>
                  </tr> `,
              )}
            </tbody>
          </table>`,
        );
  return html`<section id="ticks" aria-labelledby="ticks-title">
    <h2 id="ticks-title">Ticks</h2>
    ${body}
  </section>`;
}

// A wide table scrolls sideways on a phone inside a region a keyboard can reach.
function scroller(labelledBy: string, table: SafeHtml): SafeHtml {
  return html`<div class="scroll" role="region" aria-labelledby="${labelledBy}" tabindex="0">${table}</div>`;
}

// A link only to http(s) addresses; anything else found in a page is shown as text.
function link(url: string, text: string): SafeHtml {
  const href = linkable(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>` : html`${text}`;
}

/** A page for a path that does not exist. */
export function notFoundPage(path: string): string {
  return html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Not found · exportwatch</title>
        <link rel="stylesheet" href="/status.css" />
      </head>
      <body>
        <main id="main">
          <h1>Not found</h1>
          <p>
            Nothing here at <code>${path}</code>. The status is at <a href="/">/</a>, its data at
            <a href="/api/status">/api/status</a>.
          </p>
        </main>
      </body>
    </html> `.markup;
}
