import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The reply never thanks the client.',
  rationale:
    'The client spent time and nerves writing in. Thanking them for reaching out, for the details or for the feedback shows they were heard and sets the tone of the whole reply (seed 002, step 3; seed 004: thank them for pointing out the "broken window").',
  phrases: {
    thanks: ['thank|thanks|thx|ty', 'grateful', 'gratitude', 'appreciate your|you|the|this|that|all|those|these|it', '=appreciated', 'kudos', 'cheers for|on', 'much appreciated', '=ta'],
    praise: ['love|loved|great|awesome|amazing|excellent|fantastic|wonderful|brilliant|perfect|best|superb|impressed', 'well done'],
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
  },
  examples: {
    bad: { message: "I can't log in, the app says 'network error'.", reply: 'Hi! Please update the app to version 5.2, the error is fixed there.', channel: 'chat' },
    good: { message: "I can't log in, the app says 'network error'.", reply: 'Hi! Thanks for reaching out. Please update the app to version 5.2, the error is fixed there.', channel: 'chat' },
  },
};

export default en;
