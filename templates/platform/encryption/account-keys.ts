import { Construct } from 'constructs';
import { eventBridgeTopicUse, KEY_USE_ACTIONS, servicePrincipalUse, useThroughService } from './key-policy';
import { PlatformKey } from './platform-key';
import { accountTrailsArn, keyAliasNameOf, logGroupArn, trailArn } from '../naming';

export interface AccountKeysProps {
  /** Alias prefix, `<project>-<environment>`: aliases are `alias/<prefix>-audit` and `alias/<prefix>-alerts`. */
  readonly aliasPrefix: string;
  readonly accountId: string;
  /** The account stack's region (the primary region). */
  readonly region: string;
  /** Name of the account's CloudTrail trail, the only trail allowed to encrypt with the audit key. */
  readonly trailName: string;
}

/**
 * Keys of the account stack: `audit` (CloudTrail logs and digests, the trail's log group, the trail and Config
 * buckets) and `alerts` (SNS topics of the security alarms and the budget). Their aliases differ from the regional
 * purposes, so they never collide with the primary region's keys.
 */
export class AccountKeys extends Construct {
  public readonly audit: PlatformKey;
  public readonly alerts: PlatformKey;

  constructor(scope: Construct, id: string, props: AccountKeysProps) {
    super(scope, id);
    const { accountId, region } = props;
    const trail = trailArn(props.trailName, region, accountId);

    this.audit = new PlatformKey(this, 'audit', {
      aliasName: keyAliasNameOf(props.aliasPrefix, 'audit'),
      description: `${props.aliasPrefix}: CloudTrail, its log group and the audit buckets`,
      accountId,
      region,
      statements: [
        servicePrincipalUse('cloudtrail.amazonaws.com', ['kms:GenerateDataKey*'], {
          StringEquals: { 'aws:SourceArn': trail },
          StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': accountTrailsArn(accountId, region) },
        }),
        {
          ...servicePrincipalUse('cloudtrail.amazonaws.com', ['kms:DescribeKey'], { StringEquals: { 'aws:SourceArn': trail } }),
          Sid: 'AllowCloudtrailDescribeKey',
        },
        servicePrincipalUse(`logs.${region}.amazonaws.com`, KEY_USE_ACTIONS, {
          ArnLike: { 'kms:EncryptionContext:aws:logs:arn': logGroupArn(region, accountId, '*') },
        }),
        servicePrincipalUse('config.amazonaws.com', ['kms:GenerateDataKey*', 'kms:Decrypt'], { StringEquals: { 'aws:SourceAccount': accountId } }),
        // Reading the logs (and verifying digests) goes through S3 with the reader's own IAM permissions.
        ...useThroughService(accountId, region, 's3', false),
      ],
    });

    this.alerts = new PlatformKey(this, 'alerts', {
      aliasName: keyAliasNameOf(props.aliasPrefix, 'alerts'),
      description: `${props.aliasPrefix}: SNS topics of the security alarms and the budget`,
      accountId,
      region,
      statements: [
        ...useThroughService(accountId, region, 'sns', false),
        ...['cloudwatch.amazonaws.com', 'budgets.amazonaws.com'].map((service) =>
          servicePrincipalUse(service, ['kms:GenerateDataKey*', 'kms:Decrypt'], { StringEquals: { 'aws:SourceAccount': accountId } }),
        ),
        eventBridgeTopicUse(),
      ],
    });
  }
}
