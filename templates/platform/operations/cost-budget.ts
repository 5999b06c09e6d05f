import { BudgetsBudget, BudgetsBudgetNotification } from '@cdktf/provider-aws/lib/budgets-budget';
import { Construct } from 'constructs';

export interface CostBudgetProps {
  /** Budget name, e.g. `payments-prod-monthly`. */
  readonly budgetName: string;
  readonly accountId: string;
  /** Monthly limit in USD. */
  readonly monthlyLimitUsd: number;
  /**
   * Topic that receives the alerts (its key policy and topic policy must allow `budgets.amazonaws.com`).
   * @default no topic
   */
  readonly topicArn?: string;
  /**
   * @default []
   */
  readonly emailAddresses?: readonly string[];
  /**
   * Percentages of the limit at which actual spend alerts.
   * @default [80, 100]
   */
  readonly actualThresholdsPercent?: readonly number[];
  /**
   * Percentage of the limit at which forecast spend alerts.
   * @default 100
   */
  readonly forecastThresholdPercent?: number;
  /**
   * Only count costs of resources carrying these tags (`key` → value), e.g. `{ Project: 'payments' }`.
   * @default the whole account
   */
  readonly costAllocationTags?: Readonly<Record<string, string>>;
}

/** A monthly AWS Budgets cost budget that alerts on actual and forecast spend. */
export class CostBudget extends Construct {
  public readonly budget: BudgetsBudget;

  constructor(scope: Construct, id: string, props: CostBudgetProps) {
    super(scope, id);
    if (!(props.monthlyLimitUsd > 0)) {
      throw new Error(`CostBudget ${props.budgetName}: monthlyLimitUsd must be greater than 0, got ${props.monthlyLimitUsd}`);
    }
    const emails = [...(props.emailAddresses ?? [])];
    const topics = props.topicArn ? [props.topicArn] : [];
    if (emails.length === 0 && topics.length === 0) {
      throw new Error(`CostBudget ${props.budgetName}: give a topicArn or emailAddresses, or nobody hears the alerts`);
    }
    const notification = (type: 'ACTUAL' | 'FORECASTED', threshold: number): BudgetsBudgetNotification => ({
      notificationType: type,
      comparisonOperator: 'GREATER_THAN',
      threshold,
      thresholdType: 'PERCENTAGE',
      subscriberEmailAddresses: emails.length ? emails : undefined,
      subscriberSnsTopicArns: topics.length ? topics : undefined,
    });
    const tags = Object.entries(props.costAllocationTags ?? {});

    this.budget = new BudgetsBudget(this, 'budget', {
      name: props.budgetName,
      accountId: props.accountId,
      budgetType: 'COST',
      timeUnit: 'MONTHLY',
      limitAmount: props.monthlyLimitUsd.toFixed(2),
      limitUnit: 'USD',
      costFilter: tags.length ? [{ name: 'TagKeyValue', values: tags.map(([k, v]) => `user:${k}$${v}`) }] : undefined,
      notification: [
        ...(props.actualThresholdsPercent ?? [80, 100]).map((t) => notification('ACTUAL', t)),
        notification('FORECASTED', props.forecastThresholdPercent ?? 100),
      ],
    });
  }
}
