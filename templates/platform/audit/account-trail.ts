import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Construct } from 'constructs';
import { ITerraformDependable } from '../engine';
import { trailArn } from '../naming';

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
  /** Buckets whose object-level reads and writes are recorded (S3 data events). */
  readonly dataEventBucketNames: readonly string[];
  /** What the trail waits for: the bucket's policy (CloudTrail checks it at creation). */
  readonly dependsOn?: readonly ITerraformDependable[];
  /**
   * @default 'aws'
   */
  readonly partition?: string;
}

/**
 * The account's multi-region CloudTrail: global service events, log file validation, KMS encryption, delivery to
 * CloudWatch Logs (for the CIS metric filters) and S3 data events of the data buckets.
 */
export class AccountTrail extends Construct {
  public readonly trail: Cloudtrail;
  public readonly logGroup: CloudwatchLogGroup;
  public readonly arn: string;

  constructor(scope: Construct, id: string, props: AccountTrailProps) {
    super(scope, id);
    const partition = props.partition ?? 'aws';
    const { accountId, region } = props;
    this.arn = trailArn(props.trailName, region, accountId, partition);

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
    const logGroupArn = `arn:${partition}:logs:${region}:${accountId}:log-group:${this.logGroup.name}`;
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
      eventSelector:
        props.dataEventBucketNames.length > 0
          ? [
            {
              readWriteType: 'All',
              includeManagementEvents: true,
              dataResource: [{ type: 'AWS::S3::Object', values: props.dataEventBucketNames.map((name) => `arn:${partition}:s3:::${name}/`) }],
            },
          ]
          : undefined,
      dependsOn: [rolePolicy, ...(props.dependsOn ?? [])],
    });
  }
}
