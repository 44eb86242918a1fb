import { diffArticle, summariseDiff } from '@legifeed/diff';
import { UNDETERMINED } from '@legifeed/parser';
import type { PublishedChange, SiteLinks } from './types.js';

// Changes as storage would hand them over, built from rows of ../shared/dumps (texts, ids, dates, states and
// section titles copied from the dumps named on each; paths entity-decoded and trimmed as the parser does).
// `id`, `sequence` and `detectedAt` are legifeed's own bookkeeping, made up here.

export const SITE: SiteLinks = { baseUrl: 'https://legifeed.example.org/' };

const CRPA = { slug: 'code-des-relations-entre-le-public-et-l-administration', title: "Code des relations entre le public et l'administration" };
const CSS = { slug: 'code-de-la-securite-sociale', title: 'Code de la sécurité sociale' };

const CSS_AFFILIATION_PATH = [
  "Partie réglementaire - Décrets en Conseil d'Etat",
  'Livre III : Dispositions relatives aux assurances sociales et à diverses catégories de personnes rattachées au régime général',
  "Titre VIII : Dispositions relatives à diverses catégories de personnes rattachées au régime général - Dispositions d'application du livre 3",
  "Chapitre 2 : Personnes rattachées au régime général pour l'ensemble des risques",
  'Section 2 : Ministres des cultes et membres des congrégations et collectivités religieuses',
  'Sous-section 1 : Dispositions générales.',
  'Paragraphe 5 : Affiliation',
];

function withDiff(oldParagraphs: string[], newParagraphs: string[]): Pick<PublishedChange, 'diff' | 'summary'> {
  const diff = diffArticle(oldParagraphs, newParagraphs);
  return { diff, summary: summariseDiff(diff) };
}

const L211_7_SECOND =
  "L'obligation de motivation s'étend aux décisions par lesquelles les organismes et institutions mentionnés à l'alinéa précédent refusent l'attribution d'aides ou de subventions dans le cadre de leur action sanitaire et sociale.";

/** crpa L211-7, crpa-2023-08-16T0328 → crpa-2024-01-01T2336: "Pôle emploi" becomes "l'opérateur France Travail". */
export const amendedL211_7: PublishedChange = {
  id: 'chg-000118',
  sequence: 118,
  kind: 'amended',
  code: CRPA,
  article: { cid: 'LEGIARTI000031367519', num: 'L211-7' },
  section: {
    cid: 'LEGISCTA000031367517',
    path: [
      "Livre II : LES ACTES UNILATÉRAUX PRIS PAR L'ADMINISTRATION",
      'Titre Ier : LA MOTIVATION ET LA SIGNATURE DES ACTES ADMINISTRATIFS',
      'Chapitre Ier : Motivation',
      'Section 3 : Règles spécifiques à certains organismes',
    ],
  },
  sectionBefore: null,
  before: { id: 'LEGIARTI000031367519', num: 'L211-7', etat: 'VIGUEUR', validFrom: '2016-01-01', validTo: null },
  after: { id: 'LEGIARTI000048600728', num: 'L211-7', etat: 'VIGUEUR', validFrom: '2024-01-01', validTo: null },
  effectiveDate: '2024-01-01',
  dumpDate: '2024-01-01',
  detectedAt: '2024-01-02T05:12:40.000Z',
  ...withDiff(
    [
      "Les organismes de sécurité sociale et Pôle emploi doivent faire connaître les motifs des décisions individuelles par lesquelles ils refusent un avantage dont l'attribution constitue un droit pour les personnes qui remplissent les conditions légales pour l'obtenir.",
      L211_7_SECOND,
    ],
    [
      "Les organismes de sécurité sociale et l'opérateur France Travail doivent faire connaître les motifs des décisions individuelles par lesquelles ils refusent un avantage dont l'attribution constitue un droit pour les personnes qui remplissent les conditions légales pour l'obtenir.",
      L211_7_SECOND,
    ],
  ),
};

