// npm run demo — lints the sample exchanges in fixtures/samples with the built package.
import { readFileSync } from 'node:fs';
import { createLinter } from '../dist/index.js';

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const SEVERITY = { error: '31', warning: '33', info: '36' };

const exchanges = JSON.parse(readFileSync(new URL('../fixtures/samples/exchanges.json', import.meta.url), 'utf8'));
const linter = createLinter({ preset: 'strict' });

for (const exchange of exchanges) {
  const report = linter.lint({ message: exchange.message, reply: exchange.reply, channel: exchange.channel });
  console.log(`\n${paint('1', exchange.title)}  [${exchange.channel}, ${report.language}]  score ${paint('1', String(report.score))}/100`);
  console.log(paint('2', `  reply: ${exchange.reply.replace(/\s+/g, ' ').slice(0, 160)}${exchange.reply.length > 160 ? '…' : ''}`));
  if (report.findings.length === 0) console.log(paint('32', '  ✓ nothing to improve'));
  for (const finding of report.findings) {
    const { start, end } = finding.range ?? { start: 0, end: 0 };
    const excerpt = end > start ? ` «${exchange.reply.slice(start, end)}»` : finding.range ? ` (at ${start})` : ' (whole reply)';
    console.log(`  ${paint(SEVERITY[finding.severity], finding.severity.padEnd(7))} ${paint('1', finding.ruleId)}${excerpt}`);
    console.log(`          ${finding.message}`);
    for (const suggestion of finding.suggestions) console.log(`          → ${suggestion.text}${suggestion.fix ? paint('32', '  [fix]') : ''}`);
  }
}
