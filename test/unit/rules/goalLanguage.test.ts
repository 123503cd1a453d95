import * as assert from 'node:assert/strict';
import { analyzeGoal } from '../../../src/core/smart/analyzeGoal';
import { goalLanguage } from '../../../src/core/smart/language';

describe('smart: goals in German, French and Spanish', () => {
  it('tells the language of a goal, English by default', () => {
    const cases: [string, string][] = [
      ['Become a staff engineer at a fintech by 2028', 'en'],
      ['Learn Rust', 'en'],
      ['Ich möchte bis Juni 2027 Teamleiterin werden', 'de'],
      ['Die Zertifizierung zum Scrum Master innerhalb von sechs Monaten abschließen', 'de'],
      ['Devenir responsable de projet avant décembre 2027', 'fr'],
      ["Obtenir ma certification d'ici fin 2026", 'fr'],
      ['Conseguir un puesto de jefa de enfermería antes de junio de 2028', 'es'],
      ['Quiero mejorar mi inglés', 'es'],
      ['Join the Café Society board', 'en'],
      ['Update my résumé', 'en'],
      ['Drei Fachartikel pro Woche lesen', 'de'],
      ['Écrire trois jours par semaine', 'fr'],
      ['Este año aprendo a programar', 'es'],
      ['Ser bilingüe antes de 2028', 'es'],
      // Short goals: one word of four letters or more that only that language uses decides; short
      // words that are English too do not.
      ['Mehr Yoga', 'de'],
      ['Aprender Python', 'es'],
      ['Créer un portfolio de photos', 'fr'],
      ['Desarrollar una app para mi barrio', 'es'],
      ['Pro bono work', 'en'],
      // Written mostly in another script: no check reads it.
      ['在2027年底前成为支付团队的工程经理', 'other'],
      ['Стать руководителем команды к 2028 году', 'other'],
      ['Lead the Tokyo team (東京チーム) by 2028', 'en'],
      ['Don’t give up', 'en'],
      ['Visit La Paz', 'en'],
    ];
    for (const [goal, language] of cases) assert.equal(goalLanguage(goal), language, goal);
  });

  it('reads deadlines in their own words, and no S or M verdict', () => {
    const cases: [string, boolean][] = [
      ['Ich möchte bis Juni 2027 Teamleiterin werden', true],
      ['Die Zertifizierung innerhalb der nächsten sechs Monate abschließen', true],
      ['Bis Ende des Jahres die Prüfung bestehen', true],
      ['Jede Woche einen Fachartikel lesen', true],
      ['Ich möchte mich beruflich weiterentwickeln', false],
      ['Devenir responsable de projet avant décembre 2027', true],
      ["Obtenir ma certification d'ici fin 2026", true],
      ['Publier un article chaque mois', true],
      ['Améliorer ma communication', false],
      ['Conseguir un puesto de jefa antes de junio de 2028', true],
      ['Terminar el máster en los próximos seis meses', true],
      ['Leer un libro cada semana', true],
      ['Mejorar mis habilidades de comunicación', false],
      // A year named as such, or first in a German sentence; "in einem Jahr"; the month a result is counted over; the middle or end of the year.
      ['Im Jahr 2027 den Meisterbrief machen', true],
      ['2027 mache ich meinen Meister', true],
      ['In diesem Jahr einen Marathon laufen', true],
      ['Ouvrir ma boutique en un an', true],
      ['Doubler les ventes sur le mois de mars', true],
      ['Publicar mi primer libro a lo largo de 2027', true],
      ['Mudarme a Valencia a mediados de año', true],
      ['Cambiar de trabajo antes de que acabe el año', true],
      // The year's end in one word, tomorrow, a daily habit as an adjective, a season with its year,
      // Christmas, a year that opens the goal, "every two days", the new year; "my daily life" is none.
      ['Bis Jahresende 50 Kunden gewinnen', true],
      ['Den Bericht bis morgen Abend abgeben', true],
      ['Tägliche Bewegung an der frischen Luft', true],
      ['Sommer 2027: eine Alpenüberquerung', true],
      ['Ouvrir mon atelier avant Noël 2027', true],
      ['Été 2027 : traverser les Pyrénées à pied', true],
      ['2027 sera l’année du permis', true],
      ['Raconter mon quotidien en vidéo', false],
      ['Nadar cada dos días', true],
      ['Para el nuevo año, aprender a tejer', true],
    ];
    for (const [goal, timeBound] of cases) {
      const analysis = analyzeGoal(goal);
      assert.notEqual(analysis.language, 'en', goal);
      assert.equal(analysis.deadlines.length > 0, timeBound, `${goal}: ${analysis.deadlines.map((d) => d.text).join(', ')}`);
      assert.ok(analysis.specific.ok && analysis.measurable.ok, `${goal} gets no S or M verdict`);
    }
  });
});
