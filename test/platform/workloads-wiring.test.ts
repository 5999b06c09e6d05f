import { App, TerraformStack, Testing } from 'cdktf';
import { onlyResource, resourcesOf } from './compute/test-stack';
import { settingsFixture } from './settings-fixture';
import { createPlatformStacks } from '../../templates/platform/platform';
import { backupRules, spotInstanceTypes } from '../../templates/platform/stacks/regional-workloads';

/** The fixture's settings with a domain and hosted zone configured for production. */
function settingsWithProductionDomain(databasePrimaryRegion?: string) {
  const fixture = settingsFixture();
  return {
    ...fixture,
    environments: fixture.environments.map((e) =>
      e.profile !== 'production'
        ? e
        : {
          ...e,
          capabilities: {
            ...e.capabilities,
            webTier: { ...e.capabilities.webTier, domainName: 'app.example.com' },
            edge: { ...e.capabilities.edge, hostedZoneId: 'Z0123456789' },
            database: { ...e.capabilities.database, primaryRegion: databasePrimaryRegion ?? e.capabilities.database.primaryRegion },
          },
        },
    ),
  };
}

/** The platform's stacks, which wire the workloads to the foundation's keys, network and names. */
function synthWorkloads(databasePrimaryRegion?: string) {
  const app = Testing.app();
  createPlatformStacks(app as App, settingsWithProductionDomain(databasePrimaryRegion));
  const json = (name: string) => JSON.parse(Testing.synth(app.node.findChild(name) as TerraformStack));
  return { json };
}

/** A reference to the stack's key of a purpose, e.g. `${aws_kms_key.keys_rds_key_1234ABCD.arn}`. */
const keyRef = (purpose: string) => expect.stringMatching(new RegExp(`^\\$\\{aws_kms_key\\.keys_${purpose}_key_[A-F0-9]+\\.arn\\}$`));

