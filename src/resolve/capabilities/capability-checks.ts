import { alarmEndpointProtocol } from './alarm-subscribers';
import { securityContactFormatProblems } from './security-contact';
import { isPlaceholderAccountId } from '../../kernel/account-ids';
import { databasePortProblem } from '../../kernel/database-port';
import { LOG_RETENTION_VALUES } from '../../kernel/log-retention';
import { EnvironmentCapabilities } from '../../kernel/settings-model';
import { EnvironmentProfile } from '../../kernel/vocabulary';

/** The environment whose capabilities are checked. */
export interface CapabilityContext {
  readonly environment: string;
  readonly profile: EnvironmentProfile;
  readonly preset: string;
  readonly regions: readonly string[];
  readonly accountId: string;
}

/** Records a problem of `<capability>.<field>` (the resolver names the option that set it). */
export type FieldProblem = (key: string, field: string, value: unknown, expected: string) => void;
type Check = (c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem) => void;

const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+$/;
const DB_INSTANCE_CLASS = /^db\.[a-z][a-z0-9-]*\.[a-z0-9]+$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_NAME = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const HOSTED_ZONE_ID = /^Z[A-Z0-9]{1,32}$/;
const IAM_PRINCIPAL_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):(?:role|user)\/[\w+=,.@*\/-]+$/;
const ACM_CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):(\d{12}):certificate\/[0-9a-f-]+$/;
const AWS_CRON = /^cron\(\S+ \S+ \S+ \S+ \S+ \S+\)$/;

/** Records every capability setting of one environment that cannot work. */
export function checkCapabilities(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  for (const check of CHECKS) check(c, context, problem);
}

const CHECKS: readonly Check[] = [
  checkNetwork, checkStorage, checkWebTier, checkCertificates, checkDatabase, checkBackup, checkEdge, checkOperations, checkAudit, checkEncryption,
];

const where = (context: CapabilityContext) => `(environment ${context.environment}, profile ${context.profile})`;
const isProduction = (context: CapabilityContext) => context.profile === 'production';
const isMultiRegion = (context: CapabilityContext) => context.regions.length > 1;

function retention(problem: FieldProblem, key: string, field: string, days: number): void {
  if (!LOG_RETENTION_VALUES.includes(days)) {
    problem(key, field, days, `is not a retention CloudWatch Logs accepts: use one of ${LOG_RETENTION_VALUES.join(', ')}`);
  }
}

function wholeDays(problem: FieldProblem, key: string, field: string, days: number, min: number, max: number): void {
  if (!Number.isInteger(days) || days < min || days > max) problem(key, field, days, `is out of range: use a whole number of days from ${min} to ${max}`);
}

function secondaryOnly(problem: FieldProblem, context: CapabilityContext, key: string, field: string, value: boolean): void {
  if (value && !isMultiRegion(context)) {
    problem(key, field, value, `needs a secondary region, but environment ${context.environment} has only ${context.regions[0]} (use the multi-region or enterprise preset)`);
  }
}

function checkNetwork(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  if (isProduction(context) && !c.network.natGatewayPerAz) {
    problem('network', 'natGatewayPerAz', false, `is not allowed in production ${where(context)}: a single NAT gateway makes one AZ's failure an outage of every AZ`);
  }
  retention(problem, 'network', 'flowLogRetentionDays', c.network.flowLogRetentionDays);
}

function checkStorage(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  secondaryOnly(problem, context, 'storage', 'crossRegionReplication', c.storage.crossRegionReplication);
  wholeDays(problem, 'storage', 'intelligentTieringAfterDays', c.storage.intelligentTieringAfterDays, 0, 3650);
  wholeDays(problem, 'storage', 'noncurrentVersionExpirationDays', c.storage.noncurrentVersionExpirationDays, 1, 3650);
  wholeDays(problem, 'storage', 'logExpirationDays', c.storage.logExpirationDays, 1, 3653);
}

