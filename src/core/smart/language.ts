/**
 * Which language a goal is written in, among those whose deadlines the checks can read. The S and M
 * checks read English grammar and vocabulary; on a German goal they would give a confident wrong
 * verdict, so the goal's language is told first. Counting each language's commonest short words is
 * enough for a sentence or two, and costs nothing next to a statistical detector.
 */
export type GoalLanguage = 'en' | 'de' | 'fr' | 'es' | 'other';

/** The languages whose deadlines the checks read besides English. */
export type ReadLanguage = Exclude<GoalLanguage, 'en' | 'other'>;

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Short words that are frequent in one language and rare in the others' goals. */
const MARKERS: Record<Exclude<GoalLanguage, 'other'>, ReadonlySet<string>> = {
  en: words(`the and to of in for with my our by be will is an on at from this that it as we i want improve become get increase complete within by year month`),
  de: words(`der die das und zu für mit mein meine meinen meiner ich wir bis zum zur im ein eine einen den dem des nicht ist sind werden möchte will auf von bei über durch nach aus innerhalb innert jahres monaten monate wochen woche monat jahr pro steigerung verbessern erreichen abschluss meines meinem jede jeden jedes lesen lernen werden abschließen bestehen einführen januar februar märz juni juli oktober dezember du sich auch noch einmal mehr als oder aber wie habe machen mich mir uns sein seine ihre sollen soll kein keine neue neuen neues eigenes eigene eigenen erste ersten erstes schreiben finden verstehen aufbauen nutzen anfangen gewinnen schaffen senken vertiefen erweitern fertigstellen beherrschen sicher unter ziel ziele umsatz jahresende täglich kenntnisse grundlagen zertifizierung`),
  fr: words(`le les et des du pour avec mon ma mes notre nos je nous d'ici avant une dans par être est sont sur au aux améliorer devenir obtenir atteindre augmenter mois ans an semaines semaine jours deux prochains prochaine qui chaque souhaite veux janvier février avril juin juillet août octobre décembre la de en un plus mieux moins faire avoir savoir pouvoir apprendre continuer développer créer trouver lancer vendre signer réduire gérer promouvoir explorer documenter formaliser optimiser repousser temps quotidien sera année l'année etre capable sa ses leur leurs`),
  es: words(`el los las y del para con mi mis nuestro nuestra yo nosotros antes una por ser es son sobre al mejorar convertirme aumentar lograr alcanzar obtener completar quiero meses años año este esta me lo un semanas próximos próximas que hasta cada durante más conseguir terminar aprender leer trabajar tener puesto enero febrero junio julio agosto octubre diciembre la de en hacer crear desarrollar comer dejar retomar mantener implementar respetar crecer mejor menos nuevo nueva nuevos otro otra voy libro libros juego juegos muy también pero su sus llegar lanzar asistir usar cocinar escribir publicar viajar`),
};

/** Letters only some languages write: one of them is strong evidence. */
const LETTERS: Partial<Record<GoalLanguage, RegExp>> = { de: /[äöß]|ü(?!e)/i, fr: /[àâçèêëîïôœùû]/i, es: /[ñ¿¡áíóú]|üe/i };

/**
 * The goal's language; English unless another language's words clearly outnumber it. A goal written
 * mostly in another script (Chinese, Cyrillic, Arabic…) is `other`: no check can read it.
 */
export function goalLanguage(text: string): GoalLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 0 && latin < letters / 2) return 'other';
  const tokens = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const score = (language: Exclude<GoalLanguage, 'other'>) => tokens.filter((token) => MARKERS[language].has(token)).length + (LETTERS[language]?.test(text) ? 1.5 : 0);
  const english = score('en');
  const foreign = (['de', 'fr', 'es'] as const).map((language) => ({ language, score: score(language) })).sort((a, b) => b.score - a.score);
  const [best, second] = foreign;
  if (best.score <= english) return 'en';
  if (best.score >= 2) return best.language;
  // A short goal has few markers: with nothing English beside it, one foreign letter decides, and in
  // a goal of two or three words one word of four letters or more that only that language uses
  // ("Mehr Sport", "Aprender inglés"); short ones such as "die" or "pro" are English words too.
  if (english > 0) return 'en';
  const long = (language: Exclude<GoalLanguage, 'other'>) => tokens.filter((token) => token.length >= 4 && MARKERS[language].has(token)).length;
  return best.score >= 1.5 || (tokens.length <= 3 && long(best.language) >= 1 && best.score > second.score) ? best.language : 'en';
}

export const LANGUAGE_NAMES: Record<Exclude<GoalLanguage, 'other'>, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish' };
