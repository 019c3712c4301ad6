import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    '@ask': [
      '=provide', '=send', '=share', '=give', '=tell', '=post', '=reply', '=include', '=confirm', '=enter', '=type', '=leave',
      '=drop', '=add', '=list', '=write', '=put', '=let',
    ],
    // Words that name personal data on their own; others need "your" or a second word ("phone number").
    '@data': ['passport', 'birth', 'dob', 'ssn', 'zip', 'postcode', 'iban', 'nin', 'licence', 'license'],
    '@yours': ['phone', 'email', 'address', 'name', 'account', 'card', 'contact', 'mobile', 'details', 'surname'],
    '@secret': ['password', 'passcode', 'cvv', 'cvc', 'cvv2', 'pin', 'otp'],
    askData: [
      '@ask ~8 @data', '@ask ~5 your ~2 @yours', '@ask ~6 full name', '@ask ~5 your|a ~1 phone|mobile|account|card|contract|policy|contact ~1 number|details|info',
      '@ask ~6 email|home|delivery|postal|billing|street|mailing ~1 address', '@ask ~6 e-mail', 'your @yours please',
      'what is|are ~1 your ~2 @yours', 'your @yours ~1 and|or ~2 @yours',
    ],
    askSecret: [
      '@ask ~8 @secret', '@we =need|=require ~8 @secret', '@we =need|=require ~4 long|full ~1 number', '@ask ~4 code ~2 from|in|via ~1 sms|text|message', '@ask ~4 sms|text ~1 code', '@ask ~5 code ~3 =sent|=texted|=emailed', '@ask ~4 full card number', '@ask ~4 one time code', '@ask ~4 security|verification|login code', '@ask ~2 =that|=the|=this code ~3 =here|=in|=below|=back',
      '@ask ~4 card number ~3 expiry|expiration|cvv', '@ask ~4 login ~2 and ~2 password',
    ],
    privately: [
      'dm', 'dms', 'direct message|messages', 'private message|messages', 'pm', 'privately', 'inbox', 'via|by email|phone',
      '#email', '#url', 'secure ~1 form|link|chat', 'via|through|use ~2 form|app|chat|link', 'not ~3 post|share|public', '=message|=dm|=pm|=inbox us',
      // Not to the whole thread: "in a direct reply to this email, not to the whole thread".
      'direct ~1 reply', 'reply ~1 directly', 'not ~4 thread|list',
    ],
    // Typed into the product, not sent to us: "enter your new password in Settings" (index.ts).
    '@enter': ['=enter', '=type', '=choose', '=set', '=create', '=pick'],
    inProduct: ['in|into|on ~2 app|settings|field|box|screen|website|site|account|profile|page|checkout|portal|device|phone'],
    // A value after "your" / "you on": the client's, made public.
    reveals: [
      'apt|apartment|suite|flat|unit #number', '#number ~3 =street|=st|=avenue|=ave|=road|=rd|=lane|=ln|=blvd|=crescent|=terrace',
      'card ~3 ending ~2 #number', 'passport ~2 #number|#phone', 'your ~3 #phone|#email', 'you ~2 on|at ~1 #phone|#email',
      'to ~1 #email', '#number ~4 your ~1 address|home|house',
    ],
    // Where the company gives its own number or address.
    companyContact: [
      '=call|=text|=whatsapp|=dial|=phone|=ring|=message|=contact|=reach ~3 us|our|we', 'our ~2 number|line|team|hotline|office|helpline', 'hotline|helpline',
      // A staff member's contact given to the client: "Olga can be reached on …", "call her on …".
      'can ~1 be ~1 reached|contacted|called ~2 on|at|via', '=call|=text|=ring|=phone|=reach ~1 =her|=him ~2 on|at',
    ],
    publicHere: ['reply here', 'right here', 'in the comments', 'post|reply|comment ~2 below', 'in this thread', 'publicly'],
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
      email: ['Please send the details in a direct reply to this email, not to the whole thread, so only we can see them.'],
    },
    secret: {
      default: [
        'We will never ask for your password or SMS code — please do not share them with anyone, including us.',
        'Your order number is all we need to check this; no password or code required.',
      ],
    },
    reveals: { default: ['We sent the details to the phone number on your profile.', 'We delivered it to the address on your account.'] },
  },
} satisfies RuleLanguageData;

export default en;
