import { SecurityContactOptions } from './security-contact-options';

/** Switches and tuning of the platform's capabilities; every field left out keeps the profile default. */
export interface PlatformCapabilityOptions {
  /** @default - profile defaults */
  readonly network?: NetworkCapabilityOptions;
  /** @default - profile defaults */
  readonly storage?: StorageCapabilityOptions;
  /** @default - profile defaults */
  readonly webTier?: WebTierCapabilityOptions;
  /** @default - profile defaults */
  readonly database?: DatabaseCapabilityOptions;
  /** @default - profile defaults */
  readonly dynamodb?: DynamoDbCapabilityOptions;
  /** @default - profile defaults */
  readonly backup?: BackupCapabilityOptions;
  /** @default - no hosted zone */
  readonly edge?: EdgeCapabilityOptions;
  /** @default - profile defaults */
  readonly operations?: OperationsCapabilityOptions;
  /** @default - every audit and detection service on */
  readonly audit?: AuditCapabilityOptions;
  /** Who may use the data, DynamoDB and secrets keys. */
  readonly encryption?: EncryptionCapabilityOptions;
}

export interface NetworkCapabilityOptions {
  /**
   * One NAT gateway per availability zone; otherwise one NAT gateway shared by the zones (not allowed in production).
   * @default - true in production, false otherwise
   */
  readonly natGatewayPerAz?: boolean;
  /**
   * Retention of the VPC flow logs, in days (a value CloudWatch Logs accepts).
   * @default - 30 in development, 90 in staging, 365 in production
   */
  readonly flowLogRetentionDays?: number;
  /**
   * Interface endpoints for EC2, SSM, SSM messages, EC2 messages, KMS, CloudWatch Logs, Secrets Manager and STS.
   * @default true
   */
  readonly interfaceEndpoints?: boolean;
}

export interface StorageCapabilityOptions {
  /**
   * Replicate the primary region's data bucket to the first secondary region, encrypted with that region's key.
   * @default - true when there is a secondary region
   */
  readonly crossRegionReplication?: boolean;
  /**
   * Days after which data objects move to S3 Intelligent-Tiering (0 moves them at once).
   * @default 30
   */
  readonly intelligentTieringAfterDays?: number;
  /**
   * Days after which noncurrent object versions are deleted.
   * @default - 30 in development, 90 in staging, 365 in production
   */
  readonly noncurrentVersionExpirationDays?: number;
  /**
   * Days after which log objects (S3 access logs, load balancer logs, CloudTrail, Config) are deleted.
   * @default - 90 in development, 365 in staging, 2557 (7 years) in production
   */
  readonly logExpirationDays?: number;
}

export interface WebTierCapabilityOptions {
  /**
   * Application load balancer, WAF and Auto Scaling group of EC2 instances in every region.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * EC2 instance type of the application instances.
   * @default - t3.micro in development, t3.small in staging, t3.medium in production
   */
  readonly instanceType?: string;
  /**
   * Fewest instances.
   * @default - 1 in development, 2 in staging, 3 in production
   */
  readonly minSize?: number;
  /**
   * Most instances.
   * @default - 2 in development, 4 in staging, 9 in production
   */
  readonly maxSize?: number;
  /**
   * Instances at launch, between minSize and maxSize.
   * @default - minSize
   */
  readonly desiredCapacity?: number;
  /**
   * Mix spot instances with on-demand ones (not allowed in production).
   * @default - true in development, false otherwise
   */
  readonly spotInstances?: boolean;
  /**
   * Deletion protection of the load balancers.
   * @default - true in production, false otherwise
   */
  readonly loadBalancerDeletionProtection?: boolean;
  /**
   * WAFv2 web ACL with AWS managed rule groups and a rate limit in front of the load balancers.
   * @default true
   */
  readonly webApplicationFirewall?: boolean;
  /**
   * Domain name the HTTPS listeners serve; a DNS-validated ACM certificate is requested for it in every region
   * without a certificate in `certificateArns`. Without a domain name and a certificate, the load balancer has
   * only an HTTP listener that answers 503 to every request.
   * @default - none
   */
  readonly domainName?: string;
  /**
   * Existing ACM certificates, by region (`{ "us-east-1": "arn:aws:acm:us-east-1:...:certificate/..." }`).
   * @default - none
   */
  readonly certificateArns?: { [region: string]: string };
}

