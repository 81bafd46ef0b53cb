/** The bot's identity and its guild: what a notifier reads to work out its permissions. */
import { P, api, type RouteDef } from '../handler.js';
import { apiError } from '../replies.js';
import { botUser, guildObject, memberObject } from '../shapes.js';

export const GUILD_ROUTES: RouteDef[] = [
  {
    method: 'GET',
    pattern: api('/users/@me'),
    route: 'me',
    auth: 'bot',
    handle: (state) => ({ status: 200, body: botUser(state) }),
  },
  {
    method: 'GET',
    pattern: api(`/guilds/${P}`),
    route: 'guild',
    auth: 'bot',
    handle: (state, rq) =>
      rq.params[0] === state.settings.guildId
        ? { status: 200, body: guildObject(state) }
        : apiError(404, 10004, 'Unknown Guild'),
  },
  {
    method: 'GET',
    pattern: api(`/guilds/${P}/members/${P}`),
    route: 'member',
    auth: 'bot',
    handle(state, rq) {
      const [guild = '', member = ''] = rq.params;
      if (guild !== state.settings.guildId) return apiError(404, 10004, 'Unknown Guild');
      return member === state.settings.botUserId
        ? { status: 200, body: memberObject(state) }
        : apiError(404, 10007, 'Unknown Member');
    },
  },
];
