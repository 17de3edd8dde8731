import { removeTestPolicies } from './policy-files';

// Policy files are machine-wide: whatever a failed or killed spec left behind goes here.
export default function globalTeardown(): void {
  removeTestPolicies();
}
