import { MixedInstancesOptions } from '../compute/auto-scaling-group';
import { BACKUP_RULES, BackupRuleOptions } from '../data/backup-plan';
import { DatabaseOptions } from '../data/regional-data-tier';
import { LOG_RETENTION_DAYS } from '../operations/log-group';
import { EnvironmentProfile } from '../settings-model';

/** What the workloads of an environment look like: which capabilities exist and how they are sized. */
export interface WorkloadPlan {
  readonly webTier: boolean;
  readonly instanceType: string;
  readonly minSize: number;
  readonly maxSize: number;
  /** Spot capacity; never in production. */
  readonly mixedInstances?: MixedInstancesOptions;
  readonly loadBalancerDeletionProtection: boolean;
  readonly webApplicationFirewall: boolean;
  readonly database: boolean;
  readonly databaseOptions: DatabaseOptions;
  readonly readReplica: boolean;
  readonly dynamodb: boolean;
  readonly tableDeletionProtection: boolean;
  readonly backup: boolean;
  readonly backupRules: readonly BackupRuleOptions[];
  readonly patching: boolean;
  readonly logRetentionInDays: number;
  /** Monthly cost budget in USD; 0 for none. */
  readonly monthlyBudgetUsd: number;
}

/** Sizing and strictness of the workloads per environment profile; never less encrypted or more exposed. */
export const WORKLOAD_PROFILES: Readonly<Record<EnvironmentProfile, WorkloadPlan>> = {
  development: {
    webTier: true,
    instanceType: 't3.micro',
    minSize: 1,
    maxSize: 2,
    mixedInstances: { instanceTypes: ['t3.micro', 't3a.micro'], onDemandBaseCapacity: 0, onDemandPercentageAboveBaseCapacity: 0 },
    loadBalancerDeletionProtection: false,
    webApplicationFirewall: true,
    database: true,
    databaseOptions: { instanceClass: 'db.t4g.micro', multiAz: false, deletionProtection: false, finalSnapshot: false, backupRetentionDays: 7 },
    readReplica: false,
    dynamodb: true,
    tableDeletionProtection: false,
    backup: true,
    backupRules: BACKUP_RULES.development,
    patching: true,
    logRetentionInDays: LOG_RETENTION_DAYS.development,
    monthlyBudgetUsd: 200,
  },
  staging: {
    webTier: true,
    instanceType: 't3.small',
    minSize: 2,
    maxSize: 4,
    loadBalancerDeletionProtection: false,
    webApplicationFirewall: true,
    database: true,
    databaseOptions: { instanceClass: 'db.t4g.small', multiAz: false, deletionProtection: true, finalSnapshot: true, backupRetentionDays: 14 },
    readReplica: true,
    dynamodb: true,
    tableDeletionProtection: true,
    backup: true,
    backupRules: BACKUP_RULES.staging,
    patching: true,
    logRetentionInDays: LOG_RETENTION_DAYS.staging,
    monthlyBudgetUsd: 500,
  },
  production: {
    webTier: true,
    instanceType: 't3.medium',
    minSize: 3,
    maxSize: 9,
    loadBalancerDeletionProtection: true,
    webApplicationFirewall: true,
    database: true,
    databaseOptions: {
      instanceClass: 'db.m7g.large',
      multiAz: true,
      deletionProtection: true,
      finalSnapshot: true,
      backupRetentionDays: 35,
      allocatedStorageGb: 100,
      maxAllocatedStorageGb: 1000,
    },
    readReplica: true,
    dynamodb: true,
    tableDeletionProtection: true,
    backup: true,
    backupRules: BACKUP_RULES.production,
    patching: true,
    logRetentionInDays: LOG_RETENTION_DAYS.production,
    monthlyBudgetUsd: 2000,
  },
};
