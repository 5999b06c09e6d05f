import type { GuardrailReport } from '../engine';
import { SEVERITIES } from '../model';
import { summaryLine } from './console';

/** A pull-request comment: the verdict, counts by severity, the findings and the suppressions. */
export function markdownReport(report: GuardrailReport): string {
  const lines: string[] = [];
  lines.push(`## ${report.failed ? '❌' : '✅'} Guardrails`, '', summaryLine(report), '');
  lines.push('| severity | findings |', '| --- | ---: |');
  for (const severity of SEVERITIES) lines.push(`| ${severity} | ${report.findings.filter((f) => f.severity === severity).length} |`);
  lines.push('', `${report.rules.length} rules, ${report.stats.resources} resources, ${report.stats.stacks} stacks.`);
  if (report.findings.length > 0) {
    lines.push('', '### Findings', '', '| severity | rule | resource | problem |', '| --- | --- | --- | --- |');
    for (const f of report.findings) lines.push(`| ${f.severity} | \`${f.ruleId}\` | \`${cell(f.constructPath ?? f.address)}\` | ${cell(f.message)} |`);
  }
  if (report.suppressed.length > 0) {
    lines.push('', '<details><summary>Suppressed findings (' + report.suppressed.length + ')</summary>', '', '| rule | resource | reason | expires |', '| --- | --- | --- | --- |');
    for (const s of report.suppressed) {
      lines.push(`| \`${s.finding.ruleId}\` | \`${cell(s.finding.constructPath ?? s.finding.address)}\` | ${cell(s.suppression.reason)} | ${s.suppression.expires ?? '-'} |`);
    }
    lines.push('', '</details>');
  }
  if (report.errors.length > 0) {
    lines.push('', '### Suppression errors', '', ...report.errors.map((e) => `- ${cell(e)}`));
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