const R382_84_UNCHANGED = [
  "En vue de permettre à la caisse d'assurance vieillesse, invalidité et maladie des cultes de procéder à l'affiliation des personnes qui remplissent les conditions définies à l'article R. 382-57, les associations, congrégations ou collectivités religieuses doivent, sous les sanctions prévues aux articles R. 244-4 et R. 244-5, déclarer à la caisse les personnes relevant d'elles qui remplissent les conditions définies aux articles R. 382-57 et R. 382-131.",
  "La déclaration doit être faite dans le délai d'un mois à compter de la date à laquelle ces conditions sont remplies.",
  "A défaut de cette déclaration, l'affiliation est effectuée par la caisse d'assurance vieillesse, invalidité et maladie des cultes, soit de sa propre initiative, soit à la requête de l'intéressé.",
  "L'affiliation des personnes titulaires d'une pension servie en application de l'article L. 382-15 et qui ne relèvent pas d'une association, congrégation ou collectivité religieuse est effectuée soit à l'initiative de la Caisse d'assurance vieillesse, invalidité et maladie des cultes, soit à la requête de l'intéressé.",
];
const R382_84_LAST = 'Un arrêté du ministre chargé de la sécurité sociale fixe les modèles de déclarations prévues au présent article.';
const R382_84_FIFTH_END =
  ", agissant dans le cadre de ses attributions légales, est autorisée, en application du troisième alinéa de l'article 31 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, à collecter, conserver et traiter des informations nominatives comportant des données relatives au rattachement de ses ressortissants à un culte.";

const R382_84_VERSION = { id: 'LEGIARTI000034623071', num: 'R382-84', etat: 'VIGUEUR', validFrom: '2017-05-06', validTo: null };

/** css R382-84, css-2020-06-18 → css-2023-05-14: corrected in place, same version id. */
export const correctedR382_84: PublishedChange = {
  id: 'chg-000731',
  sequence: 731,
  kind: 'corrected',
  code: CSS,
  article: { cid: 'LEGIARTI000006749790', num: 'R382-84' },
  section: { cid: 'LEGISCTA000006194731', path: CSS_AFFILIATION_PATH },
  sectionBefore: null,
  before: R382_84_VERSION,
  after: R382_84_VERSION,
  effectiveDate: null,
  dumpDate: '2023-05-14',
  detectedAt: '2023-05-15T03:47:09.000Z',
  ...withDiff(
    [...R382_84_UNCHANGED, `Sur la base de cette déclaration, la caisse mutuelle d'assurance maladie des cultes${R382_84_FIFTH_END}`, R382_84_LAST],
    [...R382_84_UNCHANGED, `Sur la base de cette déclaration, la caisse${R382_84_FIFTH_END}`, R382_84_LAST],
  ),
};

/** crpa D114-9-1, new in crpa-2023-05-16T0334. */
export const createdD114_9_1: PublishedChange = {
  id: 'chg-000102',
  sequence: 102,
  kind: 'created',
  code: CRPA,
  article: { cid: 'LEGIARTI000047543529', num: 'D114-9-1' },
  section: {
    cid: 'LEGISCTA000031367410',
    path: [
      "Livre Ier : LES ÉCHANGES AVEC L'ADMINISTRATION",
      'Titre Ier : LES DEMANDES DU PUBLIC ET LEUR TRAITEMENT',
      "Chapitre IV : Diligences de l'administration",
      'Section 4 : Echanges de données entre administrations',
    ],
  },
  sectionBefore: null,
  before: null,
  after: { id: 'LEGIARTI000047543529', num: 'D114-9-1', etat: 'VIGUEUR', validFrom: '2023-05-14', validTo: null },
  effectiveDate: '2023-05-14',
  dumpDate: '2023-05-16',
  detectedAt: '2023-05-16T04:02:51.000Z',
  diff: null,
  summary: null,
};

const R221_16_KEPT = [
  "Outre les actes mentionnés à l'article R. 221-15, ne peuvent être publiés au Journal officiel de la République française que dans des conditions garantissant qu'ils ne font pas l'objet d'une indexation par des moteurs de recherche :",
  '1° Les demandes de changement de nom ;',
  '2° Les annonces judiciaires et légales mentionnant les condamnations pénales ;',
];
const R221_16_TAIL = ['4° Les sanctions administratives et disciplinaires ;', '5° Les décisions abrogeant ou retirant une sanction mentionnée au 4°.'];