export interface DatabaseCapabilityOptions {
  /**
   * RDS PostgreSQL in the data subnets (only with the web tier, its only allowed client).
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * RDS instance class.
   * @default - db.t4g.micro in development, db.t4g.small in staging, db.m7g.large in production
   */
  readonly instanceClass?: string;
  /**
   * Port the database listens on, 1150 to 65535 but not PostgreSQL's default 5432 (FSBP RDS.23); the app tier's
   * egress and the database tier's ingress follow it. Changing it on an existing database modifies the instance and
   * restarts it (see docs/platform.md).
   * @default 5433
   */
  readonly port?: number;
  /**
   * Initial storage, in GiB.
   * @default - 20, 100 in production
   */
  readonly allocatedStorageGb?: number;
  /**
   * Storage autoscaling limit, in GiB (at least allocatedStorageGb).
   * @default - 100, 1000 in production
   */
  readonly maxAllocatedStorageGb?: number;
  /**
   * Standby in another availability zone.
   * @default - true in production, false otherwise
   */
  readonly multiAz?: boolean;
  /**
   * Days automated backups are kept, 7 to 35.
   * @default - 7 in development, 14 in staging, 35 in production
   */
  readonly backupRetentionDays?: number;
  /**
   * Deletion protection and a final snapshot.
   * @default - false in development, true otherwise
   */
  readonly deletionProtection?: boolean;
  /**
   * A read replica in the first secondary region.
   * @default - true when there is a secondary region, except in development
   */
  readonly crossRegionReplica?: boolean;
  /**
   * Region of the writable database: the environment's primary region or, to promote the cross-region replica, the
   * first secondary region. Changing it flips the primary and replica roles (the plan shows the replica promoted and
   * the old primary recreated as a replica) and moves the Route 53 failover PRIMARY record with it. See the runbook
   * in docs/platform.md.
   * @default - the environment's primary region
   */
  readonly primaryRegion?: string;
}

export interface DynamoDbCapabilityOptions {
  /**
   * DynamoDB table (global table when replicated) with point-in-time recovery and the customer-managed key.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * @default - false in development, true otherwise
   */
  readonly deletionProtection?: boolean;
  /**
   * Replicas in every secondary region.
   * @default - true when there are secondary regions
   */
  readonly replicated?: boolean;
}

export interface BackupCapabilityOptions {
  /**
   * AWS Backup vault (customer-managed key) and plan for the resources tagged `Backup=true`.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Days the daily recovery points are kept.
   * @default - 7 in development, 14 in staging, 35 in production
   */
  readonly retentionDays?: number;
  /**
   * Copy every recovery point to the first secondary region.
   * @default - true when there is a secondary region
   */
  readonly crossRegionCopy?: boolean;
  /**
   * AWS Backup Vault Lock on every region's vault: recovery points cannot be deleted before the plan's retention, not
   * even by administrators; the lock's minimum and maximum retention follow the plan's rules. Governance mode (the
   * lock can be removed with `backup:DeleteBackupVaultLockConfiguration`) unless vaultLockChangeableForDays is set.
   * @default false
   */
  readonly vaultLock?: boolean;
  /**
   * Days (at least 3) after which the vault lock becomes immutable (compliance mode): after that neither the lock nor
   * the vault can be removed, and the recovery points stay until their retention ends. Needs vaultLock.
   * @default - governance mode (the lock stays removable)
   */
  readonly vaultLockChangeableForDays?: number;
}

export interface EdgeCapabilityOptions {
  /**
   * Public Route 53 hosted zone of `webTier.domainName` (e.g. "Z0123456789ABCDEFGHIJ"): certificate validation
   * records and the regional records with HTTPS health checks are created in it.
   * @default - none: no DNS record is managed
   */
  readonly hostedZoneId?: string;
  /**
   * `failover` (the database's primary region active, the replica's region standby) or `latency` (every region
   * answers; only without a database, whose writes would otherwise reach regions that cannot write).
   * @default "failover"
   */
  readonly routingPolicy?: string;
}

