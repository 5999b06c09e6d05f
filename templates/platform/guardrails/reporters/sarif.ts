import type { GuardrailReport } from '../engine';
import type { Finding, Rule, Severity } from '../model';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning ranks security results by this 0–10 score. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

export interface SarifOptions {
  /** Path of the app's outdir relative to the repository root, so that locations resolve. @default 'cdktf.out' */
  readonly outdir?: string;
  /** The line of a resource in its file, when known (the CLI reads the synthesized files to find it). */
  readonly lineOf?: (finding: Finding) => number | undefined;
}

/** A SARIF 2.1.0 log for GitHub code scanning: every rule, every finding, suppressed findings marked as such. */
export function sarifReport(report: GuardrailReport, options: SarifOptions = {}): string {
  const outdir = (options.outdir ?? 'cdktf.out').replace(/\/+$/, '');
  const rules = [...report.rules].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const result = (finding: Finding, suppression?: { reason: string }) => ({
    ruleId: finding.ruleId,
    ruleIndex: index.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: `${finding.constructPath ?? finding.address}: ${finding.message}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: `${outdir}/${finding.file}` },
          region: { startLine: options.lineOf?.(finding) ?? 1 },
        },
        logicalLocations: [{ fullyQualifiedName: finding.address, kind: finding.address === finding.stack ? 'module' : 'resource' }],
      },
    ],
    partialFingerprints: { 'guardrailFinding/v1': `${finding.ruleId}:${finding.constructPath ?? finding.address}:${finding.message}` },
    ...(suppression ? { suppressions: [{ kind: 'external', status: 'accepted', justification: suppression.reason }] } : {}),
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'secure-aws-stack guardrails',
            informationUri: 'https://github.com/secure-aws-stack/secure-aws-stack',
            rules: rules.map(sarifRule),
          },
        },
        results: [...report.findings.map((f) => result(f)), ...report.suppressed.map((s) => result(s.finding, s.suppression))],
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((text) => ({ level: 'error', message: { text } })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, undefined, 2)}\n`;
}

function sarifRule(rule: Rule) {
  const references = [
    ...(rule.references.checkov ?? []).map((id) => `checkov ${id}`),
    ...(rule.references.securityHub ?? []).map((id) => `Security Hub ${id}`),
    ...(rule.references.cis ?? []).map((id) => `CIS AWS Foundations ${id}`),
    ...(rule.references.cdkNag ?? []).map((id) => `cdk-nag ${id}`),
  ];
  const text = `${rule.rationale}${references.length ? `\n\nSee also: ${references.join(', ')}.` : ''}`;
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text, markdown: text },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { 'tags': ['security', 'terraform', ...rule.resourceTypes.slice(0, 5)], 'security-severity': SECURITY_SEVERITY[rule.severity], 'precision': 'high' },
  };
}
