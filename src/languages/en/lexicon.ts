/** English words the engine itself needs: classes for `@class` patterns, negators, greetings, sign-offs. */
import type { PackPhrases } from '../pack.js';

export const classes: Record<string, readonly string[]> = {
  /** First person, the company side speaking. */
  we: ['=we', '=i', '=us'],
  /** Auxiliaries and adverbs between the subject and the verb: "we have already checked". */
  adverb: [
    '=have', '=has', '=had', '=will', '=am', '=are', '=is', '=already', '=just', '=now', '=currently', '=also',
    '=be', '=been', '=would', '=shall', '=can', '=going', '=to', '=personally', '=immediately', '=actively',
    '=carefully', '=gladly', '=happily', '=definitely', '=certainly', '=absolutely', '=right', '=away', '=today',
    '=went', '=gone', '=ahead', '=and', '=both', '=since', '=then', '=further', '=able', '=get', '=need', '=want', '=like',
    '=love', '=gonna', '=make', '=sure', '=quickly', '=happy', '=glad', '=try', '=trying', '=further', '=diligently', '=urgently', '=closely', '=still', '=hard', '=busy', '=continuing', '=continue',
  ],
  you: ['=you', '=your', '=yours', '=yourself'],
  team: [
    'team', 'specialist', 'engineer', 'department', 'colleague', 'agent', 'manager', 'technician', 'courier', 'developer', 'staff',
    'dev', 'devs', 'driver', 'rider', 'crew', 'support', 'supervisor', 'expert', 'partner', 'carrier',
  ],
};

export const negators: readonly string[] = ['without', 'not', 'never', 'no', 'nobody', 'none', 'nor', 'neither', 'nothing', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'couldnt', 'wouldnt', 'shouldnt'];

export const documentPhrases: PackPhrases = {
  greeting: ['hi', 'hello', 'hey', 'dear', 'good morning|afternoon|evening|day', 'greetings', 'howdy', 'hiya'],
  signoff: [
    'best regards', 'kind regards', 'warm regards', 'regards', '=best', 'cheers', 'sincerely', 'best wishes',
    'yours ~1 truly|sincerely|faithfully', 'all the best', 'take care', 'warmly', 'respectfully',
    'have a great|good|nice|wonderful day|evening|weekend|one',
  ],
  /** "Thanks," on its own line is a sign-off only when a name follows it. */
  signoffThanks: ['thanks', 'thank you', 'many thanks', 'thanks again'],
  role: [
    'support', 'team', 'specialist', 'agent', 'manager', 'customer ~1 care|service|accounts|relations|experience|success|support',
    'representative', 'advisor', 'adviser', 'accounts', 'billing', 'office', 'officer', 'handler', 'desk', 'helpdesk',
    'operations', 'ops', 'consultant', 'department', 'lead', 'engineer', 'director', 'success', 'care', 'service', 'crew',
    'staff', 'moderator', 'coordinator', 'administrator', 'dispatcher', 'curator', 'associate',
  ],
  /** Times: a promise's due (src/commitments/) and what concrete-commitment counts as a time. */
  time: [
    'january|february|march|april|may|june|july|august|september|october|november|december ~1 #number', '#number ~1 january|february|march|april|may|june|july|august|september|october|november|december',
    '#number ~2 hours|hour|days|day|minutes|business|weeks|week|am|pm|working', 'within ~3 hours|hour|days|day|minutes|business|week|weeks',
    'by ~2 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|end|eod|noon|tonight|#number',
    'later|before|until|till ~2 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|end|eod|noon|tonight|#number',
    'today', 'tomorrow', 'tonight', 'this|next ~1 week|weekend|monday|tuesday|wednesday|thursday|friday|morning|afternoon|evening',
    // A month is a time: "next month", "in May", "by early June", "at the end of the month".
    'this|next ~1 month|year', 'in|by|until|till|before|during|early|late|mid ~2 january|february|march|april|may|june|july|august|september|october|november|december',
    'end|start|beginning|middle of ~2 month|week|year|january|february|march|april|may|june|july|august|september|october|november|december',
    // "=on": the stem of "one" is "on" ("a new one by Friday").
    '=on ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'an hour', 'a day',
    'one|two|three|four|five|24|48|72 ~2 hours|days|minutes|business|weeks',
    // "in the next hour", "over the coming days", "in the morning".
    'in ~1 #number|a|an|one|two|three|five|ten|fifteen|twenty|thirty ~1 minutes|minute|hours|hour|days|day|weeks|week',
    'next|coming ~2 hour|hours|minutes|days|business|weeks', 'in the morning|afternoon|evening', 'tmrw|tmr',
    // Seasons: "in the spring".
    'in|by|this|next ~1 spring|summer|autumn|fall|winter',
  ],
};
