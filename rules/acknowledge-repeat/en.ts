import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The client says they have contacted you several times, and the reply does not acknowledge it.',
  rationale:
    '"I have called you a thousand times" — "Leave your number, we will call you back." A client who writes again and again needs to hear that you noticed, and that this time will be different (seed 002).',
  phrases: {
    '@contact': [
      'call', 'contact', '=message', '=messaged', '=messaging', '=email', '=emailed', '=emailing', 'write', 'wrote', 'written', 'tweet',
      'reach', '=chatted', '=phoned', 'ask', 'complain', '=posted', '=post', '=posting', 'report', 'chase', 'follow',
      'raise', 'spoke', 'speak', 'talk', 'text', 'dm', 'ring', 'rang', 'chase',
    ],
    '@ordinal': ['=second', '=third', '=fourth', '=fifth', '=sixth', '=tenth', '=nth', '=umpteenth', '=2nd', '=3rd', '=4th', '=5th', '=6th', '=10th', '=100th'],
    '@many': [
      '#number', 'multiple', 'several', 'many', 'countless', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
      'nine', 'ten', 'dozen', 'hundred', 'thousand', 'million', 'few', '=twice', '=thrice',
    ],
    // Only contacts count: "the third outage this month" is no repeated contact.
    repeated: [
      '@ordinal ~1 time ~4 @contact', '@contact ~5 @many ~1 times', '@contact ~5 =twice|=thrice', '@ordinal ~1 ticket|chat|email|call|message|tweet|complaint|request|dm',
      '@contact ~4 repeatedly', '=called|=contacted|=messaged|=emailed|=wrote|=written|=tweeted|=phoned ~3 before', '@contact ~4 again and again', '@contact ~4 over and over', 'again and again ~3 @contact',
      'over and over ~3 @contact', 'already ~2 @contact', '@contact ~3 =already|=yesterday|=earlier', '@contact ~3 last ~1 week|time|month', '@we ~2 keep|kept ~1 @contact',
      'every time ~3 @contact', 'not the first time ~4 @contact', '@contact ~3 yet again', 'still no response|answer|reply ~3 @contact',
    ],
    acknowledged: [
      '@contact ~4 again|multiple|several|repeatedly|@many', 'more than once', '@ordinal ~1 time ~4 @contact',
      'had to ~3 again|multiple|several|repeatedly|chase|follow',
      'your ~1 previous|earlier|past|other ~1 contacts|conversations|messages|attempts|chats|calls|tickets|emails|requests|tweets|dms',
      'contacted us before|previously', 'multiple times', 'several times', 'so many times', 'repeatedly', 'each|every time',
      'have been trying', 'had to ~4 @contact|start|open|chase|repeat|explain', '@many ~1 chats|tickets|calls|emails|messages|attempts|contacts|reports',
      'first|earlier|last ~1 ticket|email|message|chat|call|report', 'not the first time', 'times you have', 'back and forth', 'still not',
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
  examples: {
    bad: {
      message: "Third time writing, my internet still isn't fixed!",
      reply: 'Hi! We checked the line and booked a technician for tomorrow before noon. Have a great day!',
      channel: 'chat',
    },
    good: {
      message: "Third time writing, my internet still isn't fixed!",
      reply: "Hi! We're sorry you've had to contact us several times about this. We checked the line and booked a technician for tomorrow before noon. Have a great day!",
      channel: 'chat',
    },
  },
};

export default en;
