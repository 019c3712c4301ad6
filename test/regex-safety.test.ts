/**
 * No catastrophic backtracking: every regular expression literal in src/ and rules/ (found with the
 * TypeScript compiler API) is checked with recheck and must be safe. No `new RegExp` from data either.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function findRegexes(): { literals: Found[]; constructors: Found[] } {
  const literals: Found[] = [];
  const constructors: Found[] = [];
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))]) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      const where = { file: file.slice(root.length + 1), line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1 };
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        literals.push({ ...where, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
        constructors.push({ ...where, source: node.getText(), flags: '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, constructors };
}

const { literals, constructors } = findRegexes();

describe('regular expressions', () => {
  it('are found (the scan works)', () => {
    expect(literals.length).toBeGreaterThan(20);
  });

  it('are never built at run time from data', () => {
    expect(constructors).toEqual([]);
  });

  it.each(literals.map((found) => [`${found.file}:${found.line} /${found.source}/${found.flags}`, found] as const))('%s is safe', (_, found) => {
    const result = checkSync(found.source, found.flags.replace(/[gy]/g, ''));
    expect(result.status, result.status === 'vulnerable' ? `attack: ${result.attack.pattern}` : '').toBe('safe');
  });
});
