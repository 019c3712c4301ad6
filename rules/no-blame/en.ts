import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    excused: [
      'should have ~2 received|got|gotten|been|arrived|heard|seen', 'should have an|a|the|that|this|it|access|your|one|some|no',
      // A plain condition offers a remedy, it does not accuse: "If you entered the wrong address, we'll fix it" ("if you had read…" does).
      'if you entered|typed|selected|chose|picked|clicked|gave|provided|used|put|made|misread|misunderstood',
    ],
    blame: [
      'you ~1 are|were ~1 wrong|mistaken|incorrect|confused', '=you ~1 should have', 'had you ~2 read|checked|followed|looked|contacted|called|noticed', 'you ~3 =incorrectly|=wrongly|=improperly', 'your ~1 fault|mistake', 'your =responsibility',
      'as ~1 i|we ~2 already|previously ~1 said|stated|mentioned|explained|told|advised', 'as ~1 i|we ~1 said|stated|mentioned|explained|told|advised|wrote', 'you ~2 failed to',
      'you ~1 did not ~1 read|check|follow', 'you ~1 never ~1 read|check|follow', 'you ~2 misunderstood|misread|misunderstand', 'read ~2 carefully|properly',
      'as ~1 stated|mentioned|explained ~2 before|previously|above|earlier', 'user error', 'you must have ~2 entered|clicked|typed|done|made',
      'if you had ~2 read|checked|followed', 'like i|we ~1 said', 'we|i ~1 have ~1 already ~2 said|told|explained|answered', 'we|i ~1 already ~2 said|told|explained|answered', 'read|check|review ~4 before ~1 ordering|buying|purchasing|using', 'that is on you', 'not our fault|problem|=responsibility',
      'for the last time', 'you ~1 entered|typed|selected|chose|picked|clicked|gave|provided|used|put ~3 =wrong|=incorrect|=invalid',
    ],
  },
  messages: {
    blame: '"{words}" blames the client. Explain how it works without pointing fingers.',
  },
  phrasings: {
    instead: {
      default: [
        "Let's check this together: …",
        "We may not have explained this clearly — here's how it works: …",
        'Thanks for pointing this out. Here is how it works: …',
      ],
    },
  },
} satisfies RuleLanguageData;

export default en;
