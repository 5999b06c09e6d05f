import { GuardrailOptions, GuardrailSuppression } from './guardrail-options';
import { listTemplateFiles } from '../templates';

export const GUARDRAIL_SEVERITIES = ['critical', 'high', 'medium', 'low'];
const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_REASON_LENGTH = 10;

export interface ResolvedGuardrails {
  readonly failOn: string;
  readonly suppressions: GuardrailSuppression[];
}

/** The ids of the rules stamped into generated repositories: the file names under `guardrails/rules/<area>/`. */
export function guardrailRuleIds(): string[] {
  return listTemplateFiles('platform/guardrails/rules')
    .filter((file) => file.includes('/') && file.endsWith('.ts'))
    .map((file) => file.slice(file.lastIndexOf('/') + 1, -'.ts'.length));
}

/** Problems with the guardrail options, in the wording of `resolveSettings` (option, value, what is allowed). */
export function guardrailProblems(options: GuardrailOptions, today: Date = new Date()): string[] {
  const problems: string[] = [];
  const failOn = options.guardrailFailOn;
  if (failOn !== undefined && !GUARDRAIL_SEVERITIES.includes(failOn)) {
    problems.push(`guardrailFailOn: ${JSON.stringify(failOn)} is not a severity: use one of ${GUARDRAIL_SEVERITIES.join(', ')}`);
  }
  const known = new Set(guardrailRuleIds());
  const todayText = today.toISOString().slice(0, 10);
  (options.guardrailSuppressions ?? []).forEach((s, i) => {
    const option = `guardrailSuppressions[${i}]`;
    if (typeof s.ruleId !== 'string' || !RULE_ID.test(s.ruleId)) {
      problems.push(`${option}.ruleId: ${JSON.stringify(s.ruleId)} is not a rule id: rule ids are kebab-case, area first (e.g. "s3-bucket-access-logging")`);
    } else if (!known.has(s.ruleId)) {
      problems.push(`${option}.ruleId: ${JSON.stringify(s.ruleId)} is not a guardrail rule: the rules are the files of src/platform/guardrails/rules/<area>/<rule-id>.ts`);
    }
    if (typeof s.resource !== 'string' || s.resource.trim() === '') {
      problems.push(`${option}.resource: ${JSON.stringify(s.resource)} is empty: give the resource address or construct path from the guardrails report`);
    }
    if (typeof s.reason !== 'string' || s.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(`${option}.reason: ${JSON.stringify(s.reason)} is too short: explain in at least ${MIN_REASON_LENGTH} characters why the finding is accepted`);
    }
    if (s.expires !== undefined) {
      if (!isDate(s.expires)) {
        problems.push(`${option}.expires: ${JSON.stringify(s.expires)} is not a date: use YYYY-MM-DD`);
      } else if (s.expires < todayText) {
        problems.push(`${option}.expires: ${JSON.stringify(s.expires)} has passed: fix the finding, or renew the suppression with a new date and reason`);
      }
    }
  });
  return problems;
}

export function resolveGuardrails(options: GuardrailOptions): ResolvedGuardrails {
  return {
    failOn: options.guardrailFailOn ?? 'low',
    suppressions: (options.guardrailSuppressions ?? []).map((s) => ({
      ruleId: s.ruleId,
      resource: s.resource,
      reason: s.reason,
      ...(s.expires !== undefined ? { expires: s.expires } : {}),
    })),
  };
}

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
