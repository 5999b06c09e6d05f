import { DbParameterGroup, DbParameterGroupParameter } from '@cdktf/provider-aws/lib/db-parameter-group';
import { Construct } from 'constructs';

/** Parameters every platform PostgreSQL instance runs with: TLS only, and enough logging to investigate. */
export const SECURE_POSTGRES_PARAMETERS: Readonly<Record<string, string>> = {
  'rds.force_ssl': '1',
  'ssl_min_protocol_version': 'TLSv1.2',
  'password_encryption': 'scram-sha-256',
  'log_connections': '1',
  'log_disconnections': '1',
  'log_statement': 'ddl',
  'log_min_duration_statement': '1000',
  'log_lock_waits': '1',
};

/** Parameters that only take effect after a reboot. */
const STATIC_PARAMETERS = new Set(['shared_preload_libraries', 'max_connections']);

export interface PostgresParameterGroupProps {
  /** Parameter group name (the family is appended). */
  readonly namePrefix: string;
  /** Major version, e.g. `16`: the family is `postgres<major>`. */
  readonly majorVersion: string;
  /**
   * Parameters added to (or overriding) `SECURE_POSTGRES_PARAMETERS`; `rds.force_ssl` cannot be turned off.
   * @default {}
   */
  readonly parameters?: Readonly<Record<string, string>>;
}

/** A PostgreSQL parameter group that forces TLS and logs connections, DDL and slow statements. */
export class PostgresParameterGroup extends Construct {
  public readonly parameterGroup: DbParameterGroup;

  constructor(scope: Construct, id: string, props: PostgresParameterGroupProps) {
    super(scope, id);
    const parameters = { ...SECURE_POSTGRES_PARAMETERS, ...(props.parameters ?? {}) };
    if (parameters['rds.force_ssl'] !== '1') {
      throw new Error(`PostgresParameterGroup ${props.namePrefix}: rds.force_ssl must stay 1 (clients must use TLS)`);
    }
    const family = `postgres${props.majorVersion}`;
    this.parameterGroup = new DbParameterGroup(this, 'parameter-group', {
      // A prefix, not a fixed name: create-before-destroy creates the replacement while the old group still exists.
      namePrefix: `${props.namePrefix}-${family}-`,
      family,
      description: 'TLS-only PostgreSQL with connection, DDL and slow statement logging',
      parameter: Object.entries(parameters)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]): DbParameterGroupParameter => ({
          name,
          value,
          applyMethod: STATIC_PARAMETERS.has(name) ? 'pending-reboot' : 'immediate',
        })),
      // Groups created with a fixed name keep it: switching to a prefix alone must not replace them.
      lifecycle: { createBeforeDestroy: true, ignoreChanges: ['name', 'name_prefix'] },
    });
  }

  public get name(): string {
    return this.parameterGroup.name;
  }
}
