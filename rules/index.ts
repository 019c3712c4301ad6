/** The built-in rules: an explicit registry (no filesystem scanning), so it bundles for browsers. */
import type { Rule, Severity } from '../src/types.js';
import acknowledgeRepeat from './acknowledge-repeat/index.js';
import avoidWords from './avoid-words/index.js';
import closing from './closing/index.js';
import concreteCommitment from './concrete-commitment/index.js';
import empathy from './empathy/index.js';
import noBlame from './no-blame/index.js';
import noChannelSwitch from './no-channel-switch/index.js';
import noPublicPersonalData from './no-public-personal-data/index.js';
import proportionalLength from './proportional-length/index.js';
import repeatedReply from './repeated-reply/index.js';
import responderIdentity from './responder-identity/index.js';
import statedActions from './stated-actions/index.js';
import thanks from './thanks/index.js';

/**
 * Frozen, all the way down (options schemas aside): every linter shares these objects, so a caller
 * who changes one (through `linter.rules` or this list) would change every linter's output.
 */
function deepFreeze<T>(value: T): T {
  // An options schema (zod) fills in its own properties lazily: frozen, it would throw when used.
  if ((typeof value === 'object' && value !== null && !('_zod' in value)) || typeof value === 'function') {
    if (Object.isFrozen(value)) return value;
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value as object)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

export const builtInRules: readonly Rule[] = deepFreeze([
  proportionalLength,
  thanks,
  statedActions,
  empathy,
  noChannelSwitch,
  noPublicPersonalData,
  closing,
  acknowledgeRepeat,
  repeatedReply,
  noBlame,
  avoidWords,
  responderIdentity,
  concreteCommitment,
]);

function presetFor(level: 'recommended' | 'strict'): Record<string, Severity> {
  const severities: Record<string, Severity> = {};
  for (const rule of builtInRules) {
    if (rule.meta.preset === 'recommended') severities[rule.meta.id] = rule.meta.defaultSeverity;
    // strict adds the info-level rules, raised to warnings.
    else if (level === 'strict') severities[rule.meta.id] = rule.meta.defaultSeverity === 'info' ? 'warning' : rule.meta.defaultSeverity;
  }
  return severities;
}

/** Rule id → severity for each preset. */
export const presets: Readonly<Record<'recommended' | 'strict', Readonly<Record<string, Severity>>>> = deepFreeze({
  recommended: presetFor('recommended'),
  strict: presetFor('strict'),
});
