/**
 * Where a person would insert a sentence: after the greeting (thanks, empathy), at the end of
 * the body before the signature (closing). Returns insert-fixes in original offsets.
 */
import { PACKS } from '../languages/index.js';
import type { Fix, RuleContext, TextDocument, Token } from '../types.js';

/** Text that ends with an opening block tag (or a line break) of HTML. */
const BLOCK_TAG_END = /<(?:p|div|li|td|th|blockquote|h[1-6]|br)\b[^<>]*>$/i;

type Opening =
  | { kind: 'afterGreeting'; at: number }
  | { kind: 'afterHandles'; at: number }
  | { kind: 'beforeWord'; at: number }
  | { kind: 'onlyQuotes' };

/**
 * Where the agent's own text opens: after the greeting sentence; else after leading @handles;
 * else before the first own word (after the client's quoted lines). A reply that is all quotes has none.
 */
function opening(doc: TextDocument): Opening {
  if (doc.greetingSentence !== -1) return { kind: 'afterGreeting', at: doc.sentences[doc.greetingSentence]!.end };
  let handlesEnd = 0;
  for (const token of doc.tokens) {
    if (token.quoted) continue;
    if (token.kind === 'handle') {
      handlesEnd = token.end;
      continue;
    }
    // "@anna@bob": the tokenizer reads a handle glued to the previous one as a word; it is a handle all the same.
    if (handlesEnd > 0 && token.start === handlesEnd + 1 && doc.original[handlesEnd] === '@') {
      handlesEnd = token.end;
      continue;
    }
    if (handlesEnd > 0) return { kind: 'afterHandles', at: handlesEnd };
    // Before the first own word when it follows a space, starts a line or opens an HTML block
    // ("<p>We fixed…" → "<p>Thanks! We fixed…"); else at the very start (never glued to "**" or a quote).
    const before = doc.original[token.start - 1];
    const afterBlockTag = before === '>' && BLOCK_TAG_END.test(doc.original.slice(Math.max(0, token.start - 80), token.start));
    return { kind: 'beforeWord', at: before === undefined || /\s/.test(before) || afterBlockTag ? token.start : 0 };
  }
  return handlesEnd > 0 ? { kind: 'afterHandles', at: handlesEnd } : { kind: 'onlyQuotes' };
}

/** A greeting that runs on into thanks, an apology or an introduction stays as it is ("Hi Dana, thanks for…"). */
const courteous = (text: string) => PACKS.some((pack) => pack.courtesy.test(text));

/**
 * A greeting that runs on into the reply after a comma: "Dear guest, please…", "Hi Jordan, you…",
 * «Добрый день, Анна, заказ…» (up to two capitalized words or a placeholder as the name between
 * commas). Returns the comma's offset and the next word's, or undefined.
 */
function inlineGreetingEnd(doc: TextDocument): { comma: number; next: number } | undefined {
  const sentence = doc.sentences[doc.greetingSentence];
  if (!sentence) return undefined;
  const { tokens, masked, original } = doc;
  const commaAfter = (i: number) => {
    const gap = masked.slice(tokens[i]!.end, tokens[i + 1]!.start);
    return gap.trim() === ',' ? tokens[i]!.end + gap.indexOf(',') : -1;
  };
  const last = Math.min(sentence.endToken - 1, sentence.firstToken + 4);
  for (let i = sentence.firstToken; i < last; i++) {
    if (tokens[i]!.start === tokens[i + 1]!.start) continue; // "we've" → "we" + "have"
    let comma = commaAfter(i);
    if (comma === -1) continue;
    let next = i + 1;
    const isName = (token: Token) => token.kind === 'placeholder' || (token.kind === 'word' && original[token.start] !== original[token.start]!.toLowerCase());
    // «Добрый день, Анна, …»: a name between two commas.
    for (let j = next; j < Math.min(next + 2, sentence.endToken - 1) && isName(tokens[j]!); j++) {
      const second = commaAfter(j);
      if (second !== -1) {
        comma = second;
        next = j + 1;
        break;
      }
    }
    const word = tokens[next]!;
    const ch = original[word.start]!;
    if (word.kind !== 'word' || ch === ch.toUpperCase() || courteous(original.slice(word.start, word.start + 20))) return undefined;
    return { comma, next: word.start };
  }
  return undefined;
}

