import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The reply stops without a closing: no offer of further help, no wishes, no sign-off.',
  rationale:
    'Last words are remembered. Close with a little warmth: offer more help, wish a good day, repeat the apology with hope that all will end well (seed 002, step 8; seed 000).',
  phrases: {
    closing: [
      'let|tell ~1 us|me know', 'feel free', 'happy|glad ~2 help|assist', 'have a|an ~1 great|good|nice|wonderful|lovely|awesome|fantastic|safe|pleasant|productive|relaxing|better', 'have a|an ~2 day|evening|weekend|week|night|trip|flight|time|morning|afternoon|one|holiday|journey', 'wishing|wish you',
      'best regards', 'regards', 'cheers', '@we hope', '=hoping', 'hope ~3 helps|this|you|that|it|everything', 'take care',
      'do not hesitate', 'reach out ~2 if|any|anytime|again', 'here to help|for you', 'anything else', 'any other|further|more ~1 questions',
      'all the best', '=enjoy', 'we are here', 'sincerely', 'best wishes', 'stay safe',
      'just reply|ask', '=text|=shout|=holler|=ping|=message|=write|=reply ~2 back|if', 'if ~5 still|again|anything|questions|need|else|trouble|issues|problems|happens ~6 =reply|=text|=write|=message|=call|=shout|=ping|=email|=dm', '=shout', 'catch you ~1 later|soon', 'see you ~1 soon|later|there|again', 'speak|talk soon', 'any trouble|issues|questions', 'if you ~2 need|have ~2 us|anything|help|questions', 'just a ~1 tweet|message|call|click|dm ~1 away', '=reply|=write|=message|=post|=text|=call|=dm|=pm|=email|=contact|=ping ~4 if', 'if you ~1 still', 'if you have ~2 questions', 'safe travels|trip|flight|journey',
      'happy ~1 gaming|travels|shopping|holidays|cooking|listening|streaming|flying', 'see you ~1 soon|again', 'get in touch ~2 if|anytime', 'look forward', 'hope ~2 see|hear', 'good luck', 'best of luck', 'luck with', 'sweet dreams', 'sleep|stay|be well', 'happy ~2 holidays|weekend',
    ],
  },
  messages: {
    missing: 'Close the reply: offer further help, wish them a good day, or sign off.',
  },
  phrasings: {
    closing: {
      default: ['Let us know if there is anything else we can help with.', 'Have a great day!'],
      email: ['If you have any other questions, just reply to this email — we are happy to help.', 'Best regards, the support team'],
      chat: ['Let us know if there is anything else we can help with!', 'Have a great day!'],
      messenger: ['Let us know if there is anything else we can help with!', 'Have a great day!'],
      social: ['Have a great day!', 'Let us know if there is anything else we can help with.'],
      review: ['We hope to see you again soon. All the best!', 'Thanks again, and have a great day!'],
      sms: ['Have a great day!'],
    },
  },
  examples: {
    bad: { reply: 'Hi! Your order is with the courier and will arrive tomorrow between 10 and 2.', channel: 'chat' },
    good: { reply: 'Hi! Your order is with the courier and will arrive tomorrow between 10 and 2. Have a great day!', channel: 'chat' },
  },
};

export default en;
