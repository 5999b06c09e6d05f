import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { Construct } from 'constructs';

/** Services the instances reach without the Internet: Session Manager, KMS, CloudWatch Logs, Secrets Manager, STS. */
export const INTERFACE_ENDPOINT_SERVICES = ['ec2', 'ssm', 'ssmmessages', 'ec2messages', 'kms', 'logs', 'secretsmanager', 'sts'] as const;

export interface VpcEndpointsProps {
  readonly namePrefix: string;
  readonly region: string;
  readonly vpcId: string;
  readonly vpcCidrBlock: string;
  /** Subnets of the interface endpoints' network interfaces (the app tier). */
  readonly subnetIds: readonly string[];
  /** Route tables that get the S3 gateway endpoint's routes. */
  readonly routeTableIds: readonly string[];
  /**
   * Interface endpoints of `INTERFACE_ENDPOINT_SERVICES` (hourly cost per AZ); the S3 gateway endpoint is always created.
   * @default true
   */
  readonly interfaceEndpoints?: boolean;
}

/** S3 gateway endpoint and private-DNS interface endpoints reachable on 443 from the VPC only. */
export class VpcEndpoints extends Construct {
  public readonly s3: VpcEndpoint;
  public readonly securityGroup?: SecurityGroup;
  public readonly interfaces: Readonly<Record<string, VpcEndpoint>>;

  constructor(scope: Construct, id: string, props: VpcEndpointsProps) {
    super(scope, id);
    this.s3 = new VpcEndpoint(this, 's3', {
      vpcId: props.vpcId,
      serviceName: `com.amazonaws.${props.region}.s3`,
      vpcEndpointType: 'Gateway',
      routeTableIds: [...props.routeTableIds],
      tags: { Name: `${props.namePrefix}-s3` },
    });
    const interfaces: Record<string, VpcEndpoint> = {};
    if (props.interfaceEndpoints ?? true) {
      this.securityGroup = new SecurityGroup(this, 'security-group', {
        name: `${props.namePrefix}-endpoints`,
        description: 'HTTPS from the VPC to the interface endpoints',
        vpcId: props.vpcId,
        ingress: [
          {
            description: 'HTTPS from the VPC',
            protocol: 'tcp',
            fromPort: 443,
            toPort: 443,
            cidrBlocks: [props.vpcCidrBlock],
          },
        ],
        egress: [],
        tags: { Name: `${props.namePrefix}-endpoints` },
      });
      for (const service of INTERFACE_ENDPOINT_SERVICES) {
        interfaces[service] = new VpcEndpoint(this, service, {
          vpcId: props.vpcId,
          serviceName: `com.amazonaws.${props.region}.${service}`,
          vpcEndpointType: 'Interface',
          privateDnsEnabled: true,
          subnetIds: [...props.subnetIds],
          securityGroupIds: [this.securityGroup.id],
          tags: { Name: `${props.namePrefix}-${service}` },
        });
      }
    }
    this.interfaces = interfaces;
  }
}