export interface OperationsCapabilityOptions {
  /**
   * Retention of log groups, in days (a value CloudWatch Logs accepts).
   * @default - 30 in development, 90 in staging, 365 in production
   */
  readonly logRetentionDays?: number;
  /**
   * Email addresses subscribed to the security and workload alarm topics.
   * @default []
   */
  readonly alarmEmails?: string[];
  /**
   * Other subscribers of the security and workload alarm topics: HTTPS URLs (an incident tool's webhook), SQS queue
   * ARNs or Lambda function ARNs. A production environment with a real account id needs alarmEmails or alarmEndpoints.
   * @default []
   */
  readonly alarmEndpoints?: string[];
  /**
   * The account's security alternate contact (FSBP Account.1), set by the account stack of the environment that owns
   * the account's settings (the first environment of a shared account). Required for a production environment with a
   * real account id and the managed security baseline; a warning otherwise, except with `securityBaselines`
   * `<env>=external`, where the organisation usually sets it. The `securityContact*` options set the default of
   * every environment.
   * @default - the `securityContact*` options; none: the account keeps the contact it has
   */
  readonly securityContact?: SecurityContactOptions;
  /**
   * Monthly AWS Budgets limit in USD; 0 for no budget.
   * @default - the estimated monthly cost of the environment's capabilities in its regions plus 20 %, rounded up to
   * 50 USD (with the defaults: 400/450/900 for development/staging/production with one region, 700/850/1550 with two,
   * 1050/1200/2100 with three; see docs/platform.md)
   */
  readonly monthlyBudgetUsd?: number;
  /**
   * Email addresses of the budget alerts.
   * @default - alarmEmails
   */
  readonly budgetAlertEmails?: string[];
  /**
   * SSM patch baseline and a maintenance window patching the instances.
   * @default true
   */
  readonly patching?: boolean;
  /**
   * When patching runs: an AWS cron expression, in UTC.
   * @default "cron(0 3 ? * SUN *)"
   */
  readonly patchingSchedule?: string;
}

export interface AuditCapabilityOptions {
  /**
   * Multi-region CloudTrail of the account with CIS metric filters and alarms. Turn off only when an
   * organisation trail already covers the account.
   * @default true
   */
  readonly cloudTrail?: boolean;
  /**
   * AWS Config recorder, delivery channel and managed rules in every region.
   * @default true
   */
  readonly config?: boolean;
  /**
   * GuardDuty in every region. Turn off only when a delegated administrator manages it for the organisation.
   * @default true
   */
  readonly guardDuty?: boolean;
  /**
   * Security Hub in every region. Turn off only when a delegated administrator manages it for the organisation.
   * @default true
   */
  readonly securityHub?: boolean;
  /**
   * Retention of the CloudTrail log group, in days (a value CloudWatch Logs accepts).
   * @default - 90 in development, 365 otherwise
   */
  readonly trailLogRetentionDays?: number;
  /**
   * Create AWS Config's service-linked role `AWSServiceRoleForConfig`, which the recorders of every region use (FSBP
   * Config.1). Turn off when the account already has it (AWS Config was set up before, e.g. by Control Tower), or
   * import it: `terraform import` of the role's ARN into the account stack.
   * @default true
   */
  readonly createConfigServiceLinkedRole?: boolean;
}

export interface EncryptionCapabilityOptions {
  /**
   * IAM principals (role or user ARNs of the environment's account; `*` allowed in the name) that may decrypt the
   * data bucket, DynamoDB table and secrets through their services, besides the roles the platform creates for it
   * (the application instances, bucket replication, AWS Backup, and the service-linked roles of DynamoDB replication
   * and RDS). Add the roles of people or jobs that read the data; a CI plan role should not be one of them.
   * @default []
   */
  readonly keyUserArns?: string[];
}
