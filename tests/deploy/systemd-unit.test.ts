/**
 * The shipped systemd unit keeps its hardening and agrees with the code (stop bound, exit codes).
 * CI also runs systemd's own `verify` and security review on it (deploy/check.sh).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { DEFAULTS } from '../../src/config.js';
import { ROOT } from '../support/paths.js';

/** Section → key → every value given (a key may repeat). */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1]!, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (!current || eq < 0) throw new Error(`not a unit file line: ${line}`);
    const key = line.slice(0, eq);
    current.set(key, [...(current.get(key) ?? []), line.slice(eq + 1)]);
  }
  return sections;
}

const unit = parseUnit(readFileSync(resolve(ROOT, 'deploy/exportwatch.service'), 'utf8'));
const service = unit.get('Service')!;
const value = (key: string): string | undefined => service.get(key)?.at(-1);
const seconds = (v: string | undefined): number => Number(/^(\d+)s$/.exec(v ?? '')?.[1]);

describe('deploy/exportwatch.service', () => {
  it('runs `exportwatch start` as its own unprivileged user, restarting it on failure', () => {
    expect(value('User')).toBe('exportwatch');
    expect(value('ExecStart')).toMatch(/^\/usr\/bin\/node (?:--\S+ )*\/opt\/exportwatch\/bin\/exportwatch\.js start$/);
    expect(value('Restart')).toBe('on-failure');
    expect(unit.get('Install')?.get('WantedBy')).toEqual(['multi-user.target']);
  });

  it('gives Node the heap limit the tick benchmark runs with, so its memory figures hold in production', () => {
    const benchScript = (
      JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts['bench:tick'];
    const benchFlag = /--max-old-space-size=\d+/.exec(benchScript ?? '')?.[0];
    expect(benchFlag).toBeDefined();
    expect(value('ExecStart')?.split(' ')).toContain(benchFlag);
  });

  it('keeps the database in the state directory systemd creates and owns for that user', () => {
    expect(value('StateDirectory')).toBe('exportwatch');
    expect(service.get('Environment')?.join(' ')).toMatch(/\bDATABASE_PATH=\/var\/lib\/exportwatch\/\S+\.db\b/);
  });

  it.each([
    ['NoNewPrivileges', 'yes'],
    ['ProtectSystem', 'strict'],
    ['ProtectHome', 'yes'],
    ['PrivateTmp', 'yes'],
    ['PrivateDevices', 'yes'],
    ['ProtectKernelTunables', 'yes'],
    ['ProtectKernelModules', 'yes'],
    ['ProtectControlGroups', 'yes'],
    ['RestrictNamespaces', 'yes'],
    ['RestrictSUIDSGID', 'yes'],
    ['LockPersonality', 'yes'],
    ['CapabilityBoundingSet', ''],
    ['SystemCallArchitectures', 'native'],
  ])('is hardened with %s=%s', (key, expected) => {
    expect(value(key)).toBe(expected);
  });

  it('limits system calls to those of an ordinary service and sockets to IP and local ones', () => {
    expect(service.get('SystemCallFilter')).toContain('@system-service');
    expect(value('RestrictAddressFamilies')?.split(' ').sort()).toEqual(['AF_INET', 'AF_INET6', 'AF_UNIX']);
  });

  it('leaves write-and-execute memory allowed, which the V8 JIT needs', () => {
    expect(service.has('MemoryDenyWriteExecute')).toBe(false);
  });

  it('waits longer on stop than the worker waits for its running tick', () => {
    expect(value('KillSignal') ?? 'SIGTERM').toBe('SIGTERM');
    expect(seconds(value('TimeoutStopSec')) * 1000).toBeGreaterThan(DEFAULTS.shutdownTimeoutMs);
  });

  it('does not restart after a configuration error, which a restart cannot fix', () => {
    expect(value('RestartPreventExitStatus')?.split(' ')).toContain(String(EXIT.usage));
  });
});
