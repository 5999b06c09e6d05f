import * as fs from 'fs';
import * as path from 'path';
import { appOf } from './fixtures';
import { RULE_CASES } from './rule-cases';
import { runGuardrails } from '../../../templates/platform/guardrails/engine';
import { RULE_ID_PATTERN, SEVERITIES } from '../../../templates/platform/guardrails/model';
import { ALL_RULES } from '../../../templates/platform/guardrails/rules';

const RULES_DIR = path.join(__dirname, '../../../templates/platform/guardrails/rules');

describe('rule catalogue', () => {
  test('has at least 60 rules with unique, well-formed ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(RULE_ID_PATTERN);
  });

  test('one rule per file: rules/<area>/<rule-id>.ts, all listed in the index', () => {
    const files = fs
      .readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => fs.readdirSync(path.join(RULES_DIR, d.name)).map((f) => f.replace(/\.ts$/, '')));
    expect(files.sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  test.each(ALL_RULES.map((r) => [r.id, r] as const))('%s is documented', (_, rule) => {
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.rationale.length).toBeGreaterThan(40);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.resourceTypes.length).toBeGreaterThan(0);
    for (const id of rule.references.checkov ?? []) expect(id).toMatch(/^CKV2?_AWS_\d+$/);
    for (const id of rule.references.securityHub ?? []) expect(id).toMatch(/^[A-Za-z0-9]+\.\d+$/);
    for (const id of rule.references.cis ?? []) expect(id).toMatch(/^\d+(\.\d+)+$/);
    for (const id of rule.references.cdkNag ?? []) expect(id).toMatch(/^AwsSolutions-[A-Z]+\d+$/);
  });
});

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const cases = RULE_CASES[id];

  test('has a passing and a failing fixture', () => {
    expect(cases).toBeDefined();
  });

  if (!cases) return;
  test('passes a compliant fixture', () => {
    const report = runGuardrails(appOf(cases.pass), { rules: [rule] });
    expect(report.findings.map((f) => `${f.address}: ${f.message}`)).toEqual([]);
  });

  test('flags a non-compliant fixture', () => {
    const report = runGuardrails(appOf(cases.fail), { rules: [rule] });
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(finding).toMatchObject({ ruleId: id, severity: rule.severity });
      expect(finding.message.length).toBeGreaterThan(5);
    }
  });
});

test('every fixture names a rule of the catalogue', () => {
  const ids = new Set(ALL_RULES.map((r) => r.id));
  expect(Object.keys(RULE_CASES).filter((id) => !ids.has(id))).toEqual([]);
});
