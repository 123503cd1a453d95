import type { TimeExpression } from './deadline';
import type { ReadLanguage } from './language';

/**
 * Deadlines, time frames and recurrences in German, French and Spanish goals: "bis Juni 2027",
 * "innerhalb von 6 Monaten", "avant décembre 2027", "d'ici fin 2026", "antes de junio de 2028",
 * "cada semana". As in English every pattern needs the word that makes a time frame (a preposition,
 * "nächste", "chaque"), so a year in a name is not read as one. One table a language, as data.
 */
interface Pattern {
  readonly kind: TimeExpression['kind'];
  readonly regex: RegExp;
}

const YEAR = String.raw`(?:19|20)\d\d`;
const NUMERIC_DATE = String.raw`\d{1,2}[./]\d{1,2}[./](?:\d{2}|${YEAR})`;
const QUARTER = String.raw`(?:q[1-4]|h[12])(?:\s*(?:/\s*)?${YEAR})?`;

/** A case-insensitive pattern bounded by non-letters (`\b` does not know "ä" is a letter). */
const phrase = (source: string) => new RegExp(String.raw`(?<![\p{L}\d])(?:${source})(?![\p{L}\d])`, 'giu');

const DE_MONTH = String.raw`(?:januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\.?`;
const DE_UNIT = String.raw`(?:tag|tagen|tage|woche|wochen|monat|monaten|monate|monats|quartal|quartalen|quartale|quartals|halbjahr|halbjahren|jahr|jahren|jahre|jahres|semester|semestern)`;
const DE_COUNT = String.raw`(?:\d+|einem|einer|eines|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|achtzehn|vierundzwanzig|wenigen|den nächsten|der nächsten|den kommenden|der kommenden)`;

const FR_MONTH = String.raw`(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|sept|oct|nov|déc)\.?`;
const FR_UNIT = String.raw`(?:jours?|semaines?|mois|trimestres?|semestres?|ans?|années?|annees?)`;
const FR_COUNT = String.raw`(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|dix-huit|vingt-quatre|quelques)`;

const ES_MONTH = String.raw`(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|jun|jul|ago|sept?|oct|nov|dic)\.?`;
const ES_UNIT = String.raw`(?:días?|dias?|semanas?|mes|meses|trimestres?|semestres?|años?|anos?)`;
const ES_COUNT = String.raw`(?:\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|dieciocho|veinticuatro|unos|unas|pocos|pocas)`;

