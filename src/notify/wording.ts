import { monthLabel } from '../calendar/months.js';
import { moneyLabel, percentLabel, signedMoneyLabel } from './format.js';
import type { AlertView } from './types.js';

/** A sentence with the part a medium may emphasise (bold in Discord) kept apart. */
export interface Phrase {
  strong: string;
  rest: string;
}

/** The words of a record alert, the same in every medium; each notifier only lays them out. */
export interface AlertWording {
  /** "New monthly record: Pakistan IT exports", "[TEST] " before it on a test. */
  title: string;
  /** "$303 million in December 2023", then ", the highest month on record." */
  headline: Phrase;
  /** "+$43 million (+16.5%) over the previous record: $260 million in March 2022." */
  margin: string;
  /** Why the margin cannot be trusted, when the history is incomplete. */
  caveat: string | null;
  /** Said on a `notify-test` message. */
  testNote: string | null;
}

/** What every notifier says about `alert`: stdout, the Discord embed and its plain-text fallback. */
export function alertWording(alert: AlertView): AlertWording {
  return {
    title: `${alert.test ? '[TEST] ' : ''}New monthly record: ${alert.seriesName}`,
    headline: {
      strong: `${moneyLabel(alert.value, alert.currency)} in ${monthLabel(alert.month)}`,
      rest: ', the highest month on record.',
    },
    margin: marginSentence(alert),
    caveat: alert.historyIncomplete
      ? 'The history held here is incomplete, so the record is as the article claims it and the margin is unconfirmed.'
      : null,
    testNote: alert.test ? 'This is a test message from `exportwatch notify-test`, not a new record.' : null,
  };
}

function marginSentence(alert: Pick<AlertView, 'value' | 'currency' | 'previous'>): string {
  if (!alert.previous) return 'No earlier record is known.';
  const diff = alert.value - alert.previous.value;
  const pct = (diff / alert.previous.value) * 100;
  return `${signedMoneyLabel(diff, alert.currency)} (${percentLabel(pct)}) over the previous record: ${moneyLabel(alert.previous.value, alert.currency)} in ${monthLabel(alert.previous.month)}.`;
}

/** A phrase as plain text. */
export const plainPhrase = (p: Phrase): string => `${p.strong}${p.rest}`;
