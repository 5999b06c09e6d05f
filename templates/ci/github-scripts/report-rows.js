// @ts-check
// The stacks' reports as the Terraform jobs uploaded them, read from the environment and the file system only (never
// from workflow expressions, so nothing a pull request controls becomes code): `$REPORTS/<artifact>/result.json`
// and `plan.txt`, and the expected stacks by environment in `$STACKS` (the synth job's output).
const fs = require('fs');
const path = require('path');

/**
 * @typedef {{ stack: string, environment: string, status: string, plan: string }} Row
 * @typedef {{ serverUrl: string, runId: number, repo: { owner: string, repo: string } }} RunContext
 */

/** @returns {Map<string, { stack: string, status: string, plan: string }>} */
function readReports() {
  const reports = new Map();
  const root = process.env.REPORTS;
  if (!root || !fs.existsSync(root)) return reports;
  for (const dir of fs.readdirSync(root)) {
    const resultFile = path.join(root, dir, 'result.json');
    if (!fs.existsSync(resultFile)) continue;
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf-8'));
    const planFile = path.join(root, dir, 'plan.txt');
    result.plan = fs.existsSync(planFile) ? fs.readFileSync(planFile, 'utf-8') : '';
    reports.set(result.stack, result);
  }
  return reports;
}

/** One row per expected stack, `missing` when its job uploaded no report. @returns {Row[]} */
function reportRows() {
  const reports = readReports();
  /** @type {Record<string, string[]>} */
  const stacksByEnvironment = JSON.parse(process.env.STACKS || '{}');
  return Object.entries(stacksByEnvironment).flatMap(([environment, stacks]) =>
    stacks.map((stack) => {
      const report = reports.get(stack);
      return { stack, environment, status: report ? report.status : 'missing', plan: report ? report.plan : '' };
    }),
  );
}

/** @param {RunContext} context */
function runUrl(context) {
  return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
}

/** The plan's closing line (or error), escaped for a table cell. @param {Row} row */
function summaryOf(row) {
  const line = row.plan.match(/^(Plan: .*|No changes\..*|Error: .*)$/m);
  return line ? line[0].replace(/\|/g, '\\|') : '';
}

/** A fence that the plan's own text cannot close, clipped to `limit` characters. @param {string} text @param {number} limit */
function fenced(text, limit) {
  const clipped = text.length > limit ? `${text.slice(0, limit)}\n... (truncated: the job summary and the artifact hold the whole output)` : text;
  return `~~~~text\n${clipped.replace(/~~~~/g, '~~~\u200b~')}\n~~~~`;
}

/** A collapsed section per row, sharing `budget` characters. @param {Row[]} selected @param {number} budget */
function details(selected, budget) {
  const limit = Math.max(2000, Math.floor(budget / Math.max(selected.length, 1)));
  return selected.map((row) => `<details><summary>${row.stack} (${row.status})</summary>\n\n${fenced(row.plan, limit)}\n\n</details>`);
}

/** @param {Row[]} rows @param {Record<string, string>} labels */
function table(rows, labels) {
  return ['| Stack | Environment | Result | Summary |', '| --- | --- | --- | --- |'].concat(
    rows.map((row) => `| ${row.stack} | ${row.environment} | ${labels[row.status]} | ${summaryOf(row)} |`),
  );
}

module.exports = { reportRows, runUrl, details, table };
