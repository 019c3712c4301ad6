import { endsOf, sentencesOf, tokenMatch } from '../../src/rule-kit/index.js';
import { MOBILE_PHONES, PERSONAL_MAIL_DOMAINS, ROLE_MAILBOXES, SERVICE_PHONE_PREFIXES } from './contacts.js';
import { defineRule, type ContextOf } from '../../src/define-rule.js';
import type { Match, Token } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** This rule's context: its own phrase categories, message ids and phrasing ids. */
type Context = ContextOf<typeof ru, typeof en>;

const ROLE_MAILBOX_SET: ReadonlySet<string> = new Set(ROLE_MAILBOXES);
const PERSONAL_MAIL_SET: ReadonlySet<string> = new Set(PERSONAL_MAIL_DOMAINS);

/** The address's mailbox name: up to the first ".", "@", "_", "+" or "-" (but "no-reply" whole). */
function mailboxOf(address: string): string {
  if (address.startsWith('no-reply')) return 'no-reply';
  const end = address.search(/[.@_+-]/);
  return end === -1 ? address : address.slice(0, end);
}

/** Verbs that have the client type something into the product («введите», "enter"): the rule's '@enter' words. */
const ENTER = {
  en: new Set((en.phrases['@enter'] ?? []).map((word) => word.slice(1))),
  ru: new Set((ru.phrases['@enter'] ?? []).map((word) => word.slice(1))),
};

function isCompanyContact(token: Token): boolean {
  if (token.kind === 'email') return ROLE_MAILBOX_SET.has(mailboxOf(token.norm));
  return SERVICE_PHONE_PREFIXES.some((prefix) => token.norm.startsWith(prefix));
}

function isPersonalValue(token: Token): boolean {
  if (token.kind === 'email') {
    const at = token.norm.indexOf('@');
    const domain = token.norm.slice(at + 1);
    const dot = domain.indexOf('.');
    return at !== -1 && dot > 0 && PERSONAL_MAIL_SET.has(domain.slice(0, dot));
  }
  if (token.kind !== 'phone') return false;
  const digits = token.norm;
  return MOBILE_PHONES.some(({ prefix, rest: [least, most] }) => {
    const tail = digits.slice(prefix.length);
    return digits.startsWith(prefix) && tail.length >= least && tail.length <= most && /^\d+$/.test(tail);
  });
}

/** A request names several data ("name, phone and date of birth"): point from its verb to the end of its sentence. */
function requestRange(context: Context, match: Match): { start: number; end: number } {
  const sentence = context.reply.sentences[match.sentence]!;
  const lastToken = context.reply.tokens[sentence.endToken - 1]!;
  return { start: match.start, end: Math.max(match.end, lastToken.end) };
}

function report(context: Context, match: Match, messageId: 'reveals' | 'askPublic' | 'secret', phrasings: 'reveals' | 'secret' | 'askPrivately'): void {
  context.report({
    messageId,
    range: messageId === 'reveals' ? { start: match.start, end: match.end } : requestRange(context, match),
    suggestions: context.phrasings(phrasings).map((text) => ({ text })),
  });
}

export default defineRule({
  meta: {
    id: 'no-public-personal-data',
    defaultSeverity: 'error',
    weight: 20,
    preset: 'recommended',
    needsMessage: 'no',
    primaryCategory: 'askData',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const { reply } = context;
    // "We've sent a password reset link": the agent acting, not asking.
    const agentEnds = endsOf(context.find('agentDoes'));
    const asked = (category: 'askSecret' | 'askData') => context.find(category).filter((match) => !agentEnds.has(match.firstToken));
    // Secrets are never asked for, in any channel; «введите пароль в настройках», "enter the code in the app" has the
    // client type it into the product, not send it to anyone.
    const entered = sentencesOf(context.find('inProduct'));
    const enterVerbs = ENTER[context.language];
    const secretSentences = new Set<number>();
    for (const match of asked('askSecret')) {
      if (entered.has(match.sentence) && enterVerbs.has(reply.tokens[match.firstToken]!.norm)) continue;
      secretSentences.add(match.sentence);
      report(context, match, 'secret', 'secret');
    }
    if (context.audience !== 'public') return;
    // «В личные сообщения» makes a request private, unless «или прямо здесь» invites the public thread too.
    const here = sentencesOf(context.find('publicHere'));
    const privately = new Set(context.find('privately').map((match) => match.sentence).filter((sentence) => !here.has(sentence)));
    for (const match of asked('askData')) {
      // "Please DM us. Include your name and phone": the private channel may be named a sentence earlier.
      const isPrivate = privately.has(match.sentence) || (privately.has(match.sentence - 1) && !here.has(match.sentence));
      if (isPrivate || secretSentences.has(match.sentence)) continue;
      report(context, match, 'askPublic', 'askPrivately');
    }
    // The client's phone, e-mail or address in the reply: after «ваш» / "your", or a mobile number or a free-mail address.
    const revealed = context.find('reveals').filter((match) => {
      const last = reply.tokens[match.endToken - 1]!;
      return !((last.kind === 'email' || last.kind === 'phone') && isCompanyContact(last));
    });
    const companySentences = sentencesOf(context.find('companyContact'));
    reply.tokens.forEach((token, index) => {
      if (!token.quoted && isPersonalValue(token) && !companySentences.has(token.sentence)) {
        revealed.push(tokenMatch(reply, index, 'reveals'));
      }
    });
    const seen = new Set<number>();
    for (const match of revealed.sort((a, b) => a.start - b.start)) {
      if (seen.has(match.sentence)) continue;
      seen.add(match.sentence);
      report(context, match, 'reveals', 'reveals');
    }
  },
});
