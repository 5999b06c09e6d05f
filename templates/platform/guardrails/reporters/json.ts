import type { GuardrailReport } from '../engine';

/** The machine-readable report (`cdktf.out/guardrails.json`). */
export function jsonReport(report: GuardrailReport): string {
  return `${JSON.stringify(
    {
      failed: report.failed,
      failOn: report.failOn,
      stats: report.stats,
      findings: report.findings,
      suppressed: report.suppressed,
      errors: report.errors,
      rules: report.rules.map(({ id, title, severity, rationale, references, resourceTypes, scope }) => ({
        id,
        title,
        severity,
        scope,
        resourceTypes,
        rationale,
        references,
      })),
    },
    undefined,
    2,
  )}\n`;
}
