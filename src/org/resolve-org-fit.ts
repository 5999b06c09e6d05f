import { parseEnvironmentPairs as pairs } from '../environment-pairs';
import { OrgFitOptions } from './org-fit-options';
import { OrgFitSettings } from '../kernel/org-fit-model';
import * as vocabulary from '../kernel/vocabulary';

/** An environment as the org-fit options see it. */
export interface OrgFitEnvironment {
  readonly name: string;
  readonly accountId: string;
  readonly regions: readonly string[];
}

const SECURITY_BASELINES: readonly string[] = vocabulary.SECURITY_BASELINES;
export const DEFAULT_IPAM_NETMASK_LENGTH = 16;
const PARTITION = '(aws|aws-cn|aws-us-gov)';
const SNS_TOPIC_ARN = new RegExp(`^arn:${PARTITION}:sns:[a-z0-9-]+:(\\d{12}):[A-Za-z0-9_-]{1,256}$`);
const ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):role\\/(?:[\\w+=,.@-]+\\/)*[\\w+=,.@-]{1,64}$`);
const GITHUB_OIDC_PROVIDER_ARN = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):oidc-provider\\/token\\.actions\\.githubusercontent\\.com$`);
const IPAM_POOL_ID = /^ipam-pool-[0-9a-f]{8,17}$/;
const GITHUB_REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

type Problem = (option: string, value: unknown, expected: string) => void;

/** Every problem of the org-fit options, in the words of `resolveSettings`. */
export function orgFitProblems(options: OrgFitOptions, environments: readonly OrgFitEnvironment[], defaultRepository: string): string[] {
  const problems: string[] = [];
  const problem: Problem = (option, value, expected) => problems.push(`${option}: ${JSON.stringify(value)} ${expected}`);
  const names = environments.map((e) => e.name);
  const byName = new Map(environments.map((e) => [e.name, e]));

  const baselines = pairs('securityBaselines', options.securityBaselines, names, problems);
  for (const [env, baseline] of baselines) {
    if (!SECURITY_BASELINES.includes(baseline)) {
      problem('securityBaselines', `${env}=${baseline}`, 'has an unknown baseline: use "managed" (the platform creates the account\'s security services) or "external" (the organisation provides them)');
    }
  }
  const accounts = new Map<string, OrgFitEnvironment[]>();
  environments.forEach((e) => accounts.set(e.accountId, [...(accounts.get(e.accountId) ?? []), e]));
  for (const [accountId, sharing] of accounts) {
    const chosen = new Set(sharing.map((e) => baselines.get(e.name) ?? 'managed'));
    if (sharing.length > 1 && chosen.size > 1) {
      problem(
        'securityBaselines',
        sharing.map((e) => `${e.name}=${baselines.get(e.name) ?? 'managed'}`),
        `mixes baselines in account ${accountId}: environments that share an account share its security services, so give them the same baseline`,
      );
    }
  }

  const inAccount = (option: string, env: string, arn: string, pattern: RegExp, expected: string, sameAccount: boolean) => {
    const match = pattern.exec(arn);
    if (!match) {problem(option, `${env}=${arn}`, `is not ${expected}`);} else if (sameAccount && match[2] !== byName.get(env)?.accountId) {
      problem(option, `${env}=${arn}`, `is in account ${match[2]}, but ${env} deploys to account ${byName.get(env)?.accountId} (accountIds)`);
    }
  };
  for (const [env, arn] of pairs('securityTopicArns', options.securityTopicArns, names, problems)) {
    inAccount('securityTopicArns', env, arn, SNS_TOPIC_ARN, 'an SNS topic ARN ("arn:aws:sns:<region>:<account id>:<topic name>")', false);
  }
  for (const [env, arn] of pairs('dnsRoleArns', options.dnsRoleArns, names, problems)) {
    inAccount('dnsRoleArns', env, arn, ROLE_ARN, 'an IAM role ARN ("arn:aws:iam::<DNS account id>:role/<name>")', false);
  }
  for (const [env, arn] of pairs('githubOidcProviderArns', options.githubOidcProviderArns, names, problems)) {
    inAccount(
      'githubOidcProviderArns',
      env,
      arn,
      GITHUB_OIDC_PROVIDER_ARN,
      'the ARN of a GitHub OIDC provider ("arn:aws:iam::<account id>:oidc-provider/token.actions.githubusercontent.com")',
      true,
    );
  }

  const repository = options.githubRepository ?? defaultRepository;
  if (!GITHUB_REPOSITORY.test(repository)) {
    problem('githubRepository', repository, 'is not a GitHub repository: use "<owner>/<repository>" (e.g. "acme/payments-infra")');
  }

  const netmask = options.ipamNetmaskLength ?? DEFAULT_IPAM_NETMASK_LENGTH;
  if (!Number.isInteger(netmask) || netmask < 16 || netmask > 22) {
    problem('ipamNetmaskLength', netmask, 'is not allowed: use 16 to 22 (each VPC holds 3 tiers of subnets in up to 4 availability zones, a quarter of its size each)');
  }
  const pools = ipamPoolsOf(options.ipamPools ?? [], names, problems);
  for (const [env, byRegion] of pools) {
    const environment = byName.get(env)!;
    for (const [region, poolId] of Object.entries(byRegion)) {
      if (!environment.regions.includes(region)) {
        problem('ipamPools', `${env}=${region}:${poolId}`, `names region ${region}, which is not one of ${env}'s regions (${environment.regions.join(', ')})`);
      }
      if (!IPAM_POOL_ID.test(poolId)) problem('ipamPools', `${env}=${region}:${poolId}`, 'has a malformed pool id: an IPAM pool id looks like "ipam-pool-0123456789abcdef0"');
    }
    const missing = environment.regions.filter((r) => !(r in byRegion));
    if (missing.length > 0) {
      problem('ipamPools', env, `gives no IPAM pool for ${missing.join(', ')}: add "${env}=<region>:<ipam pool id>" for every region of the environment`);
    }
  }
  return problems;
}

