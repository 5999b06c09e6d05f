/**
 * Scripts for actions/github-script. They read the reports the Terraform jobs uploaded (`$REPORTS/<artifact>/
 * result.json` and `plan.txt`) and the expected stacks (`$STACKS`, the synth job's output) from the environment and
 * the file system only, never from `${{ }}` expressions, so nothing a pull request controls becomes code.
 * Plain JavaScript of the github-script runtime (`github`, `context`, `core`, `require`), without template literals.
 */

const READ_REPORTS = `const fs = require('fs');
const path = require('path');
const reports = new Map();
const root = process.env.REPORTS;
if (root && fs.existsSync(root)) {
  for (const dir of fs.readdirSync(root)) {
    const resultFile = path.join(root, dir, 'result.json');
    if (!fs.existsSync(resultFile)) continue;
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf-8'));
    const planFile = path.join(root, dir, 'plan.txt');
    result.plan = fs.existsSync(planFile) ? fs.readFileSync(planFile, 'utf-8') : '';
    reports.set(result.stack, result);
  }
}
const stacksByEnvironment = JSON.parse(process.env.STACKS || '{}');
const rows = [];
for (const environment of Object.keys(stacksByEnvironment)) {
  for (const stack of stacksByEnvironment[environment]) {
    const report = reports.get(stack);
    rows.push({ stack: stack, environment: environment, status: report ? report.status : 'missing', plan: report ? report.plan : '' });
  }
}
const runUrl = context.serverUrl + '/' + context.repo.owner + '/' + context.repo.repo + '/actions/runs/' + context.runId;
const summaryOf = (row) => {
  const line = row.plan.match(/^(Plan: .*|No changes\\..*|Error: .*)$/m);
  return line ? line[0].replace(/\\|/g, '\\\\|') : '';
};
const fenced = (text, limit) => {
  const clipped = text.length > limit ? text.slice(0, limit) + '\\n... (truncated: the job summary and the artifact hold the whole output)' : text;
  return '~~~~text\\n' + clipped.replace(/~~~~/g, '~~~\\u200b~') + '\\n~~~~';
};
const details = (selected, budget) => {
  const limit = Math.max(2000, Math.floor(budget / Math.max(selected.length, 1)));
  return selected.map((row) => '<details><summary>' + row.stack + ' (' + row.status + ')</summary>\\n\\n' + fenced(row.plan, limit) + '\\n\\n</details>');
};
const table = (labels) => ['| Stack | Environment | Result | Summary |', '| --- | --- | --- | --- |']
  .concat(rows.map((row) => '| ' + row.stack + ' | ' + row.environment + ' | ' + labels[row.status] + ' | ' + summaryOf(row) + ' |'));
`;

/** Posts the plan of every stack to the pull request as one comment, updated on every push. */
export const PLAN_COMMENT_SCRIPT = `${READ_REPORTS}
const marker = '<!-- secure-aws-stack:plan -->';
const labels = { changed: 'changes', unchanged: 'no changes', failed: 'FAILED', missing: 'no report (job did not finish)' };
const impactFile = process.env.IMPACT ? path.join(process.env.IMPACT, 'impact.md') : '';
const impact = impactFile && fs.existsSync(impactFile)
  ? fs.readFileSync(impactFile, 'utf-8').trim()
  : '### Impact\\n\\n:warning: No impact summary: the impact job did not finish (see the workflow run).';
const body = [marker, '## Terraform plan', '', impact, '']
  .concat(table(labels))
  .concat([''])
  .concat(details(rows.filter((row) => row.status === 'changed' || row.status === 'failed'), 55000))
  .concat(['', 'Plans of commit ' + context.payload.pull_request.head.sha + ' in [workflow run](' + runUrl + '); plan files are kept as artifacts.'])
  .join('\\n');
const issue = { owner: context.repo.owner, repo: context.repo.repo, issue_number: context.issue.number };
const comments = await github.paginate(github.rest.issues.listComments, Object.assign({ per_page: 100 }, issue));
const previous = comments.find((c) => c.user && c.user.type === 'Bot' && typeof c.body === 'string' && c.body.startsWith(marker));
if (previous) {
  await github.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: previous.id, body: body });
} else {
  await github.rest.issues.createComment(Object.assign({ body: body }, issue));
}
// Plans that change nothing at all (every stack exited 0 with -detailed-exitcode) get the no-op label, so that such
// upgrades can merge automatically; any change, failure or missing report takes it away.
const noopLabel = process.env.NOOP_LABEL;
if (noopLabel) {
  const noop = rows.length > 0 && rows.every((row) => row.status === 'unchanged');
  const current = await github.paginate(github.rest.issues.listLabelsOnIssue, Object.assign({ per_page: 100 }, issue));
  const labelled = current.some((label) => label.name === noopLabel);
  if (noop && !labelled) await github.rest.issues.addLabels(Object.assign({ labels: [noopLabel] }, issue));
  if (!noop && labelled) await github.rest.issues.removeLabel(Object.assign({ name: noopLabel }, issue));
}
await core.summary.addRaw(body).write();
`;

/** Opens an issue when a stack differs from the code, updates it while drift lasts, and closes it once none is left. */
export const DRIFT_ISSUE_SCRIPT = `${READ_REPORTS}
const marker = '<!-- secure-aws-stack:drift -->';
const labels = { changed: 'DRIFT', unchanged: 'in sync', failed: 'FAILED (could not check)', missing: 'no report (job did not finish)' };
const drifted = rows.filter((row) => row.status !== 'unchanged');
const repo = { owner: context.repo.owner, repo: context.repo.repo };
const issues = await github.paginate(github.rest.issues.listForRepo, Object.assign({ state: 'open', per_page: 100 }, repo));
const open = issues.find((i) => !i.pull_request && i.user && i.user.type === 'Bot' && typeof i.body === 'string' && i.body.startsWith(marker));
if (drifted.length > 0) {
  const body = [marker, '## Infrastructure drift', '',
    'These stacks differ from the default branch (\`plan -detailed-exitcode\`): a change made outside Terraform, or a change not deployed yet. Apply the code or bring the code in line.', '']
    .concat(table(labels))
    .concat([''])
    .concat(details(drifted, 55000))
    .concat(['', 'Last checked in [workflow run](' + runUrl + ').'])
    .join('\\n');
  if (open) {
    await github.rest.issues.update(Object.assign({ issue_number: open.number, body: body }, repo));
    await github.rest.issues.createComment(Object.assign({ issue_number: open.number, body: 'Still drifting: ' + drifted.map((r) => r.stack).join(', ') + ' ([run](' + runUrl + ')).' }, repo));
  } else {
    await github.rest.issues.create(Object.assign({ title: 'Infrastructure drift detected', body: body }, repo));
  }
  core.warning('Drift or failed checks in: ' + drifted.map((r) => r.stack).join(', '));
} else if (open) {
  await github.rest.issues.createComment(Object.assign({ issue_number: open.number, body: 'No drift left in any stack ([run](' + runUrl + ')); closing.' }, repo));
  await github.rest.issues.update(Object.assign({ issue_number: open.number, state: 'closed', state_reason: 'completed' }, repo));
}
await core.summary.addRaw([marker, '## Drift'].concat(table(labels)).join('\\n')).write();
`;
