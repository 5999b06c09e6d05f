import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Construct } from 'constructs';
import { DEFAULT_DATABASE_PORT } from '../data/postgres-instance-options';

export interface WebTierSecurityGroupsProps {
  /** Prefix of the security group names, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  readonly vpcId: string;
  /** The VPC's IPv4 block: the destination of the app tier's HTTPS traffic to interface endpoints. */
  readonly vpcCidrBlock: string;
  /**
   * Client networks allowed to reach the load balancer on ports 80 and 443.
   * @default ['0.0.0.0/0'] (an internet-facing web tier)
   */
  readonly albIngressCidrBlocks?: readonly string[];
  /**
   * Port the application listens on; only the load balancer may reach it.
   * @default 8080
   */
  readonly appPort?: number;
  /**
   * Port of the database; only the app tier may reach it.
   * @default DEFAULT_DATABASE_PORT (5433)
   */
  readonly databasePort?: number;
  /**
   * Let the app tier reach HTTPS on the Internet through the NAT gateways (package repositories, AWS APIs without an
   * endpoint). Without it, the app tier reaches HTTPS only inside the VPC (the interface endpoints).
   * @default true
   */
  readonly appInternetHttpsEgress?: boolean;
}

/**
 * Security groups tiered ALB → app → database. Every group is created without rules (Terraform removes the default
 * allow-all egress) and gets only the rules its tier needs; tiers refer to each other by group, never by CIDR.
 */
export class WebTierSecurityGroups extends Construct {
  public readonly alb: SecurityGroup;
  public readonly app: SecurityGroup;
  public readonly database: SecurityGroup;

  constructor(scope: Construct, id: string, props: WebTierSecurityGroupsProps) {
    super(scope, id);
    const appPort = props.appPort ?? 8080;
    const databasePort = props.databasePort ?? DEFAULT_DATABASE_PORT;
    const group = (tier: string, description: string) =>
      new SecurityGroup(this, tier, {
        // A prefix, not a fixed name: create-before-destroy creates the replacement while the old group still exists.
        namePrefix: `${props.namePrefix}-${tier}-`,
        description,
        vpcId: props.vpcId,
        revokeRulesOnDelete: true,
        tags: { Name: `${props.namePrefix}-${tier}` },
        // Groups created with a fixed name keep it: switching to a prefix alone must not replace them.
        lifecycle: { createBeforeDestroy: true, ignoreChanges: ['name', 'name_prefix'] },
      });
    this.alb = group('alb', 'Internet-facing load balancer: HTTP/HTTPS in, application port to the app tier out');
    this.app = group('app', 'Application instances: application port from the load balancer only');
    this.database = group('db', 'Database: PostgreSQL from the app tier only, no egress');

    const ingress = (ruleId: string, groupId: string, description: string, port: number, from: { cidr?: string; group?: string }) =>
      new VpcSecurityGroupIngressRule(this, ruleId, {
        securityGroupId: groupId,
        description,
        ipProtocol: 'tcp',
        fromPort: port,
        toPort: port,
        cidrIpv4: from.cidr,
        referencedSecurityGroupId: from.group,
      });
    const egress = (ruleId: string, groupId: string, description: string, port: number, to: { cidr?: string; group?: string }) =>
      new VpcSecurityGroupEgressRule(this, ruleId, {
        securityGroupId: groupId,
        description,
        ipProtocol: 'tcp',
        fromPort: port,
        toPort: port,
        cidrIpv4: to.cidr,
        referencedSecurityGroupId: to.group,
      });

    (props.albIngressCidrBlocks ?? ['0.0.0.0/0']).forEach((cidr, i) => {
      ingress(`alb-https-in-${i}`, this.alb.id, `HTTPS from ${cidr}`, 443, { cidr });
      ingress(`alb-http-in-${i}`, this.alb.id, `HTTP from ${cidr} (redirected to HTTPS)`, 80, { cidr });
    });
    egress('alb-to-app', this.alb.id, 'Application port to the app tier', appPort, { group: this.app.id });

    ingress('app-from-alb', this.app.id, 'Application port from the load balancer', appPort, { group: this.alb.id });
    egress('app-to-db', this.app.id, 'PostgreSQL to the database tier', databasePort, { group: this.database.id });
    egress('app-https-vpc', this.app.id, 'HTTPS to the VPC interface endpoints', 443, { cidr: props.vpcCidrBlock });
    if (props.appInternetHttpsEgress ?? true) {
      egress('app-https-internet', this.app.id, 'HTTPS to the Internet through the NAT gateways', 443, { cidr: '0.0.0.0/0' });
    }

    ingress('db-from-app', this.database.id, 'PostgreSQL from the app tier', databasePort, { group: this.app.id });
  }
}
