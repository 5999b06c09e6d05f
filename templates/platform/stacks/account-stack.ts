import { S3AccountPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-account-public-access-block';
import { Construct } from 'constructs';
import { AccountAudit } from '../audit/account-audit';
import { accountAuditNames, assembleAccountAudit } from '../capabilities/audit';
import { assembleAccountKeys } from '../capabilities/encryption';
import { assembleSecurityContact } from '../capabilities/operations';
import { AccountKeys } from '../encryption/account-keys';
import { TerraformOutput } from '../engine';
import { AccountWorkloads } from './account-workloads';
import { PlatformStack, PlatformStackProps } from './platform-stack';
import { InstanceRole } from '../identity/instance-role';
import { MfaEnforcement } from '../identity/mfa-enforcement';
import { AccountPasswordPolicy } from '../identity/password-policy';
import { AccountSecurityContact } from '../identity/security-contact';
import { SupportRole } from '../identity/support-role';
import { applicationSecretName, instanceRoleName, keyAlias, parameterPath, resourcePrefix, supportRoleName } from '../naming';
import { ownsAccountSettings } from '../org/account-singletons';

/** Account-wide resources of one environment, deployed once from its primary region. */
export class AccountStack extends PlatformStack {
  /** Keys of the account-wide audit trail and alerts: `stack.keys.audit.arn`. */
  public readonly keys: AccountKeys;
  /** The trail, its CIS alarms, the audit buckets and the Config role. */
  public readonly audit: AccountAudit;
  /** Role and instance profile of the application instances (named `instanceRoleName(...)` for the regional stacks). */
  public readonly instanceRole: InstanceRole;
  public readonly mfa: MfaEnforcement;
  /** The account's AWS Support role, when this environment owns the account-wide settings. */
  public readonly supportRole?: SupportRole;
  /** The account's security alternate contact, when this environment owns the account settings and names one. */
  public readonly securityContact?: AccountSecurityContact;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const { settings, environment } = props;
    const prefix = resourcePrefix(settings, environment);
    const at = { settings, environment };
    this.keys = assembleAccountKeys(this, at, props.region);

    // Account-wide settings exist once per account: the first environment of a shared account sets them.
    if (ownsAccountSettings(settings, environment)) {
      new S3AccountPublicAccessBlock(this, 'account-public-access-block', {
        accountId: environment.accountId,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      });
      new AccountPasswordPolicy(this, 'password-policy');
      this.supportRole = new SupportRole(this, 'support-role', { name: supportRoleName(settings, environment), accountId: environment.accountId, region: props.region });
      this.securityContact = assembleSecurityContact(this, at);
    }
    this.mfa = new MfaEnforcement(this, 'mfa', { namePrefix: prefix, accountId: environment.accountId, region: props.region });
    this.instanceRole = new InstanceRole(this, 'instance-role', {
      name: instanceRoleName(settings, environment),
      accountId: environment.accountId,
      regions: environment.regions,
      parameterPath: parameterPath(settings, environment),
      secretName: applicationSecretName(settings, environment),
      secretsKeyAlias: keyAlias(settings, environment, 'secrets'),
    });

    this.audit = assembleAccountAudit(this, at, this.keys);

    new AccountWorkloads(this, 'workloads', { settings, environment, kmsKeyArn: this.keys.alerts.arn });

    const output = (name: string, value: unknown, description: string) =>
      new TerraformOutput(this, name, { value, description }).overrideLogicalId(name);
    output('account_id', environment.accountId, 'The environment\'s AWS account');
    output('instance_role_arn', this.instanceRole.role.arn, 'Role of the application instances');
    output('instance_profile_name', this.instanceRole.instanceProfile.name, 'Instance profile of the application instances');
    output('mfa_policy_arn', this.mfa.policy.arn, 'MFA enforcement policy of human groups');
    output('human_group_names', this.mfa.groups.map((g) => g.name), 'Groups of human users (MFA enforced)');
    output('audit_key_arn', this.keys.audit.arn, 'Key of the trail, its log group and the audit buckets');
    output('alerts_key_arn', this.keys.alerts.arn, 'Key of the security and budget topics');
    if (this.audit.trail) {
      output('trail_arn', this.audit.trail.trail.arn, 'Multi-region CloudTrail of the account');
      output('trail_bucket_name', this.audit.buckets!.trail!.name, 'Bucket of the CloudTrail logs');
      output('security_alarm_topic_arn', this.audit.securityTopicArn, 'SNS topic of the CIS alarms');
    }
    if (this.audit.buckets?.config) {
      output('config_bucket_name', this.audit.buckets.config.name, 'Bucket of the AWS Config history of every region');
      output('config_role_arn', accountAuditNames(settings, environment).configRoleArn, 'Service-linked role of the AWS Config recorders');
    }
  }
}
