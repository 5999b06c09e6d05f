import { withAlarmEmails } from './alarm-subscribers';
import { resolveCapabilities } from './capabilities';
import { ciCdProblems } from './ci/resolve-ci';
import { parseEnvironmentPairs as parsePairs } from './environment-pairs';
import { guardrailProblems } from './guardrails/resolve-guardrails';
import { ACCOUNT_ID, placeholderAccountId } from './kernel/account-ids';
import { LONGEST_BUCKET_PURPOSE, MAX_BUCKET_NAME_LENGTH, s3BucketNameProblem } from './kernel/bucket-names';
import { blocksOverlap, formatCidr, isPrivateBlock, tryParseCidr as parseCidr } from './kernel/cidr';
import { inferProfile } from './kernel/profiles';
import { PlatformSettings } from './kernel/settings-model';
import { MANAGED_BY, tagValueProblem } from './kernel/tags';
import * as vocabulary from './kernel/vocabulary';
import { typedOptions } from './option-types';
import { SecureAwsStackProjectOptions } from './options';
import { addressPlanProblems } from './org/address-plan';
import { ipamEnvironments, dnsRoleProblems, orgFitProblems, resolveOrgFit } from './org/resolve-org-fit';
import { AVAILABILITY_ZONES, LONGEST_REGION_CODE, regionCode, SUPPORTED_REGIONS } from './regions';
import { securityContactProblems, withSecurityContact } from './security-contact';
import { extraTagProblems, extraTags } from './tagging/resolve-tags';
import { resolveUpgrades, upgradeProblems } from './upgrades/resolve-upgrades';

export { LONGEST_BUCKET_PURPOSE };
const DATA_CLASSIFICATIONS: readonly string[] = vocabulary.DATA_CLASSIFICATIONS;
const ENVIRONMENT_PROFILES: readonly string[] = vocabulary.ENVIRONMENT_PROFILES;
const PRESETS: readonly string[] = vocabulary.PLATFORM_PRESETS;

/** Secondary regions a preset picks when `secondaryRegions` is not given, nearest geography first. */
const SECONDARY_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  us: ['us-west-2', 'us-east-2', 'us-east-1'],
  ca: ['ca-west-1', 'us-east-2', 'us-west-2'],
  eu: ['eu-west-1', 'eu-central-1', 'eu-west-2'],
  ap: ['ap-southeast-2', 'ap-northeast-1', 'ap-southeast-1'],
  sa: ['us-east-1', 'us-east-2'],
  me: ['eu-central-1', 'eu-west-1'],
  il: ['eu-central-1', 'eu-west-1'],
  af: ['eu-west-1', 'eu-central-1'],
};

const DEFAULTS = {
  organization: 'example-org',
  owner: 'platform-team',
  costCenter: 'cc-0000',
  dataClassification: 'internal',
  environments: ['dev', 'staging', 'production'],
  primaryRegion: 'us-east-1',
  preset: 'multi-region',
  networkCidr: '10.0.0.0/8',
};

/**
 * Thrown when options cannot produce a working repository; lists every problem found at once. Printed as it is
 * (projen prints `error.stack`, Node prints an uncaught error with its own properties): the header and one line per
 * problem, without a stack trace (the options are at fault, not the code) and without a second copy of the list.
 */
export class InvalidOptionsError extends Error {
  public readonly problems!: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      'secure-aws-stack: invalid options in .projenrc.ts (or projen new flags); nothing was written.\n' +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    Object.defineProperty(this, 'name', { value: 'InvalidOptionsError', enumerable: false });
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    Object.defineProperty(this, 'stack', { value: this.message, enumerable: false, writable: true, configurable: true });
  }
}

const PROJECT_NAME = /^[a-z][a-z0-9-]{1,18}[a-z0-9]$/;
const ORGANIZATION = /^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$/;
const ENVIRONMENT_NAME = /^[a-z][a-z0-9]{1,11}$/;

