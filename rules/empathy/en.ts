import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    negative: [
      'terrible', 'awful', 'horrible', 'worst', 'disgusting', 'disgraceful', 'ridiculous', 'unacceptable', 'outrageous',
      'disappointed', 'disappointing', 'disappointment', 'frustrated', 'frustrating', 'annoyed', 'annoying', 'angry', 'furious', 'upset',
      'fed up', 'sick of|and', 'tired of', 'joke', 'scam', 'rip off', 'ripoff', 'rude', 'useless', 'pathetic', 'hate',
      'urgent', 'urgently', '=asap', 'still ~2 waiting|nothing', 'no one ~2 helps|answers|responds|cares',
      'nobody ~2 helps|answers|responds|cares', 'waste', 'wtf', 'smh', 'ugh', 'seriously', 'thanks for nothing',
      'great job|service|work ~3 losing|not|never|again', 'yeah right', 'unbelievable', 'shame', 'nightmare',
      // Done without asking: "blocked my card without explanation", "with no warning", "without my consent".
      'without ~2 explanation|warning|notice|consent|permission', 'with no ~1 explanation|warning|notice',
      'not happy|pleased|impressed|satisfied', 'stressed|stressful|stress', 'worried|worry|scared|panic|anxious|nervous|terrified|devastated', 'desperate',
      '=demand|=insist ~2 a|an|my|that|you|refund|compensation', 'lawyer|attorney|bbb|ombudsman|regulator|court', 'report ~2 you ~2 to', 'irritat*', 'in ~1 pain|agony', '=moaning|=crying|=sobbing|=hurts|=injured|=bleeding', 'no sign|trace ~3 money|refund|order|package|parcel|delivery|engineer|technician', '=crazy', '=complain|=complaining', '=pissed|=mad', 'unethical|unfair|cheated|cheating|=ripped', '=never ~2 been ~2 slower|worse', 'so much ~1 trouble|hassle|stress|pain', '=immediately|=asap|=urgently', 'utmost|upmost ~1 importance', 'retweet|retwitter|screenshot|share ~3 your|this ~1 reply|response|answer|tweet', 'no|as ~1 an ~1 excuse|excuses', '=mess|=shambles|=fiasco', 'you|yall ~2 have|got ~1 #number ~1 minutes|hours|days', 'sucks', '=trash|=garbage|=rubbish|=crap|=crappy|=clowns|=fml|=smh|=ffs|=bs|=wth', 'idiot|idiots|moron|morons|loser|losers|jerks|thieves|crooks|liars', 'get ~2 shit|act ~1 together', 'incompetent', 'embarrassing', 'appalling', 'fuming', 'livid', 'unhappy', 'dissatisfied', 'exhausted',
      'how many times', 'again and again', 'what is wrong with you', 'come on', 'this is how you treat',
      'had enough', 'never again', 'cancel ~2 everything|account|subscription ~3 if', 'switching ~2 to', 'leaving ~2 for',
      'nobody ~1 told|warned|called|answered|replied', 'no one ~1 told|warned|called|answered|replied', 'still no|not ~1 answer|reply|response|refund|update|fixed',
      'for nothing', 'thanks|thank ~2 i guess', 'wits end', 'i give up', 'beyond a joke', 'love that for me', 'just what i needed', 'left ~2 with ~2 nothing', 'almost nothing', 'overdrawn', 'on hold ~3 hours|hour|forever', 'hours on hold',
    ],
    // Leaving, and telling others: the client is about to go ("Loyal customer just lost", "I can fly with anyone").
    churn: [
      'lost ~2 customer|client', 'from now on', 'tell|telling|warn ~2 my ~1 friends|family|everyone|everybody', 'getting rid of', 'i am ~1 =done with', '=done ~2 throwing',
      'fly|shop|order|buy ~2 with|from ~1 anyone|anybody|someone|elsewhere', '=never ~3 flying|shopping|ordering|buying|using|booking ~3 again',
      'take ~1 my business', '=switch|=switching|=moving ~2 to ~2 another|competitor',
    ],
    // Praise that reads as sarcasm: counted only beside a problem word ("Wonderful service, really." after a lost bag).
    sarcasm: [
      'wow ~4 thanks|great|amazing|awesome',
      'amazing|great|excellent|awesome|fantastic|wonderful|brilliant service|support|job|work', 'really great', 'just great', 'so helpful',
      'oh ~1 wonderful|great|perfect|fantastic|brilliant|lovely', 'gotta ~1 love|luv', 'got to ~1 love|luv', 'love how|that', 'nice one', 'good job|work', 'well done',
    ],
    // Blunt demands: counted when they open a sentence with no "please" (rules/empathy/emotion.ts).
    demand: [
      '=fix|=sort|=refund|=return|=reimburse|=compensate|=cancel|=stop|=answer|=respond|=explain|=hurry|=deliver|=pay|=give|=tell|=remove|=bring|=reverse|=credit',
      '=get ~1 back|out|me|my|it|this|your|someone|somebody', '=do ~1 something|better|your|ur|it', '=help ~1 me|us', '=call ~1 me|back', '=send ~1 me|my|someone|somebody', '=make ~1 it|this',
    ],
    // Rhetorical questions: counted when they open a sentence that ends with "?".
    rhetorical: [
      'why ~4 you|nobody|me|always|never|still|again', 'how come',
      // A reproach about how the client is treated: "is this how you treat loyal customers?"
      'this ~1 how ~2 you ~1 treat', 'is ~1 that ~1 how ~2 you ~1 treat', 'seriously', 'really', 'anyone|anybody|somebody ~1 there|home|working|listening|awake|reading|alive|care|cares|answering',
      'what the', '=wtf', 'what ~2 going on', 'are you ~2 kidding|serious|joking|even|actually|trying', 'you|yall ~3 actually|even|seriously|call', '=are you ~6 or not', 'who ~2 thought', '=so ~2 you|nobody',
      'when ~2 ever|finally', 'what is wrong', 'how ~1 hard|difficult', 'how many ~1 more|times', 'how long ~3 wait|waiting',
    ],
    // A review's «Недостатки:» / "Cons:" field, counted when a flaw follows it (emotion.ts).
    flaws: ['=cons', '=downsides', '=minuses'],
    // A duration ("3 days"), counted as waiting after "for", "over", "nearly"… (emotion.ts; "2 days ago" is a date).
    duration: ['#number ~1 days|weeks|months|hours|years|minutes|mins'],
    // Help that did not come ("isn't helping", "they won't help"): counted when negated (emotion.ts).
    unhelped: ['help|helping|helped|helpful'],
    // Waiting and money lost.
    waiting: [
      'crashed|crashing|failed|failing|broke|broken|down|hold|happened|happening|stopped|late|missing|declined|denied|charged|cancelled|canceled|rejected ~2 =again', '=been ~3 day|days|week|weeks|month|months|hour|hours|year|ages|forever', '=second|=third|=fourth|=fifth|=2nd|=3rd|=4th|=5th|=umpteenth|=nth ~1 time|request|email|message|call|dm|tweet|ticket', '=ages|=forever',
      'still ~2 no|not|nothing|waiting|wait|haven|hasn|without|charged|stuck|down|broken|missing|pending', 'been ~2 waiting|trying', 'waited|waiting ~2 for|since|over|almost|nearly|more',
      '#number ~1 days|weeks|months|hours ~2 now|already|later', 'over ~1 a|an ~1 hour|week|month|year', 'since ~2 last ~1 week|month|year',
      'no sign|word|update', 'nobody ~3 help|helps|helped|answer|answers|answered|respond|responds|responded|reply|replies|replied|call|called|cares|show|tell|explain|fix', 'no one ~3 help|helps|helped|answer|answers|answered|respond|responds|responded|reply|replies|replied|call|called|cares|show|tell|explain|fix',
      'steal|stealing|stole|stolen', 'overcharged|overcharging', 'double charged', 'money back',
      // The same failure after the company's answer: "still offline", "the same high bill", "haven't heard back".
      'still ~2 offline|wrong|failing|same|high|broken', '=same ~2 problem|issue|result|bill', 'haven|hasn ~1 heard ~1 back', 'charged ~4 anyway',
    ],
    // Problem words: a message that has them is no praise, whatever kind words it also has.
    complaint: [
      'slow|slower|slowest', 'turned down', 'refuse|refused|refuses|refusing|denied', 'on hold', 'instead of', 'overcharged|overcharging|=overcharge', 'not ~1 load|loading|open|opening|connect|connecting|sync|syncing|charge|charging|start|starting|show|showing|respond|responding', 'not work|working|arrive|arrived|received|got|gotten|fixed|resolved|delivered|refunded|answered', '=cannot', 'can not', 'unable',
      'error', 'broken', 'charged', 'missing', 'wrong', 'damaged', 'stuck', 'locked', 'late', 'delayed', 'failed',
      'dropped', 'lost', 'refund', 'never', 'where is|are', 'why', 'not here', 'help ~1 me', 'smashed', 'cracked',
      'i want', 'when will', 'how long',
    ],
    // Politeness, not praise: "thanks in advance".
    manners: ['best ~1 wishes|regards', 'would ~1 be ~2 great|awesome|amazing|nice|cool|perfect|lovely|wonderful|super', 'happy ~1 halloween|holidays|birthday|thanksgiving|easter|christmas|friday|weekend|new', 'thanks|thank ~2 in advance', 'thank you in advance', 'thanks for your help', 'many thanks', 'thank you'],
    positive: [
      'made ~1 my ~1 day|night|week', 'day|night ~1 is|was ~1 made',
      'love', 'loved', '=great', '=awesome', '=amazing', '=excellent', '=fantastic', '=wonderful', '=brilliant', '=perfect',
      '=best', 'best ever', '=superb', '=impressed', '=kudos', '=helpful', '=happy', 'recommend', 'well done', '=nice',
      '=legend', '=hero', '=lifesaver', '=shoutout', 'shout out', '=smooth', 'like it', '=cool', '=creative', '=yay', 'top marks', '=fastest|=quickest|=easiest|=smoothest', 'you|guys rock', 'hats off', '=thrilled|=delighted',
    ],
    // Sympathy words that deny it («Извиняться тут не за что», "nothing to apologize for"): not an answer.
    falseSympathy: ['nothing ~2 to ~1 apologi*|sorry', 'no need ~2 to ~1 apologi*|sorry', '=not sorry'],
    sympathy: [
      'sorry', 'apolog*', 'oh no', '=distressing|=upsetting|=concerning|=troubling|=worrying', 'sadden*', 'that|this ~1 is ~1 not ~1 good|great|right|fun', '=yikes', '=ugh', 'not|never ~1 like|want|love ~2 hear|see|read', 'sad|awful|terrible ~2 hear|see|read', 'unfortunate', 'unfortunately', 'understand ~4 frustrat*|upset|disappoint*|concern*|annoy*|inconvenien*|how|why|feel',
      'frustrat*', 'regret', 'not the experience', 'inconvenience', '@we [@adverb] understand', 'we hear you',
      'that is not okay|ok|acceptable', 'not ~1 okay|ok|acceptable|fair|right', 'let you down', 'in your shoes',
      // Negated idioms that apologize all the more: "can't apologize enough", "can't say sorry enough", "couldn't be sorrier / more sorry".
      'not|never ~2 apolog*|sorry ~2 enough', 'not ~1 be ~1 sorrier', 'not ~1 be ~1 more ~1 sorry',
      // Dismay at the client's situation: "that's awful", "what a terrible way to start the month", "how frustrating".
      'that|this|it|what|how ~2 =terrible|=awful|=horrible|=dreadful|=nightmare|=horrendous|=frustrating|=annoying|=stressful', '=be ~1 fuming|furious|annoyed|frustrated|upset|angry ~1 too', '=feel ~1 the same', 'imagine ~3 annoying|frustrating|stressful|upsetting|worrying', 'hate to hear|see', 'sincere apologies', 'my apologies', 'bummer',
    ],
    joy: [
      'music to ~1 ears', '=love|=great|=awesome|=fantastic|=wonderful|=amazing|=good|=nice|=lovely ~2 to ~1 hear|read', 'glad', 'happy', 'delighted', 'thrilled', 'great to hear', 'love to hear|hearing', 'thank', 'thanks',
      '=pleased', 'awesome', 'made our day', 'means a lot', 'wonderful', 'fantastic', 'love', 'welcome', 'my|our pleasure',
      '=anytime', 'kind words', 'great to hear|see|know', 'yay', 'woohoo', 'excited', 'cheers',
      // Negated idioms of thanks: "can't thank you enough", "couldn't be more grateful".
      'not|never ~1 thank ~2 enough', 'not ~1 be ~1 more ~1 grateful|thankful|happy|pleased',
    ],
  },
  messages: {
    negative: 'The client is upset and the reply does not notice: show sympathy or apologize.',
    positive: 'The client is praising you: share the joy and thank them.',
  },
  phrasings: {
    sympathy: {
      default: [
        "We're really sorry for the trouble.",
        'I understand how frustrating this is, and I apologize.',
        "That's not the experience we want you to have, and we're sorry.",
      ],
    },
    joy: { default: ["We're so glad to hear that!", 'That really made our day!'] },
  },
} satisfies RuleLanguageData;

export default en;
