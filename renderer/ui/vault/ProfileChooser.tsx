import type { ProfileSummary } from '../../core/vault';
import { useT } from '../i18n/useT';
import { useProfiles } from './useProfiles';
import { vaultErrorMessage } from './vaultErrorMessage';

/** Names only: choosing a profile reveals nothing of the others (each has its own database and key). */
export function ProfileChooser({
  onChoose,
  onCreate,
}: {
  onChoose: (profile: ProfileSummary) => void;
  onCreate: () => void;
}) {
  const { t } = useT();
  const { profiles, error } = useProfiles();
  return (
    <div className="panel" aria-labelledby="vault-chooser-heading">
      <h2 id="vault-chooser-heading">{t('vault.chooser.heading')}</h2>
      <p className="help">{t('vault.chooser.intro')}</p>
      {error !== null && (
        <p className="error-message" role="alert">
          {t(vaultErrorMessage(error))}
        </p>
      )}
      {profiles !== null && profiles.length === 0 && <p>{t('vault.chooser.empty')}</p>}
      {profiles !== null && profiles.length > 0 && (
        <ul className="vault-profiles">
          {profiles.map((profile) => (
            <li key={profile.id}>
              <button type="button" onClick={() => onChoose(profile)}>
                {profile.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="vault-actions">
        <button type="button" onClick={onCreate}>
          {t('vault.chooser.create')}
        </button>
      </div>
    </div>
  );
}
