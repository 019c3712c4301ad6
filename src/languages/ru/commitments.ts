/**
 * Russian promises: a perfective verb in the future — «вернём», «уточню», «мастер перезвонит»,
 * «вам перезвонят» (impersonal: the company side) — or «будем/буду» + infinitive, «будет» +
 * participle («будет отправлен»). The person comes from the verb's form, so «мы» may be left out
 * («Проверим и сообщим»). Forms are written after ё→е, as the tokenizer normalizes them.
 */
import type { CommitmentWords, PromiseHead, PromiseToken } from '../pack.js';

/**
 * Verbs that promise, by conjugation: the stem, then the forms for мы, я, он, они — «провер» in
 * class и gives проверим, проверю, проверит, проверят. Irregular ones written out as `stem|мы|я|он|они`.
 */
const CLASSES: Record<string, string> = {
  и: 'им ю ит ят',
  л: 'им лю ит ят',
  у: 'им у ит ат',
  е: 'ем у ет ут',
  ю: 'ем ю ет ют',
  с: 'емся усь ется утся',
};
const VERBS: Record<string, string> = {
  и: 'осмотр объясн провер перепровер уточн перезвон позвон замен почин выясн начисл зачисл перечисл отмен посмотр рассмотр продл настро ускор устран напомн выкат пересмотр',
  л: 'поправ состав отправ исправ оформ направ восстанов обнов подготов достав поступ уведом установ выстав',
  у: 'предлож сообщ подключ отключ реш изуч назнач получ законч заверш',
  е: 'учт выйд разбер собер назов верн напиш перевед привез приед прид прибуд перенес запиш провед забер вызов набер буд спиш подбер',
  ю: 'заработа вышл пришл перешл компенсиру разблокиру сдела проконтролиру пересчита поменя обменя попробу организу согласу проинформиру эскалиру зафиксиру откро закро активиру',
  с: 'верн свяж разбер отпиш',
};
const IRREGULAR = [
  'встре|тим|чу|тит|тят',
  'появ|имся|люсь|ится|ятся',
  'перезагру|зим|жу|зит|зят','отве|тим|чу|тит|тят', 'переда|дим|м|ст|дут', 'да|дим|м|ст|дут', 'возме|стим|щу|стит|стят', 'созвон|имся|юсь|ится|ятся', 'зака|жем|жу|жет|жут', 'просле|дим|жу|дит|дят', 'выпла|тим|чу|тит|тят', 'выпу|стим|щу|стит|стят', 'перевыпу|стим|щу|стит|стят', 'постара|емся|юсь|ется|ются', 'зай|мемся|мусь|мется|мутся', 'помо|жем|гу|жет|гут', 'подтвер|дим|жу|дит|дят', 'созда|дим|м|ст|дут', 'пода|дим|м|ст|дут'];
const PERSONS = ['we', 'I', 'he', 'they'] as const;

/** «Вы получите возврат», «вам придёт код»: the company delivers. */
const YOU_GET = new Set(['получите']);
/** «будем рады», «будем ждать»: no promise. */
const NOT_STATES = new Set(['рады', 'рад', 'рада', 'благодарны', 'признательны', 'ждать', 'ожидать', 'надеяться', 'должны', 'вынуждены']);
/** Named third parties, by prefix: «слесар» names «слесарь»; `=we`: the company side. */
const ACTORS = 'мастер специалист курьер инженер техник оператор менеджер сотрудник монтажник водител=водитель юрист консультант электрик сантехник слесар=слесарь контролер диспетчер бухгалтери=бухгалтерия лаборатори=лаборатория фармацевт бригад=бригада врач агент представител=представитель эксперт коллег=we команд=we отдел=we служб=we поддержк=we банк=we'
  .split(' ')
  .map((word) => { const [prefix, actor] = word.split('='); return [prefix!, actor ?? prefix!] as const; });
/** Subjects that are the client or someone else's: «вы», «он»… — with them a verb is no promise of ours. */
const OTHERS = new Set(['вы', 'ты', 'клиент', 'система']);
/** The client as an object between the promiser and the verb: «мы вам перезвоним». */
const TO_YOU = new Set(['вам', 'вас', 'тебе', 'тебя', 'вами']);
/** «нужно будет перезагрузить», «давайте попробуем»: an instruction or an invitation, not a promise. */
const NOT_PROMISES = new Set(['нужно', 'надо', 'необходимо', 'придется', 'можно', 'следует', 'давайте', 'давай']);
/** Words that can stand between the promiser and the verb: «мы обязательно», «специалист сам». */
const BETWEEN = new Set(['обязательно', 'сразу', 'сейчас', 'сами', 'сам', 'лично', 'также', 'тоже', 'еще', 'оперативно', 'непременно', 'же', 'уже', 'повторно', 'дополнительно', 'незамедлительно', 'немедленно']);
/** Endings of a verb's person: after «мы»/«я» a word of these endings is read as the verb (a verb outside VERBS). */
const WE_ENDINGS = ['им', 'ем', 'имся', 'емся'];
const I_ENDINGS = ['ю', 'у', 'юсь', 'усь'];
const PRESENT = ['ает', 'яет', 'ует', 'ают', 'яют', 'уют', 'ается', 'яется', 'уется', 'аются', 'яются', 'уются'];
const THIRD_ENDINGS = ['ит', 'ет', 'ится', 'ется', 'ят', 'ут', 'ют', 'ат', 'ятся', 'утся', 'ются'];
/** After «мы», words that end like a verb and promise nothing: «мы можем», «мы рады». */
const NOT_VERBS = new Set(['можем', 'хотим', 'надеемся', 'просим', 'благодарим', 'приносим', 'ждем', 'видим', 'ценим', 'понимаем', 'всем', 'тем', 'им', 'сожалеем', 'стараемся', 'могу', 'хочу', 'прошу', 'жду', 'вижу', 'благодарю', 'понимаю', 'сожалею', 'надеюсь', 'извиняюсь', 'уверен', 'рекомендуем', 'советуем', 'предлагаем', 'гарантируем', 'делаем', 'работаем']);

