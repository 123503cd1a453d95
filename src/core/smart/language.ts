/**
 * Which language a goal is written in, among those whose deadlines the checks can read. The S and M
 * checks read English grammar and vocabulary; on a German goal they would give a confident wrong
 * verdict, so the goal's language is told first. Counting each language's commonest short words is
 * enough for a sentence or two, and costs nothing next to a statistical detector.
 */
export type GoalLanguage = 'en' | 'de' | 'fr' | 'es';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Short words that are frequent in one language and rare in the others' goals. */
const MARKERS: Record<GoalLanguage, ReadonlySet<string>> = {
  en: words(`the and to of in for with my our by be will is an on at from this that it as we i want improve become get increase complete within by year month`),
  de: words(`der die das und zu für mit mein meine meinen meiner ich wir bis zum zur im ein eine einen den dem des nicht ist sind werden möchte will auf von bei über durch nach aus innerhalb innert jahres monaten monate wochen woche monat jahr pro steigerung verbessern erreichen abschluss meines meinem jede jeden jedes lesen lernen werden abschließen bestehen einführen januar februar märz juni juli oktober dezember`),
  fr: words(`le les et des du pour avec mon ma mes notre nos je nous d'ici avant une dans par être est sont sur au aux améliorer devenir obtenir atteindre augmenter mois ans an semaines semaine jours deux prochains prochaine qui chaque souhaite veux janvier février avril juin juillet août octobre décembre`),
  es: words(`el los las y del para con mi mis nuestro nuestra yo nosotros antes una por ser es son sobre al mejorar convertirme aumentar lograr alcanzar obtener completar quiero meses años año este esta me lo un semanas próximos próximas que hasta cada durante más conseguir terminar aprender leer trabajar tener puesto enero febrero junio julio agosto octubre diciembre`),
};

/** Letters only some languages write: one of them is strong evidence. */
const LETTERS: Partial<Record<GoalLanguage, RegExp>> = { de: /[äöß]|ü(?!e)/i, fr: /[àâçèêëîïôœùû]/i, es: /[ñ¿¡áíóú]|üe/i };

/** The goal's language; English unless another language's words clearly outnumber it. */
export function goalLanguage(text: string): GoalLanguage {
  const tokens = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const score = (language: GoalLanguage) => tokens.filter((token) => MARKERS[language].has(token)).length + (LETTERS[language]?.test(text) ? 1.5 : 0);
  const english = score('en');
  let best: GoalLanguage = 'en';
  let bestScore = english;
  for (const language of ['de', 'fr', 'es'] as const) {
    const s = score(language);
    if (s > bestScore) {
      best = language;
      bestScore = s;
    }
  }
  // A goal of two or three words has few markers: one foreign letter then decides, if nothing English stands beside it.
  return best !== 'en' && (bestScore >= 2 || (english === 0 && bestScore >= 1.5)) ? best : 'en';
}

export const LANGUAGE_NAMES: Record<GoalLanguage, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish' };
