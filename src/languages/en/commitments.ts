/**
 * English promises: a subject, "will"/"shall" (or "am/are going to", "let me/us") and a verb —
 * "we'll send a replacement", "a technician will call you", "your refund will be processed",
 * "you'll receive a code" (the company delivers it). Times: see TimeWords.
 */
import type { CommitmentWords, PromiseHead, PromiseToken } from '../pack.js';

const set = (words: string) => new Set(words.split(' '));
/** "should" hedges: it promises only a thing's state ("power should be back soon", below). */
const MODALS = set('will shall should');
const WE = set('we us our');
const BE = set('am are is');
/** Between the subject, the modal and the verb: "we will definitely also check". */
const SKIP = set('definitely certainly personally also then immediately now gladly happily actually surely promptly quickly further both first right away absolutely');
/** After the modal, no promise: "we will need…", "we'll be happy to help", "let me know". */
const NOT_ACTIONS = set('need want like love appreciate know wait hope miss require not be');
/** Not a promise before "to"/"you": "we'll have to ask", "we'll ask you to". */
const BEFORE_YOU = set('have ask');
const NOT_STATES = set('happy glad pleased delighted here around unable sorry grateful');
/** A thing's state to come: "will be available", "should be back" ("we'll be available" offers, it does not promise). */
const STATES = set('back available ready live there online up');
/** "You'll receive a refund": the company delivers. */
const YOU_GET = set('receive get hear see have');
/** A thing as subject: "your refund will arrive", "it will be fixed" (the passive: below). */
const ARRIVE = set('arrive reach ship appear show post reflect go come');
/** Named third parties by stem ('we': the company side). */
const ACTORS: Record<string, string> = {
  team: 'we', compani: 'we', support: 'we', depart: 'we', store: 'we', bank: 'we', someon: 'we', colleagu: 'we', staff: 'we',
  courier: 'courier', engin: 'engineer', manag: 'manager', driver: 'driver', agent: 'agent', repres: 'representative', carrier: 'carrier',
  plumber: 'plumber', instal: 'installer', fitter: 'fitter', adjust: 'adjuster', offic: 'officer', member: 'we', crew: 'crew',
};
/** Who a word names when it is no listed actor: a person by the ending ("inspector", "technician", "specialist", "consultant"). */
const PERSON_ENDINGS = ['or', 'ist', 'ian', 'ant', 'ge'];
/** Words that take an object: "look into the coverage and DM you" — a second verb after "and". */
const OBJECTS = set('you it them your us back out up over off down the a an this that these those my his her their our');
/** Before a noun: "the lab", "our concierge", "your tutor". */
const DETERMINERS = set('the a an our your this that');

function actorOf(token: PromiseToken | undefined): string | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const listed = ACTORS[token.stem];
  if (listed !== undefined) return listed;
  return PERSON_ENDINGS.some((ending) => token.norm.endsWith(ending) && token.norm.length >= ending.length + 3) ? token.norm : undefined;
}

function isParticiple(norm: string, participles: ReadonlySet<string>): boolean {
  return (norm.endsWith('ed') && norm.length > 3) || participles.has(norm);
}

