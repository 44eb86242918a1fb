import { describe, expect, it } from 'vitest';
import { normaliseHtml } from './normalise-html.js';

// The HTML below is quoted from the dumps in ../shared/dumps (article in brackets).

describe('alinéas', () => {
  it('are split at <p> and <br>, trimmed, empty ones dropped; bare text between paragraphs counts (cgct L1523-1)', () => {
    const result = normaliseHtml(
      "<p></p> Les sociétés d'économie mixte locales peuvent intervenir.<p></p><p></p> Pour les opérations autres que des prestations de services.<p></p>",
    );
    expect(result.paragraphs).toEqual([
      "Les sociétés d'économie mixte locales peuvent intervenir.",
      'Pour les opérations autres que des prestations de services.',
    ]);
    expect(result.text).toBe(result.paragraphs.join('\n'));
    expect(result.html).toBe(
      "<p>Les sociétés d'économie mixte locales peuvent intervenir.</p><p>Pour les opérations autres que des prestations de services.</p>",
    );
  });

  it('keep line breaks inside a paragraph as <br>, without leading, trailing or doubled ones (crpa R112-9-1)', () => {
    const result = normaliseHtml(
      "<p align='left'><br/>Pour exercer son droit. <br/><br/>A cet effet, elle indique. <br/><br/>\n Les modalités peuvent.</p>",
    );
    expect(result.paragraphs).toEqual(['Pour exercer son droit.', 'A cet effet, elle indique.', 'Les modalités peuvent.']);
    expect(result.html).toBe('<p>Pour exercer son droit.<br>A cet effet, elle indique.<br>Les modalités peuvent.</p>');
  });

  it('are empty for an empty text', () => {
    expect(normaliseHtml('')).toEqual({ html: '', paragraphs: [], text: '', references: [] });
    expect(normaliseHtml('<p></p><p> </p><br/>')).toEqual({ html: '', paragraphs: [], text: '', references: [] });
  });
});

describe('tables', () => {
  const table =
    "<p>Les dispositions du livre III.</p><p></p><center><table border='1'><tbody><tr><th>DISPOSITIONS APPLICABLES </th><th>DANS LEUR RÉDACTION </th></tr><tr><td align='left'>Titre Ier </td><td align='left'></td></tr><tr><td></td><td></td></tr><tr><td>R. 311-10 et R. 311-11 </td><td>Résultant du décret n° 2015-1342 </td></tr></tbody></table></center>";

  it('give one alinéa a row, cells joined with " | ", empty rows dropped (crpa D312-11)', () => {
    expect(normaliseHtml(table).paragraphs).toEqual([
      'Les dispositions du livre III.',
      'DISPOSITIONS APPLICABLES | DANS LEUR RÉDACTION',
      'Titre Ier |',
      'R. 311-10 et R. 311-11 | Résultant du décret n° 2015-1342',
    ]);
  });

  it('stay tables in the HTML, without the source attributes and wrappers', () => {
    expect(normaliseHtml(table).html).toBe(
      '<p>Les dispositions du livre III.</p><table><tbody>' +
        '<tr><th>DISPOSITIONS APPLICABLES</th><th>DANS LEUR RÉDACTION</th></tr>' +
        '<tr><td>Titre Ier</td><td></td></tr>' +
        '<tr><td><a href="#R311-10" data-article="R311-10">R. 311-10</a> et <a href="#R311-11" data-article="R311-11">R. 311-11</a></td><td>Résultant du décret n° 2015-1342</td></tr>' +
        '</tbody></table>',
    );
  });

  it('keep colspan and rowspan, and a cell\'s own paragraphs as line breaks (css R113-5, css Annexe II)', () => {
    const result = normaliseHtml(
      "<table border='1' cellpadding='0'><thead><tr><td width='88'><br/></td><td width='132' colSpan='2'><p align='center'>A <br/>DOCUMENTS PRODUITS</p></td></tr></thead><tbody><tr><td rowSpan='1'>x</td><td rowspan='3'>y</td></tr></tbody></table>",
    );
    expect(result.html).toBe(
      '<table><thead><tr><td></td><td colspan="2">A<br>DOCUMENTS PRODUITS</td></tr></thead><tbody><tr><td>x</td><td rowspan="3">y</td></tr></tbody></table>',
    );
    expect(result.paragraphs).toEqual(['| A DOCUMENTS PRODUITS', 'x | y']);
  });

  it('flatten a table nested in a cell into lines of that cell', () => {
    const result = normaliseHtml('<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table></td><td>d</td></tr></table>');
    expect(result.paragraphs).toEqual(['a b | c | d']);
    expect(result.html).toBe('<table><tbody><tr><td>a<br>b | c</td><td>d</td></tr></tbody></table>');
  });
});

