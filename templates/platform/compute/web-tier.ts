import { Construct } from 'constructs';
import { ITerraformDependable, TerraformProvider } from '../engine';
import { MixedInstancesOptions, WebAutoScalingGroup } from './auto-scaling-group';
import { DnsValidatedCertificate } from './dns-validated-certificate';
import { HardenedLaunchTemplate } from './launch-template';
import { WebLoadBalancer } from './load-balancer';
import { WebTierSecurityGroups } from './security-groups';
import { ManagedRuleGroup, WebApplicationFirewall } from './web-acl';
import { EncryptedLogGroup } from '../operations/log-group';

export interface WebTierProps {
  /** Prefix of every name, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  readonly vpcId: string;
  readonly vpcCidrBlock: string;
  /** Subnets of the load balancer. */
  readonly publicSubnetIds: readonly string[];
  /** Subnets of the instances. */
  readonly appSubnetIds: readonly string[];
  /** Customer-managed key of the root volumes (and of the log groups, unless `logsKmsKeyArn` is given). */
  readonly kmsKeyArn: string;
  /**
   * Customer-managed key of the instance and WAF log groups.
   * @default kmsKeyArn
   */
  readonly logsKmsKeyArn?: string;
  /** Instance profile of the application instances. */
  readonly instanceProfileName: string;
  /** Bucket of the load balancer's access logs. */
  readonly accessLogsBucket: string;
  /**
   * Resources the load balancer waits for, typically the access-log bucket's policy.
   * @default []
   */
  readonly accessLogsDependsOn?: readonly ITerraformDependable[];
  /**
   * Certificate of the HTTPS listener. Takes precedence over `domainName`.
   * @default a DNS-validated ACM certificate for `domainName`, if set
   */
  readonly certificateArn?: string;
  /**
   * Domain to request an ACM certificate for (DNS validation).
   * @default none: without `certificateArn` or `domainName` the web tier does not serve (HTTP answers 503)
   */
  readonly domainName?: string;
  /**
   * @default []
   */
  readonly subjectAlternativeNames?: readonly string[];
  /**
   * Hosted zone in which the certificate's validation records are created.
   * @default none (add the validation records yourself)
   */
  readonly hostedZoneId?: string;
  /**
   * Provider of the account that holds the hosted zone, when it is not this stack's (a shared DNS account).
   * @default the stack's default provider
   */
  readonly dnsProvider?: TerraformProvider;
  /**
   * Whether this region creates the certificate's validation records (see `DnsValidatedCertificate`).
   * @default true
   */
  readonly ownsValidationRecords?: boolean;
  /**
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * @default 't3.micro'
   */
  readonly instanceType?: string;
  /**
   * @default 2
   */
  readonly minSize?: number;
  /**
   * @default 6
   */
  readonly maxSize?: number;
  /**
   * @default minSize
   */
  readonly desiredCapacity?: number;
  /**
   * Spot capacity (not for production).
   * @default on-demand only
   */
  readonly mixedInstances?: MixedInstancesOptions;
  /**
   * Requests per instance per minute the group scales to, in addition to CPU.
   * @default 1000
   */
  readonly requestsPerInstanceTarget?: number;
  /**
   * @default 8080
   */
  readonly appPort?: number;
  /**
   * Port of the database the app tier may reach (the database's `port`).
   * @default DEFAULT_DATABASE_PORT (5433)
   */
  readonly databasePort?: number;
  /**
   * Commands that install and start the application.
   * @default a placeholder answering `/healthz`
   */
  readonly applicationScript?: string;
  /**
   * Tags of the instances, volumes and network interfaces (required tags, `PatchGroup`…).
   * @default {}
   */
  readonly instanceTags?: Readonly<Record<string, string>>;
  /**
   * Retention of the instance and WAF logs.
   * @default 365
   */
  readonly logRetentionInDays?: number;
  /**
   * Put a WAF web ACL in front of the load balancer.
   * @default true
   */
  readonly webApplicationFirewall?: boolean;
  /**
   * @default DEFAULT_MANAGED_RULE_GROUPS
   */
  readonly managedRuleGroups?: readonly ManagedRuleGroup[];
  /**
   * @default 2000
   */
  readonly rateLimitPer5Minutes?: number;
}

/**
 * The web tier of a region: tiered security groups, hardened launch template, Auto Scaling group, internet-facing
 * load balancer (with a DNS-validated certificate when a domain is configured) and a WAF web ACL.
 */
