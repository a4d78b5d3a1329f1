'use client';

import type { CustomerEditMode, CustomerVisibility } from '@/lib/shared/policy';
import { useLiveAccess } from './use-live-access';

/** How customers take part on this board, following the owner's changes live. */
export function LiveCustomerRules(props: { boardId: string; rendered: Parameters<typeof useLiveAccess>[1]; show: 'editMode' | 'visibility' }) {
  const { board } = useLiveAccess(props.boardId, props.rendered);
  return props.show === 'editMode' ? <>{EDIT_MODE[board.customerEditMode]}</> : <>{VISIBILITY[board.customerVisibility]}</>;
}

const EDIT_MODE: Record<CustomerEditMode, string> = { direct: 'Edit the scripts directly', propose: 'Propose changes for review' };
const VISIBILITY: Record<CustomerVisibility, string> = { named: 'Shown to everyone', anonymous: 'Anonymous to other customers' };
