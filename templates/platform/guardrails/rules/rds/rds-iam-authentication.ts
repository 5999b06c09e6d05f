import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-iam-authentication',
  title: 'Databases accept IAM authentication',
  severity: 'medium',
  rationale: 'IAM database authentication replaces long-lived database passwords with 15-minute tokens tied to roles. Set iam_database_authentication_enabled = true.',
  references: { checkov: ['CKV_AWS_161', 'CKV_AWS_162'], securityHub: ['RDS.10', 'RDS.12'], cdkNag: ['AwsSolutions-RDS6'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    const engine = String(db.values.engine ?? '');
    if (engine && !/^(postgres|mysql|mariadb|aurora)/.test(engine)) return undefined;
    return isTrue(db.values.iam_database_authentication_enabled) ? undefined : 'iam_database_authentication_enabled is not true';
  },
};
