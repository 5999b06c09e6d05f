import { onlyResource, resourcesOf, synthJson, testStack } from './test-stack';
import { WebTier, WebTierProps } from '../../../templates/platform/compute/web-tier';

const KMS = 'arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555';

function synthWebTier(overrides: Partial<WebTierProps> = {}) {
  const stack = testStack();
  const tier = new WebTier(stack, 'web', {
    namePrefix: 'payments-prod-us-east-1',
    vpcId: 'vpc-123',
    vpcCidrBlock: '10.16.0.0/16',
    publicSubnetIds: ['subnet-p1', 'subnet-p2', 'subnet-p3'],
    appSubnetIds: ['subnet-a1', 'subnet-a2', 'subnet-a3'],
    kmsKeyArn: KMS,
    instanceProfileName: 'payments-prod-app',
    accessLogsBucket: 'acme-payments-prod-us-east-1-alb-logs',
    instanceTags: { Environment: 'prod', PatchGroup: 'payments-prod-us-east-1-app' },
    ...overrides,
  });
  return { tier, json: synthJson(stack) };
}

describe('WebTier without a certificate or domain', () => {
  const { tier, json } = synthWebTier();

  test('the HTTP listener answers 503 and nothing forwards to the instances', () => {
    const listeners = Object.values(resourcesOf(json, 'aws_lb_listener'));
    expect(listeners).toHaveLength(1);
    expect(listeners[0].port).toBe(80);
    expect(listeners[0].default_action).toEqual([
      expect.objectContaining({ type: 'fixed-response', fixed_response: expect.objectContaining({ status_code: '503' }) }),
    ]);
    expect(tier.loadBalancer.serving).toBe(false);
  });

  test('instances are health-checked by EC2 and scale on CPU only while nothing forwards', () => {
    expect(onlyResource(json, 'aws_autoscaling_group').health_check_type).toBe('EC2');
    const policies = Object.values(resourcesOf(json, 'aws_autoscaling_policy'));
    expect(policies.map((p: any) => p.target_tracking_configuration.predefined_metric_specification.predefined_metric_type)).toEqual([
      'ASGAverageCPUUtilization',
    ]);
    expect(resourcesOf(json, 'aws_acm_certificate')).toEqual({});
  });
});

describe('WebTier with a certificate ARN', () => {
  const { json } = synthWebTier({ certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/abc' });

  test('HTTPS with the TLS 1.2+ policy forwards to the app, HTTP redirects to HTTPS', () => {
    const listeners = Object.values(resourcesOf(json, 'aws_lb_listener')) as any[];
    const https = listeners.find((l) => l.port === 443);
    const http = listeners.find((l) => l.port === 80);
    expect(https.protocol).toBe('HTTPS');
    expect(https.ssl_policy).toBe('ELBSecurityPolicy-TLS13-1-2-2021-06');
    expect(https.certificate_arn).toBe('arn:aws:acm:us-east-1:111111111111:certificate/abc');
    expect(https.default_action[0].type).toBe('forward');
    expect(http.default_action[0]).toEqual({ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } });
  });

  test('the group is health-checked by the load balancer and also scales on requests per instance', () => {
    expect(onlyResource(json, 'aws_autoscaling_group').health_check_type).toBe('ELB');
    const types = Object.values(resourcesOf(json, 'aws_autoscaling_policy')).map(
      (p: any) => p.target_tracking_configuration.predefined_metric_specification.predefined_metric_type,
    );
    expect(types.sort()).toEqual(['ALBRequestCountPerTarget', 'ASGAverageCPUUtilization']);
  });
});

describe('WebTier with a domain', () => {
  test('requests a DNS-validated certificate and serves HTTPS with it once issued', () => {
    const { json } = synthWebTier({ domainName: 'app.example.com', hostedZoneId: 'Z0123456789' });
    const certificate = onlyResource(json, 'aws_acm_certificate');
    expect(certificate).toMatchObject({ domain_name: 'app.example.com', validation_method: 'DNS' });
    const record = onlyResource(json, 'aws_route53_record');
    expect(record.zone_id).toBe('Z0123456789');
    expect(record.for_each).toContain('domain_validation_options');
    const validation = onlyResource(json, 'aws_acm_certificate_validation');
    expect(validation.validation_record_fqdns).toContain('aws_route53_record.');
    const https = (Object.values(resourcesOf(json, 'aws_lb_listener')) as any[]).find((l) => l.port === 443);
    expect(https.certificate_arn).toMatch(/^\$\{aws_acm_certificate_validation\..*\.certificate_arn\}$/);
  });

  test('without a hosted zone, no validation records are created but the listener still waits for issuance', () => {
    const { json } = synthWebTier({ domainName: 'app.example.com' });
    expect(resourcesOf(json, 'aws_route53_record')).toEqual({});
    expect(onlyResource(json, 'aws_acm_certificate_validation').validation_record_fqdns).toBeUndefined();
  });
});

describe('WebTier firewall', () => {
  const { json } = synthWebTier();

  test('is associated with the load balancer and logs to an encrypted aws-waf-logs- group with credentials redacted', () => {
    const acl = onlyResource(json, 'aws_wafv2_web_acl');
    expect(acl.scope).toBe('REGIONAL');
    expect(onlyResource(json, 'aws_wafv2_web_acl_association').resource_arn).toMatch(/^\$\{aws_lb\./);
    const logging = onlyResource(json, 'aws_wafv2_web_acl_logging_configuration');
    expect(logging.redacted_fields).toEqual([{ single_header: { name: 'authorization' } }, { single_header: { name: 'cookie' } }]);
    const wafLogs = Object.values(resourcesOf(json, 'aws_cloudwatch_log_group')).find((g: any) => g.name.startsWith('aws-waf-logs-')) as any;
    expect(wafLogs).toMatchObject({ name: 'aws-waf-logs-payments-prod-us-east-1', kms_key_id: KMS });
  });

  test('can be switched off', () => {
    const { json: withoutWaf } = synthWebTier({ webApplicationFirewall: false });
    expect(resourcesOf(withoutWaf, 'aws_wafv2_web_acl')).toEqual({});
  });
});

describe('WebTier instances', () => {
  const { json } = synthWebTier();

  test('run from the hardened launch template with the instance tags', () => {
    const template = onlyResource(json, 'aws_launch_template');
    expect(template.metadata_options.http_tokens).toBe('required');
    expect(template.iam_instance_profile).toEqual({ name: 'payments-prod-app' });
    const instanceTags = template.tag_specifications.find((t: any) => t.resource_type === 'instance').tags;
    expect(instanceTags).toMatchObject({ Environment: 'prod', PatchGroup: 'payments-prod-us-east-1-app' });
    const script = Buffer.from(template.user_data, 'base64').toString('utf8');
    expect(script).toContain('"log_group_name": "/platform/payments-prod-us-east-1/app-instances"');
  });

  test('take the latest Amazon Linux image from its SSM parameter, so a failed refresh is not rolled back', () => {
    const template = onlyResource(json, 'aws_launch_template');
    expect(template.image_id).toMatch(/^resolve:ssm:\/aws\/service\/ami-amazon-linux-latest\//);
    const group = onlyResource(json, 'aws_autoscaling_group');
    expect(group.instance_refresh.preferences.auto_rollback).toBe(false);
  });

  test('write their logs to an encrypted log group', () => {
    const group = Object.values(resourcesOf(json, 'aws_cloudwatch_log_group')).find((g: any) => g.name.endsWith('/app-instances')) as any;
    expect(group.kms_key_id).toBe(KMS);
    expect(group.retention_in_days).toBe(365);
  });
});
