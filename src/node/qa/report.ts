/**
 * The `--report` page: one self-contained HTML file (no scripts, no network) with inline SVG charts —
 * score histogram, share of replies violating each rule, agents ranked by mean score — and the
 * worst replies with their findings highlighted. Labels follow the language most replies are in.
 */
import { highlightRuns } from '../../index.js';
import { uiTexts } from '../../languages/ui.js';
import { idText } from './number-text.js';
import { bucketize, type QaSummary, type WorstReply } from './summary.js';

const LABELS = { en: uiTexts('en').qaReport, ru: uiTexts('ru').qaReport } as const;

type Labels = (typeof LABELS)[keyof typeof LABELS];

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function histogramChart(summary: QaSummary, labels: Labels): string {
  const buckets = bucketize(summary.histogram);
  const max = Math.max(1, ...buckets);
  const width = 560;
  const height = 200;
  const barWidth = width / buckets.length;
  const bars = buckets
    .map((count, bucket) => {
      const barHeight = Math.round((count / max) * (height - 44));
      const x = bucket * barWidth;
      const label = bucket === 9 ? '90–100' : `${bucket * 10}–${bucket * 10 + 9}`;
      const hue = Math.round((bucket / 9) * 120);
      return (
        `<g><title>${label}: ${count}</title>` +
        `<rect data-bucket="${bucket}" x="${x + 4}" y="${height - 20 - barHeight}" width="${barWidth - 8}" height="${barHeight}" fill="hsl(${hue} 60% 48%)"></rect>` +
        `<text x="${x + barWidth / 2}" y="${height - 5}" text-anchor="middle">${label}</text>` +
        (count > 0 ? `<text x="${x + barWidth / 2}" y="${height - 24 - barHeight}" text-anchor="middle">${count}</text>` : '') +
        `</g>`
      );
    })
    .join('');
  return `<svg data-chart="histogram" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(labels.histogram)}">${bars}</svg>`;
}

/** Horizontal bars: label on the left, bar, value on the right. */
function barChart(chart: string, title: string, rows: Array<{ key: string; label: string; value: number; max: number; text: string; color: string }>): string {
  const rowHeight = 26;
  const labelWidth = 230;
  const barSpace = 260;
  const height = rows.length * rowHeight + 4;
  const body = rows
    .map((row, index) => {
      const y = index * rowHeight + 2;
      const width = row.max > 0 ? Math.max(row.value > 0 ? 2 : 0, Math.round((row.value / row.max) * barSpace)) : 0;
      return (
        `<g data-row="${escape(row.key)}"><title>${escape(row.label)}: ${escape(row.text)}</title>` +
        `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escape(row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" fill="${row.color}"></rect>` +
        `<text x="${labelWidth + width + 6}" y="${y + 17}">${escape(row.text)}</text></g>`
      );
    })
    .join('');
  return `<svg data-chart="${chart}" viewBox="0 0 ${labelWidth + barSpace + 150} ${height}" role="img" aria-label="${escape(title)}">${body}</svg>`;
}

/** The reply with the words each finding points at in <mark> (overlaps split into runs; insertion points left out). */
function highlighted(reply: WorstReply): string {
  return highlightRuns(reply.reply, reply.findings)
    .map(({ start, end, findings, severity }) => {
      const text = escape(reply.reply.slice(start, end));
      if (findings.length === 0 || start === end) return text;
      const marked = findings.map((index) => reply.findings[index]!);
      const title = marked.map((finding) => `${finding.ruleId}: ${finding.message}`).join('\n');
      return `<mark data-rule-id="${escape(marked[0]!.ruleId)}" class="${severity}" title="${escape(title)}">${text}</mark>`;
    })
    .join('');
}

