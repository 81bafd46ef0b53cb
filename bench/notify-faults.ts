// npm run bench:notify — the fault run of tests/notify/faults.soak.test.ts with its figures printed:
// faults injected by kind, outbox passes, alerts lost and duplicated, and the time it took.
import { runFaultScenario } from '../tests/notify/fault-scenario.js';

const seed = Number(process.argv[2] ?? 6);
for (const mode of ['bot', 'webhook'] as const) {
  const figures = await runFaultScenario({ mode, alerts: 20, faults: 100, seed });
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
