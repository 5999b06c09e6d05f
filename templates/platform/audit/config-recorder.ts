import { ConfigConfigRule } from '@cdktf/provider-aws/lib/config-config-rule';
import { ConfigConfigurationRecorder } from '@cdktf/provider-aws/lib/config-configuration-recorder';
import { ConfigConfigurationRecorderStatus } from '@cdktf/provider-aws/lib/config-configuration-recorder-status';
import { ConfigDeliveryChannel } from '@cdktf/provider-aws/lib/config-delivery-channel';
import { Construct } from 'constructs';

export interface ManagedConfigRule {
  readonly identifier: string;
  readonly description: string;
  /** Evaluates global (IAM) resources: created only where global resources are recorded. */
  readonly global?: boolean;
  readonly inputParameters?: Readonly<Record<string, string>>;
}

/** AWS managed Config rules of every region (REQUIRED_TAGS comes from the tagging convention). */
export const MANAGED_CONFIG_RULES: readonly ManagedConfigRule[] = [
  { identifier: 'S3_BUCKET_PUBLIC_READ_PROHIBITED', description: 'S3 buckets do not allow public read access' },
  { identifier: 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED', description: 'S3 buckets do not allow public write access' },
  { identifier: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', description: 'S3 buckets have default encryption' },
  { identifier: 'S3_BUCKET_SSL_REQUESTS_ONLY', description: 'S3 bucket policies deny requests without TLS' },
  { identifier: 'ENCRYPTED_VOLUMES', description: 'Attached EBS volumes are encrypted' },
  { identifier: 'EC2_EBS_ENCRYPTION_BY_DEFAULT', description: 'EBS encryption by default is on' },
  { identifier: 'EC2_IMDSV2_CHECK', description: 'Instances require IMDSv2' },
  { identifier: 'RDS_STORAGE_ENCRYPTED', description: 'RDS storage is encrypted' },
  { identifier: 'VPC_FLOW_LOGS_ENABLED', description: 'VPCs have flow logs' },
  { identifier: 'VPC_DEFAULT_SECURITY_GROUP_CLOSED', description: 'Default security groups allow no traffic' },
  { identifier: 'CMK_BACKING_KEY_ROTATION_ENABLED', description: 'Customer-managed keys rotate' },
  { identifier: 'IAM_ROOT_ACCESS_KEY_CHECK', description: 'The root user has no access keys', global: true },
  { identifier: 'ROOT_ACCOUNT_MFA_ENABLED', description: 'The root user has MFA', global: true },
  { identifier: 'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS', description: 'IAM users with a console password have MFA', global: true },
  { identifier: 'IAM_USER_NO_POLICIES_CHECK', description: 'IAM users have no policies of their own', global: true },
  {
    identifier: 'IAM_PASSWORD_POLICY',
    description: 'The account password policy meets CIS',
    global: true,
    inputParameters: {
      RequireUppercaseCharacters: 'true',
      RequireLowercaseCharacters: 'true',
      RequireSymbols: 'true',
      RequireNumbers: 'true',
      MinimumPasswordLength: '14',
      PasswordReusePrevention: '24',
      MaxPasswordAge: '90',
    },
  },
];

export interface ConfigRecorderProps {
  /** Prefix of the recorder, channel and rule names, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /** The account's Config role (deterministic ARN). */
  readonly roleArn: string;
  /** The account's Config bucket (in the primary region). */
  readonly bucketName: string;
  /** Key of the bucket (alias ARN of the account's `audit` key). */
  readonly kmsKeyArn: string;
  /** Record IAM and other global resources: only in the primary region, so that they are recorded once. */
  readonly recordGlobalResources: boolean;
  /**
   * @default MANAGED_CONFIG_RULES
   */
  readonly rules?: readonly ManagedConfigRule[];
}

/** AWS Config in one region: a recorder of every supported resource, its delivery channel, and managed rules. */
export class ConfigRecorder extends Construct {
  public readonly recorder: ConfigConfigurationRecorder;
  public readonly deliveryChannel: ConfigDeliveryChannel;
  public readonly status: ConfigConfigurationRecorderStatus;
  public readonly rules: readonly ConfigConfigRule[];

  constructor(scope: Construct, id: string, props: ConfigRecorderProps) {
    super(scope, id);
    this.recorder = new ConfigConfigurationRecorder(this, 'recorder', {
      name: `${props.namePrefix}-recorder`,
      roleArn: props.roleArn,
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: props.recordGlobalResources },
    });
    this.deliveryChannel = new ConfigDeliveryChannel(this, 'delivery-channel', {
      name: `${props.namePrefix}-delivery`,
      s3BucketName: props.bucketName,
      s3KmsKeyArn: props.kmsKeyArn,
      snapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' },
      dependsOn: [this.recorder],
    });
    this.status = new ConfigConfigurationRecorderStatus(this, 'status', {
      name: this.recorder.name,
      isEnabled: true,
      dependsOn: [this.deliveryChannel],
    });
    this.rules = (props.rules ?? MANAGED_CONFIG_RULES)
      .filter((rule) => props.recordGlobalResources || !rule.global)
      .map(
        (rule) =>
          new ConfigConfigRule(this, rule.identifier.toLowerCase(), {
            name: `${props.namePrefix}-${rule.identifier.toLowerCase().replace(/_/g, '-')}`,
            description: rule.description,
            source: { owner: 'AWS', sourceIdentifier: rule.identifier },
            inputParameters: rule.inputParameters ? JSON.stringify(rule.inputParameters) : undefined,
            dependsOn: [this.status],
          }),
      );
  }
}
