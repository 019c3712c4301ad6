import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The message carries emotion (frustration, urgency, "!!!", caps, or praise) and the reply does not respond to it.',
  rationale:
    'Every message carries an emotion, and it needs an answer. An upset client needs sympathy or an apology ("That is really frustrating, we are so sorry"); a happy one, shared joy and thanks. "Glad you contacted us" in reply to a complaint is not sympathy (seed 002, step 5; "I am unhappy! Hear me!"; seed 001).',
  phrases: {
    negative: [
      'terrible', 'awful', 'horrible', 'worst', 'disgusting', 'disgraceful', 'ridiculous', 'unacceptable', 'outrageous',
      'disappointed', 'disappointing', 'frustrated', 'frustrating', 'annoyed', 'annoying', 'angry', 'furious', 'upset',
      'fed up', 'sick of|and', 'tired of', 'joke', 'scam', 'rip off', 'ripoff', 'rude', 'useless', 'pathetic', 'hate',
      'complaint', 'complain', 'urgent', 'urgently', 'asap', 'still ~2 waiting|no|not|nothing|broken', 'no one', 'nobody',
      'not work|working', 'never ~2 arrived|came|received', 'error', 'broken', 'crash', 'crashes', 'crashing', 'charged',
      'overcharged', 'lost', 'missing', 'damaged', 'wrong', 'waste', 'wtf', 'smh', 'ugh', 'seriously', 'thanks for nothing',
      'great job|service|work ~3 losing|not|never|again', 'yeah right', 'again', 'times', 'unbelievable', 'shame',
      'nightmare', 'not happy|pleased|impressed|satisfied', 'stuck', 'locked', 'late', 'delayed', 'failed', 'cannot', 'can not', 'unable', 'down', 'outage',
    ],
    positive: [
      'love', 'loved', 'great', 'awesome', 'amazing', 'excellent', 'fantastic', 'wonderful', 'brilliant', 'perfect',
      'best', 'superb', 'impressed', 'thank', 'thanks', 'kudos', 'helpful', 'happy', 'recommend', 'well done', 'nice',
    ],
    sympathy: [
      'sorry', 'apolog*', 'unfortunate', 'unfortunately', 'understand ~4 frustrat*|upset|disappoint*|concern*|annoy*|inconvenien*|how|why|feel',
      'frustrat*', 'regret', 'not the experience', 'inconvenience', '@we [@adverb] understand', 'we hear you',
      'that is not okay|ok|acceptable', 'hate to hear|see', 'sincere apologies', 'my apologies', 'bummer',
    ],
    joy: [
      'glad', 'happy', 'delighted', 'thrilled', 'great to hear', 'love to hear|hearing', 'thank', 'thanks', 'appreciate',
      'pleased', 'awesome', 'made our day', 'means a lot', 'wonderful', 'fantastic',
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
  examples: {
    bad: { message: "Third day I can't pay for my order, this is ridiculous!!!", reply: 'Hi! Please update the app and the payment will go through. Have a nice day!', channel: 'chat' },
    good: { message: "Third day I can't pay for my order, this is ridiculous!!!", reply: "Hi! We're really sorry for the trouble. Please update the app and the payment will go through. Have a nice day!", channel: 'chat' },
  },
};

export default en;
