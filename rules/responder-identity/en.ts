import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    nameLeadIn: ['this is', 'i am', 'it is', 'here is', 'chatting|speaking|talking with', 'name is'],
    nameTrail: ['from', 'here', 'with the|our ~2 team|support'],
    signOff: ['best ~1 regards|wishes', 'kind|warm ~1 regards', 'regards', 'cheers', 'sincerely', 'thanks', 'thank you', 'best', 'yours ~1 truly|sincerely'],
    introduction: [
      '=team|=support|=mod|=moderators|=staff|=moderator =here',
      // A team after the lead-in, not any words: "This is the billing team", "I'm on the support team"; a name after
      // "this is" / "I'm" is nameLeadIn's ("This is a known issue with…", "I'm happy to help with that" introduce no one).
      // No bare "speaking" ("Generally speaking") or "name is" ("the display name is shown"): "you're speaking with" and "my name is" stay.
      'my name is', 'this is ~3 from|here|with ~2 team|support|desk|department', '=i am ~3 from|with|at|on ~2 team|support|desk|department', '=here ~1 from',
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
