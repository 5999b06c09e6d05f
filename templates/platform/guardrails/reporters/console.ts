import type { GuardrailReport } from '../engine';
import { atOrAbove, SEVERITIES } from '../model';

/** A plain-text report: findings grouped by severity as aligned tables, then suppressions and errors. */
export function consoleReport(report: GuardrailReport): string {
  const lines: string[] = [];
  const { stats } = report;
  lines.push(`Guardrails: ${report.rules.length} rules on ${stats.resources} resources in ${stats.stacks} stacks (${stats.durationMs.toFixed(0)} ms)`);
  for (const severity of SEVERITIES) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    const blocking = atOrAbove(severity, report.failOn) ? 'fails the build' : 'reported only';
    lines.push('', `${severity.toUpperCase()} (${findings.length}, ${blocking})`);
    lines.push(...table(['rule', 'resource', 'problem'], findings.map((f) => [f.ruleId, f.constructPath ?? f.address, f.message])));
  }
  if (report.suppressed.length > 0) {
    lines.push('', `SUPPRESSED (${report.suppressed.length})`);
    lines.push(
      ...table(
        ['rule', 'resource', 'reason', 'expires'],
        report.suppressed.map((s) => [s.finding.ruleId, s.finding.constructPath ?? s.finding.address, s.suppression.reason, s.suppression.expires ?? '-']),
      ),
    );
  }
  if (report.errors.length > 0) {
    lines.push('', `SUPPRESSION ERRORS (${report.errors.length})`, ...report.errors.map((e) => `  - ${e}`));
  }
  lines.push('', summaryLine(report));
  return lines.join('\n');
}

export function summaryLine(report: GuardrailReport): string {
  const counts = SEVERITIES.map((s) => `${report.findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  return report.failed
    ? `FAILED: ${counts}; fails on ${report.failOn} and above${report.errors.length ? `; ${report.errors.length} suppression error(s)` : ''}`
    : `PASSED: ${counts}; fails on ${report.failOn} and above; ${report.suppressed.length} suppressed`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.min(80, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const format = (cells: readonly string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}`.trimEnd();
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)];
}
