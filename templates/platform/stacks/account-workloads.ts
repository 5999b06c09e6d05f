import { Construct } from 'constructs';
import { TerraformOutput } from '../engine';
import { AlarmTopic } from '../operations/alarm-topic';
import { CostBudget } from '../operations/cost-budget';
import { EnvironmentSettings } from '../settings-model';

export interface AccountWorkloadsProps {
  readonly environment: EnvironmentSettings;
  /** Prefix of the names: `<project>-<environment>`. */
  readonly sharedPrefix: string;
  /** Customer-managed key of the account stack's region (encrypts the budget topic). */
  readonly kmsKeyArn: string;
  /** Monthly cost budget in USD; 0 for none. */
  readonly monthlyBudgetUsd: number;
  /**
   * Email addresses subscribed to the budget topic.
   * @default []
   */
  readonly alertEmails?: readonly string[];
  /** Only count costs of resources with these tags, e.g. `{ Project: 'payments' }`. */
  readonly costAllocationTags?: Readonly<Record<string, string>>;
}

/** Account-wide operations of an environment: the monthly cost budget and the encrypted topic its alerts go to. */
export class AccountWorkloads extends Construct {
  public readonly topic?: AlarmTopic;
  public readonly budget?: CostBudget;

  constructor(scope: Construct, id: string, props: AccountWorkloadsProps) {
    super(scope, id);
    if (props.monthlyBudgetUsd <= 0) return;
    this.topic = new AlarmTopic(this, 'budget-topic', {
      topicName: `${props.sharedPrefix}-budget-alerts`,
      accountId: props.environment.accountId,
      kmsKeyArn: props.kmsKeyArn,
      emailSubscriptions: props.alertEmails,
    });
    this.budget = new CostBudget(this, 'budget', {
      budgetName: `${props.sharedPrefix}-monthly`,
      accountId: props.environment.accountId,
      monthlyLimitUsd: props.monthlyBudgetUsd,
      topicArn: this.topic.arn,
      costAllocationTags: props.costAllocationTags,
    });
    new TerraformOutput(this, 'budget_topic_arn', { value: this.topic.arn, description: 'SNS topic of the budget alerts' }).overrideLogicalId(
      'budget_topic_arn',
    );
  }
}
