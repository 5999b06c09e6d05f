import type { ResourceRule } from '../../model';
import { isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'sns-topic-kms',
  title: 'SNS topics are encrypted with a customer-managed KMS key',
  severity: 'medium',
  rationale: 'Alarm and event messages describe the system. Set kms_master_key_id to a customer-managed key (the AWS-managed alias/aws/sns cannot be used by CloudWatch alarms or EventBridge).',
  references: { checkov: ['CKV_AWS_26'], securityHub: ['SNS.1'], cdkNag: ['AwsSolutions-SNS2'] },
  scope: 'resource',
  resourceTypes: ['aws_sns_topic'],
  check(topic) {
    const key = topic.values.kms_master_key_id;
    if (!isSet(key)) return 'kms_master_key_id is not set';
    return key === 'alias/aws/sns' ? 'kms_master_key_id is the AWS-managed alias/aws/sns key' : undefined;
  },
};