function checkWebTier(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  const web = c.webTier;
  if (!INSTANCE_TYPE.test(web.instanceType)) problem('webTier', 'instanceType', web.instanceType, 'is not an EC2 instance type (e.g. "t3.small")');
  const sizes = [web.minSize, web.desiredCapacity, web.maxSize];
  if (sizes.some((n) => !Number.isInteger(n) || n < 0) || web.maxSize < 1) {
    problem('webTier', 'minSize', sizes, 'must be whole numbers (minSize ≥ 0, maxSize ≥ 1)');
  } else if (!(web.minSize <= web.desiredCapacity && web.desiredCapacity <= web.maxSize)) {
    problem('webTier', 'desiredCapacity', { minSize: web.minSize, desiredCapacity: web.desiredCapacity, maxSize: web.maxSize }, 'must satisfy minSize ≤ desiredCapacity ≤ maxSize');
  }
  if (isProduction(context) && web.enabled && web.minSize < 2) {
    problem('webTier', 'minSize', web.minSize, `is below 2 in production ${where(context)}: one instance cannot survive the loss of an AZ`);
  }
  if (isProduction(context) && web.spotInstances) problem('webTier', 'spotInstances', true, `is not allowed in production ${where(context)}: spot capacity can be reclaimed at any time`);
  if (web.domainName !== undefined && !DOMAIN_NAME.test(web.domainName)) {
    problem('webTier', 'domainName', web.domainName, 'is not a lowercase DNS name (e.g. "app.example.com")');
  }
}

function checkCertificates(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  for (const [region, arn] of Object.entries(c.webTier.certificateArns)) {
    if (!context.regions.includes(region)) {
      problem('webTier', 'certificateArns', region, `is not a region of environment ${context.environment}: use one of ${context.regions.join(', ')}`);
    }
    const match = ACM_CERTIFICATE_ARN.exec(arn);
    if (!match) {
      problem('webTier', 'certificateArns', arn, 'is not an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)');
    } else if (match[1] !== region) {
      problem('webTier', 'certificateArns', arn, `is in ${match[1]} but is given for ${region}: a load balancer can only use a certificate of its own region`);
    } else if (match[2] !== context.accountId) {
      problem('webTier', 'certificateArns', arn, `belongs to account ${match[2]}, not to environment ${context.environment}'s account ${context.accountId}`);
    }
  }
}

function checkDatabase(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  const db = c.database;
  if (!DB_INSTANCE_CLASS.test(db.instanceClass)) problem('database', 'instanceClass', db.instanceClass, 'is not an RDS instance class (e.g. "db.t4g.small")');
  wholeDays(problem, 'database', 'backupRetentionDays', db.backupRetentionDays, 7, 35);
  const portProblem = databasePortProblem(db.port);
  if (portProblem) problem('database', 'port', db.port, portProblem);
  if (!Number.isInteger(db.allocatedStorageGb) || db.allocatedStorageGb < 20 || db.allocatedStorageGb > 65536) {
    problem('database', 'allocatedStorageGb', db.allocatedStorageGb, 'is out of range: use 20 to 65536 GiB');
  }
  if (!Number.isInteger(db.maxAllocatedStorageGb) || db.maxAllocatedStorageGb < db.allocatedStorageGb || db.maxAllocatedStorageGb > 65536) {
    problem('database', 'maxAllocatedStorageGb', db.maxAllocatedStorageGb, `is out of range: use allocatedStorageGb (${db.allocatedStorageGb}) to 65536 GiB`);
  }
  if (db.enabled && !c.webTier.enabled) {
    problem('database', 'enabled', true, 'needs webTier.enabled: the web tier is the only client allowed to reach the database');
  }
  secondaryOnly(problem, context, 'database', 'crossRegionReplica', db.crossRegionReplica);
  const databaseRegions = db.crossRegionReplica && isMultiRegion(context) ? context.regions.slice(0, 2) : context.regions.slice(0, 1);
  if (!databaseRegions.includes(db.primaryRegion)) {
    const replicaRegion = context.regions[1];
    problem('database', 'primaryRegion', db.primaryRegion, context.regions.includes(db.primaryRegion) && replicaRegion === db.primaryRegion
      ? `needs database.crossRegionReplica: only the replica in ${replicaRegion} can be promoted`
      : `is not a region that holds the database of environment ${context.environment}: use ${databaseRegions.join(' or ')}`);
  }
  secondaryOnly(problem, context, 'dynamodb', 'replicated', c.dynamodb.replicated);
}

