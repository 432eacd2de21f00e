import { defineNamespace } from './defineNamespace';

// Messages for the content pack: its state and every reason a pack can be refused.
export const content = defineNamespace({
  fr: {
    loading: 'Chargement et vérification de la bibliothèque…',
    failedTitle: 'La bibliothèque n’a pas pu être ouverte',
    failedPart: 'Partie concernée : {part}.',
    failedNext:
      'Aucun texte non vérifié n’est affiché. Réinstallez Dalili depuis une clé USB de confiance ou demandez une nouvelle copie à votre bureau.',
    packVersion: 'Bibliothèque : version {version}, à jour au {validAsOf}',
    packDev: 'Pack de développement (signé avec la clé de test) : ne pas utiliser en production.',
    'error.missing-part': 'Un fichier de la bibliothèque est manquant.',
    'error.malformed': 'Un fichier de la bibliothèque est illisible ou mal formé.',
    'error.signature-invalid':
      'La signature de la bibliothèque n’est pas valide : le contenu a pu être modifié.',
    'error.untrusted-key': 'La bibliothèque est signée par une clé que Dalili ne reconnaît pas.',
    'error.dev-key-refused': 'Cette bibliothèque est signée avec la clé de test, refusée ici.',
    'error.hash-mismatch': 'Un fichier de la bibliothèque a été modifié ou abîmé (empreinte différente).',
    'error.older-version': 'Cette bibliothèque est plus ancienne que celle en service.',
    'error.same-version': 'Cette bibliothèque a la même version que celle en service.',
    'error.schema-unsupported':
      'Cette bibliothèque a un format que cette version de Dalili ne sait pas lire.',
    'error.not-a-pack': 'Ce fichier n’est pas une bibliothèque Dalili (.dalili-pack).',
    'error.container-unsupported':
      'Ce fichier de bibliothèque a un format que cette version de Dalili ne sait pas lire.',
    'error.too-large': 'Ce fichier de bibliothèque dépasse la taille admise.',
    'error.truncated': 'Ce fichier de bibliothèque est incomplet (tronqué).',
    'error.unknown': 'Une erreur inattendue a empêché d’ouvrir la bibliothèque.',
    'update.title': 'Mise à jour de la bibliothèque',
    'update.sourceBundled': 'Il s’agit de la bibliothèque livrée avec Dalili.',
    'update.sourceImported':
      'Il s’agit d’une mise à jour importée. La bibliothèque livrée avec Dalili reste disponible en secours.',
    'update.help':
      'Une mise à jour arrive sur clé USB sous la forme d’un fichier .dalili-pack (complète) ou .dalili-delta (partielle : seulement ce qui a changé depuis la version en service). Dalili vérifie sa signature et chaque fichier avant de vous montrer ce qui change ; rien n’est remplacé sans votre accord.',
    'update.choose': 'Importer une mise à jour (.dalili-pack ou .dalili-delta)…',
    'update.checking': 'Vérification du fichier…',
    'update.cancelled': 'Aucun fichier choisi.',
    'update.unreadable': 'Le fichier n’a pas pu être lu. Vérifiez la clé USB et réessayez.',
    'update.refused': 'Mise à jour refusée : {reason} La bibliothèque en service n’a pas changé.',
    'update.previewTitle': 'Version {from} → version {to}',
    'update.added': 'Documents ajoutés : {count}',
    'update.changed': 'Documents modifiés : {count}',
    'update.removed': 'Documents retirés : {count}',
    'update.noDocumentChange': 'Aucun document ajouté, modifié ni retiré.',
    'update.changeDetail':
      '{title} : {added, plural, one {# ajouté} other {# ajoutés}}, {changed, plural, one {# modifié} other {# modifiés}}, {removed, plural, one {# retiré} other {# retirés}}',
    'update.documentOnly': '{title} : informations du document modifiées',
    'update.activate': 'Activer cette version',
    'update.cancel': 'Annuler',
    'update.activated': 'La version {version} de la bibliothèque est en service.',
    'update.revert': 'Revenir à la bibliothèque livrée avec Dalili',
    'update.reverted': 'La bibliothèque livrée avec Dalili est de nouveau en service (version {version}).',
    'update.failedSave':
      'La mise à jour n’a pas pu être enregistrée sur cet ordinateur. La bibliothèque en service n’a pas changé.',
    'update.importedRefusedAtStart':
      'La mise à jour importée a été refusée au démarrage ({reason}). La bibliothèque livrée avec Dalili est utilisée.',
    'update.bundledRefusedAtStart':
      'La bibliothèque livrée avec Dalili a été refusée au démarrage ({reason}). La dernière mise à jour vérifiée est utilisée.',
    // Issue 20: deltas, the import's changes entry by entry, publishing with a publisher key file.
    'error.wrong-base':
      'Cette mise à jour partielle (.dalili-delta) a été préparée à partir d’une autre version de la bibliothèque que celle en service : elle ne peut pas s’y appliquer. Demandez la mise à jour complète (.dalili-pack), ou celle préparée pour votre version.',
    'error.delta-unsupported':
      'Cette mise à jour partielle a été préparée avec une autre version de Dalili : elle ne peut pas être reconstruite sur cet ordinateur. Demandez la mise à jour complète (.dalili-pack).',
    'delta.step.signature': 'Vérification de la signature…',
    'delta.step.rebuild': 'Reconstruction de la bibliothèque complète à partir de la version en service…',
    'delta.step.index': 'Reconstruction de l’index de recherche…',
    'delta.step.check': 'Contrôle de chaque fichier reconstruit avec son empreinte signée…',
    'delta.progress': 'Étape {step} sur {total} : {label}',
    'delta.kind':
      'Mise à jour partielle : le fichier ne contient que les documents modifiés depuis la version {base}. La bibliothèque complète a été reconstruite et vérifiée comme une mise à jour complète.',
    'update.entryAdded': 'Entrée ajoutée : {label}',
    'update.entryRemoved': 'Entrée retirée : {label}',
    'update.entryChanged': '{label} : {fields}',
    'update.field.official-added': 'texte officiel ajouté',
    'update.field.official-changed': 'texte officiel modifié',
    'update.field.official-removed': 'texte officiel retiré',
    'update.field.level': 'niveau changé ({from} → {to})',
    'update.field.summary': 'résumé modifié',
    'update.field.heading': 'intitulé modifié',
    'update.field.sources': 'sources modifiées',
    'update.field.versions': 'versions dans le temps modifiées',
    'update.field.other': 'autres informations modifiées',
    'publish.error.not-a-key-file':
      'Ce fichier n’est pas une clé d’éditeur protégée de Dalili (.dalili-key).',
    'publish.error.unsupported-version':
      'Cette clé d’éditeur a un format plus récent que cette version de Dalili. Installez une version récente de Dalili.',
    'publish.error.damaged':
      'Ce fichier de clé d’éditeur est endommagé ou incomplet. Reprenez la copie de sauvegarde de la clé.',
    'publish.error.wrong-passphrase':
      'La phrase secrète ne correspond pas à cette clé d’éditeur. Vérifiez-la (majuscules, accents) et réessayez.',
    'publish.error.root-key':
      'Ce fichier contient une clé racine. Une clé racine sert seulement à certifier les éditeurs, sur l’ordinateur hors ligne ; elle ne publie jamais. Chargez la clé d’éditeur du bureau.',
    'publish.error.not-certified':
      'La clé de ce fichier n’est pas celle que nomme son certificat. Demandez au responsable des clés un nouveau fichier de clé.',
    'publish.error.untrusted':
      'Le certificat de cette clé n’est pas signé par une racine que cette version de Dalili reconnaît : ce qu’elle publierait serait refusé.',
    'publish.error.role-refused': 'Le certificat de cette clé ne l’autorise pas à publier des contenus.',
    'publish.error.revoked':
      'Cette clé d’éditeur a été révoquée : elle ne peut plus publier. Demandez une nouvelle clé au responsable des clés.',
    'publish.error.certificate-expired':
      'Le certificat de cette clé d’éditeur a expiré. Demandez son renouvellement au responsable des clés.',
    'publish.error.certificate-not-yet-valid':
      'Le certificat de cette clé d’éditeur n’est pas encore valable. Vérifiez la date de l’ordinateur.',
    'publish.error.forgotten':
      'La clé d’éditeur a été oubliée (verrouillage ou fermeture de l’atelier). Chargez-la de nouveau pour publier.',
    'publish.error.delta-unavailable':
      'Ces modifications ne peuvent pas être publiées en mise à jour partielle. Publiez une mise à jour complète.',
    'publish.error.nothing-changed':
      'Rien n’a changé depuis la version en service : il n’y a rien à publier.',
    'publish.error.version-not-newer':
      'Le numéro de la nouvelle version doit être plus grand que celui de la version en service.',
  },
  en: {
    loading: 'Loading and verifying the library…',
    failedTitle: 'The library could not be opened',
    failedPart: 'Part concerned: {part}.',
    failedNext:
      'No unverified text is shown. Reinstall Dalili from a trusted USB stick or ask your office for a new copy.',
    packVersion: 'Library: version {version}, up to date as of {validAsOf}',
    packDev: 'Development pack (signed with the test key): not for production use.',
    'error.missing-part': 'A library file is missing.',
    'error.malformed': 'A library file is unreadable or malformed.',
    'error.signature-invalid': 'The library’s signature is not valid: its content may have been changed.',
    'error.untrusted-key': 'The library is signed with a key Dalili does not recognise.',
    'error.dev-key-refused': 'This library is signed with the test key, which is refused here.',
    'error.hash-mismatch': 'A library file has been changed or damaged (different fingerprint).',
    'error.older-version': 'This library is older than the one in use.',
    'error.same-version': 'This library has the same version as the one in use.',
    'error.schema-unsupported': 'This library has a format this version of Dalili cannot read.',
    'error.not-a-pack': 'This file is not a Dalili library (.dalili-pack).',
    'error.container-unsupported': 'This library file has a format this version of Dalili cannot read.',
    'error.too-large': 'This library file is larger than allowed.',
    'error.truncated': 'This library file is incomplete (truncated).',
    'error.unknown': 'An unexpected error prevented the library from opening.',
    'update.title': 'Library update',
    'update.sourceBundled': 'This is the library shipped with Dalili.',
    'update.sourceImported':
      'This is an imported update. The library shipped with Dalili remains available as a fallback.',
    'update.help':
      'An update comes on a USB stick as a .dalili-pack file (full) or a .dalili-delta file (partial: only what changed since the version in use). Dalili checks its signature and every file before showing you what changes; nothing is replaced without your consent.',
    'update.choose': 'Import an update (.dalili-pack or .dalili-delta)…',
    'update.checking': 'Checking the file…',
    'update.cancelled': 'No file chosen.',
    'update.unreadable': 'The file could not be read. Check the USB stick and try again.',
    'update.refused': 'Update refused: {reason} The library in use has not changed.',
    'update.previewTitle': 'Version {from} → version {to}',
    'update.added': 'Documents added: {count}',
    'update.changed': 'Documents changed: {count}',
    'update.removed': 'Documents removed: {count}',
    'update.noDocumentChange': 'No document added, changed or removed.',
    'update.changeDetail': '{title}: {added} added, {changed} changed, {removed} removed',
    'update.documentOnly': '{title}: document details changed',
    'update.activate': 'Activate this version',
    'update.cancel': 'Cancel',
    'update.activated': 'Version {version} of the library is in use.',
    'update.revert': 'Go back to the library shipped with Dalili',
    'update.reverted': 'The library shipped with Dalili is in use again (version {version}).',
    'update.failedSave':
      'The update could not be saved on this computer. The library in use has not changed.',
    'update.importedRefusedAtStart':
      'The imported update was refused at start-up ({reason}). The library shipped with Dalili is used.',
    'update.bundledRefusedAtStart':
      'The library shipped with Dalili was refused at start-up ({reason}). The last verified update is used.',
    // Issue 20: deltas, the import's changes entry by entry, publishing with a publisher key file.
    'error.wrong-base':
      'This partial update (.dalili-delta) was prepared from another version of the library than the one in use: it cannot apply to it. Ask for the full update (.dalili-pack), or for the one prepared for your version.',
    'error.delta-unsupported':
      'This partial update was prepared with another version of Dalili: it cannot be rebuilt on this computer. Ask for the full update (.dalili-pack).',
    'delta.step.signature': 'Checking the signature…',
    'delta.step.rebuild': 'Rebuilding the full library from the version in use…',
    'delta.step.index': 'Rebuilding the search index…',
    'delta.step.check': 'Checking each rebuilt file against its signed fingerprint…',
    'delta.progress': 'Step {step} of {total}: {label}',
    'delta.kind':
      'Partial update: the file contains only the documents changed since version {base}. The full library was rebuilt and checked like a full update.',
    'update.entryAdded': 'Entry added: {label}',
    'update.entryRemoved': 'Entry removed: {label}',
    'update.entryChanged': '{label}: {fields}',
    'update.field.official-added': 'official text added',
    'update.field.official-changed': 'official text changed',
    'update.field.official-removed': 'official text removed',
    'update.field.level': 'level changed ({from} → {to})',
    'update.field.summary': 'summary changed',
    'update.field.heading': 'heading changed',
    'update.field.sources': 'sources changed',
    'update.field.versions': 'versions in time changed',
    'update.field.other': 'other information changed',
    'publish.error.not-a-key-file': 'This file is not a protected Dalili publisher key (.dalili-key).',
    'publish.error.unsupported-version':
      'This publisher key has a newer format than this version of Dalili. Install a recent version of Dalili.',
    'publish.error.damaged':
      'This publisher key file is damaged or incomplete. Use the backup copy of the key.',
    'publish.error.wrong-passphrase':
      'The passphrase does not match this publisher key. Check it (capitals, accents) and try again.',
    'publish.error.root-key':
      'This file contains a root key. A root key only certifies publishers, on the offline computer; it never publishes. Load the office’s publisher key.',
    'publish.error.not-certified':
      'The key in this file is not the one its certificate names. Ask the person in charge of keys for a new key file.',
    'publish.error.untrusted':
      'The certificate of this key is not signed by a root this version of Dalili recognises: what it published would be refused.',
    'publish.error.role-refused': 'The certificate of this key does not allow it to publish content.',
    'publish.error.revoked':
      'This publisher key has been revoked: it can no longer publish. Ask the person in charge of keys for a new key.',
    'publish.error.certificate-expired':
      'The certificate of this publisher key has expired. Ask the person in charge of keys to renew it.',
    'publish.error.certificate-not-yet-valid':
      'The certificate of this publisher key is not yet valid. Check the computer’s date.',
    'publish.error.forgotten':
      'The publisher key was forgotten (lock or closing of the workshop). Load it again to publish.',
    'publish.error.delta-unavailable':
      'These changes cannot be published as a partial update. Publish a full update.',
    'publish.error.nothing-changed':
      'Nothing has changed since the version in use: there is nothing to publish.',
    'publish.error.version-not-newer':
      'The number of the new version must be higher than that of the version in use.',
  },
  sw: {
    loading: 'Maktaba inapakiwa na kuhakikiwa…',
    failedTitle: 'Maktaba haikuweza kufunguliwa',
    failedPart: 'Sehemu inayohusika: {part}.',
    failedNext:
      'Hakuna maandishi yasiyohakikiwa yanayoonyeshwa. Sakinisha upya Dalili kutoka USB ya kuaminika au omba nakala mpya kwa ofisi yako.',
    packVersion: 'Maktaba: toleo {version}, imesasishwa hadi {validAsOf}',
    packDev: 'Kifurushi cha majaribio (kimesainiwa kwa ufunguo wa majaribio): kisitumike kazini.',
    'error.missing-part': 'Faili moja ya maktaba haipo.',
    'error.malformed': 'Faili moja ya maktaba haisomeki au imeharibika.',
    'error.signature-invalid': 'Sahihi ya maktaba si halali: maudhui yanaweza kuwa yamebadilishwa.',
    'error.untrusted-key': 'Maktaba imesainiwa kwa ufunguo ambao Dalili haiutambui.',
    'error.dev-key-refused': 'Maktaba hii imesainiwa kwa ufunguo wa majaribio, unaokataliwa hapa.',
    'error.hash-mismatch': 'Faili moja ya maktaba imebadilishwa au kuharibika (alama tofauti).',
    'error.older-version': 'Maktaba hii ni ya zamani kuliko inayotumika.',
    'error.same-version': 'Maktaba hii ina toleo sawa na inayotumika.',
    'error.schema-unsupported': 'Maktaba hii ina muundo ambao toleo hili la Dalili haliwezi kusoma.',
    'error.not-a-pack': 'Faili hii si maktaba ya Dalili (.dalili-pack).',
    'error.container-unsupported':
      'Faili hii ya maktaba ina muundo ambao toleo hili la Dalili haliwezi kusoma.',
    'error.too-large': 'Faili hii ya maktaba ni kubwa kuliko inavyoruhusiwa.',
    'error.truncated': 'Faili hii ya maktaba haijakamilika (imekatika).',
    'error.unknown': 'Hitilafu isiyotarajiwa imezuia maktaba kufunguliwa.',
    'update.title': 'Kusasisha maktaba',
    'update.sourceBundled': 'Hii ni maktaba iliyokuja pamoja na Dalili.',
    'update.sourceImported': 'Hii ni sasisho lililoingizwa. Maktaba iliyokuja na Dalili inabaki kama akiba.',
    'update.help':
      'Sasisho linakuja kwenye USB kama faili .dalili-pack (kamili) au .dalili-delta (la sehemu: kile kilichobadilika tangu toleo linalotumika peke yake). Dalili inahakiki sahihi yake na kila faili kabla ya kukuonyesha kinachobadilika; hakuna kinachobadilishwa bila idhini yako.',
    'update.choose': 'Ingiza sasisho (.dalili-pack au .dalili-delta)…',
    'update.checking': 'Faili inahakikiwa…',
    'update.cancelled': 'Hakuna faili iliyochaguliwa.',
    'update.unreadable': 'Faili haikuweza kusomwa. Angalia USB na ujaribu tena.',
    'update.refused': 'Sasisho limekataliwa: {reason} Maktaba inayotumika haijabadilika.',
    'update.previewTitle': 'Toleo {from} → toleo {to}',
    'update.added': 'Hati zilizoongezwa: {count}',
    'update.changed': 'Hati zilizobadilishwa: {count}',
    'update.removed': 'Hati zilizoondolewa: {count}',
    'update.noDocumentChange': 'Hakuna hati iliyoongezwa, kubadilishwa wala kuondolewa.',
    'update.changeDetail': '{title}: {added} zimeongezwa, {changed} zimebadilishwa, {removed} zimeondolewa',
    'update.documentOnly': '{title}: taarifa za hati zimebadilishwa',
    'update.activate': 'Tumia toleo hili',
    'update.cancel': 'Ghairi',
    'update.activated': 'Toleo {version} la maktaba linatumika.',
    'update.revert': 'Rudi kwenye maktaba iliyokuja na Dalili',
    'update.reverted': 'Maktaba iliyokuja na Dalili inatumika tena (toleo {version}).',
    'update.failedSave':
      'Sasisho halikuweza kuhifadhiwa kwenye kompyuta hii. Maktaba inayotumika haijabadilika.',
    'update.importedRefusedAtStart':
      'Sasisho lililoingizwa limekataliwa wakati wa kuanza ({reason}). Maktaba iliyokuja na Dalili inatumika.',
    'update.bundledRefusedAtStart':
      'Maktaba iliyokuja na Dalili imekataliwa wakati wa kuanza ({reason}). Sasisho la mwisho lililohakikiwa linatumika.',
    // Issue 20: deltas, the import's changes entry by entry, publishing with a publisher key file.
    'error.wrong-base':
      'Sasisho hili la sehemu (.dalili-delta) liliandaliwa kutoka toleo jingine la maktaba, si lile linalotumika: haliwezi kutumika juu yake. Omba sasisho kamili (.dalili-pack), au lile lililoandaliwa kwa toleo lako.',
    'error.delta-unsupported':
      'Sasisho hili la sehemu liliandaliwa kwa toleo jingine la Dalili: haliwezi kujengwa upya kwenye kompyuta hii. Omba sasisho kamili (.dalili-pack).',
    'delta.step.signature': 'Sahihi inahakikiwa…',
    'delta.step.rebuild': 'Maktaba kamili inajengwa upya kutoka toleo linalotumika…',
    'delta.step.index': 'Faharasa ya utafutaji inajengwa upya…',
    'delta.step.check': 'Kila faili iliyojengwa upya inalinganishwa na alama yake iliyosainiwa…',
    'delta.progress': 'Hatua {step} kati ya {total}: {label}',
    'delta.kind':
      'Sasisho la sehemu: faili lina nyaraka zilizobadilishwa tangu toleo {base} peke yake. Maktaba kamili imejengwa upya na kuhakikiwa kama sasisho kamili.',
    'update.entryAdded': 'Kipengele kimeongezwa: {label}',
    'update.entryRemoved': 'Kipengele kimeondolewa: {label}',
    'update.entryChanged': '{label}: {fields}',
    'update.field.official-added': 'maandishi rasmi yameongezwa',
    'update.field.official-changed': 'maandishi rasmi yamebadilishwa',
    'update.field.official-removed': 'maandishi rasmi yameondolewa',
    'update.field.level': 'kiwango kimebadilika ({from} → {to})',
    'update.field.summary': 'muhtasari umebadilishwa',
    'update.field.heading': 'kichwa kimebadilishwa',
    'update.field.sources': 'vyanzo vimebadilishwa',
    'update.field.versions': 'matoleo ya nyakati yamebadilishwa',
    'update.field.other': 'taarifa nyingine zimebadilishwa',
    'publish.error.not-a-key-file':
      'Faili hili si ufunguo wa mchapishaji wa Dalili uliolindwa (.dalili-key).',
    'publish.error.unsupported-version':
      'Ufunguo huu wa mchapishaji una muundo mpya kuliko toleo hili la Dalili. Sakinisha toleo jipya la Dalili.',
    'publish.error.damaged':
      'Faili hili la ufunguo wa mchapishaji limeharibika au halijakamilika. Tumia nakala ya akiba ya ufunguo.',
    'publish.error.wrong-passphrase':
      'Kaulisiri hailingani na ufunguo huu wa mchapishaji. Ihakiki (herufi kubwa, alama za herufi) na ujaribu tena.',
    'publish.error.root-key':
      'Faili hili lina ufunguo mkuu. Ufunguo mkuu hutumika tu kuthibitisha wachapishaji, kwenye kompyuta isiyounganishwa na mtandao; hauchapishi kamwe. Pakia ufunguo wa mchapishaji wa ofisi.',
    'publish.error.not-certified':
      'Ufunguo ulio kwenye faili hili si ule unaotajwa na cheti chake. Omba msimamizi wa funguo faili jipya la ufunguo.',
    'publish.error.untrusted':
      'Cheti cha ufunguo huu hakijasainiwa na mzizi unaotambuliwa na toleo hili la Dalili: kile ambacho ungechapisha kingekataliwa.',
    'publish.error.role-refused': 'Cheti cha ufunguo huu hakiuruhusu kuchapisha maudhui.',
    'publish.error.revoked':
      'Ufunguo huu wa mchapishaji umefutwa: hauwezi kuchapisha tena. Omba msimamizi wa funguo ufunguo mpya.',
    'publish.error.certificate-expired':
      'Cheti cha ufunguo huu wa mchapishaji kimekwisha muda. Omba msimamizi wa funguo akifanye upya.',
    'publish.error.certificate-not-yet-valid':
      'Cheti cha ufunguo huu wa mchapishaji bado si halali. Hakiki tarehe ya kompyuta.',
    'publish.error.forgotten':
      'Ufunguo wa mchapishaji umesahaulika (kufungwa kwa programu au kwa karakana). Upakie tena ili kuchapisha.',
    'publish.error.delta-unavailable':
      'Mabadiliko haya hayawezi kuchapishwa kama sasisho la sehemu. Chapisha sasisho kamili.',
    'publish.error.nothing-changed':
      'Hakuna kilichobadilika tangu toleo linalotumika: hakuna cha kuchapisha.',
    'publish.error.version-not-newer':
      'Nambari ya toleo jipya lazima iwe kubwa kuliko ile ya toleo linalotumika.',
  },
});
