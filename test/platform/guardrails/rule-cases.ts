/* eslint-disable no-template-curly-in-string */
import { baseStack, BUCKET, BUCKET_REF, DENY_INSECURE_S3, Fixture, KMS_ARN, PROD_TAGS, policyJson } from './fixtures';

/** A compliant and a non-compliant fixture for one rule. */
export interface RuleCase {
  readonly pass: Fixture;
  readonly fail: Fixture;
}

const r = (resources: Fixture['resources']): Fixture => ({ resources });
const s = (mutate: Fixture['mutate']): Fixture => ({ mutate });
const dev = (resources: Fixture['resources']): Fixture => ({ resources, stackName: 'dev-us-east-1', mutate: (j) => (j.provider.aws[0].default_tags[0].tags.Environment = 'dev') });

const ADMIN_STATEMENT = { Effect: 'Allow', Action: '*', Resource: '*' };
const READ_STATEMENT = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::acme-data/*' };
const SG_WEB = { ingress: [{ description: 'HTTPS from the internet', protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] }], description: 'web' };
const TLS13 = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
const LAUNCH_TEMPLATE = {
  metadata_options: { http_endpoint: 'enabled', http_tokens: 'required', http_put_response_hop_limit: 1 },
  block_device_mappings: [{ device_name: '/dev/xvda', ebs: { encrypted: 'true', kms_key_id: KMS_ARN, volume_size: 20 } }],
  network_interfaces: [{ device_index: 0, associate_public_ip_address: 'false' }],
  user_data: Buffer.from('#!/bin/bash\ndnf -y update\n').toString('base64'),
};
const FSBP_ARN = 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0';
const REAL_ACCOUNT = '210987654321';
const SECURITY_CONTACT = { alternate_contact_type: 'SECURITY', name: 'Security team', title: 'Security', email_address: 'security@example.com', phone_number: '+1 555 0100' };
const DB = {
  engine: 'postgres',
  port: 5433,
  storage_encrypted: true,
  kms_key_id: KMS_ARN,
  publicly_accessible: false,
  multi_az: true,
  deletion_protection: true,
  iam_database_authentication_enabled: true,
  backup_retention_period: 14,
  performance_insights_enabled: true,
  performance_insights_kms_key_id: KMS_ARN,
  enabled_cloudwatch_logs_exports: ['postgresql'],
  auto_minor_version_upgrade: true,
  copy_tags_to_snapshot: true,
  monitoring_interval: 60,
  monitoring_role_arn: '${aws_iam_role.monitoring.arn}',
  manage_master_user_password: true,
  parameter_group_name: '${aws_db_parameter_group.pg.name}',
};
const PG = { 'aws_db_parameter_group.pg': { name: 'pg', family: 'postgres16', parameter: [{ name: 'rds.force_ssl', value: '1' }] } };
const TABLE = {
  name: 't',
  hash_key: 'pk',
  point_in_time_recovery: { enabled: true },
  server_side_encryption: { enabled: true, kms_key_arn: KMS_ARN },
  deletion_protection_enabled: true,
  replica: [{ region_name: 'us-west-2', kms_key_arn: KMS_ARN, point_in_time_recovery: true }],
};
const TRAIL = {
  name: 'org',
  s3_bucket_name: BUCKET_REF,
  is_multi_region_trail: true,
  include_global_service_events: true,
  enable_log_file_validation: true,
  kms_key_id: KMS_ARN,
  cloud_watch_logs_group_arn: '${aws_cloudwatch_log_group.trail.arn}:*',
  cloud_watch_logs_role_arn: '${aws_iam_role.trail.arn}',
  event_selector: [{ read_write_type: 'All', include_management_events: true, data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }],
};
const ALB = {
  name: 'web',
  load_balancer_type: 'application',
  internal: false,
  drop_invalid_header_fields: true,
  desync_mitigation_mode: 'strictest',
  enable_deletion_protection: true,
  access_logs: { bucket: 'acme-alb-logs', enabled: true },
};
const WEB_ACL = {
  name: 'web',
  scope: 'REGIONAL',
  default_action: { allow: {} },
  visibility_config: { cloudwatch_metrics_enabled: true, metric_name: 'web', sampled_requests_enabled: true },
  rule: [
    {
      name: 'AWSManagedRulesKnownBadInputsRuleSet',
      priority: 1,
      override_action: { none: {} },
      statement: { managed_rule_group_statement: { name: 'AWSManagedRulesKnownBadInputsRuleSet', vendor_name: 'AWS' } },
      visibility_config: { cloudwatch_metrics_enabled: true, metric_name: 'bad-inputs', sampled_requests_enabled: true },
    },
  ],
};
const ASG_TAGS = Object.entries(PROD_TAGS).map(([key, value]) => ({ key, value, propagate_at_launch: true }));
const ASG = {
  min_size: 2,
  max_size: 4,
  vpc_zone_identifier: ['subnet-a', 'subnet-b'],
  launch_template: { id: '${aws_launch_template.lt.id}', version: '$Latest' },
  target_group_arns: ['${aws_lb_target_group.app.arn}'],
  health_check_type: 'ELB',
  tag: ASG_TAGS,
};
const SERVED_TARGET_GROUP = {
  'aws_lb_target_group.app': { name: 'app', port: 8080, protocol: 'HTTP' },
  'aws_lb_listener.https': { protocol: 'HTTPS', port: 443, ssl_policy: TLS13, default_action: [{ type: 'forward', target_group_arn: '${aws_lb_target_group.app.arn}' }] },
};

export const RULE_CASES: Readonly<Record<string, RuleCase>> = {
  // network
  'network-vpc-flow-logs': {
    pass: r({ 'aws_vpc.v': { cidr_block: '10.0.0.0/16' }, 'aws_flow_log.f': { vpc_id: '${aws_vpc.v.id}', traffic_type: 'ALL' } }),
    fail: r({ 'aws_vpc.v': { cidr_block: '10.0.0.0/16' }, 'aws_flow_log.f': { vpc_id: '${aws_vpc.v.id}', traffic_type: 'REJECT' } }),
  },
  'network-default-security-group-closed': {
    pass: r({ 'aws_default_security_group.d': { vpc_id: 'vpc-1' } }),
    fail: r({ 'aws_default_security_group.d': { vpc_id: 'vpc-1', egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }] } }),
  },
  'network-security-group-admin-ports': {
    pass: r({ 'aws_security_group_rule.ssh': { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8'], security_group_id: 'sg-1' } }),
    fail: r({ 'aws_vpc_security_group_ingress_rule.ssh': { ip_protocol: 'tcp', from_port: 20, to_port: 25, cidr_ipv6: '::/0', security_group_id: 'sg-1' } }),
  },
  'network-security-group-public-ingress-ports': {
    pass: r({ 'aws_security_group.web': SG_WEB }),
    fail: r({ 'aws_security_group.web': { ingress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }] } }),
  },
  'network-security-group-rule-descriptions': {
    pass: r({ 'aws_security_group.web': SG_WEB }),
    fail: r({ 'aws_security_group.web': { description: 'web', ingress: [{ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] }] } }),
  },
  'network-subnet-no-public-ip': {
    pass: r({ 'aws_subnet.s': { cidr_block: '10.0.0.0/24', map_public_ip_on_launch: false } }),
    fail: r({ 'aws_subnet.s': { cidr_block: '10.0.0.0/24', map_public_ip_on_launch: true } }),
  },
  'network-acl-admin-ports': {
    pass: r({ 'aws_network_acl_rule.https': { network_acl_id: 'acl-1', rule_number: 100, egress: false, protocol: 'tcp', rule_action: 'allow', cidr_block: '0.0.0.0/0', from_port: 443, to_port: 443 } }),
    fail: r({ 'aws_network_acl.a': { vpc_id: 'vpc-1', ingress: [{ rule_no: 100, protocol: '-1', action: 'allow', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }] } }),
  },
  // KMS
  'kms-key-rotation': {
    pass: r({ 'aws_kms_key.k': { enable_key_rotation: true } }),
    fail: r({ 'aws_kms_key.k': { description: 'no rotation' } }),
  },
  'kms-key-deletion-window': {
    pass: r({ 'aws_kms_key.k': { deletion_window_in_days: 30 } }),
    fail: r({ 'aws_kms_key.k': { deletion_window_in_days: 7 } }),
  },
  'kms-key-enabled': {
    pass: r({ 'aws_kms_key.k': { is_enabled: true } }),
    fail: r({ 'aws_kms_key.k': { bypass_policy_lockout_safety_check: true } }),
  },
  'kms-key-policy-no-public-principal': {
    pass: r({
      'aws_kms_key.k': {
        policy: policyJson({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '222222222222' } } }),
      },
    }),
    fail: r({ 'aws_kms_key.k': {}, 'aws_kms_key_policy.p': { key_id: '${aws_kms_key.k.id}', policy: policyJson({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' }) } }),
  },
  // S3
  's3-bucket-public-access-block': {
    pass: r({
      ...BUCKET,
      'aws_s3_bucket_public_access_block.b': { bucket: BUCKET_REF, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true },
    }),
    fail: r({ ...BUCKET, 'aws_s3_bucket_public_access_block.b': { bucket: BUCKET_REF, block_public_acls: true, block_public_policy: true } }),
  },
  's3-account-public-access-block': {
    pass: r({ 'aws_s3_account_public_access_block.a': { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true } }),
    fail: r({ 'aws_s3_account_public_access_block.a': { block_public_acls: true, block_public_policy: false, ignore_public_acls: true, restrict_public_buckets: true } }),
  },
  's3-bucket-encryption-kms': {
    pass: r({
      ...BUCKET,
      'aws_s3_bucket_server_side_encryption_configuration.e': {
        bucket: 'acme-data',
        rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: KMS_ARN } }],
      },
    }),
    fail: r({ ...BUCKET, 'aws_s3_bucket_server_side_encryption_configuration.e': { bucket: BUCKET_REF, rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }] } }),
  },
  's3-bucket-versioning': {
    pass: r({ ...BUCKET, 'aws_s3_bucket_versioning.v': { bucket: BUCKET_REF, versioning_configuration: { status: 'Enabled' } } }),
    fail: r({ ...BUCKET, 'aws_s3_bucket_versioning.v': { bucket: BUCKET_REF, versioning_configuration: { status: 'Suspended' } } }),
  },
  's3-bucket-tls-only': {
    pass: r({ ...BUCKET, 'aws_s3_bucket_policy.p': { bucket: BUCKET_REF, policy: policyJson(DENY_INSECURE_S3) } }),
    fail: r({ ...BUCKET, 'aws_s3_bucket_policy.p': { bucket: BUCKET_REF, policy: policyJson({ ...DENY_INSECURE_S3, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) } }),
  },
  's3-bucket-access-logging': {
    pass: r({ ...BUCKET, 'aws_s3_bucket_logging.l': { bucket: BUCKET_REF, target_bucket: 'acme-logs', target_prefix: 'data/' } }),
    fail: r({ ...BUCKET }),
  },
  's3-bucket-ownership-enforced': {
    pass: r({ ...BUCKET, 'aws_s3_bucket_ownership_controls.o': { bucket: BUCKET_REF, rule: { object_ownership: 'BucketOwnerEnforced' } } }),
    fail: r({ ...BUCKET, 'aws_s3_bucket_ownership_controls.o': { bucket: BUCKET_REF, rule: { object_ownership: 'ObjectWriter' } } }),
  },
  's3-bucket-no-public-acl': {
    pass: r({ ...BUCKET, 'aws_s3_bucket_acl.a': { bucket: BUCKET_REF, acl: 'private' } }),
    fail: r({
      ...BUCKET,
      'aws_s3_bucket_acl.a': {
        bucket: BUCKET_REF,
        access_control_policy: { grant: [{ permission: 'READ', grantee: { type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' } }], owner: { id: 'x' } },
      },
    }),
  },
  's3-bucket-policy-no-public-principal': {
    pass: r({ ...BUCKET, 'aws_s3_bucket_policy.p': { bucket: BUCKET_REF, policy: policyJson(DENY_INSECURE_S3) } }),
    fail: r({ ...BUCKET, 'aws_s3_bucket_policy.p': { bucket: BUCKET_REF, policy: policyJson({ ...READ_STATEMENT, Principal: '*' }) } }),
  },
  's3-bucket-lifecycle': {
    pass: r({ ...BUCKET, 'aws_s3_bucket_lifecycle_configuration.l': { bucket: BUCKET_REF, rule: [{ id: 'expire', status: 'Enabled', noncurrent_version_expiration: { noncurrent_days: 90 } }] } }),
    fail: r({ ...BUCKET, 'aws_s3_bucket_lifecycle_configuration.l': { bucket: BUCKET_REF, rule: [{ id: 'expire', status: 'Disabled' }] } }),
  },
  // CloudTrail
  'cloudtrail-multi-region': {
    pass: r({ 'aws_cloudtrail.t': TRAIL }),
    fail: r({ 'aws_cloudtrail.t': { ...TRAIL, is_multi_region_trail: false } }),
  },
  'cloudtrail-log-file-validation': {
    pass: r({ 'aws_cloudtrail.t': TRAIL }),
    fail: r({ 'aws_cloudtrail.t': { ...TRAIL, enable_log_file_validation: false } }),
  },
  'cloudtrail-kms-encryption': {
    pass: r({ 'aws_cloudtrail.t': TRAIL }),
    fail: r({ 'aws_cloudtrail.t': { ...TRAIL, kms_key_id: undefined } }),
  },
  'cloudtrail-cloudwatch-logs': {
    pass: r({ 'aws_cloudtrail.t': TRAIL }),
    fail: r({ 'aws_cloudtrail.t': { ...TRAIL, cloud_watch_logs_role_arn: undefined } }),
  },
  'cloudtrail-bucket-access-logging': {
    pass: r({ ...BUCKET, 'aws_cloudtrail.t': TRAIL, 'aws_s3_bucket_logging.l': { bucket: BUCKET_REF, target_bucket: 'acme-logs' } }),
    fail: r({ ...BUCKET, 'aws_cloudtrail.t': { ...TRAIL, s3_bucket_name: 'acme-data' } }),
  },
  'cloudtrail-s3-data-events': {
    pass: r({
      'aws_cloudtrail.t': {
        ...TRAIL,
        event_selector: undefined,
        advanced_event_selector: [{ name: 'objects', field_selector: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }] }],
      },
    }),
    // Only some buckets: every bucket created later goes unrecorded.
    fail: r({
      'aws_cloudtrail.t': {
        ...TRAIL,
        event_selector: [{ read_write_type: 'All', include_management_events: true, data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::acme-data/'] }] }],
      },
    }),
  },
  // Config
  'config-recorder-all-resources': {
    pass: r({ 'aws_config_configuration_recorder.r': { name: 'default', role_arn: '${aws_iam_role.config.arn}', recording_group: { all_supported: true } } }),
    fail: r({ 'aws_config_configuration_recorder.r': { name: 'default', role_arn: 'arn:aws:iam::222222222222:role/config', recording_group: { all_supported: false, resource_types: ['AWS::S3::Bucket'] } } }),
  },
  'config-recorder-enabled': {
    pass: r({
      'aws_config_configuration_recorder.r': { name: 'default', role_arn: 'arn' },
      'aws_config_configuration_recorder_status.s': { name: '${aws_config_configuration_recorder.r.name}', is_enabled: true },
    }),
    fail: r({ 'aws_config_configuration_recorder.r': { name: 'default', role_arn: 'arn' }, 'aws_config_configuration_recorder_status.s': { name: 'default', is_enabled: false } }),
  },
  'config-delivery-channel-encrypted': {
    pass: r({ 'aws_config_delivery_channel.c': { s3_bucket_name: 'acme-config', s3_kms_key_arn: KMS_ARN } }),
    fail: r({ 'aws_config_delivery_channel.c': { s3_bucket_name: 'acme-config' } }),
  },
  // GuardDuty / Security Hub
  'config-recorder-service-linked-role': {
    pass: r({
      'aws_config_configuration_recorder.r': {
        name: 'default',
        role_arn: 'arn:aws:iam::222222222222:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
        recording_group: { all_supported: true },
      },
    }),
    fail: r({ 'aws_config_configuration_recorder.r': { name: 'default', role_arn: 'arn:aws:iam::222222222222:role/payments-prod-config', recording_group: { all_supported: true } } }),
  },
  'network-ec2-interface-endpoint': {
    pass: r({
      'aws_vpc.v': { cidr_block: '10.0.0.0/16' },
      'aws_vpc_endpoint.ec2': { vpc_id: '${aws_vpc.v.id}', service_name: 'com.amazonaws.us-east-1.ec2', vpc_endpoint_type: 'Interface' },
    }),
    fail: r({
      'aws_vpc.v': { cidr_block: '10.0.0.0/16' },
      'aws_vpc_endpoint.ssm': { vpc_id: '${aws_vpc.v.id}', service_name: 'com.amazonaws.us-east-1.ssm', vpc_endpoint_type: 'Interface' },
    }),
  },
  'asg-multiple-instance-types': {
    pass: r({
      'aws_autoscaling_group.g': {
        min_size: 2,
        max_size: 4,
        vpc_zone_identifier: ['subnet-a', 'subnet-b'],
        mixed_instances_policy: {
          instances_distribution: { on_demand_base_capacity: 0, on_demand_percentage_above_base_capacity: 100 },
          launch_template: { launch_template_specification: { launch_template_id: 'lt-1' }, override: [{ instance_type: 't3.small' }, { instance_type: 't3a.small' }] },
        },
      },
    }),
    fail: r({ 'aws_autoscaling_group.g': { min_size: 2, max_size: 4, vpc_zone_identifier: ['subnet-a', 'subnet-b'], launch_template: { id: 'lt-1', version: '$Latest' } } }),
  },
  'guardduty-detector-enabled': {
    pass: r({ 'aws_guardduty_detector.d': { enable: true } }),
    fail: r({ 'aws_guardduty_detector.d': { enable: false } }),
  },
  'detection-findings-routed': {
    pass: r({
      'aws_guardduty_detector.d': { enable: true },
      'aws_sns_topic.t': { name: 'security', kms_master_key_id: KMS_ARN },
      'aws_cloudwatch_event_rule.g': { name: 'guardduty-findings', event_pattern: JSON.stringify({ 'source': ['aws.guardduty'], 'detail-type': ['GuardDuty Finding'] }) },
      'aws_cloudwatch_event_target.g': { rule: '${aws_cloudwatch_event_rule.g.name}', arn: '${aws_sns_topic.t.arn}' },
    }),
    fail: r({
      'aws_guardduty_detector.d': { enable: true },
      'aws_sns_topic.t': { name: 'security', kms_master_key_id: KMS_ARN },
      'aws_cloudwatch_event_rule.g': { name: 'config-changes', event_pattern: JSON.stringify({ source: ['aws.config'] }) },
      'aws_cloudwatch_event_target.g': { rule: '${aws_cloudwatch_event_rule.g.name}', arn: '${aws_sns_topic.t.arn}' },
    }),
  },
  'guardduty-s3-protection': {
    pass: r({ 'aws_guardduty_detector.d': { enable: true }, 'aws_guardduty_detector_feature.s3': { detector_id: '${aws_guardduty_detector.d.id}', name: 'S3_DATA_EVENTS', status: 'ENABLED' } }),
    fail: r({ 'aws_guardduty_detector.d': { enable: true }, 'aws_guardduty_detector_feature.s3': { detector_id: '${aws_guardduty_detector.d.id}', name: 'S3_DATA_EVENTS', status: 'DISABLED' } }),
  },
  'securityhub-foundational-standard': {
    pass: r({
      'aws_securityhub_account.a': {},
      'aws_securityhub_standards_subscription.fsbp': { standards_arn: 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0' },
    }),
    fail: r({ 'aws_securityhub_account.a': {}, 'aws_securityhub_standards_subscription.cis': { standards_arn: 'arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0' } }),
  },
  'securityhub-controls-enabled': {
    pass: r({ 'aws_securityhub_standards_control.c': { standards_control_arn: 'arn', control_status: 'DISABLED', disabled_reason: 'Global resources are recorded in the primary region only' } }),
    fail: r({ 'aws_securityhub_standards_control_association.c': { security_control_id: 'IAM.1', standards_arn: 'arn', association_status: 'DISABLED' } }),
  },
  // IAM
  'iam-password-policy': {
    pass: r({
      'aws_iam_account_password_policy.p': {
        minimum_password_length: 14,
        password_reuse_prevention: 24,
        require_lowercase_characters: true,
        require_uppercase_characters: true,
        require_numbers: true,
        require_symbols: true,
      },
    }),
    fail: r({ 'aws_iam_account_password_policy.p': { minimum_password_length: 8, require_symbols: true } }),
  },
  'iam-no-admin-policy': {
    pass: r({ 'aws_iam_policy.p': { policy: policyJson(READ_STATEMENT) } }),
    fail: r({ 'aws_iam_role.r': { assume_role_policy: '{}', inline_policy: [{ name: 'admin', policy: policyJson(ADMIN_STATEMENT) }] } }),
  },
  'iam-no-service-wildcard-actions': {
    pass: r({ 'aws_iam_role_policy.p': { role: 'r', policy: policyJson(READ_STATEMENT) } }),
    fail: r({ 'aws_iam_role_policy.p': { role: 'r', policy: policyJson({ ...READ_STATEMENT, Action: ['s3:*'] }) } }),
  },
  'iam-no-user-policies': {
    pass: r({ 'aws_iam_policy_attachment.a': { name: 'a', policy_arn: 'arn', roles: ['r'] } }),
    fail: r({ 'aws_iam_user_policy_attachment.a': { user: 'alice', policy_arn: 'arn' } }),
  },
  'iam-no-kms-decrypt-on-all-keys': {
    pass: r({ 'aws_iam_policy.p': { policy: policyJson({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KMS_ARN }) } }),
    fail: r({ 'aws_iam_policy.p': { policy: policyJson({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) } }),
  },
  'iam-no-passrole-on-all-roles': {
    pass: r({ 'aws_iam_policy.p': { policy: policyJson({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::222222222222:role/app' }) } }),
    fail: r({ 'aws_iam_policy.p': { policy: policyJson({ Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' }) } }),
  },
  'iam-role-trust-restricted': {
    pass: r({ 'aws_iam_role.r': { assume_role_policy: policyJson({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }) } }),
    fail: r({ 'aws_iam_role.r': { assume_role_policy: policyJson({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }) } }),
  },
  'iam-no-administrator-access-attachment': {
    pass: r({ 'aws_iam_role_policy_attachment.a': { role: 'r', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' } }),
    fail: r({ 'aws_iam_role_policy_attachment.a': { role: 'r', policy_arn: 'arn:${data.aws_partition.p.partition}:iam::aws:policy/AdministratorAccess' } }),
  },
  'iam-no-access-keys': {
    pass: r({ 'aws_iam_role.r': { assume_role_policy: '{}' } }),
    fail: r({ 'aws_iam_access_key.k': { user: 'ci' } }),
  },
  // EC2 and Auto Scaling
  'ec2-launch-template-imdsv2': {
    pass: r({ 'aws_launch_template.lt': LAUNCH_TEMPLATE }),
    fail: r({ 'aws_launch_template.lt': { ...LAUNCH_TEMPLATE, metadata_options: { http_endpoint: 'enabled', http_tokens: 'optional' } } }),
  },
  'ec2-launch-template-imds-hop-limit': {
    pass: r({ 'aws_launch_template.lt': LAUNCH_TEMPLATE }),
    fail: r({ 'aws_launch_template.lt': { ...LAUNCH_TEMPLATE, metadata_options: { http_tokens: 'required', http_put_response_hop_limit: 2 } } }),
  },
  'ec2-launch-template-ebs-encryption': {
    pass: { resources: { 'aws_launch_template.lt': { ...LAUNCH_TEMPLATE, block_device_mappings: undefined } }, otherStacks: { 'prod-account': { resource: { aws_ebs_encryption_by_default: { d: { enabled: true } } } } } },
    fail: r({ 'aws_launch_template.lt': { ...LAUNCH_TEMPLATE, block_device_mappings: [{ device_name: '/dev/xvda', ebs: { volume_size: 20 } }] } }),
  },
  'ec2-launch-template-no-public-ip': {
    pass: r({ 'aws_launch_template.lt': LAUNCH_TEMPLATE }),
    fail: r({ 'aws_launch_template.lt': { ...LAUNCH_TEMPLATE, network_interfaces: [{ device_index: 0, associate_public_ip_address: 'true' }] } }),
  },
  'ec2-instance-imdsv2': {
    pass: r({ 'aws_instance.i': { ami: 'ami-1', metadata_options: { http_tokens: 'required' } } }),
    fail: r({ 'aws_instance.i': { ami: 'ami-1' } }),
  },
  'ec2-instance-volumes-encrypted': {
    pass: r({ 'aws_instance.i': { ami: 'ami-1', root_block_device: { encrypted: true } }, 'aws_ebs_volume.v': { availability_zone: 'us-east-1a', encrypted: true } }),
    fail: r({ 'aws_ebs_volume.v': { availability_zone: 'us-east-1a', size: 10 } }),
  },
  'ec2-instance-no-public-ip': {
    pass: r({ 'aws_instance.i': { ami: 'ami-1', associate_public_ip_address: false } }),
    fail: r({ 'aws_instance.i': { ami: 'ami-1', associate_public_ip_address: true } }),
  },
  'ec2-snapshot-block-public-access': {
    pass: r({ 'aws_ebs_snapshot_block_public_access.b': { state: 'block-all-sharing' } }),
    fail: r({ 'aws_ebs_snapshot_block_public_access.b': { state: 'block-new-sharing' } }),
  },
  'ec2-instance-metadata-defaults-imdsv2': {
    pass: r({ 'aws_ec2_instance_metadata_defaults.d': { http_tokens: 'required', http_put_response_hop_limit: 1 } }),
    fail: r({ 'aws_ec2_instance_metadata_defaults.d': { http_tokens: 'optional', http_put_response_hop_limit: 2 } }),
  },
  'ssm-document-public-sharing-blocked': {
    pass: r({ 'aws_ssm_service_setting.s': { setting_id: '/ssm/documents/console/public-sharing-permission', setting_value: 'Disable' } }),
    fail: r({ 'aws_ssm_service_setting.s': { setting_id: '/ssm/documents/console/public-sharing-permission', setting_value: 'Enable' } }),
  },
  'iam-support-role': {
    pass: r({
      'aws_iam_account_password_policy.p': { minimum_password_length: 14 },
      'aws_iam_role_policy_attachment.s': { role: 'support', policy_arn: 'arn:aws:iam::aws:policy/AWSSupportAccess' },
    }),
    fail: r({ 'aws_iam_account_password_policy.p': { minimum_password_length: 14 } }),
  },
  'ec2-ebs-encryption-by-default': {
    pass: r({ 'aws_ebs_encryption_by_default.d': { enabled: true } }),
    fail: r({ 'aws_ebs_encryption_by_default.d': { enabled: false } }),
  },
  'ec2-no-credentials-in-user-data': {
    pass: r({ 'aws_launch_template.lt': LAUNCH_TEMPLATE }),
    fail: r({ 'aws_launch_template.lt': { ...LAUNCH_TEMPLATE, user_data: Buffer.from('export AWS_ACCESS_KEY_ID=AKIAABCDEFGHIJKLMNOP\n').toString('base64') } }),
  },
  'asg-elb-health-check': {
    pass: r({ 'aws_autoscaling_group.g': { ...ASG, health_check_type: 'EC2', target_group_arns: ['${aws_lb_target_group.app.arn}'] }, 'aws_lb_target_group.app': { name: 'app' } }),
    fail: r({ 'aws_autoscaling_group.g': { ...ASG, health_check_type: 'EC2' }, ...SERVED_TARGET_GROUP }),
  },
  'asg-multi-az': {
    pass: r({ 'aws_autoscaling_group.g': ASG }),
    fail: r({ 'aws_autoscaling_group.g': { ...ASG, vpc_zone_identifier: ['subnet-a'] } }),
  },
  'asg-launch-template': {
    pass: r({ 'aws_autoscaling_group.g': ASG }),
    fail: r({ 'aws_autoscaling_group.g': { ...ASG, launch_template: undefined, launch_configuration: '${aws_launch_configuration.lc.name}' } }),
  },
  // ALB and WAF
  'alb-drop-invalid-headers': {
    pass: r({ 'aws_lb.web': ALB }),
    fail: r({ 'aws_alb.web': { ...ALB, drop_invalid_header_fields: false } }),
  },
  'alb-access-logs': {
    pass: r({ 'aws_lb.web': ALB }),
    fail: r({ 'aws_lb.web': { ...ALB, access_logs: { bucket: 'acme-alb-logs', enabled: false } } }),
  },
  'alb-deletion-protection': {
    pass: dev({ 'aws_lb.web': { ...ALB, enable_deletion_protection: false } }),
    fail: r({ 'aws_lb.web': { ...ALB, enable_deletion_protection: false } }),
  },
  'alb-desync-mitigation': {
    pass: r({ 'aws_lb.web': { ...ALB, desync_mitigation_mode: undefined } }),
    fail: r({ 'aws_lb.web': { ...ALB, desync_mitigation_mode: 'monitor' } }),
  },
  'alb-listener-https-only': {
    pass: r({
      'aws_lb_listener.http': { protocol: 'HTTP', port: 80, default_action: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } }] },
      'aws_lb_listener.unconfigured': { protocol: 'HTTP', port: 8080, default_action: [{ type: 'fixed-response', fixed_response: { status_code: '503', content_type: 'text/plain' } }] },
    }),
    fail: r({ 'aws_lb_listener.http': { protocol: 'HTTP', port: 80, default_action: [{ type: 'forward', target_group_arn: 'arn' }] } }),
  },
  'alb-listener-tls-policy': {
    pass: r({ 'aws_lb_listener.https': { protocol: 'HTTPS', port: 443, ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', certificate_arn: 'arn' } }),
    fail: r({ 'aws_lb_listener.https': { protocol: 'HTTPS', port: 443, ssl_policy: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06', certificate_arn: 'arn' } }),
  },
  'alb-waf-protected': {
    pass: r({ 'aws_lb.web': ALB, 'aws_wafv2_web_acl_association.a': { resource_arn: '${aws_lb.web.arn}', web_acl_arn: '${aws_wafv2_web_acl.w.arn}' } }),
    fail: r({ 'aws_lb.web': ALB }),
  },
  'waf-logging': {
    pass: r({ 'aws_wafv2_web_acl.w': WEB_ACL, 'aws_wafv2_web_acl_logging_configuration.l': { resource_arn: '${aws_wafv2_web_acl.w.arn}', log_destination_configs: ['arn'] } }),
    fail: r({ 'aws_wafv2_web_acl.w': WEB_ACL }),
  },
  'waf-known-bad-inputs': {
    pass: r({ 'aws_wafv2_web_acl.w': WEB_ACL }),
    fail: r({ 'aws_wafv2_web_acl.w': { ...WEB_ACL, rule: [] } }),
  },
  'waf-metrics': {
    pass: r({ 'aws_wafv2_web_acl.w': WEB_ACL }),
    fail: r({ 'aws_wafv2_web_acl.w': { ...WEB_ACL, rule: [{ ...WEB_ACL.rule[0], visibility_config: { cloudwatch_metrics_enabled: false, metric_name: 'x', sampled_requests_enabled: true } }] } }),
  },
  // RDS
  'rds-storage-encrypted': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, kms_key_id: undefined } }),
  },
  'rds-no-public-access': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, publicly_accessible: true } }),
  },
  'rds-multi-az': {
    pass: dev({ 'aws_db_instance.db': { ...DB, multi_az: false } }),
    fail: r({ 'aws_db_instance.db': { ...DB, multi_az: false } }),
  },
  'rds-deletion-protection': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_rds_cluster.c': { engine: 'aurora-postgresql', deletion_protection: false } }),
  },
  'rds-iam-authentication': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, iam_database_authentication_enabled: false } }),
  },
  'rds-backup-retention': {
    pass: r({ 'aws_db_instance.db': DB, 'aws_db_instance.replica': { replicate_source_db: '${aws_db_instance.db.identifier}' } }),
    fail: r({ 'aws_db_instance.db': { ...DB, backup_retention_period: 1 } }),
  },
  'rds-performance-insights-kms': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, performance_insights_kms_key_id: undefined } }),
  },
  'rds-no-default-port': {
    pass: r({ 'aws_db_instance.db': DB, 'aws_db_instance.replica': { replicate_source_db: '${aws_db_instance.db.arn}' } }),
    fail: r({ 'aws_db_instance.db': { ...DB, port: 5432 }, 'aws_db_instance.unset': { ...DB, port: undefined } }),
  },
  'rds-log-exports': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, enabled_cloudwatch_logs_exports: [] } }),
  },
  'rds-minor-version-upgrades': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, auto_minor_version_upgrade: false } }),
  },
  'rds-copy-tags-to-snapshots': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, copy_tags_to_snapshot: false } }),
  },
  'rds-enhanced-monitoring': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, monitoring_interval: 0 } }),
  },
  'rds-postgres-force-ssl': {
    pass: r({ 'aws_db_instance.db': DB, ...PG }),
    fail: r({ 'aws_db_instance.db': DB, 'aws_db_parameter_group.pg': { name: 'pg', family: 'postgres16', parameter: [{ name: 'rds.force_ssl', value: '0' }] } }),
  },
  // DynamoDB
  'dynamodb-point-in-time-recovery': {
    pass: r({ 'aws_dynamodb_table.t': TABLE, 'aws_dynamodb_table_replica.r': { global_table_arn: 'arn', kms_key_arn: KMS_ARN, point_in_time_recovery: true } }),
    fail: r({ 'aws_dynamodb_table.t': { ...TABLE, replica: [{ region_name: 'us-west-2', kms_key_arn: KMS_ARN }] } }),
  },
  'dynamodb-customer-managed-key': {
    pass: r({ 'aws_dynamodb_table.t': TABLE }),
    fail: r({ 'aws_dynamodb_table.t': { ...TABLE, server_side_encryption: { enabled: true } } }),
  },
  'dynamodb-deletion-protection': {
    pass: dev({ 'aws_dynamodb_table.t': { ...TABLE, deletion_protection_enabled: false } }),
    fail: r({ 'aws_dynamodb_table.t': { ...TABLE, deletion_protection_enabled: false } }),
  },
  // Logs, alarms, SNS
  'logs-group-kms': {
    pass: r({ 'aws_cloudwatch_log_group.g': { name: 'app', kms_key_id: KMS_ARN, retention_in_days: 365 } }),
    fail: r({ 'aws_cloudwatch_log_group.g': { name: 'app', retention_in_days: 365 } }),
  },
  'logs-group-retention': {
    pass: dev({ 'aws_cloudwatch_log_group.g': { name: 'app', kms_key_id: KMS_ARN, retention_in_days: 30 } }),
    fail: r({ 'aws_cloudwatch_log_group.g': { name: 'app', kms_key_id: KMS_ARN, retention_in_days: 30 } }),
  },
  'sns-topic-kms': {
    pass: r({ 'aws_sns_topic.t': { name: 'alarms', kms_master_key_id: KMS_ARN } }),
    fail: r({ 'aws_sns_topic.t': { name: 'alarms', kms_master_key_id: 'alias/aws/sns' } }),
  },
  'sns-topic-tls-only': {
    pass: r({
      'aws_sns_topic.t': { name: 'alarms' },
      'aws_sns_topic_policy.p': { arn: '${aws_sns_topic.t.arn}', policy: '${data.aws_iam_policy_document.p.json}' },
      'data.aws_iam_policy_document.p': {
        statement: [
          {
            effect: 'Deny',
            actions: ['sns:Publish'],
            resources: ['${aws_sns_topic.t.arn}'],
            principals: [{ type: 'AWS', identifiers: ['*'] }],
            condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
          },
        ],
      },
    }),
    fail: r({ 'aws_sns_topic.t': { name: 'alarms' } }),
  },
  'alarm-actions-enabled': {
    pass: r({ 'aws_cloudwatch_metric_alarm.a': { alarm_name: 'cpu', alarm_actions: ['${aws_sns_topic.t.arn}'] } }),
    fail: r({ 'aws_cloudwatch_metric_alarm.a': { alarm_name: 'cpu', alarm_actions: ['${aws_sns_topic.t.arn}'], actions_enabled: false } }),
  },
  // Backup
  'backup-vault-kms': {
    pass: r({ 'aws_backup_vault.v': { name: 'v', kms_key_arn: KMS_ARN } }),
    fail: r({ 'aws_backup_vault.v': { name: 'v' } }),
  },
  'backup-vault-no-force-destroy': {
    pass: dev({ 'aws_backup_vault.v': { name: 'v', kms_key_arn: KMS_ARN, force_destroy: true } }),
    fail: r({ 'aws_backup_vault.v': { name: 'v', kms_key_arn: KMS_ARN, force_destroy: true } }),
  },
  'backup-plan-retention': {
    pass: r({ 'aws_backup_plan.p': { name: 'p', rule: [{ rule_name: 'daily', target_vault_name: 'v', lifecycle: { delete_after: 35 } }] } }),
    fail: r({ 'aws_backup_plan.p': { name: 'p', rule: [{ rule_name: 'daily', target_vault_name: 'v', lifecycle: { delete_after: 35 }, copy_action: [{ destination_vault_arn: 'arn', lifecycle: { delete_after: 1 } }] }] } }),
  },
  'backup-plan-cross-region-copy': {
    pass: {
      resources: { 'aws_backup_plan.p': { name: 'p', rule: [{ rule_name: 'daily', target_vault_name: 'v', copy_action: [{ destination_vault_arn: 'arn:aws:backup:us-west-2:222222222222:backup-vault:v' }] }] } },
      otherStacks: { 'prod-us-west-2': { provider: { aws: [{ region: 'us-west-2', default_tags: [{ tags: PROD_TAGS }] }] } } },
    },
    fail: {
      resources: { 'aws_backup_plan.p': { name: 'p', rule: [{ rule_name: 'daily', target_vault_name: 'v' }] } },
      otherStacks: { 'prod-us-west-2': { provider: { aws: [{ region: 'us-west-2', default_tags: [{ tags: PROD_TAGS }] }] } } },
    },
  },
  // Secrets
  'secrets-kms': {
    pass: r({ 'aws_secretsmanager_secret.s': { name: 'api', kms_key_id: KMS_ARN } }),
    fail: r({ 'aws_secretsmanager_secret.s': { name: 'api', kms_key_id: KMS_ARN, replica: [{ region: 'us-west-2' }] } }),
  },
  'secrets-rotation': {
    pass: r({ 'aws_secretsmanager_secret.s': { name: 'api' }, 'aws_secretsmanager_secret_rotation.r': { secret_id: '${aws_secretsmanager_secret.s.id}', rotation_rules: { automatically_after_days: 30 } } }),
    fail: r({ 'aws_secretsmanager_secret.s': { name: 'api' } }),
  },
  'secrets-recovery-window': {
    pass: r({ 'aws_secretsmanager_secret.s': { name: 'api', recovery_window_in_days: 30 } }),
    fail: r({ 'aws_secretsmanager_secret.s': { name: 'api', recovery_window_in_days: 0 } }),
  },
  'secrets-database-managed-password': {
    pass: r({ 'aws_db_instance.db': DB }),
    fail: r({ 'aws_db_instance.db': { ...DB, manage_master_user_password: undefined, password: 'hunter2hunter2' } }),
  },
  'secrets-ssm-secure-string': {
    pass: r({ 'aws_ssm_parameter.p': { name: '/app/db-password', type: 'SecureString', key_id: KMS_ARN, value: 'x' }, 'aws_ssm_parameter.q': { name: '/app/log-level', type: 'String', value: 'info' } }),
    fail: r({ 'aws_ssm_parameter.p': { name: '/app/api-key', type: 'String', value: 'x' } }),
  },
  // Tags
  'tags-provider-default-tags': {
    pass: s(() => undefined),
    fail: s((j) => j.provider.aws.push({ alias: 'us-west-2', region: 'us-west-2', allowed_account_ids: ['222222222222'], default_tags: [{ tags: { Owner: 'x' } }] })),
  },
  'tags-provider-syntax': {
    pass: s(() => undefined),
    fail: s((j) => (j.provider.aws[0].default_tags[0].tags['aws:owner'] = 'x')),
  },
  'tags-allowed-values': {
    pass: r({ 'aws_s3_bucket.data': { bucket: 'acme-data', tags: { Name: 'data', DataClassification: 'confidential' } } }),
    fail: r({ 'aws_s3_bucket.data': { bucket: 'acme-data', tags: { DataClassification: 'top-secret' } } }),
  },
  'tags-auto-scaling-propagation': {
    pass: r({ 'aws_autoscaling_group.g': ASG }),
    fail: r({ 'aws_autoscaling_group.g': { ...ASG, tag: ASG_TAGS.map((t) => (t.key === 'Owner' ? { ...t, propagate_at_launch: false } : t)) } }),
  },
  // State backend and providers
  'backend-s3-remote-state': {
    pass: s(() => undefined),
    fail: s((j) => delete j.terraform.backend),
  },
  'backend-s3-encrypted': {
    pass: s(() => undefined),
    fail: s((j) => (j.terraform.backend.s3.encrypt = false)),
  },
  'backend-s3-native-locking': {
    pass: s(() => undefined),
    fail: s((j) => {
      delete j.terraform.backend.s3.use_lockfile;
      j.terraform.backend.s3.dynamodb_table = 'locks';
    }),
  },
  'account-security-contact': {
    // A real production account: the contact is declared by its account stack.
    pass: {
      resources: { 'aws_securityhub_standards_subscription.fsbp': { standards_arn: FSBP_ARN } },
      mutate: (j) => (j.provider.aws[0].allowed_account_ids = [REAL_ACCOUNT]),
      otherStacks: { 'prod-account': { ...baseStack('prod-account'), provider: { aws: [{ region: 'us-east-1', allowed_account_ids: [REAL_ACCOUNT] }] }, resource: { aws_account_alternate_contact: { security: SECURITY_CONTACT } } } },
    },
    // Only an operations contact: Account.1 asks for the security contact.
    fail: {
      resources: { 'aws_securityhub_standards_subscription.fsbp': { standards_arn: FSBP_ARN } },
      mutate: (j) => (j.provider.aws[0].allowed_account_ids = [REAL_ACCOUNT]),
      otherStacks: { 'prod-account': { ...baseStack('prod-account'), provider: { aws: [{ region: 'us-east-1', allowed_account_ids: [REAL_ACCOUNT] }] }, resource: { aws_account_alternate_contact: { ops: { ...SECURITY_CONTACT, alternate_contact_type: 'OPERATIONS' } } } } },
    },
  },
  'account-singletons-once': {
    // Two environments in one account: only the first declares the detector of the region.
    pass: {
      resources: { 'aws_guardduty_detector.main': { enable: true } },
      otherStacks: { 'staging-us-east-1': { ...baseStack('staging-us-east-1'), resource: { aws_guardduty_detector: { main: { enable: true } } }, provider: { aws: [{ region: 'us-west-2', allowed_account_ids: ['222222222222'] }] } } },
    },
    fail: {
      resources: { 'aws_guardduty_detector.main': { enable: true } },
      otherStacks: { 'staging-us-east-1': { ...baseStack('staging-us-east-1'), resource: { aws_guardduty_detector: { main: { enable: true } } } } },
    },
  },
  'backend-s3-unique-key': {
    pass: { otherStacks: { 'prod-account': { terraform: { backend: { s3: { bucket: 'acme-payments-tfstate', key: 'payments/prod-account.tfstate' } } } } } },
    fail: { otherStacks: { 'prod-account': { terraform: { backend: { s3: { bucket: 'acme-payments-tfstate', key: 'payments/prod-us-east-1.tfstate' } } } } } },
  },
  'provider-allowed-account-ids': {
    pass: s(() => undefined),
    fail: s((j) => delete j.provider.aws[0].allowed_account_ids),
  },
  'provider-no-static-credentials': {
    pass: s(() => undefined),
    fail: s((j) => Object.assign(j.provider.aws[0], { access_key: 'AKIAABCDEFGHIJKLMNOP', secret_key: 'x' })),
  },
};
