/**
 * Inline suppression, as in ESLint: `<!-- replylint-disable-next-line rule-id -->`,
 * `<!-- replylint-disable rule-id -->` … `<!-- replylint-enable -->`, and the same inside
 * `{# … #}` for Liquid/Jinja templates. No rule ids means every rule. A directive that suppresses
 * nothing is reported as `unused-suppression` (info).
 */
import type { Finding } from '../index.js';
import { nextIndexIn } from '../text/next-index.js';
import { LineIndex } from './positions.js';

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  rules: string[] | 'all';
  start: number;
  end: number;
  line: number;
  used: boolean;
}

const KINDS = ['disable-next-line', 'disable', 'enable'] as const;

/**
 * Directives found by plain string search (no regular expression, so no backtracking): a comment
 * opener, `replylint-<kind>`, then rule ids up to the comment's end on the same line.
 */
export function findDirectives(text: string): Array<Omit<Directive, 'line' | 'used'>> {
  const found: Array<Omit<Directive, 'line' | 'used'>> = [];
  // The next newline and comment ends, remembered so that the whole search stays linear.
  const next = nextIndexIn(text);
  const nextIndex = (needle: string, from: number): number => {
    const index = next(needle, from);
    return index === -1 ? Infinity : index;
  };
  for (let at = text.indexOf('replylint-'); at !== -1; at = text.indexOf('replylint-', at + 1)) {
    let open = at;
    while (open > 0 && (text[open - 1] === ' ' || text[open - 1] === '\t')) open--;
    const liquid = text.startsWith('{#', open - 2);
    if (!liquid && !text.startsWith('<!--', open - 4)) continue;
    const rest = at + 'replylint-'.length;
    const kind = KINDS.find((candidate) => text.startsWith(candidate, rest));
    if (!kind) continue;
    const close = nextIndex(liquid ? '#}' : '-->', rest);
    if (close === Infinity || close > nextIndex('\n', rest)) continue;
    const list = text.slice(rest + kind.length, close);
    // "replylint-disabled" is not a directive.
    if (list !== '' && list[0] !== ' ' && list[0] !== '\t') continue;
    const ids = list.split(/[ \t,]+/).filter((id) => id !== '');
    found.push({ kind, rules: ids.length === 0 ? 'all' : ids, start: open - (liquid ? 2 : 4), end: close + (liquid ? 2 : 3) });
  }
  return found;
}

export class Suppressions {
  private readonly directives: Directive[] = [];
  private readonly lines: LineIndex;

  constructor(reply: string) {
    this.lines = new LineIndex(reply);
    for (const directive of findDirectives(reply)) {
      this.directives.push({ ...directive, line: this.lines.position(directive.start).line, used: false });
    }
  }

  private covers(directive: Directive, ruleId: string): boolean {
    return directive.rules === 'all' || directive.rules.includes(ruleId);
  }

  /** True when a directive silences the finding; marks that directive used. */
  suppresses(finding: Finding): boolean {
    const offset = finding.range?.start ?? 0;
    const line = this.lines.position(offset).line;
    for (const directive of this.directives) {
      if (directive.kind === 'disable-next-line' && directive.line + 1 === line && this.covers(directive, finding.ruleId)) {
        directive.used = true;
        return true;
      }
    }
    // Blocks: the last disable/enable for this rule before the finding decides.
    let open: Directive | undefined;
    for (const directive of this.directives) {
      if (directive.start > offset) break;
      if (!this.covers(directive, finding.ruleId) && !(directive.kind === 'enable' && directive.rules === 'all')) continue;
      if (directive.kind === 'disable') open = directive;
      if (directive.kind === 'enable') open = undefined;
    }
    if (open) open.used = true;
    return open !== undefined;
  }

  /** Info findings for directives that silenced nothing. */
  unused(language: 'ru' | 'en' | 'und'): Finding[] {
    return this.directives
      .filter((directive) => directive.kind !== 'enable' && !directive.used)
      .map((directive) => ({
        ruleId: 'unused-suppression',
        severity: 'info' as const,
        message:
          language === 'ru'
            ? `Директива replylint-${directive.kind}${directive.rules === 'all' ? '' : ` ${directive.rules.join(', ')}`} ничего не отключает: удалите её.`
            : `The replylint-${directive.kind}${directive.rules === 'all' ? '' : ` ${directive.rules.join(', ')}`} directive silences nothing: remove it.`,
        range: { start: directive.start, end: directive.end },
        suggestions: [],
      }));
  }
}
