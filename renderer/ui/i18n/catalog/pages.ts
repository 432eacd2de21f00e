import { defineNamespace } from './defineNamespace';

// Placeholders until each section's issue lands: they say plainly what is coming.
export const pages = defineNamespace({
  fr: {
    comingSoon: 'Bientôt disponible',
    'library.title': 'Bibliothèque',
    'library.coming':
      'Les textes juridiques (droit congolais et instruments internationaux), les indicateurs et les lignes directrices d’orientation, article par article, avec leurs sources et leur statut de vérification.',
    'search.title': 'Recherche',
    'search.coming':
      'La recherche plein texte dans toute la bibliothèque : sans accents, en français, et directement vers un article (« art. 53 loi 09/001 »).',
    'search.query': 'Votre recherche : « {query} »',
    'indicators.title': 'Indicateurs',
    'indicators.coming':
      'Les indicateurs du travail forcé, de la traite et du travail des enfants, et un outil de repérage pour un adulte ou un enfant, avec un résumé imprimable sans nom.',
    'referral.title': 'Orientation',
    'referral.coming':
      'Les lignes directrices d’orientation des victimes et le répertoire des acteurs de votre bureau, conservé sur cet ordinateur.',
    'cases.title': 'Dossiers',
    'cases.coming':
      'Le carnet de dossiers chiffré : dossiers, personnes, repérages, orientations, notes et pièces jointes, illisibles sans la phrase secrète.',
    'settings.title': 'Paramètres',
    'settings.languageHelp':
      'La langue de l’interface. Les textes juridiques restent dans leur langue d’origine quand il n’existe pas de traduction.',
    'settings.about': 'À propos',
    'settings.version': 'Version de l’application : {version}',
    'settings.dataBrowser': 'Les données sont conservées dans le stockage de ce navigateur.',
    'settings.dataFolder': 'Les données sont conservées dans le dossier : {path}',
    'settings.portable':
      'Mode portable : toutes les données restent sur la clé USB. Quittez Dalili avant de retirer la clé.',
  },
  en: {
    comingSoon: 'Coming soon',
    'library.title': 'Library',
    'library.coming':
      'The legal texts (Congolese law and international instruments), the indicators and the referral guidelines, article by article, with their sources and verification status.',
    'search.title': 'Search',
    'search.coming':
      'Full-text search across the whole library: accent-insensitive, French-aware, and straight to an article (“art. 53 loi 09/001”).',
    'search.query': 'Your search: “{query}”',
    'indicators.title': 'Indicators',
    'indicators.coming':
      'Indicators of forced labour, trafficking and child labour, and a screening tool for an adult or a child, with a printable summary that holds no name.',
    'referral.title': 'Referral',
    'referral.coming':
      'Victim referral guidelines and your office’s directory of actors, kept on this computer.',
    'cases.title': 'Cases',
    'cases.coming':
      'The encrypted case notebook: cases, persons, screenings, referrals, notes and attachments, unreadable without the passphrase.',
    'settings.title': 'Settings',
    'settings.languageHelp':
      'The interface language. Legal texts stay in their original language when no translation exists.',
    'settings.about': 'About',
    'settings.version': 'Application version: {version}',
    'settings.dataBrowser': 'Data is kept in this browser’s storage.',
    'settings.dataFolder': 'Data is kept in the folder: {path}',
    'settings.portable':
      'Portable mode: all data stays on the USB stick. Quit Dalili before unplugging the stick.',
  },
  sw: {
    comingSoon: 'Inakuja hivi karibuni',
    'library.title': 'Maktaba',
    'library.coming':
      'Maandishi ya sheria (sheria za Kongo na mikataba ya kimataifa), dalili na miongozo ya rufaa, kifungu kwa kifungu, pamoja na vyanzo vyake na hali ya uhakiki.',
    'search.title': 'Utafutaji',
    'search.coming':
      'Utafutaji wa maandishi yote katika maktaba: bila kujali alama za herufi, unaoelewa Kifaransa, na moja kwa moja hadi kifungu (“art. 53 loi 09/001”).',
    'search.query': 'Utafutaji wako: “{query}”',
    'indicators.title': 'Viashiria',
    'indicators.coming':
      'Dalili za kazi ya kulazimishwa, biashara ya binadamu na kazi ya watoto, na chombo cha uchunguzi kwa mtu mzima au mtoto, pamoja na muhtasari wa kuchapisha usio na jina.',
    'referral.title': 'Rufaa',
    'referral.coming':
      'Miongozo ya rufaa ya waathiriwa na orodha ya wahusika wa ofisi yako, inayohifadhiwa kwenye kompyuta hii.',
    'cases.title': 'Mafaili',
    'cases.coming':
      'Daftari la mafaili lililosimbwa: mafaili, watu, uchunguzi, rufaa, maelezo na viambatisho, visivyosomeka bila neno la siri.',
    'settings.title': 'Mipangilio',
    'settings.languageHelp':
      'Lugha ya kiolesura. Maandishi ya sheria yanabaki katika lugha yake ya asili pale ambapo hakuna tafsiri.',
    'settings.about': 'Kuhusu',
    'settings.version': 'Toleo la programu: {version}',
    'settings.dataBrowser': 'Data inahifadhiwa katika hifadhi ya kivinjari hiki.',
    'settings.dataFolder': 'Data inahifadhiwa katika folda: {path}',
    'settings.portable': 'Hali ya kubebeka: data yote inabaki kwenye USB. Funga Dalili kabla ya kuondoa USB.',
  },
});