export function englishHeads(participles: ReadonlySet<string>, verbs: ReadonlySet<string>) {
  return (tokens: readonly PromiseToken[]): PromiseHead[] => {
    const heads: PromiseHead[] = [];
    const at = (i: number, clause: number) => (tokens[i]?.clause === clause && tokens[i]!.kind === 'word' ? tokens[i]!.norm : '');
    for (let i = 0; i < tokens.length; i++) {
      const { norm, clause } = tokens[i]!;
      let verb = -1;
      let subject = -1;
      let thing = false;
      if (MODALS.has(norm) || (norm === 'going' && at(i + 1, clause) === 'to' && BE.has(at(i - 1, clause)))) {
        subject = norm === 'going' ? i - 2 : i - 1;
        while (SKIP.has(at(subject, clause))) subject--;
        verb = norm === 'going' ? i + 2 : i + 1;
        while (SKIP.has(at(verb, clause))) verb++;
        // "I'll go ahead and follow up": the verb after.
        if (at(verb, clause) === 'go' && at(verb + 1, clause) === 'ahead') verb += at(verb + 2, clause) === 'and' ? 3 : 2;
        const word = at(verb, clause);
        if (word === 'be') {
          const next = at(verb + 1, clause);
          if (NOT_STATES.has(next) || next === 'not') continue;
          if (next === 'able' && at(verb + 2, clause) === 'to') verb += 3;
          else if (next.endsWith('ing') && next.length > 4) verb += 1;
          else if (STATES.has(next)) {
            // "we'll be available" is an offer; "it will be available", "power should be back" a promise.
            if (at(i - 1, clause) === 'we' || at(i - 1, clause) === 'i') continue;
            thing = true;
          } else thing = isParticiple(next, participles);
        } else if (word === '' || NOT_ACTIONS.has(word) || (BEFORE_YOU.has(word) && (at(verb + 1, clause) === 'to' || at(verb + 1, clause) === 'you'))) continue;
      } else if (norm === 'let' && (at(i + 1, clause) === 'me' || at(i + 1, clause) === 'us')) {
        // "Let's try again", "Let's meet in DM": an invitation (as «давайте»), not a promise; "let us check" is one.
        if (NOT_ACTIONS.has(at(i + 2, clause)) || at(i + 2, clause) === '' || tokens[i]!.end === tokens[i + 1]!.start) continue;
        heads.push({ verb: i + 2, actor: at(i + 1, clause) === 'me' ? 'I' : 'we', actorToken: i });
        continue;
      } else if ((norm === 'are' || norm === 'am') && (at(i - 1, clause) === 'we' || at(i - 1, clause) === 'i')) {
        // "We are sending a replacement today": a promise only with its time.
        const next = at(i + 1, clause);
        if (next.endsWith('ing') && next.length > 4 && !NOT_ACTIONS.has(next.slice(0, -3)) && next !== 'looking' && next !== 'going') {
          heads.push({ verb: i + 1, actor: at(i - 1, clause) === 'i' ? 'I' : 'we', actorToken: i - 1, needsTime: true });
        }
        continue;
      } else continue;
      // "the pharmacist at Oak St will call you": the party a few words before, named with a determiner.
      if (at(subject, clause) !== '' && actorOf(tokens[subject]) === undefined && !WE.has(at(subject, clause)) && at(subject, clause) !== 'i' && at(subject, clause) !== 'you') {
        for (let j = subject - 1; j >= subject - 4 && tokens[j]?.clause === clause; j--) {
          if (actorOf(tokens[j]) !== undefined && DETERMINERS.has(at(j - 1, clause))) {
            subject = j;
            break;
          }
        }
      }
      // "our savings team, who will correct the rate": the party the relative clause is about.
      if (at(subject, clause) === 'who' && tokens[subject - 1] !== undefined) {
        for (let j = subject - 1; j >= 0 && j >= subject - 4; j--) {
          if (actorOf(tokens[j]) !== undefined) {
            subject = j;
            break;
          }
        }
      }
      // "An engineer is on site and will restore power": the subject of the sentence's first verb.
      if (at(subject, clause) === 'and') {
        for (let j = subject - 1; j >= 0 && j >= subject - 12 && tokens[j]!.kind !== 'url'; j--) {
          const norm = tokens[j]!.norm;
          if (norm === 'i' || WE.has(norm) || actorOf(tokens[j]) !== undefined) {
            subject = j;
            break;
          }
        }
      }
      const who = tokens[subject]?.norm ?? '';
      // "should" promises only a thing's state ("power should be back soon"), not "how a sofa should arrive" or "you should see a light".
      if (norm === 'should' && (!thing || who === 'you')) continue;
      const actor = actorOf(tokens[subject]);
      const verbWord = at(verb, clause);
      const before = heads.length;
      if (who === 'i') heads.push({ verb, actor: 'I', actorToken: subject });
      else if (WE.has(who)) heads.push({ verb, actor: 'we', actorToken: subject });
      else if (who === 'you') {
        if (YOU_GET.has(verbWord)) heads.push({ verb, actor: 'we' });
      } else if (actor !== undefined && actor !== 'we') heads.push({ verb, actor, actorToken: subject });
      else if (actor === undefined && !thing && (DETERMINERS.has(at(subject - 1, clause)) || DETERMINERS.has(at(subject - 2, clause))) && OBJECTS.has(at(verb + 1, clause))) {
        // "the lab will send your results", "our concierge will send you…": a party named by the noun before "will", acting on something.
        heads.push({ verb, actor: who, actorToken: subject });
      } else if (who === 'they' && !thing && OBJECTS.has(at(verb + 1, clause))) {
        // "I've passed it to our developers, and they will restore the gems": the company side.
        heads.push({ verb, actor: 'we' });
      } else if (actor === 'we' || thing || ARRIVE.has(verbWord)) {
        // A thing as subject ("your refund will arrive", "they'll be emailed to you", "…and will be available soon").
        if (who !== '' && who !== 'he' && who !== 'she' && (who !== 'they' || thing)) heads.push({ verb, actor: 'we', ...(actor ? { actorToken: subject } : {}) });
      }
      // A second verb after "and": "we'll look into it and DM you", "check the logs and get back to you".
      const head = heads[before];
      if (head === undefined) continue;
      for (let j = verb + 1; j < verb + 9 && tokens[j]?.clause === clause; j++) {
        if (tokens[j]!.norm !== 'and') continue;
        const next = tokens[j + 1];
        if (next && next.clause === clause && next.kind === 'word' && (verbs.has(next.norm) || OBJECTS.has(at(j + 2, clause)))) heads.push({ verb: j + 1, actor: head.actor });
        break;
      }
    }
    return heads;
  };
}

