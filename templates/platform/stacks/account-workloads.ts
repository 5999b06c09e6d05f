import { Construct } from 'constructs';
import { assembleCostBudget } from '../capabilities/operations';
import { TerraformOutput } from '../engine';
import { AlarmTopic } from '../operations/alarm-topic';
import { CostBudget } from '../operations/cost-budget';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';

export interface AccountWorkloadsProps {
  readonly settings: PlatformSettings;
  readonly environment: EnvironmentSettings;
  /** Customer-managed key of the account stack's region (encrypts the budget topic). */
  readonly kmsKeyArn: string;
}

/**
 * Account-wide operations of an environment: the monthly cost budget of the account (`operations.monthlyBudgetUsd`,
 * none when 0) and the encrypted topic its alerts go to, with `operations.budgetAlertEmails` subscribed.
 */
export class AccountWorkloads extends Construct {
  public readonly topic?: AlarmTopic;
  public readonly budget?: CostBudget;

  constructor(scope: Construct, id: string, props: AccountWorkloadsProps) {
    super(scope, id);
    const budget = assembleCostBudget(this, props, props.kmsKeyArn);
    if (!budget) return;
    this.topic = budget.topic;
    this.budget = budget.budget;
    new TerraformOutput(this, 'budget_topic_arn', { value: this.topic.arn, description: 'SNS topic of the budget alerts' }).overrideLogicalId(
      'budget_topic_arn',
    );
  }
}
