/**
 * The client's emotion as a scored signal: word valence from the field's lexicons, emoji and
 * emoticons, negation and boosters, «!!!» and "??", capitals, blunt demands, rhetorical questions,
 * waiting and money, and the rule's own phrases. Each signal adds its weight (rules/empathy/weights.ts,
 * fitted on the labeled real exchanges); the message is upset when the sum reaches the threshold.
 */
import type { Match, TextDocument, Token } from '../../src/types.js';
import { RU_ENDINGS, valenceTables, type ValenceTables } from './valence.js';
import { BOOSTERS, WEIGHTS } from './weights.js';

export interface EmotionSignals {
  /** Negative word valence (sum of |valence| of negative words, boosted, negation flipped). */
  words: number;
  /** Positive word valence. */
  praiseWords: number;
  negativeEmoji: number;
  positiveEmoji: number;
  /** Runs of two or more «!»/«?», and of those the ones holding a «?» ("??", "?!"). */
  exclamations: number;
  questionRuns: number;
  /** Words in capitals, three letters or more. */
  shouted: number;
  /** Matches of the rule's phrase categories in the message. */
  phrases: number;
  demands: number;
  rhetorical: number;
  waiting: number;
  /** Sums of money ("$400", «3000 руб»): counted beside a complaint. */
  money: number;
  complaint: number;
  /** Praise phrases that read as sarcasm beside a complaint. */
  sarcasm: number;
  /** Sentences of a single praise word ("great.", «супер.»): irony after a complaint. */
  ironicSentences: number;
  praise: number;
  manners: number;
}

export interface Emotion {
  signals: EmotionSignals;
  negative: number;
  positive: number;
}

const CURRENCY: ReadonlySet<string> = new Set(['$', '£', '€', '₽', '¥', '₴', '₸']);
const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollars', 'dollar', 'bucks', 'usd', 'eur', 'euros', 'pounds', 'gbp', 'руб', 'рублей', 'рубля', 'рубль', 'р', 'тыс', 'тысяч', 'тысячи', 'грн', 'тенге',
]);


/**
 * Russian: the word itself, or the longest lexicon stem (five letters or more) that leaves an
 * inflectional ending («ужасн|ое», «отвратительн|ая»), so «страниц|у» never meets «стран(н)».
 * Not cached: a module-level cache would keep the client's words.
 */
function russianValence(tables: ValenceTables, norm: string): number {
  const exact = tables.ru.get(norm);
  if (exact !== undefined) return exact;
  for (let cut = norm.length - 1; cut >= Math.max(5, norm.length - 5); cut--) {
    if (!RU_ENDINGS.has(norm.slice(cut))) continue;
    const valence = tables.ru.get(norm.slice(0, cut));
    if (valence !== undefined) return valence;
  }
  return 0;
}

/** Verdicts that complaint hashtags glue to a brand, beside the lexicon's words. */
const HASHTAG_VERDICTS: ReadonlySet<string> = new Set([
  'sucks', 'fail', 'fails', 'lies', 'liar', 'lying', 'scam', 'fraud', 'theft', 'ripoff', 'shame', 'joke', 'doesntcare', 'dontcare', 'neverfly', 'boycott', 'notcool', 'wtf',
]);

/** A capitalized word inside its sentence (not its first word, not in capitals): a name. */
function isName(doc: TextDocument, index: number): boolean {
  const token = doc.tokens[index]!;
  const previous = doc.tokens[index - 1];
  return !token.caps && previous !== undefined && previous.sentence === token.sentence && previous.kind !== 'handle' && isCapitalized(doc.masked, token);
}

function isCapitalized(masked: string, token: Token): boolean {
  const first = masked[token.start]!;
  return first !== first.toLowerCase();
}

