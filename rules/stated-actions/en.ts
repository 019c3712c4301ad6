import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The client reports a problem or asks for something, and the reply does not say what the company did, is doing or will do.',
  rationale:
    'The client cannot see anyone working on their case, and silence reads badly. Say the actions out loud: checked, forwarded, fixed, refunded, will investigate. A promise only to get back to them is not an action: why would the next reply be any different from the hundred before? (seed 002, steps 4 and 6; seed 000, keep the client posted).',
  phrases: {
    '@act': [
      'check', 'look', 'investigate', 'review', 'forward', 'escalate', 'fix', 'refund', 'replace', 'send', 'ship', 'process',
      'cancel', 'credit', 'reset', 'restore', 'resolve', 'update', 'pass', 'flag', 'report', 'raise', 'file', 'reverse',
      'issue', 'compensate', 'add', 'remove', 'correct', 'sort', 'track', 'locate', 'dig', 'research', 'work', 'arrange',
      'expedite', 'unlock', 'reactivate', 'waive', 'adjust', 'apply', 'submit', 'note', 'log', 'share', 'find', 'confirm',
      'verify', 'chase', 'request', 'order', 'reship', 'dispatch', 'release', 'deploy', 'patch', 'handle', 'take',
      'address', 'recheck', 'monitor', 'open', 'create', 'resend', 'deliver', 'prioritize', 'ensure',
      'notify', 'inform', 'schedule', 'book', 'rebook', 'reimburse', 'activate', 'reinstate', 'troubleshoot',
      'test', 'change', 'switch', 'extend', 'approve', 'contact', 'repair', 'email', 'generate', 'ask', 'attach',
      'move', 'upgrade', 'install', 'block', 'freeze', 'refer', 'transfer', 'void', 'rebuild', 'organize', 'speak',
      'push', 'clear', 'reconnect', 'rerun', 'retry', 'reissue', 'restart', 'rebook', 'dispatch', 'relay', 'contact', 'pass',
      'run', 'claim', 'try', 'arrange', 'order', 'waive', 'cover', 'pay', 'process', 'unblock', 'restore', 'reverse', 'enable', 'disable',
      'roll', 'turn', 'switch', 'rebuild', 'recover', 'recalculate', 'reinstall', 'trace', 'courier', 'collect', 'pick',
      'come', 'visit', 'arrive', 'assemble', 'reassemble', 'bring', 'drop', 'renew', 'keep', 'hold', 'reserve',
    ],
    '@done': [
      '=shipped', '=refunded', '=fixed', '=resolved', '=sent', '=processed', '=escalated', '=forwarded', '=replaced', '=credited',
      '=reversed', '=cancelled', '=canceled', '=issued', '=restored', '=updated', '=passed', '=reported', '=corrected', '=approved',
      '=dispatched', '=reset', '=unlocked', '=submitted', '=logged', '=flagged', '=raised', '=waived', '=adjusted',
      '=reactivated', '=delivered', '=released', '=deployed', '=patched', '=addressed', '=added', '=removed', '=noted',
      '=investigated', '=reviewed', '=checked', '=reimbursed', '=rebooked', '=scheduled', '=booked', '=extended', '=activated',
      '=reinstated', '=expedited', '=reshipped', '=returned', '=changed', '=repaired', '=sorted', '=generated', '=attached', '=moved',
      '=upgraded', '=installed', '=blocked', '=frozen', '=transferred', '=voided', '=found',
    ],
    problem: [
      'not work|working|load|loading|arrive|arrived|received|receive|get|got|open|opening|respond|responding|show|showing|helped|fixed|resolved|delivered|refunded|able|connect|connecting|charge',
      'no ~1 water|power|internet|signal|service|connection|heating|gas|electricity|tv|wifi|response|reply|answer|update',
      'any ~1 update|news|eta', 'for nothing', 'not ~2 changed|moved|updated|progressed', '=anxious|=worried|=concerned', 'been ~2 weeks|months', 'not ~2 in my|showing|there|here|included', 'filthy|dirty|blurry|ruined|smelly|stale|noisy|faulty|leaking|mouldy|moldy|expired', 'only ~2 has|have|got|came|contains|had', 'flight|order|booking|train|appointment|delivery ~3 =cancelled|=canceled|=moved|=rescheduled', '=slowest|=poor', '1 star', 'would give zero', 'zero stars',
      '=cannot|=unable ~2 log|login|sign|access|pay|connect|use|open|get|see|load|cancel|reach|find|receive|download|update|order|book|check',
      'can not ~2 log|login|sign|access|pay|connect|use|open|get|see|load|cancel|reach|receive|download|update|order|book|check',
      'error', 'broken', 'broke', 'stopped|stop|stops', 'cracked|scratched|defective|faulty|torn|leaking|dead|expired', '=again', 'charged', 'overcharged',
      'when is|are ~3 coming|arriving|ready|fixed|back|happening',
      'still ~2 waiting|no|not|nothing|have|broken|down', 'where is|are ~2 my', 'never ~2 arrived|came|received|got|showed',
      'missing', 'wrong', 'damaged',  'issue',
      'issues', 'problem', 'problems', 'complaint', 'complain', 'late', 'delayed', 'delay', 'stuck', 'crash', 'crashes',
      'crashing', 'crashed', 'outage', 'down', 'locked', 'lost', 'frozen', 'freezes', 'glitch', 'bug', 'failed', 'fails',
      'failing', 'declined', 'worst', 'terrible', 'awful', 'horrible', 'ridiculous', 'disappointed', 'unacceptable', 'scam',
      'rude', 'waiting', 'waited',  'slow', 'dropped', 'disconnected', 'keeps', 'why',
      'when will', 'how long ~3 going|still',  'holding', 'hold',
    ],
    // Requests ("can you cancel…", "please fix"): an action is due unless the client only asks how to do it.
    request: [
      '=help ~1 me|us|please|pls', 'please ~3 fix|help|send|check|sort|cancel|refund|look|update|change|close|remove|add|move|transfer|correct|reset|unlock|resend|replace', '=fix ~1 this|it|my',
      'need ~2 refund|fix|replacement|someone|answer|copy|invoice|receipt|help|change|cancel|update|correct|move|transfer',
      'want ~2 refund|money|cancel|answer|compensation|replacement',
      'can you|u ~3 send|resend|check|fix|cancel|refund|change|update|look|help|move|reset|remove|add',
      'could you ~3 send|resend|check|fix|cancel|refund|change|update|look|help|move|reset|remove|add',
    ],
    praise: ['=thanks|=thank|=great|=awesome|=amazing|=love|=legend|=superb|=brilliant|=excellent|=fantastic', 'well done', 'keep it up'],
    contrast: ['=wow', '=yeah', 'for nothing', 'as always|usual', 'love that for me', 'oh ~1 wonderful|great|perfect|brilliant', '=but|=however|=although|=though', 'except'],
    howTo: ['how ~2 do|can|to|should', 'where ~2 can|do ~1 i'],
    clientSubject: ['=you ~1 [=yourself]'],
    action: [
      '@we [@adverb] [@adverb] [@adverb] [@adverb] @act',
      '@we [@adverb] [@adverb] @done',
      'let us [@adverb] @act', 'what @we =have|=ve|=did ~1 =done', 'here is what @we', 'steps @we =have|=took',
      // Perfect and past tense after "we/I": "we've enabled it", "I pushed the fix" (see notAction).
      '@we =have|=has|=had [@adverb] [@adverb] *ed', '@we [@adverb] *ed',
    ],
    '@thing': [
      'access', 'refund', 'order', 'payment', 'account', 'card', 'service', 'replacement', 'booking', 'subscription', 'parcel',
      'package', 'item', 'ticket', 'issue', 'bug', 'charge', 'credit', 'line', 'connection', 'reservation', 'fix',
      'update', 'money', 'compensation', 'voucher', 'engineer', 'technician', 'driver', 'courier',
    ],
    // Past forms that state no action: "we missed your tweets", "we received your email".
    notAction: [
      // A modal passive states a possibility, not an action: "can only be cancelled on our website".
      '=can|=may|=could|=should|=must|=might|=cannot ~2 =be ~1 @done',
      '@we [@adverb] [@adverb] [@adverb] =missed|=noticed|=received|=seemed|=wanted|=needed|=failed|=tried|=hoped|=liked|=loved|=worried|=used|=asked|=said|=mentioned|=explained|=stated|=apologized|=apologised|=understood|=learned|=heard',
    ],
    passive: [
      '@thing ~1 @done', 'and ~1 =will|=ll|=shall ~2 @act', 'will be with you', '@team ~3 will ~1 be there|on',
      '=has|=have|=was|=were|=been|=is|=are|=being|=will|=be|=got|=gets ~2 @done',
      '@team [@adverb] [@adverb] [@adverb] @act',
      '@team [@adverb] [@adverb] @done', '@team [@adverb] [@adverb] *ed', 'and [@adverb] @done',
      'fix|update|patch|release|refund|replacement|hotfix ~2 =rolling|=rolled|=deployed|=released|=live|=coming|=processed|=way|=going',
      'on its|the way', '@team [@adverb] [@adverb] on ~1 site|it|case|way',
    ],
    contactOnly: [
      'get back ~2 to you', 'get back', 'be in touch', 'reach out', 'reach you', 'contact you', 'call you', 'email you',
      'message you', 'text you', 'ping you', 'follow up', 'update you', 'notify you', 'inform you', 'let you know',
      'keep you posted|updated|informed', 'respond', 'reply',
    ],
  },
  messages: {
    missing: 'Say what you did, are doing or will do about it: checked, forwarded, fixed, will investigate.',
    contactOnly: 'A promise to get back to the client is not an action. Say what you will do about the matter itself.',
  },
  phrasings: {
    action: {
      default: [
        "We've checked your order and passed it to our delivery team.",
        "We've forwarded this to our specialists, and they will investigate and report back within two business days.",
        "We've looked into your account, and we will get to the bottom of this.",
      ],
    },
  },
  examples: {
    bad: { message: 'You charged me twice for one order!', reply: "Hi! Thanks for reaching out. Someone will get back to you. Have a nice day!", channel: 'chat' },
    good: { message: 'You charged me twice for one order!', reply: "Hi! Thanks for reaching out. We've checked the payments and refunded the second charge. Have a nice day!", channel: 'chat' },
  },
};

export default en;
