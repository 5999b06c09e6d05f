import { RegionalEndpointRecord, RegionalEndpointRecordProps } from '../../../templates/platform/edge/regional-endpoint-record';
import { onlyResource, synthJson, testStack } from '../compute/test-stack';

function synth(overrides: Partial<RegionalEndpointRecordProps> = {}) {
  const stack = testStack('us-west-2');
  new RegionalEndpointRecord(stack, 'endpoint', {
    hostedZoneId: 'Z0123456789',
    recordName: 'app.example.com',
    region: 'us-west-2',
    loadBalancerDnsName: 'payments-prod-123.us-west-2.elb.amazonaws.com',
    loadBalancerZoneId: 'Z1H1FL5HABSF5',
    ...overrides,
  });
  return synthJson(stack);
}

describe('RegionalEndpointRecord', () => {
  const json = synth({ failoverRole: 'SECONDARY' });

  test('health-checks this region\'s load balancer over HTTPS', () => {
    expect(onlyResource(json, 'aws_route53_health_check')).toMatchObject({
      type: 'HTTPS',
      fqdn: 'payments-prod-123.us-west-2.elb.amazonaws.com',
      port: 443,
      resource_path: '/healthz',
      enable_sni: true,
      failure_threshold: 3,
    });
  });

  test('answers with an alias to this region\'s load balancer only while healthy', () => {
    const record = onlyResource(json, 'aws_route53_record');
    expect(record).toMatchObject({
      zone_id: 'Z0123456789',
      name: 'app.example.com',
      type: 'A',
      set_identifier: 'us-west-2',
      failover_routing_policy: { type: 'SECONDARY' },
      alias: { name: 'payments-prod-123.us-west-2.elb.amazonaws.com', zone_id: 'Z1H1FL5HABSF5', evaluate_target_health: true },
    });
    expect(record.health_check_id).toMatch(/^\$\{aws_route53_health_check\..*\.id\}$/);
    expect(record.latency_routing_policy).toBeUndefined();
  });

  test('is PRIMARY by default and supports latency routing', () => {
    expect(onlyResource(synth(), 'aws_route53_record').failover_routing_policy).toEqual({ type: 'PRIMARY' });
    const latency = onlyResource(synth({ routingPolicy: 'latency' }), 'aws_route53_record');
    expect(latency.latency_routing_policy).toEqual({ region: 'us-west-2' });
    expect(latency.failover_routing_policy).toBeUndefined();
  });
});
