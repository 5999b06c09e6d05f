import type { ResourceRule } from '../../model';
import { block, blocks, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'tags-auto-scaling-propagation',
  title: 'Auto Scaling groups propagate the required tags to their instances',
  severity: 'medium',
  rationale:
    'Provider default_tags reach the group but not the instances it launches. Give the group a tag block for every required tag with propagate_at_launch = true (the platform\'s AutoScalingTagPropagation aspect does this).',
  references: { checkov: ['CKV_AWS_153'] },
  scope: 'resource',
  resourceTypes: ['aws_autoscaling_group'],
  check(group, { requiredTagKeys }) {
    const providers = group.stack.json.provider?.aws;
    const provider = (Array.isArray(providers) ? providers : [providers]).find((p: any) => p && !p.alias);
    const expected: Record<string, unknown> = block(provider?.default_tags).tags ?? {};
    const tags = new Map(blocks(group.values.tag).map((t) => [String(t.key), t]));
    const problems: string[] = [];
    for (const key of requiredTagKeys) {
      const tag = tags.get(key);
      if (!tag || !isTrue(tag.propagate_at_launch)) {problems.push(`tag ${key} is not propagated at launch`);} else if (typeof expected[key] === 'string' && tag.value !== expected[key]) {
        problems.push(`tag ${key}=${JSON.stringify(tag.value)} differs from the provider default ${JSON.stringify(expected[key])}`);
      }
    }
    return problems;
  },
};
