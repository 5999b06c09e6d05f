import { onlyResource, resourcesOf, synthJson, testStack } from './test-stack';
import { WebAutoScalingGroup, WebAutoScalingGroupProps } from '../../../templates/platform/compute/auto-scaling-group';
import { mixedInstancesOf } from '../../../templates/platform/stacks/regional-workloads';

function synth(overrides: Partial<WebAutoScalingGroupProps> = {}) {
  const stack = testStack();
  new WebAutoScalingGroup(stack, 'asg', {
    namePrefix: 'payments-dev-us-east-1',
    launchTemplateId: 'lt-123',
    launchTemplateVersion: '3',
    launchTemplateImageId: 'ami-0123456789abcdef0',
    subnetIds: ['subnet-a1', 'subnet-a2'],
    targetGroupArns: ['arn:tg'],
    tags: { Environment: 'dev', PatchGroup: 'payments-dev-us-east-1-app' },
    ...overrides,
  });
  return synthJson(stack);
}

describe('WebAutoScalingGroup', () => {
  const json = synth();
  const group = onlyResource(json, 'aws_autoscaling_group');

  test('spans the app subnets with load balancer health checks', () => {
    expect(group.vpc_zone_identifier).toEqual(['subnet-a1', 'subnet-a2']);
    expect(group.target_group_arns).toEqual(['arn:tg']);
    expect(group.health_check_type).toBe('ELB');
    expect(group.min_size).toBe(2);
  });

  test('starts at the desired capacity and leaves it to the scaling policies afterwards', () => {
    expect(group.desired_capacity).toBe(2);
    expect(group.lifecycle).toEqual({ ignore_changes: ['desired_capacity'] });
    expect(onlyResource(synth({ desiredCapacity: 3 }), 'aws_autoscaling_group').desired_capacity).toBe(3);
  });

  test('refreshes instances on every launch template version, keeping 90% healthy', () => {
    expect(group.launch_template).toEqual({ id: 'lt-123', version: '3' });
    expect(group.instance_refresh).toEqual({
      strategy: 'Rolling',
      preferences: { min_healthy_percentage: 90, skip_matching: true, auto_rollback: true },
    });
    expect(group.max_instance_lifetime).toBe(14 * 24 * 3600);
  });

  // RollbackInstanceRefresh is not supported when the launch template takes its image from an SSM parameter.
  test('rolls a refresh back only when the launch template has a literal AMI id', () => {
    const ssmImage = 'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
    const fromParameter = onlyResource(synth({ launchTemplateImageId: ssmImage }), 'aws_autoscaling_group');
    expect(fromParameter.instance_refresh.preferences.auto_rollback).toBe(false);
    expect(() => synth({ launchTemplateImageId: ssmImage, instanceRefreshAutoRollback: true })).toThrow(
      /instanceRefreshAutoRollback needs a literal AMI id, but the launch template takes its image from resolve:ssm:/,
    );
  });

  test('propagates tags to the instances at launch', () => {
    expect(group.tag).toEqual([
      { key: 'Name', value: 'payments-dev-us-east-1-app', propagate_at_launch: true },
      { key: 'Environment', value: 'dev', propagate_at_launch: true },
      { key: 'PatchGroup', value: 'payments-dev-us-east-1-app', propagate_at_launch: true },
    ]);
  });

  test('publishes group metrics and tracks CPU', () => {
    expect(group.enabled_metrics).toContain('GroupInServiceInstances');
    const policy = onlyResource(json, 'aws_autoscaling_policy');
    expect(policy.policy_type).toBe('TargetTrackingScaling');
    expect(policy.target_tracking_configuration).toEqual({
      predefined_metric_specification: { predefined_metric_type: 'ASGAverageCPUUtilization' },
      target_value: 50,
    });
  });

  test('uses EC2 health checks without target groups', () => {
    expect(onlyResource(synth({ targetGroupArns: [] }), 'aws_autoscaling_group').health_check_type).toBe('EC2');
  });

  test('tracks requests per target when asked', () => {
    const policies = Object.values(resourcesOf(synth({ requestCountScaling: { resourceLabel: 'app/x/1/targetgroup/y/2', targetValue: 500 } }), 'aws_autoscaling_policy')) as any[];
    const requests = policies.find((p) => p.target_tracking_configuration.predefined_metric_specification.predefined_metric_type === 'ALBRequestCountPerTarget');
    expect(requests.target_tracking_configuration).toEqual({
      predefined_metric_specification: { predefined_metric_type: 'ALBRequestCountPerTarget', resource_label: 'app/x/1/targetgroup/y/2' },
      target_value: 500,
    });
  });

  test('mixes spot instances through a mixed instances policy with capacity rebalancing', () => {
    const mixed = onlyResource(synth({ mixedInstances: { instanceTypes: ['t3.small', 't3a.small'], onDemandBaseCapacity: 1 } }), 'aws_autoscaling_group');
    expect(mixed.launch_template).toBeUndefined();
    expect(mixed.capacity_rebalance).toBe(true);
    expect(mixed.mixed_instances_policy.instances_distribution).toEqual({
      on_demand_base_capacity: 1,
      on_demand_percentage_above_base_capacity: 0,
      spot_allocation_strategy: 'price-capacity-optimized',
    });
    expect(mixed.mixed_instances_policy.launch_template.override).toEqual([{ instance_type: 't3.small' }, { instance_type: 't3a.small' }]);
  });

  test('rejects impossible sizes and empty instance type lists', () => {
    expect(() => synth({ minSize: 4, maxSize: 2 })).toThrow(/minSize <= maxSize/);
    expect(() => synth({ minSize: 1, maxSize: 2, desiredCapacity: 3 })).toThrow(/desiredCapacity 3 is outside 1..2/);
    expect(() => synth({ mixedInstances: { instanceTypes: [] } })).toThrow(/at least one instance type/);
  });
});

describe('mixedInstancesOf', () => {
  test('on demand over the type and its twin, spot over both, or the launch template alone without a twin', () => {
    expect(mixedInstancesOf('t3.small', false)).toEqual({ instanceTypes: ['t3.small', 't3a.small'], onDemandBaseCapacity: 0, onDemandPercentageAboveBaseCapacity: 100 });
    expect(mixedInstancesOf('t3.micro', true)).toEqual({ instanceTypes: ['t3.micro', 't3a.micro'], onDemandBaseCapacity: 0, onDemandPercentageAboveBaseCapacity: 0 });
    expect(mixedInstancesOf('m7g.large', false)).toBeUndefined();
  });
});
