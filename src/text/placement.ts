/**
 * Where a person would insert a sentence: after the greeting (thanks, empathy), at the end of
 * the body before the signature (closing). Returns insert-fixes in original offsets.
 */
import type { Fix, RuleContext, TextDocument } from '../types.js';

/** Start of the body: after the greeting sentence, else after leading @handles, else 0. */
function bodyStart(doc: TextDocument): { at: number; afterGreeting: boolean } {
  if (doc.greetingSentence === 0) return { at: doc.sentences[0]!.end, afterGreeting: true };
  let at = 0;
  for (const token of doc.tokens) {
    if (token.kind !== 'handle') break;
    at = token.end;
  }
  return { at, afterGreeting: false };
}

/** Inserts a sentence right after the greeting, or at the start of the text. */
export function insertAfterGreeting(doc: TextDocument, sentence: string): Fix {
  const { at, afterGreeting } = bodyStart(doc);
  const original = doc.original;
  if (afterGreeting) {
    // "Hi Anna,\n\nText" → a paragraph of its own; "Здравствуйте! Текст" → the same line.
    const rest = original.slice(at);
    const breakMatch = /^[ \t]*(\r?\n)/.exec(rest);
    if (breakMatch) {
      const paragraph = /^[ \t]*\r?\n[ \t]*\r?\n/.test(rest) ? '\n\n' : '\n';
      return { range: { start: at, end: at }, text: `${paragraph}${sentence}` };
    }
    return { range: { start: at, end: at }, text: ` ${sentence}` };
  }
  if (at > 0) return { range: { start: at, end: at }, text: ` ${sentence}` };
  let start = 0;
  while (start < original.length && /\s/.test(original[start]!)) start++;
  return { range: { start, end: start }, text: `${sentence} ` };
}

/** Inserts a closing at the end of the body: before a signature, after the last sentence. */
export function insertAtEnd(doc: TextDocument, sentence: string): Fix {
  const original = doc.original;
  const signature = doc.sentences[doc.signatureStart];
  const bodyLast = doc.sentences[Math.min(doc.signatureStart, doc.sentences.length) - 1];
  if (signature && bodyLast) {
    const between = original.slice(bodyLast.end, signature.start);
    const at = bodyLast.end;
    const separator = between.includes('\n') ? (/\n[ \t]*\n/.test(between) ? '\n\n' : '\n') : ' ';
    return { range: { start: at, end: at }, text: `${separator}${sentence}` };
  }
  let end = original.length;
  while (end > 0 && /\s/.test(original[end - 1]!)) end--;
  const multiline = original.slice(0, end).includes('\n\n');
  return { range: { start: end, end }, text: `${multiline ? '\n\n' : ' '}${sentence}` };
}

/**
 * Reports a missing sentence (thanks, sympathy, closing…): the range is where it goes, the first
 * phrasing comes with the fix that inserts it there, the others as alternatives.
 */
export function reportMissingSentence(
  context: RuleContext,
  messageId: string,
  phrasingsId: string,
  place: 'afterGreeting' | 'atEnd',
): void {
  const phrasings = context.phrasings(phrasingsId);
  const fix = (place === 'afterGreeting' ? insertAfterGreeting : insertAtEnd)(context.reply, phrasings[0]!);
  context.report({
    messageId,
    range: fix.range,
    suggestions: phrasings.map((text, index) => (index === 0 ? { text, fix } : { text })),
  });
}
