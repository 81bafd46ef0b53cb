import robotsParserModule from 'robots-parser';
import { DEFAULTS, type Config } from '../../config.js';
import type { Check } from '../../notify/discord/checks.js';
import type { HttpClient } from '../../scrapers/types.js';
import type { Store } from '../../store/types.js';

// The package is CommonJS (module.exports = fn) but its types declare an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** The User-Agent must name whoever runs the bot: the shipped one names the placeholder project. */
export function checkUserAgent(config: Pick<Config, 'userAgent'>): Check {
  if (config.userAgent === DEFAULTS.userAgent || config.userAgent.includes('github.com/exportwatch/exportwatch'))
    return {
      name: 'user-agent',
      status: 'warn',
      detail: `"${config.userAgent}" still names the placeholder project`,
      fix: 'set USER_AGENT to name you and a contact URL or e-mail, e.g. "exportwatch/0.1 (+https://your.site/bot)": site owners use it to reach you',
    };
  return { name: 'user-agent', status: 'ok', detail: config.userAgent };
}

/**
 * Each source as the worker would read it: its robots.txt, then one conditional GET of its URL with the
 * validators the worker stored (nothing is saved). `http` must not obey robots.txt itself: this reads it.
 */
export async function checkSources(config: Config, http: HttpClient, store: Store): Promise<Check[]> {
  const agent = config.userAgent.split('/')[0]!.trim().toLowerCase() || 'exportwatch';
  return Promise.all(
    config.sources.map(async (source): Promise<Check> => {
      const name = `source ${source.id}`;
      const origin = new URL(source.url).origin;
      const robots = await http.get(`${origin}/robots.txt`, { expect: 'text' });
      if (robots.status === 'error' && (robots.httpStatus === null || robots.httpStatus >= 500))
        return {
          name,
          status: 'fail',
          detail: `robots.txt unreadable: ${robots.error.reason}`,
          fix: robots.error.unreachable ? 'check the network and DNS of this machine' : `check ${origin}`,
        };
      if (
        robots.status === 'ok' &&
        robotsParser(robots.page.url, robots.page.body).isAllowed(source.url, agent) === false
      )
        return {
          name,
          status: 'fail',
          detail: `robots.txt of ${origin} disallows ${source.url} for ${agent}`,
          fix: 'remove the source, or ask the site',
        };
      const known = await store.validators(source.url);
      const res = await http.get(source.url, {
        expect: source.kind === 'rss' || source.kind === 'sitemap' ? 'xml' : 'html',
        validators: known ?? {},
      });
      if (res.status === 'not-modified') return { name, status: 'ok', detail: 'unchanged since the last read (304)' };
      if (res.status === 'error')
        return {
          name,
          status: 'fail',
          detail: res.error.reason,
          fix: res.error.unreachable
            ? 'check the network and DNS of this machine'
            : `check the source's url in ${config.configFile}`,
        };
      return {
        name,
        status: 'ok',
        detail: `${Math.round(res.page.body.length / 1024)} KB${known ? ' (changed since the last read)' : ''}`,
      };
    }),
  );
}
