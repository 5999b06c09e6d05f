import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import { accountRootArn, managedPolicyArn } from '../naming';

/** The AWS managed policy that lets a role open and manage AWS Support cases. */
export const SUPPORT_ACCESS_POLICY = 'AWSSupportAccess';

export interface SupportRoleProps {
  /** Name of the role, e.g. `payments-prod-support`. */
  readonly name: string;
  /** The account whose principals (with MFA) may assume the role. */
  readonly accountId: string;
  /** Region of the stack: it decides the partition of the ARNs (`partitionOf` in `naming.ts`). */
  readonly region: string;
}

/**
 * A role for managing incidents with AWS Support (CIS 1.17, FSBP IAM.18): `AWSSupportAccess`, assumable only by
 * principals of the account that signed in with MFA and whose own policies allow `sts:AssumeRole` on it.
 */
export class SupportRole extends Construct {
  public readonly role: IamRole;

  constructor(scope: Construct, id: string, props: SupportRoleProps) {
    super(scope, id);
    const trust = new DataAwsIamPolicyDocument(this, 'trust', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'AWS', identifiers: [accountRootArn(props.accountId, props.region)] }],
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
      policyArn: managedPolicyArn(SUPPORT_ACCESS_POLICY, props.region),
    });
  }
}