/** crpa R221-16, crpa-2022-12-19T0315 → crpa-2023-01-02T0315: a VIGUEUR_DIFF version from 2023-01-01 strikes 3°. */
export const scheduledR221_16: PublishedChange = {
  id: 'chg-000090',
  sequence: 90,
  kind: 'scheduled',
  code: CRPA,
  article: { cid: 'LEGIARTI000031370299', num: 'R221-16' },
  section: {
    cid: 'LEGISCTA000031367565',
    path: [
      "Livre II : LES ACTES UNILATÉRAUX PRIS PAR L'ADMINISTRATION",
      "Titre II : L'ENTRÉE EN VIGUEUR DES ACTES ADMINISTRATIFS",
      'Chapitre Ier : Règles générales',
      'Section 2 : Règles particulières de publication',
      'Sous-section 1 : Règles particulières de publication au Journal officiel de la République française',
    ],
  },
  sectionBefore: null,
  before: { id: 'LEGIARTI000031677720', num: 'R221-16', etat: 'VIGUEUR', validFrom: '2016-01-01', validTo: null },
  after: { id: 'LEGIARTI000046790242', num: 'R221-16', etat: 'VIGUEUR_DIFF', validFrom: '2023-01-01', validTo: null },
  effectiveDate: '2023-01-01',
  dumpDate: '2023-01-02',
  detectedAt: '2023-01-02T04:30:00.000Z',
  ...withDiff(
    [...R221_16_KEPT, "3° Les arrêts mentionnés à l'article L. 314-20 du code des juridictions financières ;", ...R221_16_TAIL],
    [...R221_16_KEPT, '3° (Supprimé) ;', ...R221_16_TAIL],
  ),
};

/** crpa L222-1 in crpa-2021-12-05T0313: ABROGE_DIFF, repealed from 2022-07-01. */
export const repealScheduledL222_1: PublishedChange = {
  id: 'chg-000051',
  sequence: 51,
  kind: 'repeal_scheduled',
  code: CRPA,
  article: { cid: 'LEGIARTI000031367587', num: 'L222-1' },
  section: {
    cid: 'LEGISCTA000031367585',
    path: [
      "Livre II : LES ACTES UNILATÉRAUX PRIS PAR L'ADMINISTRATION",
      "Titre II : L'ENTRÉE EN VIGUEUR DES ACTES ADMINISTRATIFS",
      'Chapitre II : Autres règles applicables aux collectivités territoriales et à leurs établissements publics',
      'Section 1 : Actes des communes et de leurs établissements publics',
    ],
  },
  sectionBefore: null,
  before: { id: 'LEGIARTI000031367587', num: 'L222-1', etat: 'VIGUEUR', validFrom: '2016-01-01', validTo: null },
  after: { id: 'LEGIARTI000031367587', num: 'L222-1', etat: 'ABROGE_DIFF', validFrom: '2016-01-01', validTo: '2022-07-01' },
  effectiveDate: '2022-07-01',
  dumpDate: '2021-12-05',
  detectedAt: '2021-12-05T03:20:00.000Z',
  diff: null,
  summary: null,
};

/** css R382-70 in css-2020-06-18: ABROGE_DIFF with the source's 2222-02-22 end, an undetermined date. */
export const repealUndeterminedR382_70: PublishedChange = {
  id: 'chg-000007',
  sequence: 7,
  kind: 'repeal_scheduled',
  code: CSS,
  article: { cid: 'LEGIARTI000006749775', num: 'R382-70' },
  section: {
    cid: 'LEGISCTA000006194729',
    path: [...CSS_AFFILIATION_PATH.slice(0, 6), "Paragraphe 3 : Organisation de la caisse d'assurance vieillesse, invalidité et maladie des cultes."],
  },
  sectionBefore: null,
  before: { id: 'LEGIARTI000006749775', num: 'R382-70', etat: 'VIGUEUR', validFrom: '2006-11-01', validTo: null },
  after: { id: 'LEGIARTI000006749775', num: 'R382-70', etat: 'ABROGE_DIFF', validFrom: '2006-11-01', validTo: UNDETERMINED },
  effectiveDate: UNDETERMINED,
  dumpDate: '2020-06-18',
  detectedAt: '2020-06-19T01:00:00.000Z',
  diff: null,
  summary: null,
};