/** Validates the options and derives the platform settings; throws InvalidOptionsError listing every problem. */
export function resolveSettings(untypedOptions: SecureAwsStackProjectOptions): PlatformSettings {
  const { options, problems: typeProblems } = typedOptions(untypedOptions);
  const problems: string[] = [...typeProblems];
  const problem = (option: string, value: unknown, expected: string) =>
    problems.push(`${option}: ${JSON.stringify(value)} ${expected}`);

  const project = options.projectName ?? defaultProjectName(options.name);
  if (!PROJECT_NAME.test(project) || project.includes('--')) {
    problem(
      'projectName',
      project,
      'cannot be part of S3 bucket and resource names: use 3 to 20 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen (e.g. "payments")',
    );
  }

  const organization = options.organization ?? DEFAULTS.organization;
  if (!ORGANIZATION.test(organization) || organization.includes('--')) {
    problem('organization', organization, 'is not allowed: use 2 to 32 lowercase letters, digits and single hyphens (e.g. "acme")');
  }

  const tagOption = (option: string, value: string | undefined, fallback: string) => {
    const resolved = value ?? fallback;
    if (resolved.length === 0 || tagValueProblem(resolved) !== undefined) {
      problem(
        option,
        resolved,
        'is not a valid AWS tag value: use 1 to 256 letters, digits, spaces and + - = . _ : / @, without leading or trailing spaces',
      );
    }
    return resolved;
  };
  const owner = tagOption('owner', options.owner, DEFAULTS.owner);
  const costCenter = tagOption('costCenter', options.costCenter, DEFAULTS.costCenter);

  const dataClassification = options.dataClassification ?? DEFAULTS.dataClassification;
  if (!DATA_CLASSIFICATIONS.includes(dataClassification)) {
    problem('dataClassification', dataClassification, `is not allowed: use one of ${DATA_CLASSIFICATIONS.join(', ')}`);
  }

  const environments = options.environments ?? DEFAULTS.environments;
  if (environments.length === 0) {
    problem('environments', environments, 'is empty: list at least one environment (e.g. ["dev", "production"])');
  }
  for (const env of environments) {
    if (!ENVIRONMENT_NAME.test(env)) {
      problem('environments', env, 'is not a valid environment name: use 2 to 12 lowercase letters and digits, starting with a letter');
    }
  }
  for (const env of duplicates(environments)) {
    problem('environments', env, 'is listed more than once: each environment must be unique');
  }
  // Checks that look at every environment wait for a valid list, so a bad list is reported once, at its cause.
  const environmentsValid = !problems.some((p) => p.startsWith('environments:'));

  const profiles = new Map<string, vocabulary.EnvironmentProfile>();
  for (const [env, profile] of parsePairs('environmentProfiles', options.environmentProfiles ?? [], environments, problems)) {
    if (vocabulary.isOneOf(vocabulary.ENVIRONMENT_PROFILES, profile)) profiles.set(env, profile);
    else problem('environmentProfiles', `${env}=${profile}`, `has an unknown profile: use one of ${ENVIRONMENT_PROFILES.join(', ')}`);
  }

  const accountIds = parsePairs('accountIds', options.accountIds ?? [], environments, problems);
  for (const [env, id] of accountIds) {
    if (!ACCOUNT_ID.test(id)) {
      problem('accountIds', `${env}=${id}`, 'has a malformed account id: an AWS account id is exactly 12 digits');
    }
  }
  if (options.accountIds && options.accountIds.length > 0) {
    const missing = environments.filter((env) => !accountIds.has(env));
    if (missing.length > 0) {
      problem('accountIds', options.accountIds, `gives no account id for ${missing.join(', ')}: add "<environment>=<12 digits>" for every environment`);
    }
  }

  const primaryRegion = options.primaryRegion ?? DEFAULTS.primaryRegion;
  checkRegion('primaryRegion', primaryRegion, problem);
  // What follows from an unknown primary region (default secondary regions, the state region) is reported once, there.
  const primaryKnown = primaryRegion in AVAILABILITY_ZONES;
  const preset = options.preset ?? (options.secondaryRegions ? presetOf(options.secondaryRegions) : DEFAULTS.preset);
  if (!PRESETS.includes(preset)) problem('preset', preset, `is not a preset: use one of ${PRESETS.join(', ')}`);
  const secondaryRegions = options.secondaryRegions ?? defaultSecondaryRegions(preset, primaryRegion);
  if (options.secondaryRegions && options.preset && PRESETS.includes(preset) && presetOf(secondaryRegions) !== preset) {
    problem(
      'secondaryRegions',
      secondaryRegions,
      `conflicts with preset ${JSON.stringify(preset)}: baseline has no secondary region, multi-region exactly one, enterprise at least two (leave secondaryRegions out to get the preset's regions)`,
    );
  }
  if (primaryKnown && !options.secondaryRegions && PRESETS.includes(preset) && secondaryRegions.length < minimumSecondaries(preset)) {
    problem('preset', preset, `has no default secondary regions for primary region ${primaryRegion}: give secondaryRegions explicitly`);
  }
  for (const region of secondaryRegions) {
    checkRegion('secondaryRegions', region, problem);
    if (region === primaryRegion) {
      problem('secondaryRegions', region, 'is the primary region: secondary regions must differ from primaryRegion');
    }
  }
  for (const region of duplicates(secondaryRegions)) {
    problem('secondaryRegions', region, 'is listed more than once');
  }
  const regions = [primaryRegion, ...secondaryRegions.filter((r) => r !== primaryRegion)];

  const stateBucket = options.stateBucket ?? `${organization}-${project}-tfstate`;
  const bucketProblem = s3BucketNameProblem(stateBucket);
  if (bucketProblem) problem('stateBucket', stateBucket, bucketProblem);
  const stateRegion = options.stateRegion ?? primaryRegion;
  if (options.stateRegion !== undefined) checkRegion('stateRegion', stateRegion, problem);

  const explicitCidrs = parsePairs('environmentCidrs', options.environmentCidrs ?? [], environments, problems);
  const networkCidr = options.networkCidr ?? DEFAULTS.networkCidr;
  const network = parseCidr(networkCidr);
  let environmentBlocks: string[] = [];
  if (!network || network.prefixLength > 12) {
    problem('networkCidr', networkCidr, 'is not an IPv4 CIDR block of size /12 or larger with its host bits clear (e.g. "10.0.0.0/8")');
  } else if (!isPrivateBlock(network)) {
    problem('networkCidr', networkCidr, 'is not inside a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)');
  } else {
    const capacity = 2 ** (12 - network.prefixLength);
    if (environments.length > capacity) {
      problem('networkCidr', networkCidr, `holds ${capacity} environment blocks (/12 each) but ${environments.length} environments are configured`);
    }
    environmentBlocks = environments.map((_, i) => formatCidr({ address: network.address + i * 2 ** 20, prefixLength: 12 }));
  }
  if (regions.length > 16) {
    problem('secondaryRegions', secondaryRegions, 'has too many regions: an environment block (/12) holds 16 regional /16 VPCs');
  }
  const regionalPrefix = 16 - Math.ceil(Math.log2(Math.max(regions.length, 1)));
  for (const [env, cidr] of explicitCidrs) {
    const block = parseCidr(cidr);
    if (!block || block.prefixLength > regionalPrefix) {
      problem('environmentCidrs', `${env}=${cidr}`, `is not an IPv4 CIDR block of size /${regionalPrefix} or larger with its host bits clear: it must hold one /16 per region (${regions.length})`);
    } else if (!isPrivateBlock(block)) {
      problem('environmentCidrs', `${env}=${cidr}`, 'is not inside a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)');
    } else {
      environmentBlocks[environments.indexOf(env)] = cidr;
    }
  }
  // VPCs of environments with IPAM pools take their blocks from the pools: the organisation's IPAM keeps them apart.
  const fromIpam = ipamEnvironments(options, environments);
  environmentBlocks = environmentBlocks.map((block, i) => (fromIpam.has(environments[i]) ? '' : block));
  environmentBlocks.forEach((a, i) =>
    environmentBlocks.slice(i + 1).forEach((b, j) => {
      if (a && b && blocksOverlap(parseCidr(a)!, parseCidr(b)!)) {
        problem('environmentCidrs', `${environments[i]}=${a}`, `overlaps ${environments[i + 1 + j]}=${b}: every environment needs its own address block so that VPCs can be peered`);
      }
    }),
  );

  for (const env of Object.keys(options.environmentCapabilities ?? {})) {
    if (!environments.includes(env)) {
      problem('environmentCapabilities', env, `names an unknown environment: use one of ${environments.join(', ')}`);
    }
  }
  const longestBucket = [project, longest(environments), LONGEST_BUCKET_PURPOSE, '123456789012', 'x'.repeat(LONGEST_REGION_CODE)].join('-');
  if (longestBucket.length > MAX_BUCKET_NAME_LENGTH) {
    problem(
      'projectName',
      project,
      `makes S3 bucket names too long: "<projectName>-<environment>-${LONGEST_BUCKET_PURPOSE}-<account id>-<region code>" takes ${longestBucket.length} characters with environment ${JSON.stringify(longest(environments))}, S3 allows ${MAX_BUCKET_NAME_LENGTH} (shorten the project or environment name)`,
    );
  }
  const withEmails = withAlarmEmails(options.capabilities, options.alarmEmails, problem);
  const sharedCapabilities = withSecurityContact(withEmails, options, (line) => problems.push(line));
  const resolvedAccountIds = environments.map((name, i) => accountIds.get(name) ?? placeholderAccountId(i));
  const capabilities = environments.map((name, i) =>
    resolveCapabilities(
      {
        environment: name,
        profile: profiles.get(name) ?? inferProfile(name),
        preset,
        regions,
        accountId: resolvedAccountIds[i],
      },
      sharedCapabilities,
      options.environmentCapabilities?.[name],
      problem,
    ),
  );

  const orgEnvironments = environments.map((name, i) => ({ name, accountId: resolvedAccountIds[i], regions }));
  problems.push(...orgFitProblems(options, orgEnvironments, defaultGitHubRepository(organization, options.name)));
  const baselines = resolveOrgFit(options, orgEnvironments);
  problems.push(
    ...securityContactProblems(
      orgEnvironments.map((e, i) => ({
        ...e,
        profile: profiles.get(e.name) ?? inferProfile(e.name),
        securityBaseline: baselines.get(e.name)!.securityBaseline,
        capabilities: capabilities[i],
      })),
      options,
    ),
  );
  problems.push(...dnsRoleProblems(options, environments.map((name, i) => ({ name, hostedZoneId: capabilities[i].edge.hostedZoneId }))));
  if (environmentsValid) {
    problems.push(...addressPlanProblems(options, environments.map((name) => ({ name, profile: profiles.get(name) ?? inferProfile(name) }))));
  }
  problems.push(...extraTagProblems(options), ...guardrailProblems(options));
  problems.push(
    ...ciCdProblems(
      options,
      environments.map((name, i) => ({ name, accountId: resolvedAccountIds[i], region: primaryRegion })),
    ),
  );
  problems.push(
    ...upgradeProblems(
      options,
      environments.map((name) => ({ name, profile: profiles.get(name) ?? inferProfile(name), regions })),
    ),
  );
  // Settings shared by several environments fail once, not once per environment.
  if (problems.length > 0) throw new InvalidOptionsError([...new Set(problems)]);

  const usedRegions = [...new Set([...regions, stateRegion])];
  const orgFit = resolveOrgFit(options, orgEnvironments);
  const environmentState = (name: string, accountId: string) =>
    options.stateBucket === undefined
      ? { bucket: `${project}-${name}-tfstate-${accountId}-${regionCode(stateRegion)}`, region: stateRegion, keyPrefix: project }
      : undefined;
  return {
    project,
    organization,
    preset: preset as vocabulary.PlatformPreset,
    primaryRegion,
    secondaryRegions: [...secondaryRegions],
    environments: environments.map((name, i) => ({
      name,
      profile: profiles.get(name) ?? inferProfile(name),
      accountId: resolvedAccountIds[i],
      regions,
      cidrBlock: environmentBlocks[i],
      capabilities: capabilities[i],
      orgFit: orgFit.get(name)!,
      ...withState(environmentState(name, resolvedAccountIds[i])),
    })),
    availabilityZones: Object.fromEntries(usedRegions.map((r) => [r, [...AVAILABILITY_ZONES[r]]])),
    regionCodes: Object.fromEntries(usedRegions.map((r) => [r, regionCode(r)])),
    tags: {
      Owner: owner,
      CostCenter: costCenter,
      Project: project,
      ManagedBy: MANAGED_BY,
      DataClassification: dataClassification,
      ...extraTags(options),
    },
    allowedTagValues: { DataClassification: [...DATA_CLASSIFICATIONS] },
    state: { bucket: stateBucket, region: stateRegion, keyPrefix: project },
    upgrades: resolveUpgrades(options),
    github: { repository: options.githubRepository ?? defaultGitHubRepository(organization, options.name), defaultBranch: options.defaultReleaseBranch ?? 'main' },
  };
}

