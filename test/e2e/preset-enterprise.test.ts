import { describePreset } from './repository-checks';

/** The enterprise preset end to end (e2e.test.ts covers the default multi-region preset). */
describePreset('enterprise', ['us-east-1', 'us-west-2', 'us-east-2']);
