// @ts-check
// Opens an issue when a stack differs from the code, updates it while drift lasts, and closes it once none is left.
const { details, reportRows, runUrl, table } = require('./report-rows');

const MARKER = '<!-- secure-aws-stack:drift -->';
const LABELS = { changed: 'DRIFT', unchanged: 'in sync', failed: 'FAILED (could not check)', missing: 'no report (job did not finish)' };

/** @param {{ github: any, context: any, core: any }} runtime the objects actions/github-script provides */
module.exports = async function reportDrift({ github, context, core }) {
  const rows = reportRows();
  const drifted = rows.filter((row) => row.status !== 'unchanged');
  const repo = { owner: context.repo.owner, repo: context.repo.repo };
  const url = runUrl(context);
  const issues = await github.paginate(github.rest.issues.listForRepo, { state: 'open', per_page: 100, ...repo });
  /** @type {{ number: number } | undefined} */
  const open = issues.find(
    (/** @type {any} */ i) => !i.pull_request && i.user && i.user.type === 'Bot' && typeof i.body === 'string' && i.body.startsWith(MARKER),
  );
  if (drifted.length > 0) {
    const body = [
      MARKER,
      '## Infrastructure drift',
      '',
      'These stacks differ from the default branch (`plan -detailed-exitcode`): a change made outside Terraform, or a change not deployed yet. Apply the code or bring the code in line.',
      '',
    ]
      .concat(table(rows, LABELS))
      .concat([''])
      .concat(details(drifted, 55000))
      .concat(['', `Last checked in [workflow run](${url}).`])
      .join('\n');
    const names = drifted.map((r) => r.stack).join(', ');
    if (open) {
      await github.rest.issues.update({ issue_number: open.number, body, ...repo });
      await github.rest.issues.createComment({ issue_number: open.number, body: `Still drifting: ${names} ([run](${url})).`, ...repo });
    } else {
      await github.rest.issues.create({ title: 'Infrastructure drift detected', body, ...repo });
    }
    core.warning(`Drift or failed checks in: ${names}`);
  } else if (open) {
    await github.rest.issues.createComment({ issue_number: open.number, body: `No drift left in any stack ([run](${url})); closing.`, ...repo });
    await github.rest.issues.update({ issue_number: open.number, state: 'closed', state_reason: 'completed', ...repo });
  }
  await core.summary.addRaw([MARKER, '## Drift'].concat(table(rows, LABELS)).join('\n')).write();
};
