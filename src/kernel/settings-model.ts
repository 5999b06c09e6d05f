/**
 * The typed shape of `settings.ts`, which `npx projen` renders from the options in `.projenrc.ts`.
 * Every stack, name and ARN of the platform is derived from these values, so that planning needs no
 * call to AWS and cross-region wiring never needs remote state. Every value here is already resolved
 * (profile defaults, preset, then the overrides of `.projenrc.ts`) and validated by `npx projen`: the option
 * resolvers of secure-aws-stack return exactly this type, so the two sides cannot disagree about it.
 */

import { GitHubSettings, OrgFitSettings } from './org-fit-model';
import { EdgeRoutingPolicy, EnvironmentProfile, PlatformPreset } from './vocabulary';

/** The settings' vocabulary (profiles, presets, routing policies) is the kernel's. */
export type { EdgeRoutingPolicy, EnvironmentProfile, PlatformPreset };

export interface NetworkCapability {
  /** One NAT gateway per AZ (production), or one shared by the AZs (cheaper; the app tier loses egress with its AZ). */
  readonly natGatewayPerAz: boolean;
  /** Retention of the VPC flow log group (a value CloudWatch Logs accepts). */
  readonly flowLogRetentionDays: number;
  /** Interface endpoints for EC2, SSM, SSM messages, EC2 messages, KMS, CloudWatch Logs, Secrets Manager and STS. */
  readonly interfaceEndpoints: boolean;
}

export interface StorageCapability {
  /** Replicate the primary region's data bucket to the first secondary region (only with a secondary region). */
  readonly crossRegionReplication: boolean;
  /** Days after which current objects of the data bucket move to S3 Intelligent-Tiering. */
  readonly intelligentTieringAfterDays: number;
  /** Days after which noncurrent object versions are deleted. */
  readonly noncurrentVersionExpirationDays: number;
  /** Days after which log objects (access logs, load balancer logs, CloudTrail, Config) are deleted. */
  readonly logExpirationDays: number;
}

export interface WebTierCapability {
  readonly enabled: boolean;
  readonly instanceType: string;
  readonly minSize: number;
  readonly maxSize: number;
  readonly desiredCapacity: number;
  /** Spot capacity mixed with on-demand instances; never in production. */
  readonly spotInstances: boolean;
  readonly loadBalancerDeletionProtection: boolean;
  readonly webApplicationFirewall: boolean;
  /**
   * Name the HTTPS listeners serve: an ACM certificate with DNS validation is requested for it unless
   * `certificateArns` has one for the region. Without a name and a certificate the load balancer has only an
   * HTTP listener that answers 503 (nothing is served in clear text).
   */
  readonly domainName?: string;
  /** Existing ACM certificate per region (ACM certificates are regional). */
  readonly certificateArns: Readonly<Record<string, string>>;
}

export interface DatabaseCapability {
  /** RDS PostgreSQL in the data subnets (needs the web tier, the only client allowed in). */
  readonly enabled: boolean;
  readonly instanceClass: string;
  /** Port of the database (and of the app tier's egress and the database tier's ingress); never 5432 (FSBP RDS.23). */
  readonly port: number;
  readonly allocatedStorageGb: number;
  readonly maxAllocatedStorageGb: number;
  readonly multiAz: boolean;
  /** 7 to 35 days. */
  readonly backupRetentionDays: number;
  /** Deletion protection and a final snapshot. */
  readonly deletionProtection: boolean;
  /** A read replica in the first secondary region (only with a secondary region). */
  readonly crossRegionReplica: boolean;
  /**
   * Region of the writable database: the environment's primary region, or the first secondary region once its
   * replica is promoted. The other of the two holds the replica.
   */
  readonly primaryRegion: string;
}

export interface DynamoDbCapability {
  readonly enabled: boolean;
  readonly deletionProtection: boolean;
  /** Replicas of the global table in every secondary region. */
  readonly replicated: boolean;
}

export interface BackupCapability {
  readonly enabled: boolean;
  /** Days the daily recovery points are kept. */
  readonly retentionDays: number;
  /** Copy every recovery point to the first secondary region's vault (only with a secondary region). */
  readonly crossRegionCopy: boolean;
  /** AWS Backup Vault Lock on every region's vault, its retention bounds taken from the plan's rules. */
  readonly vaultLock: boolean;
  /** Days after which the lock becomes immutable (compliance mode); governance mode without it. */
  readonly vaultLockChangeableForDays?: number;
}

export interface EdgeCapability {
  /**
   * Public hosted zone holding `webTier.domainName`: DNS validation records and the regional records with
   * health checks go there. Without it no DNS record is managed.
   */
  readonly hostedZoneId?: string;
  readonly routingPolicy: EdgeRoutingPolicy;
}

/** The account's security alternate contact (FSBP Account.1): whom AWS tells about security issues of the account. */
export interface SecurityContact {
  readonly name: string;
  readonly title: string;
  readonly emailAddress: string;
  readonly phoneNumber: string;
}

