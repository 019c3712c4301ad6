import { defineRule, type ContextOf } from '../../src/define-rule.js';
import { insertAfterGreeting } from '../../src/rule-kit/index.js';
import type { Match, TextDocument, Token } from '../../src/types.js';
import { SIGNOFF_KEY, SIGNOFF_THANKS_KEY } from '../../src/document.js';
import en from './en.js';
import ru from './ru.js';

/** This rule's context: its own phrase categories, message ids and phrasing ids. */
type Context = ContextOf<typeof ru, typeof en>;

/** Pronouns are capitalized («Я на связи», "I") but name no one. */
const PRONOUNS: ReadonlySet<string> = new Set(['я', 'мы', 'вы', 'i', 'we', 'you']);

function isName(token: Token | undefined, original: string): boolean {
  if (!token) return false;
  if (token.kind === 'placeholder') return true;
  if (PRONOUNS.has(token.norm)) return false;
  const first = original[token.start]!;
  return token.kind === 'word' && !token.caps && first !== first.toLowerCase();
}

/**
 * A name where people put one: after a lead-in («Это Дмитрий», "you're chatting with Priya"),
 * before "from"/"here" ("Ellie from CodeCamp", "Sam here"), or after a sign-off on the same line
 * ("Best regards, Natalie").
 */
function hasName(context: Context): boolean {
  const { reply } = context;
  const tokens = reply.tokens;
  const sameSentence = (index: number, sentence: number) => tokens[index]?.sentence === sentence;
  const after = (match: Match) => sameSentence(match.endToken, match.sentence) && isName(tokens[match.endToken], reply.original);
  const before = (match: Match) => sameSentence(match.firstToken - 1, match.sentence) && isName(tokens[match.firstToken - 1], reply.original);
  // A sign-off and a name on one line sign the reply only at its end ("Best regards, Natalie"); "Thanks, Mark" at the top addresses the client.
  const nearEnd = (match: Match) => match.sentence >= reply.sentences.length - 2;
  return (
    context.find('nameLeadIn').some(after) ||
    context.find('signOff').some((match) => nearEnd(match) && after(match)) ||
    context.find('nameTrail').some(before)
  );
}

/** The signature block holds a word of the agent's own, not only the quoted history below a sign-off. */
function hasOwnSignature(reply: TextDocument): boolean {
  const first = reply.sentences[reply.signatureStart];
  if (!first) return false;
  for (let i = first.firstToken; i < reply.tokens.length; i++) if (!reply.tokens[i]!.quoted) return true;
  return false;
}

/** Initials after ^ or * among the last tokens ("…form: https://… ^MK", "*HCK"): how brand tweets sign, even after a link. */
function hasTweetInitials(context: Context): boolean {
  const { tokens, masked } = context.reply;
  for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - 3; i--) {
    const token = tokens[i]!;
    const mark = masked.charCodeAt(token.start - 1);
    if (token.kind === 'word' && token.end - token.start <= 4 && (mark === 94 || mark === 42) && masked[token.start]! !== masked[token.start]!.toLowerCase()) return true;
  }
  return false;
}

/**
 * A name signing a one-line reply (tweets, chats): the last word, capitalized, after a dash ("-Becky",
 * "TY - Chris 2/2") or standing alone as the last sentence ("…happy to help. Robbie"); numbers such as
 * "2/2" after it are skipped; a sign-off ("Regards", "Cheers", «Спасибо») or a hashtag is not a name.
 */
function hasTrailingName(doc: TextDocument): boolean {
  const { tokens, masked, original } = doc;
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.kind === 'number') last--;
  const token = tokens[last];
  if (token === undefined || token.kind !== 'word' || token.quoted || tokens.length - last > 3) return false;
  const word = original.slice(token.start, token.end);
  if (word.length < 2 || word[0] === word[0]!.toLowerCase() || word.slice(1) === word.slice(1).toUpperCase()) return false;
  // A hashtag ("#AATeam") or a sign-off ("Regards", "Cheers", "Thanks") is not a name.
  if (masked[token.start - 1] === '#') return false;
  const closings = [...(doc.matches.get(SIGNOFF_KEY) ?? []), ...(doc.matches.get(SIGNOFF_THANKS_KEY) ?? [])];
  if (closings.some((match) => match.firstToken <= last && match.endToken > last)) return false;
  const before = masked.slice(last > 0 ? tokens[last - 1]!.end : 0, token.start);
  if (/[-—–]\s*$/.test(before)) return true;
  const sentence = doc.sentences[token.sentence]!;
  return sentence.firstToken === last && token.sentence > 0;
}

export default defineRule({
  meta: {
    id: 'responder-identity',
    defaultSeverity: 'info',
    weight: 5,
    preset: 'strict',
    needsMessage: 'no',
    primaryCategory: 'introduction',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const { reply } = context;
    // A signature after the sign-off or at the end (a name, a team, initials) says who answers; quoted history after
    // a bare sign-off ("Best regards\n\n> On Monday, John wrote:") signs nothing.
    if (hasOwnSignature(reply)) return;
    if (context.find('introduction').length > 0 || hasName(context) || hasTweetInitials(context) || hasTrailingName(reply)) return;
    context.report({
      messageId: 'missing',
      range: insertAfterGreeting(reply, '').range,
      suggestions: context.phrasings('introduce').map((text) => ({ text })),
    });
  },
});
