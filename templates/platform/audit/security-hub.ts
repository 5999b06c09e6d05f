import { SecurityhubAccount } from '@cdktf/provider-aws/lib/securityhub-account';
import { SecurityhubFindingAggregator } from '@cdktf/provider-aws/lib/securityhub-finding-aggregator';
import { SecurityhubStandardsSubscription } from '@cdktf/provider-aws/lib/securityhub-standards-subscription';
import { Construct } from 'constructs';
import { regionalArn } from '../naming';

/** ARNs of the standards the platform subscribes to in a region. */
export function securityHubStandardArns(region: string): { foundational: string; cis: string } {
  return {
    foundational: regionalArn('securityhub', region, '', 'standards/aws-foundational-security-best-practices/v/1.0.0'),
    cis: regionalArn('securityhub', region, '', 'standards/cis-aws-foundations-benchmark/v/3.0.0'),
  };
}

export interface SecurityHubProps {
  readonly region: string;
  /**
   * In the primary region: aggregate the findings of these regions (`'ALL'` for every region, present and future).
   * @default no aggregator
   */
  readonly aggregateRegions?: readonly string[] | 'ALL';
}

/**
 * Security Hub in one region with consolidated control findings, the AWS Foundational Security Best Practices and
 * CIS AWS Foundations standards, and (in the primary region) the cross-region finding aggregator.
 */
export class SecurityHub extends Construct {
  public readonly account: SecurityhubAccount;
  public readonly aggregator?: SecurityhubFindingAggregator;

  constructor(scope: Construct, id: string, props: SecurityHubProps) {
    super(scope, id);
    this.account = new SecurityhubAccount(this, 'account', {
      enableDefaultStandards: false,
      controlFindingGenerator: 'SECURITY_CONTROL',
      autoEnableControls: true,
    });
    const standards = securityHubStandardArns(props.region);
    for (const [name, arn] of Object.entries(standards)) {
      new SecurityhubStandardsSubscription(this, name, { standardsArn: arn, dependsOn: [this.account] });
    }
    const regions = props.aggregateRegions;
    if (regions === 'ALL') {
      this.aggregator = new SecurityhubFindingAggregator(this, 'aggregator', { linkingMode: 'ALL_REGIONS', dependsOn: [this.account] });
    } else if (regions && regions.length > 0) {
      this.aggregator = new SecurityhubFindingAggregator(this, 'aggregator', {
        linkingMode: 'SPECIFIED_REGIONS',
        specifiedRegions: [...regions],
        dependsOn: [this.account],
      });
    }
  }
}
