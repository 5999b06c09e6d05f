import { alarmEndpointProtocol } from './alarm-subscribers';
import { defaultMonthlyBudgetUsd } from './cost-estimate';
import { isPlaceholderAccountId } from './kernel/account-ids';
import { DEFAULT_DATABASE_PORT, databasePortProblem } from './kernel/database-port';
import { LOG_RETENTION_VALUES } from './kernel/log-retention';
import { EnvironmentCapabilities, DatabaseCapability, OperationsCapability, WebTierCapability } from './kernel/settings-model';
import { EDGE_ROUTING_POLICIES, EnvironmentProfile, isOneOf } from './kernel/vocabulary';
import { PlatformCapabilityOptions } from './options';
import { securityContactFormatProblems } from './security-contact';

type Defaults = Omit<EnvironmentCapabilities, 'webTier' | 'operations' | 'database'> & {
  database: Omit<DatabaseCapability, 'primaryRegion'>;
  webTier: Omit<WebTierCapability, 'desiredCapacity'>;
  operations: Omit<OperationsCapability, 'budgetAlertEmails'>;
};

/**
 * Defaults per environment profile. Production is strict (multi-AZ, deletion protection, NAT per AZ, long
 * retention); development is cheaper but exactly as encrypted and as closed: no default here weakens encryption,
 * exposure or detection.
 */
export function profileDefaults(profile: EnvironmentProfile, multiRegion: boolean): Defaults {
  const production = profile === 'production';
  const development = profile === 'development';
  const byProfile = <T>(dev: T, staging: T, prod: T): T => (production ? prod : development ? dev : staging);
  return {
    network: { natGatewayPerAz: production, flowLogRetentionDays: byProfile(30, 90, 365), interfaceEndpoints: true },
    storage: {
      crossRegionReplication: multiRegion,
      intelligentTieringAfterDays: 30,
      noncurrentVersionExpirationDays: byProfile(30, 90, 365),
      logExpirationDays: byProfile(90, 365, 2557),
    },
    webTier: {
      enabled: true,
      instanceType: byProfile('t3.micro', 't3.small', 't3.medium'),
      minSize: byProfile(1, 2, 3),
      maxSize: byProfile(2, 4, 9),
      spotInstances: development,
      loadBalancerDeletionProtection: production,
      webApplicationFirewall: true,
      certificateArns: {},
    },
    database: {
      enabled: true,
      instanceClass: byProfile('db.t4g.micro', 'db.t4g.small', 'db.m7g.large'),
      port: DEFAULT_DATABASE_PORT,
      allocatedStorageGb: production ? 100 : 20,
      maxAllocatedStorageGb: production ? 1000 : 100,
      multiAz: production,
      backupRetentionDays: byProfile(7, 14, 35),
      deletionProtection: !development,
      crossRegionReplica: multiRegion && !development,
    },
    dynamodb: { enabled: true, deletionProtection: !development, replicated: multiRegion },
    backup: { enabled: true, retentionDays: byProfile(7, 14, 35), crossRegionCopy: multiRegion, vaultLock: false },
    edge: { routingPolicy: 'failover' },
    operations: {
      logRetentionDays: byProfile(30, 90, 365),
      alarmEmails: [],
      alarmEndpoints: [],
      monthlyBudgetUsd: byProfile(200, 500, 2000),
      patching: true,
      patchingSchedule: 'cron(0 3 ? * SUN *)',
    },
    audit: {
      cloudTrail: true,
      config: true,
      guardDuty: true,
      securityHub: true,
      trailLogRetentionDays: development ? 90 : 365,
      createConfigServiceLinkedRole: true,
    },
    encryption: { keyUserArns: [] },
  };
}

const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+$/;
const DB_INSTANCE_CLASS = /^db\.[a-z][a-z0-9-]*\.[a-z0-9]+$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_NAME = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const HOSTED_ZONE_ID = /^Z[A-Z0-9]{1,32}$/;
const IAM_PRINCIPAL_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):(?:role|user)\/[\w+=,.@*\/-]+$/;
const AWS_CRON = /^cron\(\S+ \S+ \S+ \S+ \S+ \S+\)$/;

export interface CapabilityContext {
  readonly environment: string;
  readonly profile: EnvironmentProfile;
  readonly preset: string;
  readonly regions: readonly string[];
  readonly accountId: string;
}

type Problem = (option: string, value: unknown, expected: string) => void;

/**
 * The capabilities of one environment: profile defaults, adjusted for the preset, overridden by `capabilities`
 * and then by `environmentCapabilities[<environment>]`. Reports every setting that cannot work.
 */
