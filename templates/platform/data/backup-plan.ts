import { BackupPlan as AwsBackupPlan, BackupPlanRule } from '@cdktf/provider-aws/lib/backup-plan';
import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import { serviceTrustPolicy } from './service-trust-policy';
import { boundedName } from '../compute/bounded-name';
import { EnvironmentProfile } from '../kernel/vocabulary';
import { COMMERCIAL_REGION, managedPolicyArn } from '../naming';

/** Name of the role AWS Backup assumes for a plan of `namePrefix` (key policies name it before it exists). */
export function backupRoleName(namePrefix: string): string {
  return boundedName(`${namePrefix}-backup`, 64);
}

/** One schedule of the plan. */
export interface BackupRuleOptions {
  /** e.g. `daily`. */
  readonly name: string;
  /** AWS Backup cron expression (UTC), e.g. `cron(0 5 ? * * *)`. */
  readonly schedule: string;
  /** Days a recovery point is kept. */
  readonly deleteAfterDays: number;
  /**
   * Days a copy in the other region is kept.
   * @default deleteAfterDays
   */
  readonly copyDeleteAfterDays?: number;
}

/** Backup schedules and retention per environment profile. */
export const BACKUP_RULES: Readonly<Record<EnvironmentProfile, readonly BackupRuleOptions[]>> = {
  development: [{ name: 'daily', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: 7 }],
  staging: [
    { name: 'daily', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: 14 },
    { name: 'weekly', schedule: 'cron(0 6 ? * SUN *)', deleteAfterDays: 35 },
  ],
  production: [
    { name: 'daily', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: 35 },
    { name: 'weekly', schedule: 'cron(0 6 ? * SUN *)', deleteAfterDays: 90 },
  ],
};

export interface BackupPlanProps {
  /** Plan, selection and role name prefix; include the region (IAM is global), e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /** Account whose AWS Backup may assume the role. */
  readonly accountId: string;
  /** Vault the recovery points go to (in this region). */
  readonly vaultName: string;
  /**
   * Vault in another region that receives a copy of every recovery point (see `backupVaultArn`).
   * @default no copy
   */
  readonly copyToVaultArn?: string;
  /**
   * @default BACKUP_RULES.production
   */
  readonly rules?: readonly BackupRuleOptions[];
  /**
   * Resources carrying this tag are backed up.
   * @default { key: 'Backup', value: 'true' }
   */
  readonly selectionTag?: { readonly key: string; readonly value: string };
  /**
   * Region the resource is used from: it decides the partition of the ARNs (`partitionOf` in `naming.ts`).
   * @default - a region of the `aws` partition
   */
  readonly region?: string;
}

/**
 * A backup plan for resources selected by tag, with a copy of every recovery point in another region's vault, and the
 * service role AWS Backup uses (AWS managed backup and restore policies only).
 */
export class BackupPlan extends Construct {
  public readonly plan: AwsBackupPlan;
  public readonly role: IamRole;

  constructor(scope: Construct, id: string, props: BackupPlanProps) {
    super(scope, id);
    const rules = props.rules ?? BACKUP_RULES.production;
    if (rules.length === 0) throw new Error(`BackupPlan ${props.namePrefix}: at least one rule is required`);
    for (const rule of rules) {
      if (rule.deleteAfterDays < 1 || (rule.copyDeleteAfterDays ?? rule.deleteAfterDays) < 1) {
        throw new Error(`BackupPlan ${props.namePrefix}: rule ${rule.name} must keep recovery points at least one day`);
      }
    }

    const trust = serviceTrustPolicy(this, 'trust', 'backup.amazonaws.com', props.accountId);
    this.role = new IamRole(this, 'role', {
      name: backupRoleName(props.namePrefix),
      description: 'AWS Backup creates and restores the recovery points of the backup plan',
      assumeRolePolicy: trust.json,
    });
    ['AWSBackupServiceRolePolicyForBackup', 'AWSBackupServiceRolePolicyForRestores'].forEach((policy) => {
      new IamRolePolicyAttachment(this, policy, {
        role: this.role.name,
        policyArn: managedPolicyArn(`service-role/${policy}`, props.region ?? COMMERCIAL_REGION),
      });
    });

    this.plan = new AwsBackupPlan(this, 'plan', {
      name: boundedName(`${props.namePrefix}-backup`, 50),
      rule: rules.map(
        (rule): BackupPlanRule => ({
          ruleName: rule.name,
          targetVaultName: props.vaultName,
          schedule: rule.schedule,
          scheduleExpressionTimezone: 'Etc/UTC',
          startWindow: 60,
          completionWindow: 360,
          lifecycle: { deleteAfter: rule.deleteAfterDays },
          recoveryPointTags: { BackupRule: rule.name },
          copyAction: props.copyToVaultArn
            ? [{ destinationVaultArn: props.copyToVaultArn, lifecycle: { deleteAfter: rule.copyDeleteAfterDays ?? rule.deleteAfterDays } }]
            : undefined,
        }),
      ),
    });

    const tag = props.selectionTag ?? { key: 'Backup', value: 'true' };
    new BackupSelection(this, 'selection', {
      name: boundedName(`${props.namePrefix}-tagged`, 50),
      planId: this.plan.id,
      iamRoleArn: this.role.arn,
      resources: ['*'],
      condition: [{ stringEquals: [{ key: `aws:ResourceTag/${tag.key}`, value: tag.value }] }],
    });
  }
}