describe('lists', () => {
  it('give one alinéa an item', () => {
    const result = normaliseHtml('<p>Sont applicables :</p><ul><li>le 1° ;</li><li></li><li>le 2°<br/>et le 3°.</li></ul><ol><li>un</li></ol>');
    expect(result.paragraphs).toEqual(['Sont applicables :', 'le 1° ;', 'le 2°', 'et le 3°.', 'un']);
    expect(result.html).toBe('<p>Sont applicables :</p><ul><li>le 1° ;</li><li>le 2°<br>et le 3°.</li></ul><ol><li>un</li></ol>');
  });
});

describe('sanitising', () => {
  it('keeps emphasis, as em and strong, and drops font, span, ids and alignment (css Annexe II : Tableau n° 28)', () => {
    const result = normaliseHtml(
      "<p align='center'><strong><font size='1'><br/>ANKYLOSTOMOSE PROFESSIONNELLE</font></strong></p><p id='LEGISCTA000006141467'><b>Classe 1</b> - <i>Capitaux</i>, <span class='x'>le 1<sup>er</sup> et H<sub>2</sub>O</span> <u>souligné</u></p>",
    );
    expect(result.html).toBe(
      '<p><strong>ANKYLOSTOMOSE PROFESSIONNELLE</strong></p><p><strong>Classe 1</strong> - <em>Capitaux</em>, le 1<sup>er</sup> et H<sub>2</sub>O <u>souligné</u></p>',
    );
    expect(result.paragraphs).toEqual(['ANKYLOSTOMOSE PROFESSIONNELLE', 'Classe 1 - Capitaux, le 1er et H2O souligné']);
  });

  it('drops scripts, styles, comments, images and event handlers', () => {
    const result = normaliseHtml(
      '<p onclick="alert(1)" style="color:red">Texte<script>alert("<p>x</p>")</script><style>p{}</style><!-- note --><img src="x.png" onerror="alert(2)"> suite</p>',
    );
    expect(result.html).toBe('<p>Texte suite</p>');
  });

  it('gives emphasis one shape: no empty marks, spaces outside, adjacent marks merged (css D185-2)', () => {
    expect(normaliseHtml('<p>3° Transmettre.  </p><p></p><p><em></em></p>').html).toBe('<p>3° Transmettre.</p>');
    expect(normaliseHtml('<p><strong>NOMENCLATURE DES COMPTES </strong>suite</p>').html).toBe(
      '<p><strong>NOMENCLATURE DES COMPTES</strong> suite</p>',
    );
    expect(normaliseHtml('<p><b>a</b><b>b</b></p>').html).toBe('<p><strong>ab</strong></p>');
  });

  it('carries emphasis across a line break by closing and reopening it', () => {
    expect(normaliseHtml('<p><b>Maladies dues aux bacilles<br/>(Mycobacterium avium)</b></p>').html).toBe(
      '<p><strong>Maladies dues aux bacilles</strong><br><strong>(Mycobacterium avium)</strong></p>',
    );
  });

  it('escapes text, including markup the source holds as text (cgct-history L2121-2)', () => {
    const result = normaliseHtml('<p>&lt;table&gt; &lt;tbody&gt; R < 6,5 % &amp; plus</p>');
    expect(result.paragraphs).toEqual(['<table> <tbody> R < 6,5 % & plus']);
    expect(result.html).toBe('<p>&lt;table&gt; &lt;tbody&gt; R &lt; 6,5 % &amp; plus</p>');
  });
});

