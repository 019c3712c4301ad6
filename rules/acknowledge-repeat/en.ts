import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The client says they have contacted you several times, and the reply does not acknowledge it.',
  rationale:
    '"I have called you a thousand times" — "Leave your number, we will call you back." A client who writes again and again needs to hear that you noticed, and that this time will be different (seed 002).',
  phrases: {
    repeated: [
      '=second|=third|=fourth|=fifth|=sixth|=tenth|=nth|=100th|=umpteenth ~1 time', 'again and again', 'over and over',
      'multiple|several|many|countless|numerous|three|four|five|six|ten|dozen|hundred|thousand|million ~1 times',
      '#number ~1 times', '=twice|=thrice', 'called|contacted|messaged|emailed|written|wrote|tweeted|reached|chatted ~3 times|before|already|repeatedly|again|twice',
      'already ~2 called|contacted|messaged|emailed|written|wrote|tweeted|reached|spoke|talked', 'keep|kept ~1 contacting|calling|asking|messaging|emailing|writing|chasing',
      'yet again', 'once again', 'every time ~3 call|contact|write|ask', 'not the first time', 'still no response|answer|reply',
    ],
    acknowledged: [
      'reach|reached|contact|contacted|write|wrote|call|called|message|messaged ~3 again|multiple|several|repeatedly', 'more than once',
      'had to ~3 again|multiple|several|repeatedly|chase|follow',
      'previous|earlier|past ~1 contacts|conversations|messages|attempts|chats|calls|tickets|emails|requests',
      'contacted us before|previously', 'multiple times', 'several times', 'so many times', 'repeatedly', 'each|every time',
      'have been trying', 'not the first time', 'times you have', 'back and forth', 'so long', 'still not',
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
