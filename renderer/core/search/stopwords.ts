// Words too common to help find a provision, in folded form (no accents), for the three languages.
// Kept short on purpose: "non", "sans", "contre" carry legal meaning and stay searchable.

const FRENCH =
  'le la les un une des du de au aux et ou en dans par pour sur que qui quoi qu ne pas se ce ces cet cette ' +
  'il ils elle elles on nous vous je tu me te son sa ses leur leurs est sont ete etre avec a y lui dont ' +
  'sa mon ma mes ton ta tes notre nos votre vos lorsqu lorsque puisqu jusqu quelqu si plus moins tout tous toute toutes ' +
  'ai as ont d l j m n s t c';
const ENGLISH = 'the of and or to in for on by with an is are be was were as at from that this it its into';
const SWAHILI = 'na ya wa za cha vya kwa ni katika hii huo hiyo ambayo ambao pia';

const STOPWORDS = new Set(`${FRENCH} ${ENGLISH} ${SWAHILI}`.split(/\s+/));

export const isStopword = (folded: string): boolean => STOPWORDS.has(folded);
