import { ProblemCollector } from './problem-collector';

/**
 * Reads `<environment>=<value>` entries, the shape of every per-environment option (`--account-ids dev=123456789012`):
 * the one parser of them. Records a problem for an entry of another shape, an unknown environment or a second value
 * for an environment; returns the valid entries by environment. `valueName` is what the messages call the value
 * (`role ARN`).
 */
export function parseEnvironmentPairs(
  option: string,
  entries: readonly string[] | undefined,
  environments: readonly string[],
  problems: ProblemCollector,
  valueName = 'value',
): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of entries ?? []) {
    const match = /^([^=\s]+)=(\S+)$/.exec(entry);
    if (!match) {
      problems.addLines([`${option}: ${JSON.stringify(entry)} is not of the form "<environment>=<${valueName}>"`]);
      continue;
    }
    const [, env, value] = match;
    if (!environments.includes(env)) {
      problems.addLines([`${option}: ${JSON.stringify(entry)} names an unknown environment: use one of ${environments.join(', ')}`]);
    } else if (result.has(env)) {
      problems.addLines([`${option}: ${JSON.stringify(entry)} gives ${env} a second ${valueName}`]);
    } else {
      result.set(env, value);
    }
  }
  return result;
}