/** A DNS role serves the environment's hosted zone: without `edge.hostedZoneId` it would be silently unused. */
export function dnsRoleProblems(options: OrgFitOptions, environments: readonly { name: string; hostedZoneId?: string }[]): string[] {
  const names = environments.map((e) => e.name);
  return [...pairs('dnsRoleArns', options.dnsRoleArns, names, [])]
    .filter(([env]) => !environments.find((e) => e.name === env)?.hostedZoneId)
    .map(([env, arn]) =>
      `dnsRoleArns: ${JSON.stringify(`${env}=${arn}`)} has no hosted zone to serve: set capabilities.edge.hostedZoneId (or environmentCapabilities.${env}.edge.hostedZoneId) to the zone in the DNS account`,
    );
}

/** Resolves options that `orgFitProblems` found valid. */
export function resolveOrgFit(options: OrgFitOptions, environments: readonly OrgFitEnvironment[]): Map<string, OrgFitSettings> {
  const names = environments.map((e) => e.name);
  const get = (entries: string[] | undefined) => pairs('', entries, names, []);
  const baselines = get(options.securityBaselines);
  const topics = get(options.securityTopicArns);
  const dnsRoles = get(options.dnsRoleArns);
  const providers = get(options.githubOidcProviderArns);
  const pools = ipamPoolsOf(options.ipamPools ?? [], names, []);
  const netmaskLength = options.ipamNetmaskLength ?? DEFAULT_IPAM_NETMASK_LENGTH;
  return new Map(
    environments.map((e) => [
      e.name,
      withoutUndefined({
        securityBaseline: securityBaselineOf(baselines.get(e.name)),
        securityTopicArn: topics.get(e.name),
        dnsRoleArn: dnsRoles.get(e.name),
        githubOidcProviderArn: providers.get(e.name),
        ipam: pools.has(e.name) ? { poolIds: pools.get(e.name)!, netmaskLength } : undefined,
      }),
    ]),
  );
}

/** The baseline an environment asked for; `managed` when it asked for none (or for a word `orgFitProblems` refused). */
function securityBaselineOf(value: string | undefined): vocabulary.SecurityBaseline {
  return value !== undefined && vocabulary.isOneOf(vocabulary.SECURITY_BASELINES, value) ? value : 'managed';
}

/** Environments whose VPC blocks come from IPAM pools. */
export function ipamEnvironments(options: OrgFitOptions, environments: readonly string[]): Set<string> {
  return new Set(ipamPoolsOf(options.ipamPools ?? [], environments, []).keys());
}

function ipamPoolsOf(entries: readonly string[], environments: readonly string[], problems: string[]): Map<string, Record<string, string>> {
  const result = new Map<string, Record<string, string>>();
  for (const entry of entries) {
    const match = /^([^=\s]+)=([a-z0-9-]+):(\S+)$/.exec(entry);
    if (!match) {
      problems.push(`ipamPools: ${JSON.stringify(entry)} is not of the form "<environment>=<region>:<ipam pool id>"`);
      continue;
    }
    const [, env, region, poolId] = match;
    if (!environments.includes(env)) {
      problems.push(`ipamPools: ${JSON.stringify(entry)} names an unknown environment: use one of ${environments.join(', ')}`);
      continue;
    }
    const byRegion = result.get(env) ?? {};
    if (region in byRegion) problems.push(`ipamPools: ${JSON.stringify(entry)} gives ${env} a second pool in ${region}`);
    else byRegion[region] = poolId;
    result.set(env, byRegion);
  }
  return result;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
