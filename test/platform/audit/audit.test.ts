import { App, TerraformStack, Testing } from 'cdktf';
import { CIS_METRIC_FILTERS } from '../../../templates/platform/audit/cis-alarms';
import { GUARDDUTY_FEATURES } from '../../../templates/platform/audit/guardduty';
import { createPlatformStacks } from '../../../templates/platform/platform';
import { PlatformSettings } from '../../../templates/platform/settings-model';
import { onlyResource, resourcesOf } from '../compute/test-stack';
import { settingsFixture } from '../settings-fixture';

const ACCOUNT = '222222222222';

function synth(settings: PlatformSettings = settingsFixture()) {
  const app = Testing.app();
  createPlatformStacks(app as App, settings);
  return (name: string) => JSON.parse(Testing.synth(app.node.findChild(name) as TerraformStack));
}

const policyOf = (json: any, bucketPrefix: string) =>
  JSON.parse((Object.entries(resourcesOf(json, 'aws_s3_bucket_policy')).find(([id]) => id.includes(bucketPrefix))![1] as any).policy);

describe('account audit', () => {
  const json = synth()('prod-account');

  test('one multi-region trail: global events, log file validation, KMS, CloudWatch Logs, S3 data events of every bucket but its own', () => {
    const trail = onlyResource(json, 'aws_cloudtrail');
    expect(trail).toMatchObject({
      name: 'payments-prod-trail',
      is_multi_region_trail: true,
      include_global_service_events: true,
      enable_log_file_validation: true,
      enable_logging: true,
      s3_bucket_name: `payments-prod-trail-${ACCOUNT}-use1`,
    });
    expect(trail.kms_key_id).toMatch(/aws_kms_key\.keys_audit_key/);
    expect(trail.cloud_watch_logs_group_arn).toMatch(/aws_cloudwatch_log_group\..*\.arn}:\*$/);
    // CIS 3.8/3.9: object-level events of every bucket, present and future, except the trail's own bucket.
    expect(trail.event_selector).toBeUndefined();
    expect(trail.advanced_event_selector).toEqual([
      { name: 'Management events', field_selector: [{ field: 'eventCategory', equals: ['Management'] }] },
      {
        name: 'S3 object events of every bucket except the trail bucket',
        field_selector: [
          { field: 'eventCategory', equals: ['Data'] },
          { field: 'resources.type', equals: ['AWS::S3::Object'] },
          { field: 'resources.ARN', not_starts_with: [`arn:aws:s3:::payments-prod-trail-${ACCOUNT}-use1/`] },
        ],
      },
    ]);
    const logGroup = Object.values(resourcesOf(json, 'aws_cloudwatch_log_group')).find((g: any) => g.name === '/aws/cloudtrail/payments-prod-trail') as any;
    expect(logGroup.kms_key_id).toMatch(/keys_audit_key/);
    expect(logGroup.retention_in_days).toBe(365);
  });

  test('only the account trail writes to the trail bucket, only Config to the Config bucket', () => {
    const trailPolicy = policyOf(json, 'audit_buckets_trail');
    const write = trailPolicy.Statement.find((s: any) => s.Sid === 'CloudTrailWrite');
    expect(write.Principal).toEqual({ Service: 'cloudtrail.amazonaws.com' });
    expect(write.Resource).toBe(`arn:aws:s3:::payments-prod-trail-${ACCOUNT}-use1/AWSLogs/${ACCOUNT}/*`);
    expect(write.Condition.StringEquals['aws:SourceArn']).toBe(`arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/payments-prod-trail`);
    const configPolicy = policyOf(json, 'audit_buckets_config');
    const configWrite = configPolicy.Statement.find((s: any) => s.Sid === 'ConfigWrite');
    expect(configWrite.Resource).toBe(`arn:aws:s3:::payments-prod-config-${ACCOUNT}-use1/AWSLogs/${ACCOUNT}/Config/*`);
    expect(configWrite.Condition.StringEquals['aws:SourceAccount']).toBe(ACCOUNT);
    for (const policy of [trailPolicy, configPolicy]) expect(policy.Statement[0].Sid).toBe('DenyInsecureTransport');
  });

  test('a metric filter and an alarm to the encrypted security topic for every CIS monitoring control', () => {
    const filters = Object.values(resourcesOf(json, 'aws_cloudwatch_log_metric_filter')) as any[];
    const alarms = Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm')).filter((a: any) => a.alarm_name.includes('-cis-')) as any[];
    expect(filters).toHaveLength(CIS_METRIC_FILTERS.length);
    expect(alarms).toHaveLength(CIS_METRIC_FILTERS.length);
    const ids = CIS_METRIC_FILTERS.map((f) => f.id);
    for (const id of [
      'unauthorized-api-calls',
      'console-sign-in-without-mfa',
      'root-account-usage',
      'iam-policy-changes',
      'cloudtrail-configuration-changes',
      'console-authentication-failures',
      'cmk-disabled-or-scheduled-for-deletion',
      's3-bucket-policy-changes',
      'config-changes',
      'security-group-changes',
      'network-acl-changes',
      'network-gateway-changes',
      'route-table-changes',
      'vpc-changes',
    ]) {
      expect(ids).toContain(id);
    }
    for (const alarm of alarms) {
      expect(alarm).toMatchObject({ threshold: 1, comparison_operator: 'GreaterThanOrEqualToThreshold', treat_missing_data: 'notBreaching' });
      expect(alarm.alarm_actions[0]).toMatch(/aws_sns_topic\.audit_security-topic/);
    }
    const root = filters.find((f) => f.name.endsWith('root-account-usage'));
    expect(root.pattern).toContain('$.userIdentity.type = "Root"');
    expect(onlyResource(json, 'aws_sns_topic', (t) => t.name === 'payments-prod-security-alarms').kms_master_key_id).toMatch(/keys_alerts_key/);
  });

  test('AWS Config records with its service-linked role (Config.1), created once by the account stack', () => {
    expect(onlyResource(json, 'aws_iam_service_linked_role')).toMatchObject({ aws_service_name: 'config.amazonaws.com' });
    expect(Object.values(resourcesOf(json, 'aws_iam_role')).some((r: any) => r.name === 'payments-prod-config')).toBe(false);
  });

  test('audit can be switched off when an organisation trail and Config aggregator cover the account', () => {
    const base = settingsFixture();
    const settings = {
      ...base,
      environments: base.environments.map((e) => ({
        ...e,
        capabilities: { ...e.capabilities, audit: { ...e.capabilities.audit, cloudTrail: false, config: false } },
      })),
    };
    const stacks = synth(settings);
    expect(resourcesOf(stacks('prod-account'), 'aws_cloudtrail')).toEqual({});
    expect(resourcesOf(stacks('prod-us-east-1'), 'aws_config_configuration_recorder')).toEqual({});
  });
});

