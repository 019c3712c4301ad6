/** Sets rules build from matches: where they are, what they cover. */
import type { Match, TextDocument } from '../types.js';
import { TIME_KEY } from '../document.js';

/** The sentences that hold a match. */
export function sentencesOf(matches: readonly Match[]): Set<number> {
  return new Set(matches.map((match) => match.sentence));
}

/** Every token a match covers. */
export function tokensOf(matches: readonly Match[]): Set<number> {
  const tokens = new Set<number>();
  for (const match of matches) for (let i = match.firstToken; i < match.endToken; i++) tokens.add(i);
  return tokens;
}

/** The token right after each match (its `endToken`): "a phrase that follows one of these". */
export function endsOf(matches: readonly Match[]): Set<number> {
  return new Set(matches.map((match) => match.endToken));
}

/** The first token of each match. */
export function startsOf(matches: readonly Match[]): Set<number> {
  return new Set(matches.map((match) => match.firstToken));
}

/** A match of one token of a text, for a finding that a token (not a phrase) caused: a phone number, an address. */
export function tokenMatch(doc: TextDocument, index: number, key: string): Match {
  const token = doc.tokens[index]!;
  return { key, pattern: token.kind, start: token.start, end: token.end, firstToken: index, endToken: index + 1, sentence: token.sentence, quoted: token.quoted, negated: token.negated };
}

/** The times a text names («завтра», "by Friday", «в течение двух рабочих дней»): the words commitments take their due from. */
export function timesOf(doc: TextDocument): readonly Match[] {
  return doc.matches.get(TIME_KEY) ?? [];
}
