import { defineRule } from '../../src/define-rule.js';
import { reportMissingSentence } from '../../src/rule-kit/index.js';
import type { Match, TextDocument } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/**
 * Phrase categories by how they must sit in the last sentence: `closing` anywhere ("Have a great
 * day", "Let us know if…"); `opener` (a thanks, a bare offer) only when no other clause follows it;
 * `final` ("Let us know!", «Пишите!») only as the sentence's last words, since "Let us know the
 * error code" is a request.
 */
const CATEGORIES = ['closing', 'opener', 'final'] as const;
type Placement = (typeof CATEGORIES)[number];

/** A trailing line this short, unpunctuated and without a lower-case word is a signature the frame missed ("HCK", "TSL https://…"). */
const TAIL_MAX_TOKENS = 3;
/** How many such lines may trail the last sentence. */
const MAX_TAILS = 3;
/** Capitalized words that may follow a thanks in its sentence: a name ("Thanks, Anna Petrova!"). */
const TRAILING_NAME_WORDS = 3;

/** Words that join a name to its team after a thanks. */
const NAME_LINKS: ReadonlySet<string> = new Set(['at', 'from', 'of', 'из', 'от']);

/** A short, unpunctuated line of initials, names and links after the last sentence. */
function isTail(doc: TextDocument, index: number): boolean {
  const sentence = doc.sentences[index]!;
  if (sentence.endToken - sentence.firstToken > TAIL_MAX_TOKENS) return false;
  const text = doc.masked.slice(sentence.start, sentence.end).trimEnd();
  const lastChar = text[text.length - 1];
  if (lastChar === '.' || lastChar === '!' || lastChar === '?' || lastChar === '…') return false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = doc.tokens[i]!;
    if (token.kind !== 'word') continue;
    const ch = doc.masked[token.start]!;
    if (ch !== ch.toUpperCase()) return false; // a lower-case word: text, not a name or initials
  }
  return true;
}

/** "…contact us here: https://…": a link introduced by a colon (not a ":)" smiley before it). */
function introducesLink(doc: TextDocument, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (doc.masked[i] === ' ' || doc.masked[i] === '\t')) i--;
  return doc.masked[i] === ':';
}

/**
 * Does the closing end its sentence? A link after a colon ends the sentence on the link
 * ("If it persists, contact us here: https://…"). A thanks or a bare offer ("Thanks for asking",
 * "We're here to help") often opens a sentence that goes on about the case ("— it is also in the
 * release notes", ", is this on all your TVs?"): after its clause at most a name or a short
 * address may follow ("Thanks, Jo!"), not «Спасибо, передали разработчикам».
 */
/** Matches of a category tried per sentence, from its end. */
const MAX_TRIES = 3;

function endsSentence(doc: TextDocument, match: Match, placement: Placement, continuations: readonly Match[]): boolean {
  const sentence = doc.sentences[match.sentence]!;
  let clause = doc.tokens[match.endToken - 1]!.clause;
  let after = 0;
  for (let i = match.endToken; i < sentence.endToken; i++) {
    const token = doc.tokens[i]!;
    // «Спасибо, что вы с нами», "Thanks for writing, and for your patience": the thanks goes on.
    if (token.clause !== clause && continuations.some((next) => next.firstToken === i)) clause = token.clause;
    const sameClause = token.clause === clause;
    if (sameClause && placement !== 'final') continue;
    if (token.kind === 'url' && !sameClause && introducesLink(doc, token.start)) return false;
    if (placement === 'closing' || token.kind !== 'word' || token.quoted) continue; // «Социальный мониторинг»: a name in quotes
    const ch = doc.masked[token.start]!;
    // "Thanks, Jade at Zipcart", «Спасибо, Анна из поддержки»: a name with its team.
    if (NAME_LINKS.has(token.norm) && after > 0) continue;
    if (ch !== ch.toUpperCase() || ++after > TRAILING_NAME_WORDS) return false;
  }
  return true;
}

export default defineRule({
  meta: {
    id: 'closing',
    defaultSeverity: 'warning',
    weight: 8,
    preset: 'recommended',
    needsMessage: 'no',
    primaryCategory: 'closing',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    const { reply } = context;
    if (reply.signOffSentence !== -1 || reply.sentences.length === 0) return;
    const closings = context.find('closing');
    // «С уважением, Роман Белов, старший специалист», "Thanks, Ivan" on one line: the frame takes it all for
    // the signature, but it opens with a closing — a sign-off or a final thanks.
    const signature = reply.sentences[reply.signatureStart];
    const opensSignature = (match: Match) => signature !== undefined && match.firstToken === signature.firstToken;
    if (closings.some(opensSignature) || context.find('opener').some(opensSignature)) return;
    const blockers = context.find('notClosing');
    const continuations = context.find('continuation');
    const bodyLast = Math.min(reply.signatureStart, reply.sentences.length) - 1;
    const earliest = Math.max(0, bodyLast - MAX_TAILS);
    const bySentence = new Set<number>();
    for (const category of CATEGORIES) {
      const matches = category === 'closing' ? closings : context.find(category);
      // From the last match back: the one nearest the end decides. A few tries per sentence keep a
      // sentence of a thousand "thank you"s linear (each check reads on to the sentence's end).
      let tries = 0;
      for (let m = matches.length - 1; m >= 0; m--) {
        const match = matches[m]!;
        if (match.sentence < earliest || match.sentence > bodyLast || bySentence.has(match.sentence)) continue;
        if (m < matches.length - 1 && matches[m + 1]!.sentence !== match.sentence) tries = 0;
        if (++tries > MAX_TRIES) continue;
        if (blockers.some((block: Match) => block.firstToken < match.endToken && block.endToken > match.firstToken)) continue;
        if (endsSentence(reply, match, category, continuations)) bySentence.add(match.sentence);
      }
    }
    let last = bodyLast;
    while (last > earliest && !bySentence.has(last) && isTail(reply, last)) last--;
    if (bySentence.has(last)) return;
    reportMissingSentence(context, 'missing', 'closing', 'atEnd');
  },
});
