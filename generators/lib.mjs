// The generators' logic is TypeScript compiled to CommonJS in lib/generators (unit-tested in-process).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const generators = require('../lib/generators/index.js');
export const packageJson = require('../package.json');
