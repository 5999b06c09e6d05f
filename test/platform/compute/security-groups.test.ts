import { resourcesOf, synthJson, testStack } from './test-stack';
import { WebTierSecurityGroups, WebTierSecurityGroupsProps } from '../../../templates/platform/compute/security-groups';

function synth(overrides: Partial<WebTierSecurityGroupsProps> = {}) {
  const stack = testStack();
  new WebTierSecurityGroups(stack, 'sg', { namePrefix: 'p-dev-us-east-1', vpcId: 'vpc-1', vpcCidrBlock: '10.0.0.0/16', ...overrides });
  const json = synthJson(stack);
  const groupRef = (tier: string) => {
    const [id] = Object.entries(resourcesOf(json, 'aws_security_group')).find(([, g]: [string, any]) => g.name_prefix === `p-dev-us-east-1-${tier}-`)!;
    return '${aws_security_group.' + id + '.id}';
  };
  const rules = (type: 'ingress' | 'egress', tier: string) =>
    Object.values(resourcesOf(json, `aws_vpc_security_group_${type}_rule`)).filter((r: any) => r.security_group_id === groupRef(tier)) as any[];
  return { json, groupRef, rules };
}

describe('WebTierSecurityGroups', () => {
  const { json, groupRef, rules } = synth();

  test('creates the three tiers without inline rules', () => {
    const groups = Object.values(resourcesOf(json, 'aws_security_group')) as any[];
    expect(groups.map((g) => g.name_prefix).sort()).toEqual(['p-dev-us-east-1-alb-', 'p-dev-us-east-1-app-', 'p-dev-us-east-1-db-']);
    for (const group of groups) {
      // create-before-destroy needs a name the replacement does not share; existing fixed names are kept.
      expect(group.name).toBeUndefined();
      expect(group.lifecycle).toEqual({ create_before_destroy: true, ignore_changes: ['name', 'name_prefix'] });
      expect(group.ingress).toBeUndefined();
      expect(group.egress).toBeUndefined();
      expect(group.vpc_id).toBe('vpc-1');
    }
  });

  test('the load balancer takes 80/443 from clients and only talks to the app tier', () => {
    expect(rules('ingress', 'alb').map((r) => [r.from_port, r.cidr_ipv4])).toEqual(expect.arrayContaining([[443, '0.0.0.0/0'], [80, '0.0.0.0/0']]));
    expect(rules('ingress', 'alb')).toHaveLength(2);
    expect(rules('egress', 'alb')).toEqual([expect.objectContaining({ from_port: 8080, to_port: 8080, referenced_security_group_id: groupRef('app') })]);
  });

  test('the app tier is reached from the load balancer only and reaches only HTTPS and the database', () => {
    expect(rules('ingress', 'app')).toEqual([expect.objectContaining({ from_port: 8080, referenced_security_group_id: groupRef('alb') })]);
    const egress = rules('egress', 'app').map((r) => [r.ip_protocol, r.from_port, r.to_port, r.cidr_ipv4 ?? r.referenced_security_group_id]);
    expect(egress).toHaveLength(3);
    expect(egress).toEqual(
      expect.arrayContaining([
        ['tcp', 5433, 5433, groupRef('db')],
        ['tcp', 443, 443, '10.0.0.0/16'],
        ['tcp', 443, 443, '0.0.0.0/0'],
      ]),
    );
  });

  test('the database accepts PostgreSQL from the app tier only and has no egress', () => {
    expect(rules('ingress', 'db')).toEqual([expect.objectContaining({ from_port: 5433, to_port: 5433, referenced_security_group_id: groupRef('app') })]);
    expect(rules('egress', 'db')).toEqual([]);
  });

  test('no rule opens every protocol', () => {
    const all = [...Object.values(resourcesOf(json, 'aws_vpc_security_group_ingress_rule')), ...Object.values(resourcesOf(json, 'aws_vpc_security_group_egress_rule'))];
    expect(all.every((r: any) => r.ip_protocol === 'tcp')).toBe(true);
  });

  test('Internet HTTPS egress and client networks are configurable', () => {
    const restricted = synth({ appInternetHttpsEgress: false, albIngressCidrBlocks: ['192.0.2.0/24'] });
    expect(restricted.rules('egress', 'app').some((r) => r.cidr_ipv4 === '0.0.0.0/0')).toBe(false);
    expect(restricted.rules('ingress', 'alb').map((r) => r.cidr_ipv4)).toEqual(['192.0.2.0/24', '192.0.2.0/24']);
  });
});
