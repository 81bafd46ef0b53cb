// Times as people read them in logs and on the status page: in the configured time zone, with its name.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timezone: string): Intl.DateTimeFormat {
  let format = formats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formats.set(timezone, format);
  }
  return format;
}

function parts(date: Date, timezone: string): Record<string, string> {
  return Object.fromEntries(
    formatIn(timezone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
}

/**
 * "14:30 GMT+5" when `date` falls on the same day as `now` in `timezone`, else "7 Dec 00:30 GMT+5"
 * (and the year too when it differs): short enough for a log line, never ambiguous.
 */
export function clockLabel(date: Date, timezone: string, now: Date = new Date()): string {
  const p = parts(date, timezone);
  const today = parts(now, timezone);
  const time = `${p.hour}:${p.minute} ${p.timeZoneName}`;
  if (p.day === today.day && p.month === today.month && p.year === today.year) return time;
  return `${p.day} ${p.month}${p.year === today.year ? '' : ` ${p.year}`} ${time}`;
}

/** "6 Dec 2026 14:30 GMT+5": a full time, for tables and pages that are read later. */
export function dateTimeLabel(date: Date, timezone: string): string {
  const p = parts(date, timezone);
  return `${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}
