import { typescript } from 'projen';

/**
 * Options of a secure-aws-stack repository. Every option can be given as a `projen new` flag
 * (`--project-name payments --owner team-payments`) and changed later in `.projenrc.ts`.
 */
export interface SecureAwsStackProjectOptions extends typescript.TypeScriptProjectOptions {
  /**
   * Short name of the platform, part of every resource name (S3 bucket names included): 3 to 20 lowercase
   * letters, digits and hyphens, starting with a letter. Also the value of the `Project` tag.
   * @default - the package name, lowercased, with characters that are not allowed replaced by hyphens
   */
  readonly projectName?: string;

  /**
   * The organisation that owns the platform: lowercase letters, digits and hyphens.
   * @default "example-org"
   */
  readonly organization?: string;

  /**
   * The team that owns the resources; the value of the `Owner` tag.
   * @default "platform-team"
   */
  readonly owner?: string;

  /**
   * The cost centre billed for the resources; the value of the `CostCenter` tag.
   * @default "cc-0000"
   */
  readonly costCenter?: string;

  /**
   * Sensitivity of the data the platform holds; the value of the `DataClassification` tag.
   * One of `public`, `internal`, `confidential`, `restricted`.
   * @default "internal"
   */
  readonly dataClassification?: string;

  /**
   * Environments, in promotion order: lowercase letters and digits, 2 to 12 characters, starting with a letter.
   * @default ["dev", "staging", "production"]
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
   */
  readonly accountIds?: string[];

  /**
   * The primary AWS region of every environment.
   * @default "us-east-1"
   */
  readonly primaryRegion?: string;

  /**
   * Further regions every environment is deployed to, for disaster recovery and latency.
   * @default ["us-west-2"]
   */
  readonly secondaryRegions?: string[];

  /**
   * S3 bucket that holds the Terraform state (created once per organisation, outside this repository).
   * @default "<organization>-<projectName>-tfstate"
   */
  readonly stateBucket?: string;

  /**
   * Region of the state bucket.
   * @default - the primary region
   */
  readonly stateRegion?: string;

  /**
   * The IPv4 block split across environments (a /12 each, in order) and regions (a /16 each), so that every VPC
   * of the organisation can be peered with every other.
   * @default "10.0.0.0/8"
   */
  readonly networkCidr?: string;
}
