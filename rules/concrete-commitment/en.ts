import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    vague: [
      'as soon as ~1 possible|we|i|can', 'as soon as we|i ~1 can', '=asap', 'soon', 'shortly', 'at the earliest opportunity', 'in due course',
      'in the near future', 'at some point', 'when ~1 possible', '=sometime', 'before long',
    ],
    // Wishes and the client's own timing, not promises.
    idiom: ['see you soon', 'get well soon', 'hear from you soon', 'talk|speak soon', 'hope ~4 soon', 'as soon as you', 'soon as you'],
    time: [
      'january|february|march|april|may|june|july|august|september|october|november|december ~1 #number', '#number ~1 january|february|march|april|may|june|july|august|september|october|november|december',
      '#number ~2 hours|hour|days|day|minutes|business|weeks|week|am|pm|working', 'within ~3 hours|hour|days|day|minutes|business|week|weeks',
      'by ~2 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|end|eod|noon|tonight|#number',
      'later|before|until|till ~2 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|end|eod|noon|tonight|#number',
      'today', 'tomorrow', 'tonight', 'this|next ~1 week|weekend|monday|tuesday|wednesday|thursday|friday|morning|afternoon|evening',
      // A month is a time: "next month", "in May", "by early June", "at the end of the month".
      'this|next ~1 month|year', 'in|by|until|till|before|during|early|late|mid ~2 january|february|march|april|may|june|july|august|september|october|november|december',
      'end|start|beginning|middle of ~2 month|week|year|january|february|march|april|may|june|july|august|september|october|november|december',
      'on ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'an hour', 'a day',
      'one|two|three|four|five|24|48|72 ~2 hours|days|minutes|business|weeks',
    ],
  },
  messages: {
    vague: '"{words}" has no time. Name a time you will keep.',
  },
  phrasings: {
    concrete: { default: ['within two business days', 'by the end of the day', 'today before 6 pm'] },
  },
} satisfies RuleLanguageData;

export default en;