export function resolveCapabilities(
  context: CapabilityContext,
  shared: PlatformCapabilityOptions | undefined,
  own: PlatformCapabilityOptions | undefined,
  problem: Problem,
): EnvironmentCapabilities {
  const multiRegion = context.regions.length > 1;
  const d = profileDefaults(context.profile, multiRegion);
  const pick = <K extends keyof PlatformCapabilityOptions>(key: K) =>
    ({ ...defined(shared?.[key]), ...defined(own?.[key]) }) as NonNullable<PlatformCapabilityOptions[K]>;
  const sizing = ['minSize', 'desiredCapacity', 'maxSize'];
  const ownSets = (key: string, field: string) =>
    (defined((own as Record<string, object> | undefined)?.[key]) as Record<string, unknown>)[field.split('.')[0]] !== undefined;
  const ownName = (key: string, field: string) =>
    (key === 'webTier' && sizing.includes(field) ? sizing.some((f) => ownSets(key, f)) : ownSets(key, field))
      ? `environmentCapabilities.${context.environment}.${key}.${field}`
      : `capabilities.${key}.${field}`;

  const network = pick('network');
  const storage = pick('storage');
  const web = pick('webTier');
  const db = pick('database');
  const dynamodb = pick('dynamodb');
  const backup = pick('backup');
  const edge = pick('edge');
  const ops = pick('operations');
  const audit = pick('audit');
  const encryption = pick('encryption');

  const webMin = web.minSize ?? d.webTier.minSize;
  const routingPolicy = edge.routingPolicy ?? d.edge.routingPolicy;
  if (!isOneOf(EDGE_ROUTING_POLICIES, routingPolicy)) {
    problem(ownName('edge', 'routingPolicy'), routingPolicy, 'is not allowed: use "failover" or "latency"');
  }
  const unbudgeted: EnvironmentCapabilities = {
    network: { ...d.network, ...network },
    storage: { ...d.storage, ...storage },
    webTier: {
      ...d.webTier,
      ...web,
      minSize: webMin,
      desiredCapacity: web.desiredCapacity ?? webMin,
      certificateArns: { ...(web.certificateArns ?? {}) },
    },
    database: { ...d.database, ...db, primaryRegion: db.primaryRegion ?? context.regions[0] },
    dynamodb: { ...d.dynamodb, ...dynamodb },
    backup: { ...d.backup, ...backup },
    edge: { ...d.edge, ...edge, routingPolicy: isOneOf(EDGE_ROUTING_POLICIES, routingPolicy) ? routingPolicy : d.edge.routingPolicy },
    operations: {
      ...d.operations,
      ...ops,
      alarmEmails: [...(ops.alarmEmails ?? d.operations.alarmEmails)],
      alarmEndpoints: [...(ops.alarmEndpoints ?? d.operations.alarmEndpoints)],
      budgetAlertEmails: [...(ops.budgetAlertEmails ?? ops.alarmEmails ?? d.operations.alarmEmails)],
    },
    audit: { ...d.audit, ...audit },
    encryption: { keyUserArns: [...(encryption.keyUserArns ?? d.encryption.keyUserArns)] },
  };

  const monthlyBudgetUsd = ops.monthlyBudgetUsd ?? defaultMonthlyBudgetUsd(unbudgeted, context.regions.length, d.operations.monthlyBudgetUsd);
  const resolved: EnvironmentCapabilities = { ...unbudgeted, operations: { ...unbudgeted.operations, monthlyBudgetUsd } };

  validate(context, resolved, (key, field, value, expected) => problem(ownName(key, field), value, expected));
  return resolved;
}

