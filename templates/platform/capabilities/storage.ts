import { Construct } from 'constructs';
import { EnvironmentScope, RegionScope } from './scope';
import { bucketName, keyAlias, replicationRoleName } from '../naming';
import { EnvironmentSettings } from '../settings-model';
import { BucketReplication } from '../storage/bucket-replication';
import { BucketRetention, RegionalBuckets } from '../storage/regional-buckets';

/** How long the environment's buckets keep objects and versions (the regional and the audit buckets). */
export function bucketRetention(environment: EnvironmentSettings): BucketRetention {
  const { intelligentTieringAfterDays, noncurrentVersionExpirationDays, logExpirationDays } = environment.capabilities.storage;
  return { intelligentTieringAfterDays, noncurrentVersionExpirationDays, logExpirationDays };
}

/** Days the bootstrap stack's state bucket keeps old state versions and access logs: at least 90. */
export function stateRetentionDays(environment: EnvironmentSettings): number {
  return Math.max(environment.capabilities.storage.noncurrentVersionExpirationDays, 90);
}

/** Whether the environment replicates its primary region's data bucket (to the first secondary region). */
export function replicatesData(environment: EnvironmentSettings): boolean {
  return environment.capabilities.storage.crossRegionReplication && environment.regions.length > 1;
}

/** The region's data, access-log and load balancer log buckets (`buckets`). */
export function assembleRegionalBuckets(scope: Construct, { settings, environment, region }: RegionScope, dataKeyArn: string): RegionalBuckets {
  return new RegionalBuckets(scope, 'buckets', {
    accountId: environment.accountId,
    region,
    names: {
      data: bucketName(settings, environment, 'data', region),
      accessLogs: bucketName(settings, environment, 'logs', region),
      loadBalancerLogs: bucketName(settings, environment, 'alb-logs', region),
    },
    dataKeyArn,
    storage: bucketRetention(environment),
  });
}

/** Replication of the primary region's data bucket to the first secondary region (`data-replication`). */
export function assembleDataReplication(scope: Construct, { settings, environment }: EnvironmentScope): BucketReplication {
  const [primary, secondary] = environment.regions;
  const bucket = (region: string) => ({
    bucketName: bucketName(settings, environment, 'data', region),
    region,
    keyAlias: keyAlias(settings, environment, 'data'),
  });
  return new BucketReplication(scope, 'data-replication', {
    roleName: replicationRoleName(settings, environment),
    accountId: environment.accountId,
    source: bucket(primary),
    destination: bucket(secondary),
  });
}
