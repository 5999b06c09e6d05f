import { blockedChanges, hasChanges, renderImpactMarkdown, renderImpactText, stackImpact } from '../../../templates/platform/tooling/plan-impact';

// Shapes Terraform does not produce in impact-real-plans.test.ts: data reads, no-ops, create-before-destroy.
const change = (address: string, actions: string[], extra: Record<string, string> = {}) => ({ address, type: address.split('.')[0], change: { actions }, ...extra });
const noPolicy = { allowed: [], allowAll: false };

describe('plan impact', () => {
  test('ignores data sources and no-ops; an empty plan changes nothing', () => {
    const impact = stackImpact('dev-us-east-1', {
      resource_changes: [change('aws_iam_policy_document.p', ['read'], { mode: 'data' }), change('aws_kms_key.k', ['no-op'])],
    }, noPolicy);
    expect(impact).toEqual({ stack: 'dev-us-east-1', create: 0, update: 0, replace: 0, destroy: 0, moved: 0, statefulChanges: [] });
    expect(hasChanges(impact)).toBe(false);
    expect(renderImpactMarkdown([impact])).toContain(':zzz: No changes: the plans of every stack are empty.');
    expect(renderImpactText([impact])).toContain('No changes in any stack.');
  });

  test('counts a create-before-destroy replacement as a replacement, and blocks it for a stateful type only', () => {
    const impact = stackImpact('prod-account', {
      resource_changes: [change('aws_route53_record.r', ['create', 'delete']), change('aws_security_group.sg', ['create', 'delete'])],
    }, noPolicy);
    expect(impact).toMatchObject({ replace: 2, create: 0, destroy: 0 });
    expect(blockedChanges([impact])).toEqual([{ stack: 'prod-account', address: 'aws_route53_record.r', action: 'replace', allowed: false }]);
  });
});
