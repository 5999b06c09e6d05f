import type { ResourceRule } from '../../model';
import { blocks, strings } from '../../values';

export const rule: ResourceRule = {
  id: 'cloudtrail-s3-data-events',
  title: 'Multi-region trails record S3 object-level events',
  severity: 'low',
  rationale:
    'Management events do not show who read or wrote which object. Record data events for AWS::S3::Object with an event_selector data_resource or an advanced_event_selector on resources.type = AWS::S3::Object.',
  references: { securityHub: ['S3.22', 'S3.23'], cis: ['3.8', '3.9'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudtrail'],
  check(trail) {
    const basic = blocks(trail.values.event_selector).some((s) => blocks(s.data_resource).some((d) => d.type === 'AWS::S3::Object'));
    const advanced = blocks(trail.values.advanced_event_selector).some((s) =>
      blocks(s.field_selector).some((f) => f.field === 'resources.type' && strings(f.equals).includes('AWS::S3::Object')),
    );
    return basic || advanced ? undefined : 'no event selector records AWS::S3::Object data events';
  },
};
