export const ROLES = ['owner', 'moderator', 'editor', 'contributor', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const SIDES = ['firm', 'customer'] as const;
export type Side = (typeof SIDES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  owner: 'Owner',
  moderator: 'Moderator',
  editor: 'Editor',
  contributor: 'Contributor',
  observer: 'Observer',
};

export const ROLE_DESCRIPTION: Record<Role, string> = {
  owner: 'Everything, including members, settings and deletion',
  moderator: 'Runs sessions, decides proposals, invites people',
  editor: 'Staff who edit the scripts directly',
  contributor: 'Customers by default: edit or propose, as the board says',
  observer: 'Reads only',
};
