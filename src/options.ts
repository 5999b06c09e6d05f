import { typescript } from 'projen';
import { PlatformCapabilityOptions } from './resolve/capabilities/capability-options';
import { SecurityContactProjectOptions } from './resolve/capabilities/security-contact-options';
import { CiCdOptions } from './resolve/ci/ci-options';
import { GuardrailOptions } from './resolve/guardrails/guardrail-options';
import { OrgFitOptions } from './resolve/org/org-fit-options';
import { TaggingOptions } from './resolve/tagging/tagging-options';
import { UpgradeSafetyOptions } from './resolve/upgrades/upgrade-options';

/**
 * Options of a secure-aws-stack repository. Every option can be given as a `projen new` flag
 * (`--project-name payments --owner team-payments`) and changed later in `.projenrc.ts`.
 */
export interface SecureAwsStackProjectOptions
  extends typescript.TypeScriptProjectOptions,
  GuardrailOptions,
  TaggingOptions,
  CiCdOptions,
  UpgradeSafetyOptions,
  OrgFitOptions,
  SecurityContactProjectOptions {
  /**
   * Short name of the platform, part of every resource name (S3 bucket names included): 3 to 20 lowercase
   * letters, digits and hyphens, starting with a letter. Also the value of the `Project` tag.
   * @default - the package name, lowercased, with characters that are not allowed replaced by hyphens
   */
  readonly projectName?: string;

  /**
   * The organisation that owns the platform: lowercase letters, digits and hyphens.
   * @default "example-org"
   * @featured
   */
  readonly organization?: string;

  /**
   * The team that owns the resources; the value of the `Owner` tag.
   * @default "platform-team"
   * @featured
   */
  readonly owner?: string;

  /**
   * The cost centre billed for the resources; the value of the `CostCenter` tag.
   * @default "cc-0000"
   * @featured
   */
  readonly costCenter?: string;

  /**
   * Sensitivity of the data the platform holds; the value of the `DataClassification` tag.
   * One of `public`, `internal`, `confidential`, `restricted`.
   * @default "internal"
   * @featured
   */
  readonly dataClassification?: string;

  /**
   * Environments, in promotion order: lowercase letters and digits, 2 to 12 characters, starting with a letter.
   * @default ["dev", "staging", "production"]
   * @featured
   */
  readonly environments?: string[];

  /**
   * Profile of each environment whose profile cannot be told from its name, as `<environment>=<profile>` with a
   * profile of `development`, `staging` or `production`. Names containing `prod` are production, names such as
   * `staging`, `stage`, `uat` or `preprod` are staging, all others development.
   * @default - profiles inferred from the environment names
   */
  readonly environmentProfiles?: string[];

  /**
   * AWS account id of each environment, as `<environment>=<12 digits>`. Every environment must be given once.
   * The providers refuse to act on any other account (`allowed_account_ids`).
   * @default - placeholder ids 111111111111, 222222222222, ... (plan works offline; replace them before deploying)
   * @featured
   */
  readonly accountIds?: string[];

  /**
   * The primary AWS region of every environment.
   * @default "us-east-1"
   * @featured
   */
  readonly primaryRegion?: string;

  /**
   * Regional shape of the platform: `baseline` (the primary region only), `multi-region` (the primary region and
   * one secondary region: replicated data bucket, database read replica, DynamoDB global table, backup copies,
   * Route 53 failover) or `enterprise` (the primary region and at least two secondary regions with DynamoDB
   * replicas, Route 53 failover between the database's two regions, Security Hub findings of every region aggregated
   * in the primary region).
   * @default - inferred from `secondaryRegions` when it is given (none: baseline, one: multi-region, more:
   * enterprise), otherwise "multi-region"
   * @featured
   */
  readonly preset?: string;

  /**
   * Further regions every environment is deployed to, for disaster recovery and latency.
   * @default - the preset's regions, near the primary region: for us-east-1, none (baseline), ["us-west-2"]
   * (multi-region), ["us-west-2", "us-east-2"] (enterprise)
   * @featured
   */
  readonly secondaryRegions?: string[];

  /**
   * Switches and tuning of the platform's capabilities for every environment, over the defaults of each
   * environment's profile (development, staging, production).
   * @default - the profile defaults (see docs/platform.md)
   */
  readonly capabilities?: PlatformCapabilityOptions;

  /**
   * Switches and tuning per environment, by environment name, over `capabilities`.
   * @default - no per-environment overrides
   */
  readonly environmentCapabilities?: { [environment: string]: PlatformCapabilityOptions };

  /**
   * Email addresses subscribed to the alarm topics of every environment (CLI: `--alarm-emails ops@example.com`), the
   * default of `capabilities.operations.alarmEmails`. A production environment with a real account id needs a
   * subscriber: this, `capabilities.operations.alarmEmails` or `capabilities.operations.alarmEndpoints`.
   * @default []
   */
  readonly alarmEmails?: string[];

  /**
   * S3 bucket that holds the Terraform state of every environment, created by the organisation outside this
   * repository. Without it each environment's bootstrap stack creates the environment's own state bucket.
   * @default - per environment, "<projectName>-<environment>-tfstate-<account id>-<region code>" (bootstrap stack)
   * @featured
   */
  readonly stateBucket?: string;

  /**
   * Region of the state bucket.
   * @default - the primary region
   */
  readonly stateRegion?: string;

  /**
   * The IPv4 block split across environments (a /12 each, in order) and regions (a /16 each): the block the
   * organisation's IP plan reserves for this repository, so that its VPCs can be peered with every other. Required
   * unless every environment that is not a development environment has an `environmentCidrs` or `ipamPools` entry.
   * @default - "10.0.0.0/8", allowed for development environments only (every repository would get the same blocks)
   * @featured
   */
  readonly networkCidr?: string;

  /**
   * Address block of an environment that must not come from `networkCidr` (e.g. to peer with an existing
   * network), as `<environment>=<cidr>`; it must hold one /16 per region and overlap no other environment.
   * @default - every environment gets its /12 of networkCidr
   */
  readonly environmentCidrs?: string[];
}
