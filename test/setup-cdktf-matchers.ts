// The CDK-for-Terraform jest matchers (toHaveResource, toHaveResourceWithProperties...) for the platform tests.
import 'cdktf/lib/testing/adapters/jest';
import { Testing } from 'cdktf';

Testing.setupJest();
