import { describe, expect, it } from 'vitest';
import { amendedL211_7, correctedR382_84, createdD114_9_1, movedLO111_4, retitledLivreIII } from '../real-changes.test-helpers.js';
import { renderChangePage } from './change-page.js';
import { expectSoundPage } from './page.test-helpers.js';

describe('renderChangePage', () => {
  it('shows the R382-84 correction alinéa by alinéa, the struck words marked for every reader', () => {
    const $ = expectSoundPage(renderChangePage(correctedR382_84));
    expect($('h1').text()).toBe('Article R. 382-84 corrigé');
    const alineas = $('p.diff-alinea');
    expect(alineas).toHaveLength(6);
    expect(alineas.filter('.diff-unchanged')).toHaveLength(5);
    const modified = alineas.filter('.diff-modified');
    expect(modified.find('del').text()).toBe("[supprimé :  mutuelle d'assurance maladie des cultes]");
    expect(modified.find('del .visually-hidden').toArray().map((span) => $(span).text())).toEqual(['[supprimé : ', ']']);
    expect(modified.text()).toContain("Sur la base de cette déclaration, la caisse[supprimé :  mutuelle d'assurance maladie des cultes], agissant");
  });

  it('states the facts: code, section, the three dates, the version corrected in place', () => {
    const $ = expectSoundPage(renderChangePage(correctedR382_84));
    const facts = Object.fromEntries($('.change-facts dt').toArray().map((dt) => [$(dt).text(), $(dt).next('dd').text()]));
    expect(facts).toMatchObject({
      Code: 'Code de la sécurité sociale',
      "Date d'effet": 'non indiquée par la source',
      'Données Légifrance au': '14 mai 2023',
      'Détecté le': '15 mai 2023 à 5 h 47 (heure de Paris)',
      'Version corrigée': 'LEGIARTI000034623071 (R. 382-84, en vigueur), à compter du 6 mai 2017, sans date de fin',
    });
    expect(facts.Section).toMatch(/^Partie réglementaire - Décrets en Conseil d'Etat › Livre III .* › Paragraphe 5 : Affiliation$/);
  });

  it('links the article page and Légifrance', () => {
    const $ = expectSoundPage(renderChangePage(amendedL211_7));
    const hrefs = $('main a').toArray().map((link) => link.attribs.href);
    expect(hrefs).toContain('/articles/LEGIARTI000031367519');
    expect(hrefs).toContain('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048600728');
    expect(hrefs).toContain('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031367519');
  });

  it('says why there is no diff, and where a moved article was', () => {
    const created = expectSoundPage(renderChangePage(createdD114_9_1));
    expect(created('.change-notice').text()).toBe("Aucune comparaison de texte n'est disponible pour ce changement.");
    const moved = expectSoundPage(renderChangePage(movedLO111_4));
    const before = moved('dt').filter((_, dt) => moved(dt).text() === 'Section avant le changement').next('dd').text();
    expect(before).toContain('Section 1 : Contenu et présentation des lois de financement.');
    const retitled = expectSoundPage(renderChangePage(retitledLivreIII));
    expect(retitled('.breadcrumb a')).toHaveLength(1);
  });

  it('says the source\'s "en cours de traitement" instead of diffing it', () => {
    const $ = expectSoundPage(renderChangePage({ ...amendedL211_7, placeholders: { afterTextPending: true } }));
    expect($('.change-notice').text()).toBe("Le texte de la nouvelle version n'est pas encore publié : Légifrance indique « en cours de traitement ».");
    expect($('del, ins')).toHaveLength(0);
  });
});
