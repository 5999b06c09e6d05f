import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';

/** AWS managed policies of the application instances: Session Manager and the CloudWatch agent. */
export const INSTANCE_MANAGED_POLICIES = ['AmazonSSMManagedInstanceCore', 'CloudWatchAgentServerPolicy'];

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
  /**
   * @default 'aws'
   */
  readonly partition?: string;
}

/**
 * The least-privilege role of the application instances: Session Manager, the CloudWatch agent, and reading their
 * own parameters and secret (decrypted through SSM or Secrets Manager only). No wildcard actions.
 */
export class InstanceRole extends Construct {
  public readonly role: IamRole;
  public readonly instanceProfile: IamInstanceProfile;

  constructor(scope: Construct, id: string, props: InstanceRoleProps) {
    super(scope, id);
    const partition = props.partition ?? 'aws';
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
      new IamRolePolicyAttachment(this, policy, { role: this.role.name, policyArn: `arn:${partition}:iam::aws:policy/${policy}` });
    }

    const permissions = new DataAwsIamPolicyDocument(this, 'permissions', {
      statement: [
        {
          sid: 'ReadOwnParameters',
          actions: ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath'],
          resources: regions.flatMap((r) => [
            `arn:${partition}:ssm:${r}:${accountId}:parameter/${path}`,
            `arn:${partition}:ssm:${r}:${accountId}:parameter/${path}/*`,
          ]),
        },
        {
          sid: 'ReadOwnSecret',
          actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          // Secrets Manager appends six random characters to the name in the ARN.
          resources: regions.map((r) => `arn:${partition}:secretsmanager:${r}:${accountId}:secret:${props.secretName}-??????`),
        },
        {
          sid: 'DecryptOwnSecretsThroughTheirServices',
          actions: ['kms:Decrypt'],
          resources: regions.map((r) => `arn:${partition}:kms:${r}:${accountId}:key/*`),
          condition: [
            { test: 'StringEquals', variable: 'kms:ViaService', values: regions.flatMap((r) => [`ssm.${r}.amazonaws.com`, `secretsmanager.${r}.amazonaws.com`]) },
            { test: 'ForAnyValue:StringEquals', variable: 'kms:ResourceAliases', values: [props.secretsKeyAlias] },
          ],
        },
      ],
    });
    const policy = new IamPolicy(this, 'policy', {
      name: `${props.name}-own-configuration`,
      description: 'Read the application instances\' own parameters and secret',
      policy: permissions.json,
    });
    new IamRolePolicyAttachment(this, 'own-configuration', { role: this.role.name, policyArn: policy.arn });

    this.instanceProfile = new IamInstanceProfile(this, 'instance-profile', { name: props.name, role: this.role.name });
  }
}
