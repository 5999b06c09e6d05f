/* eslint-disable no-template-curly-in-string */
import { appFromDocuments, AppModel } from '../../../templates/platform/guardrails/app-model';

/** The required tags as the platform stamps them on a production provider. */
export const PROD_TAGS = {
  Environment: 'prod',
  Owner: 'team-payments',
  CostCenter: 'cc-1234',
  Project: 'payments',
  ManagedBy: 'terraform',
  DataClassification: 'internal',
};

/** A stack document in the shape cdktf synthesizes: S3 backend, a pinned and tagged provider, no resources. */
export function baseStack(name = 'prod-us-east-1'): Record<string, any> {
  return {
    terraform: {
      backend: { s3: { bucket: 'acme-payments-tfstate', key: `payments/${name}.tfstate`, region: 'us-east-1', encrypt: true, use_lockfile: true } },
    },
    provider: { aws: [{ region: 'us-east-1', allowed_account_ids: ['222222222222'], default_tags: [{ tags: { ...PROD_TAGS } }] }] },
  };
}

/**
 * A fixture: resources by local address (`aws_s3_bucket.logs`, `data.aws_iam_policy_document.p`), an optional change
 * to the stack document (backend, providers), further stacks, and the stack's name (`prod-…` is production).
 */
export interface Fixture {
  readonly resources?: Readonly<Record<string, Record<string, unknown>>>;
  readonly mutate?: (stack: Record<string, any>) => void;
  readonly stackName?: string;
  readonly otherStacks?: Readonly<Record<string, Record<string, any>>>;
}

export function stackDocument(fixture: Fixture): Record<string, any> {
  const json = baseStack(fixture.stackName);
  for (const [address, values] of Object.entries(fixture.resources ?? {})) {
    const parts = address.split('.');
    const [section, type, name] = parts[0] === 'data' ? ['data', parts[1], parts[2]] : ['resource', parts[0], parts[1]];
    json[section] ??= {};
    json[section][type] ??= {};
    json[section][type][name] = { '//': { metadata: { path: `${fixture.stackName ?? 'prod-us-east-1'}/${name}`, uniqueId: name } }, ...values };
  }
  fixture.mutate?.(json);
  return json;
}

export function appOf(fixture: Fixture): AppModel {
  return appFromDocuments({ [fixture.stackName ?? 'prod-us-east-1']: stackDocument(fixture), ...(fixture.otherStacks ?? {}) });
}

/** A policy as a JSON string, as `JSON.stringify` or a literal writes it into cdk.tf.json. */
export function policyJson(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

export const DENY_INSECURE_S3 = {
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

export const BUCKET = { 'aws_s3_bucket.data': { bucket: 'acme-data' } };
export const BUCKET_REF = '${aws_s3_bucket.data.id}';
export const KMS_ARN = 'arn:aws:kms:us-east-1:222222222222:key/00000000-0000-0000-0000-000000000000';
