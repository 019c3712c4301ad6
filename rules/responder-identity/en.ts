import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    nameLeadIn: ['this is', 'i am', 'it is', 'here is', 'chatting|speaking|talking with', 'name is'],
    nameTrail: ['from', 'here', 'with the|our ~2 team|support'],
    signOff: ['best ~1 regards|wishes', 'kind|warm ~1 regards', 'regards', 'cheers', 'sincerely', 'thanks', 'thank you', 'best', 'yours ~1 truly|sincerely'],
    introduction: [
      '=team|=support|=mod|=moderators|=staff|=moderator =here',
      'my name is', 'this is ~3 from|here|with', "=i am ~3 from|with|at|on|here", 'name is', '=here ~1 from', '=speaking',
      '=i am ~2 specialist|manager|agent|representative|lead|engineer|advisor|consultant|supervisor',
    ],
  },
  messages: {
    missing: 'It is not clear who answers: introduce yourself or sign with a name and role.',
  },
  phrasings: {
    introduce: {
      default: ["My name is …, and I'm a support specialist.", 'This is … from the support team.'],
      email: ['Best regards,\n…, support specialist', "My name is …, and I'm a support specialist."],
      social: ['-… (initials of the agent)', 'This is … from the support team.'],
    },
  },
} satisfies RuleLanguageData;

export default en;
