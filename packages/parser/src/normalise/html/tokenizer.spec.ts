import { describe, expect, it } from 'vitest';
import { attributeOf, tokenizeHtml } from './tokenizer.js';

function tokens(html: string): string[] {
  const seen: string[] = [];
  tokenizeHtml(html, {
    onopentag: (name, attributes) => seen.push(`<${name}${attributes}>`),
    onclosetag: (name) => seen.push(`</${name}>`),
    ontext: (text) => seen.push(text),
  });
  return seen;
}

describe('tokenizeHtml', () => {
  it('reads a tag whose attribute holds an unescaped apostrophe as one tag (crpa R112-4, 2020)', () => {
    expect(
      tokens(
        "l'article <a href='/affichCodeArticle.do?idArticle=LEGIARTI000031367338' title='Code des relations entre le public et l'adminis... - art. L112-3 (V)'>L. 112-3</a> n'est pas",
      ),
    ).toEqual([
      "l'article ",
      "<a href='/affichCodeArticle.do?idArticle=LEGIARTI000031367338' title='Code des relations entre le public et l'adminis... - art. L112-3 (V)'>",
      'L. 112-3',
      '</a>',
      " n'est pas",
    ]);
  });

  it('decodes entities in text and lowercases tag names', () => {
    expect(tokens('<P>a&nbsp;b &amp; c&#39;d</P>')).toEqual(['<p>', 'a\u00a0b & c\'d', '</p>']);
  });

  it('keeps a "<" that opens no tag as text (css L245-2)', () => {
    expect(tokens('<td>R < 6,5 %</td>')).toEqual(['<td>', 'R < 6,5 %', '</td>']);
  });

  it('closes the elements left open inside an element when it ends', () => {
    expect(tokens('<p><b>gras<i>et</p>suite')).toEqual(['<p>', '<b>', 'gras', '<i>', 'et', '</i>', '</b>', '</p>', 'suite']);
  });

  it('ignores end tags of elements not open, but a stray </p> still separates and </br> breaks', () => {
    expect(tokens('a</b>b</p>c</br>d')).toEqual(['a', 'b', '<p>', '</p>', 'c', '<br>', 'd']);
  });

  it('does not open void elements, self-closed or not', () => {
    expect(tokens("a<br/>b<br clear='none'/>c<img src='x'>d")).toEqual(['a', '<br/>', 'b', "<br clear='none'/>", 'c', "<img src='x'>", 'd']);
  });

  it('reads the content of script and style as text, markup included, and skips comments and declarations', () => {
    expect(tokens('<!DOCTYPE html><!-- <p>no</p> --><script>if (a<b) "</p>"</script>x')).toEqual([
      '<script>',
      'if (a<b) "</p>"',
      '</script>',
      'x',
    ]);
  });

  it('closes what is still open at the end', () => {
    expect(tokens('<table><tr><td>x')).toEqual(['<table>', '<tr>', '<td>', 'x', '</td>', '</tr>', '</table>']);
  });

  it('reads a tag cut off before its ">" as text, at once (no backtracking blow-up)', () => {
    const cut =
      "<p>Les articles <a href='/affichCodeArticle.do?cidTexte=LEGITEXT000031366350&idArticle=LEGIARTI000032255250' " +
      "title='Code des relations entre le public et l'adminis... - art. " +
      ' a=b'.repeat(60);
    const events: string[] = [];
    tokenizeHtml(cut, {
      onopentag: (name) => events.push(`<${name}>`),
      onclosetag: (name) => events.push(`</${name}>`),
      ontext: (text) => events.push(text.slice(0, 16)),
    });
    expect(events.slice(0, 2)).toEqual(['<p>', 'Les articles <a ']);
  });
});

describe('attributeOf', () => {
  it('reads quoted, unquoted and differently cased attributes', () => {
    expect(attributeOf(" width='132' colSpan='2'", 'colspan')).toBe('2');
    expect(attributeOf(' rowspan="3"', 'rowspan')).toBe('3');
    expect(attributeOf(' colspan=4 rowspan=2', 'rowspan')).toBe('2');
    expect(attributeOf(" align='left'", 'colspan')).toBeUndefined();
  });
});
