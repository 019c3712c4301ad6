import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The message carries emotion (frustration, urgency, "!!!", caps, or praise) and the reply does not respond to it.',
  rationale:
    'Every message carries an emotion, and it needs an answer. An upset client needs sympathy or an apology ("That is really frustrating, we are so sorry"); a happy one, shared joy and thanks. "Glad you contacted us" in reply to a complaint is not sympathy (seed 002, step 5; "I am unhappy! Hear me!"; seed 001).',
  phrases: {
    negative: [
      'terrible', 'awful', 'horrible', 'worst', 'disgusting', 'disgraceful', 'ridiculous', 'unacceptable', 'outrageous',
      'disappointed', 'disappointing', 'disappointment', 'frustrated', 'frustrating', 'annoyed', 'annoying', 'angry', 'furious', 'upset',
      'fed up', 'sick of|and', 'tired of', 'joke', 'scam', 'rip off', 'ripoff', 'rude', 'useless', 'pathetic', 'hate',
      'complaint', 'urgent', 'urgently', '=asap', 'still ~2 waiting|nothing', 'no one ~2 helps|answers|responds|cares',
      'nobody ~2 helps|answers|responds|cares', 'waste', 'wtf', 'smh', 'ugh', 'seriously', 'thanks for nothing',
      'great job|service|work ~3 losing|not|never|again', 'yeah right', 'unbelievable', 'shame', 'nightmare',
      'not happy|pleased|impressed|satisfied', 'stressed|stressful|stress', 'worried|worry|scared|panic', 'desperate',
      'sucks', 'incompetent', 'embarrassing', 'appalling', 'fuming', 'livid', 'unhappy', 'dissatisfied', 'exhausted',
      'how many times', 'every time', 'again and again', 'what is wrong with you', 'come on', 'this is how you treat',
      'had enough', 'never again', 'cancel ~2 everything|account|subscription ~3 if', 'switching ~2 to', 'leaving ~2 for',
      'nobody ~1 told|warned|called|answered|replied', 'no one ~1 told|warned|called|answered|replied', 'still no|not ~1 answer|reply|response|refund|update|fixed',
      'wow ~4 thanks|great|amazing|awesome', 'thanks for the ~1 amazing|great|wonderful|excellent|awesome|fantastic ~1 service|support|help',
      'amazing|great|excellent|awesome|fantastic service ~1 guys|again|as', 'really great', 'just great', 'so helpful',
      'oh ~1 wonderful|great|perfect|fantastic|brilliant|lovely', 'for nothing', 'thanks|thank ~2 i guess', 'wits end', 'i give up', 'beyond a joke', 'love that for me', 'just what i needed', 'left ~2 with ~2 nothing', 'almost nothing', 'overdrawn', 'on hold ~3 hours|hour|forever', 'hours on hold',
    ],
    // Problem words: a message that has them is no praise, whatever kind words it also has.
    complaint: [
      'not work|working|arrive|arrived|received|fixed|resolved|delivered|refunded|answered', '=cannot', 'can not', 'unable',
      'error', 'broken', 'charged', 'missing', 'wrong', 'damaged', 'stuck', 'locked', 'late', 'delayed', 'failed',
      'dropped', 'lost', 'refund', 'still', 'never', 'where is|are', 'why', 'not here', 'help ~1 me', 'smashed', 'cracked',
      'i want', 'when will', 'how long',
    ],
    // Politeness, not praise: "thanks in advance".
    manners: ['thanks|thank ~2 in advance', 'thank you in advance', 'thanks for your help', 'many thanks', 'thank you'],
    positive: [
      'love', 'loved', '=great', '=awesome', '=amazing', '=excellent', '=fantastic', '=wonderful', '=brilliant', '=perfect',
      'the best', 'best ever', '=superb', '=impressed', 'thank', 'thanks', '=kudos', '=helpful', '=happy', 'recommend', 'well done', '=nice',
      '=legend', '=hero', '=lifesaver', '=star', '=shoutout', 'shout out', '=smooth', '=quick', '=fast', 'like it', '=cool', '=creative', '=yay', 'top marks', '=fastest|=quickest|=easiest|=smoothest', 'you rock|guys rock', 'hats off', '=thrilled|=delighted',
    ],
    sympathy: [
      'sorry', 'apolog*', 'unfortunate', 'unfortunately', 'understand ~4 frustrat*|upset|disappoint*|concern*|annoy*|inconvenien*|how|why|feel',
      'frustrat*', 'regret', 'not the experience', 'inconvenience', '@we [@adverb] understand', 'we hear you',
      'that is not okay|ok|acceptable', 'not ~1 okay|ok|acceptable|fair|right', 'let you down', 'in your shoes', '=be ~1 fuming|furious|annoyed|frustrated|upset|angry ~1 too', '=feel ~1 the same', 'imagine ~3 annoying|frustrating|stressful|upsetting|worrying', 'hate to hear|see', 'sincere apologies', 'my apologies', 'bummer',
    ],
    joy: [
      'glad', 'happy', 'delighted', 'thrilled', 'great to hear', 'love to hear|hearing', 'thank', 'thanks', 'appreciate',
      '=pleased', 'awesome', 'made our day', 'means a lot', 'wonderful', 'fantastic', 'love', 'welcome', 'my|our pleasure',
      '=anytime', 'kind words', 'great to hear|see|know', 'yay', 'woohoo', 'excited', 'cheers',
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
