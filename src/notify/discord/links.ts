import type { NotifierConfig } from '../../config.js';

/** A channel alerts are posted in, and the server (guild) it belongs to when it is a server channel. */
export interface ChannelPlace {
  channelId: string;
  guildId: string | null;
}

/**
 * Builds links to posted alerts as Discord's own "Copy Message Link" writes them
 * (https://discord.com/channels/GUILD/CHANNEL/MESSAGE), from the channels the start-up check found.
 * A series' channel is its own (DISCORD_SERIES_CHANNELS) or the default; a webhook posts in its own.
 * Null when the server is not known (the check failed or was not run): then there is no link to make.
 */
export function messageLinks(
  config: NotifierConfig,
  places: readonly ChannelPlace[],
): (series: string, messageId: string) => string | null {
  const guildOf = new Map(places.map((p) => [p.channelId, p.guildId]));
  return (series, messageId) => {
    const channel =
      config.kind === 'discord-bot'
        ? (config.channels[series] ?? config.channelId)
        : config.kind === 'discord-webhook'
          ? places[0]?.channelId
          : undefined;
    const guild = channel ? guildOf.get(channel) : undefined;
    if (!channel || !guild || !/^\d+$/.test(messageId)) return null;
    return `https://discord.com/channels/${guild}/${channel}/${messageId}`;
  };
}
