import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'backup-vault-no-force-destroy',
  title: 'Production backup vaults cannot be destroyed with their recovery points',
  severity: 'high',
  rationale: 'force_destroy deletes every recovery point when the vault is destroyed: one bad plan loses all backups. Leave it unset in production environments.',
  references: {},
  scope: 'resource',
  resourceTypes: ['aws_backup_vault'],
  check(vault, { isProduction }) {
    return isProduction(vault.stack) && isTrue(vault.values.force_destroy) ? 'force_destroy is true' : undefined;
  },
};
