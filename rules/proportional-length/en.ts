import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The reply is out of proportion: one line to a long letter, or a wall of text to a one-line question.',
  rationale:
    'A client who sat down and described the situation in detail will not feel heard by a one-line answer, even a positive one. The other way round, a short question deserves a short, clear answer (seed 002, proportionality).',
  phrases: {},
  messages: {
    tooShort: 'A {replyWords}-word reply to a {messageWords}-word letter: answer in proportion — thank them, say what was done and what happens next.',
    tooLong: 'A {replyWords}-word reply to a {messageWords}-word question: cut it down to the point.',
  },
  phrasings: {
    tooShort: {
      default: [
        'Thank you for describing the situation in such detail. We have read your message carefully and passed it to the team in charge.',
        "We're really sorry this happened. Here is what we have done so far and what happens next.",
      ],
    },
    tooLong: { default: ['In short: …', 'The quick answer: …'] },
  },
  examples: {
    bad: {
      message:
        "Hello. This is not the first time I'm writing. Two weeks ago I placed an order and paid by card, the money was taken, but the order never arrived. My account says 'handed to the courier' and the tracking number shows nothing. I called your hotline, got passed between agents, was promised a call back and never got one. I want to know where my order is and get either the order or my money back. Very disappointed.",
      reply: 'Hi. Please wait.',
      channel: 'email',
    },
    good: {
      message:
        "Hello. This is not the first time I'm writing. Two weeks ago I placed an order and paid by card, the money was taken, but the order never arrived. My account says 'handed to the courier' and the tracking number shows nothing. I called your hotline, got passed between agents, was promised a call back and never got one. I want to know where my order is and get either the order or my money back. Very disappointed.",
      reply:
        "Hi! Thank you for the details, and I'm sorry you had to contact us several times. We checked your order: the parcel got stuck at a sorting center. We have issued a refund, and the money will reach your card within three business days. If you have any other questions, just reply to this email.",
      channel: 'email',
    },
  },
};

export default en;
