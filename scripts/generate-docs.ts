import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceRulesTable } from './rules-table.js';

const path = join(import.meta.dirname, '..', 'README.md');
writeFileSync(path, replaceRulesTable(readFileSync(path, 'utf8')));
console.log(`rules table written to ${path}`);
