import type { RuleLanguageData } from '../../src/types.js';

const en = {
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
      'push', 'clear', 'reconnect', 'rerun', 'retry', 'reissue', 'restart', 'relay',
      'run', 'claim', 'try', 'cover', 'pay', 'unblock', 'enable', 'disable',
      'roll', 'turn', 'recover', 'recalculate', 'reinstall', 'trace', 'courier', 'collect', 'pick',
      'come', 'visit', 'arrive', 'assemble', 'reassemble', 'bring', 'drop', 'renew', 'keep', 'hold', 'reserve',
      'analyze', 'analyse', 'pull', 'feed', 'voice', 'reproduce', 'replicate', 'read', 'follow', 'reopen', 'restock', 'reschedule', 'reroute', 'redeliver', 'replenish',
    ],
    '@done': [
      '=shipped', '=refunded', '=fixed', '=resolved', '=sent', '=processed', '=escalated', '=forwarded', '=replaced', '=credited',
      '=reversed', '=cancelled', '=canceled', '=issued', '=restored', '=updated', '=passed', '=reported', '=corrected', '=approved',
      '=dispatched', '=reset', '=unlocked', '=submitted', '=logged', '=flagged', '=raised', '=waived', '=adjusted',
      '=reactivated', '=delivered', '=released', '=deployed', '=patched', '=addressed', '=added', '=removed', '=noted',
      '=investigated', '=reviewed', '=checked', '=reimbursed', '=rebooked', '=scheduled', '=booked', '=extended', '=activated',
      '=reinstated', '=expedited', '=reshipped', '=returned', '=changed', '=repaired', '=sorted', '=generated', '=attached', '=moved',
      '=upgraded', '=installed', '=blocked', '=frozen', '=transferred', '=voided', '=found',
      '=turned', '=assisted', '=restocked', '=reopened', '=enabled', '=disabled', '=rescheduled', '=cleared', '=reconnected', '=rerouted', '=redelivered', '=applied',
    ],
    // The company as subject ("follow us" has "us" as object).
    '@subj': ['=we', '=i'],
    // Review fields: "Cons: …" (see noFlaw).
    flaw: ['=cons|=downsides|=downside|=minus'],
    noFlaw: ['=cons|=downsides ~3 =none|=nothing|=no|=not'],
    problem: [
      'not work|load|arrive|receive|get|open|respond|show|helped|fixed|resolved|delivered|refunded|able|connect|charge',
      'no ~1 water|power|internet|signal|service|connection|heating|gas|electricity|tv|wifi|response|reply|answer|update',
      'any ~1 update|news|eta', 'for nothing', '=anxious|=worried|=concerned', 'been ~2 weeks|months', 'not ~2 changed|moved|updated|progressed|showing|there|here|included', 'filthy|dirty|blurry|smelly|stale|noisy|faulty|leaking|mouldy|moldy|expired|cracked|scratched|defective|torn|dead', 'only ~2 has|have|got|came|contains|had', 'flight|order|booking|train|appointment|delivery ~3 =cancelled|=canceled|=moved|=rescheduled', '=slowest|=poor', '1 star', 'would give zero', 'zero stars',
      '=cannot|=unable ~2 log|login|sign|access|pay|connect|use|open|get|see|load|cancel|reach|find|receive|download|update|order|book|check',
      'can not ~2 log|login|sign|access|pay|connect|use|open|get|see|load|cancel|reach|receive|download|update|order|book|check|join|keep|play|upload|install|stream|watch|hear|make|redeem|add|change|do',
      'error', 'broken', 'broke', 'stop', '=again', '=charged', 'overcharged',
      'when is|are ~3 coming|arriving|ready|fixed|back|happening',
      'still ~2 waiting|no|not|nothing|have|broken|down', 'where is|are ~2 my', 'never ~2 arrived|came|received|got|showed|sent|delivered|refunded|called|replied|answered|heard',
      // A change made without asking: "without my consent", "with no warning".
      'without ~2 consent|permission|notice|warning|asking|authorization|authorisation|explanation', 'with no ~1 warning|notice|explanation',
      'missing', 'wrong', 'damaged',  'issue',
      'problem', 'complaint', 'complain', 'late', 'delay', 'stuck', 'crash',
      'outage', 'down', 'locked', 'lost', 'frozen', 'freezes', 'glitch', 'bug', 'fails',
      'declined', 'worst', 'terrible', 'awful', 'horrible', 'ridiculous', 'disappointed', 'unacceptable', 'scam',
      'rude', 'waited',  'slow', 'dropped', 'disconnected', 'keeps', 'trouble',
      'when will', 'how long ~3 going|still', 'on hold', 'holding ~2 for|hours|minutes|forever',
      // "none of it worked", "nobody".
      'none ~3 =worked|=works|=helped', 'nothing ~1 =works|=worked|=helps|=happened', 'no one', 'nobody', 'or =not|=nah',
      'only ~2 *ed', 'after|since ~2 update|upgrade', 'too ~1 early|late|expensive|small|slow|long|far|much',
      // Anger and distress: "service is trash", "I hate".
      'refuse', 'steal', '=fake', '=hate|=hated', '=trash|=garbage|=useless|=pathetic|=joke', 'unbelievable', 'unethical',
      'frustrated', 'annoyed', 'weird|strange|odd', '=screwed', 'glitchy|laggy', 'poisoning|sick',
      'excuse', 'hung up', 'barely', '=slower|=worse', 'ruin', '=smh|=wtf|=omg', 'what the ~1 heck|hell|fuck', 'going on',
      'fuck*', 'shit*', '=crap|=sucks|=suck', '=remains', 'mess',
      'charge =me|=us', 'nothing ~1 load|happens|shows', 'tried ~4 everything|troubleshooting|steps|tips|restarting|reinstalling|resetting',
      'it|app|site|page|screen|game ~1 =says|=tells|=shows ~2 i|me|my|error|that',
    ],
    // Problems only outside a question (index.ts).
    softProblem: ['why', 'instead of'],
    // A negated verb ("doesn't load"): a problem unless the client asks how to.
    weakProblem: ['=does|=did|=will|=has|=have|=is|=was|=were|=are|=would =not', '=doesnt|=didnt|=wont|=hasnt|=isnt|=wasnt|=arent'],
    // Settled by the client: "never mind, works now".
    settled: ['found ~2 way|away around', 'figured ~2 out', '=works|=working ~1 now', 'all good now', 'never mind', '=nevermind', 'sorted now', 'fine now', 'resolved itself', 'now ~2 works|working'],
    // Requests: "can you cancel…", "please fix" (not how-to questions).
    request: [
      '=help ~1 me|us|please|pls', 'please ~3 fix|help|send|check|sort|cancel|refund|look|update|change|close|remove|add|move|transfer|correct|reset|unlock|resend|replace', 'please ~2 get back', 'please ~2 respond|answer|reply|reverse|restore', 'please ~2 take ~2 look|care', '=fix ~1 this|it|my',
      'need ~2 refund|fix|replacement|someone|answer|copy|invoice|receipt|help|change|cancel|update|correct|move|transfer',
      'want ~2 refund|money|cancel|answer|compensation|replacement',
      'can|could you|u|yall|y ~3 @act|help|guide|give|get|have', 'can|could =someone|=anyone|=somebody|=anybody',
      '=kindly', 'need my', '=asap|=immediately|=urgent|=urgently', '=refund',
    ],
    // Thanks alone is praise only beside one problem at most (index.ts).
    thanks: ['=thanks|=thank|=thx|=ty'],
    praise: [
      '=great|=awesome|=amazing|=love|=loved|=legend|=superb|=brilliant|=excellent|=fantastic|=perfect|=wonderful|=fab|=kudos|=excited|=gorgeous|=beautiful|=lovely|=nailed',
      'well done', 'keep it up', 'nice|good|great ~1 job', 'made my day', 'day is made', 'can not wait', '=cannot wait',
    ],
    contrast: [
      '=wow', '=yeah', 'for nothing', 'as always|usual', 'oh ~1 wonderful|great|perfect|brilliant', '=but|=however|=although|=though', 'except',
      // Sarcasm: "thanks for the delays".
      'thank ~2 for ~3 delay|ruined|wasting|losing|lost|canceled|nothing', 'forced to', 'have|had to return',
    ],
    howTo: ['how ~2 do|can|to|should', 'where ~2 can|do ~1 i'],
    action: [
      // "we've checked", "I fixed it", "we are seeing" (see notAction, '@notDone').
      '@subj [@adverb] [@adverb] [@adverb] [@adverb] @act|@done|*ed|=showing|=seeing|=go',
      'allow|let|help|enable =us|=me [=to] [@adverb] @act', 'let us ~2 @done',
      'make ~1 amends', '@subj ~3 follow up ~1 with ~3 @team|store|restaurant|carrier|location|management|seller', '=is|=s =showing', 'system|records|tracking =shows|=show|=showing', 'what @we =have|=ve|=did ~1 =done', 'here is what @we', 'steps @we =have|=took',
      // A second verb: "…and are taking it further".
      'and =are|=have|=has|=am|=is|=re|=ve [@adverb] [@adverb] @act',
      // Looking it up: "see what happened", "I'll have a look".
      '=see what|if|whether|how|why', '@subj ~3 =have|=had ~2 =look|=peek|=glance', 'in the process', '=happy|=glad to [@adverb] @act',
      // Contacting a third party about the matter is an action ("we'll reach out to the carrier"); contacting the client is not.
      '@subj ~3 reach out ~1 to ~3 @team|store|restaurant|carrier|warehouse|location|management|seller|bank|manufacturer|airline|hotel|partner',
      '@subj ~3 touch ~1 with ~3 @team|store|restaurant|carrier|warehouse|location|management|seller|bank|manufacturer|airline|hotel|partner',
    ],
    '@thing': [
      'access', 'refund', 'order', 'payment', 'account', 'card', 'service', 'replacement', 'booking', 'subscription', 'parcel',
      'package', 'item', 'ticket', 'issue', 'bug', 'charge', 'credit', 'line', 'connection', 'reservation', 'fix',
      'update', 'money', 'compensation', 'voucher', 'engineer', 'technician', 'driver', 'courier', 'points', 'miles',
    ],
    // No action stated.
    notAction: [
      // A possibility: "can only be cancelled online".
      '=can|=may|=could|=should|=must|=might|=cannot ~2 =be ~1 @done',
      // An instruction: "needs to be re-enabled".
      '=need|=needs|=has|=have to be ~2 @done',
      // Conditions and wishes: "if it has shipped", "make sure it is resolved".
      'if|whether ~3 @done', 'make sure ~4 @done', 'ensure ~4 @done',
      // An ability: "our carriers can deliver".
      '@team =can|=may ~1 @act',
      '=want|=wants to [@adverb] @act',
    ],
    // Last words that state no action (index.ts): "we received your email".
    '@notDone': [
      '=missed', '=noticed', '=received', '=seemed', '=wanted', '=needed', '=need', '=failed', '=tried', '=hoped', '=liked', '=loved', '=worried',
      '=used', '=said', '=mentioned', '=explained', '=stated', '=apologized', '=apologised', '=understood', '=learned', '=heard',
    ],
    passive: [
      '@thing ~1 @done', 'and ~1 =will|=ll|=shall ~2 @act', '@team ~3 will ~1 be there|on',
      '=has|=have|=was|=were|=been|=is|=are|=being|=will|=be|=got|=gets ~2 @done',
      '@team [@adverb] [@adverb] [@adverb] @act|@done|*ed|*ing', '=will|=ll ~1 be ~1 ready|done|repaired|with', 'and [@adverb] @done',
      'fix|update|patch|release|refund|replacement|hotfix|version|=build ~4 =rolling|=rolled|=deployed|=released|=live|=coming|=processed|=way|=going|=out|=fixes|=resolves|=restores|=addresses|=solves', 'roadmap|backlog',
      'on its|the way', '@team [@adverb] [@adverb] on ~1 site|it|case|way',
      // A state brought about: "back on tomorrow", "for review".
      'will ~1 be ~1 back ~2 on|up|online|tomorrow|stock|normal|running', '=turned|=switched ~1 back', '=should|=must ~1 be ~1 =fixed|=resolved|=back',
      'for [@adverb] [=a] [=closer] review|investigation|verification|checking|look',
      'chance|opportunity to [@adverb] @act', 'you =will|=ll [@adverb] =receive|=get ~3 refund|replacement|credit|points|miles|voucher|compensation|money|parcel|package|item',
    ],
    // index.ts reads '@act' and '@done' at a sentence head: "Fixed.", "Checking now."
    actWord: [],
    // Something sent, not only a message: "we'll email you a return label" (index.ts).
    sendsThing: ['email|mail|text ~1 you ~3 @thing|label|code|invoice|receipt'],
    // In a short sentence: "Refund issued." (index.ts).
    doneWord: ['@done|=done'],
    // Aimed at the client: "sent you a DM", "ask you to".
    toClient: [
      'ask|request|invite|encourage|urge|advise|recommend|suggest =you', 'send ~1 you ~2 dm|message|email|pm|note|link|instructions|direct',
      'answered|respond|reply ~3 dm|message|email|pm|direct', 'collect|gather|get|obtain ~2 more|further|additional ~1 info|information|details',
      'collect|gather ~2 info|information|details', 'look forward',
      'follow|responded|replied|answered|reached ~2 via|in|by|through|over ~1 dm|direct|pm|email|message',
    ],
    // The client's own contacting, thanked for: "Thank you for reaching out", "Thanks for getting back to us" (index.ts: no promise).
    clientContact: ['thank|thanks|appreciate|grateful ~5 reach|reaching|get|getting|contact|contacting|write|writing|message|messaging'],
    contactOnly: [
      'get back [=to] [=you]', 'be in touch', 'reach out|you', 'contact|call|email|message|text|ping|update|notify|inform you', 'follow up', 'let you know',
      'keep you posted|updated|informed', 'share|send|post|provide ~2 =update|=updates|=news', 'respond', 'reply',
      // "Please wait for a call", like «ожидайте звонка».
      '=wait ~1 for ~3 call|reply|response',
    ],
  },
  messages: {
    missing: 'Say what you did, are doing or will do about it: checked, forwarded, fixed, will investigate.',
    contactOnly: 'A promise to get back to the client is not an action. Say what you will do about the matter itself.',
  },
  phrasings: {
    action: {
      default: [
        // Templates to complete: the reply alone knows which department, product or date is true.
        "We've checked … and have already … .",
        "We've passed this to … , and we'll let you know what they find by … .",
        "We've fixed … / refunded … / replaced … .",
      ],
    },
  },
} satisfies RuleLanguageData;

export default en;
