import assignTask from './assign-task.graphql?raw';
import login from './login.graphql?raw';
import logout from './logout.graphql?raw';
import planTree from './plan-tree.graphql?raw';
import plans from './plans.graphql?raw';
import progressRate from './progress-rate.graphql?raw';
import progress from './progress.graphql?raw';
import reportProgress from './report-progress.graphql?raw';
import { TASK_FIELDS } from './task-fields';
import units from './units.graphql?raw';
import unitsWithMembers from './units-with-members.graphql?raw';

const FRAGMENT = `fragment TaskFields on Task {${TASK_FIELDS}}`;
const withTaskFields = (operation: string) => `${operation}\n${FRAGMENT}`;

/** One operation per .graphql file; the task fragment is appended where an operation spreads it. */
export const operations = {
  login,
  logout,
  plans,
  planTree,
  units,
  unitsWithMembers,
  progress,
  progressRate,
  assignTask: withTaskFields(assignTask),
  reportProgress: withTaskFields(reportProgress),
};