describe('workloads on the platform stacks', () => {
  const { json } = synthWorkloads();
  const prodPrimary = json('prod-us-east-1');
  const prodSecondary = json('prod-us-west-2');
  const devPrimary = json('dev-us-east-1');
  const devSecondary = json('dev-us-west-2');

  test('production is strict: multi-AZ database with deletion protection, ALB deletion protection, no spot', () => {
    expect(onlyResource(prodPrimary, 'aws_db_instance')).toMatchObject({ multi_az: true, deletion_protection: true, backup_retention_period: 35 });
    expect(onlyResource(prodPrimary, 'aws_lb').enable_deletion_protection).toBe(true);
    // No spot: every instance on demand, over two instance types (FSBP AutoScaling.6).
    const prodGroup = onlyResource(prodPrimary, 'aws_autoscaling_group');
    expect(prodGroup.mixed_instances_policy.instances_distribution.on_demand_percentage_above_base_capacity).toBe(100);
    expect(prodGroup.mixed_instances_policy.launch_template.override).toEqual([{ instance_type: 't3.medium' }, { instance_type: 't3a.medium' }]);
    expect(prodGroup.capacity_rebalance).toBe(false);
  });

  test('development is cheaper but as encrypted and as closed', () => {
    const db = onlyResource(devPrimary, 'aws_db_instance');
    expect(db).toMatchObject({ multi_az: false, deletion_protection: false, storage_encrypted: true, publicly_accessible: false });
    expect(onlyResource(devPrimary, 'aws_autoscaling_group').mixed_instances_policy).toBeDefined();
    expect(onlyResource(devPrimary, 'aws_launch_template').metadata_options.http_tokens).toBe('required');
    expect(resourcesOf(devSecondary, 'aws_db_instance')).toEqual({});
  });

  test('the secondary region replicates the primary database and table by ARN, with its own key', () => {
    const replica = onlyResource(prodSecondary, 'aws_db_instance');
    expect(replica.replicate_source_db).toBe('arn:aws:rds:us-east-1:222222222222:db:payments-prod-db');
    expect(replica.kms_key_id).toEqual(keyRef('rds'));
    expect(onlyResource(prodSecondary, 'aws_dynamodb_table_replica').global_table_arn).toBe('arn:aws:dynamodb:us-east-1:222222222222:table/payments-prod-app');
    expect(onlyResource(prodPrimary, 'aws_backup_plan').rule[0].copy_action[0].destination_vault_arn).toBe(
      'arn:aws:backup:us-west-2:222222222222:backup-vault:payments-prod',
    );
  });

  test('each purpose is encrypted with its own key of the region', () => {
    expect(onlyResource(prodPrimary, 'aws_launch_template').block_device_mappings[0].ebs.kms_key_id).toEqual(keyRef('ebs'));
    const workloadLogGroups = Object.values(resourcesOf(prodPrimary, 'aws_cloudwatch_log_group')).filter((g: any) =>
      /^(aws-waf-logs-|\/platform\/|\/aws\/rds\/)/.test(g.name),
    );
    expect(workloadLogGroups.length).toBeGreaterThanOrEqual(5);
    for (const group of workloadLogGroups as any[]) expect(group.kms_key_id).toEqual(keyRef('logs'));
    expect(onlyResource(prodPrimary, 'aws_sns_topic', (t) => t.name.endsWith('-alarms')).kms_master_key_id).toEqual(keyRef('sns'));
    expect(onlyResource(prodPrimary, 'aws_db_instance')).toMatchObject({ kms_key_id: keyRef('rds'), master_user_secret_kms_key_id: keyRef('secrets') });
    expect(onlyResource(prodPrimary, 'aws_dynamodb_table').server_side_encryption.kms_key_arn).toEqual(keyRef('dynamodb'));
    expect(onlyResource(prodPrimary, 'aws_backup_vault').kms_key_arn).toEqual(keyRef('backup'));
  });

  test('each region owns its failover record and health check', () => {
    expect(onlyResource(prodPrimary, 'aws_route53_record', (r) => r.set_identifier)).toMatchObject({ failover_routing_policy: { type: 'PRIMARY' } });
    expect(onlyResource(prodSecondary, 'aws_route53_record', (r) => r.set_identifier)).toMatchObject({ failover_routing_policy: { type: 'SECONDARY' } });
    expect(onlyResource(prodSecondary, 'aws_route53_health_check').fqdn).toMatch(/^\$\{aws_lb\./);
    expect(resourcesOf(devPrimary, 'aws_route53_health_check')).toEqual({});
  });

  test('instances carry the required tags and the patch group', () => {
    const template = onlyResource(prodPrimary, 'aws_launch_template');
    const tags = template.tag_specifications[0].tags;
    expect(tags).toMatchObject({ Environment: 'prod', Owner: 'team-payments', CostCenter: 'cc-1234', PatchGroup: 'payments-prod-us-east-1-app' });
  });

  test('the account stack has the budget and its encrypted topic', () => {
    const account = json('prod-account');
    // The multi-region production default: the estimated cost plus a fifth, rounded up to 50 USD (src/cost-estimate.ts).
    expect(onlyResource(account, 'aws_budgets_budget')).toMatchObject({ limit_amount: '1550.00', account_id: '222222222222' });
    expect(onlyResource(account, 'aws_sns_topic', (t) => t.name.endsWith('-budget-alerts')).kms_master_key_id).toEqual(keyRef('alerts'));
  });

  test('outputs are useful, plainly named, and carry no secret values', () => {
    expect(Object.keys(prodPrimary.output)).toEqual(
      expect.arrayContaining([
        'alarm_topic_arn',
        'auto_scaling_group_name',
        'backup_vault_arn',
        'certificate_validation_records',
        'database_endpoint',
        'database_master_secret_arn',
        'dynamodb_table_name',
        'load_balancer_dns_name',
      ]),
    );
    expect(Object.keys(prodSecondary.output)).toContain('database_replica_endpoint');
    expect(Object.keys(json('prod-account').output)).toContain('budget_topic_arn');
    expect(JSON.stringify(prodPrimary.output)).not.toMatch(/password|secret_string/i);
  });
});

describe('promoting the replica with database.primaryRegion', () => {
  const { json } = synthWorkloads('us-west-2');
  const east = json('prod-us-east-1');
  const west = json('prod-us-west-2');

  test('the failover PRIMARY record follows the writable database', () => {
    expect(onlyResource(west, 'aws_route53_record', (r) => r.set_identifier)).toMatchObject({ failover_routing_policy: { type: 'PRIMARY' } });
    expect(onlyResource(east, 'aws_route53_record', (r) => r.set_identifier)).toMatchObject({ failover_routing_policy: { type: 'SECONDARY' } });
  });

  test('the promoted instance has no source; the old primary replicates it; outputs and alarms follow the roles', () => {
    expect(onlyResource(west, 'aws_db_instance').replicate_source_db).toBeUndefined();
    expect(onlyResource(east, 'aws_db_instance').replicate_source_db).toBe('arn:aws:rds:us-west-2:222222222222:db:payments-prod-db-replica');
    expect(Object.keys(west.output)).toContain('database_endpoint');
    expect(Object.keys(east.output)).toContain('database_replica_endpoint');
  });
});

describe('capability mapping', () => {
  test('spot pools add the AMD twin of Intel families', () => {
    expect(spotInstanceTypes('t3.micro')).toEqual(['t3.micro', 't3a.micro']);
    expect(spotInstanceTypes('m7i.large')).toEqual(['m7i.large', 'm7a.large']);
    expect(spotInstanceTypes('t4g.small')).toEqual(['t4g.small']);
  });

  test('backup rules keep the configured daily retention and never keep weekly points shorter', () => {
    expect(backupRules('production', 30).map((r) => [r.name, r.deleteAfterDays])).toEqual([['daily', 30], ['weekly', 90]]);
    expect(backupRules('staging', 60).map((r) => [r.name, r.deleteAfterDays])).toEqual([['daily', 60], ['weekly', 60]]);
    expect(backupRules('development', 7)).toHaveLength(1);
  });
});