/** crpa D113-14: in crpa-2023-01-02T0315, gone from crpa-2023-05-16T0334 (open-ended, so no end date). */
export const repealedD113_14: PublishedChange = {
  id: 'chg-000103',
  sequence: 103,
  kind: 'repealed',
  code: CRPA,
  article: { cid: 'LEGIARTI000038030084', num: 'D113-14' },
  section: {
    cid: 'LEGISCTA000031367382',
    path: [
      "Livre Ier : LES ÉCHANGES AVEC L'ADMINISTRATION",
      'Titre Ier : LES DEMANDES DU PUBLIC ET LEUR TRAITEMENT',
      'Chapitre III : Contenu des dossiers',
      'Section 2 : Pièces justificatives',
      "Sous-section 3 : Informations déjà produites ou pouvant être obtenues auprès d'une autre administration",
    ],
  },
  sectionBefore: null,
  before: { id: 'LEGIARTI000038030089', num: 'D113-14', etat: 'VIGUEUR', validFrom: '2019-01-21', validTo: null },
  after: null,
  effectiveDate: null,
  dumpDate: '2023-05-16',
  detectedAt: '2023-05-16T04:02:52.000Z',
  diff: null,
  summary: null,
};

/** css LO111-4, css-2020-06-18 → css-2023-05-14: a new version in another section. */
export const movedLO111_4: PublishedChange = {
  id: 'chg-000688',
  sequence: 688,
  kind: 'moved',
  code: CSS,
  article: { cid: 'LEGIARTI000006740083', num: 'LO111-4' },
  section: {
    cid: 'LEGISCTA000045354499',
    path: [
      'Partie législative',
      'Livre I : Généralités - Dispositions communes à tout ou partie des régimes de base',
      'Titre I : Généralités',
      'Chapitre 1 bis : Lois de financement de la sécurité sociale',
      'Section 2 : Présentation des lois de financement',
      "Sous-section 1 : Projet de loi de financement de l'année",
    ],
  },
  sectionBefore: {
    cid: 'LEGISCTA000006173054',
    path: [
      'Partie législative',
      'Livre 1 : Généralités - Dispositions communes à tout ou partie des régimes de base',
      'Titre 1 : Généralités',
      'Chapitre 1er bis : Lois de financement de la sécurité sociale',
      'Section 1 : Contenu et présentation des lois de financement.',
    ],
  },
  before: { id: 'LEGIARTI000042223531', num: 'LO111-4', etat: 'VIGUEUR', validFrom: '2020-08-09', validTo: null },
  after: { id: 'LEGIARTI000045358043', num: 'LO111-4', etat: 'VIGUEUR', validFrom: '2022-09-01', validTo: null },
  effectiveDate: '2022-09-01',
  dumpDate: '2023-05-14',
  detectedAt: '2023-05-15T03:47:02.000Z',
  diff: null,
  summary: null,
};

/** css-2020-06-18 → css-2023-05-14: "Livre 3" becomes "Livre III" above the css R382 articles. */
export const retitledLivreIII: PublishedChange = {
  id: 'chg-000900',
  sequence: 900,
  kind: 'section_retitled',
  code: CSS,
  article: null,
  section: { cid: null, path: CSS_AFFILIATION_PATH.slice(0, 2) },
  sectionBefore: {
    cid: null,
    path: [
      "Partie réglementaire - Décrets en Conseil d'Etat",
      'Livre 3 : Dispositions relatives aux assurances sociales et à diverses catégories de personnes rattachées au régime général',
    ],
  },
  before: null,
  after: null,
  effectiveDate: null,
  dumpDate: '2023-05-14',
  detectedAt: '2023-05-15T03:48:00.000Z',
  diff: null,
  summary: null,
};

/**
 * No renumbering happens in the dumps: this one only has the shape of one (crpa D113-14's facts with a new
 * number), to test the wording.
 */
export const renumberedShape: PublishedChange = {
  ...repealedD113_14,
  id: 'chg-shape-renumbered',
  sequence: 104,
  kind: 'renumbered',
  before: { id: 'LEGIARTI000038030089', num: 'D113-14', etat: 'VIGUEUR', validFrom: '2019-01-21', validTo: null },
  after: { id: 'LEGIARTI000038030089', num: 'D113-15', etat: 'VIGUEUR', validFrom: '2019-01-21', validTo: null },
  effectiveDate: null,
};

/** Every kind once, plus the undetermined repeal. */
export const REAL_CHANGES: readonly PublishedChange[] = [
  amendedL211_7,
  correctedR382_84,
  createdD114_9_1,
  scheduledR221_16,
  repealScheduledL222_1,
  repealUndeterminedR382_70,
  repealedD113_14,
  movedLO111_4,
  retitledLivreIII,
  renumberedShape,
];
