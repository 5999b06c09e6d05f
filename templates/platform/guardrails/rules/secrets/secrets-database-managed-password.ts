import type { ResourceRule } from '../../model';
import { isSet, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'secrets-database-managed-password',
  title: 'Database master passwords are managed by RDS in Secrets Manager',
  severity: 'high',
  rationale:
    'A password given to Terraform is stored in plain text in the state and the plan. Set manage_master_user_password = true: RDS generates, stores (KMS-encrypted) and rotates it in Secrets Manager. checkov has no check for this.',
  references: {},
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    const inheritsCredentials = ['replicate_source_db', 'snapshot_identifier', 'replication_source_identifier'].some((a) => isSet(db.values[a]));
    if (inheritsCredentials) return undefined;
    if (isSet(db.values.password) || isSet(db.values.master_password)) return 'the master password is set in Terraform (it ends up in state)';
    return isTrue(db.values.manage_master_user_password) ? undefined : 'manage_master_user_password is not true';
  },
};
