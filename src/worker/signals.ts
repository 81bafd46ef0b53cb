/**
 * Calls `onStop` on the first SIGINT or SIGTERM and `onForce` on any later one, so a person who
 * presses Ctrl-C twice is not kept waiting for a slow tick.
 */
export function onStopSignals(
  onStop: (signal: NodeJS.Signals) => void,
  onForce: (signal: NodeJS.Signals) => void,
): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals): void => {
    if (stopping) return onForce(signal);
    stopping = true;
    onStop(signal);
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
