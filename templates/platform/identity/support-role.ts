import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';

/** The AWS managed policy that lets a role open and manage AWS Support cases. */
export const SUPPORT_ACCESS_POLICY = 'AWSSupportAccess';

export interface SupportRoleProps {
  /** Name of the role, e.g. `payments-prod-support`. */
  readonly name: string;
  /** The account whose principals (with MFA) may assume the role. */
  readonly accountId: string;
  /**
   * @default 'aws'
   */
  readonly partition?: string;
}

/**
 * A role for managing incidents with AWS Support (CIS 1.17, FSBP IAM.18): `AWSSupportAccess`, assumable only by
 * principals of the account that signed in with MFA and whose own policies allow `sts:AssumeRole` on it.
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
      name: props.name,
      description: 'Manage incidents with AWS Support (CIS 1.17)',
      assumeRolePolicy: trust.json,
    });
    new IamRolePolicyAttachment(this, 'support-access', {
      role: this.role.name,
      policyArn: `arn:${partition}:iam::aws:policy/${SUPPORT_ACCESS_POLICY}`,
    });
  }
}
