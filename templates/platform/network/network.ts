import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Construct } from 'constructs';
import { Fn } from '../engine';
import { VpcEndpoints } from './endpoints';
import { VpcFlowLogs } from './flow-logs';
import { NetworkAcls } from './network-acls';
import { subdivide } from '../kernel/cidr';

/** The three subnet tiers: only `public` routes to the Internet gateway, `data` has no route out at all. */
export type SubnetTier = 'public' | 'app' | 'data';
export const SUBNET_TIERS: readonly SubnetTier[] = ['public', 'app', 'data'];

export interface NetworkProps {
  /** Prefix of every resource name, including the region (IAM names are global), e.g. `payments-dev-us-east-1`. */
  readonly namePrefix: string;
  readonly accountId: string;
  readonly region: string;
  /** The VPC's IPv4 block (a /16 planned from settings); give either this or `ipv4Ipam`. */
  readonly cidrBlock?: string;
  /**
   * Allocate the VPC's block from an AWS VPC IPAM pool of this region instead of `cidrBlock`: the subnets are
   * carved from the allocated block at apply time.
   * @default none
   */
  readonly ipv4Ipam?: { readonly poolId: string; readonly netmaskLength: number };
  /** Availability zones to spread every tier over (at least two, three recommended). */
  readonly availabilityZones: readonly string[];
  /**
   * One NAT gateway per AZ keeps the app tier reachable when an AZ fails; one shared NAT gateway is
   * cheaper and acceptable outside production.
   * @default true
   */
  readonly natGatewayPerAz?: boolean;
  /**
   * Prefix length of every subnet, carved from the VPC block as tier × AZ.
   * @default 20, or the IPAM netmask length + 4
   */
  readonly subnetPrefixLength?: number;
  /** Flow logs of ALL traffic, to a log group encrypted with this key (the region's `logs` key). */
  readonly flowLogs: { readonly kmsKeyArn: string; readonly retentionInDays: number };
  /**
   * Interface endpoints for EC2, SSM, SSM messages, EC2 messages, KMS, CloudWatch Logs, Secrets Manager and STS.
   * @default true
   */
  readonly interfaceEndpoints?: boolean;
}

/**
 * A VPC with public, private-app and private-data subnets over several AZs: NAT per AZ (or one shared), a data
 * tier without any route out, network ACLs per tier, the default security group and ACL closed, flow logs, and
 * endpoints so that instances reach AWS APIs without the Internet.
 */
export class Network extends Construct {
  public readonly vpc: Vpc;
  public readonly subnets: Readonly<Record<SubnetTier, readonly Subnet[]>>;
  public readonly networkAcls: NetworkAcls;
  public readonly flowLogs: VpcFlowLogs;
  public readonly endpoints: VpcEndpoints;
  public readonly natGateways: readonly NatGateway[];

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    if (props.availabilityZones.length < 2) {
      throw new Error(`Network ${props.namePrefix}: at least two availability zones are required, got ${props.availabilityZones.length}`);
    }
    if ((props.cidrBlock === undefined) === (props.ipv4Ipam === undefined)) {
      throw new Error(`Network ${props.namePrefix}: give exactly one of cidrBlock and ipv4Ipam`);
    }
    const ipam = props.ipv4Ipam;
    const prefixLength = props.subnetPrefixLength ?? (ipam ? ipam.netmaskLength + 4 : 20);
    const slotsPerTier = 2 ** Math.ceil(Math.log2(props.availabilityZones.length));

    this.vpc = new Vpc(this, 'vpc', {
      cidrBlock: props.cidrBlock,
      ipv4IpamPoolId: ipam?.poolId,
      ipv4NetmaskLength: ipam?.netmaskLength,
      enableDnsSupport: true,
      enableDnsHostnames: true,
      tags: { Name: `${props.namePrefix}-vpc` },
    });

    // Take over the default security group with no rules, so nothing can use it to open traffic.
    new DefaultSecurityGroup(this, 'default-security-group', {
      vpcId: this.vpc.id,
      tags: { Name: `${props.namePrefix}-default-deny` },
    });