describe('regional detection', () => {
  const stacks = synth();
  const primary = stacks('prod-us-east-1');
  const secondary = stacks('prod-us-west-2');

  test('a Config recorder of every resource in every region; global resources and IAM rules in the primary region only', () => {
    const recorder = onlyResource(primary, 'aws_config_configuration_recorder');
    expect(recorder.recording_group).toEqual({ all_supported: true, include_global_resource_types: true });
    expect(onlyResource(secondary, 'aws_config_configuration_recorder').recording_group.include_global_resource_types).toBe(false);
    expect(onlyResource(secondary, 'aws_config_delivery_channel')).toMatchObject({
      s3_bucket_name: `payments-prod-config-${ACCOUNT}-use1`,
      s3_kms_key_arn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/payments-prod-audit`,
    });
    expect(onlyResource(primary, 'aws_config_configuration_recorder_status').is_enabled).toBe(true);
    const rules = (json: any) => (Object.values(resourcesOf(json, 'aws_config_config_rule')) as any[]).map((r) => r.source.source_identifier);
    for (const id of [
      'S3_BUCKET_PUBLIC_READ_PROHIBITED',
      'S3_BUCKET_PUBLIC_WRITE_PROHIBITED',
      'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED',
      'ENCRYPTED_VOLUMES',
      'RDS_STORAGE_ENCRYPTED',
      'EC2_IMDSV2_CHECK',
      'REQUIRED_TAGS',
    ]) {
      expect(rules(primary)).toContain(id);
      expect(rules(secondary)).toContain(id);
    }
    expect(rules(primary)).toContain('IAM_ROOT_ACCESS_KEY_CHECK');
    expect(rules(secondary)).not.toContain('IAM_ROOT_ACCESS_KEY_CHECK');
    for (const rule of Object.values(resourcesOf(primary, 'aws_config_config_rule')) as any[]) {
      expect(rule.depends_on).toEqual([expect.stringMatching(/aws_config_configuration_recorder_status\./)]);
    }
  });

  test('every region\'s recorder uses AWS Config\'s service-linked role (Config.1)', () => {
    for (const json of [primary, secondary]) {
      expect(onlyResource(json, 'aws_config_configuration_recorder').role_arn).toBe(
        `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
      );
    }
  });

  test('GuardDuty with every protection plan in every region', () => {
    for (const json of [primary, secondary]) {
      expect(onlyResource(json, 'aws_guardduty_detector').enable).toBe(true);
      const features = Object.values(resourcesOf(json, 'aws_guardduty_detector_feature')) as any[];
      expect(features.map((f) => f.name).sort()).toEqual(GUARDDUTY_FEATURES.map((f) => f.name).sort());
      expect(features.every((f) => f.status === 'ENABLED')).toBe(true);
    }
  });

  test('Security Hub with FSBP and CIS in every region; the primary aggregates the secondary', () => {
    for (const [json, region] of [
      [primary, 'us-east-1'],
      [secondary, 'us-west-2'],
    ] as const) {
      const standards = (Object.values(resourcesOf(json, 'aws_securityhub_standards_subscription')) as any[]).map((s) => s.standards_arn).sort();
      expect(standards).toEqual([
        `arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0`,
        `arn:aws:securityhub:${region}::standards/cis-aws-foundations-benchmark/v/3.0.0`,
      ]);
      expect(onlyResource(json, 'aws_securityhub_account').enable_default_standards).toBe(false);
    }
    expect(onlyResource(primary, 'aws_securityhub_finding_aggregator')).toMatchObject({ linking_mode: 'SPECIFIED_REGIONS', specified_regions: ['us-west-2'] });
    expect(resourcesOf(secondary, 'aws_securityhub_finding_aggregator')).toEqual({});
  });

  test('the enterprise preset aggregates every region', () => {
    const enterprise = synth({ ...settingsFixture(), preset: 'enterprise' })('prod-us-east-1');
    expect(onlyResource(enterprise, 'aws_securityhub_finding_aggregator').linking_mode).toBe('ALL_REGIONS');
  });
});

describe('audit buckets follow the audit switches', () => {
  test('no trail bucket without the trail, no Config bucket without Config', () => {
    const base = settingsFixture();
    const settings = {
      ...base,
      environments: base.environments.map((e) => ({
        ...e,
        capabilities: { ...e.capabilities, audit: { ...e.capabilities.audit, cloudTrail: false } },
      })),
    };
    const names = (Object.values(resourcesOf(synth(settings)('prod-account'), 'aws_s3_bucket')) as any[]).map((b) => b.bucket).sort();
    expect(names).toEqual([`payments-prod-audit-logs-${ACCOUNT}-use1`, `payments-prod-config-${ACCOUNT}-use1`]);
  });
});
