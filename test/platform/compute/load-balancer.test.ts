import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { onlyResource, synthJson, testStack } from './test-stack';
import { boundedName } from '../../../templates/platform/compute/bounded-name';
import { WebLoadBalancer, WebLoadBalancerProps } from '../../../templates/platform/compute/load-balancer';

function synth(overrides: Partial<WebLoadBalancerProps> = {}) {
  const stack = testStack();
  new WebLoadBalancer(stack, 'lb', {
    namePrefix: 'payments-prod-us-east-1',
    vpcId: 'vpc-1',
    subnetIds: ['subnet-p1', 'subnet-p2'],
    securityGroupIds: ['sg-alb'],
    accessLogsBucket: 'alb-logs',
    ...overrides,
  });
  return synthJson(stack);
}

describe('WebLoadBalancer', () => {
  const json = synth();
  const alb = onlyResource(json, 'aws_lb');

  test('is internet-facing in the public subnets behind its security group', () => {
    expect(alb).toMatchObject({ internal: false, load_balancer_type: 'application', subnets: ['subnet-p1', 'subnet-p2'], security_groups: ['sg-alb'] });
  });

  test('drops invalid headers, mitigates desync strictly, protects against deletion, logs access', () => {
    expect(alb.drop_invalid_header_fields).toBe(true);
    expect(alb.desync_mitigation_mode).toBe('strictest');
    expect(alb.enable_deletion_protection).toBe(true);
    expect(alb.enable_waf_fail_open).toBe(false);
    expect(alb.access_logs).toEqual({ bucket: 'alb-logs', prefix: 'payments-prod-us-east-1', enabled: true });
    expect(onlyResource(synth({ deletionProtection: false }), 'aws_lb').enable_deletion_protection).toBe(false);
  });

  test('waits for what access logging needs (the bucket policy)', () => {
    const stack = testStack();
    const policy = new S3BucketPolicy(stack, 'logs-policy', { bucket: 'alb-logs', policy: '{}' });
    new WebLoadBalancer(stack, 'lb', {
      namePrefix: 'p',
      vpcId: 'vpc-1',
      subnetIds: ['subnet-p1'],
      securityGroupIds: ['sg-alb'],
      accessLogsBucket: 'alb-logs',
      accessLogsDependsOn: [policy],
    });
    expect(onlyResource(synthJson(stack), 'aws_lb').depends_on).toEqual(['aws_s3_bucket_policy.logs-policy']);
    expect(alb.depends_on).toBeUndefined();
  });

  test('health-checks the application on /healthz', () => {
    const group = onlyResource(json, 'aws_lb_target_group');
    expect(group).toMatchObject({ port: 8080, protocol: 'HTTP', target_type: 'instance' });
    expect(group.health_check).toMatchObject({ path: '/healthz', matcher: '200', port: 'traffic-port' });
  });

  test('without a certificate, only a 503 HTTP listener exists', () => {
    const listener = onlyResource(json, 'aws_lb_listener');
    expect(listener.port).toBe(80);
    expect(listener.default_action[0].type).toBe('fixed-response');
    expect(listener.default_action[0].fixed_response.status_code).toBe('503');
  });

  test('a custom TLS policy can be set with a certificate', () => {
    const listeners = Object.values(synth({ certificateArn: 'arn:cert', sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' }).resource.aws_lb_listener) as any[];
    expect(listeners.find((l) => l.port === 443).ssl_policy).toBe('ELBSecurityPolicy-TLS13-1-3-2021-06');
  });

  test('names fit the 32-character limit of load balancers and target groups', () => {
    const long = synth({ namePrefix: 'payments-platform-staging-ap-southeast-2' });
    expect(onlyResource(long, 'aws_lb').name.length).toBeLessThanOrEqual(32);
    expect(onlyResource(long, 'aws_lb_target_group').name.length).toBeLessThanOrEqual(32);
  });
});

describe('boundedName', () => {
  test('keeps names that fit and shortens others deterministically and distinctly', () => {
    expect(boundedName('short', 32)).toBe('short');
    const a = boundedName('payments-platform-staging-ap-southeast-2', 32);
    const b = boundedName('payments-platform-staging-ap-southeast-1', 32);
    expect(a).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(boundedName('payments-platform-staging-ap-southeast-2', 32)).toBe(a);
    expect(a).toMatch(/^[a-z0-9-]+-[0-9a-f]{6}$/);
  });
});
