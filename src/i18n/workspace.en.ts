/** English strings of the transactions workspace, categories and rules (kept apart to keep files small). */
export const workspaceEn = {
  'workspace.placeholder': 'Workspace',
} as const;
