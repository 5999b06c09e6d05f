import { AutoscalingGroup, AutoscalingGroupTag } from '@cdktf/provider-aws/lib/autoscaling-group';
import { IConstruct } from 'constructs';
import { IAspect, Token } from '../engine';

/**
 * Provider `default_tags` tag an Auto Scaling group but not the instances it launches. This aspect gives every
 * `aws_autoscaling_group` of the stack a `tag` block with `propagate_at_launch = true` for each required tag it does
 * not set itself (a tag the group already sets is kept as it is; the guardrail `tags-auto-scaling-propagation`
 * reports one that differs from the convention). Groups whose tags are a token are left alone.
 */
export class AutoScalingTagPropagation implements IAspect {
  constructor(private readonly tags: Readonly<Record<string, string>>) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof AutoscalingGroup)) return;
    const current = node.tagInput;
    if (current !== undefined && (Token.isUnresolved(current) || !Array.isArray(current))) return;
    const existing = (current ?? []) as AutoscalingGroupTag[];
    const keys = new Set(existing.map((t) => t.key));
    const missing = Object.entries(this.tags)
      .filter(([key]) => !keys.has(key))
      .map(([key, value]) => ({ key, value, propagateAtLaunch: true }));
    if (missing.length > 0) node.putTag([...existing, ...missing]);
  }
}
