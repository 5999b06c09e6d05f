import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Construct } from 'constructs';
import { ITerraformDependable } from '../engine';
import { bucketArn, logGroupArn as logGroupArnOf, trailArn } from '../naming';

export interface AccountTrailProps {
  readonly trailName: string;
  readonly accountId: string;
  /** The trail's home region (the primary region). */
  readonly region: string;
  readonly bucketName: string;
  /** The account's `audit` key: log files, digests and the log group. */
  readonly kmsKeyArn: string;
  /** Retention of the trail's log group (a value CloudWatch Logs accepts). */
  readonly logRetentionInDays: number;
  /**
   * Record object-level reads and writes of every S3 bucket of the account, present and future (CIS 3.8/3.9), except
   * the trail's own bucket (whose log deliveries would otherwise be recorded in the logs they deliver).
   * @default true
   */
  readonly s3DataEvents?: boolean;
  /** What the trail waits for: the bucket's policy (CloudTrail checks it at creation). */
  readonly dependsOn?: readonly ITerraformDependable[];
}

/**
 * The account's multi-region CloudTrail: global service events, log file validation, KMS encryption, delivery to
 * CloudWatch Logs (for the CIS metric filters) and S3 data events of every bucket but its own.
 */
export class AccountTrail extends Construct {
  public readonly trail: Cloudtrail;
  public readonly logGroup: CloudwatchLogGroup;
  public readonly arn: string;

  constructor(scope: Construct, id: string, props: AccountTrailProps) {
    super(scope, id);
    const { accountId, region } = props;
    this.arn = trailArn(props.trailName, region, accountId);

    this.logGroup = new CloudwatchLogGroup(this, 'log-group', {
      name: `/aws/cloudtrail/${props.trailName}`,
      kmsKeyId: props.kmsKeyArn,
      retentionInDays: props.logRetentionInDays,
    });
    const trust = new DataAwsIamPolicyDocument(this, 'trust', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['cloudtrail.amazonaws.com'] }],
          condition: [{ test: 'StringEquals', variable: 'aws:SourceArn', values: [this.arn] }],
        },
      ],
    });
    const role = new IamRole(this, 'logs-role', {
      name: `${props.trailName}-logs`,
      description: 'Delivers the account trail to CloudWatch Logs',
      assumeRolePolicy: trust.json,
    });
    const logGroupArn = logGroupArnOf(region, accountId, this.logGroup.name);
    const permissions = new DataAwsIamPolicyDocument(this, 'permissions', {
      statement: [
        {
          sid: 'DeliverTrailEvents',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [`${logGroupArn}:log-stream:${accountId}_CloudTrail_*`],
        },
      ],
    });
    const rolePolicy = new IamRolePolicy(this, 'logs-role-policy', { name: 'deliver-trail', role: role.id, policy: permissions.json });

    this.trail = new Cloudtrail(this, 'trail', {
      name: props.trailName,
      s3BucketName: props.bucketName,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      enableLogging: true,
      kmsKeyId: props.kmsKeyArn,
      cloudWatchLogsGroupArn: `${this.logGroup.arn}:*`,
      cloudWatchLogsRoleArn: role.arn,
      // Advanced selectors: every management event, and S3 object events of all buckets but the trail's own.
      advancedEventSelector: [
        { name: 'Management events', fieldSelector: [{ field: 'eventCategory', equalTo: ['Management'] }] },
        ...((props.s3DataEvents ?? true)
          ? [
            {
              name: 'S3 object events of every bucket except the trail bucket',
              fieldSelector: [
                { field: 'eventCategory', equalTo: ['Data'] },
                { field: 'resources.type', equalTo: ['AWS::S3::Object'] },
                { field: 'resources.ARN', notStartsWith: [`${bucketArn(props.bucketName, region)}/`] },
              ],
            },
          ]
          : []),
      ],
      dependsOn: [rolePolicy, ...(props.dependsOn ?? [])],
    });
  }
}
