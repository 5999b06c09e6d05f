import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { App, TerraformStack, Testing } from 'cdktf';
import { createPlatformStacks } from '../../../templates/platform/platform';
import { settingsFixture } from '../settings-fixture';

function synthStacks() {
  const app = Testing.app();
  const environments = createPlatformStacks(app as App, settingsFixture());
  const json = (stack: TerraformStack) => JSON.parse(Testing.synth(stack));
  return { app, environments, json };
}

describe('createPlatformStacks', () => {
  const { app, environments, json } = synthStacks();
  const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);

  test('per environment: an account stack, a stack per region, the data bucket replication stack and the bootstrap stack', () => {
    expect(stacks.map((s) => s.node.id).sort()).toEqual([
      'dev-account',
      'dev-bootstrap',
      'dev-replication',
      'dev-us-east-1',
      'dev-us-west-2',
      'prod-account',
      'prod-bootstrap',
      'prod-replication',
      'prod-us-east-1',
      'prod-us-west-2',
    ]);
  });

  test('deploy order: account, primary region, secondary regions, replication', () => {
    for (const [name, env] of environments) {
      const [primary, ...secondaries] = [...env.regions.values()];
      expect(primary.dependencies.map((d) => d.node.id)).toEqual([`${name}-account`]);
      for (const regional of secondaries) {
        expect(regional.dependencies.map((d) => d.node.id)).toEqual([`${name}-account`, `${name}-us-east-1`]);
      }
      expect(env.replication!.dependencies.map((d) => d.node.id)).toEqual([`${name}-us-east-1`, `${name}-us-west-2`]);
    }
  });

  test('every stack has its own encrypted, lock-file state key in the S3 backend', () => {
    const keys = new Set<string>();
    for (const stack of stacks) {
      const backend = json(stack).terraform.backend.s3;
      // Each environment's own state bucket, created by its bootstrap stack: <project>-<env>-tfstate-<account>-<region code>.
      const environment = stack.node.id.split('-')[0];
      const account = environment === 'dev' ? '111111111111' : '222222222222';
      expect(backend).toEqual({
        bucket: `payments-${environment}-tfstate-${account}-use1`,
        region: 'us-east-1',
        key: `payments/${stack.node.id}.tfstate`,
        encrypt: true,
        use_lockfile: true,
      });
      keys.add(backend.key);
    }
    expect(keys.size).toBe(stacks.length);
  });

  test('every AWS provider is pinned to the environment account and carries the required tags', () => {
    for (const stack of stacks) {
      const env = stack.node.id.split('-')[0];
      const providers = json(stack).provider.aws as any[];
      expect(providers.length).toBeGreaterThan(0);
      for (const provider of providers) {
        expect(provider.allowed_account_ids).toEqual([env === 'dev' ? '111111111111' : '222222222222']);
        expect(provider.default_tags[0].tags).toEqual({
          Environment: env,
          Owner: 'team-payments',
          CostCenter: 'cc-1234',
          Project: 'payments',
          ManagedBy: 'terraform',
          DataClassification: 'internal',
        });
      }
    }
  });

  test('no data source needs AWS credentials to plan', () => {
    const offline = new Set(['aws_iam_policy_document', 'aws_partition']);
    for (const stack of stacks) {
      const dataSources = Object.keys(json(stack).data ?? {});
      expect(dataSources.filter((d) => !offline.has(d))).toEqual([]);
      expect(Object.keys(json(stack).data ?? {})).not.toContain('terraform_remote_state');
    }
  });

  test('each regional VPC spans three AZs from settings with non-overlapping /16 blocks', () => {
    const blocks = new Set<string>();
    for (const [, env] of environments) {
      for (const [region, stack] of env.regions) {
        const synthesized = Testing.synth(stack);
        expect(synthesized).toHaveResource(Vpc);
        const vpc = Object.values(json(stack).resource.aws_vpc)[0] as any;
        blocks.add(vpc.cidr_block);
        const azs = new Set((Object.values(json(stack).resource.aws_subnet) as any[]).map((s) => s.availability_zone));
        expect([...azs].sort()).toEqual(settingsFixture().availabilityZones[region]);
        expect(synthesized).toHaveResourceWithProperties(Subnet, { map_public_ip_on_launch: false });
      }
    }
    expect([...blocks].sort()).toEqual(['10.0.0.0/16', '10.1.0.0/16', '10.16.0.0/16', '10.17.0.0/16']);
  });
});

describe('tag convention aspect', () => {
  test('fails synthesis when a resource sets a disallowed DataClassification', () => {
    const app = Testing.app();
    const envs = createPlatformStacks(app as App, settingsFixture());
    const stack = envs.get('dev')!.regions.get('us-east-1')!;
    new S3Bucket(stack, 'rogue', { bucket: 'rogue-bucket', tags: { DataClassification: 'top-secret' } });
    expect(() => Testing.synth(stack)).toThrow(/Tagging convention: .*rogue: tag DataClassification="top-secret" is not allowed; use one of public, internal/);
  });

  test('fails synthesis when a resource overrides a required tag value', () => {
    const app = Testing.app();
    const envs = createPlatformStacks(app as App, settingsFixture());
    const stack = envs.get('dev')!.regions.get('us-east-1')!;
    new S3Bucket(stack, 'rogue', { bucket: 'rogue-bucket', tags: { Environment: 'prod' } });
    expect(() => Testing.synth(stack)).toThrow(/tag Environment="prod" overrides the required value "dev"/);
  });

  test('fails synthesis when a provider lacks the required default tags', () => {
    const app = Testing.app();
    const envs = createPlatformStacks(app as App, settingsFixture());
    const stack = envs.get('dev')!.regions.get('us-east-1')!;
    stack.provider.defaultTags = [{ tags: { Owner: 'someone' } }];
    expect(() => Testing.synth(stack)).toThrow(/provider default_tags must set Owner="team-payments"/);
  });
});