function wordValence(tables: ValenceTables, token: Token, hashtag: boolean): number {
  if (token.kind !== 'word') return 0;
  const norm = token.norm;
  const first = norm.charCodeAt(0);
  if (first >= 0x400 && first <= 0x4ff) return russianValence(tables, norm);
  if (norm.length < 3) return 0; // "PO", "ur": abbreviations, not feelings
  const valence = tables.en.get(norm);
  if (valence !== undefined || !hashtag) return valence ?? 0;
  // "#centurylinksucks", "#ihatecomcast": a hashtag glues words; any word of four letters or more in it may carry the feeling,
  // and so may the verdicts complaint hashtags end on ("#comcastdoesntcare", "#neverflywn").
  const end = Math.min(norm.length, 40);
  for (let from = 0; from + 4 <= end; from++) {
    for (let to = from + 4; to <= end; to++) {
      const part = norm.slice(from, to);
      const found = tables.en.get(part);
      if (found !== undefined && found < 0) return found;
      if (HASHTAG_VERDICTS.has(part)) return -2;
    }
  }
  return 0;
}

/** Characters that never carry a feeling between words: blanks and plain punctuation. */
function isPlain(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 44 || code === 46 || code === 45 || code === 58 || code === 59 || code === 0xa0;
}

const isBlank = (code: number) => code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
const isEdgePunctuation = (code: number) => code === 46 || code === 44 || code === 59 || code === 33 || code === 63; // . , ; ! ?

/** Quotation marks, straight and typographic: a gap that holds one opens or closes a quotation. */
function isQuotationMark(code: number): boolean {
  return code === 34 || code === 39 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201f);
}

/**
 * The gap before token `next` (tokens.length: the text's end) is quoted text — a `>`-quoted line, quoted
 * history, the inside of a quotation: the words on both sides are quoted (or the text ends) and no
 * quotation mark opens or closes in it. «!!!» and emoji there are not the author's ("> I'm furious!!!").
 */
function inQuotedGap(doc: TextDocument, next: number, from: number, to: number): boolean {
  const { tokens, masked } = doc;
  if (next === 0 || !tokens[next - 1]!.quoted || (next < tokens.length && !tokens[next]!.quoted)) return false;
  for (let k = from; k < to; k++) if (isQuotationMark(masked.charCodeAt(k))) return false;
  return true;
}

/** Emoji, ASCII emoticons, Russian «((( / )))» and «!!» / «??» runs in the text between two tokens. */
function scanGap(tables: ValenceTables, text: string, from: number, to: number, signals: EmotionSignals): void {
  let plain = true;
  for (let k = from; k < to && plain; k++) plain = isPlain(text.charCodeAt(k));
  if (plain) return; // most gaps are a space or ", ": nothing sliced, nothing looked up
  let k = from;
  while (k < to) {
    while (k < to && isBlank(text.charCodeAt(k))) k++;
    let end = k;
    while (end < to && !isBlank(text.charCodeAt(end))) end++;
    if (end > k) scanChunk(tables, text.slice(k, end), signals);
    k = end;
  }
}

function scanChunk(tables: ValenceTables, chunk: string, signals: EmotionSignals): void {
  let valence = tables.emoticons.get(chunk);
  if (valence === undefined) {
    let from = 0;
    let to = chunk.length;
    while (from < to && isEdgePunctuation(chunk.charCodeAt(from))) from++;
    while (to > from && isEdgePunctuation(chunk.charCodeAt(to - 1))) to--;
    valence = from < to && (from > 0 || to < chunk.length) ? (tables.emoticons.get(chunk.slice(from, to)) ?? 0) : 0;
  }
  let opens = 0;
  let closes = 0;
  let run = 0;
  let question = false;
  let marked = false;
  let longRun = false;
  let longRunQuestion = false;
  for (let i = 0; i < chunk.length; i++) {
    const code = chunk.charCodeAt(i);
    if (code === 40) opens++;
    else if (code === 41) closes++;
    // «!!», «?!», "??", and "...?" (a trailing-off question): two marks or more in a row, one of them ! or ?.
    if (code === 33 || code === 63 || code === 46) {
      run++;
      if (code === 63) question = true;
      if (code !== 46) marked = true;
      if (run >= 2 && marked) {
        longRun = true;
        if (question) longRunQuestion = true;
      }
    } else {
      run = 0;
      question = false;
      marked = false;
    }
    // Emoji live outside the Basic Multilingual Plane or in the symbol blocks from U+2000.
    if (valence === 0 && code >= 0x2000) {
      const point = chunk.codePointAt(i)!;
      const v = tables.emoji.get(String.fromCodePoint(point));
      if (v !== undefined) valence = v;
    }
  }
  // «Не работает((((» / «спасибо)))»: brackets in a run, unmatched, are a Russian smiley.
  if (valence === 0 && opens >= 2 && closes === 0) valence = -2;
  else if (valence === 0 && closes >= 2 && opens === 0) valence = 2;
  if (valence < 0) signals.negativeEmoji++;
  else if (valence > 0) signals.positiveEmoji++;
  if (longRun) {
    signals.exclamations++;
    if (longRunQuestion) signals.questionRuns++;
  }
}

