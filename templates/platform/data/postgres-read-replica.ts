import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { Construct } from 'constructs';
import { PostgresInstanceOptions, PostgresInstanceSupport, postgresDefaults, sharedInstanceConfig } from './postgres-instance-options';

export interface PostgresReadReplicaProps extends PostgresInstanceOptions {
  /** ARN of the source instance in another region (see `rdsInstanceArn`). */
  readonly sourceDbArn: string;
}

/**
 * A cross-region read replica of a platform PostgreSQL instance, encrypted with this region's customer-managed key,
 * in this region's data subnets, with its own TLS-only parameter group, monitoring and log exports. It keeps its own
 * automated backups so that it can be promoted in a regional disaster.
 */
export class PostgresReadReplica extends Construct {
  public readonly instance: DbInstance;
  public readonly support: PostgresInstanceSupport;
  /** The DB instance identifier, as a plain string (for alarm dimensions and dashboards). */
  public readonly identifier: string;

  constructor(scope: Construct, id: string, props: PostgresReadReplicaProps) {
    super(scope, id);
    this.identifier = props.identifier;
    if (!/^arn:[a-z-]+:rds:[a-z0-9-]+:\d{12}:db:[a-z][a-z0-9-]*$/.test(props.sourceDbArn)) {
      throw new Error(`PostgresReadReplica ${props.identifier}: sourceDbArn must be a DB instance ARN (arn:aws:rds:<region>:<account>:db:<identifier>), got ${props.sourceDbArn}`);
    }
    const defaults = postgresDefaults('PostgresReadReplica', props);
    this.support = new PostgresInstanceSupport(this, 'support', props);

    this.instance = new DbInstance(this, 'instance', {
      ...sharedInstanceConfig(props, defaults, this.support),
      replicateSourceDb: props.sourceDbArn,
      skipFinalSnapshot: true,
      tags: { ...defaults.tags, Backup: props.tags?.Backup ?? 'false' },
    });
  }
}
