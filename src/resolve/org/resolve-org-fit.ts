import { OrgFitOptions } from './org-fit-options';
import { OrgFitSettings } from '../../kernel/org-fit-model';
import * as vocabulary from '../../kernel/vocabulary';
import { parseEnvironmentPairs as pairs } from '../environment-pairs';
import { ProblemCollector } from '../problem-collector';

/** An environment as the org-fit options see it. */
export interface OrgFitEnvironment {
  readonly name: string;
  readonly accountId: string;
  readonly regions: readonly string[];
}

export interface OrgFitContext {
  readonly environments: readonly OrgFitEnvironment[];
}

export interface OrgFit {
  readonly byEnvironment: ReadonlyMap<string, OrgFitSettings>;
  /** Environments whose VPC blocks come from IPAM pools. */
  readonly ipamEnvironments: ReadonlySet<string>;
}

export const DEFAULT_IPAM_NETMASK_LENGTH = 16;
const PARTITION = '(aws|aws-cn|aws-us-gov)';
const SNS_TOPIC_ARN = new RegExp(`^arn:${PARTITION}:sns:[a-z0-9-]+:(\\d{12}):[A-Za-z0-9_-]{1,256}$`);
const ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):role\\/(?:[\\w+=,.@-]+\\/)*[\\w+=,.@-]{1,64}$`);
const GITHUB_OIDC_PROVIDER_ARN = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):oidc-provider\\/token\\.actions\\.githubusercontent\\.com$`);
const IPAM_POOL_ID = /^ipam-pool-[0-9a-f]{8,17}$/;

type ArnRule = { readonly pattern: RegExp; readonly expected: string; readonly sameAccount: boolean };
const ARN_RULES: Readonly<Record<'securityTopicArns' | 'dnsRoleArns' | 'githubOidcProviderArns', ArnRule>> = {
  securityTopicArns: { pattern: SNS_TOPIC_ARN, expected: 'an SNS topic ARN ("arn:aws:sns:<region>:<account id>:<topic name>")', sameAccount: false },
  dnsRoleArns: { pattern: ROLE_ARN, expected: 'an IAM role ARN ("arn:aws:iam::<DNS account id>:role/<name>")', sameAccount: false },
  githubOidcProviderArns: {
    pattern: GITHUB_OIDC_PROVIDER_ARN,
    expected: 'the ARN of a GitHub OIDC provider ("arn:aws:iam::<account id>:oidc-provider/token.actions.githubusercontent.com")',
    sameAccount: true,
  },
};

/** How each environment fits its organisation; records unknown baselines, malformed ARNs and incomplete IPAM pools. */
export function resolveOrgFit(options: OrgFitOptions, context: OrgFitContext, problems: ProblemCollector): OrgFit {
  const { environments } = context;
  const baselines = resolveBaselines(options, environments, problems);
  const topics = resolveArns('securityTopicArns', options, environments, problems);
  const dnsRoles = resolveArns('dnsRoleArns', options, environments, problems);
  const providers = resolveArns('githubOidcProviderArns', options, environments, problems);
  const netmaskLength = options.ipamNetmaskLength ?? DEFAULT_IPAM_NETMASK_LENGTH;
  if (!Number.isInteger(netmaskLength) || netmaskLength < 16 || netmaskLength > 22) {
    problems.add('ipamNetmaskLength', netmaskLength, 'is not allowed: use 16 to 22 (each VPC holds 3 tiers of subnets in up to 4 availability zones, a quarter of its size each)');
  }
  const pools = resolveIpamPools(options, environments, problems);
  const byEnvironment = new Map(
    environments.map((e) => [
      e.name,
      withoutUndefined({
        securityBaseline: baselines.get(e.name) ?? 'managed',
        securityTopicArn: topics.get(e.name),
        dnsRoleArn: dnsRoles.get(e.name),
        githubOidcProviderArn: providers.get(e.name),
        ipam: pools.has(e.name) ? { poolIds: pools.get(e.name)!, netmaskLength } : undefined,
      }),
    ]),
  );
  return { byEnvironment, ipamEnvironments: new Set(pools.keys()) };
}

