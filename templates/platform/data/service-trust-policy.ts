import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { Construct } from 'constructs';

/**
 * The trust policy of a service role: only `service` may assume it, and only on behalf of `accountId`
 * (`aws:SourceAccount`, against the confused-deputy problem).
 */
export function serviceTrustPolicy(scope: Construct, id: string, service: string, accountId: string): DataAwsIamPolicyDocument {
  return new DataAwsIamPolicyDocument(scope, id, {
    statement: [
      {
        effect: 'Allow',
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: [service] }],
        condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [accountId] }],
      },
    ],
  });
}
