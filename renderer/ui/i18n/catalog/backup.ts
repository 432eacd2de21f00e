import { defineNamespace } from './defineNamespace';

// Backups and case transfers (Settings). Error texts say what happened and what to do next; none
// of them repeats a name, an id or anything read from the file.
export const backup = defineNamespace({
  fr: {
    title: 'Sauvegardes et transferts de dossiers',
    intro:
      'Une sauvegarde copie tout le carnet, toujours chiffré : sans sa phrase secrète ou sa clé de secours, une clé USB perdue ne révèle rien.',
    lockedHint:
      'Ouvrez un carnet (page Dossiers) pour le sauvegarder, y fusionner une sauvegarde ou transférer des dossiers.',
    cancel: 'Annuler',
    checking: 'Vérification du fichier…',
    unreadable: 'Ce fichier n’a pas pu être lu. Vérifiez la clé USB, puis choisissez le fichier à nouveau.',
    'export.heading': 'Sauvegarder ce carnet',
    'export.help':
      'Enregistrez le fichier sur une clé USB rangée à part. Il s’ouvre avec la phrase secrète ou la clé de secours de ce carnet.',
    'export.button': 'Enregistrer une sauvegarde',
    'export.working': 'Préparation de la sauvegarde…',
    'export.saved':
      'Sauvegarde enregistrée : {count, plural, one {# enregistrement} other {# enregistrements}}.',
    'export.savedSkipped':
      'Sauvegarde enregistrée : {count, plural, one {# enregistrement} other {# enregistrements}}. {skipped, plural, one {# enregistrement déjà illisible sur cet ordinateur n’y figure pas} other {# enregistrements déjà illisibles sur cet ordinateur n’y figurent pas}}.',
    'merge.heading': 'Fusionner une sauvegarde de ce carnet',
    'merge.help':
      'Pour réunir le travail fait sur deux ordinateurs avec le même carnet. La version la plus récente de chaque fiche est gardée ; quand les deux versions diffèrent, l’autre est conservée à part pour que vous choisissiez.',
    'merge.choose': 'Choisir une sauvegarde à fusionner…',
    'merge.preview':
      'Sauvegarde du {date}, {count, plural, one {# enregistrement} other {# enregistrements}}. Rien n’est encore modifié.',
    'merge.confirm': 'Fusionner dans ce carnet',
    'merge.done':
      'Fusion terminée : {added, plural, one {# ajouté} other {# ajoutés}}, {updated} mis à jour.',
    'merge.doneConflicts':
      'Fusion terminée : {added, plural, one {# ajouté} other {# ajoutés}}, {updated} mis à jour, {conflicts, plural, one {# version en conflit conservée plus bas} other {# versions en conflit conservées plus bas}} : choisissez laquelle garder.',
    'restore.heading': 'Restaurer une sauvegarde comme nouveau carnet',
    'restore.help':
      'Sur un autre ordinateur, ou après une perte. Le carnet restauré s’ouvre ensuite avec sa phrase secrète ou sa clé de secours, depuis la page Dossiers.',
    'restore.choose': 'Choisir une sauvegarde à restaurer…',
    'restore.preview':
      'Sauvegarde du {date}, {count, plural, one {# enregistrement} other {# enregistrements}}. Donnez un nom au carnet restauré.',
    'restore.nameLabel': 'Nom du carnet sur cet ordinateur',
    'restore.nameHelp':
      'Ce nom reste lisible sans la phrase secrète : choisissez un nom qui n’identifie personne.',
    'restore.confirm': 'Restaurer',
    'restore.done': 'Carnet « {name} » restauré. Ouvrez-le depuis la page Dossiers avec sa phrase secrète.',
    'transfer.heading': 'Transférer des dossiers à un autre bureau',
    'transfer.help':
      'Les dossiers choisis sont chiffrés avec un code à usage unique. Remettez le fichier sur une clé USB et dites le code par un autre moyen (téléphone, en personne).',
    'transfer.noCases': 'Ce carnet ne contient encore aucun dossier.',
    'transfer.casesLegend': 'Dossiers à transférer',
    'transfer.caseRecords': '({count, plural, one {# enregistrement} other {# enregistrements}})',
    'transfer.consent': 'Les personnes concernées ont donné leur accord, ou le transfert est autorisé.',
    'transfer.button': 'Préparer le fichier de transfert',
    'transfer.working': 'Chiffrement des dossiers… Cela prend quelques secondes.',
    'transfer.saved':
      'Fichier de transfert enregistré : {cases, plural, one {# dossier} other {# dossiers}}, {count, plural, one {# enregistrement} other {# enregistrements}}. Le transfert est noté dans ce carnet.',
    'transfer.codeHeading': 'Code du transfert',
    'transfer.codeHelp':
      'Donnez ce code au bureau destinataire par un autre moyen que la clé USB : téléphone ou en personne. Il n’est montré qu’une fois.',
    'transfer.codeLabel': 'Code du transfert, en 8 groupes de 4 caractères',
    'transfer.codeWarning': 'N’écrivez pas ce code sur la clé USB ni dans un message envoyé avec le fichier.',
    'transfer.codeDone': 'J’ai noté le code',
    'import.heading': 'Recevoir des dossiers d’un autre bureau',
    'import.help':
      'Choisissez le fichier de transfert, puis saisissez le code que l’autre bureau vous a donné.',
    'import.choose': 'Choisir un fichier de transfert…',
    'import.codeLabel': 'Code du transfert',
    'import.confirm': 'Importer dans ce carnet',
    'import.working': 'Ouverture du fichier… Cela prend quelques secondes.',
    'import.done':
      '{cases, plural, one {# dossier ajouté} other {# dossiers ajoutés}} à ce carnet ({count, plural, one {# enregistrement} other {# enregistrements}}).',
    // Issue 18, point 3: a backup or a transfer older than this notebook.
    'merge.older':
      'Cette sauvegarde est plus ancienne que ce carnet : {count, plural, one {# modification a été enregistrée} other {# modifications ont été enregistrées}} dans ce carnet depuis sa dernière modification ({at}). La fusion n’a rien remplacé de plus récent.',
    'import.older':
      '{count, plural, one {# dossier de ce transfert est une copie plus ancienne d’un dossier de ce carnet, modifié ici depuis l’envoi} other {# dossiers de ce transfert sont des copies plus anciennes de dossiers de ce carnet, modifiés ici depuis l’envoi}} : rien de plus récent n’est remplacé.',
    'conflicts.heading': 'Versions en conflit ({count})',
    'conflicts.help':
      'Une fusion a trouvé deux versions différentes de ces fiches. Les deux sont gardées : choisissez celle qui reste.',
    'conflicts.fromFile':
      '{kind}, dossier {caseId} : version reçue par fichier (sauvegarde ou transfert) du {date}',
    'conflicts.fromHere': '{kind}, dossier {caseId} : version de cet ordinateur du {date}',
    'conflicts.keepCurrent': 'Garder la version actuelle',
    'conflicts.useCopy': 'Reprendre cette version',
    'conflicts.resolved': 'C’est fait. L’autre version reste disponible tant que vous ne la supprimez pas.',
    'kind.case': 'Fiche du dossier',
    'kind.case-person': 'Personne',
    'kind.case-screening': 'Évaluation',
    'kind.case-referral': 'Orientation',
    'kind.case-note': 'Note',
    'kind.case-task': 'Tâche',
    'kind.case-attachment': 'Pièce jointe',
    'kind.case-attachment-data': 'Contenu d’une pièce jointe',
    'kind.case-audit': 'Journal du dossier',
    'kind.case-revision': 'Version précédente',
    'kind.case-tombstone': 'Élément supprimé',
    'kind.other': 'Autre fiche',
    'error.not-a-backup':
      'Ce fichier n’est pas une sauvegarde Dalili. Choisissez un fichier qui se termine par .dalili-backup.',
    'error.not-a-transfer':
      'Ce fichier n’est pas un fichier de transfert Dalili. Choisissez un fichier qui se termine par .dalili-transfer.',
    'error.wrong-kind':
      'Ce fichier Dalili n’est pas du bon type (mise à jour de contenu, transfert ou sauvegarde). Choisissez le fichier prévu pour cette action.',
    'error.format-unsupported':
      'Ce fichier a été fait dans un format que cette version de Dalili ne lit pas. Demandez une nouvelle copie au bureau qui l’a faite.',
    'error.format-too-new':
      'Ce fichier vient d’une version plus récente de Dalili. Mettez Dalili à jour sur cet ordinateur, puis réessayez.',
    'error.truncated':
      'Ce fichier est incomplet : la copie sur la clé USB a sans doute été interrompue. Recopiez-le, puis réessayez.',
    'error.too-large':
      'Ce fichier est trop volumineux pour être ouvert ici. Vérifiez que c’est le bon fichier.',
    'error.corrupted':
      'Ce fichier est abîmé ou a été modifié. Rien n’a été changé. Recopiez-le depuis l’original, puis réessayez.',
    'error.other-vault':
      'Cette sauvegarde vient d’un autre carnet : elle ne peut pas être fusionnée dans celui-ci. Restaurez-la comme nouveau carnet, ou demandez un transfert de dossiers.',
    'error.vault-exists':
      'Ce carnet existe déjà sur cet ordinateur. Ouvrez-le, puis utilisez « Fusionner une sauvegarde de ce carnet ».',
    'error.backup-not-authentic':
      'Cette sauvegarde ne correspond pas à la clé de ce carnet : elle a été modifiée. Rien n’a été changé. Utilisez une autre copie.',
    'error.transfer-code-malformed':
      'Ce code n’a pas la bonne forme : 32 caractères, en 8 groupes de 4. Vérifiez-le avec le bureau qui l’a donné.',
    'error.transfer-code-mistyped': 'Ce code contient une faute de frappe. Relisez-le groupe par groupe.',
    'error.wrong-transfer-code':
      'Ce code n’ouvre pas ce fichier. Vérifiez que c’est le code de ce transfert-là.',
    'error.consent-required': 'Cochez la case d’accord ou d’autorisation avant de préparer le transfert.',
    'error.nothing-selected': 'Choisissez au moins un dossier qui contient des enregistrements lisibles.',
    'error.profile-name-invalid': 'Donnez un nom de 1 à 40 caractères au carnet restauré.',
    'error.kdf-failed':
      'Le chiffrement n’a pas pu être calculé sur cet ordinateur. Fermez d’autres programmes, puis réessayez.',
    'error.locked': 'Le carnet s’est verrouillé. Rouvrez-le, puis recommencez : rien n’a été changé.',
    'error.changed-during-export':
      'Le carnet a été modifié pendant la sauvegarde : aucun fichier n’a été gardé. Recommencez la sauvegarde.',
    'error.changed-during-merge':
      'Le carnet a été modifié pendant la fusion : rien n’a été changé. Recommencez la fusion.',
    'error.cancelled': 'Opération annulée : rien n’a été modifié. Vous pouvez recommencer quand vous voulez.',
    'progress.reading': 'Lecture du carnet… {done} / {total}',
    'progress.writing': 'Sauvegarde en cours… {done} / {total}',
    'progress.checking': 'Vérification du fichier… {percent} %',
    'progress.restoring': 'Restauration en cours… {done} / {total}',
    'progress.merging': 'Fusion en cours… {done} / {total}',
    'progress.label': 'Avancement',
    'error.storage-failed':
      'L’enregistrement sur cet ordinateur a échoué ; rien n’a été changé. Vérifiez l’espace disque, puis réessayez.',
    'last.never': 'Aucune sauvegarde de ce carnet sur cet ordinateur pour le moment.',
    'last.on': 'Dernière sauvegarde : {date} ({ago}).',
    'last.today': 'aujourd’hui',
    'last.daysAgo.one': 'il y a 1 jour',
    'last.daysAgo.other': 'il y a {count} jours',
    'reminder.label': 'Rappel de sauvegarde',
    'reminder.off': 'Jamais',
    'reminder.days': 'Après {days} jours sans sauvegarde',
    'reminder.help':
      'Le rappel s’affiche sur la page Dossiers quand la dernière sauvegarde du carnet ouvert est plus ancienne que ce délai, ou qu’il n’y en a jamais eu sur cet ordinateur.',
    'reminder.never': 'Ce carnet n’a encore jamais été sauvegardé sur cet ordinateur.',
    'reminder.due': 'La dernière sauvegarde de ce carnet date de {count} jours.',
    'reminder.go': 'Sauvegarder maintenant',
    // Issue 18, point 2: a transfer of cases already here is merged; the person sees what it will do first.
    'import.preview': 'Voir ce que l’import va faire',
    'import.previewHeading': 'Ce que l’import va faire dans ce carnet',
    'import.previewHelp': 'Rien n’est encore écrit. Vérifiez, puis importez ou annulez.',
    'import.doneHeading': 'Import terminé',
    'import.newCases':
      '{count, plural, one {# dossier nouveau dans ce carnet : ajouté en entier.} other {# dossiers nouveaux dans ce carnet : ajoutés en entier.}}',
    'import.mergedCases':
      '{count, plural, one {# dossier déjà dans ce carnet : fusionné élément par élément.} other {# dossiers déjà dans ce carnet : fusionnés élément par élément.}}',
    'import.count.added': 'Éléments ajoutés : {count}',
    'import.count.updated': 'Éléments remplacés par une version plus récente : {count}',
    'import.count.deleted': 'Éléments supprimés ici, comme dans l’autre bureau : {count}',
    'import.count.conflicts':
      'Conflits : {count} (les deux versions sont gardées ; choisissez ensuite dans « Versions en conflit »)',
    'import.closedHere':
      '{count, plural, one {# dossier est clos dans ce carnet : il reste tel quel. Rouvrez-le, puis importez de nouveau le fichier pour recevoir ses changements.} other {# dossiers sont clos dans ce carnet : ils restent tels quels. Rouvrez-les, puis importez de nouveau le fichier pour recevoir leurs changements.}}',
    'import.nothingNew': 'Ce fichier n’apporte rien de nouveau aux dossiers déjà dans ce carnet.',
    'error.case-closed':
      'Ce dossier est clos : rouvrez-le avant de reprendre cette version. Rien n’a été modifié.',
  },
  en: {
    title: 'Backups and case transfers',
    intro:
      'A backup copies the whole notebook, still encrypted: without its passphrase or recovery key, a lost USB stick reveals nothing.',
    lockedHint: 'Open a notebook (Cases page) to back it up, merge a backup into it or transfer cases.',
    cancel: 'Cancel',
    checking: 'Checking the file…',
    unreadable: 'This file could not be read. Check the USB stick, then choose the file again.',
    'export.heading': 'Back up this notebook',
    'export.help':
      'Save the file on a USB stick kept apart. It opens with this notebook’s passphrase or recovery key.',
    'export.button': 'Save a backup',
    'export.working': 'Preparing the backup…',
    'export.saved': 'Backup saved: {count, plural, one {# record} other {# records}}.',
    'export.savedSkipped':
      'Backup saved: {count, plural, one {# record} other {# records}}. {skipped, plural, one {# record already unreadable on this computer is not in it} other {# records already unreadable on this computer are not in it}}.',
    'merge.heading': 'Merge a backup of this notebook',
    'merge.help':
      'To bring together work done on two computers with the same notebook. The newest version of each entry is kept; when both versions differ, the other one is kept aside for you to choose.',
    'merge.choose': 'Choose a backup to merge…',
    'merge.preview':
      'Backup of {date}, {count, plural, one {# record} other {# records}}. Nothing has been changed yet.',
    'merge.confirm': 'Merge into this notebook',
    'merge.done': 'Merge finished: {added} added, {updated} updated.',
    'merge.doneConflicts':
      'Merge finished: {added} added, {updated} updated, {conflicts, plural, one {# conflicting version} other {# conflicting versions}} kept below: choose which to keep.',
    'restore.heading': 'Restore a backup as a new notebook',
    'restore.help':
      'On another computer, or after a loss. The restored notebook then opens with its passphrase or recovery key, from the Cases page.',
    'restore.choose': 'Choose a backup to restore…',
    'restore.preview':
      'Backup of {date}, {count, plural, one {# record} other {# records}}. Give the restored notebook a name.',
    'restore.nameLabel': 'Notebook name on this computer',
    'restore.nameHelp': 'This name stays readable without the passphrase: choose one that identifies nobody.',
    'restore.confirm': 'Restore',
    'restore.done': 'Notebook “{name}” restored. Open it from the Cases page with its passphrase.',
    'transfer.heading': 'Transfer cases to another office',
    'transfer.help':
      'The chosen cases are encrypted with a one-time code. Hand over the file on a USB stick and give the code another way (phone, in person).',
    'transfer.noCases': 'This notebook holds no case yet.',
    'transfer.casesLegend': 'Cases to transfer',
    'transfer.caseRecords': '({count, plural, one {# record} other {# records}})',
    'transfer.consent': 'The persons concerned agreed, or the transfer is authorised.',
    'transfer.button': 'Prepare the transfer file',
    'transfer.working': 'Encrypting the cases… This takes a few seconds.',
    'transfer.saved':
      'Transfer file saved: {cases, plural, one {# case} other {# cases}}, {count, plural, one {# record} other {# records}}. The transfer is recorded in this notebook.',
    'transfer.codeHeading': 'Transfer code',
    'transfer.codeHelp':
      'Give this code to the receiving office another way than the USB stick: by phone or in person. It is shown only once.',
    'transfer.codeLabel': 'Transfer code, in 8 groups of 4 characters',
    'transfer.codeWarning': 'Do not write this code on the USB stick or in a message sent with the file.',
    'transfer.codeDone': 'I have noted the code',
    'import.heading': 'Receive cases from another office',
    'import.help': 'Choose the transfer file, then type the code the other office gave you.',
    'import.choose': 'Choose a transfer file…',
    'import.codeLabel': 'Transfer code',
    'import.confirm': 'Import into this notebook',
    'import.working': 'Opening the file… This takes a few seconds.',
    'import.done':
      '{cases, plural, one {# case} other {# cases}} added to this notebook ({count, plural, one {# record} other {# records}}).',
    // Issue 18, point 3: a backup or a transfer older than this notebook.
    'merge.older':
      'This backup is older than this notebook: {count, plural, one {# change was saved} other {# changes were saved}} in this notebook since its last change ({at}). The merge replaced nothing more recent.',
    'import.older':
      '{count, plural, one {# case of this transfer is an older copy of a case of this notebook, changed here since it was sent} other {# cases of this transfer are older copies of cases of this notebook, changed here since they were sent}}: nothing more recent is replaced.',
    'conflicts.heading': 'Conflicting versions ({count})',
    'conflicts.help':
      'A merge found two different versions of these entries. Both are kept: choose the one that stays.',
    'conflicts.fromFile': '{kind}, case {caseId}: version received in a file (backup or transfer), {date}',
    'conflicts.fromHere': '{kind}, case {caseId}: version from this computer, {date}',
    'conflicts.keepCurrent': 'Keep the current version',
    'conflicts.useCopy': 'Use this version',
    'conflicts.resolved': 'Done. The other version stays available until you delete it.',
    'kind.case': 'Case record',
    'kind.case-person': 'Person',
    'kind.case-screening': 'Screening',
    'kind.case-referral': 'Referral',
    'kind.case-note': 'Note',
    'kind.case-task': 'Task',
    'kind.case-attachment': 'Attachment',
    'kind.case-attachment-data': 'Attachment content',
    'kind.case-audit': 'Case journal',
    'kind.case-revision': 'Previous version',
    'kind.case-tombstone': 'Deleted item',
    'kind.other': 'Other entry',
    'error.not-a-backup': 'This file is not a Dalili backup. Choose a file ending in .dalili-backup.',
    'error.not-a-transfer':
      'This file is not a Dalili transfer file. Choose a file ending in .dalili-transfer.',
    'error.wrong-kind':
      'This Dalili file is of another kind (content update, transfer or backup). Choose the file meant for this action.',
    'error.format-unsupported':
      'This file is in a format this version of Dalili does not read. Ask the office that made it for a new copy.',
    'error.format-too-new':
      'This file comes from a newer version of Dalili. Update Dalili on this computer, then try again.',
    'error.truncated':
      'This file is incomplete: copying it to the USB stick was probably interrupted. Copy it again, then retry.',
    'error.too-large': 'This file is too large to open here. Check that it is the right file.',
    'error.corrupted':
      'This file is damaged or was changed. Nothing has been changed. Copy it again from the original, then retry.',
    'error.other-vault':
      'This backup comes from another notebook: it cannot be merged into this one. Restore it as a new notebook, or ask for a case transfer.',
    'error.vault-exists':
      'This notebook already exists on this computer. Open it, then use “Merge a backup of this notebook”.',
    'error.backup-not-authentic':
      'This backup does not match this notebook’s key: it was changed. Nothing has been changed. Use another copy.',
    'error.transfer-code-malformed':
      'This code does not have the right shape: 32 characters, in 8 groups of 4. Check it with the office that gave it.',
    'error.transfer-code-mistyped': 'This code contains a typing mistake. Read it again group by group.',
    'error.wrong-transfer-code':
      'This code does not open this file. Check that it is the code of this transfer.',
    'error.consent-required': 'Tick the consent or authorisation box before preparing the transfer.',
    'error.nothing-selected': 'Choose at least one case that holds readable records.',
    'error.profile-name-invalid': 'Give the restored notebook a name of 1 to 40 characters.',
    'error.kdf-failed':
      'The encryption could not be computed on this computer. Close other programs, then try again.',
    'error.locked': 'The notebook locked. Open it again, then start over: nothing has been changed.',
    'error.changed-during-export':
      'The notebook was changed while the backup was being written: no file was kept. Start the backup again.',
    'error.changed-during-merge':
      'The notebook was changed during the merge: nothing has been changed. Start the merge again.',
    'error.cancelled': 'Cancelled: nothing has been changed. You can start again whenever you like.',
    'progress.reading': 'Reading the notebook… {done} / {total}',
    'progress.writing': 'Backing up… {done} / {total}',
    'progress.checking': 'Checking the file… {percent} %',
    'progress.restoring': 'Restoring… {done} / {total}',
    'progress.merging': 'Merging… {done} / {total}',
    'progress.label': 'Progress',
    'error.storage-failed':
      'Saving on this computer failed; nothing has been changed. Check the free disk space, then try again.',
    'last.never': 'No backup of this notebook on this computer yet.',
    'last.on': 'Last backup: {date} ({ago}).',
    'last.today': 'today',
    'last.daysAgo.one': '1 day ago',
    'last.daysAgo.other': '{count} days ago',
    'reminder.label': 'Backup reminder',
    'reminder.off': 'Never',
    'reminder.days': 'After {days} days without a backup',
    'reminder.help':
      'The reminder shows on the Cases page when the open notebook’s last backup is older than this, or when there has never been one on this computer.',
    'reminder.never': 'This notebook has never been backed up on this computer yet.',
    'reminder.due': 'This notebook’s last backup is {count} days old.',
    'reminder.go': 'Back up now',
    // Issue 18, point 2: a transfer of cases already here is merged; the person sees what it will do first.
    'import.preview': 'See what the import will do',
    'import.previewHeading': 'What the import will do in this notebook',
    'import.previewHelp': 'Nothing is written yet. Check, then import or cancel.',
    'import.doneHeading': 'Import finished',
    'import.newCases':
      '{count, plural, one {# case new to this notebook: added whole.} other {# cases new to this notebook: added whole.}}',
    'import.mergedCases':
      '{count, plural, one {# case already in this notebook: merged item by item.} other {# cases already in this notebook: merged item by item.}}',
    'import.count.added': 'Items added: {count}',
    'import.count.updated': 'Items replaced by a more recent version: {count}',
    'import.count.deleted': 'Items deleted here, as in the other office: {count}',
    'import.count.conflicts':
      'Conflicts: {count} (both versions are kept; choose afterwards in “Conflicting versions”)',
    'import.closedHere':
      '{count, plural, one {# case is closed in this notebook: it stays as it is. Reopen it, then import the file again to receive its changes.} other {# cases are closed in this notebook: they stay as they are. Reopen them, then import the file again to receive their changes.}}',
    'import.nothingNew': 'This file brings nothing new to the cases already in this notebook.',
    'error.case-closed': 'This case is closed: reopen it before using this version. Nothing was changed.',
  },
  sw: {
    title: 'Nakala za akiba na uhamisho wa faili',
    intro:
      'Nakala ya akiba inanakili daftari lote, likiwa bado limesimbwa: bila neno lake la siri au ufunguo wake wa dharura, USB iliyopotea haionyeshi chochote.',
    lockedHint:
      'Fungua daftari (ukurasa wa Faili) ili kulihifadhi, kuunganisha nakala ya akiba ndani yake au kuhamisha faili.',
    cancel: 'Ghairi',
    checking: 'Faili inakaguliwa…',
    unreadable: 'Faili hii haikuweza kusomwa. Kagua USB, kisha uchague faili tena.',
    'export.heading': 'Hifadhi daftari hili',
    'export.help':
      'Hifadhi faili kwenye USB inayowekwa mahali pengine. Inafunguliwa kwa neno la siri au ufunguo wa dharura wa daftari hili.',
    'export.button': 'Hifadhi nakala ya akiba',
    'export.working': 'Nakala ya akiba inaandaliwa…',
    'export.saved': 'Nakala ya akiba imehifadhiwa: kumbukumbu {count}.',
    'export.savedSkipped':
      'Nakala ya akiba imehifadhiwa: kumbukumbu {count}. {skipped, plural, one {Kumbukumbu # ambayo tayari haisomeki kwenye kompyuta hii haimo} other {Kumbukumbu # ambazo tayari hazisomeki kwenye kompyuta hii hazimo}}.',
    'merge.heading': 'Unganisha nakala ya akiba ya daftari hili',
    'merge.help':
      'Kwa kuunganisha kazi iliyofanywa kwenye kompyuta mbili zenye daftari moja. Toleo jipya zaidi la kila kumbukumbu linabaki; matoleo mawili yakitofautiana, jingine linawekwa kando ili uchague.',
    'merge.choose': 'Chagua nakala ya akiba ya kuunganisha…',
    'merge.preview': 'Nakala ya akiba ya {date}, kumbukumbu {count}. Hakuna kilichobadilishwa bado.',
    'merge.confirm': 'Unganisha ndani ya daftari hili',
    'merge.done':
      'Muunganiko umekamilika: {added, plural, one {# imeongezwa} other {# zimeongezwa}}, {updated, plural, one {# imesasishwa} other {# zimesasishwa}}.',
    'merge.doneConflicts':
      'Muunganiko umekamilika: {added, plural, one {# imeongezwa} other {# zimeongezwa}}, {updated, plural, one {# imesasishwa} other {# zimesasishwa}}, {conflicts, plural, one {toleo # linalopingana limewekwa} other {matoleo # yanayopingana yamewekwa}} hapa chini: chagua la kubaki.',
    'restore.heading': 'Rejesha nakala ya akiba kama daftari jipya',
    'restore.help':
      'Kwenye kompyuta nyingine, au baada ya kupoteza. Daftari lililorejeshwa linafunguliwa baadaye kwa neno lake la siri au ufunguo wa dharura, kutoka ukurasa wa Faili.',
    'restore.choose': 'Chagua nakala ya akiba ya kurejesha…',
    'restore.preview': 'Nakala ya akiba ya {date}, kumbukumbu {count}. Lipe jina daftari lililorejeshwa.',
    'restore.nameLabel': 'Jina la daftari kwenye kompyuta hii',
    'restore.nameHelp': 'Jina hili linasomeka bila neno la siri: chagua jina lisilomtambulisha mtu.',
    'restore.confirm': 'Rejesha',
    'restore.done': 'Daftari “{name}” limerejeshwa. Lifungue kutoka ukurasa wa Faili kwa neno lake la siri.',
    'transfer.heading': 'Hamisha faili kwa ofisi nyingine',
    'transfer.help':
      'Faili zilizochaguliwa zinasimbwa kwa msimbo wa matumizi mara moja. Toa faili kwenye USB na useme msimbo kwa njia nyingine (simu, ana kwa ana).',
    'transfer.noCases': 'Daftari hili bado halina faili.',
    'transfer.casesLegend': 'Faili za kuhamisha',
    'transfer.caseRecords': '(kumbukumbu {count})',
    'transfer.consent': 'Wahusika wamekubali, au uhamisho umeidhinishwa.',
    'transfer.button': 'Andaa faili ya uhamisho',
    'transfer.working': 'Faili zinasimbwa… Inachukua sekunde chache.',
    'transfer.saved':
      'Faili ya uhamisho imehifadhiwa: faili {cases}, kumbukumbu {count}. Uhamisho umeandikwa katika daftari hili.',
    'transfer.codeHeading': 'Msimbo wa uhamisho',
    'transfer.codeHelp':
      'Mpe ofisi inayopokea msimbo huu kwa njia nyingine isiyo USB: simu au ana kwa ana. Unaonyeshwa mara moja tu.',
    'transfer.codeLabel': 'Msimbo wa uhamisho, makundi 8 ya herufi 4',
    'transfer.codeWarning': 'Usiandike msimbo huu kwenye USB wala kwenye ujumbe unaotumwa pamoja na faili.',
    'transfer.codeDone': 'Nimeandika msimbo',
    'import.heading': 'Pokea faili kutoka ofisi nyingine',
    'import.help': 'Chagua faili ya uhamisho, kisha uandike msimbo ambao ofisi nyingine imekupa.',
    'import.choose': 'Chagua faili ya uhamisho…',
    'import.codeLabel': 'Msimbo wa uhamisho',
    'import.confirm': 'Ingiza kwenye daftari hili',
    'import.working': 'Faili inafunguliwa… Inachukua sekunde chache.',
    'import.done':
      '{cases, plural, one {Faili # imeongezwa} other {Faili # zimeongezwa}} kwenye daftari hili (kumbukumbu {count}).',
    // Issue 18, point 3: a backup or a transfer older than this notebook.
    'merge.older':
      'Nakala hii ya akiba ni ya zamani kuliko daftari hili: {count, plural, one {badiliko # limehifadhiwa} other {mabadiliko # yamehifadhiwa}} katika daftari hili tangu badiliko lake la mwisho ({at}). Uunganishaji haukubadilisha chochote kilicho kipya zaidi.',
    'import.older':
      '{count, plural, one {Faili # la uhamisho huu ni nakala ya zamani ya faili la daftari hili, lililobadilishwa hapa tangu lilipotumwa} other {Mafaili # ya uhamisho huu ni nakala za zamani za mafaili ya daftari hili, yaliyobadilishwa hapa tangu yalipotumwa}}: hakuna kilicho kipya zaidi kinachobadilishwa.',
    'conflicts.heading': 'Matoleo yanayopingana ({count})',
    'conflicts.help':
      'Muunganiko umepata matoleo mawili tofauti ya kumbukumbu hizi. Yote mawili yamehifadhiwa: chagua litakalobaki.',
    'conflicts.fromFile':
      '{kind}, faili {caseId}: toleo lililopokelewa kwa faili (nakala ya akiba au uhamisho) la {date}',
    'conflicts.fromHere': '{kind}, faili {caseId}: toleo la kompyuta hii la {date}',
    'conflicts.keepCurrent': 'Baki na toleo la sasa',
    'conflicts.useCopy': 'Tumia toleo hili',
    'conflicts.resolved': 'Imekamilika. Toleo jingine linabaki hadi utakapolifuta.',
    'kind.case': 'Kumbukumbu ya faili',
    'kind.case-person': 'Mtu',
    'kind.case-screening': 'Tathmini',
    'kind.case-referral': 'Rufaa',
    'kind.case-note': 'Dokezo',
    'kind.case-task': 'Kazi',
    'kind.case-attachment': 'Kiambatisho',
    'kind.case-attachment-data': 'Maudhui ya kiambatisho',
    'kind.case-audit': 'Kumbukumbu za faili',
    'kind.case-revision': 'Toleo la awali',
    'kind.case-tombstone': 'Kipengele kilichofutwa',
    'kind.other': 'Kumbukumbu nyingine',
    'error.not-a-backup':
      'Faili hii si nakala ya akiba ya Dalili. Chagua faili inayoishia na .dalili-backup.',
    'error.not-a-transfer':
      'Faili hii si faili ya uhamisho ya Dalili. Chagua faili inayoishia na .dalili-transfer.',
    'error.wrong-kind':
      'Faili hii ya Dalili ni ya aina nyingine (sasisho la maudhui, uhamisho au nakala ya akiba). Chagua faili iliyokusudiwa kwa kitendo hiki.',
    'error.format-unsupported':
      'Faili hii iko katika muundo ambao toleo hili la Dalili halisomi. Omba nakala mpya kutoka ofisi iliyoitengeneza.',
    'error.format-too-new':
      'Faili hii inatoka toleo jipya zaidi la Dalili. Sasisha Dalili kwenye kompyuta hii, kisha ujaribu tena.',
    'error.truncated':
      'Faili hii haijakamilika: kunakili kwenye USB huenda kulikatizwa. Inakili tena, kisha ujaribu tena.',
    'error.too-large': 'Faili hii ni kubwa mno kufunguliwa hapa. Hakikisha ni faili sahihi.',
    'error.corrupted':
      'Faili hii imeharibika au imebadilishwa. Hakuna kilichobadilishwa. Inakili tena kutoka asili, kisha ujaribu tena.',
    'error.other-vault':
      'Nakala hii ya akiba inatoka daftari jingine: haiwezi kuunganishwa ndani ya hili. Irejeshe kama daftari jipya, au omba uhamisho wa faili.',
    'error.vault-exists':
      'Daftari hili tayari lipo kwenye kompyuta hii. Lifungue, kisha utumie “Unganisha nakala ya akiba ya daftari hili”.',
    'error.backup-not-authentic':
      'Nakala hii ya akiba hailingani na ufunguo wa daftari hili: imebadilishwa. Hakuna kilichobadilishwa. Tumia nakala nyingine.',
    'error.transfer-code-malformed':
      'Msimbo huu hauna umbo sahihi: herufi 32, makundi 8 ya 4. Uhakiki na ofisi iliyoutoa.',
    'error.transfer-code-mistyped': 'Msimbo huu una kosa la kuandika. Usome tena kundi kwa kundi.',
    'error.wrong-transfer-code': 'Msimbo huu haufungui faili hii. Hakikisha ni msimbo wa uhamisho huu.',
    'error.consent-required': 'Weka alama kwenye kisanduku cha ridhaa au idhini kabla ya kuandaa uhamisho.',
    'error.nothing-selected': 'Chagua angalau faili moja yenye kumbukumbu zinazosomeka.',
    'error.profile-name-invalid': 'Lipe daftari lililorejeshwa jina la herufi 1 hadi 40.',
    'error.kdf-failed':
      'Usimbaji haukuweza kuhesabiwa kwenye kompyuta hii. Funga programu nyingine, kisha ujaribu tena.',
    'error.locked': 'Daftari limefungwa. Lifungue tena, kisha uanze upya: hakuna kilichobadilishwa.',
    'error.changed-during-export':
      'Daftari lilibadilishwa wakati nakala ya akiba ikiandikwa: hakuna faili lililohifadhiwa. Anza kuhifadhi tena.',
    'error.changed-during-merge':
      'Daftari lilibadilishwa wakati wa kuunganisha: hakuna kilichobadilishwa. Anza kuunganisha tena.',
    'error.cancelled': 'Imeghairiwa: hakuna kilichobadilishwa. Unaweza kuanza tena wakati wowote.',
    'progress.reading': 'Daftari linasomwa… {done} / {total}',
    'progress.writing': 'Nakala ya akiba inaandikwa… {done} / {total}',
    'progress.checking': 'Faili inakaguliwa… {percent} %',
    'progress.restoring': 'Inarejeshwa… {done} / {total}',
    'progress.merging': 'Inaunganishwa… {done} / {total}',
    'progress.label': 'Maendeleo',
    'error.storage-failed':
      'Kuhifadhi kwenye kompyuta hii kumeshindikana; hakuna kilichobadilishwa. Kagua nafasi ya diski, kisha ujaribu tena.',
    'last.never': 'Bado hakuna nakala rudufu ya daftari hili kwenye kompyuta hii.',
    'last.on': 'Nakala rudufu ya mwisho: {date} ({ago}).',
    'last.today': 'leo',
    'last.daysAgo.one': 'siku 1 iliyopita',
    'last.daysAgo.other': 'siku {count} zilizopita',
    'reminder.label': 'Ukumbusho wa nakala rudufu',
    'reminder.off': 'Kamwe',
    'reminder.days': 'Baada ya siku {days} bila nakala rudufu',
    'reminder.help':
      'Ukumbusho huonekana kwenye ukurasa wa Mafaili wakati nakala rudufu ya mwisho ya daftari lililo wazi ni ya zamani kuliko muda huu, au wakati haijawahi kuwepo kwenye kompyuta hii.',
    'reminder.never': 'Daftari hili bado halijawahi kuhifadhiwa nakala rudufu kwenye kompyuta hii.',
    'reminder.due': 'Nakala rudufu ya mwisho ya daftari hili ina siku {count}.',
    'reminder.go': 'Hifadhi nakala sasa',
    // Issue 18, point 2: a transfer of cases already here is merged; the person sees what it will do first.
    'import.preview': 'Ona uingizaji utakachofanya',
    'import.previewHeading': 'Uingizaji utakachofanya katika daftari hili',
    'import.previewHelp': 'Bado hakuna kilichoandikwa. Kagua, kisha ingiza au ghairi.',
    'import.doneHeading': 'Uingizaji umekamilika',
    'import.newCases':
      '{count, plural, one {Faili # jipya katika daftari hili: limeongezwa lote.} other {Mafaili # mapya katika daftari hili: yameongezwa yote.}}',
    'import.mergedCases':
      '{count, plural, one {Faili # lililopo tayari katika daftari hili: limeunganishwa kipengele kwa kipengele.} other {Mafaili # yaliyopo tayari katika daftari hili: yameunganishwa kipengele kwa kipengele.}}',
    'import.count.added': 'Vipengele vilivyoongezwa: {count}',
    'import.count.updated': 'Vipengele vilivyobadilishwa na toleo jipya zaidi: {count}',
    'import.count.deleted': 'Vipengele vilivyofutwa hapa, kama katika ofisi nyingine: {count}',
    'import.count.conflicts':
      'Migongano: {count} (matoleo yote mawili yamehifadhiwa; chagua baadaye katika « Matoleo yanayopingana »)',
    'import.closedHere':
      '{count, plural, one {Faili # limefungwa katika daftari hili: linabaki kama lilivyo. Lifungue tena, kisha uingize faili tena ili kupokea mabadiliko yake.} other {Mafaili # yamefungwa katika daftari hili: yanabaki kama yalivyo. Yafungue tena, kisha uingize faili tena ili kupokea mabadiliko yake.}}',
    'import.nothingNew':
      'Faili hili haliletei chochote kipya kwa mafaili yaliyopo tayari katika daftari hili.',
    'error.case-closed':
      'Faili hili limefungwa: lifungue tena kabla ya kutumia toleo hili. Hakuna kilichobadilishwa.',
  },
});
