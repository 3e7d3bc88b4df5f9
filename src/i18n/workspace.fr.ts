import type { workspaceEn } from './workspace.en';

export const workspaceFr: Record<keyof typeof workspaceEn, string> = {
  'workspace.placeholder': 'Espace de travail',
};
