/** Sets rules build from matches: where they are, what they cover. */
import type { Match } from '../types.js';

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
