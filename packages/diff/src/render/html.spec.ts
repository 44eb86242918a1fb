import { describe, expect, it } from 'vitest';
import { diffArticle } from '../article-diff/diff-article.js';
import { renderDiffHtml } from './html.js';

// R382-84, css 2020-06-18 → 2023-05-14 (first and last alinéas shortened).
const OLD = [
  'La déclaration doit être faite dans le délai d\'un mois.',
  "Sur la base de cette déclaration, la caisse mutuelle d'assurance maladie des cultes, agissant dans le cadre de ses attributions légales, est autorisée à collecter des informations nominatives.",
  'Un arrêté du ministre chargé de la sécurité sociale fixe les modèles de déclarations prévues au présent article.',
];
const NEW = [OLD[0] ?? '', (OLD[1] ?? '').replace("la caisse mutuelle d'assurance maladie des cultes,", 'la caisse,'), OLD[2] ?? ''];

describe('renderDiffHtml', () => {
  it('renders one paragraph an alinéa, the deleted words in <del> with a hidden marker for screen readers', () => {
    const html = renderDiffHtml(diffArticle(OLD, NEW));
    const paragraphs = html.split('\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toBe("<p class=\"diff-alinea diff-unchanged\">La déclaration doit être faite dans le délai d'un mois.</p>");
    expect(paragraphs[1]).toContain(
      '<del class="diff-del" style="background-color:#ffebe9;color:#82071e;text-decoration:line-through">' +
        '<span style="position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0">[supprimé : </span>' +
        " mutuelle d'assurance maladie des cultes" +
        '<span style="position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0">]</span></del>',
    );
    expect(html).not.toContain('<ins');
  });

  it('marks inserted words with <ins>, an underline and an "ajouté" marker', () => {
    const html = renderDiffHtml(diffArticle(NEW, OLD));
    expect(html).toMatch(/<ins class="diff-ins" style="[^"]*text-decoration:underline"><span style="[^"]*clip:rect\(0,0,0,0\)[^"]*">\[ajouté : <\/span> mutuelle d'assurance maladie des cultes<span [^>]*>\]<\/span><\/ins>/);
  });

  it('escapes every text, so markup in an alinéa is shown, never run', () => {
    const html = renderDiffHtml(diffArticle(['Le taux est < 5 % & "fixé"'], ['Le taux est < 5 % & "fixé" <script>alert(1)</script>']));
    expect(html).not.toContain('<script>');
    expect(html).toContain('Le taux est &lt; 5 % &amp; &quot;fixé&quot;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows added and removed alinéas whole, and can elide each run of unchanged alinéas as "…"', () => {
    const diff = diffArticle(OLD, [OLD[0] ?? '', 'II. – Les dispositions du présent article entrent en vigueur le 1er juillet 2025.', OLD[1] ?? '']);
    const elided = renderDiffHtml(diff, { unchanged: 'elide' }).split('\n');
    expect(elided).toEqual([
      '<p class="diff-alinea diff-elided">…</p>',
      expect.stringMatching(/^<p class="diff-alinea diff-added"><ins [^>]*><span [^>]*>\[ajouté : <\/span>II\. – Les dispositions .* 2025\.<span [^>]*>\]<\/span><\/ins><\/p>$/),
      '<p class="diff-alinea diff-elided">…</p>',
      expect.stringMatching(/^<p class="diff-alinea diff-removed"><del [^>]*><span [^>]*>\[supprimé : <\/span>Un arrêté du ministre .*<\/del><\/p>$/),
    ]);
    expect(renderDiffHtml(diff).split('\n')).toHaveLength(4);
  });
});
