import { describe, expect, it } from 'vitest';
import { canDeleteContent, canEditStructure, canManageLanes, canWriteLane, cellLanesFor, readOnlyReason } from './access';

const firmLane = { customerWritable: false };
const customerLane = { customerWritable: true };

describe('editor access', () => {
  it('lets staff editors write every lane but not manage lanes', () => {
    const editor = { role: 'editor', side: 'firm', customerEditMode: 'direct' } as const;
    expect(readOnlyReason(editor)).toBeNull();
    expect(canWriteLane(editor, firmLane)).toBe(true);
    expect(canManageLanes(editor)).toBe(false);
    expect(canManageLanes({ ...editor, role: 'moderator' })).toBe(true);
  });

  it('keeps customers to customer lanes, and out of everything on propose-only boards', () => {
    const customer = { role: 'contributor', side: 'customer', customerEditMode: 'direct' } as const;
    expect(canWriteLane(customer, customerLane)).toBe(true);
    expect(canWriteLane(customer, firmLane)).toBe(false);
    const proposer = { ...customer, customerEditMode: 'propose' } as const;
    expect(readOnlyReason(proposer)).toMatch(/proposals/);
    expect(canWriteLane(proposer, customerLane)).toBe(false);
  });

  it('makes observers read-only with a reason', () => {
    const observer = { role: 'observer', side: 'firm', customerEditMode: 'direct' } as const;
    expect(readOnlyReason(observer)).toMatch(/observer/);
    expect(canEditStructure(observer)).toBe(false);
  });
});

describe('what customers may create and delete', () => {
  const lanes = [
    { id: 'a', customerWritable: true },
    { id: 'b', customerWritable: false },
  ];
  it('gives customers cells only in open lanes and keeps deletion to the firm', () => {
    const customer = { role: 'contributor', side: 'customer', customerEditMode: 'direct' } as const;
    expect(cellLanesFor(customer, lanes)).toEqual(['a']);
    expect(canDeleteContent(customer)).toBe(false);
    const editor = { role: 'editor', side: 'firm', customerEditMode: 'direct' } as const;
    expect(cellLanesFor(editor, lanes)).toBeUndefined();
    expect(canDeleteContent(editor)).toBe(true);
  });
});
