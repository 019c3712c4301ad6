/**
 * What rules share: sets made from matches, where a missing sentence goes and how it is reported.
 * The built-in rules import from here; a plugin rule may too (it is plain code over the public types).
 */
export { endsOf, sentencesOf, startsOf, timesOf, tokenMatch, tokensOf } from './matches.js';
export { insertAfterGreeting, insertAtEnd, reportMissingSentence } from './placement.js';
