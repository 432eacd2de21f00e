import { ContentGate } from '../content/ContentGate';
import { useT } from '../i18n/useT';
import { ActorTypesView } from './ActorTypesView';
import { GuidelinesView } from './GuidelinesView';
import { OfficeDirectory } from './OfficeDirectory';
import './referral.css';

export type ReferralSection = 'guidelines' | 'actors' | 'directory';
export const SECTION_PATHS: Record<ReferralSection, string> = {
  guidelines: 'orientation',
  actors: 'orientation/acteurs',
  directory: 'orientation/repertoire',
};

/** `#/orientation/acteurs` → 'actors'; anything unknown falls back to the guidelines. */
export function sectionOf(rest: readonly string[]): ReferralSection {
  if (rest[0] === 'acteurs') return 'actors';
  if (rest[0] === 'repertoire') return 'directory';
  return 'guidelines';
}

/** The three parts of the page as links (addresses people can bookmark), then the chosen part. */
export function ReferralSections({ section }: { section: ReferralSection }) {
  const { t } = useT();
  return (
    <>
      <nav className="section-tabs" aria-label={t('directory.sections')}>
        {(['guidelines', 'actors', 'directory'] as const).map((s) => (
          <a key={s} href={`#/${SECTION_PATHS[s]}`} aria-current={s === section ? 'page' : undefined}>
            {t(`directory.section.${s}`)}
          </a>
        ))}
      </nav>
      {/* The office's directory does not need the content pack: it stays usable if the pack is refused. */}
      {section === 'directory' ? (
        <OfficeDirectory />
      ) : (
        <ContentGate>
          {(pack) => (section === 'actors' ? <ActorTypesView pack={pack} /> : <GuidelinesView pack={pack} />)}
        </ContentGate>
      )}
    </>
  );
}
