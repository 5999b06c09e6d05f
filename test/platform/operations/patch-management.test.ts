import { PatchManagement } from '../../../templates/platform/operations/patch-management';
import { onlyResource, synthJson, testStack } from '../compute/test-stack';

describe('PatchManagement', () => {
  const stack = testStack();
  const patching = new PatchManagement(stack, 'patching', { namePrefix: 'p-prod-us-east-1', logGroupName: '/platform/p/patching' });
  const json = synthJson(stack);

  test('approves Amazon Linux 2023 security patches after seven days', () => {
    const baseline = onlyResource(json, 'aws_ssm_patch_baseline');
    expect(baseline.operating_system).toBe('AMAZON_LINUX_2023');
    expect(baseline.approval_rule).toHaveLength(2);
    for (const rule of baseline.approval_rule) {
      expect(rule.approve_after_days).toBe(7);
      expect(rule.patch_filter).toContainEqual({ key: 'CLASSIFICATION', values: ['Security'] });
    }
    expect(onlyResource(json, 'aws_ssm_patch_group')).toMatchObject({ patch_group: 'p-prod-us-east-1-app' });
  });

  test('patches weekly the instances tagged with the patch group, a third at a time', () => {
    expect(onlyResource(json, 'aws_ssm_maintenance_window')).toMatchObject({ schedule: 'cron(0 3 ? * SUN *)', duration: 3, cutoff: 1 });
    expect(onlyResource(json, 'aws_ssm_maintenance_window_target').targets).toEqual([{ key: 'tag:PatchGroup', values: ['p-prod-us-east-1-app'] }]);
    const task = onlyResource(json, 'aws_ssm_maintenance_window_task');
    expect(task).toMatchObject({ task_type: 'RUN_COMMAND', task_arn: 'AWS-RunPatchBaseline', max_concurrency: '33%' });
    const run = task.task_invocation_parameters.run_command_parameters;
    expect(run.parameter).toEqual([
      { name: 'Operation', values: ['Install'] },
      { name: 'RebootOption', values: ['RebootIfNeeded'] },
    ]);
    expect(run.cloudwatch_config).toEqual({ cloudwatch_log_group_name: '/platform/p/patching', cloudwatch_output_enabled: true });
    expect(patching.instanceTags).toEqual({ PatchGroup: 'p-prod-us-east-1-app' });
  });

  test('rejects an invalid approval delay', () => {
    expect(() => new PatchManagement(testStack(), 'p', { namePrefix: 'x', approveAfterDays: -1 })).toThrow(/approveAfterDays/);
  });
});
