import { defineNamespace } from './defineNamespace';

// The trust chain of content packs (issue 16): why a pack is refused, who signed it, and the notice
// when the pack in use is older than one this computer already had.
export const trust = defineNamespace({
  fr: {
    'error.old-format':
      'Cette bibliothèque a été faite dans un ancien format, avant la chaîne de confiance actuelle : Dalili ne peut pas vérifier qui l’a signée. Demandez à votre bureau une bibliothèque récente.',
    'error.certificate-expired':
      'Le certificat de l’éditeur qui a signé cette bibliothèque n’était plus valable à la date où elle a été faite.',
    'error.certificate-not-yet-valid':
      'Le certificat de l’éditeur qui a signé cette bibliothèque n’était pas encore valable à la date où elle a été faite.',
    'error.role-refused':
      'L’éditeur qui a signé cette bibliothèque n’est pas autorisé à publier des contenus.',
    'error.publisher-revoked':
      'La clé de l’éditeur qui a signé cette bibliothèque a été révoquée : elle n’est plus acceptée.',
    'error.version-jump':
      'Cette bibliothèque annonce une version beaucoup plus élevée que celle en service (plus de {max} versions d’écart) : elle est refusée par précaution. Importez d’abord la version suivante, ou installez une version récente de Dalili.',
    signedBy: 'Signée par : {publisher} — clé {keyId}.',
    validity: 'Certificat de l’éditeur valable du {from} au {until} ; bibliothèque faite le {created}.',
    signedByDev: 'Bibliothèque de développement, signée avec une clé de test : pour des essais seulement.',
    transferRecordInvalid:
      'Ce transfert contient des éléments que ce carnet ne reconnaît pas ou qui ne sont pas valides (type inconnu, contenu mal formé, ou pièce jointe qui ne correspond pas à son type). Rien n’a été importé. Demandez au bureau d’origine un nouveau transfert fait avec une version à jour de Dalili.',
    rolledBack:
      'Attention : cet ordinateur a déjà utilisé la version {highest} de la bibliothèque, mais c’est la version {current} qui est en service. La mise à jour importée a été retirée ou remplacée par une plus ancienne. Si ce n’est pas vous, prévenez votre bureau et réimportez la version la plus récente.',
  },
  en: {
    'error.old-format':
      'This library was made in an old format, before the current chain of trust: Dalili cannot check who signed it. Ask your office for a recent library.',
    'error.certificate-expired':
      'The certificate of the publisher who signed this library was no longer valid on the date it was made.',
    'error.certificate-not-yet-valid':
      'The certificate of the publisher who signed this library was not yet valid on the date it was made.',
    'error.role-refused': 'The publisher who signed this library is not allowed to publish content.',
    'error.publisher-revoked':
      'The key of the publisher who signed this library has been revoked: it is no longer accepted.',
    'error.version-jump':
      'This library announces a version much higher than the one in use (more than {max} versions apart): it is refused as a precaution. First import the next version, or install a recent version of Dalili.',
    signedBy: 'Signed by: {publisher} — key {keyId}.',
    validity: 'Publisher certificate valid from {from} to {until}; library made on {created}.',
    signedByDev: 'Development library, signed with a test key: for trials only.',
    transferRecordInvalid:
      'This transfer contains items this notebook does not recognise or that are not valid (unknown type, malformed content, or an attachment that does not match its type). Nothing has been imported. Ask the sending office for a new transfer made with an up-to-date version of Dalili.',
    rolledBack:
      'Warning: this computer has already used version {highest} of the library, but version {current} is in use. The imported update was removed or replaced by an older one. If it was not you, tell your office and import the most recent version again.',
  },
  sw: {
    'error.old-format':
      'Maktaba hii ilitengenezwa kwa muundo wa zamani, kabla ya mnyororo wa uaminifu wa sasa: Dalili haiwezi kuhakiki nani aliisaini. Omba ofisi yako maktaba ya hivi karibuni.',
    'error.certificate-expired':
      'Cheti cha mchapishaji aliyesaini maktaba hii hakikuwa halali tena siku ilipotengenezwa.',
    'error.certificate-not-yet-valid':
      'Cheti cha mchapishaji aliyesaini maktaba hii kilikuwa bado si halali siku ilipotengenezwa.',
    'error.role-refused': 'Mchapishaji aliyesaini maktaba hii haruhusiwi kuchapisha maudhui.',
    'error.publisher-revoked': 'Ufunguo wa mchapishaji aliyesaini maktaba hii umefutwa: haukubaliwi tena.',
    'error.version-jump':
      'Maktaba hii inatangaza toleo la juu sana kuliko linalotumika (tofauti ya zaidi ya matoleo {max}): imekataliwa kwa tahadhari. Ingiza kwanza toleo linalofuata, au sakinisha toleo jipya la Dalili.',
    signedBy: 'Imesainiwa na: {publisher} — ufunguo {keyId}.',
    validity:
      'Cheti cha mchapishaji ni halali kuanzia {from} hadi {until}; maktaba ilitengenezwa tarehe {created}.',
    signedByDev: 'Maktaba ya majaribio, imesainiwa kwa ufunguo wa majaribio: kwa majaribio tu.',
    transferRecordInvalid:
      'Uhamisho huu una vitu ambavyo daftari hili halivitambui au ambavyo si halali (aina isiyojulikana, maudhui yaliyoharibika, au kiambatisho kisicholingana na aina yake). Hakuna kilichoingizwa. Omba ofisi iliyotuma uhamisho mpya uliofanywa kwa toleo la kisasa la Dalili.',
    rolledBack:
      'Tahadhari: kompyuta hii imeshatumia toleo {highest} la maktaba, lakini toleo {current} ndilo linalotumika. Sasisho lililoingizwa liliondolewa au kubadilishwa na la zamani zaidi. Kama si wewe, ijulishe ofisi yako na uingize tena toleo la hivi karibuni.',
  },
});