/** `verbForms`: the irregular verbs of the phrase data (their participles; the base forms start a second verb after "and"). */
export function englishCommitments(verbForms: Readonly<Record<string, readonly string[]>>): CommitmentWords {
  return {
    heads: englishHeads(new Set(Object.values(verbForms).flat()), new Set(Object.keys(verbForms))),
    // "^should": only opening its clause ("Should the hotel decline, we will…"); elsewhere it is a modal.
    conditions: ['if', 'unless', '^should'],
    stops: ['if', 'unless', 'so', 'because', 'as', 'once', 'when', 'but', 'or', 'while', 'which', 'who', 'and', 'please'],
    requests: ['please', 'pls', 'plz'],
    joins: ['and'],
    now: ['now', 'immediately', 'right', 'asap', 'first'],
    habitual: ['always', 'usually', 'normally', 'typically', 'generally', 'often'],
    // (not "may": the month).
    hedges: ['hope', 'hopefully', 'maybe', 'perhaps', 'possibly', 'confident', 'wish', 'might'],
    refusals: ['promise', 'guarantee'],
    time: {
      weekdays: [['monday', 'mon'], ['tuesday', 'tue'], ['wednesday', 'wed'], ['thursday', 'thu'], ['friday', 'fri'], ['saturday', 'sat'], ['sunday', 'sun']],
      months: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
      days: { today: 0, tonight: 0, eod: 0, tomorrow: 1, tmrw: 1, tmr: 1, tomorow: 1 },
      units: { minute: 'm', minutes: 'm', min: 'm', mins: 'm', hour: 'h', hours: 'h', hr: 'h', hrs: 'h', day: 'd', days: 'd', week: 'w', weeks: 'w', month: 'M', months: 'M' },
      numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, couple: 2, half: 0.5 },
      business: ['business', 'working'],
      end: ['end', 'close'],
      next: ['next'],
      at: ['at', 'by', 'before', 'around'],
      links: ['of', 'the', 'a', 'on'],
      am: ['am', 'morning'],
      placeholders: ['date', 'time', 'day'],
      pm: ['pm', 'p', 'evening', 'afternoon', 'tonight'],
      parts: ['morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter'],
      durations: ['for'],
      noon: ['noon', 'midday'],
      limits: ['by', 'until', 'till', 'before', 'within', 'latest', 'no'],
    },
  };
}
