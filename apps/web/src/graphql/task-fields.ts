/** The task fields every mutation asks back, the same as the plan tree's. */
export const TASK_FIELDS = `
  id code description version status result measuredValue target expectedProduct
  deadline { text recurring dueDate freeText }
  leadUnits { id name }
  coordinatingUnits { id name }
  updates { kind status result measuredValue reportedAt author { fullName } evidence { number date title fileId } }
`;
