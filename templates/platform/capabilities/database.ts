import { RegionScope } from './scope';
import { WebTier } from '../compute/web-tier';
import { RegionalDataTierProps } from '../data/regional-data-tier';
import { EnvironmentSettings } from '../settings-model';

/** Port of the database, of the app tier's egress and of the database tier's ingress. */
export function databasePort(environment: EnvironmentSettings): number {
  return environment.capabilities.database.port;
}

/**
 * The region that can write: the database's primary region where there is a database (it needs the web tier), the
 * environment's primary region otherwise. Failover routing answers from it.
 */
export function writableRegion(environment: EnvironmentSettings, web: WebTier | undefined): string {
  const database = environment.capabilities.database;
  return database.enabled && web ? database.primaryRegion : environment.regions[0];
}

/**
 * The data tier's database (`data`): PostgreSQL in the database's primary region and its cross-region read replica
 * in the other of the first two regions, reachable only from the web tier's database group.
 */
export function databaseTier(
  { environment, region }: RegionScope,
  web: WebTier | undefined,
): Pick<RegionalDataTierProps, 'databasePrimaryRegion' | 'databaseSecurityGroupIds' | 'database' | 'databaseOptions' | 'readReplica'> {
  const database = environment.capabilities.database;
  const [primaryRegion, firstSecondaryRegion] = environment.regions;
  return {
    databasePrimaryRegion: database.primaryRegion,
    // The web tier's database group is the only way in; without a web tier there is no database.
    databaseSecurityGroupIds: web ? [web.securityGroups.database.id] : [],
    database: database.enabled && web !== undefined,
    databaseOptions: {
      instanceClass: database.instanceClass,
      port: database.port,
      allocatedStorageGb: database.allocatedStorageGb,
      maxAllocatedStorageGb: database.maxAllocatedStorageGb,
      multiAz: database.multiAz,
      backupRetentionDays: database.backupRetentionDays,
      deletionProtection: database.deletionProtection,
      finalSnapshot: database.deletionProtection,
    },
    readReplica: database.crossRegionReplica && (region === firstSecondaryRegion || region === primaryRegion),
  };
}
