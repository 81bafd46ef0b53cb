import type { APIEmbed, APIEmbedField } from 'discord.js';
import { clip, textLength } from './escape.js';

/** Discord's documented message limits (lengths in characters, sizes in bytes). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author name of all embeds together. */
  embedTotal: 6000,
  /** Per file on a server without boosts. */
  attachmentBytes: 10 * 1024 * 1024,
  attachmentDescription: 1024,
  nonce: 25,
} as const;

/** The parts of a message body the limits apply to. */
export interface MessageParts {
  content?: string;
  embeds?: APIEmbed[];
  attachments?: Array<{ description?: string }>;
  nonce?: string;
}

function embedTextLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + textLength(f.name) + textLength(f.value), 0);
  return (
    textLength(embed.title ?? '') +
    textLength(embed.description ?? '') +
    textLength(embed.footer?.text ?? '') +
    textLength(embed.author?.name ?? '') +
    fields
  );
}

/** Every limit the message breaks, each naming the field as Discord would; empty when Discord will accept it. */
export function limitProblems(
  message: MessageParts,
  files: ReadonlyArray<{ name: string; data: Buffer }> = [],
  maxAttachmentBytes: number = DISCORD_LIMITS.attachmentBytes,
): string[] {
  const problems: string[] = [];
  const over = (path: string, value: string | undefined, max: number): void => {
    const length = textLength(value ?? '');
    if (length > max) problems.push(`${path} is ${length} characters; Discord allows ${max}`);
  };
  over('content', message.content, DISCORD_LIMITS.content);
  over('nonce', message.nonce, DISCORD_LIMITS.nonce);
  const embeds = message.embeds ?? [];
  if (embeds.length > DISCORD_LIMITS.embeds)
    problems.push(`${embeds.length} embeds; Discord allows ${DISCORD_LIMITS.embeds}`);
  embeds.forEach((embed, i) => {
    over(`embeds[${i}].title`, embed.title, DISCORD_LIMITS.title);
    over(`embeds[${i}].description`, embed.description, DISCORD_LIMITS.description);
    over(`embeds[${i}].footer.text`, embed.footer?.text, DISCORD_LIMITS.footerText);
    over(`embeds[${i}].author.name`, embed.author?.name, DISCORD_LIMITS.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > DISCORD_LIMITS.fields)
      problems.push(`embeds[${i}].fields has ${fields.length} fields; Discord allows ${DISCORD_LIMITS.fields}`);
    fields.forEach((f, j) => {
      over(`embeds[${i}].fields[${j}].name`, f.name, DISCORD_LIMITS.fieldName);
      over(`embeds[${i}].fields[${j}].value`, f.value, DISCORD_LIMITS.fieldValue);
      if (f.name.trim() === '' || f.value.trim() === '')
        problems.push(`embeds[${i}].fields[${j}] has an empty name or value`);
    });
  });
  const total = embeds.reduce((n, e) => n + embedTextLength(e), 0);
  if (total > DISCORD_LIMITS.embedTotal)
    problems.push(`embeds total ${total} characters; Discord allows ${DISCORD_LIMITS.embedTotal} per message`);
  (message.attachments ?? []).forEach((a, i) =>
    over(`attachments[${i}].description`, a.description, DISCORD_LIMITS.attachmentDescription),
  );
  for (const f of files) {
    if (f.data.length > maxAttachmentBytes)
      problems.push(`file ${f.name} is ${f.data.length} bytes; the limit is ${maxAttachmentBytes}`);
  }
  return problems;
}

/**
 * Cuts an embed to Discord's limits: each text to its own limit, at most 25 fields, and then the
 * longest texts shortened until the whole embed fits in 6,000 characters. Cuts end in "…".
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = clip(embed.title, DISCORD_LIMITS.title);
  if (embed.description !== undefined) fitted.description = clip(embed.description, DISCORD_LIMITS.description);
  if (embed.footer) fitted.footer = { ...embed.footer, text: clip(embed.footer.text, DISCORD_LIMITS.footerText) };
  if (embed.author) fitted.author = { ...embed.author, name: clip(embed.author.name, DISCORD_LIMITS.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.fields).map((f): APIEmbedField => ({
      ...f,
      name: clip(f.name, DISCORD_LIMITS.fieldName),
      value: clip(f.value, DISCORD_LIMITS.fieldValue),
    }));
  }
  return shrinkToTotal(fitted);
}

// Shortens the longest of the description and field values, a step at a time, until the total fits.
function shrinkToTotal(embed: APIEmbed): APIEmbed {
  let excess = embedTextLength(embed) - DISCORD_LIMITS.embedTotal;
  const minimum = 40;
  while (excess > 0) {
    const fields = embed.fields ?? [];
    const candidates: Array<{ length: number; cut: (n: number) => void }> = fields.map((f, i) => ({
      length: textLength(f.value),
      cut: (n: number) => {
        fields[i] = { ...f, value: clip(f.value, n) };
      },
    }));
    if (embed.description) {
      const description = embed.description;
      candidates.push({
        length: textLength(description),
        cut: (n) => {
          embed.description = clip(description, n);
        },
      });
    }
    const longest = candidates.filter((c) => c.length > minimum).sort((a, b) => b.length - a.length)[0];
    if (!longest) break; // nothing left to shorten; limitProblems will name what is still over
    const target = Math.max(minimum, longest.length - excess);
    longest.cut(target);
    excess = embedTextLength(embed) - DISCORD_LIMITS.embedTotal;
  }
  return embed;
}
