import { defineRule } from '../../src/define-rule.js';
import en from './en.js';
import ru from './ru.js';

/**
 * Too short: the message has at least `longMessage` words and the reply fewer than `shortReply`
 * words and under `ratio` of the message. Too long: the message has at most `shortMessage` words
 * and the reply `longReply` words or more.
 */
const DEFAULTS = { longMessage: 60, shortReply: 25, ratio: 0.2, shortMessage: 20, longReply: 150 };

function numberOption(options: Readonly<Record<string, unknown>>, name: keyof typeof DEFAULTS): number {
  const value = options[name];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULTS[name];
}

export default defineRule({
  meta: {
    id: 'proportional-length',
    defaultSeverity: 'warning',
    weight: 10,
    preset: 'recommended',
    needsMessage: 'skips-without',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    const replyWords = context.reply.wordCount;
    const messageWords = message.wordCount;
    const option = (name: keyof typeof DEFAULTS) => numberOption(context.options, name);
    if (
      messageWords >= option('longMessage') &&
      replyWords < option('shortReply') &&
      replyWords < messageWords * option('ratio')
    ) {
      context.report({
        messageId: 'tooShort',
        data: { replyWords, messageWords },
        suggestions: context.phrasings('tooShort').map((text) => ({ text })),
      });
    } else if (messageWords <= option('shortMessage') && replyWords >= option('longReply')) {
      context.report({
        messageId: 'tooLong',
        data: { replyWords, messageWords },
        suggestions: context.phrasings('tooLong').map((text) => ({ text })),
      });
    }
  },
});
