import type { ResourceRule } from '../../model';
import { isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'backup-vault-kms',
  title: 'Backup vaults encrypt recovery points with a customer-managed key',
  severity: 'medium',
  rationale: 'Recovery points are complete copies of the data. Set kms_key_arn to a customer-managed key so that restoring is governed by its key policy.',
  references: { checkov: ['CKV_AWS_166'], securityHub: ['Backup.1'] },
  scope: 'resource',
  resourceTypes: ['aws_backup_vault'],
  check(vault) {
    return isSet(vault.values.kms_key_arn) ? undefined : 'kms_key_arn is not set';
  },
};
