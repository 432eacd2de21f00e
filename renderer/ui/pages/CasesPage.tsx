import { CaseNotebook } from '../cases/CaseNotebook';
import { VaultPage } from '../vault/VaultPage';

// The case notebook lives behind the vault: VaultPage shows the chooser/unlock screens, and the
// notebook only while a notebook is open.
export function CasesPage() {
  return (
    <VaultPage>
      <CaseNotebook />
    </VaultPage>
  );
}
