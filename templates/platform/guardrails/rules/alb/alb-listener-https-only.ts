import type { ResourceRule } from '../../model';
import { block, blocks } from '../../values';

export const rule: ResourceRule = {
  id: 'alb-listener-https-only',
  title: 'HTTP listeners only redirect to HTTPS (or answer without forwarding)',
  severity: 'high',
  rationale:
    'A plain-HTTP listener that forwards sends credentials and data in clear text. Its default action must redirect to HTTPS, or answer with a fixed response; listener rules must not forward either.',
  references: { checkov: ['CKV_AWS_2', 'CKV2_AWS_20'], securityHub: ['ELB.1'] },
  scope: 'resource',
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  check(listener, { graph }) {
    if (listener.values.protocol !== 'HTTP') return undefined;
    const problems: string[] = [];
    for (const action of blocks(listener.values.default_action)) {
      if (action.type === 'redirect' && block(action.redirect).protocol !== 'HTTPS') problems.push('the default action redirects, but not to HTTPS');
      if (action.type === 'forward' || action.type === 'authenticate-oidc' || action.type === 'authenticate-cognito') {
        problems.push(`the default action of the HTTP listener is "${action.type}"`);
      }
    }
    for (const listenerRule of [...graph.referrers(listener, 'aws_lb_listener_rule', 'listener_arn'), ...graph.referrers(listener, 'aws_alb_listener_rule', 'listener_arn')]) {
      if (blocks(listenerRule.values.action).some((a) => a.type === 'forward')) problems.push(`listener rule ${listenerRule.address} forwards plain HTTP`);
    }
    return problems;
  },
};
