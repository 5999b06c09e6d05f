import { CiCdOptions } from './ci-options';
import { actionRefProblem, DEFAULT_ACTION_REFS } from '../../ci/action-refs';
import { parseEnvironmentPairs } from '../environment-pairs';
import { ProblemCollector } from '../problem-collector';

export const CI_WORKFLOWS = ['build', 'plan', 'deploy', 'drift', 'template-upgrade'] as const;
export type CiWorkflow = (typeof CI_WORKFLOWS)[number];

const DEFAULTS = {
  terraformVersion: '1.11.4',
  driftSchedule: '17 5 * * *',
  templateUpgradeSchedule: '23 4 * * 1',
  planRetentionDays: 7,
};

/** The oldest Terraform whose S3 backend locks with `use_lockfile`. */
const MINIMUM_TERRAFORM = [1, 10, 0];
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** An environment as the workflows see it. */
export interface CiEnvironment {
  readonly name: string;
  readonly accountId: string;
  /** Region the credentials are requested in (the environment's primary region). */
  readonly region: string;
}

export interface ResolvedCiEnvironment extends CiEnvironment {
  readonly planRoleArn: string;
  readonly deployRoleArn: string;
}

export interface ResolvedCiCd {
  readonly workflows: ReadonlySet<CiWorkflow>;
  /** In promotion order. */
  readonly environments: readonly ResolvedCiEnvironment[];
  readonly terraformVersion: string;
  readonly driftSchedule: string;
  readonly templateUpgradeSchedule: string;
  readonly actionRefs: Readonly<Record<string, string>>;
  readonly planRetentionDays: number;
}

/** The options this module reads, beyond CiCdOptions: projen's own switches that decide whether workflows can exist. */
export interface CiCdProjectOptions extends CiCdOptions {
  readonly projectName?: string;
  readonly github?: boolean;
  readonly buildWorkflow?: boolean;
}

export interface CiCdContext {
  readonly project: string;
  /** The resolved environments, in promotion order. */
  readonly environments: readonly CiEnvironment[];
}

/**
 * The workflows and what they run with; records every option that names an unknown workflow, a role of another
 * account, a Terraform without `use_lockfile`, a schedule GitHub would not run or an action ref it cannot pin.
 */