/** Inserts a sentence right after the greeting, or where the agent's own text starts. */
export function insertAfterGreeting(doc: TextDocument, sentence: string): Fix {
  const original = doc.original;
  const place = opening(doc);
  switch (place.kind) {
    case 'afterGreeting': {
      // "Hi Jordan, you are wrong…" / «Добрый день, Анна, заказ…»: the greeting ends in "!" and the
      // reply goes on as a sentence of its own ("Hi Jordan! Thanks for… You are wrong…").
      const inline = inlineGreetingEnd(doc);
      if (inline) {
        const letter = original[inline.next]!;
        return { range: { start: inline.comma, end: inline.next + 1 }, text: `! ${sentence} ${letter.toUpperCase()}` };
      }
      // "<p>Hello {{first_name}},</p>": a paragraph of its own after the greeting's.
      const block = htmlBlockInsertion(original, place.at, sentence);
      if (block) return block;
      // "Hello {{first_name}},<br>…": a line of its own, broken the same way.
      const br = /^(?:[ \t]*<br\s*\/?>)+/i.exec(original.slice(place.at));
      if (br) {
        // "…,<br>your order…": after the inserted sentence the next one starts with a capital.
        const at = place.at + br[0].length;
        const next = original[at] ?? '';
        const lower = next !== next.toUpperCase() && sentence !== '';
        return { range: { start: at, end: lower ? at + 1 : at }, text: `${sentence}${br[0].trim()}${lower ? next.toUpperCase() : ''}` };
      }
      // "Hi Anna,\n\nText" → a paragraph of its own; "Здравствуйте! Текст" → the same line.
      const rest = original.slice(place.at);
      if (/^[ \t]*\r?\n/.test(rest)) {
        const paragraph = /^[ \t]*\r?\n[ \t]*\r?\n/.test(rest) ? '\n\n' : '\n';
        return { range: { start: place.at, end: place.at }, text: `${paragraph}${sentence}` };
      }
      return { range: { start: place.at, end: place.at }, text: ` ${sentence}` };
    }
    case 'afterHandles':
      return { range: { start: place.at, end: place.at }, text: ` ${sentence}` };
    case 'beforeWord':
      return { range: { start: place.at, end: place.at }, text: `${sentence} ` };
    case 'onlyQuotes':
      return { range: { start: original.length, end: original.length }, text: `\n\n${sentence}` };
  }
}

/** The end of a sentence's own text: the sentence range may run on over blanks and markup. */
function trimmedEnd(original: string, sentence: { start: number; end: number }): number {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(original[end - 1]!)) end--;
  return end;
}

const LIST_END = /<\/(?:ul|ol)\s*>/i;
const TABLE_END = /<\/table\s*>/i;

/**
 * In HTML, a sentence put right where a block ends (`…Ожидайте.</p>`) gets a block of its own after it, in
 * the same markup (`<p>…</p>` after a `</p>`, `<div>…</div>` after a `</div>`), and after a list or a table
 * when it ends in a cell or an item — never glued behind the closing tag or inside the greeting's paragraph.
 */
