// Generated from src/kernel/org-fit-model.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/org-fit-model.ts there).
/**
 * How an environment fits its AWS organisation: who provides the account-level security services, where its
 * DNS zone lives, how CI reaches it and where its addresses come from. Part of `settings.ts` (see settings-model.ts).
 */
import { SecurityBaseline } from './vocabulary';

/**
 * `managed`: the platform creates GuardDuty, Security Hub (and its aggregator), the AWS Config recorder and delivery
 * channel and the account's IAM Access Analyzer, once per account and region. `external`: the organisation (Control
 * Tower, a landing zone, delegated administrators) provides them; the platform neither creates nor requires them.
 */
export type { SecurityBaseline };

export interface IpamAllocation {
  /** IPAM pool per region (a pool's locale is one region): `{ "us-east-1": "ipam-pool-0123..." }`. */
  readonly poolIds: Readonly<Record<string, string>>;
  /** Size of each regional VPC the pools allocate (16 for a /16). */
  readonly netmaskLength: number;
}

export interface OrgFitSettings {
  readonly securityBaseline: SecurityBaseline;
  /**
   * The organisation's SNS topic for security alarms and findings. Without it the platform's own
   * `<project>-<environment>-security-alarms` topic is used (created with the CloudTrail capability).
   */
  readonly securityTopicArn?: string;
  /**
   * Role in the shared DNS account that holds `edge.hostedZoneId`: records and certificate validation go through a
   * provider that assumes it. Without it the zone is in the environment's account.
   */
  readonly dnsRoleArn?: string;
  /** An existing GitHub OIDC provider of the account to trust; without it the bootstrap stack creates one. */
  readonly githubOidcProviderArn?: string;
  /** VPC blocks from AWS VPC IPAM pools instead of `cidrBlock`. */
  readonly ipam?: IpamAllocation;
}

/** The repository CI runs in, which the bootstrap roles trust through GitHub OIDC. */
export interface GitHubSettings {
  /** `<owner>/<repository>`. */
  readonly repository: string;
  /** Branch that deploys and runs drift detection. */
  readonly defaultBranch: string;
}
