import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-multi-az',
  title: 'Production databases run in several availability zones',
  severity: 'medium',
  rationale: 'A single-AZ instance is down for the whole zone outage and for every maintenance restart. Set multi_az = true in production environments.',
  references: { checkov: ['CKV_AWS_157'], securityHub: ['RDS.5'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance'],
  check(db, { isProduction }) {
    if (!isProduction(db.stack)) return undefined;
    return isTrue(db.values.multi_az) ? undefined : 'multi_az is not true';
  },
};
