import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    thanks: [
      'thank|thanks|thx|ty', 'grateful', 'gratitude', 'appreciate your|you|the|this|that|all|those|these|it', '=appreciated', 'kudos', 'cheers for|on', 'much appreciated', '=ta',
      // Negated idioms that thank all the more (a phrase naming its negator is matched as a whole): "can't thank you enough", "couldn't be more grateful".
      'not|never ~1 thank ~2 enough', 'not ~1 be ~1 more ~1 grateful|thankful',
    ],
    praise: ['love|loved|great|awesome|amazing|excellent|fantastic|wonderful|brilliant|perfect|best|superb|impressed', 'well done'],
    // A complaint beside the kind words ("great service… the cashier was rude"): thanks for telling us, not for kind words.
    complaint: ['rude|terrible|awful|horrible|worst|disappointed|disappointing|unacceptable|ridiculous|broken|wrong|late|refund|charged|complaint', 'not ~2 work|working|happy|good|acceptable', 'never ~2 arrived|came|received'],
  },
  messages: {
    missing: 'Thank the client: for reaching out, for the details or for the feedback.',
  },
  phrasings: {
    contact: {
      default: ['Thank you for contacting us.', 'Thanks for reaching out.'],
      social: ['Thanks for reaching out!', 'Thank you for letting us know.'],
      chat: ['Thanks for reaching out!', 'Thank you for contacting us.'],
    },
    review: { default: ['Thank you for your review.', 'Thanks for taking the time to leave a review.'] },
    details: {
      default: ['Thank you for describing the situation in such detail.', 'Thank you for taking the time to write to us in detail.'],
    },
    praise: { default: ['Thank you so much for the kind words!', 'Thanks a lot for your feedback!'] },
    reported: { default: ['Thank you for letting us know.', 'Thanks for telling us about this.'] },
  },
} satisfies RuleLanguageData;

export default en;