const IRONIC: ReadonlySet<string> = new Set([
  'great', 'wonderful', 'perfect', 'fantastic', 'brilliant', 'lovely', 'awesome', 'amazing', 'nice', 'super', 'excellent',
  'супер', 'класс', 'отлично', 'замечательно', 'прекрасно', 'чудесно', 'великолепно', 'шикарно', 'браво',
]);
const DURATION_LEADS: ReadonlySet<string> = new Set(['for', 'over', 'past', 'after', 'nearly', 'almost', 'уже', 'больше', 'более', 'целых', 'почти', 'около']);
const MY: ReadonlySet<string> = new Set(['my', 'моя', 'мой', 'мое', 'мои', 'моей', 'моих']);
const POLITE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'kindly', 'пожалуйста', 'плиз', 'пжл', 'пож']);
/** Imperatives that ask politely for information or help, not demands («Подскажите», «Помогите разобраться»). */
const REQUESTS: ReadonlySet<string> = new Set([
  'подскажите', 'скажите', 'объясните', 'посоветуйте', 'уточните', 'помогите', 'проверьте', 'посмотрите', 'добавьте', 'сделайте',
  'извините', 'простите', 'здравствуйте', 'учтите', 'имейте', 'передайте', 'рассмотрите',
]);

/** The sentence's first token past @handles, if it is a word. */
function firstWord(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const kind = tokens[i]!.kind;
    if (kind !== 'handle') return kind === 'word' ? i : -1;
  }
  return -1;
}

/** «?» (63) or «!» (33): the first of them after the sentence's last word (a link after it does not count), or 0. */
function endMark(masked: string, tokens: readonly Token[], firstToken: number, endToken: number, end: number): number {
  let last = endToken - 1;
  while (last > firstToken && tokens[last]!.kind !== 'word') last--;
  const stop = Math.min(masked.length, end + 3);
  for (let k = tokens[last]!.end; k < stop; k++) {
    const code = masked.charCodeAt(k);
    if (code === 63 || code === 33) return code;
  }
  return 0;
}

/**
 * Demands and rhetorical questions are shapes of a sentence: a demand opens it with an imperative and
 * no «пожалуйста»/"please" (a sentence-initial Russian «-ите/-йте» verb outside polite requests counts
 * beside a complaint, when the sentence is short or ends with «!»); a rhetorical question opens a
 * sentence that ends with «?».
 */
