import { useEffect, useState } from 'react';
import type { AppInfo } from '../../core/platform';
import { PackUpdatePanel } from '../content/PackUpdatePanel';
import { packErrorText } from '../content/packErrorMessage';
import { useContent } from '../content/useContent';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { PageHeading } from '../shell/PageHeading';
import { BackupPanel } from '../backup/BackupPanel';
import { OfficeSettingsPanel } from '../settings/OfficeSettingsPanel';
import { AutoLockSetting } from '../vault/AutoLockSetting';
import { ChangePassphraseForm } from '../vault/ChangePassphraseForm';
import { RekeyPanel } from '../vault/RekeyPanel';
import { usePlatform } from '../shell/usePlatform';
import { useHashRoute } from '../shell/useHashRoute';
import { WorkshopPanel } from '../workshop/WorkshopPanel';
import { WorkshopScreen } from '../workshop/WorkshopScreen';

export function SettingsPage() {
  const { t, language } = useT();
  const platform = usePlatform();
  const content = useContent();
  const [info, setInfo] = useState<AppInfo | null>(null);
  // "#/parametres/sauvegarde" (the backup reminder's link) and "#/parametres/bureau" (the referral
  // sheet's) bring their panel into view.
  const section = useHashRoute().rest[0];
  useEffect(() => {
    // "#/parametres/cles": the link shown after a recovery-key unlock (issue 18, point 5).
    const target =
      section === 'sauvegarde'
        ? 'backup-title'
        : section === 'bureau'
          ? 'office-title'
          : section === 'cles'
            ? 'rekey-title'
            : null;
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, [section]);
  useEffect(() => {
    let live = true;
    void platform.appInfo().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, [platform]);
  // "#/parametres/atelier": the jurists' workshop (issue 20) takes the whole page.
  if (section === 'atelier') return <WorkshopScreen />;
  return (
    <section className="page">
      <PageHeading>{t('pages.settings.title')}</PageHeading>
      <div className="panel">
        <LanguageSwitch id="settings-language" />
        <p className="help">{t('pages.settings.languageHelp')}</p>
      </div>
      <div className="panel">
        <AutoLockSetting />
        <ChangePassphraseForm />
      </div>
      <RekeyPanel />
      <div className="panel">
        <h2>{t('pages.settings.about')}</h2>
        {info && (
          <>
            <p>{t('pages.settings.version', { version: info.appVersion })}</p>
            <p>
              {info.dataLocation.kind === 'folder'
                ? t('pages.settings.dataFolder', { path: info.dataLocation.path })
                : t('pages.settings.dataBrowser')}
            </p>
            {info.portable && <p className="warning">{t('pages.settings.portable')}</p>}
          </>
        )}
        {content.status === 'ready' && (
          <>
            <p>
              {t('content.packVersion', {
                version: content.pack.manifest.packVersion,
                validAsOf: formatDate(language, content.pack.manifest.validAsOf),
              })}
            </p>
            {content.pack.signedBy.dev && <p className="warning">{t('content.packDev')}</p>}
          </>
        )}
        {content.status === 'failed' && (
          <p className="error-message" role="alert">
            <strong>{t('content.failedTitle')}</strong>
            <br />
            {packErrorText(t, content.error)}
          </p>
        )}
      </div>
      <OfficeSettingsPanel />
      <BackupPanel />
      <PackUpdatePanel />
      <WorkshopPanel />
    </section>
  );
}
