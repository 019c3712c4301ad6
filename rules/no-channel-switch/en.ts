import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'The reply sends the client to another channel (call us, email us, see the website, fill in a form, visit a branch) with no reason and no choice.',
  rationale:
    'The client chose the channel: had they wanted to call or browse the website, they would have. Do not move them for no reason; offer them the choice, or recommend another channel and say why it is better — then meet them there yourself. Moving to private messages on the same platform is not a switch (seed 000, omnichannel; seed 002).',
  phrases: {
    '@send': ['=email', '=send', '=write', '=drop', '=shoot', '=contact', '=reach', '=message', '=text', '=submit', '=forward'],
    '@do': ['=submit', '=enter', '=update', '=report', '=order', '=book', '=check', '=apply', '=register', '=request', '=download', '=read', '=complete', '=pay', '=do', '=manage', '=change', '=cancel', '=renew'],
    callback: ['@we [@adverb] [@adverb] call|phone|ring you|back', 'expect a call', 'give you a call', 'will ~1 call|phone|ring|text you'],
    toPhone: [
      '=call|=ring|=dial ~3 us|our|the|at|#phone|hotline|number|line|support|team|customer|helpline', '=phone ~1 us|our|the|me',
      'give us a call', '=call ~2 #phone',
    ],
    // Statements that route the client elsewhere, no imperative needed: "who can be reached on 0345…".
    redirect: [
      '=can|=may ~2 =be ~1 =cancelled|=canceled|=changed|=managed|=updated|=done|=requested|=renewed|=paid|=booked ~4 on|via|through|in|at ~2 website|site|portal|app|#url|online|branch|office|phone','can be reached|contacted|called ~2 on|at|via ~1 #phone|#email', '=should go ~1 to ~4 line|team|hotline|#phone|#email|department|office', 'are handled|dealt ~1 by|with ~4 team|office|department|line'],
    toEmail: ['=email|=mail us', 'e-mail us', '@send ~4 #email', '@send ~3 an ~1 email', 'at #email'],
    toWebsite: [
      '=visit|=see|=check|=go|=head|=refer|=browse|=consult ~4 website|site|faq|faqs|center|centre|page|#url|link|article|portal|tracker|online',
      '=check out ~3 #url|link|website|site|faq|page|article',
      '@do ~5 on|via|through|at ~2 website|site|portal|#url|online',
    ],
    pointer: [
      'details|information|info|instructions|answers|answer|terms ~3 are|is|can ~3 website|site|#url|faq|page|center|centre',
      'more ~3 on ~2 website|site|#url|faq|page', 'find ~5 on ~2 website|site|#url|faq|page',
    ],
    toForm: ['=fill ~2 out|in ~3 form|application', '=submit|=open|=raise|=create|=file ~3 form|request|ticket|claim|case'],
    toOffice: [
      '=visit|=come|=stop|=go|=pop|=drop|=head|=bring|=take ~5 store|branch|office|location|shop|center|centre|counter|desk|dealer|club',
      'in person', 'in-store',
    ],
    toChat: ['=use|=start|=try|=open|=join ~3 chat', '=chat with us'],
    toMessenger: ['@send ~4 whatsapp|telegram|messenger|viber|wechat|signal|instagram', '=whatsapp|=telegram|=viber ~2 us|our|me'],
    // "Reach out to us" alone offers help in the same channel; with a number, link or another team it sends the client away.
    toOther: [
      '=contact|=reach|=get ~4 our|us ~2 support|team|care|service|department|helpdesk|desk|specialists|center|centre|group|folks',
      '=contact|=reach ~3 us ~3 via|by|at|on|using|through|here ~2 #url|#phone|phone|chat|link|website|site|form|email',
    ],
    imperative: [],
    softLead: ['you can|may|could ~1 also', 'you can|may|could', 'also', 'you will'],
    lead: ['please', 'kindly', 'just', 'simply', 'you can|could|may|will|should|must|need', 'you will need to', 'you need to', 'best to', 'recommend'],
    agentDoes: ['@we [@adverb] [@adverb]'],
    reason: [
      'because', 'since', 'so that', 'so we|our|they|i', 'in order to', 'as we need', 'for security|privacy|safety',
      'for your protection|security|privacy', 'this lets|allows|helps us|you', 'they can', 'they will be able',
      'to verify|protect|keep|ensure|access|review|confirm|secure', 'requires',
    ],
    choice: [
      'if you prefer|like|would|want|wish', 'if it is|its ~1 easier|convenient', 'or', 'whichever', 'you can also',
      'alternatively', 'either', 'feel free', 'would you prefer|like', 'whatever works', 'if that works|suits',
      'happy|glad|love to', 'if ~4 still|again|not', '@we ~1 can|could',
    ],
    privateMessage: ['dm', 'dms', 'direct message|messages', 'private message|messages', 'pm', 'privately', 'inbox'],
  },
  messages: {
    switch: 'The client is sent to another channel with no reason and no choice: say why, or let them pick what suits them.',
    callback: '"We will call you" moves the client off the channel they chose: ask whether a call suits them, or answer here.',
  },
  phrasings: {
    phone: {
      default: [
        "If it's easier, we can give you a call — or we can sort it out right here, whichever you prefer.",
        'To resolve this faster we need to confirm a few details by phone: when would be a good time to call you?',
      ],
    },
    stay: {
      default: [
        "We'll answer right here: …",
        "If you prefer, you can also submit a request on our website — but we're happy to help here too.",
      ],
    },
  },
  examples: {
    bad: { message: "Why don't I get the SMS code?", reply: 'Hi! Please call our hotline. Have a great day!', channel: 'chat' },
    good: {
      message: "Why don't I get the SMS code?",
      reply: "Hi! We checked your number and re-sent the code. If you prefer, you can also call our hotline. Have a great day!",
      channel: 'chat',
    },
  },
};

export default en;
