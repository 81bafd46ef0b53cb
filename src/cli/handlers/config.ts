import { redact } from '../../log.js';
import { commandApp } from '../context.js';

/** `exportwatch config`: the validated configuration with every secret redacted. */
export async function showConfig(opts: { config?: string; json?: boolean }): Promise<void> {
  const { config } = await commandApp(opts);
  const { secrets, ...shown } = config;
  const safe = redact(shown, secrets) as Record<string, unknown>;
  process.stdout.write(opts.json ? `${JSON.stringify(safe, null, 2)}\n` : listing(safe));
}

// One "key  value" line per setting; lists of objects (series, sources) show their ids.
function listing(config: Record<string, unknown>): string {
  const rows: [string, string][] = [];
  const walk = (prefix: string, value: unknown): void => {
    if (Array.isArray(value)) {
      const ids = value.map((v) => (v && typeof v === 'object' && 'id' in v ? String(v.id) : JSON.stringify(v)));
      rows.push([prefix, `${value.length}${ids.length ? `: ${ids.join(', ')}` : ''}`]);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    } else {
      rows.push([prefix, value === null || value === undefined ? '-' : String(value)]);
    }
  };
  walk('', config);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join('');
}
