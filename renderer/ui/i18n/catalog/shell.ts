import { defineNamespace } from './defineNamespace';

export const shell = defineNamespace({
  fr: {
    appName: 'Dalili',
    tagline: 'Traite, travail forcé et travail des enfants : textes, indicateurs, dossiers',
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
    searchLabel: 'Rechercher dans la bibliothèque',
    searchPlaceholder: 'Rechercher… (Ctrl+K)',
    searchSubmit: 'Rechercher',
    language: 'Langue',
    'nav.library': 'Bibliothèque',
    'nav.search': 'Recherche',
    'nav.indicators': 'Indicateurs',
    'nav.referral': 'Orientation',
    'nav.cases': 'Dossiers',
    'nav.settings': 'Paramètres',
    loadingPage: 'Chargement de la page…',
    offlineNote: 'Fonctionne sans internet. Aucune donnée ne quitte cet ordinateur.',
    'error.title': 'Une erreur inattendue est survenue',
    'error.body':
      'Cette page n’a pas pu s’afficher. Vos données ne sont pas touchées. Rechargez la page ; si le problème revient, notez ce que vous faisiez et signalez-le.',
    'error.reload': 'Recharger',
    'notFound.title': 'Page introuvable',
    'notFound.body':
      'L’adresse « {address} » ne correspond à aucune page. Choisissez une section dans le menu.',
    // Issue 18, point 6: the panic button and shortcut.
    'panic.button': 'Sortie rapide',
    'panic.hint':
      'Verrouille le carnet tout de suite, efface le repérage en cours et affiche la bibliothèque. Raccourci : Ctrl+Maj+X',
  },
  en: {
    appName: 'Dalili',
    tagline: 'Trafficking, forced labour and child labour: texts, indicators, cases',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
    searchLabel: 'Search the library',
    searchPlaceholder: 'Search… (Ctrl+K)',
    searchSubmit: 'Search',
    language: 'Language',
    'nav.library': 'Library',
    'nav.search': 'Search',
    'nav.indicators': 'Indicators',
    'nav.referral': 'Referral',
    'nav.cases': 'Cases',
    'nav.settings': 'Settings',
    loadingPage: 'Loading the page…',
    offlineNote: 'Works without internet. No data leaves this computer.',
    'error.title': 'An unexpected error occurred',
    'error.body':
      'This page could not be shown. Your data is untouched. Reload the page; if the problem returns, note what you were doing and report it.',
    'error.reload': 'Reload',
    'notFound.title': 'Page not found',
    'notFound.body': 'The address “{address}” matches no page. Choose a section in the menu.',
    // Issue 18, point 6: the panic button and shortcut.
    'panic.button': 'Quick exit',
    'panic.hint':
      'Locks the notebook at once, erases the screening under way and shows the library. Shortcut: Ctrl+Shift+X',
  },
  sw: {
    appName: 'Dalili',
    tagline: 'Biashara ya binadamu, kazi ya kulazimishwa na kazi ya watoto: sheria, dalili, mafaili',
    skipToContent: 'Nenda kwenye maudhui',
    mainNavigation: 'Menyu kuu',
    searchLabel: 'Tafuta katika maktaba',
    searchPlaceholder: 'Tafuta… (Ctrl+K)',
    searchSubmit: 'Tafuta',
    language: 'Lugha',
    'nav.library': 'Maktaba',
    'nav.search': 'Utafutaji',
    'nav.indicators': 'Viashiria',
    'nav.referral': 'Rufaa',
    'nav.cases': 'Mafaili',
    'nav.settings': 'Mipangilio',
    loadingPage: 'Ukurasa unapakia…',
    offlineNote: 'Inafanya kazi bila intaneti. Hakuna data inayotoka kwenye kompyuta hii.',
    'error.title': 'Hitilafu isiyotarajiwa imetokea',
    'error.body':
      'Ukurasa huu haukuweza kuonyeshwa. Data yako haijaguswa. Pakia upya ukurasa; tatizo likirudi, andika ulichokuwa ukifanya na uripoti.',
    'error.reload': 'Pakia upya',
    'notFound.title': 'Ukurasa haupatikani',
    'notFound.body': 'Anwani “{address}” hailingani na ukurasa wowote. Chagua sehemu kwenye menyu.',
    // Issue 18, point 6: the panic button and shortcut.
    'panic.button': 'Toka haraka',
    'panic.hint':
      'Inafunga daftari mara moja, inafuta uchunguzi unaoendelea na inaonyesha maktaba. Njia ya mkato: Ctrl+Shift+X',
  },
});
