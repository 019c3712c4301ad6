/**
 * Input lines of `replylint qa`: a pair or a conversation, validated with zod. A bad line becomes a
 * `BadLine` reason that names the field and what was wrong; extra fields (ticket data) are ignored.
 */
import { audienceSchema, channelSchema, describeIssue, issuePath, languageSchema, type Audience, type Channel } from '../../index.js';
import * as z from 'zod/mini';
import { numberId, numberTexts, type Id } from './number-text.js';

const id = z.union([z.string(), z.number()]).check(z.refine((value) => value !== '', 'is empty'));
const channel = z.optional(channelSchema);
const audience = z.optional(audienceSchema);
const language = z.optional(languageSchema);
const agent = z.optional(z.union([z.string(), z.number()]));
const text = z.string().check(z.refine((value) => value.trim() !== '', 'is empty'));

const pairSchema = z.looseObject({
  id,
  message: z.optional(z.nullable(z.string())),
  reply: text,
  channel,
  audience,
  language,
  agent,
});

const conversationSchema = z.looseObject({
  id,
  channel,
  audience,
  language,
  agent,
  messages: z.array(z.looseObject({ role: z.enum(['client', 'agent']), text: z.string() })).check(z.minLength(1)),
});

export interface Pair {
  kind: 'pair';
  id: Id;
  message?: string;
  reply: string;
  channel?: Channel;
  audience?: Audience;
  language?: 'ru' | 'en' | 'auto';
  agent?: string;
}

export interface Conversation {
  kind: 'conversation';
  id: Id;
  channel?: Channel;
  audience?: Audience;
  language?: 'ru' | 'en' | 'auto';
  agent?: string;
  messages: Array<{ role: 'client' | 'agent'; text: string }>;
}

export type QaRecord = Pair | Conversation;

/** What is wrong with a line, in the words the config errors use; an id is a string or a number. */
function describe(issue: z.core.$ZodIssue): string {
  const path = issuePath('', issue.path);
  if (issue.code !== 'invalid_union') return describeIssue(issue, path);
  return issue.input === undefined ? `${path}: expected a string or a number, but it is missing` : `${path}: expected a string or a number, got ${JSON.stringify(issue.input)?.slice(0, 40)}`;
}

/** A parsed JSON value (or CSV row) → a record, or the reason it is not one. */
export function toRecord(value: unknown): QaRecord | { bad: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { bad: 'expected a JSON object' };
  const isConversation = 'messages' in value;
  const parsed = (isConversation ? conversationSchema : pairSchema).safeParse(value, { reportInput: true });
  if (!parsed.success) return { bad: parsed.error.issues.slice(0, 3).map(describe).join('; ') };
  const { id, channel, audience, language, agent } = parsed.data;
  const common = { id, channel, audience, language, agent: agent === undefined || agent === '' ? undefined : String(agent) };
  if (isConversation) {
    const conversation = parsed.data as z.infer<typeof conversationSchema>;
    return { kind: 'conversation', ...common, messages: conversation.messages.map(({ role, text }) => ({ role, text })) };
  }
  const pair = parsed.data as z.infer<typeof pairSchema>;
  return { kind: 'pair', ...common, message: pair.message ?? undefined, reply: pair.reply };
}

/**
 * One JSONL line → record or reason. A number id or agent keeps the digits it was written with:
 * the agent (a name) as that text, the id as a number written back digit for digit.
 */
export function parseJsonLine(line: string): QaRecord | { bad: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { bad: `invalid JSON: ${(error as Error).message}` };
  }
  const fields = value as { id?: unknown; agent?: unknown } | null;
  if (typeof fields?.id !== 'number' && typeof fields?.agent !== 'number') return toRecord(value);
  const texts = numberTexts(line, (path) => path.length === 1 && (path[0] === 'id' || path[0] === 'agent'));
  if (typeof fields.agent === 'number') fields.agent = texts.get('["agent"]') ?? fields.agent;
  const id = typeof fields.id === 'number' ? numberId(fields.id, texts.get('["id"]')) : undefined;
  if (typeof id !== 'object') return toRecord(value);
  fields.id = id.number; // checked as its text (1e400 is no finite number), kept as a number
  const record = toRecord(value);
  if (!('bad' in record)) record.id = id;
  return record;
}

export interface ReplyToLint {
  /** The agent message's index in `messages` (0 for a pair). */
  index: number;
  /** The client's messages since the previous agent message, joined by a blank line. */
  message?: string;
  reply: string;
  /** The conversation before those client messages, oldest first (empty messages left out). */
  history?: Array<{ role: 'client' | 'agent'; text: string }>;
}

/** The replies of a record, each with the client text it answers. Empty agent messages are skipped. */
export function repliesOf(record: QaRecord): ReplyToLint[] {
  if (record.kind === 'pair') return [{ index: 0, message: record.message, reply: record.reply }];
  const replies: ReplyToLint[] = [];
  const before: Array<{ role: 'client' | 'agent'; text: string }> = [];
  let client: string[] = [];
  record.messages.forEach((message, index) => {
    if (message.text.trim() === '') return;
    if (message.role === 'client') {
      client.push(message.text);
      return;
    }
    replies.push({ index, message: client.length > 0 ? client.join('\n\n') : undefined, reply: message.text, ...(before.length > 0 ? { history: [...before] } : {}) });
    for (const text of client) before.push({ role: 'client', text });
    before.push({ role: 'agent', text: message.text });
    client = [];
  });
  return replies;
}
