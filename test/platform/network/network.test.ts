import { resolveSettings } from '../../../src/resolve-settings';
import { cidrsOverlap, subdivide } from '../../../templates/platform/network/cidr';
import { INTERFACE_ENDPOINT_SERVICES } from '../../../templates/platform/network/endpoints';
import { Network } from '../../../templates/platform/network/network';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';

const ACCOUNT = '222222222222';
const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

function network(overrides: Partial<ConstructorParameters<typeof Network>[2]> = {}) {
  const stack = testStack();
  new Network(stack, 'network', {
    namePrefix: 'payments-prod-us-east-1',
    accountId: ACCOUNT,
    region: 'us-east-1',
    cidrBlock: '10.16.0.0/16',
    availabilityZones: AZS,
    flowLogs: { kmsKeyArn: 'arn:aws:kms:us-east-1:222222222222:key/logs', retentionInDays: 365 },
    ...overrides,
  });
  return synthJson(stack);
}

const aclOf = (json: any, tier: string) => Object.values(resourcesOf(json, 'aws_network_acl')).find((a: any) => a.tags.Tier === tier) as any;
const covers = (entry: any, port: number) => entry.protocol === '-1' || (entry.from_port <= port && port <= entry.to_port);

describe('Network', () => {
  const json = network();

  test('NAT gateway per AZ by default, one when natGatewayPerAz is false', () => {
    expect(Object.keys(resourcesOf(json, 'aws_nat_gateway'))).toHaveLength(3);
    expect(Object.keys(resourcesOf(network({ natGatewayPerAz: false }), 'aws_nat_gateway'))).toHaveLength(1);
  });

  test('only the public tier routes to the Internet gateway; the data tier has no route out', () => {
    const routes = Object.values(resourcesOf(json, 'aws_route')) as any[];
    expect(routes.filter((r) => r.gateway_id)).toHaveLength(1);
    expect(routes.filter((r) => r.nat_gateway_id)).toHaveLength(3);
    const dataTable = Object.entries(resourcesOf(json, 'aws_route_table')).find(([, t]: any) => t.tags.Name.endsWith('-data'))![0];
    expect(routes.some((r) => r.route_table_id.includes(dataTable))).toBe(false);
    for (const subnet of Object.values(resourcesOf(json, 'aws_subnet')) as any[]) expect(subnet.map_public_ip_on_launch).toBe(false);
  });

  test('no network ACL lets SSH or RDP in from the Internet; the data tier talks only to the VPC', () => {
    for (const tier of ['public', 'app', 'data']) {
      const acl = aclOf(json, tier);
      expect(acl.subnet_ids).toHaveLength(3);
      for (const entry of acl.ingress.filter((e: any) => e.cidr_block === '0.0.0.0/0')) {
        expect(covers(entry, 22)).toBe(false);
        expect(covers(entry, 3389)).toBe(false);
      }
    }
    const data = aclOf(json, 'data');
    expect([...data.ingress, ...data.egress].every((e: any) => e.cidr_block === '10.16.0.0/16')).toBe(true);
    const publicIngress = aclOf(json, 'public').ingress.filter((e: any) => e.cidr_block === '0.0.0.0/0' && e.from_port === e.to_port);
    expect(publicIngress.map((e: any) => e.from_port).sort()).toEqual([443, 80]);
  });

  test('the default network ACL and security group are taken over with no rules', () => {
    const defaultAcl = onlyResource(json, 'aws_default_network_acl');
    expect(defaultAcl.ingress).toBeUndefined();
    expect(defaultAcl.egress).toBeUndefined();
    const defaultSg = onlyResource(json, 'aws_default_security_group');
    expect(defaultSg.ingress).toBeUndefined();
    expect(defaultSg.egress).toBeUndefined();
  });

  test('flow logs of ALL traffic to a KMS-encrypted log group with retention, delivered by a scoped role', () => {
    const flowLog = onlyResource(json, 'aws_flow_log');
    expect(flowLog).toMatchObject({ traffic_type: 'ALL', log_destination_type: 'cloud-watch-logs' });
    expect(onlyResource(json, 'aws_cloudwatch_log_group')).toMatchObject({
      name: '/aws/vpc/payments-prod-us-east-1/flow-logs',
      kms_key_id: 'arn:aws:kms:us-east-1:222222222222:key/logs',
      retention_in_days: 365,
    });
    const trust = Object.entries(json.data.aws_iam_policy_document).find(([id]) => id.includes('trust'))![1] as any;
    expect(trust.statement[0].principals[0].identifiers).toEqual(['vpc-flow-logs.amazonaws.com']);
    expect(trust.statement[0].condition).toContainEqual({ test: 'StringEquals', variable: 'aws:SourceAccount', values: [ACCOUNT] });
    const permissions = Object.entries(json.data.aws_iam_policy_document).find(([id]) => id.includes('permissions'))![1] as any;
    for (const statement of permissions.statement) {
      expect(statement.resources.every((r: string) => r.startsWith(`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:`))).toBe(true);
    }
  });

  test('S3 gateway endpoint on the private route tables; interface endpoints reachable on 443 from the VPC only', () => {
    const endpoints = Object.values(resourcesOf(json, 'aws_vpc_endpoint')) as any[];
    const gateway = endpoints.filter((e) => e.vpc_endpoint_type === 'Gateway');
    expect(gateway.map((e) => e.service_name)).toEqual(['com.amazonaws.us-east-1.s3']);
    expect(gateway[0].route_table_ids).toHaveLength(4);
    const interfaces = endpoints.filter((e) => e.vpc_endpoint_type === 'Interface');
    expect(interfaces.map((e) => e.service_name.split('.').pop()).sort()).toEqual([...INTERFACE_ENDPOINT_SERVICES].sort());
    expect(interfaces.every((e) => e.private_dns_enabled === true && e.subnet_ids.length === 3)).toBe(true);
    const sg = Object.values(resourcesOf(json, 'aws_security_group')).find((g: any) => g.name.endsWith('-endpoints')) as any;
    expect(sg.ingress).toEqual([expect.objectContaining({ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['10.16.0.0/16'] })]);
    expect(sg.egress).toEqual([]);
    expect(Object.values(resourcesOf(network({ interfaceEndpoints: false }), 'aws_vpc_endpoint'))).toHaveLength(1);
  });
});

describe('address plan', () => {
  test('no two VPCs of any environment and region overlap, for every preset', () => {
    for (const preset of ['baseline', 'multi-region', 'enterprise']) {
      const settings = resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', preset, environments: ['dev', 'qa', 'staging', 'prod'] });
      const vpcs = settings.environments.flatMap((e) => e.regions.map((_, i) => subdivide(e.cidrBlock, 16, i)));
      expect(vpcs).toHaveLength(4 * (preset === 'baseline' ? 1 : preset === 'multi-region' ? 2 : 3));
      vpcs.forEach((a, i) => vpcs.slice(i + 1).forEach((b) => expect(cidrsOverlap(a, b)).toBe(false)));
    }
  });
});
