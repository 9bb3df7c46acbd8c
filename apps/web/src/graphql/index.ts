import addContribution from './add-contribution.graphql?raw';
import assignTask from './assign-task.graphql?raw';
import login from './login.graphql?raw';
import logout from './logout.graphql?raw';
import planTree from './plan-tree.graphql?raw';
import plans from './plans.graphql?raw';
import progressRate from './progress-rate.graphql?raw';
import progress from './progress.graphql?raw';
import reportProgress from './report-progress.graphql?raw';
import taskAudit from './task-audit.graphql?raw';
import { TASK_FIELDS } from './task-fields';
import units from './units.graphql?raw';
import updateTask from './update-task.graphql?raw';
import unitsWithMembers from './units-with-members.graphql?raw';
import users from './users.graphql?raw';
import createUser from './create-user.graphql?raw';
import updateUser from './update-user.graphql?raw';
import createUnit from './create-unit.graphql?raw';
import updateUnit from './update-unit.graphql?raw';
import deleteUnit from './delete-unit.graphql?raw';
import copyPlanToYear from './copy-plan-to-year.graphql?raw';
import planHistory from './plan-history.graphql?raw';
import planHeading from './plan-heading.graphql?raw';

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
  taskAudit,
  assignTask: withTaskFields(assignTask),
  reportProgress: withTaskFields(reportProgress),
  addContribution: withTaskFields(addContribution),
  updateTask: withTaskFields(updateTask),
  users,
  createUser,
  updateUser,
  createUnit,
  updateUnit,
  deleteUnit,
  copyPlanToYear,
  planHistory,
  planHeading,
};
