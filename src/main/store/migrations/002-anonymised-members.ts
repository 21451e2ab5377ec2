import type { Migration } from './types';

/**
 * Version 2: a person can be deleted while each group keeps its history, so a
 * group file lists the members it now shows only as "Former member". Groups
 * written before had no such members: the list starts empty. The index file
 * keeps its shape and only takes the new version number.
 */
export const anonymisedMembers: Migration = {
  to: 2,
  name: 'anonymised-members',
  kinds: ['group'],
  up: (doc) => ({ ...doc, anonymisedMembers: [] }),
};