export interface OperationsCapability {
  /** Retention of application and service log groups (a value CloudWatch Logs accepts). */
  readonly logRetentionDays: number;
  /** Email addresses subscribed to the alarm topics (security and workload alarms). */
  readonly alarmEmails: readonly string[];
  /** Other subscribers of the alarm topics: HTTPS URLs, SQS queue ARNs or Lambda function ARNs. */
  readonly alarmEndpoints: readonly string[];
  /**
   * The account's security alternate contact, set by the account stack of the environment that owns the account's
   * settings; left out: the account keeps the contact it has (in a landing zone, the organisation's).
   */
  readonly securityContact?: SecurityContact;
  /** Monthly cost budget in USD; 0 for none. */
  readonly monthlyBudgetUsd: number;
  /** Email addresses of the budget alerts. */
  readonly budgetAlertEmails: readonly string[];
  /** SSM patch baseline and maintenance window patching the instances by tag. */
  readonly patching: boolean;
  /** When patching runs (AWS cron, UTC). */
  readonly patchingSchedule: string;
}

export interface AuditCapability {
  /** A multi-region CloudTrail of the account, with CIS metric filters and alarms. */
  readonly cloudTrail: boolean;
  /** AWS Config recorder, delivery channel and managed rules in every region. */
  readonly config: boolean;
  /** GuardDuty detector with its protection features in every region. */
  readonly guardDuty: boolean;
  /** Security Hub with the Foundational Security Best Practices and CIS standards, aggregated in the primary region. */
  readonly securityHub: boolean;
  /** Retention of the CloudTrail log group (a value CloudWatch Logs accepts). */
  readonly trailLogRetentionDays: number;
  /** Create AWS Config's service-linked role (off when the account already has `AWSServiceRoleForConfig`). */
  readonly createConfigServiceLinkedRole: boolean;
}

export interface EncryptionCapability {
  /**
   * Principals (role ARNs, wildcards allowed) that may decrypt the data, DynamoDB and secrets keys through their
   * services, besides the roles the platform creates for it (see `encryption/key-users.ts`).
   */
  readonly keyUserArns: readonly string[];
}

/** What an environment deploys and how it is sized: profile defaults, preset, then the overrides of `.projenrc.ts`. */
export interface EnvironmentCapabilities {
  readonly network: NetworkCapability;
  readonly storage: StorageCapability;
  readonly webTier: WebTierCapability;
  readonly database: DatabaseCapability;
  readonly dynamodb: DynamoDbCapability;
  readonly backup: BackupCapability;
  readonly edge: EdgeCapability;
  readonly operations: OperationsCapability;
  readonly audit: AuditCapability;
  readonly encryption: EncryptionCapability;
}

export interface EnvironmentSettings {
  /** Short name, part of stack and resource names, and the value of the `Environment` tag. */
  readonly name: string;
  readonly profile: EnvironmentProfile;
  /** The only account the environment's providers may act on (`allowed_account_ids`). */
  readonly accountId: string;
  /** The regions the environment is deployed to; the first is its primary region. */
  readonly regions: readonly string[];
  /** The IPv4 block reserved for the environment; each region gets a /16 of it. */
  readonly cidrBlock: string;
  readonly capabilities: EnvironmentCapabilities;
  /** Security baseline, shared DNS account, OIDC provider and IPAM pools; left out: a standalone, managed account. */
  readonly orgFit?: OrgFitSettings;
  /** The environment's own state bucket, created by its bootstrap stack; left out: `PlatformSettings.state`. */
  readonly state?: StateBackendSettings;
}

export interface StateBackendSettings {
  readonly bucket: string;
  readonly region: string;
  /** Prefix of every state key: `<keyPrefix>/<stack>.tfstate`. */
  readonly keyPrefix: string;
}

/** How upgrades treat existing state (`.projenrc.ts`: `preventDestroyExemptions`). */
export interface UpgradeSettings {
  /**
   * `<stack>/<address>` patterns of stateful resources of production environments that do not get
   * `lifecycle.prevent_destroy` (`*` matches any characters).
   */
  readonly preventDestroyExemptions: readonly string[];
}

export interface PlatformSettings {
  /** Lowercase short name used in every resource name. */
  readonly project: string;
  readonly organization: string;
  readonly preset: PlatformPreset;
  readonly primaryRegion: string;
  readonly secondaryRegions: readonly string[];
  readonly environments: readonly EnvironmentSettings[];
  /** Availability zones per region, from the built-in table (no `aws_availability_zones` look-up). */
  readonly availabilityZones: Readonly<Record<string, readonly string[]>>;
  /** Short code per region used in S3 bucket names (`us-east-1` → `use1`), so that every name fits 63 characters. */
  readonly regionCodes: Readonly<Record<string, string>>;
  /** Required tags shared by every environment (the `Environment` tag is added per environment). */
  readonly tags: Readonly<Record<string, string>>;
  /** Allowed values of tags whose values are constrained, such as `DataClassification`. */
  readonly allowedTagValues: Readonly<Record<string, readonly string[]>>;
  readonly state: StateBackendSettings;
  readonly upgrades?: UpgradeSettings;
  /** The repository whose workflows the bootstrap roles trust; left out: no bootstrap stack. */
  readonly github?: GitHubSettings;
}
