import { Construct } from 'constructs';
import { assembleDataReplication } from '../capabilities/storage';
import { TerraformOutput } from '../engine';
import { PlatformStack, PlatformStackProps } from './platform-stack';
import { BucketReplication } from '../storage/bucket-replication';

/**
 * Replication of the primary region's data bucket to the first secondary region. A stack of its own, deployed
 * after both regional stacks: S3 accepts a replication rule only once its destination bucket exists, while the
 * secondary region's stack needs the primary's database and table first. It acts in the primary region only and
 * refers to the destination by name, so an outage of the secondary region never blocks it from planning.
 */
export class ReplicationStack extends PlatformStack {
  public readonly replication: BucketReplication;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const { settings, environment } = props;
    const [primary, secondary] = environment.regions;
    if (props.region !== primary || !secondary) {
      throw new Error(`ReplicationStack ${id}: runs in the primary region ${primary} of an environment with a secondary region`);
    }
    this.replication = assembleDataReplication(this, { settings, environment });
    new TerraformOutput(this, 'replication_role_arn', {
      value: this.replication.role.arn,
      description: 'Role S3 assumes to replicate the data bucket',
    }).overrideLogicalId('replication_role_arn');
  }
}
