/**
 * Template files → templates to lint: the reply text, where each of its characters sits in the
 * file, and the settings from front matter. Markdown, text, HTML and Liquid files are one template
 * each (YAML front matter optional); JSON macro exports hold many.
 */
import { audienceSchema, channelSchema, describeIssue, issuePath, languageSchema, type Audience, type Channel } from '../index.js';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth.js';
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod/mini';

export const TEMPLATE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.liquid', '.json'];

export interface Template {
  /** A macro's id or title inside a JSON export. */
  name?: string;
  reply: string;
  /** File offset of each reply offset (length reply.length + 1). */
  offsets: (index: number) => number;
  channel?: Channel;
  audience?: Audience;
  language?: 'ru' | 'en' | 'auto';
  /** Client messages to lint against; [undefined] when there is none. */
  messages: Array<string | undefined>;
  /** Rules turned off for this template (front matter `disable`). */
  disable: string[];
  /** Whether fixes can be written back into the file as plain text (not inside a JSON string). */
  json: boolean;
}

export class TemplateError extends Error {}

const frontMatterSchema = z.strictObject({
  channel: z.optional(channelSchema),
  audience: z.optional(audienceSchema),
  language: z.optional(languageSchema),
  message: z.optional(z.string()),
  messages: z.optional(z.array(z.string())),
  disable: z.optional(z.array(z.string())),
});

type FrontMatter = z.infer<typeof frontMatterSchema>;

function readFrontMatter(data: unknown, where: string): FrontMatter {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new TemplateError(`${where}: front matter must be a mapping of keys`);
  const result = frontMatterSchema.safeParse(data, { reportInput: true });
  if (!result.success) throw new TemplateError(`${where}: ${result.error.issues.map((issue) => describeIssue(issue, issuePath('', issue.path))).join('; ')}`);
  return result.data;
}

function settings(front: FrontMatter): Omit<Template, 'reply' | 'offsets' | 'json' | 'name'> {
  const messages = front.messages ?? (front.message !== undefined ? [front.message] : [undefined]);
  return {
    channel: front.channel,
    audience: front.audience,
    language: front.language,
    messages: messages.length > 0 ? messages : [undefined],
    disable: front.disable ?? [],
  };
}

/** A text file: optional `---` YAML front matter, then the reply. */
function textTemplate(text: string, file: string): Template {
  // A UTF-8 byte order mark before the front matter's "---" is not text of the template.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const match = /^---[ \t]*\r?\n/.exec(bom ? text.slice(bom) : text);
  if (!match) return { reply: text, offsets: (index) => index, ...settings({}), json: false };
  const close = /\r?\n---[ \t]*(\r?\n|$)/g;
  close.lastIndex = bom + match[0].length - 1;
  const end = close.exec(text);
  if (!end) throw new TemplateError(`${file}: front matter opened with --- but never closed`);
  let data: unknown;
  try {
    data = parseYaml(text.slice(bom + match[0].length, end.index));
  } catch (error) {
    throw new TemplateError(`${file}: invalid YAML front matter: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`);
  }
  const bodyStart = end.index + end[0].length;
  return { reply: text.slice(bodyStart), offsets: (index) => bodyStart + index, ...settings(readFrontMatter(data, file)), json: false };
}

/** Decodes a JSON string literal, keeping where each character came from in the file. */
function decodeJsonString(raw: string, start: number): { value: string; offsets: number[] } {
  let value = '';
  const offsets: number[] = [];
  for (let i = 1; i < raw.length - 1; i++) {
    offsets.push(start + i);
    if (raw[i] !== '\\') {
      value += raw[i];
      continue;
    }
    const next = raw[i + 1]!;
    if (next === 'u') {
      value += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      value += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[next] ?? next;
      i += 1;
    }
  }
  offsets.push(start + raw.length - 1);
  return { value, offsets };
}

function property(node: JsonNode, key: string): JsonNode | undefined {
  const pair = node.children?.find((child) => child.type === 'property' && child.children?.[0]?.value === key);
  return pair?.children?.[1];
}

/** The reply of a macro: `reply`/`body`, or Zendesk's `actions[].field == "comment_value"`. */
function macroReply(node: JsonNode): JsonNode | undefined {
  const direct = property(node, 'reply') ?? property(node, 'body');
  if (direct?.type === 'string') return direct;
  const actions = property(node, 'actions');
  for (const action of actions?.children ?? []) {
    const field = property(action, 'field');
    if (field?.value !== 'comment_value' && field?.value !== 'comment_value_html') continue;
    const value = property(action, 'value');
    if (value?.type === 'string') return value;
    // ["channel:all", "text"]: the text is the last string.
    const last = value?.children?.filter((child) => child.type === 'string').at(-1);
    if (last) return last;
  }
  return undefined;
}

function jsonTemplates(text: string, file: string): Template[] {
  const deep = tooDeepAt(text);
  if (deep !== -1) throw new TemplateError(`${file}: invalid JSON at offset ${deep}: nested deeper than ${MAX_JSON_DEPTH} levels`);
  const errors: ParseError[] = [];
  // A byte order mark (Windows editors write one) is read as a blank, so offsets stay the file's.
  const tree = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  if (!tree || errors.length > 0) throw new TemplateError(`${file}: invalid JSON at offset ${errors[0]?.offset ?? 0}`);
  const list = tree.type === 'array' ? tree : property(tree, 'macros');
  if (!list || list.type !== 'array') throw new TemplateError(`${file}: expected an array of macros (or Zendesk's { "macros": [...] })`);
  const templates: Template[] = [];
  for (const [index, node] of (list.children ?? []).entries()) {
    if (node.type !== 'object') continue;
    const replyNode = macroReply(node);
    if (!replyNode) continue;
    const { value, offsets } = decodeJsonString(text.slice(replyNode.offset, replyNode.offset + replyNode.length), replyNode.offset);
    const name = property(node, 'id')?.value ?? property(node, 'title')?.value ?? `#${index + 1}`;
    const message = property(node, 'message')?.value;
    const channel = property(node, 'channel')?.value;
    templates.push({
      name: String(name),
      reply: value,
      offsets: (position) => offsets[Math.min(position, offsets.length - 1)]!,
      ...settings(readFrontMatter({ ...(typeof message === 'string' ? { message } : {}), ...(channel !== undefined ? { channel } : {}) }, `${file} ${String(name)}`)),
      json: true,
    });
  }
  return templates;
}

export function readTemplates(text: string, file: string): Template[] {
  return file.toLowerCase().endsWith('.json') ? jsonTemplates(text, file) : [textTemplate(text, file)];
}
