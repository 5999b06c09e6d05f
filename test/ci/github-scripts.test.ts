import * as fs from 'fs';
import * as path from 'path';
import { DRIFT_ISSUE_SCRIPT, PLAN_COMMENT_SCRIPT } from '../../src/ci/github-scripts';
import { freshDir } from '../synth-helper';

type Report = { stack: string; environment: string; status: string; plan: string };

/** Writes reports as the Terraform jobs upload them: one folder per artifact with result.json and plan.txt. */
function reportsDir(reports: Report[]): string {
  const root = freshDir('sas-reports-');
  for (const r of reports) {
    const dir = path.join(root, `plan-${r.stack}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'result.json'), JSON.stringify({ stack: r.stack, environment: r.environment, status: r.status }));
    fs.writeFileSync(path.join(dir, 'plan.txt'), r.plan);
  }
  return root;
}

/** A recording stand-in for github-script's `github` client, with existing issues or comments. */
function fakeGitHub(existing: { issues?: any[]; comments?: any[]; labels?: any[] } = {}) {
  const calls: Array<[string, any]> = [];
  const record = (name: string) => async (args: any) => {
    calls.push([name, args]);
    return { data: {} };
  };
  const rest = {
    issues: {
      listComments: 'listComments',
      listForRepo: 'listForRepo',
      createComment: record('createComment'),
      addLabels: record('addLabels'),
      removeLabel: record('removeLabel'),
      listLabelsOnIssue: 'listLabelsOnIssue',
      updateComment: record('updateComment'),
      create: record('create'),
      update: record('update'),
    },
  };
  const paginate = async (method: string) =>
    method === 'listComments' ? existing.comments ?? [] : method === 'listLabelsOnIssue' ? existing.labels ?? [] : existing.issues ?? [];
  return { calls, client: { rest, paginate } };
}

async function run(script: string, github: unknown, env: Record<string, string>) {
  const summaries: string[] = [];
  const warnings: string[] = [];
  const core = {
    summary: { addRaw: (text: string) => ({ write: async () => summaries.push(text) }) },
    warning: (text: string) => warnings.push(text),
  };
  const context = {
    serverUrl: 'https://github.com',
    runId: 42,
    repo: { owner: 'acme', repo: 'payments' },
    issue: { number: 7 },
    payload: { pull_request: { head: { sha: 'abc123' } } },
  };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    await new AsyncFunction('require', 'github', 'context', 'core', script)(require, github, context, core);
  } finally {
    process.env = saved;
  }
  return { summaries, warnings };
}

const STACKS = JSON.stringify({ dev: ['dev-account', 'dev-us-east-1'], production: ['production-account'] });
const CHANGED = 'Terraform will perform the following actions:\n  + resource "aws_s3_bucket" "x" {}\n~~~~\nPlan: 1 to add, 0 to change, 0 to destroy.\n';

describe('plan comment script', () => {
  const reports = () =>
    reportsDir([
      { stack: 'dev-account', environment: 'dev', status: 'unchanged', plan: 'No changes. Your infrastructure matches the configuration.\n' },
      { stack: 'dev-us-east-1', environment: 'dev', status: 'changed', plan: CHANGED },
    ]);

  test('creates one comment with a row per stack, the changed plans, and stacks without report', async () => {
    const { calls, client } = fakeGitHub();
    const { summaries } = await run(PLAN_COMMENT_SCRIPT, client, { REPORTS: reports(), STACKS });
    expect(calls.map(([name]) => name)).toEqual(['createComment']);
    const { body, issue_number: issueNumber } = calls[0][1];
    expect(issueNumber).toBe(7);
    expect(body).toMatch(/^<!-- secure-aws-stack:plan -->\n## Terraform plan/);
    expect(body).toContain('| dev-account | dev | no changes | No changes. Your infrastructure matches the configuration. |');
    expect(body).toContain('| dev-us-east-1 | dev | changes | Plan: 1 to add, 0 to change, 0 to destroy. |');
    expect(body).toContain('| production-account | production | no report (job did not finish) |  |');
    expect(body).toContain('<details><summary>dev-us-east-1 (changed)</summary>');
    // A fence in the plan output cannot close the comment's fence.
    expect(body).toContain('~~~\u200b~');
    expect(body).toContain('https://github.com/acme/payments/actions/runs/42');
    expect(summaries).toEqual([body]);
  });

  test('updates its own earlier comment instead of adding another', async () => {
    const { calls, client } = fakeGitHub({
      comments: [
        { id: 1, user: { type: 'User' }, body: '<!-- secure-aws-stack:plan --> quoted by a person' },
        { id: 2, user: { type: 'Bot' }, body: '<!-- secure-aws-stack:plan -->\nold' },
      ],
    });
    await run(PLAN_COMMENT_SCRIPT, client, { REPORTS: reports(), STACKS });
    expect(calls.map(([name, args]) => [name, args.comment_id])).toEqual([['updateComment', 2]]);
  });

  test('truncates very long plans to keep the comment under GitHub limits', async () => {
    const { calls, client } = fakeGitHub();
    const long = 'x'.repeat(200_000);
    await run(PLAN_COMMENT_SCRIPT, client, {
      REPORTS: reportsDir([{ stack: 'dev-account', environment: 'dev', status: 'changed', plan: long }]),
      STACKS: JSON.stringify({ dev: ['dev-account'] }),
    });
    expect(calls[0][1].body.length).toBeLessThan(65_536);
    expect(calls[0][1].body).toContain('(truncated: the job summary and the artifact hold the whole output)');
  });
});

describe('drift issue script', () => {
  const drifted = () => reportsDir([
    { stack: 'dev-account', environment: 'dev', status: 'unchanged', plan: 'No changes.\n' },
    { stack: 'dev-us-east-1', environment: 'dev', status: 'changed', plan: CHANGED },
    { stack: 'production-account', environment: 'production', status: 'failed', plan: 'Error: AccessDenied\n' },
  ]);
  const inSync = () => reportsDir(['dev-account', 'dev-us-east-1', 'production-account'].map((stack) => ({
    stack, environment: stack.split('-')[0], status: 'unchanged', plan: 'No changes.\n',
  })));
  const openIssue = { number: 12, user: { type: 'Bot' }, body: '<!-- secure-aws-stack:drift -->\nold' };

  test('opens an issue naming the drifted and unchecked stacks', async () => {
    const { calls, client } = fakeGitHub({ issues: [{ number: 3, pull_request: {}, user: { type: 'Bot' }, body: '<!-- secure-aws-stack:drift -->' }] });
    const { warnings } = await run(DRIFT_ISSUE_SCRIPT, client, { REPORTS: drifted(), STACKS });
    expect(calls.map(([name]) => name)).toEqual(['create']);
    expect(calls[0][1].title).toBe('Infrastructure drift detected');
    expect(calls[0][1].body).toContain('| dev-us-east-1 | dev | DRIFT | Plan: 1 to add, 0 to change, 0 to destroy. |');
    expect(calls[0][1].body).toContain('| production-account | production | FAILED (could not check) | Error: AccessDenied |');
    expect(calls[0][1].body).not.toContain('<summary>dev-account');
    expect(warnings).toEqual(['Drift or failed checks in: dev-us-east-1, production-account']);
  });

  test('updates the open drift issue and comments while drift lasts', async () => {
    const { calls, client } = fakeGitHub({ issues: [openIssue] });
    await run(DRIFT_ISSUE_SCRIPT, client, { REPORTS: drifted(), STACKS });
    expect(calls.map(([name, args]) => [name, args.issue_number])).toEqual([['update', 12], ['createComment', 12]]);
  });

  test('closes the open drift issue once every stack is in sync, and does nothing when there is none', async () => {
    const open = fakeGitHub({ issues: [openIssue] });
    await run(DRIFT_ISSUE_SCRIPT, open.client, { REPORTS: inSync(), STACKS });
    expect(open.calls.map(([name]) => name)).toEqual(['createComment', 'update']);
    expect(open.calls[1][1]).toMatchObject({ issue_number: 12, state: 'closed', state_reason: 'completed' });

    const none = fakeGitHub();
    await run(DRIFT_ISSUE_SCRIPT, none.client, { REPORTS: inSync(), STACKS });
    expect(none.calls).toEqual([]);
  });
});

describe('plan comment script: impact summary and the infra-noop label', () => {
  const unchanged = () =>
    reportsDir([
      { stack: 'dev-account', environment: 'dev', status: 'unchanged', plan: 'No changes.\n' },
      { stack: 'dev-us-east-1', environment: 'dev', status: 'unchanged', plan: 'No changes.\n' },
    ]);
  const reports = () =>
    reportsDir([
      { stack: 'dev-account', environment: 'dev', status: 'unchanged', plan: 'No changes.\n' },
      { stack: 'dev-us-east-1', environment: 'dev', status: 'changed', plan: CHANGED },
    ]);
  const devStacks = JSON.stringify({ dev: ['dev-account', 'dev-us-east-1'] });
  const impactDir = (markdown: string) => {
    const dir = freshDir('sas-impact-');
    fs.writeFileSync(path.join(dir, 'impact.md'), markdown);
    return dir;
  };

  test('puts the impact summary at the top of the comment, before the table of plans', async () => {
    const { calls, client } = fakeGitHub();
    const summary = '### Impact\n\n:no_entry: **1 stateful resource(s) would be destroyed or replaced without an allowance.**\n';
    await run(PLAN_COMMENT_SCRIPT, client, { REPORTS: reports(), STACKS, IMPACT: impactDir(summary) });
    const body: string = calls[0][1].body;
    expect(body.startsWith(`<!-- secure-aws-stack:plan -->\n## Terraform plan\n\n${summary.trim()}\n\n| Stack |`)).toBe(true);
  });

  test('says so when the impact job left no summary', async () => {
    const { calls, client } = fakeGitHub();
    await run(PLAN_COMMENT_SCRIPT, client, { REPORTS: reports(), STACKS, IMPACT: freshDir('sas-no-impact-') });
    expect(calls[0][1].body).toContain('### Impact\n\n:warning: No impact summary: the impact job did not finish');
  });

  test('labels a pull request whose plans change nothing, once', async () => {
    const { calls, client } = fakeGitHub();
    await run(PLAN_COMMENT_SCRIPT, client, { REPORTS: unchanged(), STACKS: devStacks, NOOP_LABEL: 'infra-noop' });
    expect(calls.filter(([name]) => name === 'addLabels').map(([, args]) => [args.issue_number, args.labels])).toEqual([[7, ['infra-noop']]]);
    const labelled = fakeGitHub({ labels: [{ name: 'infra-noop' }] });
    await run(PLAN_COMMENT_SCRIPT, labelled.client, { REPORTS: unchanged(), STACKS: devStacks, NOOP_LABEL: 'infra-noop' });
    expect(labelled.calls.map(([name]) => name)).toEqual(['createComment']);
  });

  test('takes the label away when a plan changes something or a report is missing', async () => {
    for (const [reportDir, stacks] of [[reports(), STACKS], [unchanged(), JSON.stringify({ dev: ['dev-account', 'dev-us-east-1', 'dev-us-west-2'] })]]) {
      const { calls, client } = fakeGitHub({ labels: [{ name: 'infra-noop' }] });
      await run(PLAN_COMMENT_SCRIPT, client, { REPORTS: reportDir, STACKS: stacks, NOOP_LABEL: 'infra-noop' });
      expect(calls.filter(([name]) => name !== 'createComment')).toEqual([['removeLabel', expect.objectContaining({ name: 'infra-noop', issue_number: 7 })]]);
    }
  });
});
