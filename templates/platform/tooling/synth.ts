import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeArchitectureDoc } from './architecture-doc';

/**
 * `npx projen synth` in one process: clears the output folder, synthesizes the app and draws the architecture doc.
 * (Three processes, one per step, spent more than half a second starting node and a TypeScript loader.) Usage:
 *
 *   synth <app entry, e.g. src/main.ts> <architecture doc, e.g. docs/architecture.md>
 *
 * The app entry's `createApp()` is synthesized (the sample's export); an entry that synthesizes when it is loaded is
 * left to do so, and one that does neither is run as a program of its own, as `node <entry>` would (with the loader).
 */
export function synthesize(appEntry: string, architectureDoc: string, outdir: string): void {
  fs.rmSync(outdir, { recursive: true, force: true });
  // The entry is the team's TypeScript, loaded through the TypeScript loader this script runs under.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const app = require(path.resolve(appEntry)) as { createApp?: () => { synth(): void } };
  const synthesizedOnLoad = fs.existsSync(path.join(outdir, 'manifest.json'));
  if (!synthesizedOnLoad && typeof app.createApp === 'function') {
    app.createApp().synth();
  } else if (!synthesizedOnLoad) {
    const ran = spawnSync(process.execPath, [...process.execArgv, '--require', require.resolve('./register-typescript.js'), appEntry], {
      stdio: 'inherit',
      env: process.env,
    });
    if (ran.status !== 0) throw new Error(`${appEntry} exited ${ran.status ?? ran.signal}`);
  }
  writeArchitectureDoc(outdir, architectureDoc);
}

if (require.main === module) {
  const [appEntry = 'src/main.ts', architectureDoc = path.join('docs', 'architecture.md')] = process.argv.slice(2);
  synthesize(appEntry, architectureDoc, process.env.CDKTF_OUTDIR ?? 'cdktf.out');
}
