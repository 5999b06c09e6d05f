// Generated from src/kernel/guardrails.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/guardrails.ts there).
/** What the guardrail engine and the option resolver share: rule ids, suppressions and their validation. */

/** Rule ids are kebab-case, area first: `s3-bucket-access-logging`. */
export const RULE_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

/** A suppression must say why the finding is accepted, in at least this many characters. */
export const MIN_REASON_LENGTH = 10;

/** The option a repository declares its suppressions in (`.projenrc.ts`), named in every problem. */
const SUPPRESSIONS_OPTION = 'guardrailSuppressions';

/**
 * An accepted finding, as the `guardrailSuppressions` option of `.projenrc.ts` declares it (documented there): the
 * rule, the resource (address, construct path or stack name; `*` matches any characters), the reason and an optional
 * last day (`YYYY-MM-DD`, UTC).
 */
export interface SuppressionEntry {
  readonly ruleId: string;
  readonly resource: string;
  readonly reason: string;
  readonly expires?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date in UTC as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether a text is a real calendar date written `YYYY-MM-DD`. */
export function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  return isoDate(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) === text;
}

/**
 * Problems with suppressions that make them invalid whatever the findings are, one wording on both sides:
 * `guardrailSuppressions[<index>].<field>: <value> <what is wrong and what would be right>`.
 * Values are checked for their type too: the resolver reads them from untyped options.
 */
export function suppressionProblems(suppressions: readonly SuppressionEntry[], knownRuleIds: ReadonlySet<string>, today: string): string[] {
  const problems: string[] = [];
  suppressions.forEach((s, index) => {
    const problem = (field: keyof SuppressionEntry, expected: string) =>
      problems.push(`${SUPPRESSIONS_OPTION}[${index}].${field}: ${JSON.stringify(s[field])} ${expected}`);
    if (typeof s.ruleId !== 'string' || !RULE_ID_PATTERN.test(s.ruleId)) {
      problem('ruleId', 'is not a rule id: rule ids are kebab-case, area first (e.g. "s3-bucket-access-logging")');
    } else if (!knownRuleIds.has(s.ruleId)) {
      problem('ruleId', 'is not a guardrail rule: the rules are the files of src/platform/guardrails/rules/<area>/<rule-id>.ts and the rules the repository adds');
    }
    if (typeof s.resource !== 'string' || s.resource.trim() === '') {
      problem('resource', 'is empty: give the resource address or construct path from the guardrails report');
    }
    if (typeof s.reason !== 'string' || s.reason.trim().length < MIN_REASON_LENGTH) {
      problem('reason', `is too short: explain in at least ${MIN_REASON_LENGTH} characters why the finding is accepted`);
    }
    if (s.expires !== undefined) {
      if (typeof s.expires !== 'string' || !isValidDate(s.expires)) {
        problem('expires', 'is not a date: use YYYY-MM-DD');
      } else if (s.expires < today) {
        problem('expires', 'has passed: fix the finding, or renew the suppression with a new date and reason');
      }
    }
  });
  return problems;
}