function countSentenceShapes(message: TextDocument, find: (category: string) => readonly Match[], signals: EmotionSignals): void {
  const { tokens, sentences, masked } = message;
  const demands = find('demand');
  const rhetorical = find('rhetorical');
  const complaint = signals.complaint + signals.phrases > 0;
  let d = 0;
  let r = 0;
  for (const sentence of sentences) {
    const first = firstWord(tokens, sentence.firstToken, sentence.endToken);
    if (first === -1 || tokens[first]!.quoted) continue;
    while (d < demands.length && demands[d]!.firstToken < first) d++;
    while (r < rhetorical.length && rhetorical[r]!.firstToken < first) r++;
    const opensDemand = d < demands.length && demands[d]!.firstToken === first;
    if (sentence.endToken - first <= 2 && IRONIC.has(tokens[first]!.norm)) signals.ironicSentences++;
    // "Is anyone there?": a rhetorical question may start on the second word.
    const opensQuestion = r < rhetorical.length && rhetorical[r]!.firstToken <= first + 1 && rhetorical[r]!.sentence === tokens[first]!.sentence;
    const norm = tokens[first]!.norm;
    // A Russian «-ите/-йте» verb outside the listed ones is a demand only beside a complaint («Продолжайте в том же духе» is praise).
    const russianImperative =
      complaint && norm.length >= 6 && (norm.endsWith('ите') || norm.endsWith('йте')) && !REQUESTS.has(norm);
    if (!opensDemand && !opensQuestion && !russianImperative) continue;
    const mark = endMark(masked, tokens, sentence.firstToken, sentence.endToken, sentence.end);
    // "Are you going to email me or not": the last sentence of a message may ask without a «?».
    const lastSentence = sentence === sentences[sentences.length - 1];
    if (mark === 63 || (mark === 0 && lastSentence && opensQuestion)) {
      if (opensQuestion) signals.rhetorical++;
      continue;
    }
    let polite = false;
    for (let i = sentence.firstToken; i < sentence.endToken && !polite; i++) polite = POLITE.has(tokens[i]!.norm);
    if (polite) continue;
    const words = sentence.endToken - first;
    const loud = mark === 33;
    if (opensDemand ? words <= 8 || loud : russianImperative && (words <= 6 || loud)) signals.demands++;
  }
}

/** What follows «Недостатки:» / "Cons:" when there are none. */
const NO_FLAWS: ReadonlySet<string> = new Set([
  'нет', 'нету', 'не', 'отсутствуют', 'все', 'всё', 'минусов', 'недостатков', 'их', 'пока', 'никаких', 'комментарий', 'достоинства', 'none', 'no', 'nothing', 'n', 'na',
]);

/** A review's «Недостатки:» / "Cons:" field that lists a flaw: the client is let down. */
function countFlaws(message: TextDocument, fields: readonly Match[]): number {
  let count = 0;
  for (const field of fields) {
    const next = message.tokens[field.endToken];
    if (next && next.sentence === field.sentence && !NO_FLAWS.has(next.norm)) count++;
  }
  return count;
}

