import type { ResourceRule } from '../../model';
import { blocks, isFalse, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'cloudtrail-multi-region',
  title: 'Trails record management events in every region',
  severity: 'high',
  rationale:
    'An attacker works in the region nobody watches. A trail must be multi-region, include global service events (IAM, STS) and record read and write management events.',
  references: { checkov: ['CKV_AWS_67'], securityHub: ['CloudTrail.1'], cis: ['3.1'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudtrail'],
  check(trail) {
    const v = trail.values;
    const problems: string[] = [];
    if (!isTrue(v.is_multi_region_trail)) problems.push('is_multi_region_trail is not true');
    if (isFalse(v.include_global_service_events)) problems.push('include_global_service_events is false');
    if (isFalse(v.enable_logging)) problems.push('enable_logging is false');
    const selectors = blocks(v.event_selector);
    if (selectors.length > 0 && !selectors.some((s) => !isFalse(s.include_management_events) && (s.read_write_type ?? 'All') === 'All')) {
      problems.push('no event_selector records all read and write management events');
    }
    return problems;
  },
};
