import { defineNamespace } from './defineNamespace';

// The office's own details (Paramètres), printed on the fiche de référence. The sheet itself is always
// in French (it goes to another service): its keys are read in French whatever the interface language.
export const office = defineNamespace({
  fr: {
    title: 'Coordonnées du bureau',
    intro:
      'Imprimées sur chaque fiche de référence, pour que le service qui reçoit la personne sache qui l’oriente et comment vous rappeler. Elles décrivent le bureau, jamais un dossier, et valent pour tous les carnets de cet ordinateur.',
    'field.service': 'Service qui oriente',
    'field.serviceHint': 'Par exemple : Division provinciale des Affaires sociales, antenne de Walikale.',
    'field.phone': 'Téléphone pour rappeler',
    'field.email': 'E-mail du service',
    save: 'Enregistrer les coordonnées',
    saved: 'Coordonnées du bureau enregistrées.',
    'error.serviceTooLong': 'Nom du service trop long : 160 caractères au plus.',
    'error.email': 'Cette adresse e-mail n’est pas complète : elle doit ressembler à nom@service.cd.',
    'error.emailTooLong': 'Adresse e-mail trop longue : 120 caractères au plus.',
    'sheet.service': 'Service qui oriente',
    'sheet.phone': 'Pour rappeler',
    'sheet.email': 'E-mail',
    'sheet.toComplete': 'à compléter par le bureau',
    'sheet.missing':
      'Le service, le téléphone ou l’e-mail du bureau manquent sur cette fiche : renseignez-les une fois dans Paramètres.',
    'sheet.missingLink': 'Ouvrir les coordonnées du bureau',
  },
  en: {
    title: 'Office details',
    intro:
      'Printed on every referral form, so the receiving service knows who refers the person and how to call you back. They describe the office, never a case, and apply to every notebook on this computer.',
    'field.service': 'Referring service',
    'field.serviceHint': 'For example: Provincial Division of Social Affairs, Walikale office.',
    'field.phone': 'Phone to call back',
    'field.email': 'Service e-mail',
    save: 'Save the details',
    saved: 'Office details saved.',
    'error.serviceTooLong': 'Service name too long: 160 characters at most.',
    'error.email': 'This e-mail address is incomplete: it should look like name@service.cd.',
    'error.emailTooLong': 'E-mail address too long: 120 characters at most.',
    'sheet.service': 'Referring service',
    'sheet.phone': 'To call back',
    'sheet.email': 'E-mail',
    'sheet.toComplete': 'to be completed by the office',
    'sheet.missing':
      'The office’s service, phone or e-mail is missing from this form: enter them once in Settings.',
    'sheet.missingLink': 'Open the office details',
  },
  sw: {
    title: 'Taarifa za ofisi',
    intro:
      'Huchapishwa kwenye kila fomu ya rufaa, ili huduma inayompokea mtu ijue nani anamtuma na jinsi ya kuwapigia tena. Zinaeleza ofisi, kamwe si faili, na zinahusu madaftari yote ya kompyuta hii.',
    'field.service': 'Huduma inayotuma',
    'field.serviceHint': 'Kwa mfano: Idara ya Mkoa ya Masuala ya Kijamii, ofisi ya Walikale.',
    'field.phone': 'Simu ya kupigiwa tena',
    'field.email': 'Barua pepe ya huduma',
    save: 'Hifadhi taarifa',
    saved: 'Taarifa za ofisi zimehifadhiwa.',
    'error.serviceTooLong': 'Jina la huduma ni refu mno: herufi 160 kwa juu.',
    'error.email': 'Anwani hii ya barua pepe haijakamilika: inapaswa kufanana na jina@huduma.cd.',
    'error.emailTooLong': 'Anwani ya barua pepe ni ndefu mno: herufi 120 kwa juu.',
    'sheet.service': 'Huduma inayotuma',
    'sheet.phone': 'Kupigiwa tena',
    'sheet.email': 'Barua pepe',
    'sheet.toComplete': 'itajazwa na ofisi',
    'sheet.missing':
      'Huduma, simu au barua pepe ya ofisi havipo kwenye fomu hii: viweke mara moja katika Mipangilio.',
    'sheet.missingLink': 'Fungua taarifa za ofisi',
  },
});
