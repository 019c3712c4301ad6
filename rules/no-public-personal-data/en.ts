import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'In a public channel the reply asks the client to post personal data or reveals it itself; in any channel it asks for a password, SMS code, CVV or PIN.',
  rationale:
    '"Give us your details" — where? Right here, in a public reply, so the spam can start? Everyone sees a public reply: ask for personal data by private message, and never ask for secrets such as passwords, codes or CVV at all (seed 002, "Give us your details", step 7).',
  phrases: {
    '@ask': [
      'provide', 'send', 'share', 'give', 'tell', 'post', 'reply', 'include', 'confirm', 'enter', 'type', 'leave', 'drop',
      'need', 'require', 'what', 'whats', 'verify',
    ],
    '@data': [
      'phone', 'email', 'address', 'name', 'passport', 'birth', 'dob', 'card', 'account', 'ssn', 'contract', 'zip',
      'postcode', 'mobile', 'contact',
    ],
    '@secret': ['password', 'passcode', 'cvv', 'cvc', 'cvv2', 'pin', 'otp'],
    askData: ['@ask ~6 @data', '@ask ~4 e-mail', 'your @data please', 'your @data ~1 and|or ~2 @data'],
    askSecret: [
      '@ask ~4 @secret',  '@ask ~4 code ~3 sms|text|sent|received', '@ask ~4 full card number', '@ask ~4 one time code', '@ask ~4 security|verification|login code',
      '@ask ~4 card number ~3 expiry|expiration|cvv', '@ask ~4 login ~2 and ~2 password',
    ],
    privately: [
      'dm', 'dms', 'direct message|messages', 'private message|messages', 'pm', 'privately', 'inbox', 'via|by email|phone',
      '#email', 'secure form|link|chat', 'via|through ~2 form|app|chat', 'not ~3 post|share|public',
    ],
    reveals: [
      'apt|apartment|suite|unit #number', '#number ~4 street|st|avenue|ave|road|rd|lane|ln|blvd|drive|close|way|court|place|crescent|terrace',
      'card ~3 ending ~2 #number', 'passport ~2 #number|#phone',
    ],
    companyContact: [
      '=call|=text|=dial|=phone|=email|=write|=contact|=reach ~2 us|our', 'us at|on', 'hotline|helpline', 'our ~1 number|hotline|line|email|address',
      'customer ~1 service|care|support', 'toll free',
    ],
    publicHere: ['reply here', 'right here', 'in the comments', 'below', 'in this thread', 'publicly'],
    agentDoes: ['@we [@adverb] [@adverb]'],
  },
  messages: {
    askPublic: 'A public reply asks the client to post personal data: ask them to send it by private message.',
    secret: 'Never ask for passwords, SMS codes, CVV or PIN — not in public, not in private.',
    reveals: "A public reply reveals the client's personal data: take it out.",
  },
  phrasings: {
    askPrivately: {
      default: [
        "Please send us your phone number by DM so your details stay private.",
        "Could you DM us your order number and the phone number on the account? We'll look into it right away.",
      ],
      review: ["Please write to us through the in-app feedback form with your phone number, so your details don't end up in public."],
      forum: ['Please send the details by private message so other forum members do not see them.'],
    },
    secret: {
      default: [
        'We will never ask for your password or SMS code — please do not share them with anyone, including us.',
        'Your order number is all we need to check this; no password or code required.',
      ],
    },
    reveals: { default: ['We sent the details to the phone number on your profile.', 'We delivered it to the address on your account.'] },
  },
  examples: {
    bad: { message: 'Where is my order?!', reply: "Hi! Please reply with your phone number and we'll check. Have a great day!", channel: 'social' },
    good: { message: 'Where is my order?!', reply: "Hi! Please DM us your phone number and we'll check. Have a great day!", channel: 'social' },
  },
};

export default en;
