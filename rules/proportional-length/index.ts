import * as z from 'zod/mini';
import { defineRule, type ContextOf } from '../../src/define-rule.js';
import type { Channel, RuleContext } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** This rule's context: its own phrase categories, message ids and phrasing ids. */
type Context = ContextOf<typeof ru, typeof en>;

/**
 * Too short: the message has at least `longMessage` words and the reply fewer than `shortReply`
 * words and under `ratio` of the message. Too long: the message has at most `shortMessage` words
 * and the reply `longReply` words or more.
 */
const DEFAULTS = { longMessage: 60, shortReply: 25, ratio: 0.2, shortMessage: 20, longReply: 150 };

/** A number of words or a ratio: finite, not negative. */
const size = z.optional(z.number().check(z.refine((value) => Number.isFinite(value) && value >= 0, 'must be a number, 0 or more')));
const OPTIONS = z.strictObject({ longMessage: size, shortReply: size, ratio: size, shortMessage: size, longReply: size });

/** What the client wrote, by channel: a letter in e-mail, a review, a post… */
const WRITTEN: Record<'en' | 'ru', Record<Channel, string>> = {
  en: { email: 'letter', chat: 'message', messenger: 'message', sms: 'message', review: 'review', social: 'post', forum: 'post' },
  ru: { email: 'письмо', chat: 'сообщение', messenger: 'сообщение', sms: 'сообщение', review: 'отзыв', social: 'комментарий', forum: 'сообщение' },
};

const RU_PLURAL = new Intl.PluralRules('ru');
const RU_WORDS: Record<string, string> = { one: 'слово', few: 'слова', many: 'слов', other: 'слова' };

/** «7 слов», «132 слова», «21 слово» (after «в»: the accusative is the nominative here). */
function ruWords(count: number): string {
  return `${count} ${RU_WORDS[RU_PLURAL.select(count)]}`;
}

/** "a 7-word", "an 11-word", "an 80-word": the article follows how the number is said. */
function enWords(count: number): string {
  const said = String(count);
  const vowelSound = said.startsWith('8') || /^(11|18)(\d{3})*$/.test(said);
  return `${vowelSound ? 'an' : 'a'} ${count}-word`;
}

function sizes(context: Context, replyWords: number, messageWords: number): Record<string, string> {
  const written = WRITTEN[context.language][context.channel];
  return context.language === 'ru'
    ? { reply: ruWords(replyWords), message: ruWords(messageWords), written }
    : { reply: enWords(replyWords), message: enWords(messageWords), written };
}

export default defineRule({
  meta: {
    id: 'proportional-length',
    defaultSeverity: 'warning',
    weight: 10,
    preset: 'recommended',
    needsMessage: 'skips-without',
    fixable: false,
    options: OPTIONS,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    const replyWords = context.reply.wordCount;
    const messageWords = message.wordCount;
    // Checked with the config (meta.options): a number or absent.
    const option = (name: keyof typeof DEFAULTS) => (context.options[name] as number | undefined) ?? DEFAULTS[name];
    if (
      messageWords >= option('longMessage') &&
      replyWords < option('shortReply') &&
      replyWords < messageWords * option('ratio')
    ) {
      context.report({
        messageId: 'tooShort',
        data: sizes(context, replyWords, messageWords),
        suggestions: context.phrasings('tooShort').map((text) => ({ text })),
      });
    } else if (messageWords <= option('shortMessage') && replyWords >= option('longReply')) {
      context.report({
        messageId: 'tooLong',
        data: sizes(context, replyWords, messageWords),
        suggestions: context.phrasings('tooLong').map((text) => ({ text })),
      });
    }
  },
});
