import type { ResourceRule } from '../../model';
import { isSet, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-storage-encrypted',
  title: 'Databases encrypt storage with a customer-managed KMS key',
  severity: 'high',
  rationale:
    'Encryption at rest cannot be turned on later without a snapshot-and-restore migration. Set storage_encrypted = true and kms_key_id to a customer-managed key (a cross-region replica needs the key of its own region).',
  references: { checkov: ['CKV_AWS_16'], securityHub: ['RDS.3'], cis: ['2.3.1'], cdkNag: ['AwsSolutions-RDS2'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    const problems: string[] = [];
    if (!isTrue(db.values.storage_encrypted)) problems.push('storage_encrypted is not true');
    else if (!isSet(db.values.kms_key_id)) problems.push('kms_key_id is not set: storage is encrypted with the AWS-managed aws/rds key');
    return problems;
  },
};
