import type { ResourceRule } from '../../model';
import { isExpression, num } from '../../values';

/** The port each RDS engine family listens on when `port` is not set. */
const ENGINE_DEFAULT_PORTS: readonly (readonly [RegExp, number])[] = [
  [/^(aurora-)?postgres/, 5432],
  [/^(aurora|mysql|mariadb)/, 3306],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 50000],
];

export const rule: ResourceRule = {
  id: 'rds-no-default-port',
  title: 'Databases do not listen on the engine default port',
  severity: 'low',
  rationale:
    'Scanners probe the well-known database ports (5432, 3306, 1433, 1521) first; a non-default port keeps an instance out of the cheapest automated attacks. Set port to a value other than the engine default (the platform uses 5433). A replica without port inherits its source\'s port.',
  references: { securityHub: ['RDS.23'], cdkNag: ['AwsSolutions-RDS11'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance'],
  check(db) {
    const port = db.values.port;
    if (isExpression(port)) return undefined;
    const engine = String(db.values.engine ?? '');
    const defaultPort = ENGINE_DEFAULT_PORTS.find(([pattern]) => pattern.test(engine))?.[1];
    if (port === undefined || port === null) {
      if (db.values.replicate_source_db !== undefined && !engine) return undefined;
      return defaultPort === undefined ? undefined : `port is not set, so the instance listens on ${engine}'s default port ${defaultPort}`;
    }
    return defaultPort !== undefined && num(port) === defaultPort ? `port ${defaultPort} is ${engine}'s default port` : undefined;
  },
};
