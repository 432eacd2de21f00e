// Suggestions for the province and territory fields (the field stays free text: an office may work
// elsewhere). The territories are the administrative territories of the two Kivu provinces.
export const PROVINCES = [
  'Nord-Kivu',
  'Sud-Kivu',
  'Ituri',
  'Maniema',
  'Tanganyika',
  'Haut-Katanga',
  'Kinshasa',
];

export const KIVU_TERRITORIES: Readonly<Record<string, string[]>> = {
  'Nord-Kivu': ['Beni', 'Lubero', 'Masisi', 'Nyiragongo', 'Rutshuru', 'Walikale'],
  'Sud-Kivu': ['Fizi', 'Idjwi', 'Kabare', 'Kalehe', 'Mwenga', 'Shabunda', 'Uvira', 'Walungu'],
};
