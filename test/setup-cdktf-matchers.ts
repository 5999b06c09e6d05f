// The CDK-for-Terraform jest matchers (toHaveResource, toHaveResourceWithProperties...) for the platform tests.
// From cdktf's jest adapter alone: `Testing.setupJest()` would load all of cdktf (about 380 modules) into every test
// file, and many of them (the project, CI, generator and tooling tests) never use cdktf otherwise.
import { setupJest } from 'cdktf/lib/testing/adapters/jest';

setupJest();
