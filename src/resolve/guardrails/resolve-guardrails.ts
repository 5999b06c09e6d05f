import { GuardrailOptions, GuardrailSuppression } from './guardrail-options';
import { isoDate, suppressionProblems } from '../../kernel/guardrails';
import * as vocabulary from '../../kernel/vocabulary';
import { listTemplateFiles } from '../../templates';
import { ProblemCollector } from '../problem-collector';

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

export interface GuardrailsContext {
  /** The day suppressions' expiry dates are compared with. */
  readonly today: Date;
}

/** The guardrail settings; records an unknown severity and every suppression that is malformed, unknown or expired. */
export function resolveGuardrails(options: GuardrailOptions, context: GuardrailsContext, problems: ProblemCollector): ResolvedGuardrails {
  const failOn = options.guardrailFailOn;
  if (failOn !== undefined && !GUARDRAIL_SEVERITIES.includes(failOn)) {
    problems.addLines([`guardrailFailOn: ${JSON.stringify(failOn)} is not a severity: use one of ${GUARDRAIL_SEVERITIES.join(', ')}`]);
  }
  problems.addLines(suppressionProblems(options.guardrailSuppressions ?? [], new Set(guardrailRuleIds()), isoDate(context.today)));
  return {
    failOn: failOn ?? 'low',
    suppressions: (options.guardrailSuppressions ?? []).map((s) => ({
      ruleId: s.ruleId,
      resource: s.resource,
      reason: s.reason,
      ...(s.expires !== undefined ? { expires: s.expires } : {}),
    })),
  };
}
