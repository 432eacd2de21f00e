import { VaultPage } from '../vault/VaultPage';

// The case notebook lives behind the vault: VaultPage shows the chooser/unlock screens, and the
// notebook itself (a later issue) goes in as its children.
export function CasesPage() {
  return <VaultPage />;
}
