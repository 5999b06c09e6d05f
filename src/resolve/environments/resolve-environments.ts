import { ACCOUNT_ID, placeholderAccountId } from '../../kernel/account-ids';
import { LONGEST_BUCKET_PURPOSE, MAX_BUCKET_NAME_LENGTH } from '../../kernel/bucket-names';
import { inferProfile } from '../../kernel/profiles';
import { ENVIRONMENT_PROFILES, EnvironmentProfile, isOneOf } from '../../kernel/vocabulary';
import { LONGEST_REGION_CODE } from '../../regions';
import { parseEnvironmentPairs } from '../environment-pairs';
import { ProblemCollector } from '../problem-collector';

/** The options that list the environments and say what each is. */
export interface EnvironmentsOptions {
  readonly environments?: string[];
  readonly environmentProfiles?: string[];
  readonly accountIds?: string[];
}

export interface EnvironmentsContext {
  readonly project: string;
}

/** An environment as every later resolver sees it. */
export interface PlannedEnvironment {
  readonly name: string;
  readonly profile: EnvironmentProfile;
  /** The account from `accountIds`, or the environment's placeholder account id. */
  readonly accountId: string;
}

export interface Environments {
  /** In promotion order. */
  readonly environments: readonly PlannedEnvironment[];
  readonly names: readonly string[];
  /**
   * Whether the list itself is valid: checks that look at every environment wait for a valid list, so that a bad
   * list is reported once, at its cause.
   */
  readonly valid: boolean;
}

const DEFAULT_ENVIRONMENTS = ['dev', 'staging', 'production'];
const ENVIRONMENT_NAME = /^[a-z][a-z0-9]{1,11}$/;

/** The environments, their profiles and accounts; records bad names, profiles, account ids and too long bucket names. */
export function resolveEnvironments(options: EnvironmentsOptions, context: EnvironmentsContext, problems: ProblemCollector): Environments {
  const names = options.environments ?? DEFAULT_ENVIRONMENTS;
  checkNames(names, problems);
  const valid = !problems.names('environments');
  const profiles = resolveProfiles(options, names, problems);
  const accountIds = resolveAccountIds(options, names, problems);
  checkBucketNameLength(context.project, names, problems);
  return {
    environments: names.map((name, i) => ({
      name,
      profile: profiles.get(name) ?? inferProfile(name),
      accountId: accountIds.get(name) ?? placeholderAccountId(i),
    })),
    names,
    valid,
  };
}

function checkNames(names: readonly string[], problems: ProblemCollector): void {
  if (names.length === 0) {
    problems.add('environments', names, 'is empty: list at least one environment (e.g. ["dev", "production"])');
  }
  for (const env of names) {
    if (!ENVIRONMENT_NAME.test(env)) {
      problems.add('environments', env, 'is not a valid environment name: use 2 to 12 lowercase letters and digits, starting with a letter');
    }
  }
  for (const env of duplicates(names)) {
    problems.add('environments', env, 'is listed more than once: each environment must be unique');
  }
}

function resolveProfiles(options: EnvironmentsOptions, names: readonly string[], problems: ProblemCollector): Map<string, EnvironmentProfile> {
  const profiles = new Map<string, EnvironmentProfile>();
  for (const [env, profile] of parseEnvironmentPairs('environmentProfiles', options.environmentProfiles, names, problems)) {
    if (isOneOf(ENVIRONMENT_PROFILES, profile)) profiles.set(env, profile);
    else problems.add('environmentProfiles', `${env}=${profile}`, `has an unknown profile: use one of ${ENVIRONMENT_PROFILES.join(', ')}`);
  }
  return profiles;
}

function resolveAccountIds(options: EnvironmentsOptions, names: readonly string[], problems: ProblemCollector): Map<string, string> {
  const accountIds = parseEnvironmentPairs('accountIds', options.accountIds, names, problems);
  for (const [env, id] of accountIds) {
    if (!ACCOUNT_ID.test(id)) {
      problems.add('accountIds', `${env}=${id}`, 'has a malformed account id: an AWS account id is exactly 12 digits');
    }
  }
  if (options.accountIds && options.accountIds.length > 0) {
    const missing = names.filter((env) => !accountIds.has(env));
    if (missing.length > 0) {
      problems.add('accountIds', options.accountIds, `gives no account id for ${missing.join(', ')}: add "<environment>=<12 digits>" for every environment`);
    }
  }
  return accountIds;
}

/** The longest bucket name (`<project>-<environment>-<purpose>-<account id>-<region code>`) must fit S3's 63 characters. */
function checkBucketNameLength(project: string, names: readonly string[], problems: ProblemCollector): void {
  const longestName = names.reduce((a, b) => (b.length > a.length ? b : a), '');
  const longestBucket = [project, longestName, LONGEST_BUCKET_PURPOSE, '123456789012', 'x'.repeat(LONGEST_REGION_CODE)].join('-');
  if (longestBucket.length > MAX_BUCKET_NAME_LENGTH) {
    problems.add(
      'projectName',
      project,
      `makes S3 bucket names too long: "<projectName>-<environment>-${LONGEST_BUCKET_PURPOSE}-<account id>-<region code>" takes ${longestBucket.length} characters with environment ${JSON.stringify(longestName)}, S3 allows ${MAX_BUCKET_NAME_LENGTH} (shorten the project or environment name)`,
    );
  }
}

export function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}
