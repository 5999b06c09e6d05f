import { AccessanalyzerAnalyzer } from '@cdktf/provider-aws/lib/accessanalyzer-analyzer';
import { Construct } from 'constructs';

export interface AccessAnalyzerProps {
  readonly analyzerName: string;
}

/** IAM Access Analyzer for the account: reports resources (buckets, keys, roles, secrets…) shared outside it. */
export class AccessAnalyzer extends Construct {
  public readonly analyzer: AccessanalyzerAnalyzer;

  constructor(scope: Construct, id: string, props: AccessAnalyzerProps) {
    super(scope, id);
    this.analyzer = new AccessanalyzerAnalyzer(this, 'analyzer', { analyzerName: props.analyzerName, type: 'ACCOUNT' });
  }
}
