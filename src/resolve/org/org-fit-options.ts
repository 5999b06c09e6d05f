/**
 * Options that fit the platform into an AWS organisation (see docs/platform.md, "Account models"): who provides
 * the account-level security services, the shared DNS account, the bootstrap stack's GitHub trust and the address
 * plan from AWS VPC IPAM. Every option can be given as a `projen new` flag and changed later in `.projenrc.ts`.
 */
export interface OrgFitOptions {
  /**
   * Security baseline of each environment, as `<environment>=managed` or `<environment>=external`. `managed`: the
   * platform creates GuardDuty, Security Hub (and its finding aggregator), the AWS Config recorder and delivery
   * channel and IAM Access Analyzer, once per account and region. `external`: the organisation provides them
   * (Control Tower, a landing zone, delegated administrators); the platform neither creates nor requires them.
   * Environments that share an account must share a baseline.
   * @default - "managed" for every environment
   */
  readonly securityBaselines?: string[];

  /**
   * The organisation's SNS topic for security alarms and findings, per environment, as `<environment>=<topic ARN>`
   * (typically with an `external` baseline). Without it the platform's own `<project>-<environment>-security-alarms`
   * topic is used.
   * @default - the platform's own security topic
   */
  readonly securityTopicArns?: string[];

  /**
   * Role in a shared DNS account that manages the records of `edge.hostedZoneId`, per environment, as
   * `<environment>=<role ARN>`: the certificate validation records and the regional records are written through a
   * provider that assumes it.
   * @default - the hosted zone is in the environment's own account
   */
  readonly dnsRoleArns?: string[];

  /**
   * The GitHub repository (`<owner>/<repository>`) whose workflows the bootstrap stack's plan and deploy roles
   * trust through GitHub OIDC.
   * @default "<organization>/<package name>"
   */
  readonly githubRepository?: string;

  /**
   * An existing GitHub OIDC provider to trust, per environment, as `<environment>=<provider ARN>` (an account
   * has at most one provider for token.actions.githubusercontent.com).
   * @default - the bootstrap stack creates the provider (once per account)
   */
  readonly githubOidcProviderArns?: string[];

  /**
   * AWS VPC IPAM pools that allocate the VPC blocks instead of `networkCidr`, as
   * `<environment>=<region>:<ipam pool id>`, one entry for every region of the environment.
   * @default - VPC blocks from networkCidr / environmentCidrs
   */
  readonly ipamPools?: string[];

  /**
   * Size of each VPC allocated from an IPAM pool (16 to 20, the netmask length).
   * @default 16
   */
  readonly ipamNetmaskLength?: number;
}
