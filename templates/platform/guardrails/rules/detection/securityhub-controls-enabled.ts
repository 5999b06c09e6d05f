import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'securityhub-controls-enabled',
  title: 'Security Hub controls are not disabled in code without a reason',
  severity: 'low',
  rationale:
    'A control disabled with aws_securityhub_standards_control stops being evaluated everywhere it applies. Disable only with a disabled_reason reviewers can judge.',
  references: {},
  scope: 'resource',
  resourceTypes: ['aws_securityhub_standards_control', 'aws_securityhub_standards_control_association'],
  check(control) {
    const v = control.values;
    const disabled = v.control_status === 'DISABLED' || v.association_status === 'DISABLED';
    const reason = String(v.disabled_reason ?? v.updated_reason ?? '').trim();
    return disabled && reason.length < 10 ? 'the control is disabled without a disabled_reason (or updated_reason) of at least 10 characters' : undefined;
  },
};
