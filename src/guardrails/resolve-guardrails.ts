import { GuardrailOptions, GuardrailSuppression } from './guardrail-options';
import { isoDate, suppressionProblems } from '../kernel/guardrails';
import * as vocabulary from '../kernel/vocabulary';
import { listTemplateFiles } from '../templates';

const GUARDRAIL_SEVERITIES: readonly string[] = vocabulary.GUARDRAIL_SEVERITIES;

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
  problems.push(...suppressionProblems(options.guardrailSuppressions ?? [], new Set(guardrailRuleIds()), isoDate(today)));
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
