import { DEFAULT_DATABASE_PORT } from '../../kernel/database-port';
import { DatabaseCapability, EnvironmentCapabilities, OperationsCapability, WebTierCapability } from '../../kernel/settings-model';
import { EnvironmentProfile } from '../../kernel/vocabulary';

/** The capabilities a profile gives before any option: every field with a default. */
export type ProfileDefaults = Omit<EnvironmentCapabilities, 'webTier' | 'operations' | 'database'> & {
  database: Omit<DatabaseCapability, 'primaryRegion'>;
  webTier: Omit<WebTierCapability, 'desiredCapacity'>;
  operations: Omit<OperationsCapability, 'budgetAlertEmails'>;
};

/** A default that holds exactly when the environment has a secondary region (the multi-region and enterprise presets). */
export const WITH_SECONDARY_REGION = { withSecondaryRegion: true } as const;

/** One field's default in each profile, and what the documentation calls the field. */
export interface DefaultRow<T> {
  readonly label: string;
  readonly values: Readonly<Record<EnvironmentProfile, T | (T extends boolean ? typeof WITH_SECONDARY_REGION : never)>>;
}

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];
/** The table's shape: a row for every field with a default, of the field's type. */
export type ProfileDefaultsTable = {
  readonly [C in keyof ProfileDefaults]: { readonly [F in RequiredKeys<ProfileDefaults[C]>]: DefaultRow<ProfileDefaults[C][F]> };
};

function byProfile<T>(label: string, development: T, staging: T, production: T): DefaultRow<T> {
  return { label, values: { development, staging, production } } as DefaultRow<T>;
}
function everywhere<T>(label: string, value: T): DefaultRow<T> {
  return byProfile(label, value, value, value);
}
const WITH_SECONDARY = WITH_SECONDARY_REGION as never;

/**
 * Defaults per environment profile, the one table the resolver and the documentation read (`docs/platform.md`,
 * "Profile defaults", is rendered from it). Production is strict (multi-AZ, deletion protection, NAT per AZ, long
 * retention); development is cheaper but exactly as encrypted and as closed: no default here weakens encryption,
 * exposure or detection. Field order is the order of `settings.ts`.
 */
export const PROFILE_DEFAULTS: ProfileDefaultsTable = {
  network: {
    natGatewayPerAz: byProfile('NAT gateway per AZ (one shared NAT gateway otherwise)', false, false, true),
    flowLogRetentionDays: byProfile('VPC flow log retention (days)', 30, 90, 365),
    interfaceEndpoints: everywhere('interface endpoints', true),
  },
  storage: {
    crossRegionReplication: everywhere('data bucket replication to the first secondary region', WITH_SECONDARY),
    intelligentTieringAfterDays: everywhere('objects move to Intelligent-Tiering after (days)', 30),
    noncurrentVersionExpirationDays: byProfile('noncurrent S3 versions kept (days)', 30, 90, 365),
    logExpirationDays: byProfile('log objects kept (days)', 90, 365, 2557),
  },
  webTier: {
    enabled: everywhere('web tier', true),
    instanceType: byProfile('web instance type', 't3.micro', 't3.small', 't3.medium'),
    minSize: byProfile('web instances, minimum', 1, 2, 3),
    maxSize: byProfile('web instances, maximum', 2, 4, 9),
    spotInstances: byProfile('spot instances mixed in (never allowed in production)', true, false, false),
    loadBalancerDeletionProtection: byProfile('load balancer deletion protection', false, false, true),
    webApplicationFirewall: everywhere('web application firewall', true),
    certificateArns: everywhere('existing certificates', {}),
  },
  database: {
    enabled: everywhere('database', true),
    instanceClass: byProfile('database instance class', 'db.t4g.micro', 'db.t4g.small', 'db.m7g.large'),
    port: everywhere('database port', DEFAULT_DATABASE_PORT),
    allocatedStorageGb: byProfile('database storage (GiB)', 20, 20, 100),
    maxAllocatedStorageGb: byProfile('database storage autoscaling limit (GiB)', 100, 100, 1000),
    multiAz: byProfile('database multi-AZ', false, false, true),
    backupRetentionDays: byProfile('database backups kept (days)', 7, 14, 35),
    deletionProtection: byProfile('database deletion protection', false, true, true),
    crossRegionReplica: byProfile('database read replica in the first secondary region', false, WITH_SECONDARY, WITH_SECONDARY),
  },
  dynamodb: {
    enabled: everywhere('DynamoDB table', true),
    deletionProtection: byProfile('DynamoDB deletion protection', false, true, true),
    replicated: everywhere('DynamoDB replicas in the secondary regions', WITH_SECONDARY),
  },
  backup: {
    enabled: everywhere('AWS Backup plan', true),
    retentionDays: byProfile('AWS Backup retention (days)', 7, 14, 35),
    crossRegionCopy: everywhere('AWS Backup copies to the first secondary region', WITH_SECONDARY),
    vaultLock: everywhere('AWS Backup Vault Lock', false),
  },
  edge: {
    routingPolicy: everywhere('Route 53 routing policy', 'failover'),
  },
  operations: {
    logRetentionDays: byProfile('application log group retention (days)', 30, 90, 365),
    alarmEmails: everywhere('alarm emails', []),
    alarmEndpoints: everywhere('alarm endpoints', []),
    monthlyBudgetUsd: byProfile('monthly budget (USD) when the cost estimate cannot price the configuration, per region', 200, 500, 2000),
    patching: everywhere('SSM patching', true),
    patchingSchedule: everywhere('patching schedule', 'cron(0 3 ? * SUN *)'),
  },
  audit: {
    cloudTrail: everywhere('CloudTrail', true),
    config: everywhere('AWS Config', true),
    guardDuty: everywhere('GuardDuty', true),
    securityHub: everywhere('Security Hub', true),
    trailLogRetentionDays: byProfile('CloudTrail log group retention (days)', 90, 365, 365),
    createConfigServiceLinkedRole: everywhere("AWS Config's service-linked role", true),
  },
  encryption: {
    keyUserArns: everywhere('additional key users', []),
  },
};

/** The defaults of a profile, for an environment with (`multiRegion`) or without a secondary region. */
export function profileDefaults(profile: EnvironmentProfile, multiRegion: boolean): ProfileDefaults {
  const rows = (fields: Readonly<Record<string, DefaultRow<unknown>>>) =>
    Object.fromEntries(Object.entries(fields).map(([field, row]) => [field, defaultValue(row.values[profile], multiRegion)]));
  // The table's type guarantees a row of the right type for every field: the values read from it make a ProfileDefaults.
  const table: Readonly<Record<string, Readonly<Record<string, DefaultRow<unknown>>>>> = PROFILE_DEFAULTS;
  return Object.fromEntries(Object.entries(table).map(([capability, fields]) => [capability, rows(fields)])) as unknown as ProfileDefaults;
}

function defaultValue(value: unknown, multiRegion: boolean): unknown {
  if (value === WITH_SECONDARY_REGION) return multiRegion;
  // Each environment gets its own copy of a list or map default.
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'object' && value !== null) return { ...value };
  return value;
}
