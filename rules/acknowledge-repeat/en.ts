import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    '@contact': [
      'call', 'contact', '=message', '=messaged', '=messaging', '=email', '=emailed', '=emailing', 'write', 'wrote', 'written', 'tweet',
      'reach', '=chatted', '=phoned', 'ask', 'complain', '=posted', '=post', '=posting', 'report', 'chase', 'follow',
      'raise', 'spoke', 'speak', 'talk', 'text', 'dm', 'ring', 'rang',
    ],
    '@contacted': [
      '=called', '=calling', '=contacted', '=contacting', '=messaged', '=messaging', '=emailed', '=emailing', '=wrote', '=writing',
      '=tweeted', '=tweeting', '=dmed', '=dming', '=asked', '=chatted', '=chatting', '=phoned', '=phoning', '=reached',
      '=reaching', '=following', '=spoke', '=speaking', '=talked', '=talking', '=texted', '=texting', '=complained', '=complaining', '=rang', '=hold', '=queue',
    ],
    '@sent': [
      '=dm', '=dms', 'message', 'tweet', 'call', 'chat', 'ticket', 'complaint', 'request', 'letter', 'voicemail', 'text', '=texts', 'note',
      'inquiry', 'enquiry', 'email', '=mails', 'attempt', 'conversation',
    ],
    '@sentMany': [
      '=dms', '=messages', '=msgs', '=tweets', '=calls', '=chats', '=complaints', '=requests', '=letters', '=voicemails',
      '=inquiries', '=enquiries', '=emails', '=mails', '=conversations',
    ],
    '@answer': ['respond', 'response', 'reply', 'replied', 'answer', '=callback', '=callbacks', 'acknowledgement', 'acknowledgment', 'word'],
    '@nobodyDid': [
      '@answer', 'help', 'helps', 'helping', 'helped', 'able', 'get', 'got', 'gotten', 'bothered', '=pick', '=picks',
      '=picked', '=picking',
    ],
    '@sorry': ['sorry', 'apologize', 'apologise', 'apologies', 'apology'],
    '@staff': [
      '=agents', '=reps', '=representatives', '=advisors', '=advisers', '=operators', '=associates', '=supervisors', '=managers',
      '=employees', '=specialists', '=technicians', '=techs', '=agent', '=rep', '=representative',
    ],
    '@ordinal': ['=second', '=third', '=fourth', '=fifth', '=sixth', '=tenth', '=nth', '=umpteenth', '=2nd', '=3rd', '=4th', '=5th', '=6th', '=10th', '=100th'],
    '@many': [
      '#number', 'multiple', 'several', 'many', 'countless', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
      'nine', 'ten', 'dozen', 'hundred', 'thousand', 'million', 'few', '=twice', '=thrice',
    ],
    // Only the client's contacts count (not "the third outage").
    // The client writes again only to say it works now, or to thank: no repeat of the matter.
    settled: ['it works', 'works now', 'working now', 'it worked', 'that worked', 'that helped', 'it helped', 'all sorted', 'sorted now', 'all good now', 'issue|problem ~2 resolved|fixed|solved|sorted'],
    thanksOnly: ['thank', 'thanks', 'thx', 'ty', 'cheers', 'appreciate'],
    repeated: [
      '@ordinal ~1 time ~4 @contact', '@contact ~3 @ordinal ~1 time', '@contact ~5 @many ~1 =times', '@contact ~5 =twice|=thrice', '@ordinal ~1 @sent', '@many ~2 @sentMany|@staff',
      '@contact ~4 repeatedly', '@contact ~4 again and again', '@contact ~4 over and over', 'again and again ~3 @contact',
      'over and over ~3 @contact', '@we ~2 keep|kept ~1 @contact', 'every time ~3 @contact', 'not the first time ~4 @contact', '@contact ~3 yet again',
      '@contacted ~3 =again', '=again ~2 @contacted',
      '=called|=contacted|=messaged|=emailed|=wrote|=written|=tweeted|=phoned ~3 before', 'already ~2 @contact|@answer|told|explained|dm',
      '@contact ~3 =already|=yesterday|=earlier|=previously', '@contact ~3 last ~1 week|time|month', '@sent ~4 =previously|=earlier', '@sentMany ~4 =before',
      'previous|earlier|prior|yesterday|last ~2 conversation|chat|call|ticket|complaint|request|dm|dms|tweets|messages|emails',
      'after ~1 =contacting|=calling|=emailing|=messaging|=speaking|=talking|=chatting|=writing|=tweeting|=dming',
      'as ~1 @we ~2 said|told|mentioned|explained|wrote ~3 before|earlier|previously|already|last|yesterday',
      'no ~2 @answer', 'closed ~3 without ~2 @answer', 'still ~1 not ~2 @answer|heard', 'no one ~4 @nobodyDid', 'nobody|noone ~4 @nobodyDid',
      'not|never ~2 @answer ~2 me|my|us|our', '@you|they|anyone|anybody|someone|one|support|service ~3 not|never ~2 @answer|respond|responded|replied|answered',
      'not|never ~3 heard ~1 back|anything|from', 'not|never ~3 get|got|gotten|receive|received ~4 @answer|callback|call|calls',
      'not|never ~3 =get|=got|=gotten|=come|=came|=called|=rang|=emailed ~1 back ~1 to', 'not|never ~3 =call|=called|=ring|=rang|=email|=emailed ~1 me|us ~1 back',
      '@answer|back ~3 my ~1 @sent', 'still ~3 waiting ~4 @answer|hear|callback', 'been waiting ~3 for|on ~2 @answer|callback', 'waiting ~3 hear back',
      '@you|they ~3 =ignoring|=ignored|=ignore', 'ignor* ~2 me|my|us|our',
      'not ~3 get|getting|got ~1 through', 'not ~2 reach ~2 anyone|anybody|someone|you|support|a ~1 person|human',
      '=calling|=contacting|=emailing|=messaging|=tweeting|=writing|=complaining|=chatting ~3 not|no ~1 help|helping|helps|working|use|avail|good',
      '=calling|=contacting|=emailing|=messaging|=tweeting|=writing|=complaining|=chatting ~3 useless|pointless|hopeless|futile', 'useless|pointless|hopeless|futile ~3 =calling|=contacting|=emailing|=messaging|=writing|=complaining|=chatting|@contact',
      '@contact ~3 to no avail', '=finally ~3 @contact|through|reached|answered|responded|replied|@answer',
      '@many ~1 different|#handle ~1 people|person|@staff|answers|stories|responses|explanations|excuses',
      '=spoke|=spoken|=talked|=speaking|=talking|=chatted ~1 to|with ~1 @many ~2 different|people|@staff|so', 'every|each ~1 person|@staff ~3 @we ~1 @contact',
      '=transferred ~4 times|around|again',
      '@contact|=dealt|=dealing ~4 all ~1 day|week|morning|afternoon|evening|night', '@contact ~2 you|u|support ~3 every ~1 day|week|morning|night', '@contact ~4 for ~1 =days|=weeks|=months',
    ],
    notRepeated: [
      'receive|received|receiving|get|got|getting ~2 @many ~1 @sentMany',
      // Someone at home asking for the product again ("my husband already asked for it twice").
      'husband|wife|partner|son|daughter|kid|kids|child|children|family|friend|friends|mom|mum|dad|boyfriend|girlfriend ~3 ask|talk', '@many ~1 dropped|missed|spam|scam|robo|junk|marketing|promotional ~1 @sentMany'],
    // Told earlier that something would happen, and it still has not.
    told: ['@we ~2 was|were|been ~1 told|promised|assured|advised', '@you|they ~2 told|promised|assured ~1 me|us'],
    stillNot: ['still ~3 no|not|nothing|never|waiting'],
    acknowledged: [
      '@contacted ~4 again|multiple|several|repeatedly', '@contact ~4 @many ~1 =times', 'to ~1 @contact ~3 again', 'more than once',
      '@ordinal ~1 time ~4 @contact', '@ordinal ~1 @sent', 'you ~2 been ~1 =chasing|=trying|=contacting|=calling|=writing|=emailing|=messaging',
      'had to ~3 again|multiple|several|repeatedly|chase|follow|wait',
      'your ~1 previous|earlier|past|other|prior ~1 contacts|conversations|messages|attempts|chats|calls|tickets|emails|requests|tweets|dms|dm|message|email|call|request',
      'contacted us before|previously',
      'had to ~4 @contact|come|start|open|chase|repeat|explain', '=having to ~4 @contact|wait|chase|repeat|explain',
      'several|multiple|many|numerous|countless ~1 chats|tickets|calls|emails|messages|attempts|contacts|reports|dms',
      'not the first time', 'times you have', 'back and forth',
      '@sorry ~6 delay|delayed|wait|waiting|slow|late ~3 @answer|respond|responding|replying|getting|hearing',
      '@sorry ~8 not|never|nobody|noone|no ~3 @answer|heard|hear|back',
      'missed ~2 your ~1 @sent|dms|dm|email|emails', 'see ~3 you ~3 contacted|reached|written|messaged|called|tweeted ~3 before|already|previously|earlier|multiple|several|again',
    ],
  },
  messages: {
    missing: 'The client has contacted you several times: acknowledge it and apologize for the repeated contacts.',
  },
  phrasings: {
    acknowledge: {
      default: [
        "We're sorry you've had to contact us several times about this.",
        "I can see your previous messages, and I'm sorry this still hasn't been resolved.",
      ],
    },
  },
} satisfies RuleLanguageData;

export default en;
