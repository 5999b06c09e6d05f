import type { ResourceRule } from '../../model';

/**
 * TLS 1.2+ policies with forward secrecy and no CBC/SHA-1 suites: the TLS 1.3 families, optionally restricted,
 * FIPS or post-quantum, but never the `Ext` variants (which add legacy ciphers). Matched as whole names: a prefix
 * test such as checkov's `startswith("ELBSecurityPolicy-TLS-1-2")` also accepts `ELBSecurityPolicy-TLS-1-2-Ext-2018-06`.
 */
const RECOMMENDED = /^ELBSecurityPolicy-TLS13-1-[23](-(Res|FIPS|PQ))*-20\d\d-\d\d$/;

export const rule: ResourceRule = {
  id: 'alb-listener-tls-policy',
  title: 'TLS listeners use a TLS 1.3 security policy without legacy ciphers',
  severity: 'high',
  rationale:
    'Without ssl_policy the listener uses ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1. Use a ELBSecurityPolicy-TLS13-1-2-* or -1-3-* policy (not an "Ext" variant), e.g. ELBSecurityPolicy-TLS13-1-2-2021-06.',
  references: { checkov: ['CKV_AWS_103'], securityHub: ['ELB.17'] },
  scope: 'resource',
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  check(listener) {
    const protocol = listener.values.protocol;
    if (protocol !== 'HTTPS' && protocol !== 'TLS') return undefined;
    const policy = listener.values.ssl_policy;
    if (policy === undefined) return 'ssl_policy is not set: the default ELBSecurityPolicy-2016-08 accepts TLS 1.0';
    return typeof policy === 'string' && RECOMMENDED.test(policy) ? undefined : `ssl_policy ${JSON.stringify(policy)} is not a TLS 1.3 policy without legacy ciphers`;
  },
};
