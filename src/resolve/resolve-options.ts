import { EnvironmentCapabilities, EnvironmentSettings, PlatformSettings } from '../kernel/settings-model';
import { typedOptions } from '../option-types';
import { SecureAwsStackProjectOptions } from '../options';
import { resolveCapabilities } from './capabilities/resolve-capabilities';
import { resolveCiCd, ResolvedCiCd } from './ci/resolve-ci';
import { Environments, resolveEnvironments } from './environments/resolve-environments';
import { ResolvedGuardrails, resolveGuardrails } from './guardrails/resolve-guardrails';
import { resolveIdentity } from './identity/resolve-identity';
import { resolveNetwork } from './network/resolve-network';
import { OrgFit, resolveOrgFit } from './org/resolve-org-fit';
import { ProblemCollector } from './problem-collector';
import { regionTables, Regions, resolveRegions } from './regions/resolve-regions';
import { resolveState, State } from './state/resolve-state';
import { resolveTagging } from './tagging/resolve-tagging';
import { resolveUpgrades } from './upgrades/resolve-upgrades';

/** Everything the project type builds from its options, resolved and validated once. */
export interface ResolvedOptions {
  /** The options, with `projen new` flags read as the types they stand for. */
  readonly options: SecureAwsStackProjectOptions;
  /** What `src/platform/settings.ts` holds. */
  readonly settings: PlatformSettings;
  readonly guardrails: ResolvedGuardrails;
  readonly ci: ResolvedCiCd;
}

/**
 * The resolver pipeline: each option group (`src/resolve/<group>/`) parses its options once, records its problems in
 * the one collector and hands what it resolved to the groups after it. Throws `InvalidOptionsError` listing every
 * problem of every group; nothing is half-resolved.
 */
export function resolveOptions(untypedOptions: SecureAwsStackProjectOptions, today: Date = new Date()): ResolvedOptions {
  const { options, problems: typeProblems } = typedOptions(untypedOptions);
  const problems = new ProblemCollector(typeProblems);
  const identity = resolveIdentity(options, problems);
  const tagging = resolveTagging(options, identity, problems);
  const environments = resolveEnvironments(options, identity, problems);
  const regions = resolveRegions(options, problems);
  const state = resolveState(options, { ...identity, primaryRegion: regions.primaryRegion }, problems);
  const orgEnvironments = environments.environments.map((e) => ({ ...e, regions: regions.regions }));
  const orgFit = resolveOrgFit(options, { environments: orgEnvironments }, problems);
  const cidrBlocks = resolveNetwork(options, { environments, regions: regions.regions, ipamEnvironments: orgFit.ipamEnvironments }, problems);
  const capabilities = resolveCapabilities(
    options,
    { environments: environments.environments, preset: regions.preset, regions: regions.regions, orgFit: orgFit.byEnvironment },
    problems,
  );
  const upgrades = resolveUpgrades(options, { environments: orgEnvironments }, problems);
  const guardrails = resolveGuardrails(options, { today }, problems);
  const ciEnvironments = environments.environments.map(({ name, accountId }) => ({ name, accountId, region: regions.primaryRegion }));
  const ci = resolveCiCd(options, { project: identity.project, environments: ciEnvironments }, problems);
  problems.throwIfAny();

  const settings: PlatformSettings = {
    project: identity.project,
    organization: identity.organization,
    preset: regions.preset,
    primaryRegion: regions.primaryRegion,
    secondaryRegions: regions.secondaryRegions,
    environments: environmentSettings(environments, regions, cidrBlocks, capabilities, orgFit, state),
    ...regionTables([...regions.regions, state.shared.region]),
    ...tagging,
    state: state.shared,
    upgrades,
    github: identity.github,
  };
  return { options, settings, guardrails, ci };
}

function environmentSettings(
  environments: Environments,
  regions: Regions,
  cidrBlocks: readonly string[],
  capabilities: readonly EnvironmentCapabilities[],
  orgFit: OrgFit,
  state: State,
): EnvironmentSettings[] {
  return environments.environments.map(({ name, profile, accountId }, i) => {
    const environmentState = state.ofEnvironment(name, accountId);
    return {
      name,
      profile,
      accountId,
      regions: regions.regions,
      cidrBlock: cidrBlocks[i],
      capabilities: capabilities[i],
      orgFit: orgFit.byEnvironment.get(name),
      ...(environmentState ? { state: environmentState } : {}),
    };
  });
}