function validate(
  context: CapabilityContext,
  c: EnvironmentCapabilities,
  problem: (key: string, field: string, value: unknown, expected: string) => void,
): void {
  const production = context.profile === 'production';
  const multiRegion = context.regions.length > 1;
  const where = `(environment ${context.environment}, profile ${context.profile})`;
  const retention = (key: string, field: string, days: number) => {
    if (!LOG_RETENTION_VALUES.includes(days)) {
      problem(key, field, days, `is not a retention CloudWatch Logs accepts: use one of ${LOG_RETENTION_VALUES.join(', ')}`);
    }
  };
  const wholeDays = (key: string, field: string, days: number, min: number, max: number) => {
    if (!Number.isInteger(days) || days < min || days > max) problem(key, field, days, `is out of range: use a whole number of days from ${min} to ${max}`);
  };
  const secondaryOnly = (key: string, field: string, value: boolean) => {
    if (value && !multiRegion) problem(key, field, value, `needs a secondary region, but environment ${context.environment} has only ${context.regions[0]} (use the multi-region or enterprise preset)`);
  };

  if (production && !c.network.natGatewayPerAz) {
    problem('network', 'natGatewayPerAz', false, `is not allowed in production ${where}: a single NAT gateway makes one AZ's failure an outage of every AZ`);
  }
  retention('network', 'flowLogRetentionDays', c.network.flowLogRetentionDays);

  secondaryOnly('storage', 'crossRegionReplication', c.storage.crossRegionReplication);
  wholeDays('storage', 'intelligentTieringAfterDays', c.storage.intelligentTieringAfterDays, 0, 3650);
  wholeDays('storage', 'noncurrentVersionExpirationDays', c.storage.noncurrentVersionExpirationDays, 1, 3650);
  wholeDays('storage', 'logExpirationDays', c.storage.logExpirationDays, 1, 3653);

  const web = c.webTier;
  if (!INSTANCE_TYPE.test(web.instanceType)) problem('webTier', 'instanceType', web.instanceType, 'is not an EC2 instance type (e.g. "t3.small")');
  const sizes = [web.minSize, web.desiredCapacity, web.maxSize];
  if (sizes.some((n) => !Number.isInteger(n) || n < 0) || web.maxSize < 1) {
    problem('webTier', 'minSize', sizes, 'must be whole numbers (minSize ≥ 0, maxSize ≥ 1)');
  } else if (!(web.minSize <= web.desiredCapacity && web.desiredCapacity <= web.maxSize)) {
    problem('webTier', 'desiredCapacity', { minSize: web.minSize, desiredCapacity: web.desiredCapacity, maxSize: web.maxSize }, 'must satisfy minSize ≤ desiredCapacity ≤ maxSize');
  }
  if (production && web.enabled && web.minSize < 2) {
    problem('webTier', 'minSize', web.minSize, `is below 2 in production ${where}: one instance cannot survive the loss of an AZ`);
  }
  if (production && web.spotInstances) problem('webTier', 'spotInstances', true, `is not allowed in production ${where}: spot capacity can be reclaimed at any time`);
  if (web.domainName !== undefined && !DOMAIN_NAME.test(web.domainName)) {
    problem('webTier', 'domainName', web.domainName, 'is not a lowercase DNS name (e.g. "app.example.com")');
  }
  for (const [region, arn] of Object.entries(web.certificateArns)) {
    if (!context.regions.includes(region)) {
      problem('webTier', 'certificateArns', region, `is not a region of environment ${context.environment}: use one of ${context.regions.join(', ')}`);
    }
    const match = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):(\d{12}):certificate\/[0-9a-f-]+$/.exec(arn);
    if (!match) {
      problem('webTier', 'certificateArns', arn, 'is not an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)');
    } else if (match[1] !== region) {
      problem('webTier', 'certificateArns', arn, `is in ${match[1]} but is given for ${region}: a load balancer can only use a certificate of its own region`);
    } else if (match[2] !== context.accountId) {
      problem('webTier', 'certificateArns', arn, `belongs to account ${match[2]}, not to environment ${context.environment}'s account ${context.accountId}`);
    }
  }

  const db = c.database;
  if (!DB_INSTANCE_CLASS.test(db.instanceClass)) problem('database', 'instanceClass', db.instanceClass, 'is not an RDS instance class (e.g. "db.t4g.small")');
  wholeDays('database', 'backupRetentionDays', db.backupRetentionDays, 7, 35);
  const portProblem = databasePortProblem(db.port);
  if (portProblem) problem('database', 'port', db.port, portProblem);
  if (!Number.isInteger(db.allocatedStorageGb) || db.allocatedStorageGb < 20 || db.allocatedStorageGb > 65536) {
    problem('database', 'allocatedStorageGb', db.allocatedStorageGb, 'is out of range: use 20 to 65536 GiB');
  }
  if (!Number.isInteger(db.maxAllocatedStorageGb) || db.maxAllocatedStorageGb < db.allocatedStorageGb || db.maxAllocatedStorageGb > 65536) {
    problem('database', 'maxAllocatedStorageGb', db.maxAllocatedStorageGb, `is out of range: use allocatedStorageGb (${db.allocatedStorageGb}) to 65536 GiB`);
  }
  if (db.enabled && !web.enabled) {
    problem('database', 'enabled', true, 'needs webTier.enabled: the web tier is the only client allowed to reach the database');
  }
  secondaryOnly('database', 'crossRegionReplica', db.crossRegionReplica);
  const databaseRegions = db.crossRegionReplica && multiRegion ? context.regions.slice(0, 2) : context.regions.slice(0, 1);
  if (!databaseRegions.includes(db.primaryRegion)) {
    const replicaRegion = context.regions[1];
    problem('database', 'primaryRegion', db.primaryRegion, context.regions.includes(db.primaryRegion) && replicaRegion === db.primaryRegion
      ? `needs database.crossRegionReplica: only the replica in ${replicaRegion} can be promoted`
      : `is not a region that holds the database of environment ${context.environment}: use ${databaseRegions.join(' or ')}`);
  }
  secondaryOnly('dynamodb', 'replicated', c.dynamodb.replicated);
  wholeDays('backup', 'retentionDays', c.backup.retentionDays, 1, 36500);
  secondaryOnly('backup', 'crossRegionCopy', c.backup.crossRegionCopy);
  const changeable = c.backup.vaultLockChangeableForDays;
  if (changeable !== undefined) {
    if (!c.backup.vaultLock) problem('backup', 'vaultLockChangeableForDays', changeable, 'needs backup.vaultLock: it makes the vault lock immutable after that many days');
    wholeDays('backup', 'vaultLockChangeableForDays', changeable, 3, 36500);
  }

  const uncertified = context.regions.filter((region) => web.certificateArns[region] === undefined);
  if (web.enabled && web.domainName !== undefined && c.edge.hostedZoneId === undefined && uncertified.length > 0) {
    problem('webTier', 'domainName', web.domainName, `needs edge.hostedZoneId (or webTier.certificateArns for ${uncertified.join(', ')}): without the zone nothing creates the certificate's DNS validation records and the first apply waits for them for up to 45 minutes, then fails`);
  }
  if (c.edge.hostedZoneId !== undefined) {
    if (!HOSTED_ZONE_ID.test(c.edge.hostedZoneId)) problem('edge', 'hostedZoneId', c.edge.hostedZoneId, 'is not a Route 53 hosted zone id (e.g. "Z0123456789ABCDEFGHIJ")');
    if (web.domainName === undefined) problem('edge', 'hostedZoneId', c.edge.hostedZoneId, 'needs webTier.domainName: the name of the records to create in the zone');
    if (!web.enabled) problem('edge', 'hostedZoneId', c.edge.hostedZoneId, 'needs webTier.enabled: the records point at the web tier\'s load balancers');
  }
  if (c.edge.routingPolicy === 'latency' && db.enabled && web.enabled && multiRegion) {
    problem('edge', 'routingPolicy', 'latency', `would send users to regions without a writable database (only ${db.primaryRegion} can write): use "failover", or switch database.enabled off`);
  }

  const ops = c.operations;
  retention('operations', 'logRetentionDays', ops.logRetentionDays);
  for (const email of ops.alarmEmails) if (!EMAIL.test(email)) problem('operations', 'alarmEmails', email, 'is not an email address');
  for (const endpoint of ops.alarmEndpoints) {
    if (!alarmEndpointProtocol(endpoint)) problem('operations', 'alarmEndpoints', endpoint, 'is not an HTTPS URL, an SQS queue ARN or a Lambda function ARN');
  }
  if (production && !isPlaceholderAccountId(context.accountId) && ops.alarmEmails.length === 0 && ops.alarmEndpoints.length === 0) {
    problem('operations', 'alarmEmails', [], `has no subscriber in production ${where} for account ${context.accountId}: the CIS and workload alarms would notify nobody; set alarmEmails (projen new --alarm-emails <address>), operations.alarmEmails or operations.alarmEndpoints`);
  }
  if (ops.securityContact !== undefined) {
    for (const { field, missing, expected } of securityContactFormatProblems(ops.securityContact)) {
      if (missing) problem('operations', 'securityContact', ops.securityContact, `has no ${field}: a security contact needs name, title, emailAddress and phoneNumber`);
      else problem('operations', `securityContact.${field}`, (ops.securityContact as unknown as Record<string, unknown>)[field], expected);
    }
  }
  for (const email of ops.budgetAlertEmails) if (!EMAIL.test(email)) problem('operations', 'budgetAlertEmails', email, 'is not an email address');
  if (!Number.isFinite(ops.monthlyBudgetUsd) || ops.monthlyBudgetUsd < 0) problem('operations', 'monthlyBudgetUsd', ops.monthlyBudgetUsd, 'must be 0 (no budget) or a positive amount in USD');
  if (!AWS_CRON.test(ops.patchingSchedule)) problem('operations', 'patchingSchedule', ops.patchingSchedule, 'is not an AWS cron expression with six fields (e.g. "cron(0 3 ? * SUN *)")');

  retention('audit', 'trailLogRetentionDays', c.audit.trailLogRetentionDays);

  for (const arn of c.encryption.keyUserArns) {
    const match = IAM_PRINCIPAL_ARN.exec(arn);
    if (!match) {
      problem('encryption', 'keyUserArns', arn, 'is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name>)');
    } else if (match[1] !== context.accountId) {
      problem('encryption', 'keyUserArns', arn, `belongs to account ${match[1]}: key policies of environment ${context.environment} name principals of its account ${context.accountId}`);
    }
  }
}

/** The fields of an options struct that are set (an explicit `undefined` keeps the default). */
function defined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
