import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';

export interface ConfigRoleProps {
  /** Role name; deterministic so that every region's recorder refers to it by ARN. */
  readonly roleName: string;
  readonly accountId: string;
  /** Bucket of the configuration history, in the key's region. */
  readonly bucketName: string;
  readonly bucketRegion: string;
  /** The bucket's key (the account's `audit` key). */
  readonly kmsKeyArn: string;
  /**
   * @default 'aws'
   */
  readonly partition?: string;
}

/**
 * The role AWS Config records with in every region: the AWS managed read-only recording policy, and delivery to
 * the account's Config bucket under `AWSLogs/<account>/Config/` only.
 */
export class ConfigRole extends Construct {
  public readonly role: IamRole;

  constructor(scope: Construct, id: string, props: ConfigRoleProps) {
    super(scope, id);
    const partition = props.partition ?? 'aws';
    const bucket = `arn:${partition}:s3:::${props.bucketName}`;
    const trust = new DataAwsIamPolicyDocument(this, 'trust', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['config.amazonaws.com'] }],
          condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [props.accountId] }],
        },
      ],
    });
    this.role = new IamRole(this, 'role', { name: props.roleName, description: 'AWS Config recorders of every region', assumeRolePolicy: trust.json });
    new IamRolePolicyAttachment(this, 'recording', {
      role: this.role.name,
      policyArn: `arn:${partition}:iam::aws:policy/service-role/AWS_ConfigRole`,
    });
    const delivery = new DataAwsIamPolicyDocument(this, 'delivery', {
      statement: [
        { sid: 'CheckBucket', actions: ['s3:GetBucketAcl', 's3:ListBucket'], resources: [bucket] },
        {
          sid: 'DeliverHistory',
          actions: ['s3:PutObject'],
          resources: [`${bucket}/AWSLogs/${props.accountId}/Config/*`],
          condition: [{ test: 'StringEquals', variable: 's3:x-amz-acl', values: ['bucket-owner-full-control'] }],
        },
        {
          sid: 'EncryptHistory',
          actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
          resources: [props.kmsKeyArn],
          condition: [{ test: 'StringEquals', variable: 'kms:ViaService', values: [`s3.${props.bucketRegion}.amazonaws.com`] }],
        },
      ],
    });
    new IamRolePolicy(this, 'delivery-policy', { name: 'deliver-configuration-history', role: this.role.id, policy: delivery.json });
  }
}
