import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    '@send': ['=email', '=send', '=write', '=drop', '=shoot', '=contact', '=reach', '=message', '=text', '=submit', '=forward'],
    '@do': ['=submit', '=enter', '=update', '=report', '=order', '=book', '=check', '=apply', '=register', '=request', '=download', '=read', '=complete', '=pay', '=do', '=manage', '=change', '=cancel', '=renew'],
    '@tell': ['@send', 'tell', 'let', 'provide', 'share', 'leave', 'post', 'suggest', 'report', 'describe', 'explain', 'call', 'touch', 'note', 'feedback'],
    '@substance': [
      'verif*', 'ident*', 'secur*', 'priva*', 'personal', 'confidential', 'sensitive', 'account', 'screen', 'remote', 'sign',
      'signature', 'legal', 'law', 'regulat*', 'document', 'id', 'passport', 'original', 'warranty', 'repair', 'diagnos*', 'inspect',
      'physically', 'password', 'tow', 'dispatch', 'roadside',
    ],
    '@org': [
      'bank', 'store', 'carrier', 'manufacturer', 'seller', 'provider', 'dealer', 'retailer', 'team', 'support', 'authority', 'authorities', 'agency',
      'office', 'department', 'police', 'embassy', 'consulate', 'insurer',
    ],
    '@unit': ['team', 'line', 'support', 'department', 'helpline', 'hotline'],
    '@web': ['website', 'site', '#url', 'faq', 'page', 'docs', 'documentation', 'manual'],
    '@place': ['store', 'branch', 'office', 'location', 'shop', 'center', 'centre', 'counter', 'desk', 'dealer', 'club'],
    callback: ['expect a call', 'give you a call', 'number ~5 be ~1 reached|called', 'number|time ~5 =call|=reach|=ring you'],
    callYou: ['call|phone|ring you|back'],
    // A notice, also a call ahead of a delivery: "the driver will call you 30 minutes before he arrives".
    notify: ['call|phone|ring|text you ~3 when|once|after|as|before|ahead'],
    answeredElsewhere: ['replied|responded|answered|reply|respond|response ~3 by|via|over|through|in|to ~2 email|mail|inbox|phone'],
    toPhone: [
      '=call|=ring|=dial ~3 us|our|the|at|#phone|hotline|number|line|support|team|customer|helpline', '=phone ~1 us|our|the|me',
      'give us a call', '=call ~2 #phone', '=call|=calling back',
    ],
    redirect: [
      '=can|=may ~2 =be ~1 =cancelled|=canceled|=changed|=managed|=updated|=done|=requested|=renewed|=paid|=booked ~4 on|via|through|in|at ~2 website|site|portal|app|#url|online|branch|office|phone','can be reached|contacted|called ~2 on|at|via ~1 #phone|#email', '=should go ~1 to ~4 line|team|hotline|#phone|#email|department|office', 'are handled|dealt ~1 by|with ~4 team|office|department|line',
      'question|matter|issue|query ~3 for ~3 @org|@place|department', 'for ~3 question|issue|inquiry|matter ~4 there|we is|have ~3 @unit', 'options ~4 #url',
    ],
    toEmail: ['=email|=mail us', 'e-mail us', '@send ~4 #email|email', 'at #email'],
    toWebsite: [
      '=visit|=see|=check|=go|=head|=refer|=browse|=consult ~4 @web|faqs|center|centre|link|article|portal|tracker|online',
      '=check out ~3 @web|link|article',
      '@do ~5 on|via|through|at ~2 website|site|portal|#url|online',
    ],
    pointer: [
      'details|information|info|instructions|answers|answer|terms|everything ~3 are|is|can ~3 @web|center|centre',
      'more|find ~5 on ~2 @web',
    ],
    toForm: ['=fill ~2 out|in ~3 form|application', '=submit|=open|=raise|=create|=file ~3 form|request|ticket|claim|case'],
    toLink: [
      '@tell ~6 here|at|via|through|using|below|on|in|link|form ~2 #url', '@tell ~2 us ~2 more|details|information|info ~8 #url', '=contact|=reach|=reaching|=contacting|=touch ~8 #url',
      '=suggest|=post|=share|=ask ~3 in|on ~2 community|forum|boards',
    ],
    toOffice: [
      'visit|come|stop|go|pop|drop|head|bring|take ~5 @place',
      'in person', 'in-store', 'into store', 'speak|talk|address|ask ~4 manager|management|colleague|staff|dealer',
    ],
    toChat: ['=use|=start|=try|=open|=join ~3 chat', '=chat with us'],
    toMessenger: [
      '@send ~4 whatsapp|telegram|messenger|viber|wechat|signal|instagram|skype|discord',
      '=whatsapp|=telegram|=viber|=skype ~2 us|our|me',
    ],
    toOther: [
      '=contact|=reach|=get ~4 our|us ~2 support|team|care|service|department|helpdesk|desk|specialists|center|centre|group|folks',
      '=contact|=reach ~3 us ~3 via|by|at|on|using|through|here ~2 #url|#phone|phone|chat|link|website|site|form|email',
      '=get|=getting in touch', '=contact|=reach ~5 your|the ~2 @org',
    ],
    softLead: ['you can|may|could|will', 'also'],
    lead: [
      'please|kindly|just|simply|then|next', 'you can|could|may|will|should|must|need', 'best to', '=recommend|=advise|=suggest|=try', 'feel free to',
      'let us have you', 'have you tried',
    ],
    agentDoes: ['@we [@adverb] [@adverb]'],
    reason: ['because', 'since', 'as we need'],
    strongReason: [
      'for [your] security|privacy|safety|protection', 'to ~1 verify|protect|secure', 'requires|required', 'language',
      'so|order|need|needs|needed ~6 @substance', 'to ~1 confirm|access|check|ensure ~3 @substance',
      'unable ~4 see|access|view|discuss|address ~4 account|details|information|order|concerns',
      'due to ~3 privacy|security|policy|regulations', 'law|legally|legislation',
      // Screen sharing and remote access: "our agent will share your screen".
      'share|sharing|see|view ~2 screen|screens', 'screen ~1 share|sharing', 'remote ~1 access|session|desktop|control',
    ],
    // The move declined: "calling the hotline is not necessary" (index.ts: no move).
    declined: ['not ~1 necessary|needed|required', '=unnecessary'],
    noAccess: ['see|access|view|discuss|address ~4 account|details|information|order|concerns'],
    fallback: ['if ~4 still|again|persists|persist|continues|continue|remains', 'if ~3 does|do|did ~1 not ~1 help|work|resolve|fix'],
    additive: ['for [more|further|additional] information|info|details', 'learn|know ~1 more', 'find out ~1 more'],
    choice: [
      'if you|that|it|its ~2 prefer|like|would|want|wish|easier|convenient|suits', 'if not', 'whichever|alternatively|otherwise',
      'would you prefer|like', 'whatever works',
      'or ~4 here|reply|respond|dm|dms|continue|stay', 'happy|glad ~3 here|too|well', 'here [as] too|well',
    ],
    privateMessage: ['dm', 'dms', 'direct|private message|messages', 'pm', 'privately', 'inbox'],
    askContact: [
      'who|how|where|which|what ~4 =contact|=call|=reach|=report|=speak|=talk|=complain|=write|=phone|=email', 'other way ~3 contact|reach',
      'please|can|could ~3 call|phone|ring me', 'any ~2 number|email ~2 for|to|i',
    ],
    filler: [
      'sorry|apologize|apologise|apologies|apology|thank|thanks|hear|hearing|understand|concerning|troublesome', 'here to help',
      'happy|glad|love to help|assist', 'we want|would [like|love] to', 'closer|better look', 'look into this',
    ],
  },
  messages: {
    switch: 'The client is sent to another channel with no reason and no choice: say why, or let them pick what suits them.',
    callback: '"We will call you" moves the client off the channel they chose: ask whether a call suits them, or answer here.',
  },
  phrasings: {
    phone: {
      default: [
        "If it's easier, we can give you a call — or we can sort it out right here, whichever you prefer.",
        'To verify your identity we need to confirm a few details by phone: when would be a good time to call you?',
      ],
    },
    stay: {
      default: [
        "We'll answer right here: …",
        "If you prefer, you can also submit a request on our website — but we're happy to help here too.",
      ],
    },
  },
} satisfies RuleLanguageData;

export default en;