export function measureEmotion(
  message: TextDocument,
  find: (category: string) => readonly Match[],
  findAll: (category: string) => readonly Match[] = find,
): Emotion {
  const tables = valenceTables();
  // Waiting is waiting even after a negator: "no its still broken", «нет, до сих пор не пришло»; a duration
  // only after "for/over/nearly…" («уже/больше/почти…»), not "2 days ago".
  const waiting = findAll('waiting').filter((match) => !match.quoted).length +
    find('duration').filter((match) => DURATION_LEADS.has(message.tokens[match.firstToken - 1]?.norm ?? '')).length;
  // Help that did not come: "isn't helping", "they won't help", «не помогает».
  const unhelped = findAll('unhelped').filter((match) => match.negated && !match.quoted).length;
  const signals: EmotionSignals = {
    words: 0, praiseWords: 0, negativeEmoji: 0, positiveEmoji: 0, exclamations: 0, questionRuns: 0, shouted: 0,
    phrases: find('negative').length + find('churn').length + unhelped + countFlaws(message, findAll('flaws')), demands: 0, rhetorical: 0,
    waiting, money: 0, complaint: find('complaint').length, sarcasm: find('sarcasm').length, ironicSentences: 0, praise: 0, manners: 0,
  };
  const { tokens, masked } = message;
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start > previousEnd && !inQuotedGap(message, i, previousEnd, token.start)) scanGap(tables, masked, previousEnd, token.start, signals);
    previousEnd = token.end;
    if (token.quoted) continue;
    // Money named in a message («$400», «3 298 руб») is money the client lost or was charged.
    if (token.kind === 'number' && (CURRENCY.has(masked[token.start - 1] ?? '') || CURRENCY_WORDS.has(tokens[i + 1]?.norm ?? ''))) signals.money++;
    if (token.caps && token.kind === 'word' && token.end - token.start >= 4) signals.shouted++;
    let valence = wordValence(tables, token, token.start > 0 && masked.charCodeAt(token.start - 1) === 35);
    if (valence === 0) continue;
    // A capitalized word inside a sentence is a name ("Wicked", "Star Wars", "Dead by Daylight"), not a feeling.
    if (!token.caps && i > 0 && tokens[i - 1]!.sentence === token.sentence && isCapitalized(masked, token)) continue;
    const previous = tokens[i - 1];
    // "my bad", «моя вина»: the client blames themself, not the company.
    if (valence < 0 && previous && MY.has(previous.norm)) continue;
    if (previous && previous.sentence === token.sentence && BOOSTERS.has(previous.norm)) valence *= WEIGHTS.booster;
    if (token.caps) valence *= WEIGHTS.booster;
    if (token.negated) valence *= WEIGHTS.negation; // "not happy" is unhappy; "not bad" is no complaint
    if (valence < 0) signals.words -= valence;
    else signals.praiseWords += valence;
  }
  if (masked.length > previousEnd && !inQuotedGap(message, tokens.length, previousEnd, masked.length)) scanGap(tables, masked, previousEnd, masked.length, signals);
  countSentenceShapes(message, find, signals);

  // Kind words count as praise unless they are only manners («заранее спасибо», "thanks in advance").
  const manners = find('manners');
  signals.manners = manners.length;
  signals.praise = find('positive').filter(
    (match) =>
      !manners.some((polite) => polite.firstToken <= match.firstToken && polite.endToken >= match.endToken) &&
      !isName(message, match.firstToken), // "Best Buy", "Star Wars"
  ).length;

  const w = WEIGHTS;
  const complaint = signals.complaint > 0;
  // A long report that opens with a greeting («Добрый день! При попытке… получаю ошибку…») is calm:
  // its problem words are the matter, not a feeling.
  const calm = message.wordCount >= (message.greetingSentence !== -1 ? w.calmReportWords : w.calmReportWords * 1.5);
  let negative =
    signals.words * w.negativeWord +
    signals.phrases * w.phrase +
    signals.negativeEmoji * w.negativeEmoji +
    signals.demands * w.demand +
    signals.rhetorical * w.rhetorical +
    signals.waiting * w.waiting +
    signals.questionRuns * w.questionRun +
    // «!!» raises the voice of a complaint; beside praise and no complaint it is joy ("Love it!!").
    (signals.exclamations - signals.questionRuns) * (complaint ? w.exclamationWithComplaint : signals.praise + signals.positiveEmoji + signals.manners + signals.praiseWords > 0 ? 0 : w.exclamation) +
    Math.min(signals.shouted, w.shoutedCap) * (complaint ? w.shoutedWithComplaint : w.shouted) +
    (calm || !complaint ? 0 : w.complaint) +
    // Money counts as money lost only beside waiting or another sign of upset ("no sign of my $400"), not in a calm billing question.
    (signals.waiting + signals.words + signals.phrases > 0 ? Math.min(signals.money, 1) * w.money : 0);
  // Praise beside a complaint reads as sarcasm ("Wonderful service, really.", «Ну спасибо, молодцы»).
  // Happy emoji under a complaint clap at it («третий день не могу войти 👏👏»). A complaint alone is not
  // enough: a review's pros beside its cons are praise, not sarcasm.
  const upset = complaint && signals.waiting + signals.words + signals.exclamations + signals.questionRuns > 0;
  if (complaint || signals.waiting > 0 || signals.exclamations > 0) negative += Math.min(signals.sarcasm, 2) * w.sarcasm;
  if (upset) negative += Math.min(signals.praise + signals.positiveEmoji, 2) * w.sarcasm;
  // "…in the rain. great.": a sentence of one praise word after a complaint.
  if (complaint && !upset) negative += signals.ironicSentences * w.sarcasm;
  const positive = signals.praise * w.praisePhrase + signals.praiseWords * w.praiseWord + signals.positiveEmoji * w.positiveEmoji;
  return { signals, negative, positive };
}

