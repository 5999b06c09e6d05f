import { SsmMaintenanceWindow } from '@cdktf/provider-aws/lib/ssm-maintenance-window';
import { SsmMaintenanceWindowTarget } from '@cdktf/provider-aws/lib/ssm-maintenance-window-target';
import { SsmMaintenanceWindowTask } from '@cdktf/provider-aws/lib/ssm-maintenance-window-task';
import { SsmPatchBaseline } from '@cdktf/provider-aws/lib/ssm-patch-baseline';
import { SsmPatchGroup } from '@cdktf/provider-aws/lib/ssm-patch-group';
import { Construct } from 'constructs';

/** The tag key Patch Manager matches instances of a patch group by. */
export const PATCH_GROUP_TAG_KEY = 'PatchGroup';

export interface PatchManagementProps {
  /** Prefix of the baseline, window and patch group names, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /**
   * Days after release before a security patch is approved (time to see it fail elsewhere first).
   * @default 7
   */
  readonly approveAfterDays?: number;
  /**
   * Also approve bug fixes (after the same delay).
   * @default false
   */
  readonly includeBugfixes?: boolean;
  /**
   * When patching runs (AWS cron, in `scheduleTimezone`).
   * @default 'cron(0 3 ? * SUN *)' (Sundays 03:00)
   */
  readonly schedule?: string;
  /**
   * @default 'Etc/UTC'
   */
  readonly scheduleTimezone?: string;
  /**
   * Share of the instances patched (and possibly rebooted) at once.
   * @default '33%'
   */
  readonly maxConcurrency?: string;
  /**
   * Log group that receives the patch command output.
   * @default no CloudWatch output
   */
  readonly logGroupName?: string;
}

/**
 * Patch Manager for Amazon Linux 2023 instances: a baseline approving security patches after a delay, a patch group
 * instances join with the tag `PatchGroup=<patchGroup>`, and a weekly maintenance window that runs
 * `AWS-RunPatchBaseline` (install, reboot if needed) on a third of them at a time.
 */
export class PatchManagement extends Construct {
  public readonly baseline: SsmPatchBaseline;
  public readonly window: SsmMaintenanceWindow;
  /** Value of the `PatchGroup` tag instances carry to be patched. */
  public readonly patchGroup: string;

  constructor(scope: Construct, id: string, props: PatchManagementProps) {
    super(scope, id);
    const approveAfterDays = props.approveAfterDays ?? 7;
    if (!Number.isInteger(approveAfterDays) || approveAfterDays < 0 || approveAfterDays > 360) {
      throw new Error(`PatchManagement ${props.namePrefix}: approveAfterDays must be a whole number from 0 to 360, got ${approveAfterDays}`);
    }
    this.patchGroup = `${props.namePrefix}-app`;

    const rule = (classification: string, severities: string[], complianceLevel: string) => ({
      approveAfterDays,
      complianceLevel,
      patchFilter: [
        { key: 'CLASSIFICATION', values: [classification] },
        { key: 'SEVERITY', values: severities },
      ],
    });
    this.baseline = new SsmPatchBaseline(this, 'baseline', {
      name: `${props.namePrefix}-al2023`,
      description: `Security patches approved ${approveAfterDays} days after release`,
      operatingSystem: 'AMAZON_LINUX_2023',
      approvalRule: [
        rule('Security', ['Critical', 'Important'], 'CRITICAL'),
        rule('Security', ['Medium', 'Low'], 'MEDIUM'),
        ...(props.includeBugfixes ? [rule('Bugfix', ['Critical', 'Important', 'Medium', 'Low', 'None'], 'LOW')] : []),
      ],
    });
    new SsmPatchGroup(this, 'patch-group', { baselineId: this.baseline.id, patchGroup: this.patchGroup });

    this.window = new SsmMaintenanceWindow(this, 'window', {
      name: `${props.namePrefix}-patching`,
      description: 'Weekly patching of the application instances',
      schedule: props.schedule ?? 'cron(0 3 ? * SUN *)',
      scheduleTimezone: props.scheduleTimezone ?? 'Etc/UTC',
      duration: 3,
      cutoff: 1,
      allowUnassociatedTargets: false,
    });
    const target = new SsmMaintenanceWindowTarget(this, 'target', {
      windowId: this.window.id,
      name: 'patch-group',
      resourceType: 'INSTANCE',
      targets: [{ key: `tag:${PATCH_GROUP_TAG_KEY}`, values: [this.patchGroup] }],
    });
    new SsmMaintenanceWindowTask(this, 'task', {
      windowId: this.window.id,
      name: 'run-patch-baseline',
      taskType: 'RUN_COMMAND',
      taskArn: 'AWS-RunPatchBaseline',
      priority: 1,
      maxConcurrency: props.maxConcurrency ?? '33%',
      maxErrors: '25%',
      cutoffBehavior: 'CONTINUE_TASK',
      targets: [{ key: 'WindowTargetIds', values: [target.id] }],
      taskInvocationParameters: {
        runCommandParameters: {
          timeoutSeconds: 3600,
          parameter: [
            { name: 'Operation', values: ['Install'] },
            { name: 'RebootOption', values: ['RebootIfNeeded'] },
          ],
          cloudwatchConfig: props.logGroupName
            ? { cloudwatchLogGroupName: props.logGroupName, cloudwatchOutputEnabled: true }
            : undefined,
        },
      },
    });
  }

  /** The tag that puts an instance in this patch group. */
  public get instanceTags(): Record<string, string> {
    return { [PATCH_GROUP_TAG_KEY]: this.patchGroup };
  }
}
