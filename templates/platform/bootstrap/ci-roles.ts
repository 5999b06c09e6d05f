import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import { githubOidcTrust } from './github-oidc-trust';
import { PLAN_READ_ACTIONS } from './plan-permissions';
import { bucketArn, iamArn, managedPolicyArn } from '../naming';

export interface CiRolesProps {
  /** `<project>-<environment>`: the platform's IAM names start with it. */
  readonly namePrefix: string;
  readonly accountId: string;
  readonly planRoleName: string;
  readonly deployRoleName: string;
  readonly boundaryName: string;
  readonly oidcProviderArn: string;
  /** Subjects that may assume the plan role (pull requests, the default branch, the environment). */
  readonly planSubjects: readonly string[];
  /** Subjects that may assume the deploy role (the environment's GitHub environment only). */
  readonly deploySubjects: readonly string[];
  readonly stateBucketName: string;
  /** Prefix of the state keys of this repository in the bucket (`<project>`). */
  readonly stateKeyPrefix: string;
  /** Key of the state bucket, when the bootstrap stack created it (an organisation's bucket manages its own). */
  readonly stateKeyArn?: string;
  /** Bootstrap resources the deploy role must never change: the state buckets and the OIDC provider. */
  readonly protectedBucketNames: readonly string[];
  /**
   * Longest session of the plan role, in seconds (the plan and drift jobs ask for one hour).
   * @default 3600
   */
  readonly planSessionSeconds?: number;
  /**
   * Longest session of the deploy role, in seconds (the apply jobs ask for two hours).
   * @default 7200
   */
  readonly deploySessionSeconds?: number;
  /** Region of the stack: it decides the partition of the ARNs (`partitionOf` in `naming.ts`). */
  readonly region: string;
}

/** What the deploy role may do to account settings: the security alternate contact (FSBP Account.1), nothing else. */
export const SECURITY_CONTACT_ACTIONS = ['account:GetAlternateContact', 'account:PutAlternateContact', 'account:DeleteAlternateContact'];

/** Only the SECURITY contact: billing and operations contacts stay with the account owner. */
const SECURITY_CONTACT_ONLY = { 'ForAllValues:StringEquals': { 'account:AlternateContactTypes': ['SECURITY'] } };

/**
 * The two roles of CI, trusted by GitHub OIDC for one repository only. `plan` reads state and describes resources,
 * never the data they hold (no object, item, secret, parameter or log reads, no decryption except of its state).
 * `deploy` applies: AWS `PowerUserAccess` plus IAM on the platform's own names, within a permissions boundary that
 * keeps it from touching the bootstrap resources, AWS Organizations and account settings, or creating IAM users.
 */
export class CiRoles extends Construct {
  public readonly plan: IamRole;
  public readonly deploy: IamRole;
  public readonly boundary: IamPolicy;

