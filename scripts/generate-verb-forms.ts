import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateVerbForms, renderVerbForms } from './verb-forms.js';

const target = join(import.meta.dirname, '..', 'src', 'languages', 'en', 'verb-forms.ts');
const table = generateVerbForms();
writeFileSync(target, renderVerbForms(table));
console.log(`${Object.keys(table).length} verbs with irregular forms → ${target}`);
