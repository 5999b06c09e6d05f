import type { ResourceRule } from '../../model';
import { blocks } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-postgres-force-ssl',
  title: 'PostgreSQL databases refuse connections without TLS',
  severity: 'high',
  rationale:
    'RDS for PostgreSQL accepts plain-text connections unless the parameter group sets rds.force_ssl = 1. Give the instance its own aws_db_parameter_group with that parameter (the default group cannot be changed).',
  references: { checkov: ['CKV2_AWS_69'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance'],
  check(db, { graph }) {
    if (!String(db.values.engine ?? '').startsWith('postgres')) return undefined;
    const group = graph.resolve(db, 'parameter_group_name', 'aws_db_parameter_group');
    if (!group) return 'the instance does not use a parameter group of this app: rds.force_ssl cannot be verified';
    const forced = blocks(group.values.parameter).some((p) => p.name === 'rds.force_ssl' && String(p.value) === '1');
    return forced ? undefined : `parameter group ${group.address} does not set rds.force_ssl = 1`;
  },
};
