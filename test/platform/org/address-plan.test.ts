import { BASE_OPTIONS, resourcesOf, synthOrgApp } from './org-app';
import { resolveSettings } from '../../../src/resolve-settings';

const POOLS = ['prod=us-east-1:ipam-pool-0123456789abcdef0', 'prod=us-west-2:ipam-pool-0fedcba9876543210'];

describe('VPC blocks from AWS VPC IPAM pools', () => {
  const app = synthOrgApp({ ipamPools: POOLS, ipamNetmaskLength: 18 });

  test.each([
    ['prod-us-east-1', 'ipam-pool-0123456789abcdef0'],
    ['prod-us-west-2', 'ipam-pool-0fedcba9876543210'],
  ])('%s allocates its VPC from the region\'s pool and carves the subnets at apply time', (name, pool) => {
    const [vpc] = resourcesOf(app.stacks[name], 'aws_vpc');
    expect(vpc).toMatchObject({ ipv4_ipam_pool_id: pool, ipv4_netmask_length: 18 });
    expect(vpc.cidr_block).toBeUndefined();
    const subnets = resourcesOf(app.stacks[name], 'aws_subnet');
    expect(subnets).toHaveLength(9);
    for (const subnet of subnets) expect(subnet.cidr_block).toMatch(/^\$\{cidrsubnet\(aws_vpc\.network_vpc_[A-Z0-9]+\.cidr_block, 4, \d+\)\}$/);
  });

  test('environments without pools keep their planned blocks', () => {
    expect(resourcesOf(app.stacks['dev-us-east-1'], 'aws_vpc')[0].cidr_block).toBe('10.64.0.0/16');
    expect(app.settings.environments.find((e) => e.name === 'prod')!.cidrBlock).toBe('');
  });

  test('has no guardrail findings', () => {
    expect(app.findings).toBe('');
  });
});

describe('explicit blocks', () => {
  test('networkCidr gives each environment a /12 and each region a /16 of it', () => {
    const app = synthOrgApp({ networkCidr: '172.16.0.0/12', environments: ['dev'], accountIds: ['dev=111111111111'] });
    expect(resourcesOf(app.stacks['dev-us-east-1'], 'aws_vpc')[0].cidr_block).toBe('172.16.0.0/16');
    expect(resourcesOf(app.stacks['dev-us-west-2'], 'aws_vpc')[0].cidr_block).toBe('172.17.0.0/16');
    expect(app.findings).toBe('');
  });

  test('environmentCidrs places an environment elsewhere', () => {
    const app = synthOrgApp({ networkCidr: undefined, environmentCidrs: ['prod=10.200.0.0/15'] });
    expect(resourcesOf(app.stacks['prod-us-east-1'], 'aws_vpc')[0].cidr_block).toBe('10.200.0.0/16');
    expect(resourcesOf(app.stacks['prod-us-west-2'], 'aws_vpc')[0].cidr_block).toBe('10.201.0.0/16');
  });
});

describe('the address plan of a repository', () => {
  const resolve = (options: object) => resolveSettings({ ...BASE_OPTIONS, networkCidr: undefined, ...options });

  test('the shared default is rejected for environments that are not development environments', () => {
    expect(() => resolve({})).toThrow(
      /networkCidr: is not set, so prod \(production\) would get the shared default blocks of 10\.0\.0\.0\/8 that every repository gets.*--network-cidr/,
    );
  });

  test('development environments may keep the shared default; IPAM pools or own blocks satisfy the others', () => {
    expect(resolve({ environments: ['dev', 'sandbox'], accountIds: undefined }).environments.map((e) => e.cidrBlock)).toEqual(['10.0.0.0/12', '10.16.0.0/12']);
    expect(() => resolve({ ipamPools: POOLS })).not.toThrow();
    expect(() => resolve({ environmentCidrs: ['prod=10.200.0.0/15'] })).not.toThrow();
  });

  test.each([
    ['a pool for one region only', { ipamPools: [POOLS[0]] }, /ipamPools: "prod" gives no IPAM pool for us-west-2/],
    ['a region the environment is not in', { ipamPools: [...POOLS, 'prod=eu-west-1:ipam-pool-0123456789abcdef0'] }, /names region eu-west-1, which is not one of prod's regions/],
    ['a malformed pool id', { ipamPools: ['prod=us-east-1:pool-1', POOLS[1]] }, /ipamPools: "prod=us-east-1:pool-1" has a malformed pool id/],
    ['a malformed entry', { ipamPools: ['prod=ipam-pool-0123456789abcdef0'] }, /ipamPools: "prod=ipam-pool-0123456789abcdef0" is not of the form "<environment>=<region>:<ipam pool id>"/],
    ['a netmask that cannot hold the subnets', { ipamPools: POOLS, ipamNetmaskLength: 24 }, /ipamNetmaskLength: 24 is not allowed: use 16 to 22/],
  ])('rejects %s', (_, options, expected) => {
    expect(() => resolve(options)).toThrow(expected);
  });
});
