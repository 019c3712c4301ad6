/**
 * The description, rationale and examples of every built-in rule, by id: for the README, the language server,
 * SARIF and the tests. Not imported by the core, so the browser bundle does not carry them.
 */
import type { Language, Rule, RuleDocs } from '../src/types.js';
import acknowledgeRepeat from './acknowledge-repeat/docs.js';
import avoidWords from './avoid-words/docs.js';
import closing from './closing/docs.js';
import concreteCommitment from './concrete-commitment/docs.js';
import empathy from './empathy/docs.js';
import noBlame from './no-blame/docs.js';
import noChannelSwitch from './no-channel-switch/docs.js';
import noPublicPersonalData from './no-public-personal-data/docs.js';
import proportionalLength from './proportional-length/docs.js';
import repeatedReply from './repeated-reply/docs.js';
import responderIdentity from './responder-identity/docs.js';
import statedActions from './stated-actions/docs.js';
import thanks from './thanks/docs.js';

export const builtInDocs: Readonly<Record<string, RuleDocs>> = {
  'acknowledge-repeat': acknowledgeRepeat,
  'avoid-words': avoidWords,
  'closing': closing,
  'concrete-commitment': concreteCommitment,
  'empathy': empathy,
  'no-blame': noBlame,
  'no-channel-switch': noChannelSwitch,
  'no-public-personal-data': noPublicPersonalData,
  'proportional-length': proportionalLength,
  'repeated-reply': repeatedReply,
  'responder-identity': responderIdentity,
  'stated-actions': statedActions,
  'thanks': thanks,
};

/** A rule's one-line description in a language: its own (a plugin rule's) or the built-in docs', or ''. */
export function descriptionOf(rule: Rule, language: Language): string {
  return rule.languages[language].description ?? builtInDocs[rule.meta.id]?.[language].description ?? '';
}

/** A rule's rationale in a language: its own (a plugin rule's) or the built-in docs', or ''. */
export function rationaleOf(rule: Rule, language: Language): string {
  return rule.languages[language].rationale ?? builtInDocs[rule.meta.id]?.[language].rationale ?? '';
}
