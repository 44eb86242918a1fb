import { describe, expect, it } from 'vitest';
import { codeIdentity } from './code-identity.js';

describe('codeIdentity', () => {
  it.each([
    ['Code général des collectivités territoriales', 'Code général des collectivités territoriales', 'code-general-des-collectivites-territoriales'],
    ["Code des relations entre le public et l'administration", "Code des relations entre le public et l'administration", 'code-des-relations-entre-le-public-et-l-administration'],
    ['Code de la sécurité sociale', 'Code de la sécurité sociale', 'code-de-la-securite-sociale'],
    ['  Code du travail\u00a0', 'Code du travail', 'code-du-travail'],
    ['Code de l’œuvre', "Code de l'œuvre", 'code-de-l-oeuvre'],
  ])('%j → title %j, slug %j', (titleMain, title, slug) => {
    expect(codeIdentity(titleMain)).toEqual({ slug, title });
  });
});