function resolveBaselines(
  options: OrgFitOptions,
  environments: readonly OrgFitEnvironment[],
  problems: ProblemCollector,
): Map<string, vocabulary.SecurityBaseline> {
  const baselines = new Map<string, vocabulary.SecurityBaseline>();
  for (const [env, baseline] of pairs('securityBaselines', options.securityBaselines, environments.map((e) => e.name), problems)) {
    if (vocabulary.isOneOf(vocabulary.SECURITY_BASELINES, baseline)) baselines.set(env, baseline);
    else problems.add('securityBaselines', `${env}=${baseline}`, 'has an unknown baseline: use "managed" (the platform creates the account\'s security services) or "external" (the organisation provides them)');
  }
  const accounts = new Map<string, OrgFitEnvironment[]>();
  environments.forEach((e) => accounts.set(e.accountId, [...(accounts.get(e.accountId) ?? []), e]));
  for (const [accountId, sharing] of accounts) {
    const chosen = new Set(sharing.map((e) => baselines.get(e.name) ?? 'managed'));
    if (sharing.length > 1 && chosen.size > 1) {
      problems.add(
        'securityBaselines',
        sharing.map((e) => `${e.name}=${baselines.get(e.name) ?? 'managed'}`),
        `mixes baselines in account ${accountId}: environments that share an account share its security services, so give them the same baseline`,
      );
    }
  }
  return baselines;
}

/** The valid ARNs of a per-environment ARN option; a provider of the environment's own account where it must be. */
function resolveArns(
  option: keyof typeof ARN_RULES,
  options: OrgFitOptions,
  environments: readonly OrgFitEnvironment[],
  problems: ProblemCollector,
): Map<string, string> {
  const { pattern, expected, sameAccount } = ARN_RULES[option];
  const arns = pairs(option, options[option], environments.map((e) => e.name), problems);
  for (const [env, arn] of arns) {
    const match = pattern.exec(arn);
    const accountId = environments.find((e) => e.name === env)?.accountId;
    if (!match) {
      problems.add(option, `${env}=${arn}`, `is not ${expected}`);
    } else if (sameAccount && match[2] !== accountId) {
      problems.add(option, `${env}=${arn}`, `is in account ${match[2]}, but ${env} deploys to account ${accountId} (accountIds)`);
    }
  }
  return arns;
}

/** `ipamPools` (`<environment>=<region>:<pool id>`): a pool for every region of an environment that has any. */
function resolveIpamPools(
  options: OrgFitOptions,
  environments: readonly OrgFitEnvironment[],
  problems: ProblemCollector,
): Map<string, Record<string, string>> {
  const pools = new Map<string, Record<string, string>>();
  for (const [entry, env, region, poolId] of ipamEntries(options.ipamPools ?? [], environments, problems)) {
    const byRegion = pools.get(env) ?? {};
    if (region in byRegion) problems.addLines([`ipamPools: ${JSON.stringify(entry)} gives ${env} a second pool in ${region}`]);
    else byRegion[region] = poolId;
    pools.set(env, byRegion);
  }
  for (const [env, byRegion] of pools) {
    const environment = environments.find((e) => e.name === env)!;
    for (const [region, poolId] of Object.entries(byRegion)) {
      if (!environment.regions.includes(region)) {
        problems.add('ipamPools', `${env}=${region}:${poolId}`, `names region ${region}, which is not one of ${env}'s regions (${environment.regions.join(', ')})`);
      }
      if (!IPAM_POOL_ID.test(poolId)) problems.add('ipamPools', `${env}=${region}:${poolId}`, 'has a malformed pool id: an IPAM pool id looks like "ipam-pool-0123456789abcdef0"');
    }
    const missing = environment.regions.filter((r) => !(r in byRegion));
    if (missing.length > 0) {
      problems.add('ipamPools', env, `gives no IPAM pool for ${missing.join(', ')}: add "${env}=<region>:<ipam pool id>" for every region of the environment`);
    }
  }
  return pools;
}

/** The well-formed `ipamPools` entries of known environments, as `[entry, environment, region, pool id]`. */
function ipamEntries(entries: readonly string[], environments: readonly OrgFitEnvironment[], problems: ProblemCollector): string[][] {
  const names = environments.map((e) => e.name);
  const result: string[][] = [];
  for (const entry of entries) {
    const match = /^([^=\s]+)=([a-z0-9-]+):(\S+)$/.exec(entry);
    if (!match) {
      problems.addLines([`ipamPools: ${JSON.stringify(entry)} is not of the form "<environment>=<region>:<ipam pool id>"`]);
    } else if (!names.includes(match[1])) {
      problems.addLines([`ipamPools: ${JSON.stringify(entry)} names an unknown environment: use one of ${names.join(', ')}`]);
    } else {
      result.push([entry, match[1], match[2], match[3]]);
    }
  }
  return result;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
