import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
import { accountAdministration, keyPolicyDocument, PolicyStatement } from './key-policy';
import { regionalArn } from '../naming';

export interface PlatformKeyProps {
  /** Alias without the `alias/` prefix, e.g. `payments-prod-data`. */
  readonly aliasName: string;
  readonly description: string;
  readonly accountId: string;
  readonly region: string;
  /** Statements that let services use the key; the account's administration statement is always added. */
  readonly statements: readonly PolicyStatement[];
  /**
   * Days between scheduling the key's deletion and its deletion (7 to 30).
   * @default 30
   */
  readonly deletionWindowInDays?: number;
}

/** A symmetric customer-managed key with yearly rotation, a policy naming its users, and an alias. */
export class PlatformKey extends Construct {
  public readonly key: KmsKey;
  public readonly alias: KmsAlias;
  /** Key ARN (for resources in the key's region). */
  public readonly arn: string;
  public readonly keyId: string;
  /** `alias/<aliasName>`. */
  public readonly aliasName: string;
  /** Deterministic alias ARN, usable from other regions' stacks without remote state. */
  public readonly aliasArn: string;

  constructor(scope: Construct, id: string, props: PlatformKeyProps) {
    super(scope, id);
    const deletionWindowInDays = props.deletionWindowInDays ?? 30;
    if (deletionWindowInDays < 7 || deletionWindowInDays > 30) {
      throw new Error(`PlatformKey ${props.aliasName}: deletionWindowInDays ${deletionWindowInDays} is outside 7..30`);
    }
    this.key = new KmsKey(this, 'key', {
      description: props.description,
      keyUsage: 'ENCRYPT_DECRYPT',
      customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      enableKeyRotation: true,
      deletionWindowInDays,
      isEnabled: true,
      policy: keyPolicyDocument([accountAdministration(props.accountId, props.region), ...props.statements]),
      tags: { Name: props.aliasName },
    });
    this.aliasName = `alias/${props.aliasName}`;
    this.alias = new KmsAlias(this, 'alias', { name: this.aliasName, targetKeyId: this.key.keyId });
    this.arn = this.key.arn;
    this.keyId = this.key.keyId;
    this.aliasArn = regionalArn('kms', props.region, props.accountId, this.aliasName);
  }
}
