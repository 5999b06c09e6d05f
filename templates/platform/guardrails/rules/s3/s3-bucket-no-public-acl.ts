import type { ResourceRule } from '../../model';
import { block, blocks } from '../../values';

const PUBLIC_CANNED_ACLS = ['public-read', 'public-read-write', 'authenticated-read'];
const PUBLIC_GROUPS = ['http://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'];

export const rule: ResourceRule = {
  id: 's3-bucket-no-public-acl',
  title: 'Bucket ACLs do not grant access to everyone',
  severity: 'critical',
  rationale: 'A public-read or public-read-write ACL (or a grant to AllUsers or AuthenticatedUsers) exposes every object of the bucket.',
  references: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], securityHub: ['S3.2', 'S3.3'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
  check(node) {
    const problems: string[] = [];
    const acl = node.values.acl;
    if (typeof acl === 'string' && PUBLIC_CANNED_ACLS.includes(acl)) problems.push(`acl is "${acl}"`);
    const grants = [...blocks(block(node.values.access_control_policy).grant), ...blocks(node.values.grant)];
    for (const grant of grants) {
      const uri = block(grant.grantee).uri ?? grant.uri;
      if (PUBLIC_GROUPS.includes(uri)) problems.push(`a grant gives ${grant.permission ?? 'access'} to ${uri}`);
    }
    return problems;
  },
};
