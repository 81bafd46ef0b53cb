import { describe, expect, it } from 'vitest';
import { overriding } from '../../src/ops/decorate.js';

describe('decorators over Store and HttpClient', () => {
  it('pass through every member they do not replace, including ones the interface gains later, bound to the original', async () => {
    class Client {
      calls = 0;
      async get(url: string): Promise<string> {
        this.calls++;
        return `got ${url}`;
      }
      async robots(host: string): Promise<string> {
        return `robots of ${host} after ${this.calls} calls`;
      }
    }
    const original = new Client();
    const seen: string[] = [];
    const wrapped = overriding(original, {
      async get(url) {
        seen.push(url);
        return original.get(url);
      },
    });

    expect(await wrapped.get('a')).toBe('got a');
    expect(await wrapped.robots('example.com')).toBe('robots of example.com after 1 calls');
    expect(wrapped.calls).toBe(1);
    expect(seen).toEqual(['a']);
  });
});
