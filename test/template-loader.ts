import * as path from 'path';
import { TYPESCRIPT_LOADER_IN_LIBRARY } from '../src/components/typescript-command';
import { TEMPLATES_DIR } from '../src/templates';

/** The platform library's TypeScript loader as this package ships it, for tests that run the library's files. */
export const TEMPLATE_TYPESCRIPT_LOADER = path.join(TEMPLATES_DIR, 'platform', TYPESCRIPT_LOADER_IN_LIBRARY);
