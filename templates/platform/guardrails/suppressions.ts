import type { Finding } from './model';

/** An accepted finding, declared in `.projenrc.ts` (`guardrailSuppressions`). */
export interface Suppression {
  /** The rule, e.g. `s3-bucket-access-logging`. */
  readonly ruleId: string;
  /**
   * The resource: its address (`dev-us-east-1/aws_s3_bucket.logs_1A2B3C4D`), its construct path
   * (`dev-us-east-1/storage/logs/bucket`) or, for stack rules, the stack name. `*` matches any characters, so
   * `*-us-east-1/storage/logs/bucket` covers every environment.
   */
  readonly resource: string;
  /** Why the finding is accepted: at least 10 characters. */
  readonly reason: string;
  /** Last day (`YYYY-MM-DD`, UTC) the suppression holds; afterwards it is an error. */
  readonly expires?: string;
}

export interface SuppressedFinding {
  readonly finding: Finding;
  readonly suppression: Suppression;
}

export const MIN_REASON_LENGTH = 10;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in UTC as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Problems with suppressions that make them invalid whatever the findings are. */
export function suppressionProblems(suppressions: readonly Suppression[], ruleIds: ReadonlySet<string>, today: string): string[] {
  const problems: string[] = [];
  suppressions.forEach((s, index) => {
    const label = `suppression #${index + 1} (${s.ruleId} on ${s.resource})`;
    if (!ruleIds.has(s.ruleId)) problems.push(`${label}: unknown rule id ${JSON.stringify(s.ruleId)}`);
    if (!s.resource || !s.resource.trim()) problems.push(`${label}: resource is empty`);
    if (!s.reason || s.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(`${label}: reason ${JSON.stringify(s.reason ?? '')} is shorter than ${MIN_REASON_LENGTH} characters: say why the finding is accepted`);
    }
    if (s.expires !== undefined) {
      if (!isValidDate(s.expires)) {
        problems.push(`${label}: expires ${JSON.stringify(s.expires)} is not a date of the form YYYY-MM-DD`);
      } else if (s.expires < today) {
        problems.push(`${label}: expired on ${s.expires}: fix the finding or renew the suppression with a new reason`);
      }
    }
  });
  return problems;
}

export function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return isoDate(date) === text;
}

/** Whether a suppression's resource pattern designates a finding. */
export function suppressionMatches(suppression: Suppression, finding: Finding): boolean {
  if (suppression.ruleId !== finding.ruleId) return false;
  const pattern = globToRegExp(suppression.resource.trim());
  return pattern.test(finding.address) || (finding.constructPath !== undefined && pattern.test(finding.constructPath));
}

/**
 * Splits findings into unsuppressed and suppressed ones. A valid suppression that matches no finding is reported
 * as a problem: it would otherwise silently hide the next real finding on a renamed resource.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
): { findings: Finding[]; suppressed: SuppressedFinding[]; unused: Suppression[] } {
  const used = new Set<Suppression>();
  const open: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const suppression = suppressions.find((s) => suppressionMatches(s, finding));
    if (suppression) {
      used.add(suppression);
      suppressed.push({ finding, suppression });
    } else {
      open.push(finding);
    }
  }
  return { findings: open, suppressed, unused: suppressions.filter((s) => !used.has(s)) };
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
