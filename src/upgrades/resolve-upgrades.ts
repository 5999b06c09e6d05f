import { UpgradeSafetyOptions } from './upgrade-options';
import { UpgradeSettings } from '../kernel/settings-model';

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

/** Every problem with the upgrade options, each naming the option, the value and what would be right. */
export function upgradeProblems(options: UpgradeSafetyOptions, environments: readonly UpgradeEnvironment[]): string[] {
  const problems: string[] = [];
  const stackOwners = new Map(environments.flatMap((env) => platformStackNames(env).map((stack) => [stack, env] as const)));
  const check = (option: 'preventDestroyExemptions' | 'allowedStatefulChanges') => {
    const values = options[option];
    if (values === undefined) return;
    if (!Array.isArray(values)) {
      problems.push(`${option}: ${JSON.stringify(values)} is not a list: give an array of "<stack>/<address>" patterns, e.g. [${EXAMPLE}]`);
      return;
    }
    values.forEach((value, i) => {
      const label = `${option}[${i}]`;
      const match = typeof value === 'string' ? STACK_ADDRESS.exec(value) : null;
      if (!match) {
        problems.push(`${label}: ${JSON.stringify(value)} is not "<stack>/<resource type>.<name>": use a stack-qualified Terraform address such as ${EXAMPLE} ("*" matches any characters)`);
        return;
      }
      const stack = match[1];
      if (stack.includes('*')) return;
      const owner = stackOwners.get(stack);
      if (!owner) {
        problems.push(`${label}: ${JSON.stringify(value)} names no stack of the platform: "${stack}" is not one of ${[...stackOwners.keys()].join(', ')}`);
      } else if (option === 'preventDestroyExemptions' && owner.profile !== 'production') {
        problems.push(`${label}: ${JSON.stringify(value)} names a stack of environment ${owner.name}, whose profile is ${owner.profile}: only production environments carry prevent_destroy, so the exemption would do nothing`);
      }
    });
  };
  check('preventDestroyExemptions');
  check('allowedStatefulChanges');
  return problems;
}

export function resolveUpgrades(options: UpgradeSafetyOptions): UpgradeSettings {
  return { preventDestroyExemptions: [...(options.preventDestroyExemptions ?? [])] };
}