function htmlBlockInsertion(original: string, at: number, sentence: string): Fix | undefined {
  const rest = original.slice(at, at + 200);
  const closing = /^[ \t]*<\/(p|div|li|td|th)\s*>/i.exec(rest);
  if (!closing) return undefined;
  const tag = closing[1]!.toLowerCase();
  let end = at + closing[0].length;
  let block = tag;
  if (tag === 'li' || tag === 'td' || tag === 'th') {
    const container = (tag === 'li' ? LIST_END : TABLE_END).exec(original.slice(end));
    if (!container) return undefined;
    end += container.index + container[0].length;
    block = 'p';
  }
  // Blocks one per line stay one per line (the break that follows this block comes before the new one).
  // At the end of the text, the break that came before this block's own opening tag.
  const lineBreak = /^([ \t]*\r?\n)[ \t]*</.exec(original.slice(end))?.[1] ?? precedingBreak(original, at, tag);
  return { range: { start: end, end }, text: `${lineBreak}<${block}>${sentence}</${block}>` };
}

/** The line break before the last `<tag` that opens before `at` ("…</p>\n<p>Text" → "\n"), or ''. */
function precedingBreak(original: string, at: number, tag: string): string {
  const open = original.toLowerCase().lastIndexOf(`<${tag}`, at);
  if (open <= 0) return '';
  return /(\r?\n)[ \t]*$/.exec(original.slice(Math.max(0, open - 40), open))?.[1] ?? '';
}

/** The `<br>`s (one or two) right before `at`, as written ("<br><br>"), or ''. */
function brRunBefore(original: string, at: number): string {
  let run = '';
  let rest = original.slice(Math.max(0, at - 40), at);
  for (let match = BR_END.exec(rest); match && run.length < 20; match = BR_END.exec(rest)) {
    run = match[1]! + run;
    rest = rest.slice(0, match.index);
  }
  return run;
}

const BR_END = /(<br\s*\/?>)[ \t]*$/i;

/** Where trailing tweet initials start ("^KL", "*TMT": a mark and up to four capitals ending the text), or -1. */
function tweetInitialsAt(doc: TextDocument, end: number): number {
  const last = doc.tokens[doc.tokens.length - 1];
  if (!last || last.kind !== 'word' || last.end !== end || last.end - last.start > 4 || last.start === 0) return -1;
  const mark = doc.original[last.start - 1]; // the original: Markdown masking blanks a lone '*'
  const word = doc.original.slice(last.start, last.end);
  return (mark === '^' || mark === '*') && word === word.toUpperCase() ? last.start - 1 : -1;
}

