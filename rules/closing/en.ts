import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    // Contacting the team again, and what the client may still need.
    '@contact': [
      '=reply', '=write', '=message', '=text', '=call', '=dm', '=pm', '=email', '=contact', '=ping', '=tweet', '=shout', '=holler',
      '=reach', '=ask', '=chat', '=return', '=come', '=drop', '=hit', '=get', '=let', '=tell', '=reopen', '=post',
    ],
    '@need': [
      'still', 'again', 'anything', 'question', 'need', 'else', 'trouble', 'issue', 'problem', 'happen', 'help', 'assist', 'concern', 'further',
      'more', '=not', '=no', '=never', 'persist', 'continue', 'recur', 'change', 'work', 'want', 'like', 'prefer', 'require',
    ],
    '@when': ['if', 'anytime', 'whenever', 'again', 'should', 'any'],
    // Anywhere in the last sentence: offers of help, wishes, hope, sign-offs.
    closing: [
      'let|tell ~1 us|me know ~3 if|whether|how|when|anything|should|once|what|case', 'keep|stay us ~1 posted|updated',
      'feel free ~4 @contact ~4 @when|back|questions|help|anything|future|further|more|time',
      'feel free ~1 to ~1 reach|contact|touch|ask|come|return|write|reply|ping|tweet|holler|shout|message|chat|drop',
      'would|d love ~1 to ~1 have|see|welcome|help|assist', 'best ~1 to ~2 help|assist', '=try|=trying ~1 to ~1 help|assist',
      'how|what ~3 can|may|could ~1 @we ~2 help|assist|do', 'hesitate',
      // "Don't hesitate to…", "never hesitate": the negator is part of the offer (matched as a whole, not negated by it).
      'not|never ~1 hesitate', 'reach out ~3 @when', 'in touch ~3 @when',
      'anything else', 'any other|further|more ~1 question*|concern*|issue*|help|assistance',
      'if ~6 @need ~6 @contact', '@contact ~2 if ~5 @need', 'if ~3 question*', '@contact ~3 anytime|whenever', '@contact ~3 any time', 'just @contact', 'just a ~1 tweet|message|call|click|dm|email|text ~1 away',
      'if you ~3 need|have|want|still ~3 us|anything|help|assistance|question*|support', 'if ~3 anything ~4 help|assist|do',
      'if ~2 need|needed|necessary|want|like ~4 @we ~2 explain|clarify|help|assist|advise|walk',
      'look forward', 'hope|=hopefully', 'wait* ~1 for you', 'welcome ~1 you ~1 back', 'have you back',
      'have a|an ~1 great|good|nice|wonderful|lovely|awesome|fantastic|safe|pleasant|better|amazing|blessed|happy|fun',
      'have a|an ~2 day|evening|weekend|week|night|trip|flight|time|morning|afternoon|one|holiday*|journey|stay|visit|vacation|meal',
      'wishing|wish you', 'take care', 'all the best', '=enjoy', 'stay safe|well|warm|cool|dry|healthy', 'safe travels|trip|flight|journey',
      'sleep|be well', '=hang in there', 'get|feel well|better ~1 soon', 'luck', 'sweet dreams', 'catch|see you ~1 soon|later|again|next', 'speak|talk soon',
      'happy ~1 *ing|*day|*days|*mas|travels|new|weekend|hallo*|easter|anniversary|fourth|4th|diwali|hanukkah|valentine*|mother*|father*',
      'merry', 'may ~3 serve|bring|last|treat|keep ~1 you', 'serve you well', 'fingers crossed', 'faith in you', 'rooting for you', 'keep ~1 up the good work',
      'best|kind|warm regards|wishes', '=regards|=regard|=rgds|=brgds', 'cheers', 'sincerely', 'warmly', 'yours truly',
    ],
    // Only with no other clause after it: a thanks, a bare offer ("Happy to help!").
    opener: [
      'thank', '=thx', '=ty', '=tysm', '=tyvm', '=thanx', '=thankyou', 'appreciate', '=appreciated', 'grateful', 'much obliged',
      // Negated idioms of thanks: "can't thank you enough", "couldn't be more grateful".
      'not|never ~1 thank ~2 enough', 'not ~1 be ~1 more ~1 grateful|thankful',
      'value your|you', 'means ~2 a lot', 'means ~2 the world', 'important|valuable ~1 to|for us',
      'happy|glad|pleased|delighted ~2 help|assist|review|answer|chat|explain|clarify|support', 'here to help|assist you', 'here for you', 'are|am here',
    ],
    // Only as the sentence's last words: "Let us know!", "Reach out anytime."
    final: [
      'let|tell ~1 us|me know [here|anytime|again]', 'keep us posted', 'reach out', 'get in touch', 'give us a ~1 shout|call|holler|ping|buzz', 'just ask',
      'you know where to find us', 'got you ~1 covered',
    ],
    // "Thanks for your patience, and I'll DM you once it's sent": a promise to keep the client posted goes on with the thanks.
    continuation: ['=and =for|=thanks', '=for', '=and ~3 =sorry|=apologies|=apologize|=hope', '=and @we ~2 =dm|=message|=email|=text|=update|=keep|=let|=notify|=follow'],
    // Not a closing: "would appreciate it if you DM us", "thanks to the update", "visit a store".
    notClosing: [
      'would|could ~2 appreciate', 'thanks to the|this|that|our|a|an|your|their|its', 'do|did|does|would|will|can|could @you ~1 have a|an',
      'see you there', '=post|=message|=email|=dm|=pm|=text|=tweet ~2 =your|=full', '=contact|=visit|=call ~4 store|center|centre|branch|office|dealer|retailer|bank|salon',
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
} satisfies RuleLanguageData;

export default en;
