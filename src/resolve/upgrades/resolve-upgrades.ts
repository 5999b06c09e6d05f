import { UpgradeSafetyOptions } from './upgrade-options';
import { UpgradeSettings } from '../../kernel/settings-model';
import { ProblemCollector } from '../problem-collector';

export interface UpgradesContext {
  readonly environments: readonly UpgradeEnvironment[];
}

/** An environment as far as stack names go. */
export interface UpgradeEnvironment {
  readonly name: string;
  readonly profile: string;
  readonly regions: readonly string[];
}

const STACK_ADDRESS = /^([a-z0-9*][a-z0-9*-]*)\/([a-z*][a-z0-9_*]*)\.([A-Za-z0-9_*-]+)(\[[^\]]+\])?$/;
const EXAMPLE = '"production-us-east-1/aws_s3_bucket.buckets_data_bucket_A6C710CC"';

/** The stack names the platform gives an environment (what `<stack>` of a pattern may name). */
export function platformStackNames(environment: UpgradeEnvironment): string[] {
  return [`${environment.name}-account`, ...environment.regions.map((r) => `${environment.name}-${r}`), `${environment.name}-replication`];
}

/**
 * How upgrades treat existing state; records every `preventDestroyExemptions` and `allowedStatefulChanges` pattern
 * that is malformed or names no stack (or, for an exemption, no production stack).
 */
export function resolveUpgrades(options: UpgradeSafetyOptions, context: UpgradesContext, problems: ProblemCollector): UpgradeSettings {
  const stackOwners = new Map(context.environments.flatMap((env) => platformStackNames(env).map((stack) => [stack, env] as const)));
  checkPatterns('preventDestroyExemptions', options, stackOwners, problems);
  checkPatterns('allowedStatefulChanges', options, stackOwners, problems);
  return { preventDestroyExemptions: [...(options.preventDestroyExemptions ?? [])] };
}

function checkPatterns(
  option: 'preventDestroyExemptions' | 'allowedStatefulChanges',
  options: UpgradeSafetyOptions,
  stackOwners: ReadonlyMap<string, UpgradeEnvironment>,
  problems: ProblemCollector,
): void {
  const values = options[option];
  if (values === undefined) return;
  if (!Array.isArray(values)) {
    problems.addLines([`${option}: ${JSON.stringify(values)} is not a list: give an array of "<stack>/<address>" patterns, e.g. [${EXAMPLE}]`]);
    return;
  }
  values.forEach((value, i) => {
    const label = `${option}[${i}]`;
    const match = typeof value === 'string' ? STACK_ADDRESS.exec(value) : null;
    if (!match) {
      problems.addLines([`${label}: ${JSON.stringify(value)} is not "<stack>/<resource type>.<name>": use a stack-qualified Terraform address such as ${EXAMPLE} ("*" matches any characters)`]);
      return;
    }
    const stack = match[1];
    if (stack.includes('*')) return;
    const owner = stackOwners.get(stack);
    if (!owner) {
      problems.addLines([`${label}: ${JSON.stringify(value)} names no stack of the platform: "${stack}" is not one of ${[...stackOwners.keys()].join(', ')}`]);
    } else if (option === 'preventDestroyExemptions' && owner.profile !== 'production') {
      problems.addLines([`${label}: ${JSON.stringify(value)} names a stack of environment ${owner.name}, whose profile is ${owner.profile}: only production environments carry prevent_destroy, so the exemption would do nothing`]);
    }
  });
}