let forms: Map<string, number> | undefined;
function formsOf(): Map<string, number> {
  if (forms) return forms;
  const table = new Map<string, number>();
  const add = (stem: string, ends: readonly string[]) => ends.forEach((end, person) => table.set(stem + end, person));
  for (const [group, stems] of Object.entries(VERBS)) for (const stem of stems.split(' ')) add(stem, CLASSES[group]!.split(' '));
  for (const entry of IRREGULAR) {
    const [stem, ...ends] = entry.split('|');
    add(stem!, ends);
  }
  return (forms = table);
}

/** A person by the ending of the noun («продавец», «администратор», «сборщик», «бухгалтер», «куратор»). */
const PERSON_ENDINGS = ['ец', 'тор', 'ер', 'щик', 'чик', 'ник', 'ист', 'тель'];

function actorOf(norm: string): string | undefined {
  for (const [prefix, actor] of ACTORS) if (norm.startsWith(prefix)) return actor;
  return undefined;
}

/** A named actor, or a person by the noun's ending when it stands right by the verb. */
function personOf(norm: string): string | undefined {
  return actorOf(norm) ?? (norm.length > 4 && PERSON_ENDINGS.some((end) => norm.endsWith(end)) ? norm : undefined);
}

function isInfinitive(norm: string): boolean {
  return norm.endsWith('ть') || norm.endsWith('ти') || norm.endsWith('ться') || norm.endsWith('чь');
}

/** A state to come after «будет»: «готов», «доступна». */
const STATES = ['готов', 'доступ'];

/** A short passive participle: «отправлен», «зачислены», «решена», «закрыт»; or a state, «будет готов». */
function isParticiple(norm: string): boolean {
  if (STATES.some((state) => norm.startsWith(state) && norm.length <= state.length + 3)) return true;
  const base = 'аоы'.includes(norm.slice(-1)) ? norm.slice(0, -1) : norm;
  return norm.length > 4 && (base.endsWith('ан') || base.endsWith('ян') || base.endsWith('ен') || base.endsWith('т'));
}