describe('links', () => {
  it('drops the source links, whose targets and extent the source changes in place (crpa L112-10, 2023)', () => {
    const before = normaliseHtml(
      "<p>L'application des articles <a href='/affichCodeArticle.do?cidTexte=LEGITEXT000031366350&idArticle=LEGIARTI000031367348&dateTexte=&categorieLien=cid'>L. 112-8 et L. 112-9</a> à certaines démarches.</p><p></p>",
    );
    const after = normaliseHtml(
      "<p>L'application des articles <a href='/affichCodeArticle.do?cidTexte=LEGITEXT000031366350&idArticle=LEGIARTI000031367348&dateTexte=&categorieLien=cid' title='Code des relations entre le public et l'adminis... - art. L112-8 (V)'>L. 112-8 </a>et L. 112-9 à certaines démarches.</p><p></p>",
    );
    expect(after).toEqual(before);
  });

  it('links every same-code article the text cites to its key', () => {
    expect(normaliseHtml("<p>L'application des articles L. 112-8 et L. 112-9 à certaines démarches.</p>")).toEqual({
      html: '<p>L\'application des articles <a href="#L112-8" data-article="L112-8">L. 112-8</a> et <a href="#L112-9" data-article="L112-9">L. 112-9</a> à certaines démarches.</p>',
      paragraphs: ["L'application des articles L. 112-8 et L. 112-9 à certaines démarches."],
      text: "L'application des articles L. 112-8 et L. 112-9 à certaines démarches.",
      references: ['L112-8', 'L112-9'],
    });
  });

  it('does not link articles of another code; the text stays (crpa L112-1)', () => {
    const result = normaliseHtml(
      "<p>au titre de l'<a alt='lien vers un document Legifrance' href='/affichCodeArticle.do?cidTexte=LEGITEXT000006070987&idArticle=LEGIARTI000006465304&dateTexte=&categorieLien=cid'>article L. 3 du code des postes et des communications électroniques</a> faisant foi.</p>",
    );
    expect(result.html).toBe(
      "<p>au titre de l'article L. 3 du code des postes et des communications électroniques faisant foi.</p>",
    );
    expect(result.references).toEqual([]);
  });

  it('removes the space a flattened link left before punctuation, in the text and in the HTML', () => {
    const result = normaliseHtml("<p>prévu à l'article <a href='x'>L. 112-11 </a>, comporte et <a href='y'>L. 137-11 </a> et</p>");
    expect(result.text).toBe("prévu à l'article L. 112-11, comporte et L. 137-11 et");
    expect(result.html).toBe(
      '<p>prévu à l\'article <a href="#L112-11" data-article="L112-11">L. 112-11</a>, comporte et <a href="#L137-11" data-article="L137-11">L. 137-11</a> et</p>',
    );
  });

  it('leaves a citation cut by emphasis unlinked rather than break the nesting', () => {
    expect(normaliseHtml('<p>article <b>L. 1</b>12-3</p>').html).toBe('<p>article <strong>L. 1</strong>12-3</p>');
  });
});

describe('typography', () => {
  it('applies to the text and to the HTML text alike', () => {
    const result = normaliseHtml('<p>l’article\u00a0:\u202fle  <b>1\u00a0000\u00a0€</b> ; collecti\u00advités</p>');
    expect(result.text).toBe("l'article : le 1 000 € ; collectivités");
    expect(result.html).toBe("<p>l'article : le <strong>1 000 €</strong> ; collectivités</p>");
  });

  it('normalises an opening marker written across markup', () => {
    expect(normaliseHtml('<p><b>I. </b>– Les administrations</p>').text).toBe('I.-Les administrations');
  });
});
