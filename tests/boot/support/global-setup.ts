import { builtAppProblem } from './built-app';

// Refuses to run against a missing or stale build, with the command that fixes it.
export default function setup(): void {
  const problem = builtAppProblem();
  if (problem) throw new Error(problem);
}
