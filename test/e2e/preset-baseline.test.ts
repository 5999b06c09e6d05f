import { describePreset } from './repository-checks';

/** The baseline preset end to end (e2e.test.ts covers the default multi-region preset). */
describePreset('baseline', ['us-east-1']);
