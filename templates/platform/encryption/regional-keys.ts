import { EbsDefaultKmsKey } from '@cdktf/provider-aws/lib/ebs-default-kms-key';
import { EbsEncryptionByDefault } from '@cdktf/provider-aws/lib/ebs-encryption-by-default';
import { Construct } from 'constructs';
import { eventBridgeTopicUse, KEY_USE_ACTIONS, PolicyStatement, servicePrincipalUse, useThroughService } from './key-policy';
import { KeyUsers } from './key-users';
import { PlatformKey } from './platform-key';
import { REGIONAL_KEY_PURPOSES, RegionalKeyPurpose } from '../kernel/key-purposes';
import { keyAliasNameOf, logGroupArn } from '../naming';

/** Purposes of the customer-managed keys of a regional stack; each key serves only the services of its purpose. */
export { REGIONAL_KEY_PURPOSES, type RegionalKeyPurpose };

export interface RegionalKeysProps {
  /** Alias prefix, `<project>-<environment>`: aliases are `alias/<prefix>-<purpose>`. */
  readonly aliasPrefix: string;
  readonly accountId: string;
  readonly region: string;
  /**
   * Turn on EBS encryption by default in the region, with the `ebs` key as the default key.
   * @default true
   */
  readonly ebsEncryptionByDefault?: boolean;
  /**
   * Principals that may use the `data`, `dynamodb` and `secrets` keys through their service (see `keyUsers`).
   * @default - every principal of the account, through the service
   */
  readonly keyUsers?: KeyUsers;
}

/** The region's customer-managed keys, one per purpose (`keys.logs.arn`), and EBS encryption by default. */
export class RegionalKeys extends Construct implements Readonly<Record<RegionalKeyPurpose, PlatformKey>> {
  public readonly data: PlatformKey;
  public readonly logs: PlatformKey;
  public readonly ebs: PlatformKey;
  public readonly rds: PlatformKey;
  public readonly dynamodb: PlatformKey;
  public readonly backup: PlatformKey;
  public readonly sns: PlatformKey;
  public readonly secrets: PlatformKey;

  constructor(scope: Construct, id: string, props: RegionalKeysProps) {
    super(scope, id);
    const { accountId, region } = props;
    const key = (purpose: RegionalKeyPurpose, description: string, statements: PolicyStatement[]) =>
      new PlatformKey(this, purpose, {
        aliasName: keyAliasNameOf(props.aliasPrefix, purpose),
        description: `${props.aliasPrefix} ${region}: ${description}`,
        accountId,
        region,
        statements,
      });

    this.data = key('data', 'S3 data buckets', useThroughService(accountId, region, 's3', false, props.keyUsers?.data));
    this.logs = key('logs', 'CloudWatch Logs log groups', [
      servicePrincipalUse(`logs.${region}.amazonaws.com`, KEY_USE_ACTIONS, {
        ArnLike: { 'kms:EncryptionContext:aws:logs:arn': logGroupArn(region, accountId, '*') },
      }),
    ]);
    this.ebs = key('ebs', 'EBS volumes and snapshots', useThroughService(accountId, region, 'ec2', true));
    this.rds = key('rds', 'RDS storage, snapshots and Performance Insights', useThroughService(accountId, region, 'rds', true));
    this.dynamodb = key('dynamodb', 'DynamoDB tables', useThroughService(accountId, region, 'dynamodb', true, props.keyUsers?.dynamodb));
    this.backup = key('backup', 'AWS Backup vaults', useThroughService(accountId, region, 'backup', true));
    this.sns = key('sns', 'SNS topics of alarms and notifications', [
      ...useThroughService(accountId, region, 'sns', false),
      servicePrincipalUse('cloudwatch.amazonaws.com', ['kms:GenerateDataKey*', 'kms:Decrypt'], { StringEquals: { 'aws:SourceAccount': accountId } }),
      eventBridgeTopicUse(),
    ]);
    this.secrets = key('secrets', 'Secrets Manager secrets', useThroughService(accountId, region, 'secretsmanager', true, props.keyUsers?.secrets));

    if (props.ebsEncryptionByDefault ?? true) {
      new EbsEncryptionByDefault(this, 'ebs-encryption-by-default', { enabled: true });
      new EbsDefaultKmsKey(this, 'ebs-default-key', { keyArn: this.ebs.arn });
    }
  }
}
