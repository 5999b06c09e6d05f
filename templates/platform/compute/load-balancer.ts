import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { Construct } from 'constructs';
import { ITerraformDependable } from '../engine';
import { boundedName } from './bounded-name';

/** TLS 1.3 and 1.2 with forward-secret ciphers only. */
export const DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export interface WebLoadBalancerProps {
  /** Prefix of the load balancer and target group names (cut to 32 characters with a hash when longer). */
  readonly namePrefix: string;
  readonly vpcId: string;
  /** The public subnets, one per availability zone. */
  readonly subnetIds: readonly string[];
  /** The load balancer tier's security group. */
  readonly securityGroupIds: readonly string[];
  /** Bucket that receives the access logs (SSE-S3, with a policy that lets Elastic Load Balancing write). */
  readonly accessLogsBucket: string;
  /**
   * @default namePrefix
   */
  readonly accessLogsPrefix?: string;
  /**
   * What must exist before the load balancer is created, typically the access-log bucket's policy: Elastic Load
   * Balancing checks that it may write to the bucket when access logs are enabled.
   * @default []
   */
  readonly accessLogsDependsOn?: readonly ITerraformDependable[];
  /**
   * ARN of the certificate of the HTTPS listener. Without one, no HTTPS listener exists, the HTTP listener answers
   * 503 and no request reaches the instances.
   * @default no HTTPS listener
   */
  readonly certificateArn?: string;
  /**
   * @default 'ELBSecurityPolicy-TLS13-1-2-2021-06'
   */
  readonly sslPolicy?: string;
  /**
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Port the application listens on.
   * @default 8080
   */
  readonly targetPort?: number;
  /**
   * @default '/healthz'
   */
  readonly healthCheckPath?: string;
  /**
   * @default 60
   */
  readonly idleTimeoutSeconds?: number;
  /**
   * Seconds a deregistering instance keeps serving in-flight requests.
   * @default 30
   */
  readonly deregistrationDelaySeconds?: number;
}

/**
 * An internet-facing Application Load Balancer in the public subnets: invalid header fields dropped, strictest desync
 * mitigation, access logs, deletion protection; HTTPS with a TLS 1.2+ policy forwarding to the app target group, and
 * HTTP redirected to HTTPS. Until a certificate is configured, only the HTTP listener exists and answers 503.
 */
export class WebLoadBalancer extends Construct {
  public readonly loadBalancer: Lb;
  public readonly targetGroup: LbTargetGroup;
  public readonly httpListener: LbListener;
  /** The HTTPS listener, when a certificate is configured. */
  public readonly httpsListener?: LbListener;
  /** Whether requests reach the target group (a certificate is configured). */
  public readonly serving: boolean;

  constructor(scope: Construct, id: string, props: WebLoadBalancerProps) {
    super(scope, id);
    const targetPort = props.targetPort ?? 8080;
    this.serving = props.certificateArn !== undefined;

    this.loadBalancer = new Lb(this, 'alb', {
      name: boundedName(props.namePrefix, 32),
      loadBalancerType: 'application',
      internal: false,
      ipAddressType: 'ipv4',
      subnets: [...props.subnetIds],
      securityGroups: [...props.securityGroupIds],
      dropInvalidHeaderFields: true,
      desyncMitigationMode: 'strictest',
      enableDeletionProtection: props.deletionProtection ?? true,
      enableHttp2: true,
      enableWafFailOpen: false,
      idleTimeout: props.idleTimeoutSeconds ?? 60,
      accessLogs: { bucket: props.accessLogsBucket, prefix: props.accessLogsPrefix ?? props.namePrefix, enabled: true },
      tags: { Name: props.namePrefix },
      dependsOn: props.accessLogsDependsOn?.length ? [...props.accessLogsDependsOn] : undefined,
    });

    this.targetGroup = new LbTargetGroup(this, 'app', {
      name: boundedName(`${props.namePrefix}-app`, 32),
      vpcId: props.vpcId,
      targetType: 'instance',
      protocol: 'HTTP',
      protocolVersion: 'HTTP1',
      port: targetPort,
      deregistrationDelay: String(props.deregistrationDelaySeconds ?? 30),
      healthCheck: {
        enabled: true,
        protocol: 'HTTP',
        port: 'traffic-port',
        path: props.healthCheckPath ?? '/healthz',
        matcher: '200',
        interval: 15,
        timeout: 5,
        healthyThreshold: 2,
        unhealthyThreshold: 3,
      },
      tags: { Name: `${props.namePrefix}-app` },
    });

    if (props.certificateArn !== undefined) {
      this.httpsListener = new LbListener(this, 'https', {
        loadBalancerArn: this.loadBalancer.arn,
        port: 443,
        protocol: 'HTTPS',
        sslPolicy: props.sslPolicy ?? DEFAULT_SSL_POLICY,
        certificateArn: props.certificateArn,
        defaultAction: [{ type: 'forward', targetGroupArn: this.targetGroup.arn }],
      });
      this.httpListener = new LbListener(this, 'http', {
        loadBalancerArn: this.loadBalancer.arn,
        port: 80,
        protocol: 'HTTP',
        defaultAction: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }],
      });
    } else {
      this.httpListener = new LbListener(this, 'http', {
        loadBalancerArn: this.loadBalancer.arn,
        port: 80,
        protocol: 'HTTP',
        defaultAction: [
          {
            type: 'fixed-response',
            fixedResponse: {
              statusCode: '503',
              contentType: 'text/plain',
              messageBody: 'Not configured: set a certificate ARN or a domain for this environment to serve HTTPS.',
            },
          },
        ],
      });
    }
  }
}