const WISHES: ReadonlySet<string> = new Set([
  'have', 'enjoy', 'good', 'best', 'happy', 'hope', 'take', 'stay', 'хорошего', 'хороших', 'всего', 'приятного', 'удачного', 'удачи', 'отличного',
  'доброго', 'прекрасного', 'ждем', 'ждём', 'будем', 'надеемся', 'желаем', 'счастливого',
]);
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'вы', 'вас', 'вам', 'ваш', 'ваша', 'ваше', 'ваши', 'сами']);

/** Words that point at the client's situation: "This is distressing", «Это очень неприятно». */
const SITUATION: ReadonlySet<string> = new Set([
  'this', 'that', 'it', 'sounds', 'hear', 'hearing', 'see', 'seeing', 'such', 'what', 'how', 'oh', 'yikes', 'ugh', 'oops', 'situation',
  'это', 'так', 'такая', 'такое', 'такой', 'слышать', 'видеть', 'ситуация', 'ситуации', 'очень', 'как',
]);

/** The token stands in a wish ("Have a great weekend!", «Хорошего дня!»), which closes any reply. */
function inWish(reply: TextDocument, token: Token): boolean {
  const sentence = reply.sentences[token.sentence];
  return sentence !== undefined && WISHES.has(reply.tokens[sentence.firstToken]!.norm);
}

/**
 * The reply's own tone, beside its phrases: a feeling word about the situation ("This is
 * distressing", «Это очень неприятно») answers an upset client; a warm word ("fAAntastic", "😊")
 * or an exclamation of the agent's own ("That's music to our ears!") answers praise. Each stops at
 * the first sign it looks for.
 */
export function replySympathizes(reply: TextDocument): boolean {
  const tables = valenceTables();
  const { tokens } = reply;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.quoted) continue;
    const valence = wordValence(tables, token, false);
    // "That's not good" (a negated warm word) or "This is distressing", after the words that point at the situation…
    if (!(token.negated ? valence >= 2 : valence <= -2)) continue;
    // …unless the sentence speaks of the client ("так что вы сами виноваты", "you did it wrong").
    let situation = false;
    let blame = false;
    for (let j = i - 1; j >= 0 && tokens[j]!.sentence === token.sentence && !blame; j--) {
      if (j >= i - 4 && SITUATION.has(tokens[j]!.norm)) situation = true;
      if (SECOND_PERSON.has(tokens[j]!.norm)) blame = true;
    }
    if (situation && !blame) return true;
  }
  return false;
}

export function replyIsGlad(reply: TextDocument, warmthNeeded: number): boolean {
  const tables = valenceTables();
  const { tokens, masked, sentences } = reply;
  // An exclamation in the agent's own words, not the greeting and not a wish ("Have a great day!" closes any reply).
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (s === reply.greetingSentence || WISHES.has(tokens[sentence.firstToken]!.norm)) continue;
    const stop = Math.min(masked.length, sentence.end + 2);
    for (let k = tokens[sentence.endToken - 1]!.end; k < stop; k++) if (masked.charCodeAt(k) === 33) return true;
  }
  const signals = { negativeEmoji: 0, positiveEmoji: 0, exclamations: 0, questionRuns: 0 } as EmotionSignals;
  let warmth = 0;
  let previousEnd = 0;
  for (let i = 0; i < tokens.length && warmth < warmthNeeded; i++) {
    const token = tokens[i]!;
    if (token.start > previousEnd && !inQuotedGap(reply, i, previousEnd, token.start)) scanGap(tables, masked, previousEnd, token.start, signals);
    previousEnd = token.end;
    if (token.quoted || token.negated) continue;
    const valence = wordValence(tables, token, false);
    if (valence > 0 && !inWish(reply, token)) warmth += valence;
    warmth += signals.positiveEmoji * 2;
    signals.positiveEmoji = 0;
  }
  if (warmth < warmthNeeded && masked.length > previousEnd && !inQuotedGap(reply, tokens.length, previousEnd, masked.length)) scanGap(tables, masked, previousEnd, masked.length, signals);
  return warmth + signals.positiveEmoji * 2 >= warmthNeeded;
}
