import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { S3BucketReplicationConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-replication-configuration';
import { Construct } from 'constructs';
import { bucketArn, regionalArn } from '../naming';

export interface ReplicatedBucket {
  readonly bucketName: string;
  readonly region: string;
  /** Alias name of the bucket's key, `alias/<name>` (its alias ARN is built from region and account). */
  readonly keyAlias: string;
}

export interface BucketReplicationProps {
  /** Name of the replication role (IAM is global: include the source region). */
  readonly roleName: string;
  readonly accountId: string;
  readonly source: ReplicatedBucket;
  /** The destination bucket in another region, encrypted with that region's key. */
  readonly destination: ReplicatedBucket;
}

/**
 * Cross-region replication of a versioned SSE-KMS bucket to a bucket of another region, re-encrypted with the
 * destination region's key. Both buckets and keys are referred to by deterministic names, never by remote state;
 * the role may only read the source, write replicas to the destination and use the two keys through S3.
 */
export class BucketReplication extends Construct {
  public readonly role: IamRole;
  public readonly configuration: S3BucketReplicationConfigurationA;

  constructor(scope: Construct, id: string, props: BucketReplicationProps) {
    super(scope, id);
    const { source, destination, accountId } = props;
    if (source.region === destination.region) {
      throw new Error(`BucketReplication ${props.roleName}: the destination must be in another region than ${source.region}`);
    }
    const s3Arn = (name: string) => bucketArn(name, source.region);
    const keyArns = (region: string) => regionalArn('kms', region, accountId, 'key/*');

    const trust = new DataAwsIamPolicyDocument(this, 'trust', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['s3.amazonaws.com'] }],
          condition: [
            { test: 'StringEquals', variable: 'aws:SourceAccount', values: [accountId] },
            { test: 'ArnLike', variable: 'aws:SourceArn', values: [s3Arn(source.bucketName)] },
          ],
        },
      ],
    });
    this.role = new IamRole(this, 'role', {
      name: props.roleName,
      description: `S3 replication of ${source.bucketName} to ${destination.bucketName}`,
      assumeRolePolicy: trust.json,
    });

    const permissions = new DataAwsIamPolicyDocument(this, 'permissions', {
      statement: [
        { sid: 'ReadReplicationConfiguration', actions: ['s3:GetReplicationConfiguration', 's3:ListBucket'], resources: [s3Arn(source.bucketName)] },
        {
          sid: 'ReadSourceVersions',
          actions: ['s3:GetObjectVersionForReplication', 's3:GetObjectVersionAcl', 's3:GetObjectVersionTagging'],
          resources: [`${s3Arn(source.bucketName)}/*`],
        },
        {
          sid: 'WriteReplicas',
          actions: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags'],
          resources: [`${s3Arn(destination.bucketName)}/*`],
        },
        {
          sid: 'DecryptSourceThroughS3',
          actions: ['kms:Decrypt'],
          resources: [keyArns(source.region)],
          condition: [
            { test: 'StringEquals', variable: 'kms:ViaService', values: [`s3.${source.region}.amazonaws.com`] },
            { test: 'ForAnyValue:StringEquals', variable: 'kms:ResourceAliases', values: [source.keyAlias] },
            { test: 'StringLike', variable: 'kms:EncryptionContext:aws:s3:arn', values: [s3Arn(source.bucketName), `${s3Arn(source.bucketName)}/*`] },
          ],
        },
        {
          sid: 'EncryptReplicasThroughS3',
          actions: ['kms:Encrypt', 'kms:GenerateDataKey'],
          resources: [keyArns(destination.region)],
          condition: [
            { test: 'StringEquals', variable: 'kms:ViaService', values: [`s3.${destination.region}.amazonaws.com`] },
            { test: 'ForAnyValue:StringEquals', variable: 'kms:ResourceAliases', values: [destination.keyAlias] },
            {
              test: 'StringLike',
              variable: 'kms:EncryptionContext:aws:s3:arn',
              values: [s3Arn(destination.bucketName), `${s3Arn(destination.bucketName)}/*`],
            },
          ],
        },
      ],
    });
    new IamRolePolicy(this, 'policy', { name: 'replicate', role: this.role.id, policy: permissions.json });

    this.configuration = new S3BucketReplicationConfigurationA(this, 'configuration', {
      bucket: source.bucketName,
      role: this.role.arn,
      rule: [
        {
          id: `to-${destination.region}`,
          status: 'Enabled',
          priority: 1,
          filter: {},
          deleteMarkerReplication: { status: 'Enabled' },
          sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
          destination: {
            bucket: s3Arn(destination.bucketName),
            storageClass: 'STANDARD',
            encryptionConfiguration: { replicaKmsKeyId: regionalArn('kms', destination.region, accountId, destination.keyAlias) },
          },
        },
      ],
    });
  }
}
