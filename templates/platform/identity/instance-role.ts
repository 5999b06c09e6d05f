import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import { managedPolicyArn, regionalArn } from '../naming';

/**
 * AWS managed policies of the application instances: the CloudWatch agent (its only SSM read is its own
 * `AmazonCloudWatch-*` configuration parameter). `AmazonSSMManagedInstanceCore` is not attached: it grants
 * `ssm:GetParameter`/`ssm:GetParameters` on every parameter of the account; `SSM_AGENT_ACTIONS` replaces it.
 */
export const INSTANCE_MANAGED_POLICIES = ['CloudWatchAgentServerPolicy'];

/**
 * What the SSM agent needs for Session Manager, Run Command, State Manager, inventory and Patch Manager: the actions of
 * `AmazonSSMManagedInstanceCore` without its `ssm:GetParameter*`. None of them takes a resource-level ARN.
 */
export const SSM_AGENT_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  ssm: [
    'ssm:DescribeAssociation',
    'ssm:GetDeployablePatchSnapshotForInstance',
    'ssm:GetDocument',
    'ssm:DescribeDocument',
    'ssm:GetManifest',
    'ssm:ListAssociations',
    'ssm:ListInstanceAssociations',
    'ssm:PutInventory',
    'ssm:PutComplianceItems',
    'ssm:PutConfigurePackageResult',
    'ssm:UpdateAssociationStatus',
    'ssm:UpdateInstanceAssociationStatus',
    'ssm:UpdateInstanceInformation',
  ],
  ssmmessages: ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'],
  ec2messages: [
    'ec2messages:AcknowledgeMessage',
    'ec2messages:DeleteMessage',
    'ec2messages:FailMessage',
    'ec2messages:GetEndpoint',
    'ec2messages:GetMessages',
    'ec2messages:SendReply',
  ],
};

export interface InstanceRoleProps {
  /** Name of the role and of its instance profile (deterministic: regional stacks refer to it by name). */
  readonly name: string;
  readonly accountId: string;
  /** Regions the instances run in: their parameters and secret are read there. */
  readonly regions: readonly string[];
  /** Parameter Store path of the application, e.g. `/payments/prod/`. */
  readonly parameterPath: string;
  /** Name of the application's secret in Secrets Manager (the same in every region). */
  readonly secretName: string;
  /** Alias of the key of the secret and SecureString parameters, `alias/<name>`. */
  readonly secretsKeyAlias: string;
}

/**
 * The least-privilege role of the application instances: the SSM agent (Session Manager, Run Command, patching) without
 * the account-wide parameter reads of `AmazonSSMManagedInstanceCore`, the CloudWatch agent, and reading their own
 * parameters and secret (decrypted through SSM or Secrets Manager only). No wildcard actions.
 */
export class InstanceRole extends Construct {
  public readonly role: IamRole;
  public readonly instanceProfile: IamInstanceProfile;

  constructor(scope: Construct, id: string, props: InstanceRoleProps) {
    super(scope, id);
    const { accountId, regions } = props;
    const path = props.parameterPath.replace(/^\/|\/$/g, '');

    const trust = new DataAwsIamPolicyDocument(this, 'trust', {
      statement: [{ actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }] }],
    });
    this.role = new IamRole(this, 'role', {
      name: props.name,
      description: 'Application instances: Session Manager, CloudWatch agent, their own parameters and secret',
      assumeRolePolicy: trust.json,
    });
    for (const policy of INSTANCE_MANAGED_POLICIES) {
      new IamRolePolicyAttachment(this, policy, { role: this.role.name, policyArn: managedPolicyArn(policy, regions[0]) });
    }

    const permissions = new DataAwsIamPolicyDocument(this, 'permissions', {
      statement: [
        ...Object.entries(SSM_AGENT_ACTIONS).map(([service, actions]) => ({
          sid: `SsmAgent${service === 'ssm' ? 'Core' : service === 'ssmmessages' ? 'SessionChannels' : 'CommandMessages'}`,
          actions: [...actions],
          resources: ['*'],
        })),
        {
          sid: 'ReadOwnParameters',
          actions: ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath'],
          resources: regions.flatMap((r) => [
            regionalArn('ssm', r, accountId, `parameter/${path}`),
            regionalArn('ssm', r, accountId, `parameter/${path}/*`),
          ]),
        },
        {
          sid: 'ReadOwnSecret',
          actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          // Secrets Manager appends six random characters to the name in the ARN.
          resources: regions.map((r) => regionalArn('secretsmanager', r, accountId, `secret:${props.secretName}-??????`)),
        },
        {
          sid: 'DecryptOwnSecretsThroughTheirServices',
          actions: ['kms:Decrypt'],
          resources: regions.map((r) => regionalArn('kms', r, accountId, 'key/*')),
          condition: [
            { test: 'StringEquals', variable: 'kms:ViaService', values: regions.flatMap((r) => [`ssm.${r}.amazonaws.com`, `secretsmanager.${r}.amazonaws.com`]) },
            { test: 'ForAnyValue:StringEquals', variable: 'kms:ResourceAliases', values: [props.secretsKeyAlias] },
          ],
        },
      ],
    });
    const policy = new IamPolicy(this, 'policy', {
      name: `${props.name}-own-configuration`,
      description: 'SSM agent without parameter reads, and the application instances\' own parameters and secret',
      policy: permissions.json,
    });
    new IamRolePolicyAttachment(this, 'own-configuration', { role: this.role.name, policyArn: policy.arn });

    this.instanceProfile = new IamInstanceProfile(this, 'instance-profile', { name: props.name, role: this.role.name });
  }
}
