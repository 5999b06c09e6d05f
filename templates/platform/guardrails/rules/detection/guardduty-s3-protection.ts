import type { ResourceRule } from '../../model';
import { block, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'guardduty-s3-protection',
  title: 'GuardDuty analyses S3 data events',
  severity: 'medium',
  rationale:
    'S3 Protection detects data exfiltration and suspicious access to buckets. Enable the S3_DATA_EVENTS feature with an aws_guardduty_detector_feature (status "ENABLED") for the detector.',
  references: { securityHub: ['GuardDuty.10'] },
  scope: 'resource',
  resourceTypes: ['aws_guardduty_detector'],
  check(detector, { graph }) {
    const features = graph.related(detector, 'aws_guardduty_detector_feature', 'detector_id');
    const enabled = features.some((f) => f.values.name === 'S3_DATA_EVENTS' && f.values.status === 'ENABLED');
    const legacy = isTrue(block(block(detector.values.datasources).s3_logs).enable);
    return enabled || legacy ? undefined : 'no aws_guardduty_detector_feature enables S3_DATA_EVENTS';
  },
};
