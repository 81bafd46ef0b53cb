import cron from 'node-cron';

/**
 * The slots of a cron schedule: `next(after)` is the first slot after an instant near now (node-cron's own
 * matcher, in the schedule's time zone; it counts from the present, which is when the pipeline asks).
 */
export function scheduleSlots(schedule: string, timezone: string): (after: Date) => Date | null {
  const task = cron.createTask(schedule, () => undefined, { timezone });
  return (after) => {
    for (let count = 4; count <= 4096; count *= 4) {
      const next = task.getNextRuns(count).find((slot) => slot > after);
      if (next) return next;
    }
    return null;
  };
}

/** The cron expression that fires every `seconds` (a divisor of 60): the worker's look for due sources. */
export function checkExpression(seconds: number): string {
  return seconds === 60 ? '0 * * * * *' : `*/${seconds} * * * * *`;
}

/**
 * When the worker looks for due sources: every `seconds`, or on the schedule itself when its slots come at
 * least that often (a `* * * * * *` schedule is not slowed down to one look every 30 s).
 */
export function checkSchedule(schedule: string, timezone: string, seconds: number): string {
  const task = cron.createTask(schedule, () => undefined, { timezone });
  const runs = task.getNextRuns(4).map((d) => d.getTime());
  void task.destroy();
  const widest = Math.max(0, ...runs.slice(1).map((t, i) => t - runs[i]!));
  return runs.length > 1 && widest <= seconds * 1000 ? schedule : checkExpression(seconds);
}
