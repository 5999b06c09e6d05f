import type { ResourceRule } from '../../model';

const SECRETS: ReadonlyArray<[RegExp, string]> = [
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/aws_secret_access_key\s*[=:]/i, 'an AWS secret access key'],
  [/-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/, 'a private key'],
  [/\b(password|passwd|secret|token)\s*[=:]\s*["']?[^\s"'$]{8,}/i, 'a password or token'],
];

function decoded(value: unknown, base64: boolean): string {
  if (typeof value !== 'string' || value.includes('${')) return '';
  return base64 ? Buffer.from(value, 'base64').toString('utf8') : value;
}

export const rule: ResourceRule = {
  id: 'ec2-no-credentials-in-user-data',
  title: 'User data holds no credentials',
  severity: 'critical',
  rationale:
    'User data is readable by anyone with ec2:DescribeInstanceAttribute and from the instance metadata, and is stored in Terraform state. Fetch secrets at boot from Secrets Manager or SSM Parameter Store with the instance role.',
  references: { checkov: ['CKV_AWS_46'] },
  scope: 'resource',
  resourceTypes: ['aws_launch_template', 'aws_instance'],
  check(node) {
    const script = node.type === 'aws_launch_template' ? decoded(node.values.user_data, true) : decoded(node.values.user_data, false) + decoded(node.values.user_data_base64, true);
    return SECRETS.filter(([pattern]) => pattern.test(script)).map(([, what]) => `user data contains ${what}`);
  },
};
