import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { offlineTerraformAvailable, TERRAFORM, unitTerraformEnv } from './offline-validate';
import { settingsFixture } from './settings-fixture';
import { WebTier } from '../../templates/platform/compute/web-tier';
import { BACKUP_RULES } from '../../templates/platform/data/backup-plan';
import { RegionalDataTier } from '../../templates/platform/data/regional-data-tier';
import { RegionalEndpointRecord } from '../../templates/platform/edge/regional-endpoint-record';
import { AlarmTopic } from '../../templates/platform/operations/alarm-topic';
import { CostBudget } from '../../templates/platform/operations/cost-budget';
import { RegionalOperations } from '../../templates/platform/operations/regional-operations';
import { AccountWorkloads } from '../../templates/platform/stacks/account-workloads';
import { RegionalWorkloads } from '../../templates/platform/stacks/regional-workloads';

/**
 * A cheap real check of the workload constructs: every construct, in each of its modes, synthesized with sample
 * props into one stack, then `terraform init -backend=false` and `terraform validate` against the offline mirror of
 * hashicorp/aws 5.100.0. Required in CI; skipped with a message on machines without Terraform or the mirror.
 */
if (!offlineTerraformAvailable()) {
  test.skip('terraform validate of the workload constructs (skipped: Terraform or the provider mirror not found)', () => undefined);
} else {
  test('every workload construct validates with hashicorp/aws 5.100.0', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-workloads-'));
    try {
      fs.writeFileSync(path.join(dir, 'main.tf.json'), Testing.synth(workloadStack()));
      const env = unitTerraformEnv(dir);
      const run = (...args: string[]) => execFileSync(TERRAFORM, args, { cwd: dir, env, encoding: 'utf8', stdio: 'pipe' });
      run('init', '-backend=false', '-input=false', '-no-color');
      const result = JSON.parse(run('validate', '-json', '-no-color'));
      // Warnings too (deprecated arguments): the platform should not ship with them.
      expect(result.diagnostics.map((d: any) => `${d.severity}: ${d.summary}: ${d.detail} (${d.snippet?.context})`)).toEqual([]);
      expect(result.valid).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
}

function workloadStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'workloads');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const account = '222222222222';
  const kms = (region: string) => `arn:aws:kms:${region}:${account}:key/00000000-0000-0000-0000-000000000000`;
  const network = {
    vpcId: 'vpc-0123456789abcdef0',
    vpcCidrBlock: '10.16.0.0/16',
    publicSubnetIds: ['subnet-0000000000000000a', 'subnet-0000000000000000b'],
    appSubnetIds: ['subnet-0000000000000000c', 'subnet-0000000000000000d'],
  };

  const operations = new RegionalOperations(stack, 'operations', {
    namePrefix: 'payments-prod-us-east-1',
    accountId: account,
    region: 'us-east-1',
    kmsKeyArn: kms('us-east-1'),
    alarmEmails: ['oncall@example.com'],
  });
  const serving = new WebTier(stack, 'web', {
    ...network,
    namePrefix: 'payments-prod-us-east-1',
    kmsKeyArn: kms('us-east-1'),
    instanceProfileName: 'payments-prod-app',
    accessLogsBucket: 'acme-payments-prod-us-east-1-alb-logs',
    domainName: 'app.example.com',
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    instanceTags: { ...operations.instanceTags, Environment: 'prod' },
  });
  new WebTier(stack, 'web-unconfigured', {
    ...network,
    namePrefix: 'payments-dev-us-east-1',
    kmsKeyArn: kms('us-east-1'),
    instanceProfileName: 'payments-dev-app',
    accessLogsBucket: 'acme-payments-dev-us-east-1-alb-logs',
    deletionProtection: false,
    mixedInstances: { instanceTypes: ['t3.micro', 't3a.micro'], onDemandBaseCapacity: 1 },
  });
  new WebTier(stack, 'web-certificate', {
    ...network,
    namePrefix: 'payments-stg-us-east-1',
    kmsKeyArn: kms('us-east-1'),
    instanceProfileName: 'payments-stg-app',
    accessLogsBucket: 'acme-payments-stg-us-east-1-alb-logs',
    certificateArn: `arn:aws:acm:us-east-1:${account}:certificate/00000000-0000-0000-0000-000000000000`,
    webApplicationFirewall: false,
  });

  const dataTier = (id: string, region: string) =>
    new RegionalDataTier(stack, id, {
      namePrefix: `payments-prod-${region}`,
      sharedPrefix: 'payments-prod',
      accountId: account,
      region,
      primaryRegion: 'us-east-1',
      subnetIds: ['subnet-0000000000000000e', 'subnet-0000000000000000f'],
      databaseSecurityGroupIds: [serving.securityGroups.database.id],
      keys: { database: kms(region), databaseSecret: kms(region), table: kms(region), backup: kms(region), logs: kms(region) },
      backupRules: BACKUP_RULES.production,
      backupCopyRegion: region === 'us-east-1' ? 'us-west-2' : undefined,
      vaultLock: region === 'us-east-1' ? { minRetentionDays: 7, maxRetentionDays: 365 } : undefined,
    });
  const primary = dataTier('data-primary', 'us-east-1');
  const secondary = dataTier('data-secondary', 'us-west-2');

  operations.monitor({
    loadBalancer: {
      loadBalancerArnSuffix: serving.loadBalancer.loadBalancer.arnSuffix,
      targetGroupArnSuffix: serving.loadBalancer.targetGroup.arnSuffix,
    },
    autoScalingGroup: { name: serving.autoScalingGroup.group.name, minSize: serving.autoScalingGroup.minSize },
    database: { identifier: primary.databaseIdentifier, allocatedStorageGb: primary.database!.allocatedStorageGb },
    readReplica: { identifier: secondary.readReplica!.identifier },
    dynamodbTable: { tableName: primary.tableName },
  });

  new RegionalEndpointRecord(stack, 'endpoint', {
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    recordName: 'app.example.com',
    region: 'us-east-1',
    loadBalancerDnsName: serving.loadBalancer.loadBalancer.dnsName,
    loadBalancerZoneId: serving.loadBalancer.loadBalancer.zoneId,
  });

  // The composition the stacks use, in a secondary region with a domain (replicas, failover record, outputs).
  const fixture = settingsFixture();
  const production = fixture.environments.find((e) => e.profile === 'production')!;
  const environment = {
    ...production,
    capabilities: {
      ...production.capabilities,
      webTier: { ...production.capabilities.webTier, domainName: 'app.example.com' },
      edge: { ...production.capabilities.edge, hostedZoneId: 'Z0123456789ABCDEFGHIJ' },
    },
  };
  const settings = { ...fixture, environments: [environment] };
  new RegionalWorkloads(stack, 'regional-workloads', {
    settings,
    environment,
    region: environment.regions[1],
    network: { ...network, dataSubnetIds: ['subnet-0000000000000000e', 'subnet-0000000000000000f'] },
    keys: { ebs: kms('us-west-2'), logs: kms('us-west-2'), rds: kms('us-west-2'), secrets: kms('us-west-2'), dynamodb: kms('us-west-2'), backup: kms('us-west-2'), sns: kms('us-west-2') },
    accessLogsBucket: 'acme-payments-prod-us-west-2-alb-logs',
    instanceProfileName: 'payments-prod-app',
    instanceTags: { Environment: 'prod' },
  });
  new AccountWorkloads(stack, 'account-workloads', { settings, environment, kmsKeyArn: kms('us-east-1') });

  const accountTopic = new AlarmTopic(stack, 'account-topic', { topicName: 'payments-prod-budget', accountId: account, kmsKeyArn: kms('us-east-1') });
  new CostBudget(stack, 'budget', { budgetName: 'payments-prod-monthly', accountId: account, monthlyLimitUsd: 1000, topicArn: accountTopic.arn });
  return stack;
}
