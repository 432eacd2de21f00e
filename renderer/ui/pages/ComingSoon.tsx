import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';

export function ComingSoon({ title, description, children }: { title: MessageKey; description: MessageKey; children?: ReactNode }) {
  const { t } = useT();
  return (
    <section className="page">
      <PageHeading>{t(title)}</PageHeading>
      <div className="notice" role="status">
        <strong>{t('pages.comingSoon')}</strong>
        <p>{t(description)}</p>
      </div>
      {children}
    </section>
  );
}
