import type { Finding } from './model';
import { globToRegExp } from '../kernel/globs';
import { isoDate, isValidDate, MIN_REASON_LENGTH, SuppressionEntry, suppressionProblems } from '../kernel/guardrails';

/** An accepted finding, declared in `.projenrc.ts` (`guardrailSuppressions`). */
export type Suppression = SuppressionEntry;

export interface SuppressedFinding {
  readonly finding: Finding;
  readonly suppression: Suppression;
}

export { isoDate, isValidDate, MIN_REASON_LENGTH, suppressionProblems };

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
