import { BASE_OPTIONS, resourcesOf, synthOrgApp } from './org-app';
import { resolveSettings } from '../../../src/resolve-settings';

const DNS_ROLE = 'arn:aws:iam::333333333333:role/dns-records';

describe('a hosted zone in a shared DNS account', () => {
  const app = synthOrgApp({
    dnsRoleArns: [`prod=${DNS_ROLE}`],
    capabilities: { webTier: { domainName: 'pay.example.com' }, edge: { hostedZoneId: 'Z0123456789ABCDEFGHIJ' } },
  });

  test.each(['prod-us-east-1', 'prod-us-west-2'])('%s manages its records through a provider that assumes the DNS role', (name) => {
    const stack = app.stacks[name];
    const dns = stack.provider.aws.find((p: any) => p.alias === 'dns');
    expect(dns).toMatchObject({
      region: name.replace('prod-', ''),
      allowed_account_ids: ['333333333333'],
      assume_role: [{ role_arn: DNS_ROLE, session_name: 'payments-prod-dns' }],
    });
    expect(dns.default_tags[0].tags.Environment).toBe('prod');
    const records = resourcesOf(stack, 'aws_route53_record');
    // Every region has its failover record; the primary region also owns the certificate's validation records.
    expect(records.length).toBe(name === 'prod-us-east-1' ? 2 : 1);
    for (const record of [...records, ...resourcesOf(stack, 'aws_route53_health_check')]) expect(record.provider).toBe('aws.dns');
    // The certificate and the load balancer stay in the environment's account.
    for (const certificate of resourcesOf(stack, 'aws_acm_certificate')) expect(certificate.provider).toBeUndefined();
  });

  test('an environment whose zone is in its own account has no DNS provider', () => {
    const dev = app.stacks['dev-us-east-1'];
    expect(dev.provider.aws.filter((p: any) => p.alias)).toEqual([]);
    for (const record of resourcesOf(dev, 'aws_route53_record')) expect(record.provider).toBeUndefined();
  });

  test('has no guardrail findings', () => {
    expect(app.findings).toBe('');
  });

  test('a DNS role without a hosted zone is rejected', () => {
    expect(() => resolveSettings({ ...BASE_OPTIONS, dnsRoleArns: [`prod=${DNS_ROLE}`] })).toThrow(
      /dnsRoleArns: "prod=arn:aws:iam::333333333333:role\/dns-records" has no hosted zone to serve: set capabilities.edge.hostedZoneId/,
    );
  });
});
