// Renders the "Profile defaults" table of docs/platform.md from PROFILE_DEFAULTS (src/resolve/capabilities/profile-defaults.ts),
// the table the resolver reads: `npx projen docs:profile-defaults`. test/docs/profile-defaults-doc.test.ts fails when the
// committed table differs from what this writes.
import * as fs from 'fs';
import * as path from 'path';
import { PROFILE_DEFAULTS_DOC, withProfileDefaultsTable } from '../../src/resolve/capabilities/profile-defaults-doc';

const file = path.resolve(__dirname, '..', '..', PROFILE_DEFAULTS_DOC.file);
const before = fs.readFileSync(file, 'utf-8');
const after = withProfileDefaultsTable(before);
if (after !== before) fs.writeFileSync(file, after);
console.log(`${PROFILE_DEFAULTS_DOC.file}: profile defaults table ${after === before ? 'unchanged' : 'rewritten'}`);
