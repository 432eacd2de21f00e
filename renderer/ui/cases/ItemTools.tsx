import type { ReactNode } from 'react';
import type { CaseBundle } from '../../core/cases';
import { DeleteItem } from './DeleteItem';
import { ItemHistory } from './ItemHistory';
import type { OpenCase } from './useCase';

/** Under an item: its own buttons (children), its history when it has one, and "Supprimer" (not in a closed case). */
export function ItemTools({
  open,
  bundle,
  recordId,
  what,
  children,
}: {
  open: OpenCase;
  bundle: CaseBundle;
  recordId: string;
  what: string;
  children?: ReactNode;
}) {
  return (
    <div className="case-item-tools">
      {children}
      <ItemHistory bundle={bundle} recordId={recordId} />
      <DeleteItem open={open} recordId={recordId} what={what} />
    </div>
  );
}