function checkBackup(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  wholeDays(problem, 'backup', 'retentionDays', c.backup.retentionDays, 1, 36500);
  secondaryOnly(problem, context, 'backup', 'crossRegionCopy', c.backup.crossRegionCopy);
  const changeable = c.backup.vaultLockChangeableForDays;
  if (changeable !== undefined) {
    if (!c.backup.vaultLock) problem('backup', 'vaultLockChangeableForDays', changeable, 'needs backup.vaultLock: it makes the vault lock immutable after that many days');
    wholeDays(problem, 'backup', 'vaultLockChangeableForDays', changeable, 3, 36500);
  }
}

function checkEdge(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  const web = c.webTier;
  const uncertified = context.regions.filter((region) => web.certificateArns[region] === undefined);
  if (web.enabled && web.domainName !== undefined && c.edge.hostedZoneId === undefined && uncertified.length > 0) {
    problem('webTier', 'domainName', web.domainName, `needs edge.hostedZoneId (or webTier.certificateArns for ${uncertified.join(', ')}): without the zone nothing creates the certificate's DNS validation records and the first apply waits for them for up to 45 minutes, then fails`);
  }
  if (c.edge.hostedZoneId !== undefined) {
    if (!HOSTED_ZONE_ID.test(c.edge.hostedZoneId)) problem('edge', 'hostedZoneId', c.edge.hostedZoneId, 'is not a Route 53 hosted zone id (e.g. "Z0123456789ABCDEFGHIJ")');
    if (web.domainName === undefined) problem('edge', 'hostedZoneId', c.edge.hostedZoneId, 'needs webTier.domainName: the name of the records to create in the zone');
    if (!web.enabled) problem('edge', 'hostedZoneId', c.edge.hostedZoneId, 'needs webTier.enabled: the records point at the web tier\'s load balancers');
  }
  if (c.edge.routingPolicy === 'latency' && c.database.enabled && web.enabled && isMultiRegion(context)) {
    problem('edge', 'routingPolicy', 'latency', `would send users to regions without a writable database (only ${c.database.primaryRegion} can write): use "failover", or switch database.enabled off`);
  }
}

function checkOperations(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  const ops = c.operations;
  retention(problem, 'operations', 'logRetentionDays', ops.logRetentionDays);
  for (const email of ops.alarmEmails) if (!EMAIL.test(email)) problem('operations', 'alarmEmails', email, 'is not an email address');
  for (const endpoint of ops.alarmEndpoints) {
    if (!alarmEndpointProtocol(endpoint)) problem('operations', 'alarmEndpoints', endpoint, 'is not an HTTPS URL, an SQS queue ARN or a Lambda function ARN');
  }
  if (isProduction(context) && !isPlaceholderAccountId(context.accountId) && ops.alarmEmails.length === 0 && ops.alarmEndpoints.length === 0) {
    problem('operations', 'alarmEmails', [], `has no subscriber in production ${where(context)} for account ${context.accountId}: the CIS and workload alarms would notify nobody; set alarmEmails (projen new --alarm-emails <address>), operations.alarmEmails or operations.alarmEndpoints`);
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
}

function checkAudit(c: EnvironmentCapabilities, _context: CapabilityContext, problem: FieldProblem): void {
  retention(problem, 'audit', 'trailLogRetentionDays', c.audit.trailLogRetentionDays);
}

function checkEncryption(c: EnvironmentCapabilities, context: CapabilityContext, problem: FieldProblem): void {
  for (const arn of c.encryption.keyUserArns) {
    const match = IAM_PRINCIPAL_ARN.exec(arn);
    if (!match) {
      problem('encryption', 'keyUserArns', arn, 'is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name>)');
    } else if (match[1] !== context.accountId) {
      problem('encryption', 'keyUserArns', arn, `belongs to account ${match[1]}: key policies of environment ${context.environment} name principals of its account ${context.accountId}`);
    }
  }
}
