import { IamGroup } from '@cdktf/provider-aws/lib/iam-group';
import { IamGroupPolicyAttachment } from '@cdktf/provider-aws/lib/iam-group-policy-attachment';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { Construct } from 'constructs';
import { iamArn } from '../naming';

/** What a user may do before signing in with MFA: set up their own MFA device and password, nothing else. */
export const ACTIONS_ALLOWED_WITHOUT_MFA = [
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:GetUser',
  'iam:GetMFADevice',
  'iam:ListMFADevices',
  'iam:ListVirtualMFADevices',
  'iam:ResyncMFADevice',
  'iam:ChangePassword',
  'iam:GetAccountPasswordPolicy',
  'sts:GetSessionToken',
];

export interface MfaEnforcementProps {
  /** Prefix of the policy and group names, e.g. `payments-prod`. */
  readonly namePrefix: string;
  readonly accountId: string;
  /**
   * Groups of human users to create with the policy attached (users are added outside Terraform).
   * @default ['humans']
   */
  readonly groups?: readonly string[];
  /** Region of the stack: it decides the partition of the ARNs (`partitionOf` in `naming.ts`). */
  readonly region: string;
}

/**
 * The MFA enforcement policy for human users: without `aws:MultiFactorAuthPresent` everything is denied except
 * managing one's own MFA device and password; with MFA, users manage their own credentials. Attached to groups,
 * never to users.
 */
export class MfaEnforcement extends Construct {
  public readonly policy: IamPolicy;
  public readonly groups: readonly IamGroup[];

  constructor(scope: Construct, id: string, props: MfaEnforcementProps) {
    super(scope, id);
    // `$${...}` keeps Terraform from interpolating IAM's own policy variable.
    const ownUser = iamArn(props.accountId, 'user/$${aws:username}', props.region);
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ViewAccountPasswordPolicyAndMfaDevices',
          Effect: 'Allow',
          Action: ['iam:GetAccountPasswordPolicy', 'iam:ListVirtualMFADevices'],
          Resource: '*',
        },
        { Sid: 'ManageOwnPassword', Effect: 'Allow', Action: ['iam:ChangePassword', 'iam:GetUser'], Resource: ownUser },
        {
          Sid: 'CreateOwnVirtualMfaDevice',
          Effect: 'Allow',
          Action: ['iam:CreateVirtualMFADevice'],
          Resource: iamArn(props.accountId, 'mfa/*', props.region),
        },
        {
          Sid: 'ManageOwnMfaDevice',
          Effect: 'Allow',
          Action: ['iam:DeactivateMFADevice', 'iam:EnableMFADevice', 'iam:GetMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
          Resource: ownUser,
        },
        {
          Sid: 'DeactivateOwnMfaDeviceOnlyWithMfa',
          Effect: 'Deny',
          Action: ['iam:DeactivateMFADevice'],
          Resource: ownUser,
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
        {
          Sid: 'ManageOwnCredentialsWithMfa',
          Effect: 'Allow',
          Action: [
            'iam:CreateAccessKey',
            'iam:DeleteAccessKey',
            'iam:ListAccessKeys',
            'iam:UpdateAccessKey',
            'iam:GetAccessKeyLastUsed',
            'iam:ListSSHPublicKeys',
            'iam:UploadSSHPublicKey',
            'iam:DeleteSSHPublicKey',
            'iam:UpdateSSHPublicKey',
            'iam:GetSSHPublicKey',
          ],
          Resource: ownUser,
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
        {
          Sid: 'DenyAllExceptMfaSetupWithoutMfa',
          Effect: 'Deny',
          NotAction: ACTIONS_ALLOWED_WITHOUT_MFA,
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    };
    this.policy = new IamPolicy(this, 'policy', {
      name: `${props.namePrefix}-require-mfa`,
      description: 'Denies everything but MFA and password self-service until the user signs in with MFA',
      policy: JSON.stringify(document),
    });
    this.groups = (props.groups ?? ['humans']).map((group) => {
      const iamGroup = new IamGroup(this, `group-${group}`, { name: `${props.namePrefix}-${group}` });
      new IamGroupPolicyAttachment(this, `group-${group}-require-mfa`, { group: iamGroup.name, policyArn: this.policy.arn });
      return iamGroup;
    });
  }
}
