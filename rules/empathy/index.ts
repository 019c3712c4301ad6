import { defineRule } from '../../src/define-rule.js';
import { reportMissingSentence } from '../../src/rule-kit/index.js';
import { measureEmotion, replyIsGlad, replySympathizes, type Emotion } from './emotion.js';
import type { RuleContext, RuleLanguageData, TextDocument } from '../../src/types.js';
import { EPSILON, NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, WARMTH_ANSWERS_PRAISE } from './weights.js';
import en from './en.js';
import ru from './ru.js';

export interface EmpathyJudgement {
  emotion: Emotion;
  feeling: 'negative' | 'positive' | undefined;
  /** Whether the reply answers each kind of feeling (both are worked out, for scripts/fit-emotion.ts). */
  answersNegative: boolean;
  answersPositive: boolean;
  answered: boolean;
}

/** By message document (one linter's) and phrase data: held no longer than the document. */
const emotions = new WeakMap<TextDocument, Map<RuleLanguageData, Emotion>>();

/**
 * The client's emotion is a score of many signals (lexicon valence, emoji, «!!!», demands,
 * rhetorical questions, waiting…; see emotion.ts and weights.ts), not a yes/no phrase hit; then
 * whether the reply answers it: sympathy for an upset client, joy or thanks for praise.
 */
export function judgeEmpathy(context: RuleContext, threshold = NEGATIVE_THRESHOLD): EmpathyJudgement {
  const message = context.message!;
  // The client's emotion depends on the message alone: while the agent types, the linter keeps the
  // message's document, so it is measured once per message, not per keystroke.
  let byRule = emotions.get(message);
  if (byRule === undefined) emotions.set(message, (byRule = new Map()));
  // By the rule's phrase data: what `find` reads in the message.
  let emotion = byRule.get(context.texts);
  if (emotion === undefined) {
    emotion = measureEmotion(
      message,
      (category) => context.find(category, message),
      (category) => context.findAll(category, message),
    );
    byRule.set(context.texts, emotion);
  }
  const { signals } = emotion;
  // Mixed feelings without a problem word go to the stronger side («звук шикарный… забытый шарф отдали»).
  const negative = emotion.negative >= threshold - EPSILON && (signals.complaint > 0 || emotion.negative >= emotion.positive);
  const positive = !negative && signals.complaint === 0 && emotion.positive >= POSITIVE_THRESHOLD - EPSILON;
  const feeling = negative ? 'negative' : positive ? 'positive' : undefined;
  // «Извиняться тут не за что», "nothing to apologize for": the word is there, the sympathy is not.
  const denied = context.find('falseSympathy');
  const sympathy = context.find('sympathy').some((match) => !denied.some((no) => no.firstToken <= match.firstToken && no.endToken >= match.endToken));
  const joy = context.find('joy').length > 0;
  // A mixed review (praise and a wish or a flaw) is answered by warmth too; an apology to praise is odd, but it is an answer.
  const mixed = signals.praise > 0 && signals.sarcasm + signals.ironicSentences + signals.waiting === 0 && signals.phrases <= 1 && signals.words === 0;
  const answersNegative = sympathy || (mixed && joy) || (feeling !== undefined && replySympathizes(context.reply));
  const answersPositive = sympathy || joy || (feeling !== undefined && replyIsGlad(context.reply, WARMTH_ANSWERS_PRAISE));
  return { emotion, feeling, answersNegative, answersPositive, answered: negative ? answersNegative : answersPositive };
}

export default defineRule({
  meta: {
    id: 'empathy',
    defaultSeverity: 'warning',
    weight: 12,
    preset: 'recommended',
    needsMessage: 'skips-without',
    messageCategories: ['negative', 'positive', 'complaint', 'manners', 'demand', 'rhetorical', 'waiting', 'sarcasm', 'flaws', 'churn', 'duration', 'unhelped'],
    primaryCategory: 'sympathy',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    const judged = judgeEmpathy(context);
    if (judged.feeling === undefined || judged.answered) return;
    const negative = judged.feeling === 'negative';
    reportMissingSentence(context, negative ? 'negative' : 'positive', negative ? 'sympathy' : 'joy', 'afterGreeting');
  },
});