export class WebTier extends Construct {
  public readonly securityGroups: WebTierSecurityGroups;
  public readonly instanceLogGroup: EncryptedLogGroup;
  public readonly launchTemplate: HardenedLaunchTemplate;
  public readonly certificate?: DnsValidatedCertificate;
  public readonly loadBalancer: WebLoadBalancer;
  public readonly autoScalingGroup: WebAutoScalingGroup;
  public readonly firewall?: WebApplicationFirewall;

  constructor(scope: Construct, id: string, props: WebTierProps) {
    super(scope, id);
    const appPort = props.appPort ?? 8080;

    this.securityGroups = new WebTierSecurityGroups(this, 'security-groups', {
      namePrefix: props.namePrefix,
      vpcId: props.vpcId,
      vpcCidrBlock: props.vpcCidrBlock,
      appPort,
      databasePort: props.databasePort,
    });

    // A literal name: the user data carries it and is encoded at synth time.
    const instanceLogGroupName = `/platform/${props.namePrefix}/app-instances`;
    this.instanceLogGroup = new EncryptedLogGroup(this, 'instance-logs', {
      name: instanceLogGroupName,
      kmsKeyArn: props.logsKmsKeyArn ?? props.kmsKeyArn,
      retentionInDays: props.logRetentionInDays,
    });

    this.launchTemplate = new HardenedLaunchTemplate(this, 'launch-template', {
      namePrefix: props.namePrefix,
      securityGroupIds: [this.securityGroups.app.id],
      instanceProfileName: props.instanceProfileName,
      kmsKeyArn: props.kmsKeyArn,
      instanceType: props.instanceType,
      appPort,
      applicationScript: props.applicationScript,
      logGroupName: instanceLogGroupName,
      tags: props.instanceTags,
    });

    let certificateArn = props.certificateArn;
    if (certificateArn === undefined && props.domainName) {
      this.certificate = new DnsValidatedCertificate(this, 'certificate', {
        domainName: props.domainName,
        subjectAlternativeNames: props.subjectAlternativeNames,
        hostedZoneId: props.hostedZoneId,
        dnsProvider: props.dnsProvider,
        ownsValidationRecords: props.ownsValidationRecords,
      });
      certificateArn = this.certificate.certificateArn;
    }

    this.loadBalancer = new WebLoadBalancer(this, 'load-balancer', {
      namePrefix: props.namePrefix,
      vpcId: props.vpcId,
      subnetIds: props.publicSubnetIds,
      securityGroupIds: [this.securityGroups.alb.id],
      accessLogsBucket: props.accessLogsBucket,
      accessLogsDependsOn: props.accessLogsDependsOn,
      certificateArn,
      deletionProtection: props.deletionProtection,
      targetPort: appPort,
    });

    this.autoScalingGroup = new WebAutoScalingGroup(this, 'auto-scaling-group', {
      namePrefix: props.namePrefix,
      launchTemplateId: this.launchTemplate.launchTemplate.id,
      launchTemplateVersion: WebAutoScalingGroup.latestVersion(this.launchTemplate.launchTemplate.latestVersion),
      launchTemplateImageId: this.launchTemplate.imageId,
      subnetIds: props.appSubnetIds,
      targetGroupArns: [this.loadBalancer.targetGroup.arn],
      // Until the load balancer forwards, targets are never health-checked: EC2 health checks keep them alive.
      healthCheckType: this.loadBalancer.serving ? 'ELB' : 'EC2',
      minSize: props.minSize,
      maxSize: props.maxSize,
      desiredCapacity: props.desiredCapacity,
      mixedInstances: props.mixedInstances,
      requestCountScaling: this.loadBalancer.serving
        ? {
          resourceLabel: `${this.loadBalancer.loadBalancer.arnSuffix}/${this.loadBalancer.targetGroup.arnSuffix}`,
          targetValue: props.requestsPerInstanceTarget ?? 1000,
        }
        : undefined,
      tags: props.instanceTags,
    });

    if (props.webApplicationFirewall ?? true) {
      this.firewall = new WebApplicationFirewall(this, 'firewall', {
        namePrefix: props.namePrefix,
        resourceArn: this.loadBalancer.loadBalancer.arn,
        kmsKeyArn: props.logsKmsKeyArn ?? props.kmsKeyArn,
        logRetentionInDays: props.logRetentionInDays,
        managedRuleGroups: props.managedRuleGroups,
        rateLimitPer5Minutes: props.rateLimitPer5Minutes,
      });
    }
  }
}
