import { DefaultNetworkAcl } from '@cdktf/provider-aws/lib/default-network-acl';
import { NetworkAcl, NetworkAclEgress, NetworkAclIngress } from '@cdktf/provider-aws/lib/network-acl';
import { Construct } from 'constructs';

const WORLD = '0.0.0.0/0';
const TCP = '6';

/**
 * Return traffic of connections opened from inside the VPC (and of clients of the load balancer) arrives on
 * ephemeral ports. The range skips 3389 so that no ACL entry opens RDP (nor 22) to the Internet (CIS 5.1).
 */
const EPHEMERAL_RANGES: ReadonlyArray<readonly [number, number]> = [
  [1024, 3388],
  [3390, 65535],
];

export interface NetworkAclsProps {
  readonly namePrefix: string;
  readonly vpcId: string;
  readonly defaultNetworkAclId: string;
  readonly vpcCidrBlock: string;
  readonly subnetIds: { readonly public: readonly string[]; readonly app: readonly string[]; readonly data: readonly string[] };
}

/**
 * Stateless subnet-level backstops of the security groups, one ACL per tier:
 * - public: HTTP(S) from the Internet, return traffic; out to the VPC, HTTP(S) and return traffic;
 * - app: everything from the VPC, return traffic from the Internet (through NAT); out to the VPC and HTTP(S);
 * - data: only the VPC, both ways (no Internet at all).
 * The default ACL is taken over with no entries, so a subnet that falls back to it has no traffic at all.
 */
export class NetworkAcls extends Construct {
  public readonly public: NetworkAcl;
  public readonly app: NetworkAcl;
  public readonly data: NetworkAcl;

  constructor(scope: Construct, id: string, props: NetworkAclsProps) {
    super(scope, id);
    const vpc = props.vpcCidrBlock;
    let rule = 0;
    const entry = (protocol: string, cidrBlock: string, fromPort = 0, toPort = 0): NetworkAclIngress & NetworkAclEgress => {
      rule += 10;
      return { ruleNo: 100 + rule, action: 'allow', protocol, cidrBlock, fromPort, toPort };
    };
    const ephemeralFromWorld = () => EPHEMERAL_RANGES.map(([from, to]) => entry(TCP, WORLD, from, to));
    const acl = (tier: string, subnetIds: readonly string[], ingress: () => NetworkAclIngress[], egress: () => NetworkAclEgress[]) => {
      rule = 0;
      const ingressEntries = ingress();
      rule = 0;
      const egressEntries = egress();
      return new NetworkAcl(this, tier, {
        vpcId: props.vpcId,
        subnetIds: [...subnetIds],
        ingress: ingressEntries,
        egress: egressEntries,
        tags: { Name: `${props.namePrefix}-${tier}`, Tier: tier },
      });
    };

    this.public = acl(
      'public',
      props.subnetIds.public,
      () => [entry(TCP, WORLD, 443, 443), entry(TCP, WORLD, 80, 80), ...ephemeralFromWorld(), entry('-1', vpc)],
      () => [entry('-1', vpc), entry(TCP, WORLD, 443, 443), entry(TCP, WORLD, 80, 80), entry(TCP, WORLD, 1024, 65535)],
    );
    this.app = acl(
      'app',
      props.subnetIds.app,
      () => [entry('-1', vpc), ...ephemeralFromWorld()],
      () => [entry('-1', vpc), entry(TCP, WORLD, 443, 443), entry(TCP, WORLD, 80, 80)],
    );
    this.data = acl(
      'data',
      props.subnetIds.data,
      () => [entry('-1', vpc)],
      () => [entry('-1', vpc)],
    );

    new DefaultNetworkAcl(this, 'default', {
      defaultNetworkAclId: props.defaultNetworkAclId,
      tags: { Name: `${props.namePrefix}-default-deny` },
      lifecycle: { ignoreChanges: ['subnet_ids'] },
    });
  }
}
