import { describe, expect, it } from 'vitest';
import { extractReferences, findCitations, newCitationContext } from './references.js';

const CGCT = { codeTitle: 'Code général des collectivités territoriales' };

describe('extractReferences', () => {
  it('reads enumerations "articles L. 5711-1 et L. 5721-8" (cgct L5111-1)', () => {
    expect(
      extractReferences('les syndicats mixtes, mentionnés aux articles L. 5711-1 et L. 5721-8, les pôles métropolitains'),
    ).toEqual(['L5711-1', 'L5721-8']);
  });

  it('reads "l\'article L. 2121-22-1", "R. 4312-1", "LO 1112-1" and numbers written without spaces', () => {
    expect(extractReferences("L'article L. 2121-22-1 s'applique")).toEqual(['L2121-22-1']);
    expect(extractReferences('prévu à l\'article R. 4312-1')).toEqual(['R4312-1']);
    expect(extractReferences("l'article LO 1112-1 et l'article LO. 111-9")).toEqual(['LO111-9', 'LO1112-1']);
    expect(extractReferences("l'article R133-3 , ainsi que")).toEqual(['R133-3']);
  });

  it('reads long enumerations, sorted and without duplicates', () => {
    expect(
      extractReferences(
        "Pour l'application des dispositions des articles L. 2121-8, L. 2121-9, L. 2121-19 et L. 2121-22 et L2121-27-1, et de l'article L. 2121-9",
      ),
    ).toEqual(['L2121-8', 'L2121-9', 'L2121-19', 'L2121-22', 'L2121-27-1']);
    expect(extractReferences('articles L. 1, L. 2 et L. 3')).toEqual(['L1', 'L2', 'L3']);
  });

  it('expands short ranges whose ends differ in the last number only', () => {
    expect(extractReferences('articles L. 5211-17 à L. 5211-20')).toEqual(['L5211-17', 'L5211-18', 'L5211-19', 'L5211-20']);
    expect(extractReferences('R. 343-1 à R. 343-3')).toEqual(['R343-1', 'R343-2', 'R343-3']);
  });

  it('keeps only the ends of long ranges and of ranges across levels', () => {
    expect(extractReferences('articles L. 1-1 à L. 1-80')).toEqual(['L1-1', 'L1-80']);
    expect(extractReferences('articles R. 343-3-1 à R. 343-4')).toEqual(['R343-3-1', 'R343-4']);
    expect(extractReferences('articles L. 133-9 à L. 133-9-5')).toEqual(['L133-9', 'L133-9-5']);
  });

  it('reads starred numbers, Latin ordinals and capital suffixes', () => {
    expect(extractReferences('R.* 322-4 et R. *343-4')).toEqual(['R*322-4', 'R*343-4']);
    expect(extractReferences("l'article L. 2224-5 bis")).toEqual(['L2224-5bis']);
    expect(extractReferences("l'article L. 243-7-1 A . Les majorations")).toEqual(['L243-7-1A']);
    expect(extractReferences("en application de l'article L. 351-7-1 A du présent code")).toEqual(['L351-7-1A']);
  });

  it('does not take a paragraph numeral or the next number for a suffix', () => {
    expect(extractReferences("le I de l'article L. 5111-1-1 I et")).toEqual(['L5111-1-1']);
    expect(extractReferences('L. 323-1-1, L. 323-2 L. 323-3 , L. 323-3-1')).toEqual(['L323-1-1', 'L323-2', 'L323-3', 'L323-3-1']);
  });

  it('leaves out articles of other codes and texts, enumeration included (crpa L112-1, css L133-9-6)', () => {
    expect(
      extractReferences(
        "au titre de l'article L. 3 du code des postes et des communications électroniques faisant foi",
      ),
    ).toEqual([]);
    expect(
      extractReferences("Les dispositions des articles L. 3334-1 à L. 3334-15 du code du travail s'appliquent à l'article L. 911-1"),
    ).toEqual(['L911-1']);
    expect(extractReferences('articles L5124-1, L5124-2 , L5136-2 et L5124-18 dudit code')).toEqual([]);
    expect(extractReferences("l'article L. 152 A du livre des procédures fiscales")).toEqual([]);
    expect(extractReferences("prévues à l'article L. 283 du même livre")).toEqual([]);
    expect(extractReferences("l'article R. 1 de la loi n° 78-17 et l'article R. 2 du décret n° 2019-33")).toEqual([]);
    expect(extractReferences('Les articles L. 37, L. 68 et LO 179 du code électoral')).toEqual([]);
    expect(extractReferences('des articles L. 526-22 et suivants du code de commerce')).toEqual([]);
    // cgct L1523-2: "précité" points back to the same source.
    expect(
      extractReferences(
        "à l'article L. 300-5 du code de l'urbanisme, ainsi que les modalités prévues à l'article L. 300-5 précité et à l'article L. 1523-1 précité",
      ),
    ).toEqual(['L1523-1']);
    // cgct L1525-3: a precision in parentheses between the number and its source.
    expect(extractReferences("en application de l'article L. 431-4 (3°) du même code")).toEqual([]);
  });

  it('keeps articles said to be of this code', () => {
    expect(extractReferences("l'article L. 351-7-1 du présent code")).toEqual(['L351-7-1']);
    expect(
      extractReferences("l'article L. 2121-22 du code général des collectivités territoriales", CGCT),
    ).toEqual(['L2121-22']);
    expect(extractReferences("l'article L. 2121-22 du code général des collectivités territoriales")).toEqual([]);
  });

  it('ignores numbers without a code prefix and things that only look like one', () => {
    expect(extractReferences("l'article 6 de la loi n° 83-8 et l'article 12")).toEqual([]);
    expect(extractReferences('1° A 9,2 % pour la contribution sociale')).toEqual([]);
    expect(extractReferences('D1 Cotisations acquises D1a Cotisations A2 Placements')).toEqual([]);
    expect(extractReferences('(L. n° 2004-810, 13 août 2004, art. 73)')).toEqual([]);
  });
});

describe('findCitations', () => {
  it('remembers, from line to line of one text, the articles cited as another source\'s (cgct L1524-5-1)', () => {
    const context = newCitationContext();
    expect(findCitations("au sens de l'article L. 233-1 du code de commerce, par l'un", context)).toEqual([]);
    expect(findCitations('au sens du même article L. 233-1, sont désignés', context)).toEqual([]);
    expect(findCitations('au sens du même article L. 1524-5', context).map((citation) => citation.key)).toEqual(['L1524-5']);
    expect(findCitations('au sens du même article L. 233-1', newCitationContext()).map((citation) => citation.key)).toEqual(['L233-1']);
  });

  it('says where each number stands, for links', () => {
    const line = 'articles L. 112-8 et L. 112-9';
    expect(findCitations(line).map(({ start, end, key }) => [line.slice(start, end), key])).toEqual([
      ['L. 112-8', 'L112-8'],
      ['L. 112-9', 'L112-9'],
    ]);
  });
});
