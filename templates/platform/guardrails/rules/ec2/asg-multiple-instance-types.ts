import type { ResourceRule } from '../../model';
import { blocks, strings } from '../../values';

export const rule: ResourceRule = {
  id: 'asg-multiple-instance-types',
  title: 'Auto Scaling groups use several instance types over several AZs',
  severity: 'medium',
  rationale:
    'With one instance type, a shortage of that type in an AZ stops the group from scaling or replacing instances there. Security Hub AutoScaling.6 expects a mixed_instances_policy whose launch_template lists at least two instance types (override), over subnets of at least two AZs (vpc_zone_identifier).',
  references: { securityHub: ['AutoScaling.6'] },
  scope: 'resource',
  resourceTypes: ['aws_autoscaling_group'],
  check(group) {
    const types = new Set(
      blocks(group.values.mixed_instances_policy)
        .flatMap((policy) => blocks(policy.launch_template))
        .flatMap((template) => blocks(template.override))
        .map((override) => override.instance_type)
        .filter((type): type is string => typeof type === 'string'),
    );
    if (types.size < 2) return `the group runs ${types.size === 0 ? 'a single instance type (no mixed_instances_policy)' : `only ${[...types][0]}`}`;
    const subnets = strings(group.values.vpc_zone_identifier);
    return subnets.length < 2 && !String(group.values.vpc_zone_identifier).includes('${') ? 'the group spans fewer than two subnets' : undefined;
  },
};