export function resolveCiCd(options: CiCdProjectOptions, context: CiCdContext, problems: ProblemCollector): ResolvedCiCd {
  const workflows = resolveWorkflows(options, problems);
  const planRoles = resolveRoleArns('planRoleArns', options, context.environments, problems);
  const deployRoles = resolveRoleArns('deployRoleArns', options, context.environments, problems);
  const terraformVersion = resolveTerraformVersion(options, problems);
  for (const option of ['driftSchedule', 'templateUpgradeSchedule'] as const) {
    const cron = options[option];
    const cronProblem = cron === undefined ? undefined : cronScheduleProblem(cron);
    if (cronProblem) problems.add(option, cron, cronProblem);
  }
  checkActionRefs(options, problems);
  const planRetentionDays = options.planRetentionDays ?? DEFAULTS.planRetentionDays;
  if (!Number.isInteger(planRetentionDays) || planRetentionDays < 1 || planRetentionDays > 90) {
    problems.add('planRetentionDays', planRetentionDays, 'is not allowed: use a whole number of days from 1 to 90 (GitHub keeps artifacts at most 90 days)');
  }
  const partition = (region: string) => (region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws');
  const defaultRole = (env: CiEnvironment, purpose: string) => `arn:${partition(env.region)}:iam::${env.accountId}:role/${context.project}-${env.name}-github-${purpose}`;
  return {
    workflows: options.github === false ? new Set() : workflows,
    environments: context.environments.map((env) => ({
      ...env,
      planRoleArn: planRoles.get(env.name) ?? defaultRole(env, 'plan'),
      deployRoleArn: deployRoles.get(env.name) ?? defaultRole(env, 'deploy'),
    })),
    terraformVersion,
    driftSchedule: options.driftSchedule ?? DEFAULTS.driftSchedule,
    templateUpgradeSchedule: options.templateUpgradeSchedule ?? DEFAULTS.templateUpgradeSchedule,
    actionRefs: { ...(options.ciActionRefs ?? {}) },
    planRetentionDays,
  };
}

function resolveWorkflows(options: CiCdProjectOptions, problems: ProblemCollector): Set<CiWorkflow> {
  for (const workflow of options.ciWorkflows ?? []) {
    if (!(CI_WORKFLOWS as readonly string[]).includes(workflow)) {
      problems.add('ciWorkflows', workflow, `is not a workflow: use any of ${CI_WORKFLOWS.join(', ')}`);
    }
  }
  const requested = options.ciWorkflows ?? [...CI_WORKFLOWS];
  const workflows = new Set(CI_WORKFLOWS.filter((w) => requested.includes(w)));
  if (options.github === false && options.ciWorkflows && options.ciWorkflows.length > 0) {
    problems.add('ciWorkflows', options.ciWorkflows, 'needs GitHub: remove "github: false" or set ciWorkflows to []');
  }
  if (options.buildWorkflow === true && workflows.has('build')) {
    problems.add('buildWorkflow', true, 'conflicts with the "build" workflow of ciWorkflows (both write .github/workflows/build.yml): leave buildWorkflow out or remove "build" from ciWorkflows');
  }
  return workflows;
}

function resolveRoleArns(
  option: 'planRoleArns' | 'deployRoleArns',
  options: CiCdProjectOptions,
  environments: readonly CiEnvironment[],
  problems: ProblemCollector,
): Map<string, string> {
  const arns = parseEnvironmentPairs(option, options[option], environments.map((e) => e.name), problems, 'role ARN');
  for (const [env, arn] of arns) {
    const match = ROLE_ARN.exec(arn);
    const accountId = environments.find((e) => e.name === env)!.accountId;
    if (!match) {
      problems.add(option, `${env}=${arn}`, 'has a malformed role ARN: use "arn:aws:iam::<12-digit account id>:role/<name>"');
    } else if (match[2] !== accountId) {
      problems.add(option, `${env}=${arn}`, `names a role in account ${match[2]}, but ${env} deploys to account ${accountId} (accountIds): the providers refuse any other account`);
    }
  }
  return arns;
}

function resolveTerraformVersion(options: CiCdProjectOptions, problems: ProblemCollector): string {
  const terraformVersion = options.terraformVersion ?? DEFAULTS.terraformVersion;
  const version = /^(\d+)\.(\d+)\.(\d+)$/.exec(terraformVersion);
  if (!version) {
    problems.add('terraformVersion', terraformVersion, 'is not an exact Terraform version: use "<major>.<minor>.<patch>" (e.g. "1.11.4")');
  } else if (compareVersions(version.slice(1).map(Number), MINIMUM_TERRAFORM) < 0) {
    problems.add('terraformVersion', terraformVersion, `is too old: the S3 backend locks with use_lockfile, which needs Terraform ${MINIMUM_TERRAFORM.join('.')} or later`);
  }
  return terraformVersion;
}

function checkActionRefs(options: CiCdProjectOptions, problems: ProblemCollector): void {
  const requireSha = options.ciRequireShaPinning ?? false;
  for (const [action, ref] of Object.entries(options.ciActionRefs ?? {})) {
    if (!(action in DEFAULT_ACTION_REFS)) {
      problems.add('ciActionRefs', action, `is not an action the workflows use: use any of ${Object.keys(DEFAULT_ACTION_REFS).join(', ')}`);
      continue;
    }
    const refProblem = typeof ref === 'string' ? actionRefProblem(ref, requireSha) : 'is not a string';
    if (refProblem) problems.add('ciActionRefs', `${action}=${ref}`, refProblem);
  }
  if (requireSha) {
    const unpinned = Object.keys(DEFAULT_ACTION_REFS).filter((a) => !options.ciActionRefs?.[a] && actionRefProblem(DEFAULT_ACTION_REFS[a], true));
    if (unpinned.length > 0) {
      problems.add('ciRequireShaPinning', true, `needs a commit SHA in ciActionRefs for ${unpinned.join(', ')} (their default refs are tags)`);
    }
  }
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return 0;
}

const CRON_FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 6 },
];

/** Why GitHub would not run a `schedule` cron expression, or undefined when it would. */
export function cronScheduleProblem(cron: string): string | undefined {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) {
    return 'is not a cron expression of five fields "<minute> <hour> <day of month> <month> <day of week>" in UTC (e.g. "17 5 * * *")';
  }
  for (let i = 0; i < 5; i++) {
    const { name, min, max } = CRON_FIELDS[i];
    for (const item of fields[i].split(',')) {
      const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(item);
      const numbers = match ? [match[2], match[3]].filter((n) => n !== undefined).map(Number) : [];
      const step = match?.[4] === undefined ? undefined : Number(match[4]);
      if (!match || numbers.some((n) => n < min || n > max) || (numbers.length === 2 && numbers[0] > numbers[1]) || step === 0) {
        return `has an invalid ${name} field ${JSON.stringify(fields[i])}: use numbers from ${min} to ${max}, "*", ranges "a-b", lists "a,b" and steps "/n"`;
      }
      if (i === 0 && match[1] === '*' && (step ?? 1) < 5) {
        return 'runs more often than every 5 minutes, which GitHub does not allow: give the minute field explicitly (e.g. "17")';
      }
    }
  }
  return undefined;
}
