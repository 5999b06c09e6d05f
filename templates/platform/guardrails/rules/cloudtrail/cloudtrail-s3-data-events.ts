import type { ResourceRule } from '../../model';
import { blocks, strings } from '../../values';

/** An ARN value that stands for every bucket (basic selectors): `arn:aws:s3` or `arn:aws:s3:::`. */
const ALL_BUCKETS = /^arn:aws[a-z-]*:s3(:::)?$/;

export const rule: ResourceRule = {
  id: 'cloudtrail-s3-data-events',
  title: 'Multi-region trails record S3 object-level events of every bucket',
  severity: 'medium',
  rationale:
    'Management events do not show who read or wrote which object, and a selector listing some buckets misses every bucket created later. Record AWS::S3::Object data events of all buckets: an event_selector data_resource with values = ["arn:aws:s3"], or an advanced_event_selector on resources.type = AWS::S3::Object whose resources.ARN conditions only exclude (not_equals / not_starts_with, e.g. the trail\'s own bucket).',
  references: { securityHub: ['S3.22', 'S3.23'], cis: ['3.8', '3.9'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudtrail'],
  check(trail) {
    const basic = blocks(trail.values.event_selector).some((s) =>
      blocks(s.data_resource).some((d) => d.type === 'AWS::S3::Object' && strings(d.values).some((v) => ALL_BUCKETS.test(v))),
    );
    const advanced = blocks(trail.values.advanced_event_selector).some((s) => {
      const fields = blocks(s.field_selector);
      const objects = fields.some((f) => f.field === 'resources.type' && strings(f.equals).includes('AWS::S3::Object'));
      const narrowed = fields.some(
        (f) => f.field === 'resources.ARN' && (strings(f.equals).length > 0 || strings(f.starts_with).length > 0 || strings(f.ends_with).length > 0),
      );
      const readOnlyOnly = fields.some((f) => f.field === 'readOnly');
      return objects && !narrowed && !readOnlyOnly;
    });
    return basic || advanced ? undefined : 'no event selector records AWS::S3::Object data events of every bucket (reads and writes)';
  },
};
