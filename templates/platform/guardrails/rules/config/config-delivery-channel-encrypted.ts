import type { ResourceRule } from '../../model';
import { isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'config-delivery-channel-encrypted',
  title: 'AWS Config delivers snapshots encrypted with a customer-managed key',
  severity: 'low',
  rationale: 'Configuration snapshots describe every resource of the account. Set s3_kms_key_arn on the delivery channel.',
  references: {},
  scope: 'resource',
  resourceTypes: ['aws_config_delivery_channel'],
  check(channel) {
    return isSet(channel.values.s3_kms_key_arn) ? undefined : 's3_kms_key_arn is not set';
  },
};
