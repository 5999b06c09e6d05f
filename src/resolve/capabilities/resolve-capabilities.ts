import { withAlarmEmails } from './alarm-subscribers';
import { CapabilityContext, checkCapabilities } from './capability-checks';
import { PlatformCapabilityOptions } from './capability-options';
import { securityContactProblems, withSecurityContact } from './security-contact';
import { SecurityContactProjectOptions } from './security-contact-options';
import { defaultMonthlyBudgetUsd } from '../../cost-estimate';
import { OrgFitSettings } from '../../kernel/org-fit-model';
import { EnvironmentCapabilities } from '../../kernel/settings-model';
import { EDGE_ROUTING_POLICIES, isOneOf } from '../../kernel/vocabulary';
import { SecureAwsStackProjectOptions } from '../../options';
import { PlannedEnvironment } from '../environments/resolve-environments';
import { ProblemCollector } from '../problem-collector';
import { profileDefaults } from './profile-defaults';

/** The capability options: shared and per-environment capabilities, and the flags that fill parts of them. */
export type CapabilitiesOptions = Pick<SecureAwsStackProjectOptions, 'capabilities' | 'environmentCapabilities' | 'alarmEmails'> &
SecurityContactProjectOptions;

export interface CapabilitiesContext {
  readonly environments: readonly PlannedEnvironment[];
  readonly preset: string;
  readonly regions: readonly string[];
  readonly orgFit: ReadonlyMap<string, OrgFitSettings>;
}

/**
 * The capabilities of every environment (in environment order): profile defaults, adjusted for the preset,
 * overridden by `capabilities` and then by `environmentCapabilities[<environment>]`. Records every setting that
 * cannot work, naming the option that set it.
 */
export function resolveCapabilities(
  options: CapabilitiesOptions,
  context: CapabilitiesContext,
  problems: ProblemCollector,
): EnvironmentCapabilities[] {
  const names = context.environments.map((e) => e.name);
  for (const env of Object.keys(options.environmentCapabilities ?? {})) {
    if (!names.includes(env)) problems.add('environmentCapabilities', env, `names an unknown environment: use one of ${names.join(', ')}`);
  }
  const withEmails = withAlarmEmails(options.capabilities, options.alarmEmails, (option, value, expected) => problems.add(option, value, expected));
  const shared = withSecurityContact(withEmails, options, (line) => problems.addLines([line]));
  const capabilities = context.environments.map((env) =>
    mergeCapabilities(
      { environment: env.name, profile: env.profile, preset: context.preset, regions: context.regions, accountId: env.accountId },
      shared,
      options.environmentCapabilities?.[env.name],
      problems,
    ),
  );
  const owners = context.environments.map((env, i) => ({
    ...env,
    regions: context.regions,
    securityBaseline: context.orgFit.get(env.name)?.securityBaseline ?? 'managed',
    capabilities: capabilities[i],
  }));
  problems.addLines(securityContactProblems(owners, options));
  checkDnsRoles(context, capabilities, problems);
  return capabilities;
}

/** A DNS role serves the environment's hosted zone: without `edge.hostedZoneId` it would be silently unused. */
function checkDnsRoles(context: CapabilitiesContext, capabilities: readonly EnvironmentCapabilities[], problems: ProblemCollector): void {
  context.environments.forEach(({ name }, i) => {
    const arn = context.orgFit.get(name)?.dnsRoleArn;
    if (arn !== undefined && !capabilities[i].edge.hostedZoneId) {
      problems.addLines([
        `dnsRoleArns: ${JSON.stringify(`${name}=${arn}`)} has no hosted zone to serve: set capabilities.edge.hostedZoneId (or environmentCapabilities.${name}.edge.hostedZoneId) to the zone in the DNS account`,
      ]);
    }
  });
}

