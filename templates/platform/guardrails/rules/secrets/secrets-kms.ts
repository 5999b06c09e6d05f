import type { ResourceRule } from '../../model';
import { blocks, isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'secrets-kms',
  title: 'Secrets are encrypted with a customer-managed KMS key',
  severity: 'medium',
  rationale: 'With the AWS-managed aws/secretsmanager key, any principal of the account with secretsmanager:GetSecretValue can read the secret; a customer-managed key adds a second, auditable gate and allows cross-account use.',
  references: { checkov: ['CKV_AWS_149'] },
  scope: 'resource',
  resourceTypes: ['aws_secretsmanager_secret'],
  check(secret) {
    const problems: string[] = [];
    if (!isSet(secret.values.kms_key_id)) problems.push('kms_key_id is not set');
    for (const replica of blocks(secret.values.replica)) {
      if (!isSet(replica.kms_key_id)) problems.push(`the replica in ${replica.region} has no kms_key_id`);
    }
    return problems;
  },
};