  constructor(scope: Construct, id: string, props: CiRolesProps) {
    super(scope, id);
    const iam = (resource: string) => iamArn(props.accountId, resource, props.region);
    const stateBucketArn = bucketArn(props.stateBucketName, props.region);
    const stateObjects = `${stateBucketArn}/${props.stateKeyPrefix}/*`;
    const document = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
    const stateKeyUse = (actions: string[]) =>
      props.stateKeyArn ? [{ Sid: 'UseTheStateKey', Effect: 'Allow', Action: actions, Resource: props.stateKeyArn }] : [];

    this.plan = new IamRole(this, 'plan', {
      name: props.planRoleName,
      description: 'GitHub Actions plans: reads state and describes resources, never their data',
      assumeRolePolicy: JSON.stringify(githubOidcTrust(props.oidcProviderArn, props.planSubjects)),
      maxSessionDuration: props.planSessionSeconds ?? 3600,
    });
    new IamRolePolicy(this, 'plan-describe', {
      name: 'describe-resources',
      role: this.plan.id,
      policy: document([{ Sid: 'DescribeWithoutReadingData', Effect: 'Allow', Action: [...PLAN_READ_ACTIONS], Resource: '*' }]),
    });
    new IamRolePolicy(this, 'plan-state', {
      name: 'read-state',
      role: this.plan.id,
      policy: document([
        { Sid: 'ListState', Effect: 'Allow', Action: 's3:ListBucket', Resource: stateBucketArn },
        { Sid: 'ReadState', Effect: 'Allow', Action: 's3:GetObject', Resource: stateObjects },
        // A plan holds the S3-native lock (use_lockfile) while it runs: it may write and remove the lock file only.
        { Sid: 'HoldTheStateLock', Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject'], Resource: `${stateObjects}.tflock` },
        ...stateKeyUse(['kms:Decrypt', 'kms:GenerateDataKey']),
      ]),
    });

    const bucketArns = props.protectedBucketNames.flatMap((name) => [bucketArn(name, props.region)]);
    this.boundary = new IamPolicy(this, 'boundary', {
      name: props.boundaryName,
      description: 'Permissions boundary of the GitHub deploy role',
      policy: document([
        {
          Sid: 'EverythingButOrganizationsAccountAndUsers',
          Effect: 'Allow',
          NotAction: ['organizations:*', 'account:*', 'iam:CreateUser', 'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'],
          Resource: '*',
        },
        { Sid: 'TheSecurityContactOnly', Effect: 'Allow', Action: SECURITY_CONTACT_ACTIONS, Resource: '*', Condition: SECURITY_CONTACT_ONLY },
        {
          Sid: 'NeverChangeTheBootstrapIdentities',
          Effect: 'Deny',
          Action: [
            'iam:AttachRolePolicy',
            'iam:DeleteRole',
            'iam:DeleteRolePermissionsBoundary',
            'iam:DeleteRolePolicy',
            'iam:DetachRolePolicy',
            'iam:PutRolePermissionsBoundary',
            'iam:PutRolePolicy',
            'iam:UpdateAssumeRolePolicy',
            'iam:UpdateRole',
            'iam:CreatePolicyVersion',
            'iam:DeletePolicy',
            'iam:DeletePolicyVersion',
            'iam:SetDefaultPolicyVersion',
            'iam:AddClientIDToOpenIDConnectProvider',
            'iam:DeleteOpenIDConnectProvider',
            'iam:RemoveClientIDFromOpenIDConnectProvider',
            'iam:UpdateOpenIDConnectProviderThumbprint',
          ],
          Resource: [
            iam(`role/${props.planRoleName}`),
            iam(`role/${props.deployRoleName}`),
            iam(`policy/${props.boundaryName}`),
            props.oidcProviderArn,
          ],
        },
        ...(bucketArns.length === 0 ? [] : [{
          Sid: 'NeverWeakenTheStateBuckets',
          Effect: 'Deny',
          Action: [
            's3:DeleteBucket',
            's3:DeleteBucketPolicy',
            's3:PutBucketPolicy',
            's3:PutBucketAcl',
            's3:PutBucketOwnershipControls',
            's3:PutBucketPublicAccessBlock',
            's3:PutBucketVersioning',
            's3:PutEncryptionConfiguration',
            's3:PutLifecycleConfiguration',
          ],
          Resource: bucketArns,
        }]),
      ]),
    });

    this.deploy = new IamRole(this, 'deploy', {
      name: props.deployRoleName,
      description: 'GitHub Actions deployments of the protected environment, within a permissions boundary',
      assumeRolePolicy: JSON.stringify(githubOidcTrust(props.oidcProviderArn, props.deploySubjects)),
      permissionsBoundary: this.boundary.arn,
      maxSessionDuration: props.deploySessionSeconds ?? 7200,
    });
    new IamRolePolicyAttachment(this, 'deploy-power-user', { role: this.deploy.name, policyArn: managedPolicyArn('PowerUserAccess', props.region) });
    const own = (type: string) => iam(`${type}/${props.namePrefix}-*`);
    new IamRolePolicy(this, 'deploy-iam', {
      name: 'platform-identities',
      role: this.deploy.id,
      policy: document([
        {
          Sid: 'ManageThePlatformsOwnIdentities',
          Effect: 'Allow',
          Action: [
            'iam:AddRoleToInstanceProfile',
            'iam:AttachGroupPolicy',
            'iam:AttachRolePolicy',
            'iam:CreateGroup',
            'iam:CreateInstanceProfile',
            'iam:CreatePolicy',
            'iam:CreatePolicyVersion',
            'iam:CreateRole',
            'iam:DeleteGroup',
            'iam:DeleteInstanceProfile',
            'iam:DeletePolicy',
            'iam:DeletePolicyVersion',
            'iam:DeleteRole',
            'iam:DeleteRolePolicy',
            'iam:DetachGroupPolicy',
            'iam:DetachRolePolicy',
            'iam:PassRole',
            'iam:PutRolePolicy',
            'iam:RemoveRoleFromInstanceProfile',
            'iam:TagInstanceProfile',
            'iam:TagPolicy',
            'iam:TagRole',
            'iam:UntagInstanceProfile',
            'iam:UntagPolicy',
            'iam:UntagRole',
            'iam:UpdateAssumeRolePolicy',
            'iam:UpdateRole',
            'iam:UpdateRoleDescription',
          ],
          Resource: [own('role'), own('policy'), own('group'), own('instance-profile')],
        },
        { Sid: 'ReadIdentities', Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' },
        {
          Sid: 'AccountPasswordPolicy',
          Effect: 'Allow',
          Action: ['iam:UpdateAccountPasswordPolicy', 'iam:DeleteAccountPasswordPolicy'],
          Resource: '*',
        },
        { Sid: 'ServiceLinkedRoles', Effect: 'Allow', Action: 'iam:CreateServiceLinkedRole', Resource: iam('role/aws-service-role/*') },
        // PowerUserAccess leaves out account:*; the account stack sets the security alternate contact.
        { Sid: 'SecurityAlternateContact', Effect: 'Allow', Action: SECURITY_CONTACT_ACTIONS, Resource: '*', Condition: SECURITY_CONTACT_ONLY },
      ]),
    });
    new IamRolePolicy(this, 'deploy-state', {
      name: 'write-state',
      role: this.deploy.id,
      policy: document([
        { Sid: 'ListState', Effect: 'Allow', Action: 's3:ListBucket', Resource: stateBucketArn },
        { Sid: 'WriteState', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: stateObjects },
        ...stateKeyUse(['kms:Decrypt', 'kms:GenerateDataKey']),
      ]),
    });
  }
}
