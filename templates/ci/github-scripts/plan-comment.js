// @ts-check
// Posts the plan of every stack to the pull request as one comment, updated on every push, with the impact summary
// first; plans that change nothing at all get the no-op label (`$NOOP_LABEL`), any change takes it away.
const fs = require('fs');
const path = require('path');
const { details, reportRows, runUrl, table } = require('./report-rows');

const MARKER = '<!-- secure-aws-stack:plan -->';
const LABELS = { changed: 'changes', unchanged: 'no changes', failed: 'FAILED', missing: 'no report (job did not finish)' };

/** @param {{ github: any, context: any, core: any }} runtime the objects actions/github-script provides */
module.exports = async function postPlanComment({ github, context, core }) {
  const rows = reportRows();
  const impactFile = process.env.IMPACT ? path.join(process.env.IMPACT, 'impact.md') : '';
  const impact =
    impactFile && fs.existsSync(impactFile)
      ? fs.readFileSync(impactFile, 'utf-8').trim()
      : '### Impact\n\n:warning: No impact summary: the impact job did not finish (see the workflow run).';
  const body = [MARKER, '## Terraform plan', '', impact, '']
    .concat(table(rows, LABELS))
    .concat([''])
    .concat(details(rows.filter((row) => row.status === 'changed' || row.status === 'failed'), 55000))
    .concat(['', `Plans of commit ${context.payload.pull_request.head.sha} in [workflow run](${runUrl(context)}); plan files are kept as artifacts.`])
    .join('\n');
  const issue = { owner: context.repo.owner, repo: context.repo.repo, issue_number: context.issue.number };
  const comments = await github.paginate(github.rest.issues.listComments, { per_page: 100, ...issue });
  /** @type {{ id: number } | undefined} */
  const previous = comments.find(
    (/** @type {any} */ c) => c.user && c.user.type === 'Bot' && typeof c.body === 'string' && c.body.startsWith(MARKER),
  );
  if (previous) {
    await github.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: previous.id, body });
  } else {
    await github.rest.issues.createComment({ body, ...issue });
  }
  const noopLabel = process.env.NOOP_LABEL;
  if (noopLabel) {
    const noop = rows.length > 0 && rows.every((row) => row.status === 'unchanged');
    const current = await github.paginate(github.rest.issues.listLabelsOnIssue, { per_page: 100, ...issue });
    const labelled = current.some((/** @type {{ name: string }} */ label) => label.name === noopLabel);
    if (noop && !labelled) await github.rest.issues.addLabels({ labels: [noopLabel], ...issue });
    if (!noop && labelled) await github.rest.issues.removeLabel({ name: noopLabel, ...issue });
  }
  await core.summary.addRaw(body).write();
};