/** The capabilities of one environment: its profile's defaults, then `shared`, then `own`; checked. */
export function mergeCapabilities(
  context: CapabilityContext,
  shared: PlatformCapabilityOptions | undefined,
  own: PlatformCapabilityOptions | undefined,
  problems: ProblemCollector,
): EnvironmentCapabilities {
  const d = profileDefaults(context.profile, context.regions.length > 1);
  const pick = <K extends keyof PlatformCapabilityOptions>(key: K) =>
    ({ ...defined(shared?.[key]), ...defined(own?.[key]) }) as NonNullable<PlatformCapabilityOptions[K]>;
  const optionName = optionNamer(context.environment, own);
  const web = pick('webTier');
  const db = pick('database');
  const edge = pick('edge');
  const ops = pick('operations');
  const webMin = web.minSize ?? d.webTier.minSize;
  const routingPolicy = edge.routingPolicy ?? d.edge.routingPolicy;
  if (!isOneOf(EDGE_ROUTING_POLICIES, routingPolicy)) {
    problems.add(optionName('edge', 'routingPolicy'), routingPolicy, 'is not allowed: use "failover" or "latency"');
  }
  const unbudgeted: EnvironmentCapabilities = {
    network: { ...d.network, ...pick('network') },
    storage: { ...d.storage, ...pick('storage') },
    webTier: {
      ...d.webTier,
      ...web,
      minSize: webMin,
      desiredCapacity: web.desiredCapacity ?? webMin,
      certificateArns: { ...(web.certificateArns ?? {}) },
    },
    database: { ...d.database, ...db, primaryRegion: db.primaryRegion ?? context.regions[0] },
    dynamodb: { ...d.dynamodb, ...pick('dynamodb') },
    backup: { ...d.backup, ...pick('backup') },
    edge: { ...d.edge, ...edge, routingPolicy: isOneOf(EDGE_ROUTING_POLICIES, routingPolicy) ? routingPolicy : d.edge.routingPolicy },
    operations: {
      ...d.operations,
      ...ops,
      alarmEmails: [...(ops.alarmEmails ?? d.operations.alarmEmails)],
      alarmEndpoints: [...(ops.alarmEndpoints ?? d.operations.alarmEndpoints)],
      budgetAlertEmails: [...(ops.budgetAlertEmails ?? ops.alarmEmails ?? d.operations.alarmEmails)],
    },
    audit: { ...d.audit, ...pick('audit') },
    encryption: { keyUserArns: [...(pick('encryption').keyUserArns ?? d.encryption.keyUserArns)] },
  };
  const monthlyBudgetUsd = ops.monthlyBudgetUsd ?? defaultMonthlyBudgetUsd(unbudgeted, context.regions.length, d.operations.monthlyBudgetUsd);
  const resolved: EnvironmentCapabilities = { ...unbudgeted, operations: { ...unbudgeted.operations, monthlyBudgetUsd } };
  checkCapabilities(resolved, context, (key, field, value, expected) => problems.add(optionName(key, field), value, expected));
  return resolved;
}

/**
 * The option a problem of `<capability>.<field>` names: `environmentCapabilities.<env>.…` when the environment's own
 * options set the field (any of the web tier's three sizes counts for all three), `capabilities.…` otherwise.
 */
function optionNamer(environment: string, own: PlatformCapabilityOptions | undefined) {
  const sizing = ['minSize', 'desiredCapacity', 'maxSize'];
  const ownSets = (key: string, field: string) =>
    (defined((own as Record<string, object> | undefined)?.[key]) as Record<string, unknown>)[field.split('.')[0]] !== undefined;
  return (key: string, field: string) =>
    (key === 'webTier' && sizing.includes(field) ? sizing.some((f) => ownSets(key, f)) : ownSets(key, field))
      ? `environmentCapabilities.${environment}.${key}.${field}`
      : `capabilities.${key}.${field}`;
}

/** The fields of an options struct that are set (an explicit `undefined` keeps the default). */
function defined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
