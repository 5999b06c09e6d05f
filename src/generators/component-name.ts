import { BUCKET_PURPOSES } from '../kernel/bucket-names';
import { REGIONAL_KEY_PURPOSES } from '../kernel/key-purposes';

/**
 * Names the platform already gives its own resources and construct ids in a regional stack: a team component of
 * that name would produce `<project>-<environment>-<name>` resources or construct ids that clash with the platform's.
 */
export const PLATFORM_RESOURCE_NAMES: readonly string[] = [
  ...BUCKET_PURPOSES,
  ...REGIONAL_KEY_PURPOSES,
  // account-wide names (instance role, stacks)
  'app', 'account', 'replication',
  // construct ids of the regional stack and its workloads
  'aws', 'keys', 'buckets', 'network', 'detection', 'access-analyzer', 'required-tags', 'workloads', 'web', 'operations',
  'endpoint',
];

const COMPONENT_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const MAX_COMPONENT_NAME_LENGTH = 20;

/** Every problem of a component name, each naming what is wrong and what would be right; empty when it is valid. */
export function componentNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (!COMPONENT_NAME.test(name)) {
    problems.push(
      `name ${JSON.stringify(name)} must be lowercase letters, digits and single hyphens, starting with a letter (e.g. "orders"): it becomes part of resource names`,
    );
  }
  if (name.length < 2 || name.length > MAX_COMPONENT_NAME_LENGTH) {
    problems.push(`name ${JSON.stringify(name)} is ${name.length} characters long; use 2 to ${MAX_COMPONENT_NAME_LENGTH}`);
  }
  if (PLATFORM_RESOURCE_NAMES.includes(name)) {
    problems.push(`name ${JSON.stringify(name)} is used by the platform's own resources; choose another (e.g. "${name}-store")`);
  }
  return problems;
}

/** `order-events` → `OrderEvents`. */
export function pascalCase(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
