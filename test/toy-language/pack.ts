/**
 * A toy third language for test/languages.test.ts: Greek, just enough of it to prove that a pack
 * is all the engine needs (script, stemmer, detection, quote headers, abbreviations, word classes,
 * negators, the engine's phrases and texts). Not a real Greek pack: the stemmer only drops a few
 * endings, and the lists are a handful of words.
 */
import type { LanguagePack } from '../../src/languages/index.js';

const ENDINGS = ['ούμε', 'ουμε', 'ες', 'ος', 'ας', 'ης', 'ό', 'ά', 'ή', 'α', 'ε', 'η', 'ο', 'ς'];

export const toy: LanguagePack = {
  id: 'el',
  startsWord: (code) => code >= 0x0370 && code <= 0x03ff,
  stems: (norm) => /[\u0370-\u03ff]/.test(norm),
  stem: (norm) => {
    for (const ending of ENDINGS) if (norm.length > ending.length + 2 && norm.endsWith(ending)) return norm.slice(0, -ending.length);
    return norm;
  },
  abbreviations: ['κ', 'π.χ'],
  quoteHeaders: { separators: ['αρχικό μήνυμα'], openers: ['στις'], wrote: ['έγραψε'] },
  classes: { we: ['=εμείς', '=εγώ'], you: ['=εσείς'] },
  negators: ['δεν', 'μην', 'ποτέ'],
  documentPhrases: {
    greeting: ['γεια', 'καλημέρα'],
    signoff: ['με εκτίμηση', 'φιλικά'],
    signoffThanks: ['ευχαριστώ'],
    role: ['υποστήριξη', 'ομάδα'],
  },
  courtesy: /^(?:ευχαριστ|συγγν)/i,
  texts: {
    'unsupported-language': 'Η απάντηση δεν είναι σε γλώσσα που υποστηρίζεται.',
    'input-truncated': '{what}: ελέγχθηκαν μόνο οι πρώτοι {limit} χαρακτήρες.',
    'internal-error': 'Ο κανόνας {rule} απέτυχε: {error}',
    reply: 'Η απάντηση',
    message: 'Το μήνυμα του πελάτη',
  },
};