function russianHeads(tokens: readonly PromiseToken[]): PromiseHead[] {
  const table = formsOf();
  const heads: PromiseHead[] = [];
  const at = (i: number, clause: number) => (tokens[i]?.clause === clause && tokens[i]!.kind === 'word' ? tokens[i]!.norm : '');
  for (let i = 0; i < tokens.length; i++) {
    const { norm, clause } = tokens[i]!;
    let person = table.get(norm);
    if (person === undefined) {
      if (YOU_GET.has(norm)) heads.push({ verb: i, actor: 'we' });
      // «мы сделаем перерасчёт», «слесарь спустит воздух»: a verb outside the list, read by its ending after its subject.
      let subject = i - 1;
      while (BETWEEN.has(at(subject, clause))) subject--;
      const who = at(subject, clause);
      if (NOT_VERBS.has(norm) || norm.length < 5) continue;
      if (who === 'мы' && WE_ENDINGS.some((end) => norm.endsWith(end)) && !norm.endsWith('аем') && !norm.endsWith('яем')) person = 0;
      else if (who === 'я' && I_ENDINGS.some((end) => norm.endsWith(end))) person = 1;
      // («бригада работает» is the present: -ает, -яет, -ует.)
      else if (who !== '' && personOf(who) !== undefined && personOf(who) !== 'we' && THIRD_ENDINGS.some((end) => norm.endsWith(end)) && !PRESENT.some((end) => norm.endsWith(end))) person = 2;
      else continue;
    }
    if (NOT_PROMISES.has(at(i - 1, clause)) || NOT_PROMISES.has(at(i - 2, clause))) continue;
    let needsTime = false;
    if (norm.startsWith('буд')) {
      // «будем держать вас в курсе», «заказ будет отправлен», «ответ будет в течение трёх дней» (with its time); not «будем рады».
      let next = i + 1;
      while (BETWEEN.has(at(next, clause))) next++;
      const word = at(next, clause);
      if (NOT_STATES.has(word)) continue;
      needsTime = !(isInfinitive(word) || (person >= 2 && isParticiple(word)));
    }
    const who = PERSONS[person]!;
    if (who === 'we' || who === 'I') {
      const before = at(i - 1, clause);
      if (OTHERS.has(before)) continue;
      // «мы вам перезвоним», «я обязательно уточню»: the pronoun a word or two before.
      let subject = i - 1;
      while (subject > i - 3 && (BETWEEN.has(at(subject, clause)) || TO_YOU.has(at(subject, clause)))) subject--;
      const named = at(subject, clause) === 'мы' || at(subject, clause) === 'я';
      heads.push({ verb: i, actor: who, ...(named ? { actorToken: subject } : {}), ...(needsTime ? { needsTime } : {}) });
      continue;
    }
    // The third person: a named actor in the clause («мастер перезвонит», «вам перезвонит специалист»), else the company side.
    let actor: string | undefined;
    let actorToken: number | undefined;
    let other = false;
    // A person by the noun's ending counts only as the nearest noun before the verb («куратор группы пришлёт», not «роутер» after it).
    let nearest: number | undefined;
    for (let j = i - 1; j >= i - 3 && j >= 0 && tokens[j]!.clause === clause; j--) {
      if (personOf(tokens[j]!.norm) !== undefined) {
        nearest = j;
        break;
      }
    }
    for (let j = Math.max(0, i - 4); j <= i + 3 && j < tokens.length; j++) {
      if (j === i || tokens[j]!.clause !== clause) continue;
      const found = j === nearest ? personOf(tokens[j]!.norm) : actorOf(tokens[j]!.norm);
      if (found !== undefined && actor === undefined) {
        actor = found;
        actorToken = j;
      }
      if (OTHERS.has(tokens[j]!.norm) && j < i) other = true;
    }
    if (other && actor === undefined) continue;
    // «врач позвонит вам и всё объяснит»: a second verb after «и» has the first one's actor.
    const previous = heads.at(-1);
    if (actor === undefined && previous && tokens[previous.verb]!.clause === clause && at(i - 1, clause) === 'и' || (actor === undefined && previous && at(i - 2, clause) === 'и' && tokens[previous.verb]!.clause === clause)) actor = previous!.actor;
    heads.push({ verb: i, actor: actor ?? 'we', ...(actorToken !== undefined ? { actorToken } : {}), ...(needsTime ? { needsTime } : {}) });
  }
  return heads;
}

export const commitments: CommitmentWords = {
  heads: russianHeads,
  conditions: ['если', 'случае', 'ежели'],
  stops: ['если', 'чтобы', 'потому', 'так', 'но', 'как', 'когда', 'пока', 'и', 'или', 'а', 'пожалуйста'],
  requests: ['пожалуйста', 'пж', 'плиз'],
  joins: ['и'],
  now: ['сейчас', 'сразу', 'немедленно', 'срочно', 'сначала'],
  habitual: ['всегда', 'обычно', 'правило', 'зачастую'],
  hedges: ['надеемся', 'надеюсь', 'уверены', 'уверен', 'уверена', 'возможно', 'наверное', 'может', 'вероятно', 'желаем'],
  refusals: ['обещать', 'гарантировать', 'обещаем', 'гарантируем'],
  time: {
    weekdays: [['понедельник*', 'пн'], ['вторник*', 'вт'], ['среду', 'среда', 'среды', 'ср'], ['четверг*', 'чт'], ['пятниц*', 'пт'], ['суббот*', 'сб'], ['воскресень*', 'вс']],
    months: [['январ*'], ['феврал*'], ['март*'], ['апрел*'], ['мая', 'май', 'мае'], ['июн*'], ['июл*'], ['август*'], ['сентябр*'], ['октябр*'], ['ноябр*'], ['декабр*']],
    days: { сегодня: 0, завтра: 1, послезавтра: 2 },
    units: { 'минут*': 'm', 'час*': 'h', полчаса: 'm', 'дн*': 'd', день: 'd', 'сут*': 'D', 'недел*': 'w', 'месяц*': 'M' },
    numbers: {
      один: 1, одного: 1, одной: 1, одну: 1, одни: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3, четыре: 4, четырех: 4, пять: 5, пяти: 5,
      шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, десять: 10, десяти: 10, пару: 2, пары: 2, полчаса: 30,
    },
    business: ['рабоч*'],
    end: ['конца', 'конец', 'концу'],
    next: ['следующ*', 'ближайш*'],
    at: ['в', 'к', 'до', 'около'],
    links: [],
    am: ['утра'],
    placeholders: ['дат', 'врем', 'срок', 'date', 'time'],
    pm: ['вечера', 'вечером'],
    parts: ['утром', 'днем', 'вечером', 'половин*', 'выходн*', 'весной', 'летом', 'осенью', 'зимой'],
    durations: ['на'],
    noon: ['полдень', 'полудня', 'обеду', 'обеда'],
    limits: ['до', 'к', 'позднее', 'позже', 'течение', 'пределах'],
  },
};
