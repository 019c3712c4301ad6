import { defineRule } from '../../src/define-rule.js';
import { reportMissingSentence } from '../../src/text/placement.js';
import en from './en.js';
import ru from './ru.js';

export default defineRule({
  meta: {
    id: 'acknowledge-repeat',
    defaultSeverity: 'warning',
    weight: 10,
    preset: 'recommended',
    needsMessage: 'skips-without',
    messageCategories: ['repeated'],
    primaryCategory: 'acknowledged',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    if (context.find('repeated', context.message!).length === 0) return;
    if (context.find('acknowledged').length > 0) return;
    reportMissingSentence(context, 'missing', 'acknowledge', 'afterGreeting');
  },
});
