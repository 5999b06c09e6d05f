import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { Construct } from 'constructs';
import { DEFAULT_LOG_RETENTION_DAYS, LOG_RETENTION_VALUES as ALLOWED_RETENTION_DAYS } from '../kernel/log-retention';

/** Retention when none is given: a year, as CIS asks for audit logs (the stacks pass `operations.logRetentionDays`). */
export { DEFAULT_LOG_RETENTION_DAYS };

export interface EncryptedLogGroupProps {
  /** Log group name, e.g. `/aws/rds/instance/<id>/postgresql` or `aws-waf-logs-<prefix>`. */
  readonly name: string;
  /** The customer-managed KMS key that encrypts the log events; its key policy must allow `logs.<region>.amazonaws.com`. */
  readonly kmsKeyArn: string;
  /**
   * Days to keep log events; one of the values CloudWatch Logs accepts.
   * @default 365
   */
  readonly retentionInDays?: number;
  /**
   * Keep the log group (and its events) in AWS when the resource is destroyed.
   * @default false
   */
  readonly skipDestroy?: boolean;
}

/** A CloudWatch log group that is always encrypted with a customer-managed key and never kept forever. */
export class EncryptedLogGroup extends Construct {
  public readonly logGroup: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: EncryptedLogGroupProps) {
    super(scope, id);
    const retentionInDays = props.retentionInDays ?? DEFAULT_LOG_RETENTION_DAYS;
    if (!ALLOWED_RETENTION_DAYS.includes(retentionInDays)) {
      throw new Error(
        `EncryptedLogGroup ${props.name}: retentionInDays ${retentionInDays} is not accepted by CloudWatch Logs; use one of ${ALLOWED_RETENTION_DAYS.join(', ')}`,
      );
    }
    this.logGroup = new CloudwatchLogGroup(this, 'log-group', {
      name: props.name,
      kmsKeyId: props.kmsKeyArn,
      retentionInDays,
      skipDestroy: props.skipDestroy ?? false,
    });
  }

  public get name(): string {
    return this.logGroup.name;
  }

  public get arn(): string {
    return this.logGroup.arn;
  }
}
