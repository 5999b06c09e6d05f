import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';

export interface SupportRoleProps {
  readonly roleName: string;
  readonly accountId: string;
  /**
   * @default 'aws'
   */
  readonly partition?: string;
}

/**
 * The role that lets the account's own principals (with an identity policy that allows it, and MFA) open and manage
 * AWS Support cases: CIS AWS Foundations 1.17, Security Hub IAM.18. Once per account.
 */
export class SupportRole extends Construct {
  public readonly role: IamRole;

  constructor(scope: Construct, id: string, props: SupportRoleProps) {
    super(scope, id);
    const partition = props.partition ?? 'aws';
    const trust = new DataAwsIamPolicyDocument(this, 'trust', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'AWS', identifiers: [`arn:${partition}:iam::${props.accountId}:root`] }],
          condition: [{ test: 'Bool', variable: 'aws:MultiFactorAuthPresent', values: ['true'] }],
        },
      ],
    });
    this.role = new IamRole(this, 'role', {
      name: props.roleName,
      description: 'Incident management with AWS Support (CIS 1.17)',
      assumeRolePolicy: trust.json,
    });
    new IamRolePolicyAttachment(this, 'support-access', { role: this.role.name, policyArn: `arn:${partition}:iam::aws:policy/AWSSupportAccess` });
  }
}