    // With IPAM the VPC's block is known only after apply: Terraform's cidrsubnet carves it then.
    const vpcCidrBlock = props.cidrBlock ?? this.vpc.cidrBlock;
    const subnetBlock = (index: number) =>
      props.cidrBlock
        ? subdivide(props.cidrBlock, prefixLength, index)
        : Fn.cidrsubnet(this.vpc.cidrBlock, prefixLength - ipam!.netmaskLength, index);
    const subnets = {} as Record<SubnetTier, Subnet[]>;
    SUBNET_TIERS.forEach((tier, tierIndex) => {
      subnets[tier] = props.availabilityZones.map(
        (az, azIndex) =>
          new Subnet(this, `${tier}-${az}`, {
            vpcId: this.vpc.id,
            availabilityZone: az,
            cidrBlock: subnetBlock(tierIndex * slotsPerTier + azIndex),
            mapPublicIpOnLaunch: false,
            tags: { Name: `${props.namePrefix}-${tier}-${az}`, Tier: tier },
          }),
      );
    });
    this.subnets = subnets;

    const internetGateway = new InternetGateway(this, 'internet-gateway', {
      vpcId: this.vpc.id,
      tags: { Name: `${props.namePrefix}-igw` },
    });
    const publicRoutes = new RouteTable(this, 'public-routes', {
      vpcId: this.vpc.id,
      tags: { Name: `${props.namePrefix}-public` },
    });
    new Route(this, 'public-default-route', {
      routeTableId: publicRoutes.id,
      destinationCidrBlock: '0.0.0.0/0',
      gatewayId: internetGateway.id,
    });
    subnets.public.forEach((subnet, i) => {
      new RouteTableAssociation(this, `public-${props.availabilityZones[i]}-routes`, {
        subnetId: subnet.id,
        routeTableId: publicRoutes.id,
      });
    });

    const natAzs = props.natGatewayPerAz ?? true ? props.availabilityZones : props.availabilityZones.slice(0, 1);
    const natGateways = natAzs.map((az, i) => {
      const eip = new Eip(this, `nat-${az}-eip`, { domain: 'vpc', tags: { Name: `${props.namePrefix}-nat-${az}` } });
      return new NatGateway(this, `nat-${az}`, {
        allocationId: eip.allocationId,
        subnetId: subnets.public[i].id,
        tags: { Name: `${props.namePrefix}-nat-${az}` },
        dependsOn: [internetGateway],
      });
    });

    this.natGateways = natGateways;
    const appRouteTables = props.availabilityZones.map((az, i) => {
      const appRoutes = new RouteTable(this, `app-${az}-routes`, {
        vpcId: this.vpc.id,
        tags: { Name: `${props.namePrefix}-app-${az}` },
      });
      new Route(this, `app-${az}-default-route`, {
        routeTableId: appRoutes.id,
        destinationCidrBlock: '0.0.0.0/0',
        natGatewayId: natGateways[Math.min(i, natGateways.length - 1)].id,
      });
      new RouteTableAssociation(this, `app-${az}-association`, { subnetId: subnets.app[i].id, routeTableId: appRoutes.id });
      return appRoutes;
    });

    // The data tier gets a route table of its own with only the implicit local route.
    const dataRoutes = new RouteTable(this, 'data-routes', {
      vpcId: this.vpc.id,
      tags: { Name: `${props.namePrefix}-data` },
    });
    subnets.data.forEach((subnet, i) => {
      new RouteTableAssociation(this, `data-${props.availabilityZones[i]}-association`, {
        subnetId: subnet.id,
        routeTableId: dataRoutes.id,
      });
    });

    this.networkAcls = new NetworkAcls(this, 'acls', {
      namePrefix: props.namePrefix,
      vpcId: this.vpc.id,
      defaultNetworkAclId: this.vpc.defaultNetworkAclId,
      vpcCidrBlock,
      subnetIds: {
        public: subnets.public.map((s) => s.id),
        app: subnets.app.map((s) => s.id),
        data: subnets.data.map((s) => s.id),
      },
    });

    this.flowLogs = new VpcFlowLogs(this, 'flow-logs', {
      vpcId: this.vpc.id,
      accountId: props.accountId,
      region: props.region,
      logGroupName: `/aws/vpc/${props.namePrefix}/flow-logs`,
      roleName: `${props.namePrefix}-flow-logs`,
      kmsKeyArn: props.flowLogs.kmsKeyArn,
      retentionInDays: props.flowLogs.retentionInDays,
    });

    // The S3 gateway adds routes to S3's prefix list only: the data tier still has no route to the Internet.
    this.endpoints = new VpcEndpoints(this, 'endpoints', {
      namePrefix: props.namePrefix,
      region: props.region,
      vpcId: this.vpc.id,
      vpcCidrBlock,
      subnetIds: subnets.app.map((s) => s.id),
      routeTableIds: [...appRouteTables.map((t) => t.id), dataRoutes.id],
      interfaceEndpoints: props.interfaceEndpoints,
    });
  }
}
