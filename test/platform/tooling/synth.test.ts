import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthesize } from '../../../templates/platform/tooling/synth';

/** An app entry in a scratch folder, written in JavaScript so that it runs both in jest and under the tasks' TypeScript loader. */
function appEntry(body: string): { dir: string; entry: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-synth-'));
  const entry = path.join(dir, 'main.js');
  const cdktf = JSON.stringify(require.resolve('cdktf'));
  fs.writeFileSync(
    entry,
    `const { App, TerraformOutput, TerraformStack } = require(${cdktf});\n` +
      'function build(outdir) {\n' +
      '  const app = new App({ outdir });\n' +
      '  new TerraformOutput(new TerraformStack(app, "dev-account"), "x", { value: 1 });\n' +
      '  return app;\n' +
      '}\n' +
      body,
  );
  return { dir, entry };
}

describe('synth in one process', () => {
  test('clears the output, synthesizes the exported createApp() and draws the architecture doc', () => {
    const { dir, entry } = appEntry("exports.createApp = () => build(process.env.SAS_TEST_OUTDIR);\nif (require.main === module) throw new Error('run as a program');\n");
    const outdir = path.join(dir, 'cdktf.out');
    fs.mkdirSync(path.join(outdir, 'stacks', 'removed-stack'), { recursive: true });
    process.env.SAS_TEST_OUTDIR = outdir;
    try {
      synthesize(entry, path.join(dir, 'docs', 'architecture.md'), outdir);
    } finally {
      delete process.env.SAS_TEST_OUTDIR;
    }
    expect(fs.readdirSync(path.join(outdir, 'stacks'))).toEqual(['dev-account']);
    expect(fs.readFileSync(path.join(dir, 'docs', 'architecture.md'), 'utf-8')).toContain('```mermaid');
  });

  test('an entry that synthesizes when it is loaded is not synthesized again', () => {
    const { dir, entry } = appEntry(`build(${JSON.stringify('OUTDIR')}).synth();\nexports.createApp = () => { throw new Error('synthesized twice'); };\n`);
    const outdir = path.join(dir, 'cdktf.out');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf-8').replace('"OUTDIR"', JSON.stringify(outdir)));
    synthesize(entry, path.join(dir, 'architecture.md'), outdir);
    expect(fs.readdirSync(path.join(outdir, 'stacks'))).toEqual(['dev-account']);
  });

  test('an entry without createApp that synthesizes only as a program runs as one', () => {
    const { dir, entry } = appEntry('if (require.main === module) build(process.env.SAS_TEST_OUTDIR).synth();\n');
    const outdir = path.join(dir, 'cdktf.out');
    process.env.SAS_TEST_OUTDIR = outdir;
    try {
      synthesize(entry, path.join(dir, 'architecture.md'), outdir);
    } finally {
      delete process.env.SAS_TEST_OUTDIR;
    }
    expect(fs.readdirSync(path.join(outdir, 'stacks'))).toEqual(['dev-account']);
    expect(fs.existsSync(path.join(dir, 'architecture.md'))).toBe(true);
  });
});