/** Inserts a closing at the end of the body: before a signature, after the last sentence. */
export function insertAtEnd(doc: TextDocument, sentence: string): Fix {
  const original = doc.original;
  const signature = doc.sentences[doc.signatureStart];
  const bodyLast = doc.sentences[Math.min(doc.signatureStart, doc.sentences.length) - 1];
  if (signature && bodyLast) {
    // Line breaks as the reader sees them (markup such as </p> counts), and never on the greeting's line.
    const between = doc.masked.slice(bodyLast.end, signature.start);
    const at = bodyLast.end;
    const block = htmlBlockInsertion(original, trimmedEnd(original, bodyLast), sentence);
    if (block) return block;
    const onGreeting = doc.greetingSentence === Math.min(doc.signatureStart, doc.sentences.length) - 1 && !inlineGreetingEnd(doc);
    // After a "> …" line the closing starts a line of its own, or it would be quoted too.
    const quotedEnd = doc.tokens[bodyLast.endToken - 1]?.quoted ?? false;
    const separator = quotedEnd ? '\n\n' : between.includes('\n') || onGreeting ? (/\n[ \t]*\n/.test(between) ? '\n\n' : '\n') : ' ';
    return { range: { start: at, end: at }, text: `${separator}${sentence}` };
  }
  const lastSentence = doc.sentences[doc.sentences.length - 1];
  if (lastSentence) {
    const block = htmlBlockInsertion(original, trimmedEnd(original, lastSentence), sentence);
    if (block) return block;
  }
  let end = original.length;
  while (end > 0 && /\s/.test(original[end - 1]!)) end--;
  // A tweet signed with initials glued on ("…improve.^KL", "…soon *TMT"): the closing goes before them.
  // (Not on a quoted line: initials there are the quoted message's, and a closing there would be quoted too.)
  const initials = doc.tokens[doc.tokens.length - 1]?.quoted ? -1 : tweetInitialsAt(doc, end);
  if (initials !== -1) {
    let at = initials;
    while (at > 0 && /[ \t]/.test(original[at - 1]!)) at--;
    const before = doc.masked.slice(0, at).trimEnd();
    const stop = /[.!?…)]$/.test(before) ? '' : '.';
    return { range: { start: at, end: initials }, text: `${stop} ${sentence} ` };
  }
  // A paragraph of its own after a multi-paragraph body, or after a bare greeting ("Hi Anna,");
  // otherwise the same line.
  const last = doc.sentences[doc.sentences.length - 1];
  // "…вчера.<br>Трек-номер в личном кабинете.": a line of its own, broken the same way.
  const breaks = last ? brRunBefore(original, last.start) : '';
  if (last && breaks) {
    const stop = /[.!?…)]$/.test(doc.masked.slice(last.start, end).trimEnd()) ? '' : '.';
    return { range: { start: end, end }, text: `${stop}${breaks}${sentence}` };
  }
  const afterGreetingOnly = doc.greetingSentence === doc.sentences.length - 1 && !inlineGreetingEnd(doc);
  const endsSentence = last !== undefined && /[.!?…)]\s*$/.test(doc.masked.slice(last.start, last.end));
  const lastToken = doc.tokens[doc.tokens.length - 1];
  const quotedEnd = lastToken !== undefined && lastToken.quoted; // a "> …" line or a quotation: start afresh
  const multiParagraph = original.slice(0, end).includes('\n\n');
  // "Спасибо за отзыв" + "Надеемся…": a sentence left open on a word gets its full stop, then the closing on the same line.
  if (!endsSentence && !multiParagraph && !afterGreetingOnly && !quotedEnd && lastToken?.kind === 'word' && lastToken.end === end) {
    return { range: { start: end, end }, text: `. ${sentence}` };
  }
  const paragraph = multiParagraph || afterGreetingOnly || quotedEnd || (last !== undefined && !endsSentence);
  return { range: { start: end, end }, text: `${paragraph ? '\n\n' : ' '}${sentence}` };
}

/**
 * Reports a missing sentence (thanks, sympathy, closing…): the range is where it goes, the first
 * phrasing comes with the fix that inserts it there, the others as alternatives.
 */
/** The text without its final punctuation ("Thanks for reaching out!" → "Thanks for reaching out"). */
function withoutStop(text: string): string {
  let end = text.length;
  while (end > 0 && '.!?…'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

export function reportMissingSentence(
  context: RuleContext,
  messageId: string,
  phrasingsId: string,
  place: 'afterGreeting' | 'atEnd',
): void {
  // The client's own words are not put in the agent's mouth: a phrasing the message already holds
  // would read as an echo of the client (and not as the agent's) — the next one goes first.
  const said = context.message?.original.toLowerCase() ?? '';
  const all = context.phrasings(phrasingsId);
  const own = all.findIndex((text) => !said.includes(withoutStop(text.toLowerCase())));
  const phrasings = own > 0 ? [all[own]!, ...all.slice(0, own), ...all.slice(own + 1)] : all;
  const fix = (place === 'afterGreeting' ? insertAfterGreeting : insertAtEnd)(context.reply, phrasings[0]!);
  // Line ends as the reply writes them: a CRLF template gets CRLF, not bare LF, and nothing goes in
  // between a CR and its LF.
  const original = context.reply.original;
  if (original.includes('\r\n')) {
    fix.text = fix.text.replace(/\r?\n/g, '\r\n');
    const { start, end } = fix.range;
    if (start === end && original[start - 1] === '\r' && original[start] === '\n') fix.range = { start: start - 1, end: start - 1 };
  }
  context.report({
    messageId,
    range: fix.range,
    suggestions: phrasings.map((text, index) => (index === 0 ? { text, fix } : { text })),
  });
}
