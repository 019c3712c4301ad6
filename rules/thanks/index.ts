import { defineRule } from '../../src/define-rule.js';
import { reportMissingSentence } from '../../src/rule-kit/index.js';
import en from './en.js';
import ru from './ru.js';

/** Long, detailed messages deserve thanks for the detail, not a stock phrase. */
const DETAILED_MESSAGE_WORDS = 60;

export default defineRule({
  meta: {
    id: 'thanks',
    defaultSeverity: 'warning',
    weight: 10,
    preset: 'recommended',
    needsMessage: 'no',
    messageCategories: ['praise', 'complaint'],
    primaryCategory: 'thanks',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    if (context.find('thanks').length > 0) return;
    const { message, channel } = context;
    let kind = channel === 'review' ? 'review' : 'contact';
    if (message && message.wordCount >= DETAILED_MESSAGE_WORDS) kind = 'details';
    if (message && context.find('praise', message).length > 0) {
      // Kind words beside a complaint ("Great app, but the courier was rude"): thank them for telling you.
      kind = context.find('complaint', message).length > 0 ? 'reported' : 'praise';
    }
    reportMissingSentence(context, 'missing', kind, 'afterGreeting');
  },
});