function defaultGitHubRepository(organization: string, packageName: string): string {
  return `${organization}/${packageName.replace(/^@[^/]+\//, '')}`;
}

function withState(state: { bucket: string; region: string; keyPrefix: string } | undefined) {
  return state ? { state } : {};
}

export function defaultProjectName(packageName: string): string {
  const base = packageName.replace(/^@[^/]+\//, '').toLowerCase();
  const cleaned = base.replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z]+/, '').slice(0, 20).replace(/-+$/, '');
  return cleaned.length >= 3 ? cleaned : 'platform';
}

function presetOf(secondaryRegions: readonly string[]): string {
  return secondaryRegions.length === 0 ? 'baseline' : secondaryRegions.length === 1 ? 'multi-region' : 'enterprise';
}

function minimumSecondaries(preset: string): number {
  return preset === 'baseline' ? 0 : preset === 'multi-region' ? 1 : 2;
}

function defaultSecondaryRegions(preset: string, primaryRegion: string): string[] {
  const candidates = (SECONDARY_CANDIDATES[primaryRegion.slice(0, 2)] ?? []).filter((r) => r !== primaryRegion);
  return candidates.slice(0, minimumSecondaries(preset));
}

function longest(values: readonly string[]): string {
  return values.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function checkRegion(option: string, region: string, problem: (o: string, v: unknown, e: string) => void): void {
  if (!(region in AVAILABILITY_ZONES)) {
    problem(option, region, `is not a supported AWS region: use one of ${SUPPORTED_REGIONS.join(', ')}`);
  }
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}