function worstRow(reply: WorstReply, labels: Labels): string {
  const findings = reply.findings
    .map((finding) => `<li class="${finding.severity}"><code>${escape(finding.ruleId)}</code> ${escape(finding.message)}</li>`)
    .join('');
  const where = `${escape(idText(reply.id))}${reply.index !== undefined ? ` · ${labels.message} ${reply.index + 1}` : ''}${reply.agent !== undefined ? ` · ${labels.agent} ${escape(reply.agent)}` : ''}`;
  return (
    `<article data-worst-row="${escape(idText(reply.id))}"><header><span class="score" style="background: hsl(${Math.round((reply.score / 100) * 120)} 60% 38%)">${reply.score}</span> <span>${where}</span></header>` +
    (reply.message !== undefined ? `<details><summary>${labels.client}</summary><p class="text">${escape(reply.message)}</p></details>` : '') +
    `<p class="text reply">${highlighted(reply)}</p><ul>${findings}</ul></article>`
  );
}

export function renderReport(summary: QaSummary): string {
  const language = (summary.languages.ru ?? 0) > (summary.languages.en ?? 0) ? 'ru' : 'en';
  const labels = LABELS[language];
  const promises = uiTexts(language).promises;
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const rules = Object.entries(summary.ruleShares)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([ruleId, share]) => ({ key: ruleId, label: ruleId, value: share, max: 1, text: `${percent(share)} (${summary.rules[ruleId]!.violations})`, color: '#d9822b' }));
  const agents = summary.agentScores.slice(0, 50).map((agent) => ({
    key: agent.agent,
    label: agent.agent,
    value: agent.meanScore,
    max: 100,
    text: `${agent.meanScore}${agent.worstRule ? ` (${agent.worstRule})` : ''} · ${agent.promises} ${promises.count}, ${agent.promisesNoTime} ${promises.noTimeCount}`,
    color: `hsl(${Math.round((agent.meanScore / 100) * 120)} 55% 45%)`,
  }));
  const stat = (value: string | number, label: string) => `<div class="stat"><b>${value}</b><span>${label}</span></div>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${labels.title}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1000px; padding: 16px; color: #1d2330; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; } small { color: #5b6475; }
.stats { display: flex; flex-wrap: wrap; gap: 12px; }
.stat { border: 1px solid #d6dae3; border-radius: 8px; padding: 8px 14px; min-width: 110px; }
.stat b { display: block; font-size: 1.4rem; } .stat span { color: #5b6475; font-size: .85rem; }
svg { width: 100%; height: auto; max-width: 760px; } svg text { font-size: 12px; fill: #1d2330; }
article { border: 1px solid #d6dae3; border-radius: 8px; padding: 10px 14px; margin: 12px 0; }
article header { font-weight: 600; } .score { display: inline-block; min-width: 2.2em; text-align: center; border-radius: 4px; background: #c0392b; color: #fff; padding: 0 6px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; } .reply { background: #f6f7f9; padding: 8px; border-radius: 6px; }
mark { background: #ffe08a; border-bottom: 2px solid #d9822b; } mark.error { background: #ffc9c2; border-color: #c0392b; } mark.info { background: #d7ecff; border-color: #2f80c1; }
li.error code { color: #c0392b; } li.warning code { color: #a35d00; } li.info code { color: #2f80c1; }
</style>
</head>
<body>
<h1>${labels.title}</h1>
<div class="stats">${stat(summary.lines.read, labels.lines)}${stat(summary.lines.linted, labels.linted)}${stat(summary.lines.bad, labels.bad)}${stat(summary.replies, labels.replies)}${stat(summary.meanScore ?? '—', labels.mean)}${stat(summary.promises.total, promises.count)}${stat(summary.promises.noTime, `${promises.count} ${promises.noTimeCount}`)}</div>
<section><h2>${labels.histogram}</h2><small>${labels.histogramNote}</small>${histogramChart(summary, labels)}</section>
<section><h2>${labels.rules}</h2>${rules.length > 0 ? barChart('rules', labels.rules, rules) : `<p>${labels.none}</p>`}</section>
<section><h2>${labels.agents}</h2><small>${labels.agentsNote}</small>${agents.length > 0 ? barChart('agents', labels.agents, agents) : `<p>${labels.noAgents}</p>`}</section>
<section><h2>${labels.worst}</h2>${summary.worst.length > 0 ? summary.worst.map((reply) => worstRow(reply, labels)).join('\n') : `<p>${labels.none}</p>`}</section>
</body>
</html>
`;
}