const PATTERNS: Record<ReadLanguage, readonly Pattern[]> = {
  de: [
    { kind: 'date', regex: phrase(String.raw`(?:bis|vor|ab|zum|am|im|in|ende|anfang|mitte|spätestens|bis spätestens|bis zum|bis ende|bis anfang|bis mitte)\s+(?:(?:ende|anfang|mitte)\s+)?(?:\d{1,2}\.\s*)?${DE_MONTH}(?:\s+${YEAR})?`) },
    { kind: 'date', regex: phrase(String.raw`(?:bis|vor|zum|am|bis zum|spätestens)\s+(?:\d{1,2}\.\s*)?${NUMERIC_DATE}`) },
    { kind: 'date', regex: phrase(NUMERIC_DATE) },
    { kind: 'period', regex: phrase(String.raw`(?:bis|vor|im|in|ab|für|ende|anfang|mitte|bis ende|bis anfang|bis mitte|bis zum|seit)\s+(?:(?:ende|anfang|mitte)\s+)?(?:(?:des\s+)?(?:jahres|geschäftsjahres|schuljahres|quartals|semesters)\s+)?(?:${YEAR}|${QUARTER})`) },
    { kind: 'period', regex: phrase(String.raw`(?:bis|vor|zum|zur|im|in|ende|anfang|mitte|bis ende|bis zum|bis zur)\s+(?:(?:ende|anfang|mitte)\s+)?(?:des|der|dieses|diesen|dieser|diesem|nächsten|nächstes|kommenden|laufenden|ersten|zweiten|dritten|vierten|folgenden)\s+(?:(?:nächsten|kommenden|ersten|zweiten|dritten|vierten)\s+)?(?:jahres|jahr|jahrs|monats|monat|quartals|quartal|halbjahres|halbjahr|geschäftsjahres|geschäftsjahr|schuljahres|schuljahr|semesters|semester|woche|wochen|sommers|winters|frühjahrs|herbstes)`) },
    { kind: 'period', regex: phrase(String.raw`(?:dieses|diesen|nächstes|nächsten|kommendes|kommenden|im laufenden|im nächsten|im kommenden)\s+(?:jahr|monat|quartal|halbjahr|semester|sommer|winter|herbst|frühjahr)|jahresende|quartalsende|monatsende|ende (?:des|dieses)(?: einen)? jahres|(?:sommer|winter|herbst|frühjahr|frühling)\s+${YEAR}`) },
    { kind: 'date', regex: phrase(String.raw`(?:bis|vor)\s+(?:heute|morgen|übermorgen)(?:\s+(?:abend|früh|mittag|nachmittag))?`) },
    // "im Jahr 2025", "für das Jahr 2022"; "2018 schließe ich…": a year first, then the verb and its subject.
    { kind: 'period', regex: phrase(String.raw`(?:im|für das|in dem|das|dem)\s+jahr\s+${YEAR}|^\s*${YEAR}\s+\p{L}+\s+(?:ich|wir)`) },
    { kind: 'span', regex: phrase(String.raw`(?:innerhalb|innert|binnen|in|während|im laufe|im zeitraum|über)\s+(?:(?:von|der|den|des|eines|einer|einem)\s+)?(?:(?:nächsten|kommenden|folgenden|ersten)\s+)?(?:${DE_COUNT}\s+)?${DE_UNIT}`) },
    { kind: 'span', regex: phrase(String.raw`${DE_COUNT}\s+${DE_UNIT}\s+(?:nach|ab)\b`) },
    { kind: 'recurrence', regex: phrase(String.raw`(?:jede[nrms]?|alle\s+\d+|einmal\s+(?:pro|im|in der|je)|zweimal\s+(?:pro|im|in der|je)|\d+\s*(?:x|mal)\s+(?:pro|im|in der|je)|pro|je)\s+(?:tag|woche|monat|quartal|halbjahr|jahr|wochen|monate|jahre|sprint)|(?:täglich|wöchentlich|monatlich|vierteljährlich|halbjährlich|jährlich|zweiwöchentlich)(?:e[nrms]?)?|quartalsweise|regelmäßig alle\s+\d+\s+\p{L}+`) },
    { kind: 'milestone', regex: phrase(String.raw`(?:bis|vor|mit)\s+(?:zu meinem\s+)?\d{2}(?:\.\s+(?:geburtstag|lebensjahr))?(?:\s+jahren)?`) },
  ],
  fr: [
    { kind: 'date', regex: phrase(String.raw`(?:(?:sur|pour|pendant|durant|au cours du)\s+le mois de|au mois de|d'ici|d’ici|avant|en|dès|jusqu'en|jusqu’en|jusqu'au|jusqu’au|au|le|fin|début|mi|mi-|courant|à partir de|avant le|d'ici le|d’ici le|d'ici à|d’ici à|d'ici fin|d’ici fin|avant fin|avant la fin|d'ici la fin)\s*(?:(?:de|d')\s*)?(?:(?:fin|début|mi)\s+)?(?:\d{1,2}(?:er)?\s+)?${FR_MONTH}(?:\s+${YEAR})?`) },
    { kind: 'date', regex: phrase(String.raw`(?:avant le|d'ici le|d’ici le|le|au|jusqu'au|jusqu’au)\s+${NUMERIC_DATE}`) },
    { kind: 'date', regex: phrase(NUMERIC_DATE) },
    { kind: 'period', regex: phrase(String.raw`(?:d'ici|d’ici|avant|en|dès|pour|jusqu'en|jusqu’en|fin|début|mi|courant|d'ici fin|d’ici fin|avant fin|d'ici à|d’ici à)\s+(?:(?:fin|début|mi)\s+)?(?:${YEAR}|${QUARTER})`) },
    { kind: 'period', regex: phrase(String.raw`(?:d'ici|d’ici|avant|à|au|pour|dès|jusqu'à|jusqu’à)\s+(?:la\s+)?(?:fin|l'issue|l’issue|début|mi-parcours|moitié)\s+(?:du|de la|de l'|de l’|de cette|de ce|de l'année|de l’année)\s*(?:(?:premier|deuxième|second|troisième|quatrième|prochain|prochaine)\s+)?(?:année|annee|an|mois|trimestre|semestre|exercice|saison|semaine|${YEAR})`) },
    { kind: 'period', regex: phrase(String.raw`(?:cette|l'|l’|la|d'ici l'|d’ici l’|d'ici la|d’ici la|d'ici le|d’ici le|ce|au cours de cette|au cours du|au cours de l'|au|pendant le|pendant l')\s*(?:année|annee|trimestre|semestre|mois|exercice)\s*(?:prochaine?|en cours|à venir|scolaire|universitaire|fiscale?|suivante?)?|(?:au|le|du)\s+(?:premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e|prochain)\s+(?:trimestre|semestre)(?:\s+${YEAR})?|l'an prochain|l’an prochain|l'année prochaine|l’année prochaine|cette année|ce trimestre|ce semestre|ce mois-ci|fin d'année|fin d’année`) },
    { kind: 'span', regex: phrase(String.raw`(?:dans|sous|en|d'ici|d’ici|au cours des|au cours de|pendant|durant|sur|dans un délai de|dans les|d'ici les|d’ici les)\s+(?:les\s+)?(?:prochain(?:e)?s?\s+)?(?:${FR_COUNT}\s+)(?:prochain(?:e)?s?\s+)?${FR_UNIT}(?:\s+(?:prochain(?:e)?s?|à venir|suivant(?:e)?s?))?`) },
    { kind: 'recurrence', regex: phrase(String.raw`(?:chaque|tous les|toutes les|une fois par|deux fois par|\d+\s*fois par|par)\s+(?:\d+\s+)?(?:jour|jours|semaine|semaines|mois|trimestre|trimestres|semestre|an|ans|année|années|sprint)|quotidiennement|(?<!(?:mon|ton|son|notre|votre|leur|le|du|au)\s+)quotidien(?:ne)?s?|hebdomadaires?|hebdomadairement|mensuel(?:le)?s?|mensuellement|trimestriel(?:le)?s?|trimestriellement|annuel(?:le)?s?|annuellement`) },
    { kind: 'date', regex: phrase(String.raw`(?:avant|d'ici|d’ici|pour|jusqu'à|jusqu’à)\s+noël(?:\s+${YEAR})?|noël\s+${YEAR}`) },
    { kind: 'period', regex: phrase(String.raw`(?:été|hiver|printemps|automne)\s+${YEAR}|^\s*${YEAR}\s+(?:sera|va être|doit être)`) },
    { kind: 'milestone', regex: phrase(String.raw`(?:avant|d'ici|d’ici)\s+(?:mes|mon|mes\s+)?\d{2}\s+ans|(?:avant|d'ici|d’ici|lors de)\s+(?:mon|ma|le|la|l'|l’|notre)\s*(?:prochain(?:e)?\s+)?(?:entretien annuel|entretien|évaluation|revue|bilan)`) },
  ],
  es: [
    { kind: 'date', regex: phrase(String.raw`(?:antes de|antes del|para|hasta|en|a partir de|desde|a finales de|a principios de|a mediados de|finales de|principios de|mediados de|a fin de|el)\s+(?:(?:finales|principios|mediados|fin)\s+de\s+)?(?:\d{1,2}\s+de\s+)?${ES_MONTH}(?:\s+(?:de|del)\s+${YEAR}|\s+${YEAR})?`) },
    { kind: 'date', regex: phrase(String.raw`(?:antes del|para el|hasta el|el)\s+${NUMERIC_DATE}`) },
    { kind: 'date', regex: phrase(NUMERIC_DATE) },
    { kind: 'period', regex: phrase(String.raw`(?:a lo largo de|a lo largo del|antes de|antes del|para|para el|hasta|hasta el|en|en el|durante|durante el|desde|a finales de|a principios de|a mediados de|finales de|principios de|mediados de|a fin de|al cierre de)\s+(?:(?:año|ano|ejercicio|curso)\s+)?(?:${YEAR}|${QUARTER})`) },
    { kind: 'period', regex: phrase(String.raw`(?:antes de|antes del|para|hasta|a|al|en|durante)\s+(?:el\s+)?(?:final|finales|fin|cierre|principio|principios|mitad|término|termino)\s+(?:de|del)\s+(?:este\s+|esta\s+|el\s+|la\s+|año\s+|próximo\s+|proximo\s+)?(?:año|ano|trimestre|semestre|mes|ejercicio|curso|periodo|período|${YEAR})`) },
    { kind: 'period', regex: phrase(String.raw`(?:este|esta|el próximo|el proximo|la próxima|la proxima|el siguiente|durante este|en este|a lo largo del|a lo largo de este)\s+(?:año|ano|trimestre|semestre|mes|ejercicio|curso|periodo|período)(?:\s+(?:fiscal|escolar|académico|academico|en curso|que viene|próximo|proximo))?|(?:en el|el|del|durante el)\s+(?:primer|segundo|tercer|cuarto|1er|2do|3er|4to|próximo|proximo)\s+(?:trimestre|semestre)(?:\s+(?:de|del)\s+${YEAR})?|el año que viene|el próximo año|el proximo año|(?:a\s+)?(?:mediados|finales|principios)\s+de(?:l)?\s+(?:este\s+)?(?:año|ano|mes|curso)|antes de que (?:acabe|termine|finalice|se acabe|se termine) (?:el|este) (?:año|ano|mes|trimestre|semestre|curso)`) },
    { kind: 'span', regex: phrase(String.raw`(?:en|dentro de|durante|a lo largo de|en un plazo de|en el plazo de|en un periodo de|en un período de|en los|en las|durante los|durante las|para los|en el transcurso de)\s+(?:los\s+|las\s+)?(?:(?:próximos|proximos|próximas|proximas|siguientes)\s+)?(?:${ES_COUNT}\s+)(?:próximos\s+|proximos\s+|próximas\s+|proximas\s+|siguientes\s+)?${ES_UNIT}(?:\s+(?:próximos|proximos|próximas|proximas|siguientes))?`) },
    { kind: 'recurrence', regex: phrase(String.raw`cada\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince)\s+(?:días|dias|semanas|meses|años)`) },
    { kind: 'period', regex: phrase(String.raw`(?:para el|en el|durante el|el)\s+(?:nuevo año|año nuevo)|(?:verano|invierno|primavera|otoño)\s+(?:de\s+)?${YEAR}|^\s*${YEAR}\s+(?:será|va a ser)`) },
    { kind: 'recurrence', regex: phrase(String.raw`(?:cada|todos los|todas las|una vez al|una vez por|una vez a la|dos veces al|dos veces por|dos veces a la|\d+\s*veces\s+(?:al|por|a la)|por|al|a la)\s+(?:\d+\s+)?(?:día|dias|días|dia|semana|semanas|mes|meses|trimestre|trimestres|semestre|año|años|sprint)|diariamente|diari[oa]s?|semanalmente|semanal(?:es)?|mensualmente|mensual(?:es)?|trimestralmente|trimestral(?:es)?|anualmente|anual(?:es)?|quincenalmente|quincenal(?:es)?`) },
    { kind: 'milestone', regex: phrase(String.raw`(?:antes de|para|a)\s+(?:los|mis|cumplir)\s+\d{2}(?:\s+años)?|(?:antes de|para|en)\s+(?:mi|la|el|nuestra|nuestro)\s+(?:próxima|proxima|próximo|proximo)?\s*(?:evaluación|evaluacion|revisión|revision|entrevista)`) },
  ],
};

/** Every time expression of a German, French or Spanish goal, in order, overlaps merged. */
export function findForeignTimeExpressions(text: string, language: ReadLanguage): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const pattern of PATTERNS[language]) {
    for (const match of text.matchAll(pattern.regex)) {
      if (match[0].trim() === '') continue;
      found.push({ kind: pattern.kind, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((expression, i) => !found.slice(0, i).some((other) => expression.start < other.end && other.start < expression.end && other.end >= expression.end));
}
